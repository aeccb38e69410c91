"""Infer an article's outlet (and, optionally, its title) when the input does not give them.

The outlet comes first from the URL's host (``outlets.from_url``), then from the ways a report refers to
its own outlet: "Hayton told Newsweek", "Newsweek has reached out to NATO for comment", "(CNN) —", the
wire of a two-name dateline ("(WJW / AP) –" is a station's story on AP copy), an agency after the place in
the lede's dateline ("New York, IRNA –"), a wire's sign-off alone on the last line ("EFE"), "witnesses
contacted by EFE", "told AFP by telephone",
"in a statement to CNN", "did not respond to CNN's request for comment" (or "to a BBC request for comment",
"to USA TODAY's questions"), "Copyright 2023 Reuters", "The
Gazette has asked ...", "Sky News understands", a staff photo credit ("Jonah Pell/Northfield Daily Post"),
a syndication note ("This Orrin Press report was edited for the Hillcrest Tribune" names the carrier). A
short form ("told the Gazette") counts for the full name the same report uses. Other
outlets a report cites appear with "reported", "according to" or "citing"; those cues count against a name
("according to X", "reports by X" so much that no self-reference outweighs them: no report says so of itself).
Each cue has a weight (an outlet's contact with a source for comment is stronger evidence than "told X",
which a report also uses when repeating another outlet's interview); the best-scoring name wins only when
it clearly beats the next one, else nothing is inferred (refusing beats a wrong guess).

Does not infer the publication date: that is ``storyline.extract.dating``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from storyline.calendar_words import month_openings, weekday_abbreviation_or_name
from storyline.extract import dateline
from storyline.extract.genders import given_name
from storyline.extract.lines import paragraphs
from storyline.ingest import outlets
from storyline.model import Article, MetaValue, Span

# A name the text may use for an outlet we do not know: up to four capitalized words, "the" allowed first.
# A word may hold dots ("U.S."), but a dot that ends a sentence ("told the Gazette. Water ...") is not part
# of it: a word ends with a dot only after a single capital (an initialism).
_NAME_WORD = r"[A-Z][A-Za-z0-9&'-]*(?:\.[A-Za-z0-9&'-]+)*(?:(?<=\b[A-Z])\.)?"
_GENERIC = rf"(?:[Tt]he )?{_NAME_WORD}(?: {_NAME_WORD}){{0,3}}"
_OBJECT = r"(?: (?:the )?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3})?"
# a dateline's bracketed name may hold a figure after its first word ("VELM (Harbour 2nd) -", "(Channel 4) —"): the
# brackets close it, so the figure cannot run on into the sentence as "told the Gazette 5 people" could
_DATELINE_GENERIC = rf"{_NAME_WORD}(?: (?:{_NAME_WORD}|\d{{1,3}}(?:st|nd|rd|th)?)){{0,3}}"
_SENTENCE_REST = r"[^.!?\n]*"

# Last words that make an unknown capitalized name an outlet's ("the Harbor Gazette", "Valley News").
def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


_OUTLET_WORDS = _words(
    "News Times Post Journal Daily Herald Tribune Gazette Chronicle Telegraph Press Wire Radio Television TV "
    "Network Observer Guardian Monitor Review Standard Express Mail Star Sun Insider Today Magazine Weekly "
    "Dispatch Courier Ledger Record Bulletin Report Register Inquirer Sentinel Globe Examiner Digest Beacon "
    "Agency Online Media Broadcasting Bureau Reporter Leader Voice Planet Mirror Nation Signal "
    "Almanac Courant Bee Advocate Citizen Free Pioneer Enquirer"
)
# Capitalized words that start sentences and are not part of a name ("On Monday, ...", "Since ...").
_LEADERS = _words(
    "On In At Then When After Before Also But And Since While Earlier Later Last This Monday Tuesday Wednesday "
    "Thursday Friday Saturday Sunday January February March April May June July August September October "
    "November December"
)


# Last words of a name that sells its pictures or copy to every outlet: a credit to it says nothing of the
# report's own outlet ("Evan Vucci/AP", "Jane Doe/Orrin Press").
_AGENCY_WORDS = _words("Press Agency Wire Wires Images Pictures Photos Photo Service Services")
_AGENCIES = frozenset(o.name for o in outlets.OUTLETS if o.agency)


@dataclass(frozen=True, slots=True)
class _Cue:
    # the cue's regex, compiled on its first use (``_compiled``): each holds the long alternation of outlet
    # names, and most gated cues are never tried on a batch of reports
    source: str
    weight: float
    # True when the cue names a report's own outlet even for a name not in the table (contact for comment).
    strong: bool = False
    dateline: bool = False
    # a photo credit ("Jonah Pell/Northfield Daily Post"): firm for a paper's own staff, weak for an agency
    credit: bool = False
    # "This Orrin Press report was edited for the Hillcrest Tribune": names the outlet that carries the text
    carrier: bool = False
    # an agency's name alone on the report's last line ("EFE"): the agency signs its copy
    sign_off: bool = False
    # a byline naming the outlet ("Mara Quell / Harbour Gazette", "By: Harbour 7", "By Reuters Staff")
    byline: bool = False
    # the cue's wording after the name, alone (``_gate``): where it matches nowhere in a text, neither does the cue
    gate: re.Pattern[str] | None = None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The cue's matches in ``text``; none, without trying the cue, when its gate matches nowhere in it."""
        if self.gate is not None and self.gate.search(text) is None:
            return iter(())
        return _compiled(self.source).finditer(text)


@cache
def _compiled(source: str) -> re.Pattern[str]:
    return re.compile(source)


def _cue(template: str, weight: float, *, strong: bool = False, dateline: bool = False, credit: bool = False,
         carrier: bool = False, byline: bool = False, generic: str = _GENERIC) -> _Cue:
    # The lookahead fails fast on the many positions no name can start at (the alternation is long).
    name = f"(?=[A-Z]|the )(?P<o>{outlets.name_pattern().pattern}|{generic})"
    return _Cue(template.replace("{O}", name), weight, strong, dateline, credit, carrier, byline=byline,
                gate=_gate(template))


def _gate(template: str) -> re.Pattern[str] | None:
    """The part of a cue's template after the name, alone: a match of the whole cue holds one of it, so a text
    it matches nowhere in has no match of the cue either. Trying the long alternation of names at every
    capital is most of a cue's cost, and most texts lack most cues' wording ("... can reveal", "... for
    comment"). None where the template has no such part, or sets flags for the whole pattern ("(?m)"),
    which the part alone would lose. (The part before the name is no gate: where there is one, the cue's
    own scan tries it first at every position anyway.)"""
    rest = template.split("{O}", 1)[1]
    if not rest or template.startswith("(?"):
        return None
    return re.compile(rest)


def _cues() -> tuple[_Cue, ...]:
    unable = r"(?:reach|contact|confirm|verify)"
    contact = r"(?:reached out|contacted|emailed|e-mailed|approached)"
    return (
        # Datelines: "(CNN) —", "LONDON (Reuters) -", at the start of a paragraph.
        # A wire dateline marks the text as that agency's copy, whoever republished it (method "dateline").
        # (the place may be a date, or a place and a date: "Aug. 23 (UPI) --", "CHICAGO, Oct. 9 (Xinhua) --",
        # the date with its year: "KYIV, Aug. 23, 2023 (AP) —")
        # (a place may be written in capitals or not, "Buenos Aires, Nov 19 (EFE).-", and EFE's house style puts a
        # full stop between the bracket and the dash)
        # (a release wire glues the bracket to the place with dashes: "ORRVILLE, Ohio--(BUSINESS WIRE)--")
        _cue(r"(?m)^[ \t]*(?:[A-Z][\w .,'’-]{0,40}?[ \t](?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?,?[ \t])?"
             r"|[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})? |[A-Z][\w .,'’]{0,40}?--)?"
             r"\({O}\)\.?[ \t]*(?:--|[—–-])", 4.0, strong=True, dateline=True, generic=_DATELINE_GENERIC),
        _cue(
            r"\b{O} (?:has |have |had )?(?:" + contact[3:-1] + r"|asked|called)" + _OBJECT + _SENTENCE_REST
            + r"\bfor (?:comment|a response)",
            3.0,
            strong=True,
        ),
        # present perfect: the outlet tells what it has done for this report ("X has asked the authority ...")
        _cue(r"\b{O} (?:has|have) (?:asked|" + contact[3:-1] + r"|requested|sought|written to|put questions)\b",
             2.0),
        _cue(r"\b{O} (?:has |have |had )?" + contact + r"(?: to)?" + _OBJECT + r"\b", 1.5),
        # "sign up for VELMWEEK's free daily newsletter": a page asks its reader to sign up for its own newsletter,
        # never for another outlet's
        _cue(r"\b(?i:sign up for|subscribe to|sign up to) {O}(?:'s|’s) (?:[\w-]+ ){0,3}?(?i:newsletters?)\b", 3.0,
             strong=True),
        # "The BBC understands", "Sky News can reveal", "Newsweek was told": only an outlet of itself
        _cue(r"\b{O} (?:understands|can reveal|can disclose|was told|has been told|has established)\b", 2.0),
        # the closing note of a syndicated copy names the outlet that carries it
        _cue(r"\b(?:[Tt]his|[Tt]he) (?:[A-Z][\w&'’.-]*\s){0,4}(?:report|story|article|copy) (?:was|has been|is)"
             r" (?:edited|adapted|republished|reproduced|syndicated|shortened) (?:for|by) {O}", 4.0, strong=True,
             carrier=True),
        # a staff byline on its own line: "By PA Sport Staff", "By Reuters Staff"
        _cue(r"(?m)^[ \t]*By {O}(?: Sport| News)? (?:Staff|Reporters?)[ \t]*$", 3.0, strong=True, byline=True),
        # a photo credit at the end of a caption line: "Jonah Pell/Northfield Daily Post"
        _cue(r"(?m)\b[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}/{O}[ \t]*\)?[ \t]*$", 2.0, credit=True),
        _cue(r"\b{O} (?:was|were|has been|is) (?:not able|unable) to " + unable, 3.0, strong=True),
        # a party "did not immediately confirm" the figure ("Fox did not immediately confirm the amount"); only a
        # newsroom "could not" or "did not independently" confirm it
        _cue(r"\b{O} (?:could|can) not (?:immediately |independently )?" + unable, 3.0, strong=True),
        _cue(r"\b{O} did not independently (?:confirm|verify)", 3.0, strong=True),
        _cue(r"\b{O} cannot (?:immediately |independently )?(?:confirm|verify)", 3.0, strong=True),
        _cue(r"\b{O}'s requests? for comment", 3.0, strong=True),
        # "did not immediately respond to a BBC request for comment": the request was the report's own. Only a
        # known or outlet-shaped name: "a DOJ request for comment" on a rule is a public consultation
        _cue(r"\b(?:[Aa]n?) {O} requests? for (?:comment|a response)", 3.0),
        # "did not respond to USA TODAY's questions": questions the report's own newsroom sent (PolNeAR train:
        # 1 of 1 the report's outlet; "respond to Sanders' call" is no newsroom's, hence no "call")
        _cue(r"\b(?:respond|responded|responding|reply|replied|replying) to {O}(?:'s|’s) (?:questions?|inquiry|"
             r"inquiries|queries|query|emails?|e-mails?|messages?)\b", 3.0),
        _cue(r"\b(?i:requests?) for comment from {O}", 3.0, strong=True),
        # "a statement obtained by X" credits another outlet about as often as it tells of the report's own
        # scoop (PolNeAR train: 3 of 7 were the report's own outlet): it adds, but does not decide alone
        _cue(r"\b(?i:obtained|seen|reviewed|viewed) by {O}", 1.5),
        _cue(r"\b{O} (?:has )?(?:obtained|learned|has seen|reviewed)\b", 2.0),
        _cue(r"\b(?:Copyright|©)(?: \(c\))? (?:\d{4} )?{O}", 3.0),
        # the notice names the publisher's company ("© 2021 The Velm Gazette Company", "Copyright 2020 Harbour Post
        # Co."): the outlet is the name before the company's word. (The sign is no word's letter, so "\b" cannot
        # stand before it; a sign with a year but no company is a picture's credit as often, "© 2023 Velm Images")
        _cue(r"(?:\bCopyright(?: \(c\))?|©)[ \t]?(?:\(c\)[ \t]?)?(?:19|20)\d\d,? {O} (?:Company|Co\.|Inc\.?|Ltd\.?|LLC)"
             r"(?![\w-])", 3.0),
        # a live blog invites its reader to follow its own coverage ("Follow Velm Gazette's live coverage of budget
        # day below"): no page sends its reader to another outlet's live page in its own voice
        _cue(r"(?m)^[ \t]*(?:Follow|Keep up with|Stay with) {O}(?:'s|’s) live (?:coverage|blog|updates|reporting)\b",
             3.0, strong=True),
        # the page's copyright notice alone at a line's start, with its year ("©2025 Harbour Media Group",
        # "Copyright 2024 Velm Broadcasting"): the page's own publisher, whatever its name ends in
        _cue(r"(?m)^[ \t]*(?:Copyright|©)[ \t]?(?:\(c\)[ \t]?)?(?:19|20)\d\d,?[ \t]?{O}[ \t.]*$", 3.0, strong=True),
        # An outlet calls its own interviews exclusive; one repeating it seldom keeps the word.
        _cue(r"\b(?i:told|tells) {O} in an exclusive interview", 2.0),
        _cue(r"\b(?i:in) an exclusive interview with {O}", 2.0),
        _cue(r"\b(?i:told|tells) {O} in (?:an? )?(?:phone |telephone |recent )?interview", 1.5),
        # "told AFP by telephone from Marrakesh": the manner of the report's own contact, seldom kept by
        # an outlet repeating the quote
        _cue(r"\b(?i:told|tells) {O} (?:by (?:tele)?phone|over the (?:tele)?phone)\b", 2.0),
        _cue(r"\b(?i:told|tells|confirmed to|explained to) {O}", 1.0),
        # "witnesses contacted by EFE", "sources consulted by EFE": mostly the report's own newsroom, but an
        # aggregator keeps "when contacted by Reuters" too (PolNeAR train: 2 of 3 named another outlet)
        _cue(r"\b(?i:contacted|consulted|reached|approached) by {O}", 1.5),
        _cue(r"\b(?i:in) (?:an? )?(?:exclusive )?(?:statement|interview|email|e-mail|comment)s? (?:to|with) {O}", 1.5),
        # "said in a statement shared with Insider": sent to the report's own newsroom
        _cue(r"\b(?:statement|email|e-mail|comment)s? (?:shared|provided|sent|emailed|given) (?:to|with) {O}", 2.0),
        # "the hotel's media team sent Channel 9 a statement", "... sent KVEL in a statement": the same, the outlet
        # before what was sent
        _cue(r"\b(?:sent|gave|provided|emailed|e-mailed) {O} (?:in |with )?an? (?:written |emailed )?"
             r"(?:statement|comment|email|e-mail|response)\b", 2.0),
        _cue(r"\b(?i:speaking|spoke|talking|talked|said) (?:to|with) {O}", 1.0),
        _cue(r"\b{O} (?:spoke|talked) (?:to|with)\b", 1.5),
        _cue(r"\b(?i:exclusive(?:ly)?) to {O}", 1.5),
        # Cited outlets: what another outlet reported is credited, not reported as one's own.
        _cue(r"\b{O} (?:first |previously |earlier |also |has |had )?(?:reported|said|cited|wrote|published)", -1.0),
        _cue(r"\b(?i:citing|reported by|cited by|via) {O}", -1.0),
        # "according to X", "according to reports by X": a report never says so of its own newsroom, which weighs
        # against X whatever else names it ("told Reuters by phone" copied from Reuters' own copy)
        _cue(r"\b(?i:according to(?: (?:reports?|reporting) (?:by|from))?|(?:reports?|reporting) (?:by|from)) {O}",
             -4.0),
        # the second of a pair credited so: "according to reports by Reuters and the Associated Press"
        _cue(r"\b(?i:according to(?: (?:reports?|reporting) (?:by|from))?|(?:reports?|reporting) (?:by|from)) "
             r"(?:the )?[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3},? and {O}", -4.0),
    )


_CUES: tuple[_Cue, ...] | None = None


def _all_cues() -> tuple[_Cue, ...]:
    global _CUES  # built once, lazily: the outlet table's regex is large
    if _CUES is None:
        _CUES = _cues()
    return _CUES


def _bare_words(raw: str) -> list[str]:
    """The words of a captured name without a leading "the" or sentence-opening words ("On Monday ...")."""
    words = raw.split()
    while words and (words[0] in _LEADERS or words[0].lower() == "the"):
        words = words[1:]
    return words


# a US lawmaker's party and state in brackets, "Sen. Ted Cruz (R-Texas) — Announced ...", "(D-N.Y.)": shaped like
# a dateline ("(Reuters) —") in a list of candidates, but no outlet's name
_PARTY_AND_STATE = re.compile(r"[RDI]-[A-Z][\w.]*(?: [A-Z][\w.]*)?")


def _name_of(raw: str, *, strong: bool, local: dict[str, str] | None = None) -> str | None:
    """The outlet a captured name stands for, or None when it does not look like one.

    ``local`` maps the short forms of the unknown outlets this text names in full to the full name ("Gazette"
    -> "Ashby Vale Gazette"), so that "told the Gazette" counts for the Ashby Vale Gazette, and "the Post"
    for the Northfield Daily Post rather than The Washington Post. An unknown outlet's name is given
    without a leading "The" (the text writes it both ways, sentence-initial or not).
    """
    words = _bare_words(raw)
    if local and words and " ".join(words) in local:
        return local[" ".join(words)]
    known = outlets.canonical(raw)
    if known is not None:
        if raw.strip().lower() in outlets.AMBIGUOUS_LOWER and not strong:
            return None
        return known
    if not words:
        return None
    name = " ".join(words)
    if _PARTY_AND_STATE.fullmatch(name):
        return None
    inner = outlets.name_pattern().search(name)
    if inner is not None and inner.group(0).lower() not in outlets.AMBIGUOUS_LOWER:
        return outlets.canonical(inner.group(0))
    # An unknown acronym is not trusted ("told the FBI"): only a strong cue, an outlet-like last word, or a
    # broadcaster's shape ("NBC10", "KVEL", "WKRA-TV")
    if strong or words[-1] in _OUTLET_WORDS or _broadcaster(name):
        return name
    return None


# a local broadcaster's name by its shape: a network and its channel number ("NBC10", "FOX 5", "ABC7"), or US call
# letters ("KVEL", "WKRA-TV", "KTLA 5"); four letters at least, as "WHO" is the health agency
_BROADCASTER = re.compile(
    r"(?:NBC|CBS|ABC|FOX|Fox|CW|PBS|Telemundo|Univision) ?\d{1,2}|[KW][A-Z]{3}(?:-(?:TV|FM|AM|DT))?(?: \d{1,2})?|"
    r"[KW][A-Z]{2}-(?:TV|FM|AM|DT)(?: \d{1,2})?"
)
# four letters from K or W that name no broadcaster
_NOT_BROADCASTERS = frozenset({"WADA", "WIPO", "KPMG", "KFOR", "WWII", "WNBA", "WWDC", "WHOI", "KOFC", "WHAT", "WHEN",
                               "WILL", "WITH", "WERE", "WELL", "WEST", "WORK", "KEEP", "KIND", "KNOW", "KILL"})


def _broadcaster(name: str) -> bool:
    """Whether ``name`` is shaped as a local broadcaster's (``_BROADCASTER``), not a word in capitals."""
    return _BROADCASTER.fullmatch(name) is not None and name.split("-")[0].split()[0] not in _NOT_BROADCASTERS


def _short_forms(names: set[str]) -> dict[str, str]:
    """Short form -> full name, for the unknown outlets named in full: the full name's last one or two words.

    A short form two full names share ("Post" of two Posts) is left out: it could be either.
    """
    out: dict[str, str] = {}
    shared: set[str] = set()
    for name in names:
        words = name.split()
        if len(words) < 2 or words[-1] not in _OUTLET_WORDS or outlets.canonical(name) is not None:
            continue
        for k in range(1, len(words)):
            short = " ".join(words[-k:])
            if short in out and out[short] != name:
                shared.add(short)
            out[short] = name
    return {k: v for k, v in out.items() if k not in shared}


def _is_agency(name: str) -> bool:
    return name in _AGENCIES or name.split()[-1] in _AGENCY_WORDS


# "told X", "in an interview with X" are weak: reports quote other outlets' interviews all the time (on
# PolNeAR train a lone one named the wrong outlet 2 times in 3, two of them about 1 time in 2). An outlet
# needs one firm cue (weight 2 or more: contact for comment, "obtained by", dateline) and a score of 2, or
# weak cues only and a score of 3.
_MIN_SCORE = 2.0
_MIN_WEAK_SCORE = 3.0
_FIRM_WEIGHT = 2.0


@dataclass(frozen=True, slots=True)
class OutletScore:
    """One candidate outlet, its summed cue weight and the spans of its self-references."""

    name: str
    score: float
    evidence: tuple[Span, ...]
    firm: bool = False  # at least one cue an outlet rarely uses of another (weight 2 or more)
    dateline: bool = False  # named in a dateline: the text is its (wire) copy
    carrier: bool = False  # named by a syndication note as the outlet the copy was edited for
    signed: bool = False  # an agency named alone on the last line: the text is its copy
    bylined: bool = False  # named by the report's byline: the page's own staff


@dataclass(frozen=True, slots=True)
class _Hit:
    """One cue found in the text: the name as written, where it stands, and the span of the whole cue."""

    cue: _Cue
    raw: str
    name_span: tuple[int, int]
    span: tuple[int, int]


# "New York, IRNA –": a known agency after the place in the lede's dateline. Found by ``dateline.in_lede``,
# not by a pattern of its own: the shape is only a dateline in the lede. (A bracketed agency, "(IRNA) –",
# is the pattern cue above, anywhere; "(WJW / AP) –", two names, is ``dateline.find``'s reading below.)
_LEDE_DATELINE = _Cue("", 4.0, strong=True, dateline=True)
# "EFE" or "— Reuters" alone on the last line: a wire's sign-off (``dateline.sign_off``).
_SIGN_OFF = _Cue("", 4.0, strong=True, sign_off=True)
# a reporter's byline with the outlet beside or below it ("Mara Quell / Harbour Gazette"): as firm as a staff byline
_BYLINE = _Cue("", 3.0, strong=True, byline=True)


def _dateline_hits(text: str) -> list[_Hit]:
    """The agency of the lede's unbracketed dateline, of every bracketed one with two names, and the site of a
    slug ("Iran PressEurope:", ``dateline.slug``)."""
    paras = paragraphs(text)
    hits = []
    found = dateline.in_lede(text, paras)
    # (a bracketed agency with no dash, "(Reuters) At least ...", is no pattern cue's: taken here)
    if found is not None and (not found.bracketed or not found.dash) and found.agency is not None:
        name_span = (found.agency_start, found.agency_end)
        hits.append(_Hit(_LEDE_DATELINE, text[name_span[0] : name_span[1]], name_span, (found.start, found.end)))
    for start, end in paras:
        found = dateline.find(text, start, end, in_lede=False)
        if found is not None and (found.slug or "/" in text[found.start : found.end]):
            name_span = (found.agency_start, found.agency_end)
            hits.append(_Hit(_LEDE_DATELINE, text[name_span[0] : name_span[1]], name_span, (found.start, found.end)))
    return hits


def _sign_off_hit(text: str) -> _Hit | None:
    found = dateline.sign_off(text, paragraphs(text))
    if found is None:
        return _closing_outlet_hit(text)
    name_span = (found.agency_start, found.agency_end)
    return _Hit(_SIGN_OFF, text[name_span[0] : name_span[1]], name_span, (found.start, found.end))


def _closing_outlet_hit(text: str) -> _Hit | None:
    """A known outlet after a dash closing the last paragraph ("... the chair said. - Guardian"): it signs the text
    as a sign-off line does (``furniture.closing_outlet``)."""
    from storyline.extract.furniture import closing_outlet  # furniture reads the outlet table this module shares

    lines = paragraphs(text)
    found = closing_outlet(text, lines)
    if found is None:
        return None
    return _Hit(_SIGN_OFF, text[found[0] : found[1]], found, (found[0], lines[-1][1]))


# how far down a wire's credit line may stand ("AFP-JIJI" under a caption, above the dateline)
_CREDIT_LINE_PARAGRAPHS = 4
_SIGNED_WORDS = 5


def _credit_line_hit(text: str) -> _Hit | None:
    """A line of wire names alone near the top ("AFP-JIJI"): the first wire's copy, as a sign-off says."""
    from storyline.extract.furniture import wire_credit  # furniture reads the outlet table this module shares

    for start, end in paragraphs(text)[:_CREDIT_LINE_PARAGRAPHS]:
        for line_start, line in _lines(text, start, end):
            m = wire_credit(line)
            if m is None or len(text[line_start + len(line) :].split()) < _SIGNED_WORDS:
                continue  # the credit of a text below it, not a text of its own
            first = re.split(r"\s*[-/]\s*", m.group(1))[0]
            at = line_start + m.start(1)
            return _Hit(_SIGN_OFF, first, (at, at + len(first)), (line_start + m.start(1), line_start + m.end(1)))
    return None


# Reuters' trailer in brackets on a line of its own, with its writers and then its editors after a semicolon:
# "(Reporting by Nils Arden in Velm; Editing by Catrin Oduya)", "(Writing by ...; editing by ...)". The shape is
# that agency's house style, kept wherever its copy runs, as its sign-off would be; other outlets credit their
# staff in prose ("Additional reporting by ...") or not at all. Weaker than a dateline or a sign-off: another
# outlet's dateline over it leaves the outlet open.
_WIRE_TRAILER = re.compile(
    r"(?m)^[ \t]*\((?:Reporting|Writing|Additional reporting) (?i:by) [A-Z][^\n();]{1,200};[ \t]*"
    r"(?:[^\n();]{0,120};[ \t]*)?(?:Editing|editing) (?i:by) [A-Z][^\n()]{1,150}\)[ \t]*$"
)
_TRAILER_OUTLET = "Reuters"
_TRAILER = _Cue("", 3.0, strong=True, sign_off=True)


def _trailer_hit(text: str) -> _Hit | None:
    """The agency whose trailer ("(Reporting by ...; Editing by ...)") signs the copy (``_WIRE_TRAILER``)."""
    m = _WIRE_TRAILER.search(text)
    if m is None:
        return None
    return _Hit(_TRAILER, _TRAILER_OUTLET, m.span(), m.span())


# a pointer to the page the text was taken from, alone on its line: "Read at www.harbourpost.com", "Read the full
# story on harbourpost.com" (``furniture`` takes the line as boilerplate); "Read more at <site>" is none: a report
# points so to a source's own pages as well ("Read more at www.velm.gov")
_READ_AT = re.compile(
    r"(?m)^[ \t]*(?:>{1,3}[ \t]*)?(?:Read|Continue reading)(?: the (?:full|original|whole) "
    r"(?:story|article|report))? (?:at|on) (?P<host>(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+)(?:/\S*)?\.?[ \t]*$"
)
# the name stands for the outlet the host is, a bare host for an outlet the table lacks ("harbourpost.com")
_READ_AT_CUE = _Cue("", 3.0, strong=True)


def _read_at_hit(text: str) -> _Hit | None:
    """The outlet a "Read at <site>" line points to: the page the text is an excerpt of. The table's name for a
    known host, else the host itself without its "www." (an outlet's site name is its own, though no word of its
    name can be split from it)."""
    m = _READ_AT.search(text)
    if m is None:
        return None
    host = re.sub(r"^(?:https?://)?(?:www\.)?", "", m.group("host")).lower()
    name = outlets.from_url(host) or host
    return _Hit(_READ_AT_CUE, name, m.span("host"), m.span())


def _lines(text: str, start: int, end: int) -> list[tuple[int, str]]:
    out, at = [], start
    for line in text[start:end].split("\n"):
        out.append((at, line))
        at += len(line) + 1
    return out


def _cue_hits(article: Article) -> list[_Hit]:
    """Every cue match, strongest cues first; a name position counts once, for its strongest cue."""
    hits: list[_Hit] = []
    taken: set[tuple[int, int]] = set()
    signed = [
        h
        for h in (_sign_off_hit(article.text), _credit_line_hit(article.text), _byline_hit(article.text),
                  _read_at_hit(article.text), _trailer_hit(article.text))
        if h is not None
    ]
    for hit in [*_dateline_hits(article.text), *signed]:
        if hit.name_span in taken:
            continue  # a one-line text's credit is its sign-off too
        hits.append(hit)
        taken.add(hit.name_span)
    for cue in sorted(_all_cues(), key=lambda c: (-abs(c.weight), not c.carrier)):
        for match in cue.finditer(article.text):
            key = match.span("o")
            raw = match.group("o")
            # a short form ("the Post") may stand for a full name found elsewhere in the text: kept for now
            short = (words := _bare_words(raw)) and words[-1] in _OUTLET_WORDS
            if key in taken or (_name_of(raw, strong=cue.strong) is None and not short):
                continue
            if cue.dateline and dateline.place_in_brackets(raw):
                continue  # "(NEW YORK) —": where the report was filed, not who filed it
            taken.add(key)
            hits.append(_Hit(cue, raw, key, match.span()))
    return hits


def score_outlets(article: Article) -> list[OutletScore]:
    """Every outlet the text refers to, best first, with its score. Exposed for tests and for diagnostics."""
    hits = _cue_hits(article)
    local = _short_forms({n for h in hits if (n := _name_of(h.raw, strong=h.cue.strong))})
    scores: dict[str, float] = defaultdict(float)
    evidence: dict[str, list[Span]] = defaultdict(list)
    firm: set[str] = set()
    datelined: set[str] = set()
    carried: set[str] = set()
    signed: set[str] = set()
    bylined: set[str] = set()
    for hit in hits:
        cue = hit.cue
        name = _name_of(hit.raw, strong=cue.strong, local=local)
        if name is None:
            continue
        weight = cue.weight
        if cue.credit and _is_agency(name):
            weight = 0.5  # an agency's picture runs everywhere
        scores[name] += weight
        if weight >= _FIRM_WEIGHT:
            firm.add(name)
        if cue.dateline:
            datelined.add(name)
        if cue.carrier:
            carried.add(name)
        if cue.sign_off:
            signed.add(name)
        if cue.byline:
            bylined.add(name)
        if weight > 0:
            evidence[name].append(Span(article=article.id, start=hit.span[0], end=hit.span[1]))
    ranked = sorted(scores, key=lambda n: (-scores[n], n))
    return [
        OutletScore(n, scores[n], tuple(sorted(evidence[n])), n in firm, n in datelined, n in carried, n in signed,
                    n in bylined)
        for n in ranked
    ]


def outlet_shaped(name: str) -> bool:
    """Whether ``name`` reads as an outlet's name by itself: one of the table ("USA TODAY"), or up to five
    capitalised words ending in an outlet's word ("Harbour Gazette", "HARBOUR GAZETTE"). Read by
    ``furniture.byline_outlet``, where a name stands alone below or beside a reporter's."""
    name = name.strip()
    if outlets.canonical(name) is not None:
        return name.lower() not in outlets.AMBIGUOUS_LOWER
    words = name.split()
    return (
        1 < len(words) <= 5
        and all(w[:1].isupper() for w in words)
        and (words[-1] in _OUTLET_WORDS or words[-1].title() in _OUTLET_WORDS)
    )


# outlet words that are surnames as well ("Mara Sun", "Olek Post", "Ana Free"): a byline's name ending in one is
# a reporter's unless "The" opens it ("By The Velm Star")
_SURNAME_OUTLET_WORDS = _words(
    "Post Sun Star Mail Bee Free Voice Leader Nation Record Standard Mirror Globe Planet Pioneer Citizen Advocate "
    "Signal Beacon Monitor Review Express Press Wire Today Report Reporter Digest Bureau Guardian Herald Observer"
)
# the figure of a channel or a station's number in a name ("Harbour 7", "Channel 12"): no person's name holds one
_FIGURE = re.compile(r"\b\d{1,3}\b")


def byline_names_outlet(name: str) -> bool:
    """Whether the name a byline gives alone ("By: Harbour 7", "By Reuters", "By Velm Courier") is an outlet's
    rather than a reporter's. A reporter's is the usual reading, so only a name no person bears says otherwise:
    one of the outlet table ("Reuters", "The Associated Press"), a broadcaster's shape ("KVEL", "NBC9") or a
    name with a channel's figure ("Harbour 7"), or an outlet-shaped name (``outlet_shaped``) whose first word is
    no given name and whose last is no surname as well (``_SURNAME_OUTLET_WORDS``, unless "The" opens it): "Velm
    Courier" is a paper, "Emily Post" or "Mara Sun" a reporter. A lone word is a surname as often as an unknown
    outlet ("By Quell"): none."""
    name = " ".join(name.split())
    words = name.split()
    if not words:
        return False
    if outlets.canonical(name) is not None or _broadcaster(name):
        return name.lower() not in outlets.AMBIGUOUS_LOWER
    if given_name(words[0]):
        return False
    if _FIGURE.search(name):
        return len(words) > 1 and all(w[:1].isupper() or w.isdigit() for w in words)
    last = words[-1].title()
    return outlet_shaped(name) and (words[0].lower() == "the" or last not in _SURNAME_OUTLET_WORDS)


def _byline_hit(text: str) -> _Hit | None:
    """The outlet a byline near the top names ("Mara Quell / Harbour Gazette", or the outlet alone on the line
    below the name): the page's own staff, as a staff byline is (``furniture.byline_outlet``)."""
    from storyline.extract.furniture import byline_outlet  # furniture reads the outlet table this module shares

    found = byline_outlet(text, paragraphs(text))
    if found is None:
        return None
    (start, end), (o_start, o_end) = found
    return _Hit(_BYLINE, text[o_start:o_end], (o_start, o_end), (start, end))


def _pick(ranked: list[OutletScore], firm: set[str]) -> OutletScore | None:
    if not ranked:
        return None
    carriers = [r for r in ranked if r.carrier]
    if len(carriers) == 1:
        return carriers[0]  # "this ... report was edited for X": X carries it, whoever wrote it
    best = ranked[0]
    if best.score < (_MIN_SCORE if best.name in firm else _MIN_WEAK_SCORE):
        return None
    if len(ranked) > 1 and ranked[1].score > 0 and best.score < 1.5 * ranked[1].score:
        return None  # another outlet is referred to about as often: refuse to guess
    return best


def infer_outlet(article: Article) -> Article:
    """``article`` with its outlet filled in when it was not known; a known outlet is kept as is.

    From the URL's host first (method "url-host"), else from self-references in the text (method
    "self-reference", with the cue phrases as evidence; "dateline" when a wire dateline such as "(AP) —",
    "(WJW / AP) –" or "New York, IRNA –" names it, since the text is then that agency's copy, which may have
    been republished by another outlet; "sign-off" when an agency's name alone ends the text, "EFE", or
    stands as the copy's credit line near the top, "AFP-JIJI"; "byline" when the report's byline names it, "Mara
    Quell / Harbour Gazette", "By: Harbour 7", "By Reuters Staff").
    Leaves the outlet missing when neither tells.
    """
    if article.outlet.known:
        return article
    if article.url.known and article.url.value:
        host_outlet = outlets.from_url(article.url.value)
        if host_outlet:
            return replace(article, outlet=MetaValue(value=host_outlet, inferred=True, method="url-host"))
    ranked = score_outlets(article)
    best = _pick(ranked, {r.name for r in ranked if r.firm})
    if best is None:
        return article
    method = (
        "syndication" if best.carrier else "dateline" if best.dateline else "sign-off" if best.signed
        else "byline" if best.bylined else "self-reference"
    )
    outlet = MetaValue(value=best.name, inferred=True, evidence=best.evidence, method=method)
    return replace(article, outlet=outlet)


_TITLE_MAX_CHARS = 150


# what a time stamp is made of: day and month names, numbers, clock words, zones
_STAMP_WORDS = re.compile(
    r"(?i)\b" + weekday_abbreviation_or_name(lower=True) + r"\b|"
    r"\b" + month_openings(lower=True) + r"[a-z]*\.?|\b(?:am|pm|a\.m\.|p\.m\.|gmt|utc|bst|"
    r"cet|et|edt|est|pt|updated|published|posted|last|at)\b|\d+"
)


def _stamp_or_byline(line: str) -> bool:
    """ "Thu, 10 Aug, 2023 - 11:56", "Updated: 2023-07-23 01:21", "By PA Sport Staff": no headline."""
    line = line.strip()
    if re.match(r"By\s+[A-Z]", line) and len(line.split()) <= 6:
        return True
    rest = _STAMP_WORDS.sub("", line)
    return any(ch.isdigit() for ch in line) and not any(ch.isalpha() for ch in rest)


# how many lines of page furniture may stand above a headline (a section name, a caption, a stamp, a byline)
_TITLE_TOP_LINES = 5
# a line of this many words or fewer right above a headline is the page's section or kicker ("Travel & Style")
_SECTION_WORDS = 3
_TITLE_END = ".!?\"”’:;,"


def _title_shaped(line: str) -> bool:
    """Short, opening like a headline (a capital, a figure or a quotation mark), not ending like a sentence or
    a fragment cut off at a comma; a headline may end in a quoted phrase (``_quoted_tail``), in single quotation
    marks or on a cut headline's dots as well ("Harbour union slams fees: ‘port made $9M in profits’", "Kestow
    backs Venn, says 'it is absurd to claim'....": ``furniture.headline_close``, which reads the line as a heading
    too)."""
    # imported here: the furniture rules live with the extractors, and ingest needs only these
    from storyline.extract.furniture import headline_close

    return (
        bool(line)
        and (len(line) <= _TITLE_MAX_CHARS or _long_headline(line))
        and (line[-1] not in _TITLE_END or _quoted_tail(line) or headline_close(line) or _question_headline(line))
        and (line[0].isupper() or line[0].isdigit() or line[0] in "\"“‘'")
    )


# a headline may run past ``_TITLE_MAX_CHARS`` where nothing in it ends a sentence ("Harbour birds are being
# harmed as 2,000 barrels’ worth of fuel leaked into the Velm estuary after a tanker breach 4 miles off ..."): a
# lede that long ends on its full stop, and two sentences on one line are no headline
_LONG_TITLE_MAX_CHARS = 200
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]?\s+[\"“‘A-Z0-9]")


def _long_headline(line: str) -> bool:
    """A line over the usual headline length that may still be one: not too long, closing on no punctuation, and
    holding no sentence's end."""
    return len(line) <= _LONG_TITLE_MAX_CHARS and line[-1] not in _TITLE_END and not _SENTENCE_BREAK.search(line)


# a headline's topic, a colon (or a dash) and a quoted phrase closing it: "Harbour Board Chief On Ferry Deal: “The
# Port Comes First”"; the phrase has no full stop or comma of its own, as a sentence quoting one would ("... he
# said: “No.”")
_QUOTED_TAIL = re.compile(r"(?:\S:|\s[—–-])\s*[\"“][^\"“”]+[^\s.!?,;:\"“”][\"”]$")


def _quoted_tail(line: str) -> bool:
    """Whether a line ends in a quoted phrase after a colon or a dash, as a headline may: the quotation mark that
    ends it closes the phrase, not a sentence."""
    return _QUOTED_TAIL.search(line) is not None


# a headline's topic in title case, a colon and a question closing it: "Velm Harbour Budget Statement: Fixing the
# Ferries?"; the topic a few words, most of its long ones capitalised, the question opening on a capital
_QUESTION_TITLE = re.compile(r"(?P<topic>[A-Z][^\n:.!?\"“”]{2,80}):[ \t]+[A-Z][^\n.!?:\"“”]{1,80}\?")
_QUESTION_TOPIC_MAX_WORDS = 8
_TOPIC_LONG_WORD = re.compile(r"[A-Za-z][A-Za-z'’]{3,}")
_TOPIC_CAPITALISED_SHARE = 0.8


def _question_headline(line: str) -> bool:
    """Whether a line ending in a question mark is a headline: a topic in title case before a colon, and the
    question after it ("Velm Harbour Budget Statement: Fixing the Ferries?"). A lede's question has no topic
    before it ("Who will pay for the new ferries?"), and a sentence's words before a colon are not in title case."""
    m = _QUESTION_TITLE.fullmatch(line)
    if m is None or len(m.group("topic").split()) > _QUESTION_TOPIC_MAX_WORDS:
        return False
    long_words = _TOPIC_LONG_WORD.findall(m.group("topic"))
    capitalised = [w for w in long_words if w[0].isupper()]
    return bool(long_words) and len(capitalised) >= _TOPIC_CAPITALISED_SHARE * len(long_words)


def _lone_dateline(text: str, start: int, line: str) -> bool:
    """A dateline alone on its line ("New York CNN –", the lede below it): no headline."""
    found = dateline.find(text, start, start + len(line), in_lede=True)
    return found is not None and not text[found.end : start + len(line)].strip()


def infer_title(article: Article) -> Article:
    """``article`` with a title taken from its headline line when none was given and a line reads as one.

    The headline is the first line below the page's furniture: time stamps, bylines, photo captions and
    credits, promotions ("Watch more news on ..."), machine-writing disclaimers (``furniture.line_kind``), a
    dateline alone on its line ("New York CNN –") and a section name of a few words standing right above a
    headline-shaped line ("Travel & Style"). A title line is
    short, opens with a capital or a figure, has text after it, and does not end like a sentence (. ! ? or a
    closing quote, but for a quoted phrase after the headline's colon: "Ferry Deal: “The Port Comes First”") or a
    fragment (a comma). Does not invent a title from the first sentence of a report that
    has none, and looks no further than the first few lines.
    """
    # imported here: the furniture rules live with the extractors, and ingest needs only this one
    from storyline.extract.furniture import line_kind

    if article.title.known:
        return article
    text = article.text
    lines = [text[s:e] for s, e in paragraphs(text)]
    starts = [s for s, _ in paragraphs(text)]
    # the lines that may hold the headline, with a line after each (a title has text below it)
    body = [i for i in range(min(_TITLE_TOP_LINES, len(lines) - 1))
            if not _stamp_or_byline(lines[i]) and line_kind(lines[i]) is None
            and not _lone_dateline(text, starts[i], lines[i])]
    for n, i in enumerate(body):
        line = lines[i]
        if not _title_shaped(line):
            return article
        below = body[n + 1] if n + 1 < len(body) else None
        if len(line.split()) <= _SECTION_WORDS and below is not None and _title_shaped(lines[below]):
            continue  # a section name above the headline
        span = Span(article=article.id, start=starts[i], end=starts[i] + len(line))
        return replace(article, title=MetaValue(value=line, inferred=True, evidence=(span,), method="first-line"))
    return article
