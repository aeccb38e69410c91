"""Small hand-written name tables: outlets and agencies, countries, a few international bodies, titles.

What it does: gives the entity stage what the small spaCy model does not know or mislabels. Each known
name has a canonical form, a type, and the aliases under which news text writes it ("U.S." -> United
States, "Nikkei" -> Nikkei Asia), plus for countries their demonym and capital, so that "the Chinese
government" and "Beijing warned" can be tied to China.

What it does NOT do: it is no knowledge base. It lists the names that news reports use most (the seed
stories' world: the G20, NATO members and Asia-Pacific states, the large agencies and outlets) and nothing
is looked up anywhere else. A name missing here still comes through spaCy; it just gets no alias help.

Source: written by hand for storyline from general knowledge; no list was copied.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


def words(text: str) -> frozenset[str]:
    """A word set written as one string (easier to read and edit than a list of quoted words)."""
    return frozenset(text.split())


@dataclass(frozen=True, slots=True)
class Known:
    """A gazetteer entry: ``kind`` refines ``type`` (country, outlet, agency, alliance, bloc, body)."""

    canonical: str
    type: str
    kind: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capital: str | None = None


# country: (canonical, aliases, demonyms, capital)
# (left out on purpose: countries whose name is a common given name or surname, "Jordan", "Chad")
_COUNTRIES: tuple[tuple[str, tuple[str, ...], tuple[str, ...], str | None], ...] = (
    ("United States", ("U.S.", "US", "U.S.A.", "USA", "United States of America"),
     ("American",), "Washington"),
    ("United Kingdom", ("U.K.", "UK", "Britain", "Great Britain"), ("British",), "London"),
    ("China", ("People's Republic of China", "PRC", "P.R.C."), ("Chinese",), "Beijing"),
    ("Japan", (), ("Japanese",), "Tokyo"),
    ("Russia", ("Russian Federation",), ("Russian",), "Moscow"),
    ("Ukraine", (), ("Ukrainian",), "Kyiv"),
    ("South Korea", ("Republic of Korea", "ROK"), ("South Korean",), "Seoul"),
    ("North Korea", ("Democratic People's Republic of Korea", "DPRK"), ("North Korean",), "Pyongyang"),
    ("Taiwan", (), ("Taiwanese",), "Taipei"),
    ("India", (), ("Indian",), "New Delhi"),
    ("Pakistan", (), ("Pakistani",), "Islamabad"),
    ("Afghanistan", (), ("Afghan",), "Kabul"),
    ("Iran", (), ("Iranian",), "Tehran"),
    ("Iraq", (), ("Iraqi",), "Baghdad"),
    ("Israel", (), ("Israeli",), "Jerusalem"),
    ("Syria", (), ("Syrian",), "Damascus"),
    ("Turkey", ("Türkiye",), ("Turkish",), "Ankara"),
    ("Saudi Arabia", (), ("Saudi",), "Riyadh"),
    ("Egypt", (), ("Egyptian",), "Cairo"),
    ("Kuwait", (), ("Kuwaiti",), None),
    ("Qatar", (), ("Qatari",), "Doha"),
    ("Australia", (), ("Australian",), "Canberra"),
    ("New Zealand", (), (), "Wellington"),
    ("Indonesia", (), ("Indonesian",), "Jakarta"),
    ("Philippines", (), ("Filipino", "Philippine"), "Manila"),
    ("Vietnam", ("Viet Nam",), ("Vietnamese",), "Hanoi"),
    ("Thailand", (), ("Thai",), "Bangkok"),
    ("Malaysia", (), ("Malaysian",), "Kuala Lumpur"),
    ("Singapore", (), ("Singaporean",), None),
    ("Maldives", (), ("Maldivian",), None),  # its capital, Malé, is written "Male" too: a common word
    ("Canada", (), ("Canadian",), "Ottawa"),
    ("Mexico", (), ("Mexican",), None),
    ("Brazil", (), ("Brazilian",), "Brasilia"),
    ("Argentina", (), ("Argentine", "Argentinian"), "Buenos Aires"),
    ("France", (), ("French",), "Paris"),
    ("Germany", (), ("German",), "Berlin"),
    ("Italy", (), ("Italian",), "Rome"),
    ("Spain", (), ("Spanish",), "Madrid"),
    ("Portugal", (), ("Portuguese",), "Lisbon"),
    ("Netherlands", ("Holland",), ("Dutch",), "Amsterdam"),
    ("Belgium", (), ("Belgian",), "Brussels"),
    ("Poland", (), ("Polish",), "Warsaw"),
    ("Finland", (), ("Finnish",), "Helsinki"),
    ("Sweden", (), ("Swedish",), "Stockholm"),
    ("Norway", (), ("Norwegian",), "Oslo"),
    ("Denmark", (), ("Danish",), "Copenhagen"),
    ("Austria", (), ("Austrian",), "Vienna"),
    ("Switzerland", (), ("Swiss",), "Bern"),
    ("Greece", (), ("Greek",), "Athens"),
    ("Hungary", (), ("Hungarian",), "Budapest"),
    ("Romania", (), ("Romanian",), "Bucharest"),
    ("Belarus", (), ("Belarusian",), "Minsk"),
    ("Moldova", (), ("Moldovan",), "Chisinau"),
    ("Georgia", (), ("Georgian",), "Tbilisi"),
    ("Armenia", (), ("Armenian",), "Yerevan"),
    ("Azerbaijan", (), ("Azerbaijani",), "Baku"),
    ("Bosnia and Herzegovina", ("Bosnia-Herzegovina",), ("Bosnian",), "Sarajevo"),
    ("Serbia", (), ("Serbian",), "Belgrade"),
    ("Kosovo", (), (), "Pristina"),
    ("South Africa", (), ("South African",), "Pretoria"),
    ("Nigeria", (), ("Nigerian",), "Abuja"),
    ("Kenya", (), ("Kenyan",), "Nairobi"),
    ("Somalia", (), ("Somali", "Somalian"), "Mogadishu"),
    ("Ethiopia", (), ("Ethiopian",), "Addis Ababa"),
    ("Morocco", (), ("Moroccan",), "Rabat"),
    ("Libya", (), ("Libyan",), None),  # its capital, Tripoli, is also Lebanon's city: listed below as a city
    ("Algeria", (), ("Algerian",), None),
    ("Tunisia", (), ("Tunisian",), None),
    ("Sudan", (), ("Sudanese",), None),
    ("Lebanon", (), ("Lebanese",), None),
    ("Yemen", (), ("Yemeni",), "Sanaa"),
    ("Oman", (), ("Omani",), "Muscat"),
    ("United Arab Emirates", ("UAE", "U.A.E."), ("Emirati",), None),
    ("Bangladesh", (), ("Bangladeshi",), None),
    ("Nepal", (), ("Nepali", "Nepalese"), "Kathmandu"),
    ("Sri Lanka", (), ("Sri Lankan",), "Colombo"),
    ("Myanmar", ("Burma",), ("Burmese",), "Naypyidaw"),
    ("Cambodia", (), ("Cambodian",), "Phnom Penh"),
    ("Chile", (), ("Chilean",), None),
    ("Peru", (), ("Peruvian",), None),
    ("Colombia", (), ("Colombian",), "Bogota"),
    ("Venezuela", (), ("Venezuelan",), "Caracas"),
    ("Cuba", (), ("Cuban",), "Havana"),
    ("Haiti", (), ("Haitian",), "Port-au-Prince"),
    ("Ireland", (), ("Irish",), "Dublin"),
    ("Czech Republic", ("Czechia",), ("Czech",), "Prague"),
    ("Slovakia", (), ("Slovak",), "Bratislava"),
    ("Bulgaria", (), ("Bulgarian",), None),  # its capital, Sofia, is a given name
    ("Croatia", (), ("Croatian",), "Zagreb"),
    ("Ghana", (), ("Ghanaian",), "Accra"),
    ("Tanzania", (), ("Tanzanian",), None),
    ("Uganda", (), ("Ugandan",), "Kampala"),
)

# well-known cities that are no capital above: (canonical, aliases). Typing only: the small model calls
# "Casablanca" a person and "Marrakesh" an organisation. Left out on purpose: cities that are common given
# names or surnames ("Sydney", "Florence", "Charlotte", "Houston", "Austin", "Milan", "Santiago") and cities
# whose name alone is mostly a football club ("Liverpool", "Leeds"); a report names those in other ways.
_CITIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("New York", ("New York City", "NYC")), ("Los Angeles", ()), ("Chicago", ()), ("San Francisco", ()),
    ("Boston", ()), ("Seattle", ()), ("Miami", ()), ("Atlanta", ()), ("Philadelphia", ()), ("Detroit", ()),
    ("Baltimore", ()), ("Denver", ()), ("Las Vegas", ()), ("New Orleans", ()), ("San Diego", ()),
    ("Minneapolis", ()), ("Pittsburgh", ()), ("Honolulu", ()), ("Sacramento", ()), ("Oakland", ()),
    ("St. Louis", ("St Louis", "Saint Louis")), ("Nashville", ()), ("Memphis", ()), ("Salt Lake City", ()),
    ("Toronto", ()), ("Montreal", ()), ("Vancouver", ()), ("Melbourne", ()), ("Brisbane", ()), ("Auckland", ()),
    ("Mumbai", ("Bombay",)), ("Kolkata", ("Calcutta",)), ("Chennai", ("Madras",)),
    ("Bengaluru", ("Bangalore",)), ("Hyderabad", ()), ("Karachi", ()), ("Lahore", ()), ("Peshawar", ()),
    ("Dhaka", ()), ("Shanghai", ()), ("Hong Kong", ()), ("Shenzhen", ()), ("Guangzhou", ()), ("Wuhan", ()),
    ("Osaka", ()), ("Kyoto", ()), ("Hiroshima", ()), ("Busan", ()), ("Ho Chi Minh City", ("Saigon",)),
    ("Jeddah", ()), ("Mecca", ("Makkah",)), ("Dubai", ()), ("Abu Dhabi", ()), ("Istanbul", ()), ("Tel Aviv", ()),
    ("Haifa", ()), ("Beirut", ()), ("Amman", ()), ("Mosul", ()), ("Basra", ()), ("Aleppo", ()), ("Kandahar", ()),
    ("Lagos", ()), ("Johannesburg", ()), ("Cape Town", ()), ("Durban", ()), ("Marrakesh", ("Marrakech",)),
    ("Casablanca", ()), ("Fez", ("Fes",)), ("Tangier", ("Tangiers",)), ("Agadir", ()), ("Essaouira", ()),
    ("Algiers", ()), ("Tunis", ()), ("Tripoli", ()), ("Khartoum", ()), ("Hamburg", ()), ("Frankfurt", ()),
    ("Cologne", ()), ("Munich", ()), ("Stuttgart", ()), ("Marseille", ("Marseilles",)), ("Lyon", ()),
    ("Toulouse", ()), ("Bordeaux", ()), ("Strasbourg", ()), ("Geneva", ()), ("Zurich", ()), ("Venice", ()),
    ("Naples", ()), ("Turin", ()), ("Barcelona", ()), ("Seville", ()), ("Valencia", ()), ("Porto", ()),
    ("Rotterdam", ()), ("Antwerp", ()), ("Krakow", ("Kraków",)), ("Gdansk", ()),
    ("St. Petersburg", ("St Petersburg", "Saint Petersburg")), ("Kharkiv", ("Kharkov",)),
    ("Odesa", ("Odessa",)), ("Lviv", ()), ("Mariupol", ()), ("Donetsk", ()), ("Luhansk", ()), ("Kherson", ()),
    ("Edinburgh", ()), ("Glasgow", ()), ("Birmingham", ()), ("Belfast", ()), ("Dublin", ()), ("Cardiff", ()),
    ("Bristol", ()), ("Sao Paulo", ("São Paulo",)), ("Rio de Janeiro", ()), ("Mexico City", ()),
    ("Havana", ()), ("Bogota", ("Bogotá",)), ("Lima", ()), ("Caracas", ()),
)

# outlets and agencies: (canonical, kind, aliases)
_MEDIA: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Reuters", "agency", ("Thomson Reuters",)),
    ("Agence France-Presse", "agency", ("AFP", "Agence France Presse")),
    ("Associated Press", "agency", ("AP", "The Associated Press")),
    ("Getty Images", "agency", ("Getty",)),
    ("Bloomberg", "agency", ("Bloomberg News",)),
    ("Kyodo News", "agency", ("Kyodo",)),
    ("Xinhua", "agency", ("Xinhua News Agency",)),
    ("Yonhap", "agency", ("Yonhap News Agency",)),
    ("TASS", "agency", ()),
    ("Nikkei Asia", "outlet", ("Nikkei", "Nikkei Asian Review")),
    ("CNN", "outlet", ("Cable News Network",)),
    ("Newsweek", "outlet", ()),
    ("BBC", "outlet", ("BBC News",)),
    ("NHK", "outlet", ()),
    ("Al Jazeera", "outlet", ()),
    ("The New York Times", "outlet", ("New York Times", "NYT")),
    ("The Washington Post", "outlet", ("Washington Post",)),
    ("The Wall Street Journal", "outlet", ("Wall Street Journal", "WSJ")),
    ("The Guardian", "outlet", ()),
    ("Financial Times", "outlet", ("FT",)),
    ("Politico", "outlet", ()),
    ("Fox News", "outlet", ()),
    ("NBC News", "outlet", ("NBC",)),
    ("CBS News", "outlet", ("CBS",)),
    ("ABC News", "outlet", ()),
    ("Global Times", "outlet", ()),
)

# international bodies: (canonical, kind, aliases)
_BODIES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("North Atlantic Treaty Organization", "alliance", ("NATO", "North Atlantic Treaty Organisation")),
    ("European Union", "bloc", ("EU", "E.U.")),
    ("United Nations", "body", ("UN", "U.N.")),
    ("Association of Southeast Asian Nations", "bloc", ("ASEAN",)),
    ("Group of Seven", "bloc", ("G7", "G-7")),
    ("Group of 20", "bloc", ("G20", "G-20")),
    ("World Health Organization", "body", ("WHO",)),
    ("Organization for Security and Co-operation in Europe", "body", ("OSCE",)),
)

# platforms and services people post on, by the company's name: (canonical, aliases). Typing only, as cities
# are: a platform the small model finds is never a person ("Taking to Twitter, he wrote"), nor an outlet that
# reports; ``name_pattern`` does not look for them ("X" is too common a letter)
_PLATFORMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Twitter", ()), ("X", ()), ("Facebook", ()), ("Instagram", ()), ("Telegram", ()), ("YouTube", ("Youtube",)),
    ("TikTok", ("Tiktok",)), ("WhatsApp", ()), ("Truth Social", ()), ("LinkedIn", ()),
    ("Snapchat", ()), ("Reddit", ()), ("Weibo", ()), ("WeChat", ()), ("Bluesky", ()), ("Mastodon", ()),
)

# head nouns of a description, the entity kinds they may describe
DESCRIPTION_HEADS: dict[str, tuple[str, ...]] = {
    "alliance": ("alliance",),
    "bloc": ("alliance", "bloc"),
    "union": ("bloc",),
    "organization": ("alliance", "body"),
    "organisation": ("alliance", "body"),
    "agency": ("agency",),
    "outlet": ("outlet",),
    "newspaper": ("outlet",),
    "broadcaster": ("outlet",),
}

# words of a person's title; a title phrase needs at least one head word
TITLE_HEADS = words(
    """minister president premier chancellor secretary spokesperson spokesman spokeswoman ambassador envoy
    chairman chairwoman chair director governor mayor senator congressman congresswoman representative
    general admiral commander chief king queen prince princess emperor pope leader official diplomat
    fellow analyst professor researcher editor correspondent lawmaker founder ceo executive head
    deputy undersecretary counselor adviser advisor lieutenant colonel captain sergeant judge attorney
    candidate nominee councillor councilor prosecutor police officer coach manager boss skipper provost dean
    flanker flyhalf scrumhalf winger fullback striker midfielder goalkeeper quarterback linebacker pitcher
    sheriff marshal commissioner superintendent inspector detective trooper constable""")
TITLE_MODIFIERS = words(
    """foreign defense defence prime vice deputy former acting interim general state chief senior top
    finance trade interior home justice health economy economic security national assistant associate
    executive managing press communications military naval army navy air force supreme secretary
    distinguished visiting first county district crown rear""")
# ranks and offices written abbreviated before a name ("Lt. Col. Roland Vance", "Rear Adm. Ada Kell"): each
# stands for a title head ("lieutenant colonel", "admiral"); courtesy titles ("Dr.", "Mr.") are no office
TITLE_ABBREVIATIONS = words(
    """gen. lt. col. maj. capt. cpt. sgt. adm. cmdr. cdr. gov. sen. rep. pres. amb. supt. insp. det. cpl. pvt.
    brig. spc. tpr.""")
# the last word of a name that says what kind of thing it names (the small model calls "Mill Lane" a person)
NAME_TAILS: dict[str, str] = {
    **dict.fromkeys(words(
        """gazette times post news press tribune herald journal radio daily weekly review magazine television tv
        council committee commission ministry department agency authority office group company corporation
        corp inc ltd bank party union association institute university college school hospital court
        service services police army navy brigade team club foundation program programme centre center fc afc"""
    ), "ORG"),
    **dict.fromkeys(words(
        """street road lane avenue boulevard square bridge dam station airport port harbour harbor hall
        tower building stadium park plaza"""
    ), "FAC"),
    **dict.fromkeys(words("river lake sea ocean island islands mountain mountains valley bay gulf strait"), "LOC"),
}
# nouns for a country's people, written before a name as a description ("Swede Anton Deibe"); the
# adjectives ("Argentine", "British") are the countries' demonyms above
DEMONYM_NOUNS = words(
    """Swede Swedes Briton Britons Brit Brits Dane Danes Finn Finns Pole Poles Scot Scots Spaniard Spaniards
    Turk Turks Frenchman Frenchwoman Englishman Englishwoman Irishman Irishwoman Welshman Welshwoman
    Scotsman Scotswoman Dutchman Dutchwoman Kiwi Aussie Icelander Luxembourger Argentine Argentines""")
# political labels written before a name as a description ("Peronist Massa", "Republican Ann Roe");
# words ending in "-ist" ("Socialist", "Peronist") are such labels too (see ``affiliation``)
AFFILIATIONS = words("Republican Democrat Tory Conservative Liberal Labourite Whig Independent")
# descriptions that stand for an unnamed speaker ("a NATO spokesperson said")
UNNAMED_SPEAKER_HEADS = words("spokesperson spokesman spokeswoman official diplomat source aide")
FEMALE_WORDS = words("spokeswoman chairwoman congresswoman queen princess empress mrs ms madam")
MALE_WORDS = words("spokesman chairman congressman king prince emperor mr sir")


@lru_cache(maxsize=1)
def _index() -> dict[str, Known]:
    table: dict[str, Known] = {}
    for name, aliases, demonyms, capital in _COUNTRIES:
        entry = Known(name, "GPE", "country", aliases, demonyms, capital)
        for form in (name, *aliases):
            table[form] = entry
    for name, kind, aliases in _MEDIA:
        entry = Known(name, "ORG", kind, aliases)
        for form in (name, *aliases):
            table[form] = entry
    for name, kind, aliases in _BODIES:
        entry = Known(name, "ORG", kind, aliases)
        for form in (name, *aliases):
            table[form] = entry
    for name, aliases in _PLATFORMS:
        entry = Known(name, "ORG", "platform", aliases)
        for form in (name, *aliases):
            table[form] = entry
    for name, aliases in _CITIES:
        entry = Known(name, "GPE", "city", aliases)
        for form in (name, *aliases):
            table.setdefault(form, entry)
    return table


def lookup(text: str) -> Known | None:
    """The entry written ``text`` (exact case; a leading "the" ignored), or None. Cities and platforms are entries
    too ("Marrakech" -> Marrakesh), for typing and linking; ``name_pattern`` does not look for them in a text."""
    table = _index()
    hit = table.get(text)
    if hit is None and text[:4] in ("the ", "The "):
        hit = table.get(text[4:])
    return hit


@lru_cache(maxsize=1)
def _by_demonym() -> dict[str, Known]:
    return {d: k for k in set(_index().values()) for d in k.demonyms}


@lru_cache(maxsize=1)
def _by_capital() -> dict[str, Known]:
    return {k.capital: k for k in set(_index().values()) if k.capital}


def country_of_demonym(word: str) -> Known | None:
    """"Chinese" -> China."""
    return _by_demonym().get(word)


def describes_people(word: str) -> bool:
    """``word`` (as written, capitalised) says where a person is from or which side they are on, and is no
    name: "Swede", "Argentine", "British", "Peronist", "Republican". A description before a name, never
    part of it."""
    if word in DEMONYM_NOUNS or word in AFFILIATIONS or country_of_demonym(word) is not None:
        return True
    # "-ist" but not the Nordic surnames "Lindqvist", "Almquist"
    return len(word) > 5 and word[:1].isupper() and word[1:].islower() and word.endswith("ist") \
        and not word.endswith(("qvist", "quist"))


def country_of_capital(city: str) -> Known | None:
    """"Beijing" -> China (for metonymy: "Beijing warned")."""
    return _by_capital().get(city)


@lru_cache(maxsize=1)
def name_pattern() -> re.Pattern[str]:
    """One regex matching every gazetteer form as whole words, longest first."""
    forms = sorted((f for f, k in _index().items() if k.kind not in ("city", "platform")), key=len, reverse=True)
    body = "|".join(re.escape(f) for f in forms)
    # "US" must not match inside "USA" or a word; "U.S." ends in a dot, so the lookahead is on letters only
    return re.compile(rf"(?<![\w.])(?:{body})(?![\w])")


def place(text: str) -> bool:
    """``text`` names a country, a capital or a well-known city as written ("Casablanca", "Rabat")."""
    known = lookup(text)
    return (known is not None and known.type in ("GPE", "LOC")) or country_of_capital(text) is not None


def media_names() -> frozenset[str]:
    """Canonical names of outlets and agencies."""
    return frozenset(k.canonical for k in _index().values() if k.kind in ("outlet", "agency"))
