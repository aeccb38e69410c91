"""Infer an article's outlet (and, optionally, its title) when the input does not give them.

The outlet comes first from the URL's host (``outlets.from_url``), then from the ways a report refers to
its own outlet: "Hayton told Newsweek", "Newsweek has reached out to NATO for comment", "(CNN) —",
"in a statement to CNN", "did not respond to CNN's request for comment", "Copyright 2023 Reuters". Other
outlets a report cites appear with "reported", "according to" or "citing"; those cues count against a name.
Each cue has a weight (an outlet's contact with a source for comment is stronger evidence than "told X",
which a report also uses when repeating another outlet's interview); the best-scoring name wins only when
it clearly beats the next one, else nothing is inferred (refusing beats a wrong guess).

Does not infer the publication date: that is ``storyline.extract.dating``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace

from storyline.ingest import outlets
from storyline.model import Article, MetaValue, Span

# A name the text may use for an outlet we do not know: up to four capitalized words, "the" allowed first.
_GENERIC = r"(?:[Tt]he )?[A-Z][A-Za-z0-9&'.-]*(?: [A-Z][A-Za-z0-9&'.-]*){0,3}"
_OBJECT = r"(?: (?:the )?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3})?"
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


@dataclass(frozen=True, slots=True)
class _Cue:
    pattern: re.Pattern[str]
    weight: float
    # True when the cue names a report's own outlet even for a name not in the table (contact for comment).
    strong: bool = False
    dateline: bool = False


def _cue(template: str, weight: float, *, strong: bool = False, dateline: bool = False) -> _Cue:
    # The lookahead fails fast on the many positions no name can start at (the alternation is long).
    name = f"(?=[A-Z]|the )(?P<o>{outlets.name_pattern().pattern}|{_GENERIC})"
    return _Cue(re.compile(template.replace("{O}", name)), weight, strong, dateline)


def _cues() -> tuple[_Cue, ...]:
    unable = r"(?:reach|contact|confirm|verify)"
    contact = r"(?:reached out|contacted|emailed|e-mailed|approached)"
    return (
        # Datelines: "(CNN) —", "LONDON (Reuters) -", at the start of a paragraph.
        # A wire dateline marks the text as that agency's copy, whoever republished it (method "dateline").
        _cue(r"(?m)^[ \t]*(?:[A-Z][A-Z .,'-]*[ \t])?\({O}\)[ \t]*[—–-]", 4.0, strong=True, dateline=True),
        _cue(
            r"\b{O} (?:has |have |had )?(?:" + contact[3:-1] + r"|asked|called)" + _OBJECT + _SENTENCE_REST
            + r"\bfor (?:comment|a response)",
            3.0,
            strong=True,
        ),
        _cue(r"\b{O} (?:has |have |had )?" + contact + r"(?: to)?" + _OBJECT + r"\b", 1.5),
        _cue(r"\b{O} (?:was|were|has been|is) (?:not able|unable) to " + unable, 3.0, strong=True),
        _cue(r"\b{O} (?:could|can|did) not (?:immediately |independently )?" + unable, 3.0, strong=True),
        _cue(r"\b{O} cannot (?:immediately |independently )?(?:confirm|verify)", 3.0, strong=True),
        _cue(r"\b{O}'s requests? for comment", 3.0, strong=True),
        _cue(r"\b(?i:requests?) for comment from {O}", 3.0, strong=True),
        _cue(r"\b(?i:obtained|seen|reviewed|viewed) by {O}", 2.0),
        _cue(r"\b{O} (?:has )?(?:obtained|learned|has seen|reviewed)\b", 2.0),
        _cue(r"\b(?:Copyright|©)(?: \(c\))? (?:\d{4} )?{O}", 3.0),
        # An outlet calls its own interviews exclusive; one repeating it seldom keeps the word.
        _cue(r"\b(?i:told|tells) {O} in an exclusive interview", 2.0),
        _cue(r"\b(?i:in) an exclusive interview with {O}", 2.0),
        _cue(r"\b(?i:told|tells) {O} in (?:an? )?(?:phone |telephone |recent )?interview", 1.5),
        _cue(r"\b(?i:told|tells) {O}", 1.0),
        _cue(r"\b(?i:in) (?:an? )?(?:exclusive )?(?:statement|interview|email|e-mail|comment)s? (?:to|with) {O}", 1.5),
        _cue(r"\b(?i:speaking|spoke|talking|talked|said) (?:to|with) {O}", 1.0),
        _cue(r"\b{O} (?:spoke|talked) (?:to|with)\b", 1.5),
        _cue(r"\b(?i:exclusive(?:ly)?) to {O}", 1.5),
        # Cited outlets: what another outlet reported is credited, not reported as one's own.
        _cue(r"\b{O} (?:first |previously |earlier |also |has |had )?(?:reported|said|cited|wrote|published)", -1.0),
        _cue(r"\b(?i:according to|citing|reported by|cited by|via) {O}", -1.0),
    )


_CUES: tuple[_Cue, ...] | None = None


def _all_cues() -> tuple[_Cue, ...]:
    global _CUES  # built once, lazily: the outlet table's regex is large
    if _CUES is None:
        _CUES = _cues()
    return _CUES


def _name_of(raw: str, *, strong: bool) -> str | None:
    """The outlet a captured name stands for, or None when it does not look like one."""
    known = outlets.canonical(raw)
    if known is not None:
        if raw.strip().lower() in outlets.AMBIGUOUS_LOWER and not strong:
            return None
        return known
    words = raw.split()
    while words and (words[0] in _LEADERS or words[0].lower() == "the"):
        words = words[1:]
    if not words:
        return None
    name = " ".join(words)
    inner = outlets.name_pattern().search(name)
    if inner is not None and inner.group(0).lower() not in outlets.AMBIGUOUS_LOWER:
        return outlets.canonical(inner.group(0))
    # An unknown acronym is not trusted ("told the FBI"): only a strong cue or an outlet-like last word.
    if strong or words[-1] in _OUTLET_WORDS:
        return ("The " + name) if raw.lower().startswith("the ") and words[-1] in _OUTLET_WORDS else name
    return None


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


def score_outlets(article: Article) -> list[OutletScore]:
    """Every outlet the text refers to, best first, with its score. Exposed for tests and for diagnostics."""
    scores: dict[str, float] = defaultdict(float)
    evidence: dict[str, list[Span]] = defaultdict(list)
    firm: set[str] = set()
    datelined: set[str] = set()
    taken: set[tuple[int, int]] = set()  # a name position counts once, for its strongest cue
    for cue in sorted(_all_cues(), key=lambda c: -abs(c.weight)):
        for match in cue.pattern.finditer(article.text):
            name = _name_of(match.group("o"), strong=cue.strong)
            key = match.span("o")
            if name is None or key in taken:
                continue
            taken.add(key)
            scores[name] += cue.weight
            if cue.weight >= _FIRM_WEIGHT:
                firm.add(name)
            if cue.dateline:
                datelined.add(name)
            if cue.weight > 0:
                evidence[name].append(Span(article=article.id, start=match.start(), end=match.end()))
    ranked = sorted(scores, key=lambda n: (-scores[n], n))
    return [OutletScore(n, scores[n], tuple(sorted(evidence[n])), n in firm, n in datelined) for n in ranked]


def _pick(ranked: list[OutletScore], firm: set[str]) -> OutletScore | None:
    if not ranked:
        return None
    best = ranked[0]
    if best.score < (_MIN_SCORE if best.name in firm else _MIN_WEAK_SCORE):
        return None
    if len(ranked) > 1 and ranked[1].score > 0 and best.score < 1.5 * ranked[1].score:
        return None  # another outlet is referred to about as often: refuse to guess
    return best


def infer_outlet(article: Article) -> Article:
    """``article`` with its outlet filled in when it was not known; a known outlet is kept as is.

    From the URL's host first (method "url-host"), else from self-references in the text (method
    "self-reference", with the cue phrases as evidence; "dateline" when a wire dateline such as "(AP) —" names
    it, since the text is then that agency's copy, which may have been republished by another outlet).
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
    method = "dateline" if best.dateline else "self-reference"
    outlet = MetaValue(value=best.name, inferred=True, evidence=best.evidence, method=method)
    return replace(article, outlet=outlet)


_TITLE_MAX_CHARS = 150


def infer_title(article: Article) -> Article:
    """``article`` with a title taken from its first line when none was given and that line reads as one.

    A title line is short, has text after it, and does not end like a sentence (. ! ? or a closing quote).
    Does not invent a title from the first sentence of a report that has none.
    """
    if article.title.known:
        return article
    text = article.text
    start = len(text) - len(text.lstrip())
    newline = text.find("\n", start)
    if newline < 0 or not text[newline:].strip():
        return article
    line = text[start:newline].rstrip()
    if not line or len(line) > _TITLE_MAX_CHARS or line[-1] in ".!?\"”’:;,":
        return article
    span = Span(article=article.id, start=start, end=start + len(line))
    title = MetaValue(value=line, inferred=True, evidence=(span,), method="first-line")
    return replace(article, title=title)
