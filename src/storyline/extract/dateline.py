"""The dateline that opens a report: where (and when) it was filed, and for which agency.

Shapes, at the start of a paragraph and closed by a dash (—, –, --, or a hyphen between spaces):
- an agency in brackets: "TOKYO (Reuters) -", "KYIV, Ukraine (AP) —", "Aug. 23 (UPI) --", "(CNN) —"; two
  names joined by a slash ("(WJW / AP) –": a station's story on the wire's copy) give the wire agency; a
  known place in brackets ("(NEW YORK) —", ABC News style) is the place alone, with no agency;
- a place, with its state or country and a date, AP and newspaper style: "MENDON, Mo. —",
  "WASHINGTON, April 8 —", "Washington DC - "; the date may have its weekday and year ("WASHINGTON, May 3,
  2023 -", "LONDON, Wed 3 May 2023 —"), stand in brackets ("WASHINGTON (May 3, 2023) —") or alone ("May 3,
  2023 —");
- a place, then the agency after a comma: "New York, IRNA –" (``agency`` is then set when the last part
  is an outlet in ``storyline.ingest.outlets``), or with no comma when the last words are such an outlet and
  no ordinary word ("New York CNN –"); with an outlet, this shape may stand alone on its line above the lede;
- a known place in capitals with a hyphen glued to it, as a page's copy leaves a dash: "MOROCCO- Late ...", or
  "NEW YORK-Velmar Oil ..." with the lede's first word, a name in mixed case, glued to the hyphen too;
- a place and a date closed by a colon, Indian wire and newspaper style: "Bengaluru, October 21:",
  "New Delhi, Oct 21 (PTI):" (the date is required: a place and a colon alone may be a heading's);
- a well-known place in capitals closed by a colon, South Asian newspaper style: "WASHINGTON:", "NEW DELHI:",
  or in title case with a space before the colon: "Paris :", or glued to it when a full sentence follows
  ("Beirut: Dozens of pilgrims have died ..."),
  or a place in capitals and its country: "MOULAY BRAHIM, MOROCCO:" (in the lede only, and only a place or
  country ``storyline.extract.gazetteer`` knows: an interview's "BENENSON:" has the same shape);
- a place and a date closed by a full stop, then the agency between slashes, TASS style: "PARIS, August 25.
  /TASS/." (the agency a name of ``storyline.ingest.outlets`` or a short name in capitals). Taken at the start of
  any paragraph: slashes around a name open no sentence;
- a site's slug, its name run together with a section's and closed by a colon, as a page copied without its
  markup leaves it: "Iran PressEurope:", "Daily HeraldWorld:". The name must be an outlet of
  ``storyline.ingest.outlets`` or end in an outlet's word ("Press", "News", "TV"), and the section word
  must be one of a short list; ``agency`` is then the name and ``slug`` is set. Taken at the start of any
  paragraph: a name glued to a section word is no sentence's start.

A bracketed agency is a dateline wherever a paragraph starts with it. In the lede, a known wire agency of
``storyline.ingest.outlets`` in brackets is one without its dash too, when a sentence follows it ("(Reuters) At
least two people died ...", "TOKYO (Kyodo) The ..."; ``dash`` is then False): a bracketed name mid-sentence
opens no paragraph, and an unknown one may be a sentence's aside. The other shapes are only
plausible in a report's lede: the caller says which paragraph that is (``in_lede``). Even there the words
before the dash must look like a place (at most eight words, capitalised or a date, not a sentence
opener such as "The" or "But") and the words after it like the start of a sentence (a capital, a digit or a quotation
mark): "Washington - not Moscow - decides" is no dateline.

``sign_off`` finds the other end of a wire's copy: the agency's name alone on the last line ("EFE");
``closing_tag`` the agency's name in brackets after the last sentence ("... of this event. (ILKHA)").

Does not name the report's outlet (``storyline.ingest.meta`` does, from the agency) and does not decide
what is furniture (``storyline.extract.furniture`` does, with this module's spans).

Kept in ``extract`` although ``meta`` reads it too: the pipeline version that keys cached analyses is a
hash of the extract and nlp modules, so a change here must change it.

Method: the wire and newspaper styles (AP Stylebook datelines; Reuters, AFP, Xinhua, IRNA house styles)
written as one regular expression per shape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from storyline.calendar_words import month_word, weekday_word
from storyline.extract import gazetteer
from storyline.ingest import outlets

_MONTH = month_word()
_WEEKDAY = weekday_word()
# a date, with its weekday and its year if written: "April 8", "21 October", "Wed May 3, 2023", "3 May 2023"
_DATE = rf"(?:{_WEEKDAY},? )?(?:(?:{_MONTH}) \d{{1,2}}|\d{{1,2}} (?:{_MONTH}))(?:,? \d{{4}}(?!\d))?"
# a place word: "MENDON", "Mo.", "D.C.", "Port-au-Prince", "St."; places join with "/" ("GAZA/CAIRO")
_WORD = r"[A-Z][\w'’.&-]*"
_LINK = r"(?:de|del|la|le|es|al|el|of|upon|au|da|do|dos|sur|am|an)"
_PLACE = rf"{_WORD}(?:(?: {_LINK})? {_WORD}|/{_WORD}){{0,4}}"
_PART = rf"(?:{_DATE}|{_PLACE})"
_WHERE = rf"(?P<where>{_PART}(?:, {_PART}){{0,3}})"
_BRACKETED = re.compile(rf"(?:{_WHERE},?(?:\s|--))?\((?P<agency>[A-Z][\w.&'’ /-]{{0,30}})\)\.?[ \t]*(?:--|[—–-])")
# (a release wire glues its name to the place by dashes: "ORRVILLE, Ohio--(BUSINESS WIRE)--The ...")
# (a copy may keep a comma before the bracket: "HALVERN, Ore., (AP) - The ...")
# a hyphen is a dash only between spaces ("Washington DC - The"); an en or em dash, or "--", may touch
# a wire agency in brackets with no dash, the lede's sentence right after it ("(Reuters) At least two ...")
_BRACKETED_BARE = re.compile(
    rf"(?:{_WHERE}\s)?\((?P<agency>[A-Z][\w.&'’ /-]{{0,30}})\)[ \t]+(?=[\"“‘']?[A-Z0-9])"
)
_SIGN_OFF = re.compile(r"(?:[—–-][ \t]*)?\(?(?P<agency>[A-Za-z][\w.&'’ -]{0,40}?)\)?\.?")
# the date may stand in brackets after the place: "WASHINGTON (May 3, 2023) —"
# (or the paragraph's end: "New York CNN –" alone on its line, the lede below it; ``find`` takes that only with an
# outlet in it)
_PLAIN = re.compile(
    rf"{_WHERE}(?:[ \t]\({_DATE}\))?(?:[ \t]?(?:--|[—–])|[ \t]-(?=[ \t]))(?=[ \t]*(?:[\"“‘'(]?[A-Z0-9]|$))"
)
# a place and a date, a full stop, and the agency between slashes, TASS style: "PARIS, August 25. /TASS/. The ...";
# a release wire's the same way with a dash after it ("ORRVILLE, Ohio, May 20, 2022 /PRNewswire/ -- The ...")
_SLASHED = re.compile(
    rf"{_WHERE}\.?[ \t]+/(?P<agency>[A-Z][\w.&'’ -]{{0,30}}?)/\.?(?:[ \t]*(?:--|[—–]|-(?=[ \t])))?"
    r"(?=[ \t]+[\"“‘'(]?[A-Z0-9])"
)
# a place in capitals with a hyphen glued to it, a page's copy of a dateline's dash ("MOROCCO- Late Friday, ...")
_CAPS_HYPHEN = re.compile(r"(?P<where>[A-Z]{3,}(?: [A-Z]{2,}){0,2})-(?=[ \t]+[\"“‘'(]?[A-Z0-9])")
# the same with the lede's first word glued to the hyphen too, as a page's copy leaves "NEW YORK-Velmar Oil agreed
# ...": the word after it is a name in mixed case (a capital, then a small letter), never a second place in capitals
# ("NORLAND-VELMIA talks") nor a compound ("US-led")
_CAPS_GLUED = re.compile(r"(?P<where>[A-Z]{3,}(?: [A-Z]{2,}){0,2})-(?=[A-Z][a-z])")
# Indian wire and newspaper style: a place, a date and a colon ("Bengaluru, October 21:", "New Delhi, Oct 21
# (PTI):"); the date is what sets it apart from a heading's or a speaker's colon ("Gerrard: ...")
# (the country may follow the place in square brackets: "Tripoli [Libya], September 15:")
_COLON = re.compile(
    rf"(?P<where>{_PLACE}(?: \[{_PLACE}\])?(?:, {_PLACE}){{0,2}}, {_DATE})"
    rf"(?:[ \t]\((?P<agency>[A-Z][\w.&'’ /-]{{0,30}})\))?:(?=[ \t]+[\"“‘'(]?[A-Z0-9])"
)

# a place in capitals and a colon opening the lede ("WASHINGTON: The US Food and Drug Administration ...")
# (with its country after a comma, in capitals or not: "MOULAY BRAHIM, Morocco:", "KHARTOUM, SUDAN:")
# (two places may share it, joined by a slash: "NEW DELHI/DEHRADUN:")
_CAPS_COLON = re.compile(
    r"(?P<where>[A-Z]{3,}(?: [A-Z]{2,}){0,2}(?:/[A-Z]{3,}(?: [A-Z]{2,}){0,2})?)"
    r"(?:, (?P<country>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2}))?:"
    r"(?=[ \t]+[\"“‘'(]?[A-Z0-9])"
)
# a site in title case with its district in brackets and a colon, Indian newspaper style ("Silkyara
# Tunnel(Uttarkashi): After a 17-day ordeal, ..."): the bracket glued to the name sets it apart from an agency's
_PLACE_BRACKET_COLON = re.compile(
    r"(?P<where>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\((?P<district>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\):"
    r"(?=[ \t]+[\"“‘'(]?[A-Z0-9])"
)
# a place, then in brackets the agency, the site that runs its copy and the date, dashes between, closed by the
# bracket alone, Pakistani news-site style ("Karsk (Norland) , (APP - DailyPoint / Norland Point News - 29th Dec,
# 2024) A ferry ..."): the agency comes first, in capitals, and the date with its year last
_AGENCY_SITE_DATE = re.compile(
    rf"(?P<where>{_PLACE}(?: \({_PLACE}\))?)[ \t]*,[ \t]*"
    r"\((?P<agency>[A-Z][A-Z&.]{1,9})[ \t]+-[ \t]+[^()\n]{1,60}?[ \t]+-[ \t]+"
    r"(?P<date>[0-3]?\d(?:st|nd|rd|th)?[ \t]+(?:" + _MONTH + r")\.?,?[ \t]+(?:19|20)\d\d)\)"
    r"(?=[ \t]+[\"“‘'(]?[A-Z0-9])"
)
# a known place in title case with a space before its colon, Indian newspaper style ("Paris : Defending champion
# ..."): the spaced colon sets it apart from a heading's "Paris: a city ..."
_SPACED_COLON = re.compile(r"(?P<where>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}) :(?=[ \t]+[\"“‘'(]?[A-Z0-9])")
# a known place in title case glued to its colon, as a page's copy of a wire story prints it ("Beirut: Dozens of
# pilgrims have died ..."); taken only when the paragraph reads as a wire's lede, a long sentence (20 words or
# more, ended by a full stop), not a heading's "Paris: a city of ..." nor a short line such as a caption's or a
# kicker's "Paris: Defending champion Calder kicked its way to a fourth title on Saturday."
_TITLE_COLON = re.compile(r"(?P<where>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}):(?=[ \t]+[\"“‘'(]?[A-Z0-9])")
_TITLE_COLON_WORDS = 20
# a site's name glued to a section word and a colon ("Iran PressEurope: France's interior ministry said ...")
_SECTIONS = (
    r"Europe|World|Asia|Africa|Americas|America|Middle East|Mideast|Politics|Business|Economy|Sports?|Health"
    r"|Science|Tech|Technology|Culture|Entertainment|Opinion|Nation|National|International|Local|Region|US|UK"
)
_SLUG = re.compile(
    rf"(?P<agency>(?:[A-Z][\w&'’.-]* ){{0,3}}[A-Z][A-Za-z&'’.-]*?[a-z])(?:{_SECTIONS}):(?=[ \t]+[\"“‘'(]?[A-Z0-9])"
)
_SLUG_NAME_WORDS = frozenset(
    """Press News TV Times Post Agency Radio Daily Online Today Tribune Herald Journal Telegraph Observer Network
    Wire Gazette Mail Express Standard Chronicle""".split()  # noqa: SIM905 (a word list reads better as prose)
)
# first words that open a sentence, not a place ("The talks - and ..." , "But Moscow - ..."), and a
# headline's kicker ("EXCLUSIVE – Jane Doe: ...", "Exclusive Excerpt–...")
_OPENERS = frozenset(
    """The A An In On At By For From To With After Before During Since Until As If When While Where Whether
    But And Or So Yet Still However Meanwhile Now Today Yesterday Tonight Last Next This That These Those It
    He She They We I You His Her Their Our Its My Your There Here What Who Why How Mr Mrs Ms Dr President
    Prime Sen Rep Gov Editor Breaking BREAKING Update UPDATE Updated UPDATED Exclusive EXCLUSIVE Watch WATCH
    Live LIVE Video VIDEO Photos PHOTOS Opinion OPINION Analysis ANALYSIS Interview INTERVIEW""".split()  # noqa: SIM905
)
_MAX_WORDS = 8
_AGENCIES = frozenset(o.name for o in outlets.OUTLETS if o.agency)
_MAX_CHARS = 60
# a paragraph this short, with no full stop at its end, before the lede is a title, a byline or a
# standfirst: the lede may follow it
_MAX_TITLE_WORDS = 20
_MAX_LEDE_TRIES = 3
# a headline or summary line an update tag opens ("(2nd UPDATE) The coast guard says ..."): a title, however long
UPDATE_TAG = re.compile(r"\((?:\d+(?:st|nd|rd|th)\s+)?(?:UPDATE|UPDATED|Update|Updated)\)\s")


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline's span in the text (up to and including its dash) and its agency's span and name, if any."""

    start: int
    end: int
    agency: str | None = None
    agency_start: int = -1
    agency_end: int = -1
    bracketed: bool = False
    slug: bool = False  # a site's name glued to a section word ("Iran PressEurope:"): the name is the site's
    # the shape itself says a place, whatever a parse tags its words: a site with its district in brackets
    # ("Silkyara Tunnel(Uttarkashi):"), or a place the gazetteer knows glued to its colon ("Beirut:", which a
    # parse may tag as a person)
    district: bool = False
    # closed by a dash, as all shapes are but a wire's bracketed name opening the lede ("(Reuters) At least ..."),
    # which the outlet cues that read datelines by their dash do not see
    dash: bool = True


def find(text: str, start: int, end: int, *, in_lede: bool) -> Dateline | None:
    """The dateline opening the paragraph ``text[start:end]``, or None.

    ``in_lede`` allows the shapes without a bracketed agency ("MENDON, Mo. —"), which only the first
    paragraph of a report's body may open with.
    """
    m = _BRACKETED.match(text, start, end)
    if m is not None and _place_like(m.group("where")):
        if place_in_brackets(m.group("agency")):
            return Dateline(start=start, end=m.end())
        return _bracketed(start, m)
    found = slug(text, start, end) or _slashed(text, start, end)
    if found is not None:
        return found
    if not in_lede:
        return None
    bare = _bracketed_bare(text, start, end)
    if bare is not None:
        return bare
    m = _PLAIN.match(text, start, end)
    if m is None:
        return _colon(text, start, end) or _caps_hyphen(text, start, end) or _agency_site_date(text, start, end)
    if not _place_like(m.group("where")):
        return None
    where = m.group("where")
    agency = _agency_after_place(where)
    after = len(text[m.end() : end].split())
    # a dateline alone on its line ("New York CNN –") is one only with its outlet: a short title line ending in
    # a dash is as likely a kicker's
    if after < 5 and not (after == 0 and agency is not None):
        return None
    if agency is None:
        return Dateline(start=start, end=m.end())
    at = m.start("where") + agency[0]
    return Dateline(start=start, end=m.end(), agency=agency[1], agency_start=at, agency_end=at + agency[2])


def place_in_brackets(name: str) -> bool:
    """Whether a bracketed dateline names a place, not an agency: "(NEW YORK) —", the style of ABC News, tells
    where the report was filed, and names no outlet. Only a place ``storyline.extract.gazetteer`` knows, in
    capitals or not, and no outlet of the table; an unknown name in brackets stays an agency's ("(KTLA) —")."""
    whole = name.strip()
    if outlets.canonical(whole) is not None:
        return False
    return gazetteer.place(whole) or gazetteer.place(whole.title())


def _agency_after_place(where: str) -> tuple[int, str, int] | None:
    """The outlet a dateline names after its place, as (offset in ``where``, canonical name, length): the part
    after the last comma ("New York, IRNA") or, with no comma, the last one to three words when they are an outlet
    of the table that is no ordinary word and a place stands before them ("New York CNN"); None otherwise."""
    if ", " in where:
        last = where.rsplit(", ", 1)[-1]
        known = outlets.canonical(last)
        return (len(where) - len(last), known, len(last)) if known else None
    words = list(re.finditer(r"\S+", where))
    for n in range(min(3, len(words) - 1), 0, -1):
        first = words[-n].start()
        name = where[first:]
        known = outlets.canonical(name)
        if known is not None and name.lower() not in outlets.AMBIGUOUS_LOWER:
            return first, known, len(name)
    return None


def _bracketed_bare(text: str, start: int, end: int) -> Dateline | None:
    """A wire agency's name in brackets opening the lede with no dash ("(Reuters) At least two people ..."), or
    None. Only a wire agency of the outlet table, and a sentence of five words or more after it: "(Photo) Smoke
    rises" or an unknown name in brackets is no dateline."""
    m = _BRACKETED_BARE.match(text, start, end)
    if m is None or not _place_like(m.group("where")) or len(text[m.end() : end].split()) < 5:
        return None
    found = _bracketed(start, m)
    if found.agency not in _AGENCIES:
        return None
    return replace(found, dash=False)


def _agency_site_date(text: str, start: int, end: int) -> Dateline | None:
    """A place and, in brackets, its agency, site and date ("Karsk (Norland) , (APP - DailyPoint / Norland Point
    News - 29th Dec, 2024) A ferry ..."), or None. The agency is the wire that filed the copy; it counts only when
    it is an agency of the outlet table (a site's own section name in capitals is none)."""
    m = _AGENCY_SITE_DATE.match(text, start, end)
    if m is None or not _place_like(m.group("where")) or len(text[m.end() : end].split()) < 5:
        return None
    name = outlets.canonical(m.group("agency"))
    if name not in _AGENCIES:
        return None
    return Dateline(start=start, end=m.end(), agency=name, agency_start=m.start("agency"), agency_end=m.end("agency"))


def _slashed(text: str, start: int, end: int) -> Dateline | None:
    """A place and a date with the agency between slashes ("PARIS, August 25. /TASS/. The ..."), or None. The
    agency is a name of the outlet table or an unknown short name in capitals; five words or more follow."""
    m = _SLASHED.match(text, start, end)
    if m is None or not _place_like(m.group("where")) or len(text[m.end() : end].split()) < 5:
        return None
    raw = m.group("agency").strip()
    # a release wire's edition after a hyphen ("/PRNewswire-FirstCall/") is still that wire
    name = outlets.canonical(raw) or outlets.canonical(raw.split("-", 1)[0])
    if name is None and _TAG_NAME.fullmatch(raw):
        name = raw
    if name is None:
        return None
    at = m.start("agency") + m.group("agency").index(raw)
    return Dateline(start=start, end=m.end(), agency=name, agency_start=at, agency_end=at + len(raw))


def _caps_hyphen(text: str, start: int, end: int) -> Dateline | None:
    """A known place in capitals with a hyphen glued to it ("MOROCCO- Late Friday, ...", or with the lede's first
    word glued to the hyphen too: "NEW YORK-Velmar Oil ..."), or None."""
    m = _CAPS_HYPHEN.match(text, start, end) or _CAPS_GLUED.match(text, start, end)
    if m is None or not gazetteer.place(m.group("where").title()) or len(text[m.end() : end].split()) < 5:
        return None
    return Dateline(start=start, end=m.end())


def slug(text: str, start: int, end: int) -> Dateline | None:
    """A site's slug opening the paragraph ("Iran PressEurope:"), or None; see the module docstring."""
    m = _SLUG.match(text, start, end)
    if m is None or len(text[m.end() : end].split()) < 5:
        return None
    name = m.group("agency")
    known = outlets.canonical(name)
    if known is None and name.split()[-1] not in _SLUG_NAME_WORDS:
        return None
    return Dateline(
        start=start, end=m.end(), agency=known or name, agency_start=m.start("agency"), agency_end=m.end("agency"),
        slug=True,
    )


def _colon(text: str, start: int, end: int) -> Dateline | None:
    """A dateline closed by a colon after its date ("Bengaluru, October 21:") or after a known place in
    capitals ("WASHINGTON:") or in title case with a spaced colon ("Paris :"), or None."""
    caps = _CAPS_COLON.match(text, start, end)
    if caps is not None and len(text[caps.end() : end].split()) >= 5:
        country = caps.group("country")
        places = caps.group("where").title().split("/")
        if any(gazetteer.place(p) for p in places) or (country and gazetteer.place(country.title())):
            return Dateline(start=start, end=caps.end())
    bracketed = _PLACE_BRACKET_COLON.match(text, start, end)
    if (
        bracketed is not None
        and len(text[bracketed.end() : end].split()) >= 5
        and _place_like(bracketed.group("where"))
        and outlets.canonical(bracketed.group("district")) is None
    ):
        return Dateline(start=start, end=bracketed.end(), district=True)
    spaced = _SPACED_COLON.match(text, start, end)
    if spaced is not None and len(text[spaced.end() : end].split()) >= 5 and gazetteer.place(spaced.group("where")):
        return Dateline(start=start, end=spaced.end())
    titled = _TITLE_COLON.match(text, start, end)
    if titled is not None and _lede_sentence(text[titled.end() : end]) and gazetteer.place(titled.group("where")):
        return Dateline(start=start, end=titled.end(), district=True)
    m = _COLON.match(text, start, end)
    if m is None or not _place_like(m.group("where")) or len(text[m.end() : end].split()) < 5:
        return None
    if m.group("agency") is None:
        return Dateline(start=start, end=m.end())
    return _bracketed(start, m)


def _lede_sentence(rest: str) -> bool:
    """Whether what follows a title-case place and its colon reads as a wire's lede: long, and ended by a full
    stop ("Beirut: Dozens of pilgrims have died during the pilgrimage ... released by several countries.")."""
    return len(rest.split()) >= _TITLE_COLON_WORDS and rest.rstrip().rstrip("\"”’'").endswith((".", "!", "?"))


def _bracketed(start: int, m: re.Match[str]) -> Dateline:
    """The dateline a match with a bracketed ``agency`` group makes (its wire, of two names)."""
    at, name = wire_part(m.group("agency"))
    return Dateline(
        start=start,
        end=m.end(),
        agency=outlets.canonical(name) or name,
        agency_start=m.start("agency") + at,
        agency_end=m.start("agency") + at + len(name),
        bracketed=True,
    )


def lede(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraphs that may be a report's lede: the first, and the next ones while those before read as
    a title (short, no full stop at the end), at most three. ``paragraphs`` are (start, end) offsets, in
    order, without the ones already known to be page furniture."""
    from storyline.extract.furniture import line_kind  # furniture reads this module's spans

    out: list[tuple[int, int]] = []
    for start, end in paragraphs:
        if len(out) == _MAX_LEDE_TRIES:
            break
        line = text[start:end]
        if line_kind(line) is not None:
            continue  # a caption, a stamp, a disclaimer above the report: no lede, and no try
        out.append((start, end))
        tagged = UPDATE_TAG.match(line) is not None and not line.rstrip("\"”’'").endswith(".")
        if not tagged and (len(line.split()) > _MAX_TITLE_WORDS or line.rstrip("\"”’'").endswith(".")):
            break
    return out


def in_lede(text: str, paragraphs: list[tuple[int, int]]) -> Dateline | None:
    """The dateline opening the report's lede, of any shape, or None."""
    for start, end in lede(text, paragraphs):
        found = find(text, start, end, in_lede=True)
        if found is not None:
            return found
    return None


def wire_part(bracketed: str) -> tuple[int, str]:
    """Where in a bracketed dateline's name the agency stands, and its name.

    "(WJW / AP)" is a station's story on a wire agency's copy: the agency is the part the outlet table marks
    as one (else the last part, the wire's place in the convention); a single name is itself.
    """
    whole = bracketed.strip()
    if "/" not in whole or outlets.canonical(whole) is not None:  # "Radio Free Europe/Radio Liberty"
        return bracketed.index(whole), whole
    parts = [(m.start(), m.group(0)) for m in re.finditer(r"[^/\s](?:[^/]*[^/\s])?", bracketed)]
    wires = [p for p in parts if outlets.canonical(p[1]) in _AGENCIES]
    return (wires or parts)[-1]


def sign_off(text: str, paragraphs: list[tuple[int, int]]) -> Dateline | None:
    """A wire agency's name alone on the report's last line ("EFE", "— Reuters.", "(dpa)"), or None.

    Only an agency of the outlet table counts: a last line holding another name may be a reporter's or a
    heading's. The span is the whole line, the agency's the name in it.
    """
    if len(paragraphs) < 2:
        return None
    start, end = paragraphs[-1]
    m = _SIGN_OFF.fullmatch(text, start, end)
    if m is None or outlets.canonical(m.group("agency")) not in _AGENCIES:
        return None
    name = outlets.canonical(m.group("agency"))
    return Dateline(start=start, end=end, agency=name, agency_start=m.start("agency"), agency_end=m.end("agency"))


# an agency's name in brackets closing the report's last sentence: "... of this catastrophic event. (ILKHA)"
_CLOSING_TAG = re.compile(r"(?<=[.!?\"”’])[ \t]*\((?P<agency>[A-Za-z][\w.&'’ -]{0,30}?)\)[ \t]*$")
# an unknown agency's tag is its short name in capitals ("ILKHA", "KUNA"); a caption's credit in brackets names
# a source in title case ("(Harbour Post)")
_TAG_NAME = re.compile(r"[A-Z][A-Z0-9-]{1,9}")
# the last paragraph is a sentence of the report, not a caption's few words
_MIN_TAGGED_WORDS = 6


def closing_tag(text: str, paragraphs: list[tuple[int, int]]) -> Dateline | None:
    """A wire agency's name in brackets after the report's last sentence ("... of this event. (ILKHA)"), or None.

    Signs the text as ``sign_off`` does; the span is the bracketed tag only, and the sentence before it stays
    the report's. A known agency of the outlet table counts, and so does an unknown short name in capitals
    (a picture's credit in title case, "(Harbour Post)", is a caption's, ``furniture.credit``).
    """
    if len(paragraphs) < 2:
        return None
    start, end = paragraphs[-1]
    m = _CLOSING_TAG.search(text, start, end)
    if m is None or len(text[start : m.start()].split()) < _MIN_TAGGED_WORDS:
        return None
    raw = m.group("agency").strip()
    known = outlets.canonical(raw)
    if known in _AGENCIES:
        name = known
    elif known is None and _TAG_NAME.fullmatch(raw):
        name = raw
    else:
        return None
    at = m.start("agency") - 1
    return Dateline(start=at, end=m.end("agency") + 1, agency=name, agency_start=m.start("agency"),
                    agency_end=m.end("agency"), bracketed=True)


def _place_like(where: str | None) -> bool:
    if where is None:
        return True
    words = where.replace("/", " ").replace(",", " ").split()
    return len(words) <= _MAX_WORDS and len(where) <= _MAX_CHARS and words[0].rstrip(".") not in _OPENERS
