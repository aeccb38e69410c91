"""Cross-report quotes: the same quote carried by several reports becomes one ``StoryQuote``.

Two quotes from different reports are the same when the words of the shorter one are (nearly) all in the
longer one, in any order (``align.quote_similarity`` >= ``min_similarity``): verbatim copies, an inserted
"(have been)", a trimmed end or a changed quote mark all pass. The first carrier (story order, then text order)
holds the span; the others are listed in ``same_as``. The speaker is the story entity of the first carrier's
speaker, found through the entity's ``members`` ``(article id, local entity id)`` or, failing that, by name.

Reported speech merges only with reported speech carried word for word with the same speaker (a syndicated
copy). Does NOT merge two different quotes by the same speaker, nor reported speech that paraphrases a direct
quote, nor two outlets' paraphrases of one statement.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from storyline.compare.align import quote_similarity
from storyline.model import Analysis, Quote, Span, StoryEntity, StoryQuote

# a negation just before the cue ("has not said", "did not confirm", "never said"): the ledger shows it
_NEGATED = re.compile(r"(?:\b[A-Za-z]+\s+not|\b[A-Za-z]+n[’']t|\bnever)\s+(?:(?:yet|publicly|explicitly)\s+)?$")


def _cue_words(text: str, cue: Span) -> str | None:
    """The cue as the ledger shows it: its verb as written, with a negation before it ("has not said")."""
    verb = text[cue.start : cue.end].strip()
    if not verb:
        return None
    neg = _NEGATED.search(text, max(0, cue.start - 40), cue.start)
    return " ".join((text[neg.start() : cue.start] + verb).split()) if neg else verb


def _other_speakers(
    quote: Quote,
    article: str,
    speaker: str | None,
    same: Sequence[Span],
    carried: Sequence[tuple[str, Quote]],
    entities: Sequence[StoryEntity],
) -> tuple[tuple[Span, str], ...]:
    """Carriers of the same quote that name another speaker: one outlet gives the words to Ana Ruiz, another to
    Tomas Lind. Only names count on both sides: a carrier that leaves the speaker out, or describes them ("a
    resident"), does not contradict one that names them."""
    if speaker is None or not _named(quote):
        return ()
    out = []
    for other_article, other in carried:
        if other.span not in same or not _named(other):
            continue
        other_id = _speaker_id(other, other_article, entities)
        if other_id is not None and other_id != speaker:
            out.append((other.span, other_id))
    return tuple(out)


def _named(quote: Quote) -> bool:
    """A speaker given by a proper name ("Ana Ruiz"), not a description ("a resident") nor none."""
    return quote.speaker is not None and quote.speaker[:1].isupper() and quote.speaker_entity is not None


def _speaker_id(quote: Quote, article: str, entities: Sequence[StoryEntity]) -> str | None:
    if quote.speaker_entity:
        for ent in entities:
            if (article, quote.speaker_entity) in ent.members:
                return ent.id
    if quote.speaker:
        name = quote.speaker.lower()
        for ent in entities:
            if ent.name.lower() == name:
                return ent.id
    return None


def _same_report(a: Quote, b: Quote) -> bool:
    """Two reported clauses are one when a copy carries them word for word with the same speaker (a syndicated
    report); paraphrases stay apart, since each outlet's wording is its own reading of what was said."""
    if a.speaker and b.speaker and a.speaker != b.speaker:
        return False
    return " ".join(a.text.split()).strip(" .,;:") == " ".join(b.text.split()).strip(" .,;:")


def merge_quotes(
    analyses: Sequence[Analysis],
    entities: Sequence[StoryEntity],
    *,
    min_similarity: float = 0.85,
    texts: Mapping[str, str] | None = None,
) -> tuple[StoryQuote, ...]:
    """Every quote of the story once, with its other carriers in ``same_as``; ``texts`` (article id to text)
    gives each its cue word as written."""
    texts = texts or {}
    carried: list[tuple[str, Quote]] = [(an.article, q) for an in analyses for q in an.quotes]
    taken = [False] * len(carried)
    out = []
    for i, (article, quote) in enumerate(carried):
        if taken[i]:
            continue
        taken[i] = True
        same: list[Span] = []
        for j in range(i + 1, len(carried)):
            other_article, other = carried[j]
            if taken[j] or other_article == article or (other.kind == "indirect") != (quote.kind == "indirect"):
                continue
            if any(s.article == other_article for s in same):
                continue
            if quote.kind == "indirect" and not _same_report(quote, other):
                continue
            if quote_similarity(quote.text, other.text) >= min_similarity:
                taken[j] = True
                same.append(other.span)
        speaker = _speaker_id(quote, article, entities)
        named = quote.speaker
        if speaker is None:
            # the first carrier may not know the speaker while another does
            for other_article, other in carried:
                if other.span in same:
                    speaker = _speaker_id(other, other_article, entities)
                    named = named or other.speaker
                    if speaker:
                        break
        cue = _cue_words(texts[article], quote.cue_span) if quote.cue_span is not None and article in texts else None
        out.append(StoryQuote(span=quote.span, text=quote.text, kind=quote.kind, speaker=speaker,
                              same_as=tuple(same), cue=cue, speaker_name=None if speaker else named,
                              also_attributed=_other_speakers(quote, article, speaker, same, carried, entities)))
    return tuple(out)
