"""Provenance: which report credits which outlet for what, and where a statement first came from.

Edges come from the citations the extractor found (``Analysis.citations``): a report of outlet A that says
"told B", "B reported", "according to B" ... gives ``A -> B`` with the citation as evidence and the credited
clause. A report's credit to its own outlet ("told CNN" in CNN, "CNN reached out to NATO") is no edge: it says
the outlet obtained the content itself, which is what ``origin_of`` reports for it.

A statement's origin is the outlet a citation in (or crediting) it names, else the report's own outlet.
Within a fact, origins are followed through the story: when a report credits outlet B and B's own report of
the same fact credits C, the origin is C. The count of distinct origins is the fact's number of independent
sources.

A report that copies another of the story (``storyline.compare.copies``: most statements near-verbatim, or
several long passages word for word) gets a ``copy`` edge to it (``copy_edges``), with a shared passage as
evidence; so does a close rewrite that credits no one (``storyline.compare.rewrites``: it follows the other
sentence by sentence in its own words), with its longest retold sentence as evidence, and what it retells counts
for the report it rewrote (``repeated_origin``). The edge reads "repeats": like a copy, the rewrite adds no
source for what the two share.

A report whose outlet is unknown is named after the outlet another report credits for words that only the two
of them carry (``named_by_credit``): "..., a villager told the Lakeside Courier" in one report and the villager's
words in an unnamed other make that other the Lakeside Courier's; a credit of a whole rewrite
("Source: CNBC") names the one unnamed report whose wording the rewrite kept (``named_by_source``).

An outlet that is an actor of the story (``parties``: Fox, sued by Dominion, in every report's account of the
settlement) is no news source where it makes a statement: "Fox said the amount greatly overstated ..." is the
defendant's statement, and ``compare_story`` leaves such citations, and an outlet inferred from the party's
own acts ("Fox did not immediately confirm"), out.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence

from storyline.compare.copies import (
    Word,
    are_kin,
    carried_credits,
    repeats,
    shared_passages,
    unquoted_words,
    words_of,
)
from storyline.compare.rewrites import find_rewrites, rewritten_sentences, told_after
from storyline.extract.citations import UNNAMED_AGENCIES
from storyline.ingest import outlets
from storyline.model import Analysis, Article, Citation, ProvenanceEdge, Span, StoryEntity


def outlet_of(article: Article, analysis: Analysis | None = None) -> str:
    """The outlet's name; when it is unknown, the outlet the report names in its own acts ("CNN reached out
    to"), else a stand-in naming the report."""
    if article.outlet.value:
        return article.outlet.value
    if analysis is not None:
        own = [c.cites for c in analysis.citations if c.kind == "self"]
        if own:
            return own[0]
    return f"report {article.id}"


def _norm(name: str) -> str:
    name = name.strip().lower()
    return name[4:] if name.startswith("the ") else name


def same_outlet(a: str, b: str) -> bool:
    return _norm(a) == _norm(b)


def provenance_edges(articles: Sequence[Article], analyses: Sequence[Analysis]) -> tuple[ProvenanceEdge, ...]:
    """One edge per citation of another outlet, in story then text order; duplicates of a pair kept as evidence.
    A picture's credit line ("... Handout via REUTERS") gives an edge of kind ``picture``: the outlet sent the
    picture, which says less of the text than a credit of its words."""
    edges = []
    for article, analysis in zip(articles, analyses, strict=True):
        source = outlet_of(article, analysis)
        for c in analysis.citations:
            if c.kind == "self" or same_outlet(c.cites, source):
                continue
            edges.append(ProvenanceEdge(source=source, target=c.cites, evidence=c.span, credited=c.credited,
                                        kind="picture" if c.kind == "picture" else "credit"))
    return tuple(edges)


def _touches(c: Citation, span: Span) -> bool:
    if c.span.overlaps(span):
        return True
    return c.credited is not None and c.credited.overlaps(span) and _share(c.credited, span) > 0.3


def _share(a: Span, b: Span) -> float:
    """How much of ``b`` lies in ``a``."""
    inter = min(a.end, b.end) - max(a.start, b.start)
    return max(inter, 0) / max(b.end - b.start, 1)


def origin_of(span: Span, article: Article, analysis: Analysis, *, sentence: Span | None = None) -> str:
    """Where the statement at ``span`` comes from: the outlet a citation touching it names, else its own outlet.

    ``sentence``, when given, is the sentence holding the statement: a citation in the same sentence counts
    (a quote credited by "told CNN" after it).
    """
    own = outlet_of(article, analysis)
    hits = [c for c in analysis.citations if c.kind != "self" and _touches(c, span)]
    if not hits and sentence is not None:
        hits = [c for c in analysis.citations if c.kind != "self" and c.span.overlaps(sentence)]
    if not hits:
        return own
    # a credit to another outlet outweighs the report's own ("told CNN" inside a Newsweek sentence)
    others = [c for c in hits if not same_outlet(c.cites, own)]
    chosen = others or hits
    chosen.sort(key=lambda c: abs(c.span.start - span.start))
    return chosen[0].cites if others else own


def follow(origins: Mapping[str, str], start: str) -> str:
    """Follow ``outlet -> outlet it credits`` links from ``start`` to the first outlet that credits no other."""
    seen = {_norm(start)}
    at = start
    while True:
        nxt = next((v for k, v in origins.items() if same_outlet(k, at)), None)
        if nxt is None or same_outlet(nxt, at) or _norm(nxt) in seen:
            return at
        seen.add(_norm(nxt))
        at = nxt


def resolve(origins: Sequence[tuple[str, str]]) -> list[str]:
    """Final origins of ``(report outlet, stated origin)`` pairs, following credits through the same fact."""
    by_outlet = {outlet: origin for outlet, origin in origins if not same_outlet(outlet, origin)}
    return [follow(by_outlet, origin) for _, origin in origins]


def distinct(names: Sequence[str]) -> list[str]:
    out: list[str] = []
    for n in names:
        if not any(same_outlet(n, m) for m in out):
            out.append(n)
    return out


def copy_edges(
    articles: Sequence[Article], analyses: Sequence[Analysis], copy_of: Mapping[int, int], *, words: int = 10
) -> tuple[ProvenanceEdge, ...]:
    """A ``copy`` edge from each report that copies another (by index, ``copy_of``) to that report, with the
    longest passage the copy shares with it as evidence; none where the two outlets are one, or no passage
    of ``words`` words is shared (the copy is then told by its statements, which leave no one span). A close
    rewrite (``rewrites.find_rewrites``) shares no such passage: its evidence is its sentences that follow the
    original, the longest first."""
    edges = []
    for copy, original in sorted(copy_of.items()):
        source = outlet_of(articles[copy], analyses[copy])
        target = outlet_of(articles[original], analyses[original])
        if same_outlet(source, target):
            continue
        found = shared_passages(
            unquoted_words(articles[original], analyses[original]),
            unquoted_words(articles[copy], analyses[copy]),
            words=min(words, _CREDITED_WORDS) if _credits_outlet(analyses[copy], target) else words,
        )
        if not found:
            found = [(s.start, s.end) for s in _rewritten(articles, analyses, copy, original)]
        if not found:
            continue
        start, end = max(found, key=lambda se: se[1] - se[0])
        edges.append(
            ProvenanceEdge(
                source=source, target=target, evidence=Span(article=articles[copy].id, start=start, end=end),
                kind="copy",
            )
        )
    return tuple(edges)


def _rewritten(
    articles: Sequence[Article], analyses: Sequence[Analysis], rewrite: int, original: int
) -> list[Span]:
    """The rewrite's sentences that follow its original, where report ``rewrite`` closely rewrites
    report ``original`` (``rewrites.find_rewrites``); none otherwise."""
    if find_rewrites(articles, analyses).get(rewrite) != original:
        return []
    return [m for m, _ in rewritten_sentences(articles[rewrite], analyses[rewrite], articles[original],
                                              analyses[original])]


def repeated_origin(
    span: Span, report: int, copy_of: Mapping[int, int], articles: Sequence[Article], analyses: Sequence[Analysis]
) -> str | None:
    """The outlet of the report that report ``report`` copies or is a later version of (``copy_of``, by index), when
    the statement at ``span`` repeats that report's words (``copies.repeats``), or, in a close rewrite of that
    report (``rewrites.find_rewrites``), sits in a sentence that retells one of its sentences
    (``rewrites.told_after``, and the rewrite's in-order sentences); None for a report that copies none, and for
    a statement of its own: "thenewdaily repeats newsini" makes newsini the origin of the paragraphs
    the two share, not of the toll only the later version gives.

    A statement of a report whose outlet is unknown that another report credits, word for word, to an outlet no
    report of the story is known to be (``credited_elsewhere``) is that outlet's: it is one source with the
    crediting report's statement, not a second."""
    if report not in copy_of:
        return credited_elsewhere(span, report, articles, analyses)
    original = copy_of[report]
    outlet = outlet_of(articles[original], analyses[original])
    mine = _words(articles[report].text)
    words = _COPY_WORDS
    if _credits_outlet(analyses[report], outlet) and not _kin_texts(articles[report].text, articles[original].text):
        # a report that credits the outlet it repeats, and is no version of its text (``credited_repeats``), says
        # so: a shorter run of its words is enough to tell, but no shorter statement ("one person is still
        # missing" is anybody's words)
        words = _CREDITED_WORDS
        if sum(1 for w in mine if w is not None and span.start <= w[1] < span.end) < words:
            return None
    if repeats(span, mine, _words(articles[original].text), words=words):
        return outlet
    # a close rewrite tells in its own words what the original told: a statement in a sentence that follows one
    # of the original's is the original's (``rewrites``)
    if find_rewrites(articles, analyses).get(report) == original and any(
        _share(s, span) > 0.5
        for s in (*_rewritten(articles, analyses, report, original),
                  *told_after(articles[report], analyses[report], articles[original], analyses[original]))
    ):
        return outlet
    return None


def credited_elsewhere(
    span: Span, report: int, articles: Sequence[Article], analyses: Sequence[Analysis]
) -> str | None:
    """The outlet another report of the story credits for the statement at ``span`` of report ``report``, whose
    own outlet is unknown: "T-Mobile has more than 110 million customers, according to The Wall Street Journal"
    in one report, and the bare sentence in an unnamed other, make the other's sentence the Journal's words (the
    other may well be the Journal's own text, unnamed). The statement must hold ``_CREDITED_WORDS`` words of its
    own (outside quotes: a speaker's words are anybody's to print) and repeat the credited clause in runs of as
    many words (``copies.repeats``).

    Does NOT name the report after the outlet (``named_by_credit`` asks more of that): only this statement's
    origin is told. None where the outlet is a report's of the story (``credited_repeats`` tells those), where
    two outlets are credited for the words, and for a statement sent to an outlet ("said in a statement to CNN":
    many outlets print it)."""
    article = articles[report]
    if outlet_of(article, analyses[report]) != f"report {article.id}":
        return None
    mine = _unquoted(article.text, tuple(q.span for q in analyses[report].quotes if q.kind in ("direct", "partial")))
    if sum(1 for w in mine if w is not None and span.start <= w[1] < span.end) < _CREDITED_WORDS:
        return None
    names = [outlet_of(a, an) for a, an in zip(articles, analyses, strict=True)]
    found = []
    for r, analysis in enumerate(analyses):
        if r == report:
            continue
        for c in analysis.citations:
            if (c.kind in ("self", "picture", "statement") or c.credited is None or c.cites == UNNAMED_AGENCIES
                    or credits_whole(c, articles[r]) or any(same_outlet(c.cites, n) for n in names)):
                continue
            clause = _words(articles[r].text[c.credited.start : c.credited.end])
            if repeats(span, mine, clause, words=_CREDITED_WORDS):
                found.append(c.cites)
    outlets_found = distinct(found)
    return outlets_found[0] if len(outlets_found) == 1 else None


# a copy repeats runs of this many words; a report that credits the outlet it repeats, runs of the shorter length
_COPY_WORDS = 10
_CREDITED_WORDS = 8


def _credits_outlet(analysis: Analysis, outlet: str) -> bool:
    """Whether a report credits ``outlet`` for some of its words ("..., state news agency Velm reported")."""
    return any(c.kind not in ("self", "picture") and same_outlet(c.cites, outlet) for c in analysis.citations)


def credited_repeats(
    articles: Sequence[Article], analyses: Sequence[Analysis], credits: Mapping[int, set[int]]
) -> dict[int, int]:
    """Report index -> the report of the story whose outlet it credits and whose words it repeats: "..., the
    state news agency Velm reported" in one report, and Velm's own report of the story printing a sentence of
    the first word for word ("Velmish diplomats are in contact with his lawyer") outside quotes, in a run of
    ``_CREDITED_WORDS`` words. What the two share came from the credited report, as a copy's does; the rest is
    the report's own (``repeated_origin``). Refuses to guess where the report so repeats two reports it
    credits. A close rewrite of a report of the story (``rewrites.find_rewrites``) repeats it too, credit or
    none."""
    unquoted = [unquoted_words(a, an) for a, an in zip(articles, analyses, strict=True)]
    out = {}
    for r, credited in credits.items():
        repeated = [q for q in sorted(credited)
                    if q != r and shared_passages(unquoted[q], unquoted[r], words=_CREDITED_WORDS)]
        if len(repeated) == 1:
            out[r] = repeated[0]
    for r, q in _unnamed_repeats(articles, analyses, unquoted).items():
        out.setdefault(r, q)
    for r, q in find_rewrites(articles, analyses).items():
        # a close rewrite repeats its original though it credits no one: what they share is the original's
        out.setdefault(r, q)
    return out


def _unnamed_repeats(
    articles: Sequence[Article], analyses: Sequence[Analysis], unquoted: Sequence[Sequence[Word | None]]
) -> dict[int, int]:
    """Report index -> the report of the story it repeats though that report's outlet is unknown: the report credits
    an outlet that is no report's of the story ("..., Harbour News reports", "Source: agencies"), and prints, outside
    quotes, a run of ``_COPY_WORDS`` words of exactly one report whose outlet is unknown (or, for unnamed agencies,
    one of a news agency). The credit says the report took words from elsewhere; the run says where they are. One
    run, with the quoted words around it, must be long (``_LONG_RUN`` words) or most (``_RETOLD_SHARE``) of its
    sentence in the repeating report, or two runs be shared (``_retold``): a phrase of names inside a longer
    sentence of the report's own ("... orders for four villages, including Elm Cove and Los Pinos de Arriba, and
    shelters were set up") is wording any two reports of one event share.

    Does NOT name the unknown report after the credited outlet: the report may credit two outlets ("NBC News
    reports" and "the AP reported"), and the run may have reached both reports through a third. Refuses to guess
    where two reports qualify, and where the two are versions of one text (``copies.are_kin``: the story stage
    tells those apart)."""
    names = [outlet_of(a, an) for a, an in zip(articles, analyses, strict=True)]
    unknown = {i for i, (a, n) in enumerate(zip(articles, names, strict=True)) if n == f"report {a.id}"}
    out: dict[int, int] = {}
    for r, analysis in enumerate(analyses):
        open_credits = {c.cites for c in analysis.citations
                        if c.kind not in ("self", "picture", "statement") and not any(same_outlet(c.cites, n)
                                                                                      for n in names)}
        if not open_credits:
            continue
        wires = UNNAMED_AGENCIES in open_credits
        found = [q for q in range(len(articles))
                 if q != r and (q in unknown or (wires and outlets.is_agency(names[q])))
                 and _retold(unquoted[q], unquoted[r], (articles[q].text, articles[r].text))
                 and not are_kin(unquoted[q], unquoted[r])]
        if len(found) == 1:
            out[r] = found[0]
    return out


# a shared run of words outside quotes retells its sentence when, with the quoted words around it, it runs this
# long, or holds this share of the sentence's words
_LONG_RUN = 15
_RETOLD_SHARE = 0.6
_SENTENCE_END = re.compile(r"[.!?](?=[\s\"'”’)]|$)|\n")


def _retold(original: Sequence[Word | None], report: Sequence[Word | None], texts: tuple[str, str]) -> bool:
    """Whether ``report`` (its words outside quotes) prints runs of ``_COPY_WORDS`` words of ``original``: two
    runs, or one that, counted with the quoted words around it as well (``texts``: the original's and the report's
    text), runs ``_LONG_RUN`` words or holds ``_RETOLD_SHARE`` of its sentence's words. A quote with its
    attribution word for word ("'For the next crews, this is for you,' flight director Ana Ruiz, the agency's
    first woman in the post, said") is the sentence taken whole; a phrase of names is not."""
    runs = shared_passages(original, report, words=_COPY_WORDS)
    if len(runs) != 1:
        return len(runs) >= 2
    theirs, text = texts
    mine = _words(text)
    start, end = runs[0]
    whole = [(s, e) for s, e in shared_passages(_words(theirs), mine, words=_COPY_WORDS) if s <= start and end <= e]
    start, end = whole[0] if whole else runs[0]
    before = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, end)
    first, last = (before[-1] if before else 0), (after.start() if after else len(text))
    ran = sum(1 for w in mine if w is not None and start <= w[1] < end)
    return ran >= _LONG_RUN or ran >= _RETOLD_SHARE * sum(1 for w in mine if w is not None and first <= w[1] < last)


@functools.lru_cache(maxsize=256)
def _kin_texts(a: str, b: str) -> bool:
    # asked once per statement of a report that repeats another: read each pair once
    return are_kin(_words(a), _words(b))


@functools.lru_cache(maxsize=32)
def _unquoted(text: str, quoted: tuple[Span, ...]) -> tuple[Word | None, ...]:
    # ``copies.unquoted_words`` of a report, read once for all its statements
    return tuple(words_of(text, quoted))


@functools.lru_cache(maxsize=32)
def _words(text: str) -> tuple[Word | None, ...]:
    # each statement of a copy is held against the same two texts: read each once
    return tuple(words_of(text))


def _names_outlet(text: str, outlet: str) -> bool:
    """Whether ``text`` names ``outlet`` itself, as written ("Lakeside Courier", "AP"): a report is named after an
    outlet only when it says the outlet's name somewhere."""
    return re.search(rf"(?<![\w-]){re.escape(outlet)}(?![\w-])", text) is not None


# how a report names an outlet it quotes from, not its own: "Speaking on Radio Velm", "in an interview with the
# Courier", "the broadcaster Radio Velm" (``_CALLED_OUTLET``), "Radio Velm radio", "the Courier newspaper"
_ON_OUTLET = re.compile(
    r"\b(?:speaking|appearing|interviewed|an\s+interview)\s+(?:on|to|with)\s+(?:the\s+)?$", re.I
)
_OUTLET_KIND_AFTER = re.compile(r"\s+(?:radio|television|TV|channel|station|newspaper|broadcaster)\b")


def _names_as_another(text: str, outlet: str) -> bool:
    """Whether ``text`` names ``outlet`` as an outlet it quotes from, described as one ("told French broadcaster
    Radio Velm", "Speaking on Radio Velm radio"): a report does not describe its own outlet so."""
    for m in re.finditer(rf"(?<![\w-]){re.escape(outlet)}(?![\w-])", text):
        before = text[max(0, m.start() - 40) : m.start()]
        if _CALLED_OUTLET.search(before) or _ON_OUTLET.search(before) or _OUTLET_KIND_AFTER.match(text, m.end()):
            return True
    return False


def named_by_credit(
    articles: Sequence[Article],
    analyses: Sequence[Analysis],
    *,
    words: int = 8,
    credits: Sequence[Sequence[Citation]] | None = None,
) -> dict[int, str]:
    """Report index -> the outlet another report credits for words (``words`` or more in a row, quotes
    included) that, of the story's reports, only that report also carries, where its own outlet is unknown.

    A picture's credit ("... Handout via REUTERS") names no one: another report may print the caption without it.
    Refuses to guess when the carrier never names the outlet (it may have the words from anywhere: "The AP
    reported Silverline is the 16th-largest bank" in one report names no other report that writes "the country's
    16th largest bank" the AP's), when the credited words are carried by more than one other report (a statement every
    outlet printed), when the carrier is a version of the crediting report (``copies.are_kin``), when the
    outlet is already a report's of the story, when the candidate credits that outlet itself, or when one
    outlet would name two reports. ``credits`` are each report's citations as read, when ``analyses`` lost some
    (a party's statement taken out: ``statement_of_party``): a candidate that writes "a statement carried by
    Harbor news agency HNA said" credits HNA for those words, and is no report of HNA, even where HNA is also an
    actor of the story.
    """
    names = [outlet_of(a, an) for a, an in zip(articles, analyses, strict=True)]
    unknown = {i for i, (a, an) in enumerate(zip(articles, analyses, strict=True))
               if not a.outlet.value and outlet_of(a, an) == f"report {a.id}"}
    found: dict[str, set[int]] = {}
    texts: dict[int, list[tuple[str, int, int] | None]] = {}
    unquoted = [unquoted_words(a, an) for a, an in zip(articles, analyses, strict=True)]

    def _kin(r: int, q: int) -> bool:
        # a version of the crediting report carries what it credits too, and is no report of the credited outlet
        return are_kin(unquoted[r], unquoted[q])

    for r, analysis in enumerate(analyses):
        for c in analysis.citations:
            if c.kind in ("self", "picture") or c.credited is None or any(same_outlet(c.cites, n) for n in names):
                continue  # a picture's credit names who took the picture, not who wrote its caption's words
            if c.cites == UNNAMED_AGENCIES:
                continue  # "Source: agencies" names no one a report could be named after
            if c.kind == "statement":
                # a statement sent to an outlet ("said a statement to CNN from the Families Forum") goes to many:
                # another report quoting it is no report of that outlet's
                continue
            # what is credited: the clause the citation names, and the quotes its verb introduces ("'...,' a
            # villager told the Lakeside Courier": the credited clause may hold only the quote's last sentence)
            spans = [c.credited, *(q.span for q in analysis.quotes if q.cue_span and q.cue_span.overlaps(c.span))]
            said = [words_of(articles[r].text[s.start : s.end]) for s in spans]
            carriers = []
            for q in range(len(articles)):
                if q == r:
                    continue
                texts.setdefault(q, words_of(articles[q].text))
                if any(shared_passages(w, texts[q], words=words) for w in said) and not _kin(r, q):
                    carriers.append(q)
            if len(carriers) != 1 or carriers[0] not in unknown:
                continue
            q = carriers[0]
            if not _names_outlet(articles[q].text, c.cites):
                continue  # a report that never names the outlet is no report of it, only a carrier of its words
            if _names_as_another(articles[q].text, c.cites):
                continue  # "Speaking on Radio Velm on Monday, the minister said": it quotes the outlet
            if any(same_outlet(c.cites, d.cites) for d in (analyses[q].citations if credits is None else credits[q])):
                continue
            found.setdefault(c.cites, set()).add(q)
    for outlet, q in _named_by_carried(articles, analyses, unquoted, names, unknown).items():
        found.setdefault(outlet, set()).add(q)
    named: dict[int, list[str]] = {}
    for outlet, reports in found.items():
        if len(reports) == 1:
            named.setdefault(next(iter(reports)), []).append(outlet)
    return {q: outlets[0] for q, outlets in named.items() if len(distinct(outlets)) == 1}


def _named_by_carried(
    articles: Sequence[Article], analyses: Sequence[Analysis], unquoted: Sequence[Sequence[Word | None]],
    names: Sequence[str], unknown: set[int],
) -> dict[str, int]:
    """Outlet -> the one report of unknown outlet that prints bare, as its own, several clauses another report
    credits to that outlet (``copies.carried_credits``: "..., The Harbor Times reported." again and again in a
    rewrite): that report is the outlet's text the rewrite retold, though it never names its outlet (a syndicated
    copy). One credited sentence is not enough (``named_by_credit``: a report that prints it may have it from
    anywhere); an outlet that is a report's of the story, or whose clauses two reports print, names no one."""
    carriers: dict[str, set[int]] = {}
    for r in range(len(articles)):
        for q in sorted(unknown - {r}):
            for outlet in carried_credits(articles, analyses, unquoted, r, q):
                if outlet != UNNAMED_AGENCIES and not any(same_outlet(outlet, n) for n in names):
                    carriers.setdefault(outlet, set()).add(q)
    return {outlet: next(iter(qs)) for outlet, qs in carriers.items() if len(qs) == 1}


# an outlet named as the newsroom it is ("Xinhua reporters who arrived at villages ..."): no actor
_NEWSROOM = re.compile(
    r"(?:['’]s)?\s+(?:reporters?|correspondents?|journalists?|crews?|staff(?:ers)?|photographers?|editors?|"
    r"cameras?|team|news\s+team)\b",
    re.I,
)
# an outlet named after what kind of outlet it is ("told the Greek public broadcaster ERT"), where no citation was
# read: the report still names it as a news source, not as an actor
_CALLED_OUTLET = re.compile(
    r"\b(?:broadcaster|news\s+agency|wire\s+service|newspaper|daily|tabloid|(?:news\s+|TV\s+)?channel|television|"
    r"network|station|outlet|news\s+site|website)\s+$",
    re.I,
)
# a citation that is a party's statement reads "<name> said", not "<name> reported" or "according to <name>"
_STATEMENT = re.compile(r"\b(?:said|says|added|adds|stated|states|announced|insisted|argued|maintained)\s*$", re.I)


def parties(
    articles: Sequence[Article], analyses: Sequence[Analysis], entities: Sequence[StoryEntity], *, reports: int = 2
) -> frozenset[str]:
    """The outlets the reports cite (or infer as a report's own) that are actors of the story, by their
    normalized name: a story entity standing for the outlet (named like it, or named where it is cited) is
    mentioned outside every citation and outlet evidence in at least ``reports`` reports ("Fox Corp. and its
    cable networks agreed Tuesday to pay ...", "Fox has reached a settlement ...").

    When the defendant is a network, "Fox said the amount greatly overstated ..." is the defendant's statement,
    not a news source the report took its words from; an outlet that is only ever named where it is credited
    ("Xinhua said", "according to Kyodo News") is a source.
    """
    cited: dict[str, list[Span]] = {}
    for article, analysis in zip(articles, analyses, strict=True):
        for c in analysis.citations:
            cited.setdefault(_norm(c.cites), []).append(c.span)
        if article.outlet.inferred and article.outlet.value:
            cited.setdefault(_norm(article.outlet.value), []).extend(article.outlet.evidence)
    if not cited:
        return frozenset()
    away = [
        [c.span for c in an.citations] + list(a.outlet.evidence)
        for a, an in zip(articles, analyses, strict=True)
    ]
    ids = {a.id: n for n, a in enumerate(articles)}
    out = set()
    for name, spans in cited.items():
        standing = [
            e for e in entities
            if same_outlet(e.name, name)
            or (_may_be_outlet(e, name) and any(m.overlaps(s) for m in e.mentions for s in spans))
        ]
        acting = {
            m.article
            for e in standing
            for m in e.mentions
            if m.article in ids
            and not any(m.overlaps(s) for s in away[ids[m.article]])
            and not _NEWSROOM.match(articles[ids[m.article]].text, m.end)
            and not _CALLED_OUTLET.search(articles[ids[m.article]].text, max(0, m.start - 40), m.start)
        }
        if len(acting) >= reports:
            out.add(name)
    return frozenset(out)


# kinds of entity that describe an outlet in its credit, never are it: "according to Greek national broadcaster ERT"
_DESCRIBING = frozenset(("NORP", "GPE", "LOC"))


def _may_be_outlet(entity: StoryEntity, cited: str) -> bool:
    """Whether an entity mentioned in a credit to ``cited`` may stand for that outlet: not a nationality or a place
    that describes it ("Greek" of "the Greek public broadcaster ERT"), unless it shares a word of its name (a paper
    the small model typed as a place, "The Beacon")."""
    return entity.type not in _DESCRIBING or bool(set(_norm(entity.name).split()) & set(cited.split()))


def statement_of_party(citation: Citation, acting: frozenset[str]) -> bool:
    """Whether a citation is an actor's statement ("Fox said ...", where Fox is a party: ``parties``) rather
    than a credit to a news source."""
    return citation.kind != "self" and _norm(citation.cites) in acting and bool(_STATEMENT.search(citation.text))


# a credit covering this share of its report or more (or no span at all) credits the whole report: "Source: CNBC"
_WHOLE = 0.5


def named_by_source(
    articles: Sequence[Article], analyses: Sequence[Analysis], *, words: int = 6, passages: int = 3
) -> dict[int, str]:
    """Report index -> the outlet another report credits as the source of its whole text ("Source: Harbor
    Radio" on its last line: a credit with no span, or one covering at least half the report), where that
    outlet is no report's of the story and exactly one report of unknown outlet is the one the crediting report
    took its wording from: at least ``passages`` runs of ``words`` words outside quotes shared with it, and
    more than twice as many as with any other report.

    A rewrite credits the report it rewrote; the passages it kept tell which report of the story that is.
    """
    names = [outlet_of(a, an) for a, an in zip(articles, analyses, strict=True)]
    unknown = {i for i, a in enumerate(articles) if not a.outlet.value and names[i] == f"report {a.id}"}
    unquoted = [unquoted_words(a, an) for a, an in zip(articles, analyses, strict=True)]
    found: dict[str, set[int]] = {}
    for r, (article, analysis) in enumerate(zip(articles, analyses, strict=True)):
        for c in analysis.citations:
            if c.kind == "self" or any(same_outlet(c.cites, n) for n in names) or not credits_whole(c, article):
                continue
            if c.cites == UNNAMED_AGENCIES:
                continue  # "Source: agencies" names no one a report could be named after
            shared = sorted(
                ((len(shared_passages(unquoted[r], unquoted[q], words=words)), q) for q in range(len(articles))
                 if q != r),
                reverse=True,
            )
            if not shared or shared[0][0] < passages or shared[0][1] not in unknown:
                continue
            if len(shared) > 1 and 2 * shared[1][0] >= shared[0][0]:
                continue
            found.setdefault(c.cites, set()).add(shared[0][1])
    return {next(iter(q)): outlet for outlet, q in found.items() if len(q) == 1}


def credits_whole(citation: Citation, article: Article) -> bool:
    """Whether a credit is to the source of its whole report ("Source: CNBC": no span of what it credits, or most
    of the text), not of a clause or a quote ("..., she told Harbor Radio")."""
    if citation.credited is None:
        return True
    return citation.credited.end - citation.credited.start >= _WHOLE * len(article.text)
