"""A small table of well-known news outlets and agencies: canonical name, other names, web hosts.

Used to name an outlet from a URL's host, to canonicalize a name found in text ("the AP" -> "AP"), and to
tell outlet names from other proper names. Outlets not in the table are still found by ``meta`` when the
text refers to them as itself in an unmistakable way ("X has reached out to ... for comment").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    aliases: tuple[str, ...] = ()
    hosts: tuple[str, ...] = ()
    # a wire or national news agency: its copy and pictures run in every outlet ("Jane Doe/Reuters")
    agency: bool = False


OUTLETS: tuple[Outlet, ...] = (
    Outlet("CNN", ("CNN International",), ("cnn.com", "edition.cnn.com")),
    Outlet("Newsweek", (), ("newsweek.com",)),
    Outlet("Reuters", ("Thomson Reuters",), ("reuters.com",), agency=True),
    Outlet("AP", ("The Associated Press", "Associated Press", "the AP"), ("apnews.com", "ap.org"), agency=True),
    Outlet("AFP", ("Agence France-Presse", "Agence France Presse"), ("afp.com",), agency=True),
    Outlet("BBC", ("BBC News", "the BBC"), ("bbc.com", "bbc.co.uk")),
    Outlet("The New York Times", ("New York Times", "the Times"), ("nytimes.com",)),
    Outlet("The Washington Post", ("Washington Post", "the Post"), ("washingtonpost.com",)),
    Outlet("The Guardian", ("Guardian",), ("theguardian.com", "guardian.co.uk")),
    Outlet("Fox News", ("Fox News Digital", "Fox"), ("foxnews.com",)),
    Outlet("Politico", ("POLITICO",), ("politico.com", "politico.eu")),
    Outlet("Breitbart", ("Breitbart News",), ("breitbart.com",)),
    Outlet("Bloomberg", ("Bloomberg News",), ("bloomberg.com",), agency=True),
    Outlet("Al Jazeera", (), ("aljazeera.com", "aljazeera.net")),
    Outlet("NPR", (), ("npr.org",)),
    Outlet("NBC News", ("NBC",), ("nbcnews.com",)),
    Outlet("CBS News", ("CBS",), ("cbsnews.com",)),
    Outlet("ABC News", ("ABC",), ("abcnews.go.com", "abc.net.au")),
    Outlet("USA Today", ("USA TODAY",), ("usatoday.com",)),
    Outlet("The Wall Street Journal", ("Wall Street Journal", "WSJ", "the Journal"), ("wsj.com",)),
    Outlet("Nikkei Asia", ("Nikkei", "The Nikkei", "Nikkei Asian Review"), ("asia.nikkei.com", "nikkei.com")),
    Outlet("Financial Times", ("The Financial Times", "FT"), ("ft.com",)),
    Outlet("The Economist", ("Economist",), ("economist.com",)),
    Outlet("Axios", (), ("axios.com",)),
    Outlet("The Hill", (), ("thehill.com",)),
    Outlet("Business Insider", ("Insider",), ("businessinsider.com", "insider.com")),
    Outlet("CNBC", (), ("cnbc.com",)),
    Outlet("MSNBC", (), ("msnbc.com",)),
    Outlet("Sky News", (), ("news.sky.com", "sky.com")),
    Outlet("The Times of India", ("Times of India",), ("timesofindia.indiatimes.com",)),
    Outlet("South China Morning Post", ("SCMP",), ("scmp.com",)),
    Outlet("Kyodo News", ("Kyodo",), ("kyodonews.net", "english.kyodonews.net"), agency=True),
    Outlet("Yonhap", ("Yonhap News Agency",), ("yna.co.kr", "en.yna.co.kr"), agency=True),
    Outlet("Xinhua", ("Xinhua News Agency",), ("xinhuanet.com", "news.cn"), agency=True),
    Outlet("TASS", (), ("tass.com", "tass.ru"), agency=True),
    Outlet("Deutsche Welle", ("DW",), ("dw.com",)),
    Outlet("France 24", (), ("france24.com",)),
    Outlet("The Independent", ("Independent",), ("independent.co.uk",)),
    Outlet("The Telegraph", ("Telegraph",), ("telegraph.co.uk",)),
    Outlet("Daily Mail", ("The Daily Mail", "MailOnline"), ("dailymail.co.uk",)),
    Outlet("Los Angeles Times", ("LA Times", "The Los Angeles Times"), ("latimes.com",)),
    Outlet("Time", ("TIME",), ("time.com",)),
    Outlet("Vox", (), ("vox.com",)),
    Outlet("HuffPost", ("Huffington Post",), ("huffpost.com",)),
    Outlet("The Atlantic", (), ("theatlantic.com",)),
    Outlet("Voice of America", ("VOA",), ("voanews.com",)),
    Outlet("UPI", ("United Press International",), ("upi.com",), agency=True),
    Outlet("RIA Novosti", ("RIA",), ("ria.ru",), agency=True),
    Outlet("Interfax", (), ("interfax.ru", "interfax.com"), agency=True),
    Outlet("Sputnik", (), ("sputniknews.com",)),
    Outlet("RT", ("Russia Today",), ("rt.com",)),
    Outlet("The Moscow Times", ("Moscow Times",), ("themoscowtimes.com",)),
    Outlet("Ukrainska Pravda", ("Українська правда",), ("pravda.com.ua",)),
    Outlet("The Kyiv Independent", ("Kyiv Independent",), ("kyivindependent.com",)),
    Outlet("Ukrinform", (), ("ukrinform.net", "ukrinform.ua"), agency=True),
    Outlet("The Jerusalem Post", ("Jerusalem Post", "JPost"), ("jpost.com",)),
    Outlet("The Times of Israel", ("Times of Israel",), ("timesofisrael.com",)),
    Outlet("Haaretz", (), ("haaretz.com",)),
    Outlet("Al Arabiya", ("Al-Arabiya", "al-Arabiya", "al Arabiya", "Al Arabiya TV"), ("alarabiya.net",)),
    Outlet("Anadolu Agency", ("Anadolu",), ("aa.com.tr",), agency=True),
    Outlet("IRNA", ("Islamic Republic News Agency",), ("irna.ir",), agency=True),
    Outlet("KCNA", ("Korean Central News Agency",), ("kcna.kp",), agency=True),
    Outlet("Jiji Press", ("Jiji",), ("jiji.com",), agency=True),
    Outlet("NHK", ("NHK World",), ("nhk.or.jp",)),
    Outlet("The Japan Times", ("Japan Times",), ("japantimes.co.jp",)),
    Outlet("Asahi Shimbun", ("The Asahi Shimbun", "Asahi"), ("asahi.com",)),
    Outlet("The Korea Herald", ("Korea Herald",), ("koreaherald.com",)),
    Outlet("CNA", ("Channel NewsAsia",), ("channelnewsasia.com",)),
    Outlet("The Straits Times", ("Straits Times",), ("straitstimes.com",)),
    Outlet("CGTN", (), ("cgtn.com",)),
    Outlet("China Daily", (), ("chinadaily.com.cn",)),
    Outlet("Global Times", (), ("globaltimes.cn",)),
    Outlet("The Hindu", (), ("thehindu.com",)),
    Outlet("Hindustan Times", (), ("hindustantimes.com",)),
    Outlet("NDTV", (), ("ndtv.com",)),
    Outlet("PTI", ("Press Trust of India",), ("ptinews.com",), agency=True),
    Outlet("Dawn", (), ("dawn.com",)),
    Outlet("dpa", ("Deutsche Presse-Agentur", "DPA"), ("dpa.com",), agency=True),
    Outlet("Der Spiegel", ("Spiegel",), ("spiegel.de",)),
    Outlet("Le Monde", (), ("lemonde.fr",)),
    Outlet("Le Parisien", (), ("leparisien.fr",)),
    Outlet("TF1", ("TF1 Info",), ("tf1.fr", "tf1info.fr")),
    Outlet("BFM TV", ("BFMTV", "BFM"), ("bfmtv.com",)),
    Outlet("LCI", (), ("lci.fr",)),
    Outlet("France Inter", (), ("franceinter.fr",)),
    Outlet("EFE", (), ("efe.com",), agency=True),
    Outlet("ANSA", (), ("ansa.it",), agency=True),
    Outlet("Euronews", (), ("euronews.com",)),
    Outlet("Radio Free Europe/Radio Liberty", ("RFE/RL", "Radio Free Europe"), ("rferl.org",)),
    Outlet("CBC News", ("CBC",), ("cbc.ca",)),
    Outlet("The Globe and Mail", ("Globe and Mail",), ("theglobeandmail.com",)),
    Outlet("Toronto Star", (), ("thestar.com",)),
    Outlet("The Sydney Morning Herald", ("Sydney Morning Herald",), ("smh.com.au",)),
    Outlet("The Irish Times", ("Irish Times",), ("irishtimes.com",)),
    Outlet("USNI News", (), ("news.usni.org",)),
    Outlet("Stars and Stripes", (), ("stripes.com",)),
    Outlet("Defense News", (), ("defensenews.com",)),
    Outlet("Forbes", (), ("forbes.com",)),
    Outlet("Fortune", (), ("fortune.com",)),
    Outlet("The Daily Beast", ("Daily Beast",), ("thedailybeast.com",)),
    Outlet("Vice News", ("VICE News",), ("vice.com",)),
    Outlet("Semafor", (), ("semafor.com",)),
    Outlet("ProPublica", (), ("propublica.org",)),
    Outlet("The Intercept", (), ("theintercept.com",)),
    Outlet("Chicago Tribune", (), ("chicagotribune.com",)),
    Outlet("The Boston Globe", ("Boston Globe",), ("bostonglobe.com",)),
    Outlet("Miami Herald", (), ("miamiherald.com",)),
    Outlet("The Sun", (), ("thesun.co.uk",)),
    Outlet("The Mirror", ("Daily Mirror",), ("mirror.co.uk",)),
    Outlet("ITV News", (), ("itv.com",)),
    Outlet("Newsmax", (), ("newsmax.com",)),
    Outlet("Mediaite", (), ("mediaite.com",)),
    Outlet("Washington Examiner", (), ("washingtonexaminer.com",)),
    Outlet("The Daily Caller", ("Daily Caller",), ("dailycaller.com",)),
    Outlet("National Review", (), ("nationalreview.com",)),
    # wire and national news agencies, named in datelines ("New York, IRNA –", "RAMALLAH (WAFA) -")
    Outlet("ANI", ("Asian News International",), ("aninews.in",), agency=True),
    Outlet("WAFA", ("Palestine News and Information Agency",), ("english.wafa.ps", "wafa.ps"), agency=True),
    Outlet("KUNA", ("Kuwait News Agency",), ("kuna.net.kw",), agency=True),
    Outlet("Saudi Press Agency", ("SPA",), ("spa.gov.sa",), agency=True),
    Outlet("Bernama", (), ("bernama.com",), agency=True),
    Outlet("Emirates News Agency", ("WAM",), ("wam.ae",), agency=True),
    Outlet("Qatar News Agency", ("QNA",), ("qna.org.qa",), agency=True),
    Outlet("Middle East News Agency", ("MENA",), ("mena.org.eg",), agency=True),
    Outlet("Syrian Arab News Agency", ("SANA",), ("sana.sy",), agency=True),
    Outlet("Jordan News Agency", ("Petra",), ("petra.gov.jo",), agency=True),
    Outlet("National News Agency", ("NNA",), ("nna-leb.gov.lb",), agency=True),
    Outlet("Tasnim News Agency", ("Tasnim",), ("tasnimnews.com",), agency=True),
    Outlet("Fars News Agency", ("Fars",), ("farsnews.ir",), agency=True),
    Outlet("Mehr News Agency", ("Mehr",), ("mehrnews.com",), agency=True),
    Outlet("Iranian Students' News Agency", ("ISNA",), ("isna.ir",), agency=True),
    Outlet("Press TV", (), ("presstv.ir",)),
    Outlet("Antara", ("Antara News",), ("antaranews.com",), agency=True),
    Outlet("Vietnam News Agency", ("VNA",), ("vnanet.vn",), agency=True),
    Outlet("Philippine News Agency", ("PNA",), ("pna.gov.ph",), agency=True),
    Outlet("Associated Press of Pakistan", ("APP",), ("app.com.pk",), agency=True),
    Outlet("Lusa", (), ("lusa.pt",), agency=True),
    Outlet("Europa Press", (), ("europapress.es",), agency=True),
    Outlet("ANP", (), ("anp.nl",), agency=True),
    Outlet("Belga", (), ("belga.be",), agency=True),
    Outlet("PAP", ("Polish Press Agency",), ("pap.pl",), agency=True),
    Outlet("MTI", ("Hungarian News Agency",), ("mti.hu",), agency=True),
    Outlet("UNIAN", (), ("unian.net", "unian.info"), agency=True),
    Outlet("BelTA", (), ("belta.by",), agency=True),
    Outlet("Armenpress", (), ("armenpress.am",), agency=True),
    Outlet("Australian Associated Press", ("AAP",), ("aap.com.au",), agency=True),
    Outlet("The Canadian Press", ("Canadian Press",), ("thecanadianpress.com",), agency=True),
    Outlet("Prensa Latina", (), ("prensa-latina.cu", "plenglish.com"), agency=True),
    # national news agencies of North Africa, the Gulf, Europe and South Asia, by their usual English names
    Outlet("MAP", ("Maghreb Arab Press", "Maghreb Arabe Presse"), ("mapexpress.ma", "map.ma"), agency=True),
    Outlet("APS", ("Algérie Presse Service", "Algeria Press Service", "Algerian Press Service"), ("aps.dz",),
           agency=True),
    Outlet("TAP", ("Tunis Afrique Presse",), ("tap.info.tn",), agency=True),
    Outlet("Bahrain News Agency", ("BNA",), ("bna.bh",), agency=True),
    Outlet("Oman News Agency", ("ONA",), (), agency=True),
    Outlet("Iraqi News Agency", ("INA",), ("ina.iq",), agency=True),
    Outlet("Saba News Agency", ("Saba",), ("saba.ye",), agency=True),
    Outlet("Sudan News Agency", ("SUNA",), (), agency=True),
    Outlet("ČTK", ("CTK", "Czech News Agency"), ("ctk.cz",), agency=True),
    Outlet("BTA", ("Bulgarian News Agency",), ("bta.bg",), agency=True),
    Outlet("Agerpres", (), ("agerpres.ro",), agency=True),
    Outlet("HINA", ("Croatian News Agency",), ("hina.hr",), agency=True),
    Outlet("Tanjug", (), ("tanjug.rs",), agency=True),
    Outlet("STA", ("Slovenian Press Agency",), ("sta.si",), agency=True),
    Outlet("TASR", ("News Agency of the Slovak Republic",), ("tasr.sk",), agency=True),
    Outlet("Athens-Macedonian News Agency", ("ANA-MPA", "AMNA"), ("amna.gr",), agency=True),
    Outlet("APA", ("Austria Presse Agentur", "Austria Press Agency"), ("apa.at",), agency=True),
    Outlet("Keystone-SDA", (), ("keystone-sda.ch",), agency=True),
    Outlet("NTB", ("Norwegian News Agency",), ("ntb.no",), agency=True),
    Outlet("Ritzau", (), (), agency=True),
    Outlet("IANS", ("Indo-Asian News Service",), (), agency=True),
    Outlet("United News of India", ("UNI",), ("uniindia.com",), agency=True),
    Outlet("Bangladesh Sangbad Sangstha", ("BSS",), ("bssnews.net",), agency=True),
    Outlet("Central News Agency", ("Focus Taiwan",), ("focustaiwan.tw", "cna.com.tw"), agency=True),
    Outlet("China News Service", (), ("chinanews.com.cn", "ecns.cn"), agency=True),
    Outlet("AZERTAC", ("Azertac", "Azerbaijan State News Agency"), ("azertag.az",), agency=True),
    Outlet("Andina", (), ("andina.pe",), agency=True),
    Outlet("Agência Brasil", ("Agencia Brasil",), ("agenciabrasil.ebc.com.br",), agency=True),
    Outlet(
        "PA Media",
        ("PA", "PA news agency", "the PA news agency", "Press Association", "PA Sport"),
        ("pamediagroup.com",),
        agency=True,
    ),
    # press-release wires: they carry a company's own text, word for word, to every outlet that runs it
    # ("ORRVILLE, Ohio, May 20, 2022 /PRNewswire/ --", "(GLOBE NEWSWIRE) --", "--(BUSINESS WIRE)--")
    Outlet("PR Newswire", ("PRNewswire", "Cision PR Newswire"), ("prnewswire.com",), agency=True),
    Outlet("Business Wire", ("BusinessWire", "BUSINESS WIRE"), ("businesswire.com",), agency=True),
    Outlet("GlobeNewswire", ("Globe Newswire", "GLOBE NEWSWIRE"), ("globenewswire.com",), agency=True),
    Outlet("Accesswire", ("ACCESSWIRE",), ("accesswire.com",), agency=True),
    Outlet("The Athletic", (), ("theathletic.com", "nytimes.com/athletic")),
    # business, markets and crypto news, often credited by the smaller sites that rewrite them
    Outlet("CoinDesk", (), ("coindesk.com",)),
    Outlet("Cointelegraph", (), ("cointelegraph.com",)),
    Outlet("MarketWatch", (), ("marketwatch.com",)),
    Outlet("Barron's", ("Barrons",), ("barrons.com",)),
    Outlet("Benzinga", (), ("benzinga.com",)),
    Outlet("The Business Standard", ("Business Standard",), ("tbsnews.net", "business-standard.com")),
    # Middle East and North Africa
    Outlet("Arab News", (), ("arabnews.com",)),
    Outlet("Gulf News", (), ("gulfnews.com",)),
    Outlet("Khaleej Times", (), ("khaleejtimes.com",)),
    Outlet("Kuwait Times", (), ("kuwaittimes.com",)),
    Outlet("Asharq Al-Awsat", ("Asharq Al Awsat",), ("aawsat.com", "english.aawsat.com")),
    Outlet("Al-Monitor", ("Al Monitor",), ("al-monitor.com",)),
    Outlet("Middle East Eye", (), ("middleeasteye.net",)),
    Outlet("Morocco World News", (), ("moroccoworldnews.com",)),
    Outlet("Hespress", (), ("hespress.com", "en.hespress.com")),
)

# Short names that are also ordinary words or other things; only trusted in an outlet-shaped context.
AMBIGUOUS = frozenset({"the Times", "the Post", "the Journal", "Fox", "Independent", "Telegraph",
                       "Time", "TIME", "Economist", "Guardian", "ABC", "CBS", "NBC", "FT", "DW", "RIA", "Dawn",
                       "Fortune", "The Sun", "The Mirror", "CNA", "RT", "Asahi", "Anadolu", "Jiji",
                       # agencies' short names that are also words, places, people or other bodies
                       "SPA", "WAM", "MENA", "SANA", "Petra", "Tasnim", "Fars", "Mehr", "PNA", "APP", "ANP",
                       "PAP", "MTI", "AAP", "ISNA", "Lusa", "MAP", "APS", "TAP", "BNA", "ONA", "INA", "Saba",
                       "BTA", "STA", "APA", "UNI", "BSS", "Andina", "PA"})
AMBIGUOUS_LOWER = frozenset(name.lower() for name in AMBIGUOUS)


@cache
def _by_name() -> dict[str, str]:
    table: dict[str, str] = {}
    for outlet in OUTLETS:
        for name in (outlet.name, *outlet.aliases):
            table[name.lower()] = outlet.name
    return table


def canonical(name: str) -> str | None:
    """The table's name for ``name`` ("The Associated Press" -> "AP"), or None when it is not a known outlet."""
    key = " ".join(name.split()).lower()
    found = _by_name().get(key)
    if found is None and key.startswith("the "):
        found = _by_name().get(key[4:])
    return found


def is_agency(name: str) -> bool:
    """Whether ``name`` is a wire or national news agency of the table ("AP", "The Associated Press", "AFP")."""
    found = canonical(name)
    return found is not None and any(o.agency for o in OUTLETS if o.name == found)


@cache
def name_pattern() -> re.Pattern[str]:
    """A regex alternation of every known name and alias, longest first (so "Nikkei Asia" beats "Nikkei")."""
    names = sorted({n for o in OUTLETS for n in (o.name, *o.aliases)}, key=len, reverse=True)
    return re.compile("|".join(r"\b" + re.escape(n) + r"\b" for n in names))


def from_url(url: str) -> str | None:
    """The outlet whose web host serves ``url`` (``https://edition.cnn.com/...`` -> "CNN"), or None."""
    try:
        host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
    except ValueError:
        return None
    if host.startswith("www."):
        host = host[4:]
    for outlet in OUTLETS:
        for known in outlet.hosts:
            if host == known or host.endswith("." + known):
                return outlet.name
    return None
