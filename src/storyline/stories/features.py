"""Cheap story features of one article: no spaCy parse, only regular expressions over the text.

A report is turned into five groups of terms, each answering a different question about "same event?":

- ``w`` words: lower-cased content words (stop words dropped, a plural ``s`` folded). The topic of the report.
- ``n`` names: capitalized tokens that are not sentence-initial, and runs of them ("Yoshimasa Hayashi"). Who and
  where; the strongest signal that two reports of the *same kind* of event are about the *same* event.
  A dotted abbreviation is one name written without its dots, so "U.S. Steel" meets "US Steel".
- ``d`` numbers and dates: figures ("23", "7.4", "e75m"), years, "March 3" style dates. Two earthquakes differ
  in magnitude, day and death toll even when their words are alike.
- ``q`` quotes: the words inside quotation marks, as 4-word shingles. Two outlets carrying the same quote are
  very likely reporting the same statement.

``vectorize`` weights each group by TF-IDF (sub-linear tf, smoothed idf from a document-frequency table the
caller keeps), normalizes each group to unit length, scales it by its group weight and normalizes the whole, so
that the cosine of two vectors is a weighted blend of the per-group cosines. Terms are stable 64-bit hashes (not
Python's salted ``hash``) so vectors and frequency tables can be saved and loaded.

``of_article`` first blanks the page's noise (``storyline.extract.furniture``: boilerplate such as a blog's
comment form, bylines, credits, embedded posts), whose rare words would otherwise weigh as much as
the report's own: in a short copy a third of the terms can be "email", "required", "reply". Headings, captions
and datelines stay: a headline and a caption name the event.

Does NOT: parse, tag or link entities; resolve relative dates; read metadata (publication dates are handled
by the clustering, see ``storyline.stories.similarity``).
"""

from __future__ import annotations

import functools
import hashlib
import math
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from storyline.extract.furniture import find_furniture
from storyline.model import Article

IdArray = npt.NDArray[np.int64]
WeightArray = npt.NDArray[np.float32]

# Group weights: how much of the cosine each signal carries. Tuned on ECB+ train (storyline.eval.clusters):
# names and numbers separate two events of one kind, words find the kind, quotes are rare but decisive.
GROUP_WEIGHTS: dict[str, float] = {"w": 1.0, "n": 0.8, "d": 0.9, "q": 0.3}

_STOP = frozenset(
    """a about above after again against all also am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have having he
    her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor
    not now of off on once only or other our ours ourselves out over own same she should so some such than that
    the their theirs them themselves then there these they this those through to too under until up very was we
    were what when where which while who whom why will with would you your yours yourself yourselves said says
    say told tell according one two three new also last first year years week weeks day days time monday tuesday
    wednesday thursday friday saturday sunday today yesterday tomorrow mr mrs ms may might must shall since
    still yet however though although around among per via across within without upon well even many much""".split()  # noqa: SIM905 (a word list reads better as prose)
)
_MONTHS = (  # noqa: SIM905
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
).split()
_MONTH_SET = frozenset(_MONTHS)
_MONTH_NUM = {m: (i % 12) + 1 for i, m in enumerate(_MONTHS[:12])} | {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

# a dotted abbreviation ("U.S.", "U.N.") is one token: split at its dots, "U.S. Steel" kept only "steel" of the
# name that "US Steel" writes "us steel"
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-z][A-Za-z'’\-]*|\d[\d,.]*\d|\d")
_SENT_END = re.compile(r"[.!?][\"”’')]*\s*$")
_QUOTE = re.compile(r"[\"“”„«»]\s*([^\"“”„«»\n]{12,400}?)\s*[\"“”„«»]")
_DATE = re.compile(
    r"\b(" + "|".join(_MONTHS) + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b|\b(\d{1,2})\s+(" + "|".join(_MONTHS) + r")\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"^(19|20)\d\d$")
_WORD = re.compile(r"[a-z0-9]+")


@functools.lru_cache(maxsize=1 << 18)  # common terms recur in every report; hashing dominated the feature time
def term_id(term: str) -> int:
    """A stable signed 64-bit id for a term (same on every run and machine)."""
    return int.from_bytes(hashlib.blake2b(term.encode("utf-8"), digest_size=8).digest(), "little", signed=True)


@dataclass(frozen=True, slots=True)
class Features:
    """Term counts of one article, keyed ``"<group>:<term>"``; see the module docstring for the groups."""

    counts: Counter[str]

    @property
    def terms(self) -> list[str]:
        return list(self.counts)


def _fold(word: str) -> str:
    """Lower-case and fold a simple plural, so "pirates" meets "pirate" (no stemmer needed)."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    return w


# letters that spell one sound in the romanized names of one place or person ("Marrakech" / "Marrakesh",
# "Gaddafi" / "Qaddafi" aside): a name is keyed by them written one way
_SPELLINGS = re.compile(r"ch|kh|sh|ph|ou|([a-z])\1")
_ONE_WAY = {"ch": "sh", "kh": "k", "sh": "sh", "ph": "f", "ou": "u"}


def _spelling(name: str) -> str:
    """A name's word with its spelling variants written one way (``_SPELLINGS``; a doubled letter once)."""
    return _SPELLINGS.sub(lambda m: _ONE_WAY.get(m.group(0), m.group(0)[0]), name)


def _number(tok: str) -> str:
    return tok.replace(",", "").rstrip(".")


def extract(text: str) -> Features:
    """Count the terms of every group in ``text`` (see the module docstring)."""
    counts: Counter[str] = Counter()
    tokens = list(_TOKEN.finditer(text))
    run: list[str] = []
    prev_end = 0
    sentence_start = True
    for m in tokens:
        tok = m.group()
        gap = text[prev_end : m.start()]
        prev_end = m.end()
        if run and gap.strip():  # punctuation between two capitalized words ends the name
            _flush(run, counts)
        if "\n" in gap or _SENT_END.search(gap):
            sentence_start = True
        if tok[0].isdigit():
            num = _number(tok)
            counts["d:" + num] += 1
            sentence_start = False
            if run:
                _flush(run, counts)
            continue
        low = _fold(tok.replace(".", ""))
        # A capitalized token starts a name unless it only opens a sentence and is an ordinary word.
        capital = tok[0].isupper() and not (sentence_start and low in _STOP) and low not in _MONTH_SET
        if capital and len(low) > 1:
            low = _spelling(low)
            run.append(low)
            counts["n:" + low] += 1
        elif run:
            _flush(run, counts)
        if low not in _STOP and len(low) > 2 and low not in _MONTH_SET:
            counts["w:" + low] += 1
        # the abbreviation's dot may also end the sentence: "in the U.S. The deal" opens one at "The"
        sentence_start = tok.endswith(".")
    if run:
        _flush(run, counts)
    for dm in _DATE.finditer(text):
        month = (dm.group(1) or dm.group(4)).lower().rstrip(".")
        day = dm.group(2) or dm.group(3)
        counts[f"d:{_MONTH_NUM.get(month, 0)}-{int(day)}"] += 2
    for qm in _QUOTE.finditer(text):
        words = _WORD.findall(qm.group(1).lower())
        for i in range(max(1, len(words) - 3)):
            counts["q:" + " ".join(words[i : i + 4])] += 1
    return Features(counts)


# furniture kinds that say nothing about the event; headings, captions and datelines name it, and a time stamp
# dates it (stripping stamps cost ECB+ dev batch B3 F1 0.938 -> 0.921: they carry the publication day)
NOISE_KINDS = frozenset({"boilerplate", "byline", "credit", "embed"})


def body_text(article: Article) -> str:
    """``article``'s text with its noise furniture (``NOISE_KINDS``) blanked out, line breaks kept."""
    text = article.text
    cuts = [(f.span.start, f.span.end) for f in find_furniture(article) if f.kind in NOISE_KINDS]
    if not cuts:
        return text
    out = list(text)
    for start, end in cuts:
        for i in range(start, end):
            if out[i] != "\n":
                out[i] = " "
    return "".join(out)


def of_article(article: Article) -> Features:
    """The features of ``article``'s text once its noise furniture is blanked (see the module docstring)."""
    return extract(body_text(article))


def _flush(run: list[str], counts: Counter[str]) -> None:
    """A run of two or more capitalized tokens is also a name of its own ("yoshimasa hayashi")."""
    if len(run) > 1:
        counts["n:" + " ".join(run)] += 1
    run.clear()


def idf(df: int, n_docs: int) -> float:
    """Smoothed inverse document frequency; a term in every document still weighs a little."""
    return math.log((1 + n_docs) / (1 + df)) + 1.0


def vectorize(
    features: Features,
    df: Mapping[int, int],
    n_docs: int,
    *,
    weights: Mapping[str, float] = GROUP_WEIGHTS,
) -> tuple[IdArray, WeightArray]:
    """A unit-length sparse vector ``(sorted term ids, weights)`` of ``features`` under the given DF table.

    ``df`` maps term id -> number of documents holding the term among ``n_docs``. Each group is TF-IDF weighted
    (1 + log tf), normalized, and scaled by its group weight before the whole vector is normalized again.
    """
    groups: dict[str, list[tuple[int, float]]] = {}
    for term, count in features.counts.items():
        group = term[0]
        tid = term_id(term)
        w = (1.0 + math.log(count)) * idf(df.get(tid, 0), n_docs)
        groups.setdefault(group, []).append((tid, w))
    merged: dict[int, float] = {}
    for group, items in groups.items():
        gw = weights.get(group, 0.0)
        if gw <= 0.0:
            continue
        norm = math.sqrt(sum(w * w for _, w in items))
        for tid, w in items:
            merged[tid] = merged.get(tid, 0.0) + gw * w / norm
    if not merged:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    ids = np.fromiter(merged.keys(), dtype=np.int64, count=len(merged))
    vals = np.fromiter(merged.values(), dtype=np.float64, count=len(merged))
    order = np.argsort(ids)
    ids, vals = ids[order], vals[order]
    vals /= np.linalg.norm(vals)
    return ids, vals.astype(np.float32)


def feature_ids(features: Features) -> list[int]:
    """The distinct term ids of ``features`` (for document-frequency counting)."""
    return [term_id(t) for t in features.counts]
