"""Outlet citations: where a report says it got something from another outlet or agency.

Finds the phrases news uses to credit a medium ("told CNN", "told The Kansas City Star", "in an interview
with CNN", "Reuters reported", "Nikkei Asia first reported ... citing unnamed officials", "in a statement to
CNN", "according to Reuters", "according to the wire agency", "according to state news agency MAP", a
"as per a CNBC report", "AFP correspondents reported", "al-Arabiya news channel reported", a "(AP) —",
"(WJW / AP) –", "New York, IRNA –" or "New York CNN –" dateline, a wire's sign-off alone on the last line,
"EFE"), a picture's credit line ("... Handout via REUTERS", "... after the quake. — AFP", kind ``picture``),
pictures a broadcaster showed ("video shown by KMBC-TV", "footage aired by WABC", kind ``broadcast``) and
the outlet's own acts ("CNN reached out to NATO", kind ``self``). A broadcaster may be named by its call
letters ("KMBC-TV", "WABC", "KTLA 5"). Each ``Citation`` names the credited outlet canonically ("Nikkei"
becomes "Nikkei Asia" when the article also says "Nikkei Asia") and, where it can be told, the span of what is
credited: the reported clause of the sentence, or the whole sentence.

Method: hand-written patterns over each sentence, with ingest's table of outlets and agencies
(``storyline.ingest.outlets``, read only) plus names that look like outlets ("... Gazette", "... Times") or
that the report itself treats as one ("X reported").

Does NOT credit people or institutions that are not media ("according to Bill Hayton" is a source, not an
outlet: that is the quote extractor's business), and does not decide whether a citation is the article's
own outlet: ``storyline.compare`` does that, knowing the outlet of every report. The one exception is a wire's
dateline or sign-off in its own copy ("(AP) —" in AP's report): the agency signing what it wrote, kind ``self``.
Two outlets credited together ("according to reports by Reuters and the Associated Press") are both credited.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple

from storyline.calendar_words import MONTH_ABBREVIATIONS, MONTHS, WEEKDAY_NAMES, WEEKDAYS
from storyline.extract import dateline, furniture
from storyline.extract.gazetteer import place
from storyline.extract.lines import paragraphs
from storyline.ingest import outlets
from storyline.model import Article, Citation, Entity, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc


# words that end (or begin) the name of a newspaper, broadcaster or agency
_OUTLET_WORDS = (
    "Times|Post|News|Journal|Gazette|Herald|Tribune|Press|Radio|Television|TV|Daily|Agency|Wire|Chronicle|"
    "Observer|Guardian|Telegraph|Courier|Review|Weekly|Broadcasting|Network|Magazine|Monitor|Mail|Express|"
    "Bulletin|Ledger|Dispatch|Inquirer|Sentinel|Register|Examiner|Standard|Globe|Record|Report|Today|Wire|"
    # the Spanish and Portuguese words for news and a daily ("Noticias Velm", "Diario del Puerto")
    "Noticias|Noticiero|Notícias|Diario|Diário|Jornal"
)
_OUTLET_WORD_RE = re.compile(rf"\b(?:{_OUTLET_WORDS})\b")
# outlet words that alone name a medium, not an outlet ("according to TV", "Radio reports")
_MEDIA = frozenset(("TV", "Television", "Radio", "News", "Press", "Wire", "Report", "Network"))
# words that make a name an outlet's only as its last word ("The Kansas City Star", not "Star Wars")
_OUTLET_LAST_WORDS = frozenset(("Star", "Sun", "Bee", "Enquirer", "Courant", "Advocate", "Insider", "Digest", "Beacon",
                                "Mirror", "Reporter"))
# words a capitalised run may take along after an outlet's name ("told The Kansas City Star Monday")
_TRAILING = frozenset((*WEEKDAYS, *MONTHS, *MONTH_ABBREVIATIONS))
# a US broadcaster's call letters ("KMBC-TV", "WABC", "KTLA 5"); three letters only with a suffix or a
# channel number ("WHO" is the health agency)
_CALL_SIGN = r"[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT|CD|LP))?(?:\s\d{1,2}(?![\d:.,]\d))?"
_CALL_SIGN_RE = re.compile(_CALL_SIGN)
# four-letter names starting with K or W that are no broadcaster
_NOT_CALL_SIGNS = frozenset({"WADA", "WIPO", "KPMG", "KFOR", "WWII", "WNBA", "WWDC", "WHOI", "KOFC"})
# a local station named by its network and channel number ("Telemundo 44", "NBC 4", "Channel 4") or by its
# number and "News" ("11 News"); the number is no count of something after it ("told NBC 4 people ...": a
# plural noun follows a count, not a station)
_STATION = (
    r"(?:(?:NBC|CBS|ABC|Fox|FOX|CW|PBS|Telemundo|Univision|UniM[aá]s|Channel)\s\d{1,2}|\d{1,2}\s(?:News|Alive))"
    r"(?![\d:.,]\d)(?!\s+(?:(?!(?:his|was|has|is|its|this|as|us)\b)[a-z]+s|people|men|women|children|dead|of|"
    r"percent|per|million|billion|thousand|hundred)\b)"
)
_STATION_RE = re.compile(_STATION)

# nationalities the suffixes of ``_KIND`` miss ("Greek", "Swiss", "Welsh")
_DEMONYMS = r"Greek|Swiss|Welsh|Cypriot|Slovak|Uzbek|Tajik|Kazakh|Filipino|Basque|Lao|Scots"

# descriptions that stand for an outlet named earlier in the article
_DESCRIPTIONS = (
    "wire agency|news agency|wire service|agency|newspaper|paper|broadcaster|network|outlet|magazine|"
    "news outlet|news site|publication|daily|tabloid|channel"
)

# the words that close a public broadcaster's name after "Broadcasting" ("the Velmish Broadcasting Corporation",
# "Harbour Broadcasting Service"): the name is the broadcaster's whole, not its first half
_BROADCASTER_TAIL = r"Broadcasting\s+(?:Corporation|Company|Service|System)"
_BROADCASTER_TAIL_RE = re.compile(rf"\b{_BROADCASTER_TAIL}$")

# (an Arabic name may open with its lower-case article: "al-Arabiya")
# (the last word may be a broadcaster's two closing words, "... Broadcasting Corporation": the lazy name would stop
# at "Broadcasting")
_NAME = (
    r"(?:[Tt]he\s+)?(?:(?:al|el|ad|an|ar|as|at)-)?[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|de|al|for))*?"
    r"(?:\s+(?:" + _BROADCASTER_TAIL + r"|[A-Z][\w&.'’-]*))?"
)
_CAP = r"(?P<name>(?:" + _STATION + r"|" + _CALL_SIGN + r")(?=[\s,.;:]|$)|" + _NAME + r")"
# a whole run of capitalised words, for the cues that end at the name ("told The Kansas City Star"): the
# lazy ``_NAME`` stops after two words when nothing follows to anchor it
# (a name may open on a figure glued to a capital, "told Moroccan news site 2M": credited only after its kind)
_RUN = (
    r"(?P<name>(?:" + _STATION + r"|" + _CALL_SIGN + r")(?=[\s,.;:]|$)|(?:[Tt]he\s+)?(?:[A-Z]|\d+[A-Z])[\w&.'’-]*"
    r"(?:\s+(?:(?:of|de|al|for)\s+)?[A-Z][\w&.'’-]*){0,5})"
)
# the newsroom an outlet's name stands before ("AFP correspondents reported", "al-Arabiya news channel reported")
_STAFF = (
    r"(?:news\s+)?(?:correspondents?|reporters?|journalists?|crews?|team|staff)|"
    # lower-case words only: a capitalised "TV" may end the name itself ("Harbour TV reported")
    r"(?:news\s+|satellite\s+|state\s+)?(?:channel|network|television|radio|broadcaster)"
)
_DESC = r"(?P<desc>[Tt]he\s+(?:" + _DESCRIPTIONS + r"))"
# what the report calls the outlet before naming it: "according to state news agency MAP", "told Morocco's
# official news agency MAP", "told the broadcaster NHK"
# ("told Swedish newspaper Aftonbladet": a nationality may stand where the country's possessive does; a name
# the report calls a newspaper or a broadcaster is an outlet though no list knows it)
# ("told the Greek public broadcaster ERT": a few nationalities end otherwise than "-ish", "-ese", "-ian" ...)
_KIND_WORDS = (
    r"\b(?:the\s+)?(?:(?:[A-Z][a-z]+(?:'s|’s|ish|ese|ian|an|ch|i)|" + _DEMONYMS + r")\s+)?"
    r"(?:(?:state|state-run|state-owned|"
    r"official|semi-official|national|public|private|independent|news|wire|local|regional|online|commercial)\s+)"
    r"{0,2}(?:news\s+agency|agency|wire\s+service|broadcaster|newspaper|daily|outlet|(?:web)?site|portal|"
    # "told the television channel Televisa", "the TV station KMBC": the medium before its kind of outlet
    r"(?:(?:television|TV|radio|cable|satellite|news)\s+)?(?:channel|network|station)|television|TV|radio)"
)
_KIND = r"(?P<kind>" + _KIND_WORDS + r"\s+(?=[A-Z]|\d+[A-Z]))"
# the kind of outlet with its short name in brackets after it: "The official Corvan news agency (CNA) said"
_KIND_BRACKETED = r"(?P<kind>" + _KIND_WORDS + r")\s+\((?P<name>[A-Z][A-Za-z&.-]{1,12})\)"
# an outlet putting out a text it did not write: "also published the statement", "carried the announcement"
_PUBLISHED = (
    r"\s+(?:also\s+|later\s+|earlier\s+)?(?:published|carried|ran|posted|released)\s+(?:the|a|an|its)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:statement|announcement|communiqu[ée]|text|declaration)\b"
)
_WHO = r"(?:(?:" + _KIND + r")?" + _CAP + r"|" + _DESC + r")"
# when an outlet reported, between its name and the verb: "The Information today reported that ..."
_WHEN = (
    r"(?:\s+(?:today|yesterday|tonight|(?:on|late\s+on|early\s+on)\s+"
    r"(?:" + WEEKDAY_NAMES + ")))?"
)
_WHO_RUN = r"(?:(?:" + _KIND + r")?" + _RUN + r"|" + _DESC + r")"
# a name with its medium after it and how far it reaches before it: "told local SKAI television", "told state
# Harbour TV"; the medium makes an unlisted name an outlet's ("SKAI" alone names nothing)
_REACH = r"(?:(?:local|state|state-run|state-owned|national|public|private|regional|independent|commercial)\s+){1,2}"
_MEDIUM_AFTER = (
    r"(?P<kind_after>\s+(?:television|TV|radio|broadcaster|newspaper|daily|news\s+agency|(?:news\s+|TV\s+)?channel|"
    r"network|station)\b)?"
)
_WHO_MEDIUM = r"(?:(?:" + _KIND + r"|(?:the\s+)?" + _REACH + r")?" + _RUN + _MEDIUM_AFTER + r"|" + _DESC + r")"
# pictures a broadcaster (or an agency) showed: "Helicopter video shown by KMBC-TV", "footage aired by WABC",
# "images broadcast by KTLA 5", "video from Reuters"
_PICTURES = (
    r"(?:video|videos|footage|images|pictures|photos|photographs|live\s+pictures|a\s+livestream|a\s+broadcast)"
)
_SHOWN = r"(?:shown|aired|broadcast|televised|carried|released|posted|published|captured|filmed|taken)"

# the outlet a host works for, its show's name after its possessive: "ABC's Good Morning America", "Coast Radio"
_HOSTED = r"(?P<name>(?:[Tt]he\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}?)(?=['’]s?\s+[A-Z]|\s*[,.;]|\s+[a-z]|$)"


class _Cue(NamedTuple):
    """A citation pattern of one kind: the outlet is its group ``name`` or the description ``desc``."""

    kind: str
    pattern: re.Pattern[str]
    # the pattern's wording after the name, alone (``_name_first``); None: the pattern runs on every sentence
    gate: re.Pattern[str] | None = None
    # the name must be a medium's (``_medium_named``: known, or ending in an outlet's word): a run of capitalised
    # words may as well be an official's title or a government body ("according to the White House Press Secretary
    # Ana Ruiz", "according to the Federal Emergency Management Agency")
    outlet_only: bool = False

    def finditer(self, sentence: str) -> Iterator[re.Match[str]]:
        """``pattern``'s matches in ``sentence``; none, without running it, when the gate matches nowhere."""
        if self.gate is not None and self.gate.search(sentence) is None:
            return iter(())
        return self.pattern.finditer(sentence)


def _cue(kind: str, pattern: str, flags: int = 0, *, outlet_only: bool = False) -> _Cue:
    return _Cue(kind, re.compile(pattern, flags), outlet_only=outlet_only)


def _name_first(kind: str, name: str, rest: str) -> _Cue:
    """A pattern that opens with the name: it tries the name at every capital of a sentence, though most
    sentences lack the wording after it ("... said", "... reported"). A match holds a match of ``rest``, so a
    sentence that ``rest`` alone matches nowhere in is ruled out without trying the name."""
    return _Cue(kind, re.compile(name + rest), re.compile(rest))


_PATTERNS: tuple[_Cue, ...] = (
    _cue("interview", r"\btold\s+" + _WHO + r"\s+in\s+an?\s+(?:exclusive\s+|recent\s+)?interview\b"),
    # "In a phone interview with al-Masar television station": the medium of the interview may stand before it
    _cue("interview", r"\b(?:[Ii]n|[Dd]uring)\s+an?\s+(?:exclusive\s+|recent\s+)?(?:(?:tele)?phone\s+|televised\s+|"
                      r"TV\s+|radio\s+|video\s+)?interview\s+with\s+" + _WHO
                      + r"(?P<kind_after>\s+(?:television|TV|radio|satellite|news)\s+(?:station|channel|network))?"),
    # "In an interview with Ana Ruiz on Harbour TV's Morning Show", "told Ana Ruiz of Coast Radio": the host
    # named first, the outlet after "on" or "of", up to the possessive before its show's name
    _cue("interview", r"\b(?:(?:[Ii]n|[Dd]uring)\s+an?\s+(?:exclusive\s+|recent\s+)?(?:(?:tele)?phone\s+|televised\s+|"
                      r"TV\s+|radio\s+|video\s+)?interview\s+with|told)\s+"
                      r"(?:[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][\w'’-]+)\s+(?:on|of)\s+" + _HOSTED),
    _cue("statement", r"\b(?:[Ii]n\s+)?an?\s+(?:written\s+|emailed\s+)?statement\s+(?:(?:sent|given|"
                      r"provided|emailed)\s+)?to\s+" + _WHO),
    _cue("statement", r"\b(?:[Ii]n\s+)?an?\s+(?:written\s+|emailed\s+)?statement\s+(?:shared|provided|"
                      r"sent|emailed|given)\s+(?:with|to)\s+" + _WHO),
    # ("Talking to the Harbour News Agency, a nurse said ...": the cue may open the sentence)
    _cue("told", r"\b(?:told|[Ss]peaking\s+to|[Ss]poke\s+to|[Ss]peaking\s+with|[Ss]poke\s+with|said\s+to|"
                 r"[Tt]alking\s+to|[Tt]alking\s+with|confirmed\s+to|explained\s+to|expressed\s+to|informed)\s+"
                 + _WHO_MEDIUM),
    # "an official told the national news agency, Lusa": the kind of outlet first, its name in apposition closing the
    # clause (a person's name there goes on with a verb: "told the newspaper, Ruiz said")
    _cue("told", r"\b(?:told|[Ss]peaking\s+to|[Ss]poke\s+to|[Tt]alking\s+to|said\s+to)\s+(?P<kind>(?:the|a|an)\s+"
                 r"(?:[\w-]+\s+){0,2}?(?:news\s+agency|wire\s+service|broadcaster|newspaper|daily|news\s+site|website|"
                 r"magazine|(?:news\s+)?outlet|(?:TV|television|radio)\s+(?:station|channel|network))),\s+" + _RUN
                 + r"(?=\s*[,.;:]|$)"),
    # "Manchola recounted, calmly and proudly, for Noticias Velm": what a person said for an outlet (a translation's
    # "said for"), only adverbs between the verb and "for" ("said he worked for The Ledger" is no credit)
    _cue("told", r"\b(?:said|recounted|explained|declared|stated|added|commented|assured|confirmed|revealed|"
                 r"recalled|described)(?:,?\s+(?:[a-z]+ly|and|at|the|same|time|also|later|then|in\s+turn))*,?\s+for\s+"
                 + _WHO_RUN + r"(?=\s*[,.;:]|$)", outlet_only=True),
    # "Politico reporter Ana Ruiz stopped him on the sidewalk", "asked by Velm Radio's Ana Ruiz": the outlet whose
    # reporter put the questions the person answers (a known outlet, or one named like an outlet)
    _name_first("asked", _CAP, r"(?:['’]s)?\s+(?:reporter|correspondent|journalist)\s+[A-Z][\w'’.-]+"
                               r"(?:\s+[A-Z][\w'’.-]+){1,2}\s+(?:stopped|asked|interviewed|questioned|pressed|"
                               r"approached|caught\s+up\s+with)\b"),
    _cue("asked", r"\b(?:asked|questioned|interviewed|pressed|stopped|approached)\s+by\s+(?:an?\s+)?" + _WHO_RUN
                  + r"(?:['’]s)?\s+(?:reporter|correspondent|journalist)\b", outlet_only=True),
    _cue("broadcast", r"\b" + _PICTURES + r"\s+(?:" + _SHOWN + r"\s+)?(?:by|on|from)\s+" + _WHO_RUN, re.IGNORECASE),
    _name_first("broadcast", _CAP, r"\s+(?:aired|broadcast|showed|televised)\s+(?:\w+\s+){0,3}?" + _PICTURES + r"\b"),
    _cue("according_to", r"\b[Aa]ccording\s+to\s+(?:a\s+report\s+(?:by|in|from)\s+)?" + _WHO),
    # "According to the Wall Street Journal, ...": the lazy name above stops at "the Wall Street"; the whole run of
    # capitalised words, when it names an outlet
    _cue("according_to", r"\b[Aa]ccording\s+to\s+(?:a\s+report\s+(?:by|in|from)\s+)?" + _WHO_RUN, outlet_only=True),
    # "..., said a villager, according to Coastal news.": a name before a lower-case "news" that ends the clause
    # names the medium the words were taken from ("according to Velm news reports" is no name's credit)
    _cue("according_to", r"\b[Aa]ccording\s+to\s+(?P<medium>(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+news)"
                         r"(?=\s*[,.;]|$)"),
    # "According to the security news site, Bleeping Computer:": the kind of outlet first, its name in apposition
    _cue("according_to", r"\b[Aa]ccording\s+to\s+(?P<kind>(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:news\s+site|website|"
                         r"newspaper|broadcaster|news\s+agency|magazine|(?:news\s+)?outlet|(?:TV|television|radio)\s+"
                         r"(?:station|channel|network))),\s+" + _RUN + r"(?=\s*[,.;:]|$)"),
    # "as per a CNBC report", "per a Reuters report", "as per Reuters": a credit like "according to"; a bare
    # "per" only with "a ... report" after it ("$5 per Share" is no credit)
    _cue("according_to", r"\b(?:[Aa]s\s+per|[Aa]ccording\s+to|[Pp]er)\s+an?\s+(?:(?:new|recent|latest|earlier)\s+)?"
                         + _CAP + r"(?:['’]s)?\s+(?:report|story|article|analysis|investigation)\b"),
    _cue("according_to", r"\b[Aa]s\s+per\s+" + _WHO),
    # "As the fire chief explained (via VELM TODAY), the door was left open": a credit in brackets, as a blog gives
    # its source; only a medium ("(via Twitter)" names where it was said, not who reported it)
    _cue("according_to", r"\(\s*via\s+" + _WHO + r"\s*\)", outlet_only=True),
    # "..., per the AP.": a bare "per" before a name that ends the clause (a known outlet only: "$5 per Share")
    _cue("according_to", r"\b[Pp]er\s+" + _WHO + r"(?=\s*[,.;]|$)"),
    # "The rioting had spread, reported the Associated Press, which said ...": the verb before the name
    _cue("reported", r"(?<=,\s)(?:reported|reports|said|says|wrote|writes)\s+" + _WHO + r"(?=\s*[,.;]|$)"),
    _cue("citing", r"\bciting\s+(?:a\s+report\s+(?:by|in|from)\s+)?" + _WHO),
    _cue("reported", r"\b(?:reported|first\s+reported|reports?|as\s+reported)\s+by\s+" + _WHO),
    _cue("reported", r"\b(?:seen|obtained|reviewed|verified)\s+by\s+" + _WHO),
    # "under pressure following reports in The Ledger that he ...", "after a report by Harbour Radio that ...": the
    # outlet's report named as the spring of what follows its "that" (a known outlet or one named like an outlet)
    _cue("reports_in", r"\b(?:(?:news\s+|media\s+|press\s+)?reports?|an?\s+(?:article|story|investigation))\s+"
                       r"(?:in|by|from)\s+" + _WHO_RUN + r"(?=\s+that\b)", outlet_only=True),
    _cue("syndication", r"\b(?:[Tt]his|[Tt]he)\s+" + _CAP + r"\s+(?:report|story|article|dispatch)\s+"
                        r"(?:was|has\s+been)\s+(?:edited|adapted|shortened|updated|republished|syndicated)"),
    # a credit line for the whole text: "Source: CNBC" on its own line, a byline "By PA Sport Staff"
    _cue("syndication", r"(?m)^\s*Source:\s+" + _CAP + r"\.?\s*$"),
    # "Source: agencies" on its own line: the text is wire copy of agencies it does not name
    _cue("syndication", r"(?m)^\s*Sources?:\s+(?P<unnamed>(?:news\s+|wire\s+)?agencies|wires)\.?\s*$",
         re.IGNORECASE),
    _cue("syndication", r"(?m)^\s*By\s+" + _CAP + r"\s+(?:Sport\s+|News\s+)?(?:Staff|Reporters?)\s*$"),
    _cue("syndication", r"\b(?:[Tt]his|[Tt]he)\s+(?:report|story|article)\s+(?:was\s+)?"
                        r"(?:first\s+|originally\s+)?(?:published|written|reported)\s+by\s+" + _CAP),
    # a closing line naming where the text ran first: "This story originally appeared in WORLD."
    _cue("syndication", r"\b(?:[Tt]his|[Tt]he)\s+(?:report|story|article)\s+(?:first\s+|originally\s+)"
                        r"(?P<kind_after>appeared|ran|was\s+published)\s+(?:in|on)\s+" + _CAP),
    # "Local TV station, WBAL, reported that ...": the kind of outlet first, its name between commas (a person's name
    # there is a reporter's or an official's: an outlet's only as a known one, or by its outlet's word, its call letters
    # or an acronym)
    _cue("reported", r"(?P<kind_first>\b(?:[Tt]he\s+)?(?:[A-Za-z'’-]+\s+){0,2}?(?:broadcaster|newspaper|news\s+agency|"
                     r"wire\s+service|(?:TV|television|radio|news)\s+(?:station|channel|network)|news\s+(?:site|website|"
                     r"outlet|portal))),\s+" + _RUN + r",\s+(?:has\s+|had\s+)?(?:reported|reports|said|says)\b"),
    _name_first("reported", _WHO, r"(?:\s+(?:" + _DESCRIPTIONS + r"|" + _STAFF + r"))?"
                                  r"(?:,\s+which\s+first\s+\w+\s+[^,]{0,40},)?" + _WHEN + r"\s+(?:has\s+|had\s+)?"
                                  r"(?:first\s+|earlier\s+|also\s+|previously\s+|originally\s+)?"
                                  r"(?:reported|reports|broke\s+the\s+news|revealed|was\s+(?:the\s+)?first\s+to\s+report)\b"),
    # "The official MAP news agency published the announcement", "the Harbour Post newspaper carried the
    # statement": a name the report calls an outlet, putting out what it credits (a "ministry published" is no
    # outlet's: the description after the name is what makes it one)
    _name_first("reported", _WHO, r"\s+(?:" + _DESCRIPTIONS + r")\s+(?:published|carried|ran|aired|posted)\b"),
    # "Kyodo said ...", "public broadcaster NHK said", "the newspaper said": only a known outlet, one the report
    # calls an outlet, or a description of one named before (a "Press Secretary said" is a person); a paper
    # "notes" or "writes" what it reports ("The Los Angeles Times notes that, ...")
    # ("the semi-official Harbour news agency said": the kind of outlet may follow its name, and makes it an
    # outlet's; a bare "agency" only after a known outlet: "the UN agency said" is no medium's; "The Northfield
    # Examiner pointed out that ...": a paper points out what it reports)
    _name_first("said", _WHO, r"(?:(?P<kind_after>\s+(?:news\s+agency|newspaper|daily|broadcaster))|\s+agency)?"
                              r"\s+(?:also\s+|later\s+|earlier\s+|both\s+)?(?:said|says|quoted|cited|notes|noted|writes|"
                              r"wrote|pointed\s+out|points\s+out)\b"),
    # "The official Corvan Press Agency also published the statement": a known outlet, or a name ending in an
    # outlet's word, carrying a text (a bare "... Agency" only as a press or news agency: "the Environmental
    # Protection Agency published the statement" is no medium's)
    _name_first("published", _WHO, _PUBLISHED),
    # "The official Corvan news agency (CNA) also published the statement", "... (CNA) said": the name in brackets
    _name_first("said", _KIND_BRACKETED, r"(?:" + _PUBLISHED + r"|\s+(?:also\s+|later\s+|earlier\s+)?"
                                         r"(?:said|says|reported|reports)\b)"),
    _name_first("self", _CAP, r"\s+(?:has\s+|had\s+)?(?:reached\s+out\s+to|contacted|has\s+asked|asked|"
                              r"requested\s+comment|could\s+not\s+(?:independently\s+)?(?:verify|confirm)|"
                              r"was\s+unable\s+to|has\s+not\s+been\s+able\s+to)\b"),
)
# a wire dateline at the start of a paragraph: "TOKYO (Reuters) -", "(AP) —", "Lima, Nov 19 (EFE).-"
# ("Aug. 23 (UPI) --": a date may stand where the place does)
# ("(WJW / AP) –": a station's story on the wire's copy credits the wire, ``dateline.wire_part``)
# the kind a pattern's citation is stored as, where the two differ ("said": an outlet said it reports it)
_KIND_AS = {"said": "reported", "published": "reported", "reports_in": "reported", "asked": "interview"}
# what a credit to unnamed agencies ("Source: agencies") names: no outlet of the table, and none that a report of
# the story can be named after (``storyline.compare.provenance``)
UNNAMED_AGENCIES = "news agencies"
# an outlet's programme after its name, where someone spoke on air ("told Harbour Radio 4's Morning Desk",
# "told Coast TV's “Night Hour”"): the interview went out to everyone; it is the speaker's public statement,
# and the report credits no newsroom for it
# (an interview a named host of the outlet conducted is the newsroom's work, and credits it: "In an interview with
# Ana Ruiz on Harbour TV's Morning Hour")
_HOST_BEFORE = re.compile(r"\s(?:on|of)\s+$")
_PROGRAMME_AFTER = re.compile(r"(?:\s+\d{1,2})?['’]s\s+[“\"‘]?[A-Z]")
_DATELINE = re.compile(
    r"(?m)^(?:[A-Z][A-Za-z0-9 .,'-]{0,40}\s)?\((?P<name>[A-Z][A-Za-z .&/-]{1,30})\)\.?\s*(?:--|[—–-])"
)
# an embedded post's signature line: "— Ukrainska Pravda (@ukrpravda_news) August 23, 2023"
_EMBED = re.compile(
    r"(?m)^[—–-]\s*(?P<name>[^\n(@]{1,60}?)[^\w\n)]*\s*\(@\w{1,30}\)\s+[A-Z][a-z]+\.? \d{1,2}, \d{4}[ \t]*$"
)
_LEADING_THE = re.compile(r"^[Tt]he\s+")
# what a name is called in an apposition after it: "told TVM, the national broadcaster, that ...", "according to
# Velm One, the country's public broadcaster": the description makes an unlisted name an outlet's, as a kind of
# outlet before it does ("told the national broadcaster TVM")
_APPOSED = re.compile(
    r",\s+(?:the|a|an|[A-Z][a-z]+['’]s)\s+(?:[\w-]+(?:['’]s)?\s+){0,3}?"
    r"(?:broadcaster|news\s+agency|wire\s+service|newspaper|daily|tabloid|(?:TV|television|radio|news)\s+"
    r"(?:channel|station|network)|news\s+(?:site|website|outlet|portal))(?![\w'’-])"
)


def _alias_table(text: str, own: str | None) -> dict[str, str]:
    """Name as printed -> canonical name, for the known outlets (``storyline.ingest.outlets``) and the
    article's own outlet.

    A short name that is also an ordinary word or another paper's short name ("the Post", "the Times") is
    taken for the report's own outlet when that name ends with it ("Northfield Daily Post"), for the
    table's outlet otherwise: citation patterns give it an outlet-shaped context either way.
    """
    table: dict[str, str] = {}
    known = [(o.name, o.aliases) for o in outlets.OUTLETS]
    for canon, aliases in known:
        for form in (canon, *aliases):
            table[form] = canon
            table[_LEADING_THE.sub("", form)] = canon
    table.update(_short_names(text, table))
    if own:
        table[own] = own
        table[_LEADING_THE.sub("", own)] = own
        last = own.split()[-1]
        for form in outlets.AMBIGUOUS:
            bare = _LEADING_THE.sub("", form)
            if bare == last and bare != own:
                table[form] = own
                table[bare] = own
    return table


# a short name ("the Times") standing for the one longer name the report prints that ends with its word
_SHORT_FORMS = tuple(sorted(f for f in outlets.AMBIGUOUS if f.startswith("the ")))


def _short_names(text: str, table: Mapping[str, str]) -> dict[str, str]:
    """Short names ("the Times", "Times") -> the one outlet the report names in full with that last word ("the
    Harbor Times reported ... the Times reported", "the Los Angeles Times ... the Times"): a paper's short name
    after its full one is that paper's, not the table's paper of the same short name. Nothing where the report
    prints no such name, or two ("The New York Times" and "the Los Angeles Times")."""
    out: dict[str, str] = {}
    for form in _SHORT_FORMS:
        word = form[4:]
        names = set()
        for m in re.finditer(rf"\b((?:[A-Z][\w'’&.-]*\s+){{1,4}}){re.escape(word)}\b", text):
            run = (m.group(1) + word).split()
            # the longest run of words the table knows ("Yesterday The New York Times": The New York Times), else
            # the words after a "The" ("Thursday The Harbor Times"), else the whole run
            known = next((table[" ".join(run[i:])] for i in range(len(run) - 1) if " ".join(run[i:]) in table), None)
            after_the = [i for i, w in enumerate(run[:-1]) if w == "The"]
            name = known or " ".join(run[after_the[-1] + 1 if after_the else 0 :])
            if _LEADING_THE.sub("", name) != word:
                names.add(name)
        if len(names) == 1:
            out[form] = out[word] = names.pop()
    return out


# the ambiguous short names as ``_ambiguous`` compares them: without a leading "the", lower-cased
_AMBIGUOUS_BARE = frozenset(_LEADING_THE.sub("", a).lower() for a in outlets.AMBIGUOUS)


def _ambiguous(form: str) -> bool:
    return _LEADING_THE.sub("", form).lower() in _AMBIGUOUS_BARE


def _canonical(raw: str, table: dict[str, str]) -> tuple[str, int] | None:
    """The canonical outlet for a matched name and where in ``raw`` it starts; None when it is no outlet.

    The patterns may take neighbouring capitalized words along ("Last week Reuters", "CNN International"):
    the longest known run of words inside the match wins.
    """
    words = [(m.start(), m.group(0)) for m in re.finditer(r"[^\s]+", raw)]
    best: tuple[int, str, int] | None = None  # (length in words, canonical, offset)
    for i in range(len(words)):
        for j in range(len(words), i, -1):
            cand = " ".join(w for _, w in words[i:j]).strip(" ,.;:'’\"")
            cand = re.sub(r"['’]s$", "", cand)
            partial = i > 0 or j < len(words)
            if cand in table and not (partial and _ambiguous(cand)) and (best is None or j - i > best[0]):
                best = (j - i, table[cand], words[i][0])
    if best is not None:
        offset = best[2]
        if offset >= 4 and raw[:offset].rstrip().endswith(("The", "the")):
            offset = raw[:offset].rstrip().rfind("he") - 1
        return best[1], offset
    name = _LEADING_THE.sub("", re.sub(r"['’]s$", "", raw.strip(" ,.;:'’\"")))
    if _CALL_SIGN_RE.fullmatch(name) and name not in _NOT_CALL_SIGNS and (len(name) > 3 or "-" in name):
        return name, 0
    if _STATION_RE.fullmatch(name):
        return name, 0
    kept = name.split()
    while len(kept) > 1 and kept[-1].rstrip(".") in _TRAILING:
        kept.pop()
    name = " ".join(kept)
    if len(kept) == 1 and kept[0] in _MEDIA and not _LEADING_THE.match(raw.strip()):
        return None  # "according to TV and other images": a medium, not an outlet's name ("The Courier" is one)
    if _OFFICE.search(name):
        return None  # "a spokeswoman for the city's Medical Examiner said": an office, not a paper
    if kept and len(kept) <= 6 and (_OUTLET_WORD_RE.search(name) or kept[-1] in _OUTLET_LAST_WORDS):
        # keep from the first capitalized word of the run that ends in the outlet word
        return name, 0
    return None


# an outlet's short name in capitals ("VLM", "RTP1")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]{1,7}")
# an office whose name ends in an outlet's word: "the city's Medical Examiner", "the Chief Medical Examiner"
_OFFICE = re.compile(r"\b(?:Medical|Chief|County|State|District)\s+Examiner\b")


# a name's word that opens on a figure glued to a capital ("2M", "3Sat")
_FIGURE_LED = re.compile(r"\d+[A-Z][\w&.'’-]*")
# a name's word that opens on an Arabic article ("al-Masar")
_ARTICLE_LED = re.compile(r"(?:al|el|ad|an|ar|as|at)-[A-Z]")


def _described(raw: str) -> tuple[str, int] | None:
    """The name after a description of its kind ("Swedish newspaper Aftonbladet"): up to four capitalised words,
    without a day or month taken along; None for anything else."""
    kept = _LEADING_THE.sub("", re.sub(r"['’]s$", "", raw.strip(" ,.;:'’\""))).split()
    while len(kept) > 1 and kept[-1].rstrip(".") in _TRAILING:
        kept.pop()
    if not kept or len(kept) > 4 or not all(w[0].isupper() or _FIGURE_LED.fullmatch(w) or _ARTICLE_LED.match(w)
                                            for w in kept):
        return None
    return " ".join(kept), raw.find(kept[0])


# words that open an outlet's name where the language puts the kind of medium first ("Noticias Velm", "Radio Costa",
# "TV Diário Nampula", "Diario del Puerto")
_OUTLET_FIRST_WORDS = frozenset(("Noticias", "Noticiero", "Notícias", "Diario", "Diário", "Jornal", "Radio", "Rádio",
                                 "TV", "Canal", "Telediario"))


def _outlet_named(name: str, known: set[str]) -> bool:
    """A known outlet, or a name that ends in an outlet's word ("Coast Radio", not "Press Secretary Ana Ruiz"), or
    one of two words or more that opens on a medium's word in the languages that put it first ("Noticias Velm")."""
    words = name.split()
    last = words[-1]
    return (name in known or bool(_OUTLET_WORD_RE.fullmatch(last)) or last in _OUTLET_LAST_WORDS
            or bool(_STATION_RE.fullmatch(name)) or (len(words) > 1 and words[0] in _OUTLET_FIRST_WORDS)
            or (len(words) > 2 and _BROADCASTER_TAIL_RE.search(name) is not None))


def _medium_named(name: str, known: set[str]) -> bool:
    """``_outlet_named``, but an "... Agency" only as a press or news agency ("Corvan Press Agency", not
    "Environmental Protection Agency")."""
    if name in known:
        return True
    if name.endswith(" Agency"):
        return name.endswith((" Press Agency", " News Agency"))
    return _outlet_named(name, known)


def _sentences(article: Article, doc: Doc | None) -> list[tuple[int, int]]:
    if doc is not None:
        out = []
        for sent in doc.sents:
            s, e = sent.start_char, sent.end_char
            while s < e and article.text[s].isspace():
                s += 1
            while e > s and article.text[e - 1].isspace():
                e -= 1
            if e > s:
                out.append((s, e))
        return out
    # no parse given: paragraphs, then naive full stops
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n.!?]+(?:[.!?]+[\"”’]?|$)", article.text)]


_QUOTE_BEFORE = re.compile(r"[“\"]([^“”\"]{8,})[”\"]\s*,?\s*[^“”\"\n]{0,60}$")


# a credit that opens a clause of its own after a comma and a conjunction, or a semicolon, and ends in a comma
# (a comma alone does not: "The soldiers, according to X, lacked ..." is one clause)
_CLAUSE_OPENS = re.compile(r"(?:[,;]\s*(?:and|but|while|whereas|yet)|;)\s*$")
_COMMA_AFTER = re.compile(r"\s*,")
_CLAUSE = 25  # what the credit covers is a clause, not a tail ("..., according to AP, on Monday.")


def _credited(text: str, sent: tuple[int, int], cite: tuple[int, int], kind: str) -> tuple[int, int]:
    """What the citation credits: a quote just before "she told X", the clause before a trailing citation,
    the clause after a leading one, else the sentence."""
    s, e = sent
    cs, ce = cite
    if kind in ("broadcast", "published", "asked"):
        # what the pictures showed is told around them, before and after; a text an outlet published was told
        # before ("The official Corvan Press Agency also published the statement."): the sentence stands for it; and
        # so it does for the reporter who put the questions ("... Politico reporter Ana Ruiz stopped him"), whose
        # answers follow
        return _trim(text, s, e)
    if kind == "reports_in":
        # "... was under pressure following reports in The Ledger that he told an official to quit": the sentence
        # (its clause after "that" alone would cut the statement in two, leaving "... reports in The Ledger that")
        return _trim(text, s, e)
    if kind in ("told", "interview", "statement"):
        # the quote may run over several sentences of its paragraph: look back to its opening mark
        para = text.rfind("\n", 0, cs) + 1
        q = _QUOTE_BEFORE.search(text, para, cs)
        if q:
            return _trim(text, q.start(1), q.end(1))
    before = text[s:cs].strip(" ,—–-")
    after = text[ce:e].strip(" ,.—–-")
    if not before and after == ":" and "\n" in text[e : e + 3]:
        # "According to the Velm Courier:" alone on its line: what it credits is the passage below it
        return _next_paragraph(text, e) or _trim(text, s, e)
    if kind == "according_to" and len(after) >= _CLAUSE and _CLAUSE_OPENS.search(text, s, cs) and _COMMA_AFTER.match(
        text, ce
    ):
        # "Mudslides blocked the roads, and according to the AP, the troops lacked the tools": the credit opens
        # the second clause and covers it alone
        return _trim(text, ce, e)
    if len(before) < 3 and after:
        # "X reported on May 3, citing officials, that ...": the content starts after "that"
        that = re.search(r"(?:^|[\s,])that[\s,]", text[ce : min(e, ce + 160)]) if kind == "reported" else None
        if that and not _aside_before_that(text[ce : ce + that.start()]):
            that = None  # "Kyodo said the plane ... hit by a quake that struck": a relative "that" in the clause
        start = ce + that.end() if that else ce
        return _trim(text, start, e)
    if len(after) < 25 and before:
        return _trim(text, s, cs)
    return _trim(text, s, e)


def _reporter_at(raw: str, entities: Iterable[Entity]) -> int | None:
    """Where the possessive before a journalist's name starts in a matched name ("the Velm Courier's Ana Ruiz": the
    person the report names after the outlet's possessive asked the questions); None where no person follows it
    ("Harbour Radio 4's Morning Desk" names a programme)."""
    m = re.search(r"['’]s\s+(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,2})$", raw)
    if m is None:
        return None
    who = m.group("who")
    return m.start() if any(e.type == "PERSON" and e.name == who for e in entities) else None


def _next_paragraph(text: str, at: int) -> tuple[int, int] | None:
    """The paragraph after the line that ends at ``at`` (None at the end of the text)."""
    below = [(ps, pe) for ps, pe in paragraphs(text) if ps >= at]
    return below[0] if below else None


def _on_a_programme(text: str, name_start: int, match_end: int) -> bool:
    """Whether the outlet a "told" or an interview names is named with its programme ("told Harbour Radio 4's
    Morning Desk that ...", ``_PROGRAMME_AFTER``): the speaker's words went out on air."""
    possessive = re.search(r"['’]s\b", text[name_start : match_end])
    if possessive is not None:
        return _PROGRAMME_AFTER.match(text, name_start + possessive.start()) is not None
    return _PROGRAMME_AFTER.match(text, match_end) is not None


def _aside_before_that(gap: str) -> bool:
    """What stands between a citation and its "that" is an aside or a time ("on May 3, citing officials,"),
    not the start of the credited clause itself."""
    gap = gap.strip()
    return not gap or gap.startswith(",") or gap.endswith(",") or len(gap.split()) <= 4


def _without_trailing(text: str, start: int, end: int) -> int:
    """The end of a citation without the day or month a capitalised run took along ("told X Monday")."""
    words = text[start:end].split()
    while len(words) > 2 and words[-1].rstrip(".") in _TRAILING:
        end = text.rindex(words.pop(), start, end)
        while end > start and text[end - 1].isspace():
            end -= 1
    return end


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " ,;:—–-\n\t":
        s += 1
    while e > s and text[e - 1] in " ,;:—–-\n\t":
        e -= 1
    return s, e


def _not_agency(name: str) -> bool:
    return not outlets.is_agency(name) and not re.search(r"\b(?:Agency|Press|Wire)\b", name)


def _resolve_description(
    mentions: Sequence[tuple[int, str]], at: int, *, desc: str = "", text: str = "", own: str | None = None
) -> str | None:
    """The outlet a description ("the wire agency") stands for: the last one named before it (``mentions``:
    ``(offset, outlet)`` in text order).

    None for a bare "the agency" when an agency that is no outlet is named after that outlet ("..., the Harbour
    news agency reported. ... the fire agency said ... the agency said": the fire agency said it), and when that
    outlet is a newspaper or broadcaster the outlet table knows, or the report's own (``own``) that is no agency (a
    newspaper's name in a byline, "Harbour Times", and then "..., the agency said" of the health agency the
    report quotes)."""
    earlier = [(pos, name) for pos, name in mentions if pos < at]
    if not earlier:
        return None
    pos, name = earlier[-1]
    if _LEADING_THE.sub("", desc).lower() == "agency" and (
        _OTHER_AGENCY.search(text, pos, at)
        or _AGENCY_ACTS.search(text, 0, at)
        or (_not_agency(name) and (outlets.canonical(name) is not None or name == own))
    ):
        # (a newspaper or a broadcaster is no agency: "the agency said" after a byline's "Harbour Times" is a body
        # of the story speaking)
        return None
    return name


# "the agency" doing or undergoing something in the story before it is credited ("the AP said the agency took
# the action", "closed by the agency"): a body the story is about, so a later "the agency said" is that body's
# words, not the news agency's
_AGENCY_ACTS = re.compile(
    r"\bby\s+the\s+agency\b|\b[Tt]he\s+agency\s+(?!(?:also\s+|later\s+|earlier\s+)?"
    r"(?:said|says|reported|reports|added|adds|stated|wrote|quoted|cited|noted|announced|carried|published)\b)"
    r"(?:has|had|have|is|was|were|will|would|could|did|does|took|takes|made|makes|closed|seized|moved|[a-z]+ed)\b"
)


# an agency that is no news agency: "the fire agency", "the country's disaster agency", "the UN refugee agency"
# (not "the news agency", "Kyodo News Agency", "the wire agency", "the state agency")
_OTHER_AGENCY = re.compile(
    r"\b(?!(?i:news|wire|press|photo|state|official|semi-official|national|the|a|an|this|that|its|his|her)\s)"
    r"[A-Za-z][\w'’-]*\s+[Aa]gency\b"
)


def _outlet_mentions(text: str, table: dict[str, str]) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for form, canon in table.items():
        if form not in text:
            continue  # most of the table is not in a given report: a plain substring test rules it out fast
        if len(form) < 2 or (_ambiguous(form) and form != canon):
            continue  # "Time", "the Post" as plain words would stand in for "the agency" wrongly
        for m in re.finditer(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", text):
            found.append((m.start(), canon))
    return sorted(found)


def _glued_end(name: str, short: str) -> bool:
    """Whether ``name`` ends in ``short`` glued on as a capitalised word ("StarTribune" and "Tribune")."""
    cut = len(name) - len(short)
    return cut > 0 and name.endswith(short) and short[:1].isupper() and name[cut - 1].islower()


def _canonical_forms(found: list[Citation], text: str) -> list[Citation]:
    """Map a short name to a longer one the same article uses ("Nikkei" -> "Nikkei Asia", "the Tribune" ->
    "StarTribune")."""
    names = {c.cites for c in found}
    out = []
    for c in found:
        short = _LEADING_THE.sub("", c.cites)
        longer = [n for n in names if n != c.cites and (n.startswith(short + " ") or n.endswith(" " + short)
                                                        or _glued_end(n, short))]
        if len(longer) == 1:
            c = Citation(span=c.span, text=c.text, cites=longer[0], kind=c.kind, credited=c.credited)
        out.append(c)
    return out


def extract_citations(
    article: Article, doc: Doc | None, entities: tuple[Entity, ...] = ()
) -> tuple[Citation, ...]:
    """Every place ``article`` credits an outlet or agency, in text order (see the module docstring)."""
    text = article.text
    own = article.outlet.value
    table = _alias_table(text, own)
    mentions = _outlet_mentions(text, table)
    known = set(table.values())
    found: list[Citation] = []
    seen: set[tuple[int, int]] = set()
    for s, e in _sentences(article, doc):
        sentence = text[s:e]
        for cue in _PATTERNS:
            kind = cue.kind
            for m in cue.finditer(sentence):
                cs, ce = s + m.start(), s + m.end()
                if any(a < ce and cs < b for a, b in seen):
                    continue
                raw = m.groupdict().get("name")
                desc = m.groupdict().get("desc")
                cites: str | None = None
                if m.groupdict().get("unnamed"):
                    cites = UNNAMED_AGENCIES
                elif (raw and kind in ("told", "interview") and not _HOST_BEFORE.search(sentence, 0, m.start("name"))
                      and (reporter := _reporter_at(raw, entities)) is None
                      and _on_a_programme(text, s + m.start("name"), s + m.end())):
                    continue
                elif raw:
                    if kind in ("told", "interview") and (reporter := _reporter_at(raw, entities)) is not None:
                        raw = raw[:reporter]  # "told the Velm Courier's Ana Ruiz": the paper her interview was for
                    if (m.groupdict().get("kind") or "").strip() == "TV":
                        # "Local online media TV Velm Norte reported": a bare "TV" before a name opens the name, as
                        # in "TV Globo" ("state TV", "the TV station" describe the outlet named after them)
                        raw = sentence[m.start("kind") : m.end("name")]
                    apposed = _APPOSED.match(sentence, m.end("name")) is not None
                    hit = _canonical(raw, table)
                    if hit is None and kind == "reported" and not _REPORTS_A_THING.match(sentence, m.end()):
                        hit = _reporting_org(raw, entities) or _titled_outlet(raw, opens=text[s:cs].strip() == "")
                    if hit is None and (m.groupdict().get("kind") or m.groupdict().get("kind_after") or apposed):
                        # a name the words around it call an outlet ("al-Masar television station", "This
                        # story originally appeared in WORLD", "told TVM, the national broadcaster")
                        hit = _described(raw)
                    if hit is None and m.groupdict().get("kind_first") and _ACRONYM.fullmatch(raw):
                        hit = raw, 0  # "the newspaper, VLM, said" (a name in words there may be a reporter's)
                    if hit is None and m.groupdict().get("medium"):
                        hit = m.group("medium"), 0  # "according to Coastal news": the medium as printed
                    if hit is None or (cue.outlet_only and not apposed and not _medium_named(hit[0], known)):
                        continue
                    if (kind == "said" and m.start("name") == m.start() and not m.groupdict().get("kind_after")
                            and not _outlet_named(hit[0], known)):
                        continue
                    if kind == "published" and m.start("name") == m.start() and not _medium_named(hit[0], known):
                        continue
                    cites, offset = hit
                    if m.start("name") == m.start():
                        cs += offset
                elif desc:
                    # an outlet named only where it is credited ("according to state news agency Corvan") is named
                    # before the description too
                    named = sorted([*mentions, *((c.span.start, c.cites) for c in found if c.kind != "picture")])
                    cites = _resolve_description(named, cs, desc=desc, text=text, own=own)
                if not cites:
                    continue
                while ce > cs and text[ce - 1] in ".,;:":
                    ce -= 1
                if raw and m.end() == m.end("name"):
                    ce = _without_trailing(text, cs, ce)
                if kind == "syndication":
                    # the whole report is the other outlet's
                    credited = _trim(text, 0, s)
                else:
                    credited = _credited(text, (s, e), (cs, ce), "reported" if kind == "said" else kind)
                seen.add((cs, ce))
                found.append(
                    Citation(
                        span=Span(article=article.id, start=cs, end=ce),
                        text=text[cs:ce],
                        cites=cites,
                        kind=_KIND_AS.get(kind, kind),
                        credited=Span(article=article.id, start=credited[0], end=credited[1]),
                    )
                )
                also = _also_named(text, (s + m.end("name"), e), table, known) if _lists_names(cue, m) else None
                if also is None and raw and cue.gate is not None and kind in ("reported", "said"):
                    also = _named_before(text, (s, cs), table, known)
                if also is not None and not any(a < also[1] and also[0] < b for a, b in seen):
                    seen.add(also[:2])
                    found.append(_citation(article, also[:2], also[2], _KIND_AS.get(kind, kind), credited))
    for m in _DATELINE.finditer(text):
        hit = _canonical(dateline.wire_part(m.group("name"))[1], table)
        if hit:
            body = _trim(text, m.end(), len(text))
            found.append(_citation(article, (m.start("name") - 1, m.end()), hit[0], _signed_kind(hit[0], own), body))
    lede = dateline.in_lede(text, paragraphs(text))
    if lede is not None and (not lede.bracketed or not lede.dash) and lede.agency is not None:
        # "New York, IRNA –": the agency after the place, in the lede only (a bracketed one is matched above,
        # unless no dash closes it: "(Reuters) At least two people died ...")
        body = _trim(text, lede.end, len(text))
        kind = _signed_kind(lede.agency, own)
        cited = (lede.agency_start - 1, lede.agency_end + 1) if lede.bracketed else (lede.agency_start, lede.end)
        found.append(_citation(article, cited, lede.agency, kind, body))
    signed = dateline.sign_off(text, paragraphs(text)) or dateline.closing_tag(text, paragraphs(text))
    if signed is not None and signed.agency is not None:
        # "EFE" alone on the last line, or "(ILKHA)" after the last sentence: the agency signs the text above it
        body = _trim(text, 0, signed.start)
        kind = _signed_kind(signed.agency, own)
        found.append(_citation(article, (signed.agency_start, signed.agency_end), signed.agency, kind, body))
    closing = furniture.closing_outlet(text, paragraphs(text)) if signed is None else None
    if closing is not None and (name := outlets.canonical(text[closing[0] : closing[1]])) is not None:
        # "... the chair said. - Guardian": a known outlet after a dash closing the text signs all of it, as a
        # sign-off line does (``furniture.closing_outlet``)
        dash = closing[0]
        while dash > 0 and text[dash - 1] in " \t—–-":
            dash -= 1
        found.append(_citation(article, closing, name, _signed_kind(name, own), _trim(text, 0, dash)))
    found.extend(c for c in _shows(article, doc, table) if not any(c.span.overlaps(f.span) for f in found))
    found.extend(_embedded_posts(article, table))
    found.extend(c for c in _passages(article, table) if not any(c.span.overlaps(f.span) for f in found))
    found.extend(c for c in _picture_credits(article) if not any(c.span.overlaps(f.span) for f in found))
    found = _canonical_forms(found, text)
    return tuple(sorted(found, key=lambda c: (c.span.start, c.span.end)))


# the second outlet of a pair a report credits together: "according to reports by Reuters and the Associated Press"
_AND_NAME = re.compile(r",?\s+and\s+" + _RUN)
# the cues after which a pair of outlets is credited alike (the name follows the cue's words)
_PAIRED_KINDS = frozenset(("according_to", "citing", "reported"))


def _lists_names(cue: _Cue, m: re.Match[str]) -> bool:
    return cue.kind in _PAIRED_KINDS and m.groupdict().get("name") is not None and m.start("name") > m.start()


def _also_named(
    text: str, where: tuple[int, int], table: dict[str, str], known: set[str]
) -> tuple[int, int, str] | None:
    """The outlet joined by "and" to a credited one ("reports by Reuters and the Associated Press": AP), as its
    span and canonical name; None where what follows is no outlet ("according to Reuters and local officials")."""
    at, end = where
    m = _AND_NAME.match(text, at, end)
    if m is None:
        return None
    hit = _canonical(m.group("name"), table)
    if hit is None or not _outlet_named(hit[0], known):
        return None
    start = m.start("name") + hit[1]
    stop = _without_trailing(text, start, m.end("name"))
    while stop > start and text[stop - 1] in ".,;:":
        stop -= 1
    return start, stop, hit[0]


# the first outlet of a pair that reported or said something together: "the TV station Harbour One and the
# newspaper Le Velmois reported", "Harbour One and Velm FM both said"
_NAME_AND = re.compile(r"(?:" + _KIND + r")?" + _RUN + r",?\s+and\s+$")


def _named_before(
    text: str, where: tuple[int, int], table: dict[str, str], known: set[str]
) -> tuple[int, int, str] | None:
    """The outlet joined by "and" before a credited one that opens its clause ("the TV station Harbour One and the
    newspaper Le Velmois reported": Harbour One), as its span and canonical name; None where it is no outlet, by
    the table, its last word or the kind of outlet the report calls it ("Ruiz and the Velm Post reported")."""
    start, at = where
    m = _NAME_AND.search(text, start, at)
    if m is None:
        return None
    described = m.group("kind") is not None
    hit = _canonical(m.group("name"), table) or (_described(m.group("name")) if described else None)
    if hit is None or not (described or _outlet_named(hit[0], known)):
        return None
    begin = m.start("name") + hit[1]
    stop = _without_trailing(text, begin, m.end("name"))
    return begin, stop, hit[0]


# a programme named in quotation marks, then the person who put the questions: "told 'CBS Mornings' anchor Tony
# Dokoupil", "in an interview with NBC's \u201cMeet the Press\u201d host ...": the show stands for its newsroom
_SHOW = re.compile(
    r"\b(?P<cue>told|[Ss]peaking\s+to|[Ss]poke\s+to|[Ss]peaking\s+with|[Ss]poke\s+with|"
    r"(?:[Ii]n|[Dd]uring)\s+an?\s+(?:exclusive\s+|recent\s+)?interview\s+with)\s+"
    r"(?:the\s+|(?P<network>[A-Z][\w&.-]*)['\u2019]s\s+)?[\"\u201c'\u2018]"
    r"(?P<show>[A-Z0-9][\w&-]*(?:\s+(?:[A-Z0-9][\w&-]*|the|of|and|in|at|on)){0,5})[\"\u201d'\u2019]"
    r"(?=\s+(?:anchor|co-anchor|host|co-host|presenter|correspondent|interviewer|programme|program|show)\b)"
)


def _shows(article: Article, doc: Doc | None, table: dict[str, str]) -> list[Citation]:
    """Credits to a programme named in quotation marks before the one who asked the questions ("Moore told 'CBS
    Mornings' anchor Tony Dokoupil"), kind ``told`` or ``interview``. The outlet is the network the show opens
    with or is said to belong to ("CBS Mornings", "NBC's 'Meet the Press'": CBS News, NBC News), else the show's
    own name; the anchor named after it is a person, never the outlet."""
    text = article.text
    out = []
    for s, e in _sentences(article, doc):
        for m in _SHOW.finditer(text, s, e):
            show = m.group("show")
            network = m.group("network") or show.split()[0]
            cites = table.get(network) or show
            kind = "interview" if "interview" in m.group("cue") else "told"
            opens = m.start("network") if m.group("network") else m.start("show") - 1
            where = (opens, m.end())
            out.append(_citation(article, where, cites, kind, _credited(text, (s, e), where, kind)))
    return out


def _signed_kind(agency: str, own: str | None) -> str:
    """The kind of a dateline's or a sign-off's credit to ``agency``: ``self`` where the agency is the report's
    own outlet, else ``reported``.

    "PORTVILLE (AP) —" in AP's own copy is the agency signing what it wrote, as a byline is, not a credit of
    another newsroom's work: it tells who the report is by (``meta`` names the outlet from it). The same
    dateline in a paper that carries AP's copy credits AP for the whole text.
    """
    if own and _LEADING_THE.sub("", own).lower() == _LEADING_THE.sub("", agency).lower():
        return "self"
    return "reported"


def _embedded_posts(article: Article, table: dict[str, str]) -> list[Citation]:
    """An embedded post credits its author: the signature names who posted the text above it (the paragraph
    before the signature is what is credited)."""
    text = article.text
    out = []
    for m in _EMBED.finditer(text):
        name = m.group("name").strip()
        if not name:
            continue
        known = _canonical(name, table)
        name = known[0] if known else name
        body_end = text.rfind("\n", 0, m.start())
        body_start = text.rfind("\n", 0, max(0, body_end)) + 1 if body_end > 0 else m.start()
        credited = _trim(text, body_start, max(body_start, body_end)) if body_end > 0 else (m.start(), m.end())
        out.append(_citation(article, (m.start(), m.end()), name, "posted", credited))
    return out


# a line that introduces a passage taken from an outlet: "From The Hollywood Reporter:" alone on its line, or
# before the quotation it opens ("From the Harbour Post: “The dam ...")
_FROM = re.compile(r"(?m)^[ \t]*From\s+" + _RUN + r":[ \t]*(?=$|[\"“‘])")


def _passages(article: Article, table: dict[str, str]) -> list[Citation]:
    """An outlet named on a line of its own that introduces a passage ("From The Hollywood Reporter:"), kind
    ``reported``: what it credits is the quotation after the colon on the same line, else the next paragraph. The
    name must be an outlet's (known, or ending in an outlet's word): "From Ruiz:" introduces a person's words,
    which are the quote extractor's business."""
    text = article.text
    out = []
    paras = paragraphs(text)
    for m in _FROM.finditer(text):
        hit = _canonical(m.group("name"), table)
        if hit is None or not _outlet_named(hit[0], set(table.values())):
            continue
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        if text[m.end() : line_end].strip():
            credited = _trim(text, m.end(), line_end)
        else:
            below = [(s, e) for s, e in paras if s >= line_end]
            if not below:
                continue
            credited = below[0]
        start = m.start("name") + hit[1]
        out.append(_citation(article, (start, m.end("name")), hit[0], "reported", credited))
    return out


# the parts of a credit line that may name an agency: "Al Oula TV/Handout via REUTERS", "— AFP", "Photo: AP"
_CREDIT_PARTS = re.compile(r"[^/|()—–:,]+")
_CREDIT_FILLER = re.compile(r"^(?:(?:Photo|Photograph|Image|Picture|Credit|Source)s?(?:\s+by)?\s+|.*\s(?:via|for)\s+)",
                            re.IGNORECASE)


def _picture_credits(article: Article) -> list[Citation]:
    """A caption's or a picture's credit line naming a known outlet ("... Al Oula TV/Handout via REUTERS", "...
    after the quake. — AFP", "Photo: AP"), kind ``picture``: the outlet took the picture or sent the copy; the
    caption above the credit (or the credit line alone) is what is credited. The last named outlet wins
    ("MARCOU/AFP/Getty Images" credits AFP), the agency in the slash convention."""
    text = article.text
    out = []
    for start, end in paragraphs(text):
        closing = furniture.credit(text[start:end])
        if closing is None:
            continue
        c_start, c_end = start + closing.start(1), start + closing.end(1)
        named = None
        for part in _CREDIT_PARTS.finditer(text, c_start, c_end):
            name = _CREDIT_FILLER.sub("", part.group(0).strip())
            known = outlets.canonical(name.strip(" .")) if name else None
            if known is not None and name.lower().strip(" .") not in outlets.AMBIGUOUS_LOWER:
                at = text.index(name, part.start(), part.end())
                named = (at, at + len(name.rstrip(" .")), known)
        if named is None:
            continue
        credited = _trim(text, start, c_start) if c_start > start else (c_start, c_end)
        out.append(_citation(article, (named[0], named[1]), named[2], "picture", credited))
    return out


def _citation(article: Article, where: tuple[int, int], cites: str, kind: str, credited: tuple[int, int]) -> Citation:
    cs, ce = where
    return Citation(
        span=Span(article=article.id, start=cs, end=ce),
        text=article.text[cs:ce],
        cites=cites,
        kind=kind,
        credited=Span(article=article.id, start=credited[0], end=credited[1]),
    )


# what a body no list knows as an outlet reports when it reports a thing of its own, the verb's object right after
# it ("Dovecote Telecom reported a data breach", "Dovecote reports record losses"): a company telling of its own
# trouble, not a medium telling what it found; a medium's report goes on with a clause ("reported that",
# "reported on Monday", "reported, citing") or with what it reported ("the Beacon reported the mayor resigned")
_REPORTS_A_THING = re.compile(
    r"\s+(?!(?:that|on|in|at|late|earlier|early|last|this|yesterday|today|tonight|overnight|citing|quoting|first|"
    r"previously|exclusively|also|the|how|why|what|when|where|whether|who|said|says)\b)[a-z]"
)


# bodies that report data, not news: a government agency, a ministry, a police force, a scientific or aid body
# ("..., the US Geological Survey reported", "the Red Cross reported"): a source of figures, never an outlet
_NOT_MEDIA = re.compile(
    r"\b(?:Survey|Ministry|Department|Police|Red\s+(?:Cross|Crescent)|United\s+Nations|Institute|Observatory|"
    r"Service|Services|Administration|Commission|Authority|Council|Bureau|Office|Centre|Center|Army|Forces|Guard|"
    r"Government|Court|University|Committee|Organi[sz]ation|Federation|Embassy|Parliament|Ministers?|"
    # a company reporting its own trouble: "the London Stock Exchange reported problems", "the bank reported"
    r"Exchange|Bank|Airlines|Airways|Hospital|"
    r"UN|USGS|NOAA|NASA|WHO|EMSC|NTSB|FEMA|FBI|CDC|IAEA|UNICEF|UNHCR|OCHA|IFRC|ICRC)\b"
)


# a title of a few capitalised words after a capital "The": "The Information", "The Velm Courant"
_TITLED = re.compile(r"The(?:\s+[A-Z][\w&'’-]*){1,3}")


def _titled_outlet(raw: str, *, opens: bool) -> tuple[str, int] | None:
    """A name written with a capital "The" inside a sentence, as the subject of "reported": a publication's title,
    whatever its words ("..., but The Information today reported that ..."), never a body that reports data
    (``_NOT_MEDIA``) or a known place ("The Hague reported"). At a sentence's opening any "The" is capitalised,
    so there the name says nothing."""
    name = raw.strip(" ,.;:")
    if opens or not _TITLED.fullmatch(name) or _NOT_MEDIA.search(name) or place(_LEADING_THE.sub("", name)):
        return None
    return name, raw.find(name)


def _reporting_org(raw: str, entities: Iterable[Entity]) -> tuple[str, int] | None:
    """A name the report treats as an outlet ("the Harbor Gazette reported") though no list knows it. A name the
    small model typed otherwise counts after a capitalised "The" ("The Beacon reported in May", a paper's
    own article), unless it is a known place ("The Netherlands reported")."""
    titled = raw.lstrip().startswith("The ")
    if _NOT_MEDIA.search(raw):
        return None
    for ent in entities:
        if ent.type != "ORG" and not (titled and ent.type in ("GPE", "LOC", "NORP", "FAC") and not place(ent.name)):
            continue
        for form in (ent.name, _LEADING_THE.sub("", ent.name)):
            at = raw.find(form)
            if at >= 0 and raw[at:].strip() == form:
                return ent.name, at
    return None
