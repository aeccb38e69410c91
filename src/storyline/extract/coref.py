"""In-article coreference: names into entities, then descriptions, roles and pronouns onto them.

What it does, over the candidate mentions that ``storyline.extract.entities`` found:
- groups name mentions by key (a gazetteer entry, an acronym's expansion, a person's full name, or the
  normalized text); a surname or given name alone joins the person whose full name holds it ("Hayashi",
  "Mao"; "Mrs. Clinton" only a woman so named; a surname two people share, the one named first, not a relative
  named later), whatever the small model called it (a place "Bednarek");
  an organisation's forms are one (``fold_org_forms``: a plural, a kind word, a place before it, its
  acronym introduced or not), and so is its first word alone ("Brandt" of "Brandt Trucks", "Bayern" of
  "Bayern Munich", "Dominion" of "Dominion Voting Systems", "Harbor" of "Harbor Corp."), unless two longer
  names open with it ("Fox News", "Fox Corp.") or the longer one is a body of its own named after it ("the
  Kestrel Security Response Alliance", "Woodburn Police Department");
  a capital acting or spoken of as a government joins its
  country ("Beijing warned", "a relationship with Beijing"), while a capital as a place stays the city ("an
  office in Tokyo");
- resolves person pronouns (he/him/his, she/her) outside quotations (curly, straight, ``treebank'' and
  ''New York Times'' marks) to a person of compatible gender, never to an organisation or a place (whatever
  one of its mentions is typed: ``group_type`` is the entity's type) (``storyline.extract.genders``: titles, given
  names, gendered nouns; else learned from the pronouns a person takes): in the pronoun's own sentence the
  subject of the nearest clause above it ("X said Y told a pastor she ..." -> Y), else the latest sentence
  first, in it the subject of its main verb ("Trump said ..., adding that the judge was ... He also" ->
  Trump), then any subject, then the latest mention; never the subject of its own verb, nor of the verb a
  participle depends on ("Kerrow wrote to Vantry, telling her": Vantry);
- resolves "it"/"its" for an organisation or country only when the sentence's subject is that organisation
  ("NATO unveiled its ...") or when "it" says something and an organisation was the subject just before
  ("... NATO unveiled ... "...," it said"); a plural ("authorities") is never "it".

What it does NOT do: no learned model and no cataphora for pronouns; "they", "we" and pronouns inside
quotations are left alone, since a wrong speaker is worse than none; a pronoun with no compatible person
in the last few sentences stays unresolved.

Method: the classic rule-based order of Lee et al. (2013, "Deterministic coreference resolution based on
entity-centric, precision-ranked rules"), simplified to exact/partial name match, then pronouns by
recency and salience (subjects first) with a Hobbs (1978)-style walk up the parse inside the pronoun's
sentence, written from scratch for news text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from storyline.extract import gazetteer
from storyline.extract.gazetteer import words
from storyline.extract.genders import mention_gender

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})
NEUTER = frozenset({"it", "its"})
PLURAL = frozenset({"they", "them", "their", "themselves"})
RELATIVE = frozenset({"who", "whom", "whose", "which", "that"})
SPEECH_VERBS = words(
    "say said says add added adds state stated states tell told tells warn warned warns argue argued argues "
    "note noted notes claim claimed claims write wrote writes announce announced announces")
_METONYM_PREP = words("with against toward towards by")
_PERSON_WINDOW = 5  # sentences a person pronoun may reach back


@dataclass(slots=True)
class Mention:
    """A working mention: character span, what it is, and where it sits in the parse."""

    start: int
    end: int
    type: str
    kind: str  # name | acronym | description | role | pronoun
    key: str = ""
    sent: int = 0
    subject: bool = False
    main: bool = False  # the subject of the sentence's main verb ("Trump said ..."), not of a clause inside it
    in_quote: bool = False
    gender: str | None = None
    cluster: int = -1
    meta: dict[str, str] = field(default_factory=dict)


_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE_END = re.compile(r"'s?$")
_NOT_NAME_CHARS = re.compile(r"[^\w' ]+")


def norm_name(text: str) -> str:
    """Lower case, curly apostrophes straightened, a leading article and a trailing possessive dropped."""
    t = text.replace("’", "'").strip()
    t = _LEADING_ARTICLE.sub("", t)
    t = _POSSESSIVE_END.sub("", t)
    return " ".join(_NOT_NAME_CHARS.sub(" ", t.lower()).split())


_QUOTE_MARK = re.compile(r"“|”|\"|''|``")


def quote_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks, line by line.

    Curly quotes and the ``...'' of treebank text open and close as written; a straight double quote, or two
    apostrophes as The New York Times prints them (''Yes,'' he said), opens when none is open and closes
    otherwise. A quote left open runs to the line's end, unless two apostrophes opened it: those may close a
    quote begun on an earlier line, so they mark nothing alone."""
    ranges: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        open_at: int | None = None
        opener = ""
        for mark in _QUOTE_MARK.finditer(line):
            ch = mark.group()
            if ch in ("“", "``") or (ch != "”" and open_at is None):
                if open_at is None:
                    open_at, opener = pos + mark.end(), ch
            elif open_at is not None:
                ranges.append((open_at, pos + mark.start()))
                open_at = None
        if open_at is not None and opener != "''":
            ranges.append((open_at, pos + len(line)))
        pos += len(line) + 1
    return ranges


def in_ranges(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in ranges)


def token_at(doc: Doc, start: int, end: int) -> int | None:
    """Index of the syntactic head token of [start, end), or None when no token lies there."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return int(span.root.i)


def main_subject(tok: Token) -> bool:
    """``tok`` is the subject of its sentence's main verb, or of a verb conjoined with it ("Trump said ...,
    adding that the judge was ...": Trump, not the judge)."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    if verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "ROOT"


def stray_subject(tok: Token) -> Token | None:
    """The verb whose subject the parse took for an apposition, or None: "In his letter to Prime Minister Ana
    Roe, the minister without portfolio said ..." hangs "the minister" on Roe, the name inside the phrase that
    opens the sentence, and leaves "said" with no subject; the phrase between the comma and the verb is the
    one who says (a reader never takes a subject-less verb's noun phrase for the prime minister's title)."""
    if tok.dep_ != "appos" or tok.head.dep_ != "pobj" or tok.left_edge.i == 0:
        return None
    if any(c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN") for c in tok.children):
        return None  # "With the RJC, an influential group of donors, the retired surgeon faced": the inner one
    doc = tok.doc
    if doc[tok.left_edge.i - 1].text != "," or tok.right_edge.i + 1 >= len(doc):
        return None
    verb = doc[tok.right_edge.i + 1]
    if verb.pos_ != "VERB" or verb.dep_ != "ROOT" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    first = tok.sent[0]
    if first.pos_ != "ADP" or first.head != verb or tok.head not in first.subtree:
        return None
    return verb


def sentence_index(doc: Doc) -> dict[int, int]:
    """Token index -> the index of its sentence."""
    sent_of: dict[int, int] = {}
    for n, sent in enumerate(doc.sents):
        for tok in sent:
            sent_of[tok.i] = n
    return sent_of


def annotate(
    mentions: Iterable[Mention], doc: Doc, quotes: list[tuple[int, int]], text: str, sent_of: Mapping[int, int]
) -> None:
    """Fill each mention's sentence index, subject flags and in-quote flag from the parse.

    ``text`` is the parsed text (``doc.text``, which spaCy builds from the tokens on every access) and
    ``sent_of`` the doc's ``sentence_index``: the caller makes both once for all its calls."""
    for m in mentions:
        head = token_at(doc, m.start, m.end)
        if head is None:
            continue
        tok = doc[head]
        m.sent = sent_of.get(head, 0)
        stray = stray_subject(tok) is not None
        m.subject = tok.dep_ in ("nsubj", "nsubjpass") or stray
        m.main = main_subject(tok) or stray
        if m.gender is None:
            m.gender = mention_gender(text[m.start : m.end])
        m.in_quote = in_ranges(quotes, m.start, m.end)
        m.meta["dep"] = tok.dep_
        m.meta["prep"] = tok.head.lower_ if tok.dep_ == "pobj" else ""
        if (tok.dep_ == "poss" and _a_place(tok.head)) or _a_scene(tok):
            m.meta["locates"] = "1"  # "Tokyo's Haneda Airport": where it is, not the government's


def _a_scene(tok: Token) -> bool:
    """``tok`` is the subject of a copula, a passive or a verb of hosting: "Paris is the main scene of the
    marches", "Paris was hit by strikes", "Paris saw the largest crowds" tell of the city, not its government."""
    return tok.dep_ == "nsubjpass" or (tok.dep_ == "nsubj" and tok.head.lemma_ in _SCENE_VERBS)


_SCENE_VERBS = words("be become remain see host witness")


def _a_place(tok: Token) -> bool:
    """``tok`` heads a place's name or a place word ("Haneda Airport", "port", "suburbs")."""
    return tok.ent_type_ in ("FAC", "LOC", "GPE") or gazetteer.NAME_TAILS.get(tok.lower_) in ("FAC", "LOC") \
        or tok.lower_ in _PLACE_WORDS


_PLACE_WORDS = words("airport airports port city streets suburbs outskirts district ward neighbourhood neighborhood")


# courtesy titles a report puts before a surname ("Ms Wilkins", "Mr. LaCalamita"); job titles are in the gazetteer
HONORIFICS = words("mr mrs ms miss mx dr prof sir dame lord lady rev fr gov sen rep gen lt col capt sgt")
_COURTESY = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z]")


def person_tokens(text: str) -> tuple[str, ...]:
    """A person's name words, less the titles in front ("Ms Wilkins" -> ("wilkins",)); a name that is all
    title words is kept whole."""
    toks = tuple(norm_name(text).split())
    lead = 0
    while lead < len(toks) - 1 and (
        toks[lead] in HONORIFICS or toks[lead] in gazetteer.TITLE_HEADS or toks[lead] in gazetteer.TITLE_MODIFIERS
    ):
        lead += 1
    return toks[lead:]


def key_names(mentions: list[Mention], text: str) -> None:
    """Give every name mention its cluster key (see the module docstring for the order of rules)."""
    persons: dict[str, tuple[str, ...]] = {}  # key -> tokens of a multi-word person name
    for m in mentions:
        if m.key:
            continue
        toks = person_tokens(text[m.start : m.end])
        if m.meta.get("inverted") and len(toks) == 2:
            toks = (toks[1], toks[0])  # a headline's "Griner Brittney" is Brittney Griner
        if m.type == "PERSON" and len(toks) >= 2:
            m.key = "P:" + " ".join(toks)
            persons.setdefault(m.key, toks)
    # a name that is part of exactly one fuller name, its words in the same order, is that person: "Van Oosten" of
    # "Marike Van Oosten" (but "Sheikh Ahmad Al-Nawaf Al-Sabah" is no part of "Sheikh Nawaf Al-Ahmad Al-Sabah")
    fuller = {
        k: owners[0]
        for k, toks in persons.items()
        if len(owners := [o for o, full in persons.items() if len(full) > len(toks) and _in_order(toks, full)]) == 1
    }
    for m in mentions:
        if m.key in fuller:
            m.key = fuller[m.key]
    for k in fuller:
        del persons[k]
    genders = {k: gender_of([m for m in mentions if m.key == k]) for k in persons}
    # key -> words of a multi-word organisation or place name
    others: dict[str, tuple[str, ...]] = {}
    types: dict[str, str] = {}
    for m in mentions:
        surface = text[m.start : m.end]
        if m.type != "PERSON" and m.kind == "name" and len(surface.split()) >= 2:
            k = m.key or "N:" + norm_name(surface)
            others.setdefault(k, tuple(w for w in surface.split() if w[:1].isupper()))
            types.setdefault(k, m.type)
    first_seen: dict[str, int] = {}
    full_names = [m for m in mentions if m.key in persons and len(person_tokens(text[m.start : m.end])) >= 2]
    kin = {k for k in persons if kin_named(text, min((m for m in full_names if m.key == k), key=lambda x: x.start))}
    for m in sorted(mentions, key=lambda x: x.start):
        surface = text[m.start : m.end]
        if m.key:
            first_seen.setdefault(m.key, m.start)
            continue
        toks = person_tokens(surface)
        # a one-word name of any label (the small model calls "Hayashi" ORG, and "Bankman-Fried" too: a hyphenated
        # surname is one word), or a two-word person name
        short = len(toks) == 1 or (len(toks) == 2 and (m.type == "PERSON" or " " not in surface.strip()))
        owners = [k for k, full in persons.items() if set(toks) <= set(full)] if toks and short else []
        if owners and _DEPUTY.search(text, max(0, m.start - 8), m.start):
            owners = []  # "the Deputy Amir" is another than "the Amir" of "the Amir Sheikh Nawaf"
        if not owners and " " not in surface.strip() and gazetteer.lookup(surface) is None:
            owners = _initials_of(surface, persons) or _misspelt(toks, persons)
        if m.gender is not None:
            # "Mrs. Clinton" is not "Bill Clinton"
            owners = [k for k in owners if genders.get(k) in (None, m.gender)]
        if owners and m.type in ("PERSON", "ORG", "NORP", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"):
            # a shared surname goes to the person named first before it (the one the report is about, not a
            # relative named later: "Marta Voss ... her wife Lena Voss ... Voss was arrested"), else first after;
            # a relative ("his son Tem Voss") only when no one else fits, and a title decides first
            owners.sort(key=lambda k: (k in kin, k not in first_seen, first_seen.get(k, 0)))
            m.key = _titled_owner(text, m, owners, full_names) or owners[0]
            m.type = "PERSON"
        elif len(toks) == 1 and m.type != "GPE" and gazetteer.lookup(surface) is None and len(
            wholes := _short_form_of(surface, others, types, m.type)
        ) == 1:
            # the short form of exactly one longer organisation or place name: "the Gazette" of "Ashby Vale
            # Gazette", "Hollin" of "Hollin Dam"; a place alone ("Iran" beside "Iran Air") stays the place
            m.key = wholes.pop()
            m.type = types[m.key]
        elif m.type == "GPE" and (country := gazetteer.country_of_capital(surface)) is not None and (
            ((m.subject or m.meta.get("dep") == "poss") and not m.meta.get("locates"))
            or m.meta.get("prep") in _METONYM_PREP
        ):
            # the capital acts, owns or is dealt with: the government it stands for
            m.key = "K:" + country.canonical
            m.type = "GPE"
            m.meta["metonym"] = "1"
        elif m.type in ("GPE", "LOC") and (city := gazetteer.lookup(surface)) is not None and city.kind == "city":
            m.key = "N:" + norm_name(city.canonical)  # "Marrakech" and "Marrakesh" in one report: one city
        else:
            m.key = "N:" + norm_name(surface)
            if _COURTESY.match(surface):
                m.type = "PERSON"  # "Ms Wilkins", which the small model may call an organisation
        first_seen.setdefault(m.key, m.start)


_DEPUTY = re.compile(r"\b(?:[Dd]eputy|[Vv]ice)[ -]$")
# a kin noun right before a name, after a possessive or not ("his son Tem Voss", "her wife, Lena Voss")
_KIN_BEFORE = re.compile(
    r"\b(?:son|daughter|wife|husband|brother|sister|father|mother|grandson|granddaughter|nephew|niece|widow)"
    r",? +$", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([A-Za-z][\w.]*) +$")


def kin_named(text: str, m: Mention) -> bool:
    """Whether a person is first named as someone's relative ("pardons his son Tem Voss"): a bare surname the
    two share means the one the relative is named after, unless only the relative fits."""
    return bool(_KIN_BEFORE.search(text, max(0, m.start - 20), m.start))


def _title_before(text: str, start: int) -> str | None:
    """The title word right before a name ("President" of "President Voss", "Gov." of "Gov. Ana Voss"), lower
    case, or None when the word before is no title."""
    found = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if found is None:
        return None
    word = found.group(1).lower()
    bare = word.rstrip(".")
    heads = gazetteer.TITLE_HEADS | HONORIFICS
    return word if bare in heads or word in gazetteer.TITLE_ABBREVIATIONS else None


def _titled_owner(text: str, m: Mention, owners: list[str], full_names: list[Mention]) -> str | None:
    """The one of the people who share a surname that the report titles as the bare surname is titled:
    "President Voss" is "President Joe Voss", not "his son Tem Voss" named just before. None when the surname
    has no title, or the title fits none or several of them."""
    if len(owners) < 2:
        return None
    title = _title_before(text, m.start)
    if title is None:
        return None
    fits = {f.key for f in full_names if f.key in owners and _title_before(text, f.start) == title}
    return fits.pop() if len(fits) == 1 else None


def _in_order(part: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Every word of ``part`` is in ``full``, in the same order (a family's shared words "al", "bin" repeat)."""
    rest = iter(full)
    return all(any(w == f for f in rest) for w in part)


_INITIALS = re.compile(r"[A-Z]{3,5}")


def _initials_of(surface: str, persons: Mapping[str, tuple[str, ...]]) -> list[str]:
    """The one person whose name's initials a capitalised word of three letters or more spells, a hyphenated
    surname's parts counted apart ("SBF" of "Sam Bankman-Fried"); none when no person, or two, fit."""
    if not _INITIALS.fullmatch(surface):
        return []
    fits = [k for k, full in persons.items() if "".join(w[0] for w in full) == surface.lower()]
    return fits if len(fits) == 1 else []


def _misspelt(toks: tuple[str, ...], persons: Mapping[str, tuple[str, ...]]) -> list[str]:
    """The one person whose surname a one-word name misspells by one letter: a hyphenated surname with one part
    exact ("Bankman-Freed" of "Sam Bankman-Fried"), or a surname of eight letters or more ("Kowalczik" of "Anna
    Kowalczyk"). A given name is never read as misspelt: "Dana" and "Dina" may be two people. None when no
    person, or two, fit."""
    fits = []
    for k, full in persons.items():
        surname = full[-len(toks) :] if len(toks) < len(full) else ()
        if not surname or toks == surname:
            continue
        apart = [(a, b) for a, b in zip(toks, surname, strict=True) if a != b]
        long_enough = len(toks) >= 2 or len(toks[0]) >= 8
        if long_enough and len(apart) == 1 and min(map(len, apart[0])) >= 5 and one_edit(*apart[0]):
            fits.append(k)
    return fits if len(fits) == 1 else []


def one_edit(a: str, b: str) -> bool:
    """Two different words one letter apart: one substituted, inserted, dropped, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                  and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


# the words a report adds to or drops from an organisation's name without naming another one
# (a company's legal tail too, with or without its full stop: "Harbor Steel Corp." / "Harbor Steel Corp" / "Harbor
# Steel")
ORG_KIND_TAILS = frozenset({"group", "party", "company", "corporation", "corp.", "inc.", "organization",
                             "organisation", "movement", "foundation", "corp", "inc", "co", "co.", "ltd", "ltd.",
                             "plc", "llc"})
_COUNTRY_FORMS = {"u.s.": ("united", "states"), "us": ("united", "states"), "u.k.": ("united", "kingdom"),
                  "uk": ("united", "kingdom")}  # fmt: skip


def singular(word: str) -> str:
    """A lower-case name word without a plural "s" ("trucks" -> "truck", "tories" -> "tory"; "glass", "bus"
    kept)."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) else word


_SPACED_INITIAL = re.compile(r"\b([A-Z])\. (?=[A-Z]\.)")


def spaced_initials(name: str) -> str:
    """A name with its initials written apart run together ("U. S. Steel" -> "U.S. Steel"), as most reports
    write them."""
    return _SPACED_INITIAL.sub(r"\1.", name)


def org_words(surface: str) -> tuple[str, ...]:
    """An organisation's name as comparable words: lower case, no "the", "U.S." spelled "united states", a
    plural last word read as its singular ("Brandt Truck" = "Brandt Trucks")."""
    out: list[str] = []
    for w in spaced_initials(surface).lower().replace("’s", "").replace("'s", "").split():
        if not out and w == "the":
            continue
        out.extend(_COUNTRY_FORMS.get(w, (w,)))
    return (*out[:-1], singular(out[-1])) if out else ()


_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,6}")
_MINOR_WORDS = frozenset({"of", "for", "and", "on", "in", "the", "de", "&"})


def initials(surface: str) -> str:
    """The capitals that open a name's words, minor words skipped ("Allied Dock Workers" -> "ADW")."""
    words = re.split(r"[\s\-]+", surface)
    return "".join(w[0] for w in words if w and w.lower() not in _MINOR_WORDS and w[0].isupper())


def abbreviates(acronym: str, name: str) -> bool:
    """``acronym`` spells ``name`` by its words' first letters, each word giving one more letter at most from
    inside it ("JAL" of "Japan Airlines", "Japan Airlines Co": the legal tail and minor words give none).
    Stricter than Schwartz and Hearst's (2003) matcher: every word must give its first letter."""
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in _MINOR_WORDS]
    if acronym.upper() in (w.upper() for w in words):
        return False  # "KSA Social" holds "KSA" as a word: a programme named after the body, not spelled by it
    while len(words) > 1 and words[-1].lower().strip(".,") in _LEGAL_TAILS:
        words.pop()
    if len(words) < 2 or len(acronym) < len(words) or len(acronym) > 2 * len(words):
        return False
    return _spell(acronym.upper(), [w.upper() for w in words])


def _spell(letters: str, words: list[str]) -> bool:
    """``letters`` is each word's first letter, optionally followed by one later letter of the same word."""
    if not words:
        return not letters
    if not letters or letters[0] != words[0][0]:
        return False
    if _spell(letters[1:], words[1:]):
        return True
    return len(letters) > 1 and letters[1] in words[0][1:] and _spell(letters[2:], words[1:])


def fold_org_forms(mentions: list[Mention], text: str) -> None:
    """One organisation under the forms a report gives it: "U.S. Coast Guard" = "United States Coast Guard";
    "Coast Guard" = the one longer name it ends that only adds a place ("U.S. Coast Guard"); "Wagner" =
    "Wagner Group" (a kind word added); "Brandt Truck" = "Brandt Trucks" (a plural, whatever the small model
    called it); "ADW" = "United Auto
    Workers", the one organisation name of the report whose initials it spells, introduced or not. A short
    form two longer names share stays apart."""
    forms: dict[str, tuple[str, ...]] = {}
    for m in mentions:
        if m.kind == "name" and m.key.startswith("N:") and (m.type == "ORG" or _members_name(text[m.start : m.end], m)):
            form = org_words(text[m.start : m.end])
            if len(form) > len(forms.get(m.key, ())):
                forms[m.key] = form  # the key's fullest form: "Brandt" may have joined "Brandt Trucks" already
    spelled: dict[str, set[str]] = {}
    for m in mentions:
        surface = text[m.start : m.end]
        if m.type == "ORG" and m.kind == "name" and m.key.startswith("N:") and len(surface.split()) >= 2:
            spelled.setdefault(initials(surface), set()).add(m.key)
            if (bare := _without_place(surface)) != surface and len(bare.split()) >= 2:
                spelled.setdefault(initials(bare), set()).add(m.key)  # "FDA" of "U.S. Food and Drug Administration"
    by_words: dict[tuple[str, ...], str] = {}
    remap: dict[str, str] = {}
    for key, form in forms.items():
        if form in by_words:
            remap[key] = by_words[form]
        else:
            by_words[form] = key
    for key, form in forms.items():
        if key in remap or not form:
            continue
        longer = {by_words[full] for full in by_words if _fuller_form(full, form)}
        # "Harvard" beside "Harvard Corporation" and "Harvard Crimson": a short form that opens another name of the
        # report too is none of them
        opened = {by_words[full] for full in by_words if len(full) > len(form) and full[: len(form)] == form}
        if len(longer) == 1 and not opened - longer:
            remap[key] = longer.pop()
    retyped = set()
    for m in mentions:
        surface = text[m.start : m.end]
        if m.kind == "name" and m.type in _NOT_PLACES and " " in surface.strip() and m.key[:2] in ("N:", "P:") \
                and (org := by_words.get(org_words(surface))) is not None and org != m.key:
            remap.setdefault(m.key, org)  # "Brandt Truck’s director", a person to the small model, is the company
            retyped.add(m.key)
    for m in mentions:
        if m.key in retyped:
            m.type = "ORG"
    longs = {m.key: text[m.start : m.end] for m in mentions if m.type == "ORG" and m.kind == "name"
             and m.key.startswith("N:") and len(text[m.start : m.end].split()) >= 2}
    for m in mentions:
        surface = text[m.start : m.end]
        if m.kind != "name" or m.type == "PERSON" or not m.key.startswith("N:") or not _ACRONYM.fullmatch(surface) \
                or gazetteer.lookup(surface) is not None:
            continue
        whole = spelled.get(surface.replace("&", ""), set())
        if not whole:
            whole = {k for k, long in longs.items() if k != m.key and abbreviates(surface, long)}
        if len(whole) == 1:
            remap.setdefault(m.key, next(iter(whole)))
            m.type = "ORG"
    for key, target in list(remap.items()):
        while target in remap and remap[target] != target:
            target = remap[target]
        remap[key] = target
    for m in mentions:
        if m.key in remap:
            m.key = remap[m.key]


def _without_place(surface: str) -> str:
    """An organisation's name without the country or nationality that opens it ("U.S. Food and Drug
    Administration" -> "Food and Drug Administration"); the name itself when none does."""
    first, _, rest = surface.partition(" ")
    known = gazetteer.lookup(first)
    if (known is not None and known.type == "GPE") or gazetteer.country_of_demonym(first) is not None:
        return rest
    return surface


def _members_name(surface: str, m: Mention) -> bool:
    """A party's or a movement's members by their plural ("the Conservatives" of "the Conservative Party")."""
    return m.type == "NORP" and " " not in surface.strip() and singular(surface.lower()) != surface.lower()


# the words that may stand between a name and its kind word ("Aston Villa Football Club", "Keller Motor Company")
_KIND_QUALIFIERS = frozenset({"football", "soccer", "rugby", "cricket", "hockey", "basketball", "baseball", "motor",
                              "holding", "holdings"})
_NOT_PLACES = frozenset({"PERSON", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})


def _fuller_form(full: tuple[str, ...], short: tuple[str, ...]) -> bool:
    """``full`` is ``short`` with a place or its adjective before it ("united states coast guard", "swedish
    holm group") or a kind word after it ("wagner group", "aston villa football club")."""
    n = len(short)
    if len(full) <= n:
        return False
    if full[len(full) - n :] == short:
        before = " ".join(full[: len(full) - n]).title()
        return gazetteer.lookup(before) is not None or gazetteer.country_of_demonym(before) is not None
    extra = full[n:]
    # "thornbury rover" (its last word read as a singular) opens "thornbury rovers football club"
    return tuple(map(singular, full[:n])) == tuple(map(singular, short)) and 1 <= len(extra) <= 2 \
        and extra[-1] in ORG_KIND_TAILS | {"club"} and all(w in _KIND_QUALIFIERS for w in extra[:-1])


def _short_form_of(
    word: str, others: dict[str, tuple[str, ...]], types: dict[str, str], typ: str = ""
) -> set[str]:
    """The keys of the longer names ``word`` may shorten; a name it ends ("Villa" of "Aston Villa") before a
    place it opens ("Villa Park"). Else an organisation's first word ("Bayern" of "Bayern Munich", "Dominion"
    of "Dominion Voting Systems", "Tottenham" of "Tottenham Hotspur"), when ``word`` is called an organisation
    itself and opens no other longer name of the report: "Fox" beside "Fox News" and "Fox Corp." is neither."""
    wholes = {k for k, full in others.items() if _short_form(word, full, types[k])}
    ending = {k for k in wholes if others[k][-1] == word}
    if len(ending) == 1:
        return ending
    if not _ACRONYM.fullmatch(word) and gazetteer.country_of_demonym(word) is None:
        itself = {k for k, full in others.items()
                  if len(full) >= 2 and full[0] == word and types[k] == "ORG" and named_for_itself(full)}
        if wholes or typ in ("ORG", "NORP"):
            wholes |= itself
    opened = {k for k, full in others.items() if len(full) >= 2 and full[0] == word and types[k] == "ORG"}
    if opened - wholes:
        return set()  # "Yarrow" beside "Yarrow Corporation" and "Yarrow Gazette": the college, neither of them
    if len({_bare_org(others[k]) for k in wholes}) == 1:
        return {min(wholes)}  # "Brandt Trucks" and "the Brandt Truck Company": one company, folded later
    return wholes  # none, or several: "Fox" beside "Fox News" and "Fox Corp." is neither


# the head nouns that make a name a body or a thing of its own, named after another ("Microsoft Security Response
# Alliance", "House Natural Resources Committee", "Cannes Film Festival", "Woodburn Police Department")
_OWN_KINDS = words(
    """alliance committee council commission department ministry office agency authority bureau board court police
    festival award awards prize league cup championship tournament games conference summit forum bulletin update
    plant factory foundation institute university college school hospital church party union association"""
)


# what closes a company's legal name ("Harbor Corp.", "Kestrel Ltd"): the first word alone is the company
_LEGAL_TAILS = words("corp inc ltd plc co llc lp ag sa nv gmbh")


def named_for_itself(full: tuple[str, ...]) -> bool:
    """A longer organisation name whose first word alone is the organisation: two words, the second no kind of
    body or place ("Bayern Munich", "Tottenham Hotspur", "Summit Entertainment", "Harbor Corp."), or up to three
    whose last is a plural that says what the company makes ("Dominion Voting Systems")."""
    if len(full) < 2:
        return False
    last = full[-1].lower().strip(".,")
    if len(full) == 2 and last in _LEGAL_TAILS:
        return True
    if last.endswith("ing") and last not in _KIND_QUALIFIERS:
        return False  # "Kraft Shooting" in a headline: an event, not the company
    if last in _OWN_KINDS or gazetteer.NAME_TAILS.get(last) in ("FAC", "LOC") or last in gazetteer.NAME_TAILS:
        return False
    if len(full) == 2:
        return True
    return len(full) == 3 and singular(last) != last


def _bare_org(full: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words, the last singular, without a kind word at the end ("Brandt Truck Company" -> brandt,
    truck)."""
    out = (*(w.lower() for w in full[:-1]), singular(full[-1].lower()))
    return strip_kind(out)


def strip_kind(words: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words without the kind word at its end and what qualifies it ("aston villa football club" ->
    aston, villa; "holm group" -> holm); a name that is all kind words is kept."""
    out = words
    if len(out) > 1 and out[-1] in ORG_KIND_TAILS | {"club"}:
        out = out[:-1]
        while len(out) > 1 and out[-1] in _KIND_QUALIFIERS:
            out = out[:-1]
    return out


def _short_form(word: str, full: tuple[str, ...], typ: str) -> bool:
    """``word`` is how a report shortens the name ``full``: its last word ("Colts" of "Indianapolis Colts"),
    its first word when the rest only says what kind of place it is ("Hollin" of "Hollin Dam"), or the first
    word of a company's name of two or three words when the rest says what the company is or makes
    ("Brandt" of "Brandt Trucks", "Holm Group")."""
    if len(full) < 2:
        return False
    if word == full[-1]:
        return True
    if word == full[0] and typ == "ORG" and len(full) <= 3 and not _ACRONYM.fullmatch(word) and all(
        w.lower() in ORG_KIND_TAILS or (w.endswith("s") and singular(w.lower()) != w.lower()) for w in full[1:]
    ):
        return True  # not "Ashby" of "Ashby Vale Gazette": the rest names a place, not what the company is
    return word == full[0] and len(full) == 2 and gazetteer.NAME_TAILS.get(full[1].lower()) in ("FAC", "LOC")


def cluster(mentions: list[Mention]) -> list[list[Mention]]:
    """Group mentions with equal keys, clusters in order of first mention."""
    by_key: dict[str, list[Mention]] = {}
    for m in sorted(mentions, key=lambda x: (x.start, -x.end)):
        by_key.setdefault(m.key, []).append(m)
    groups = sorted(by_key.values(), key=lambda g: g[0].start)
    for n, group in enumerate(groups):
        for m in group:
            m.cluster = n
    return groups


def gender_of(group: list[Mention]) -> str | None:
    """The gender most of the group's mentions give (titles, given names, gendered nouns); None on a tie."""
    votes = Counter(m.gender for m in group if m.gender)
    if not votes or (len(votes) == 2 and votes["m"] == votes["f"]):
        return None
    return votes.most_common(1)[0][0]


def group_type(group: list[Mention]) -> str:
    """The type of the entity a group of mentions makes: a person's full name or an unnamed speaker makes a
    person, a gazetteer entry its own type; else a person when any name in it is one, else the most frequent
    label of its names (an acronym of a facility is an organisation), else its first mention's."""
    key = group[0].key if group else ""
    if key.startswith(("P:", "U:")):
        return "PERSON"
    if key.startswith("K:") and (known := gazetteer.lookup(key[2:])) is not None:
        return known.type
    labels = Counter(
        "ORG" if m.type == "FAC" and m.kind == "acronym" else m.type for m in group if m.kind in ("name", "acronym")
    )
    if labels.get("PERSON"):
        return "PERSON"
    return labels.most_common(1)[0][0] if labels else group[0].type


def resolve_pronouns(
    doc: Doc, groups: list[list[Mention]], quotes: list[tuple[int, int]], sent_of: Mapping[int, int]
) -> list[Mention]:
    """Pronoun mentions tied to ``groups`` (their ``cluster`` set); unresolved pronouns are not returned.
    ``sent_of`` is the doc's ``sentence_index``."""
    gender: dict[int, str | None] = {n: gender_of(g) for n, g in enumerate(groups)}
    # he and she are people's: never an organisation's or a place's, whatever one of its mentions is called
    people = {n for n, g in enumerate(groups) if g and group_type(g) == "PERSON"}
    # antecedent history: every non-pronoun mention outside quotations, in text order
    history = sorted((m for g in groups for m in g if not m.in_quote), key=lambda m: m.start)
    out: list[Mention] = []
    h = 0
    seen: list[Mention] = []
    for tok in doc:
        low = tok.lower_
        if low not in MALE and low not in FEMALE and low not in NEUTER and low not in PLURAL:
            continue
        start = tok.idx
        while h < len(history) and history[h].start < start:
            seen.append(history[h])
            h += 1
        if in_ranges(quotes, start, start + len(tok.text)) or _styled(doc, tok):
            continue
        s = sent_of[tok.i]
        subject = tok.dep_ in ("nsubj", "nsubjpass")
        if low in NEUTER:
            target = _resolve_it(tok, s, seen, doc)
            typ = "ORG"
        elif low in PLURAL:
            target = _resolve_they(tok, s, seen)
            typ = target.type if target is not None else "ORG"
        else:
            want = "m" if low in MALE else "f"
            cands = [
                m for m in seen
                if m.type == "PERSON" and m.cluster in people and s - m.sent <= _PERSON_WINDOW
                and gender.get(m.cluster) in (None, want)
                and m.meta.get("number") != "p" and not m.meta.get("body")  # "the jury" is no "he"
            ]
            cands = _bound(doc, tok, cands)
            target = clause_antecedent(doc, tok, [m for m in cands if m.sent == s]) or max(
                # the latest sentence first; in an earlier one its main verb's subject ("Trump said ..., adding that
                # the judge was ..." / "He also suggested"), then any subject, then the latest mention
                cands, key=lambda m: (m.sent, m.main and m.sent < s, m.subject, m.start), default=None
            )
            if target is not None and gender.get(target.cluster) is None:
                gender[target.cluster] = want
            typ = "PERSON"
        if target is None:
            continue
        p = Mention(start, start + len(tok.text), typ, "pronoun", key=target.key, sent=s, subject=subject)
        p.cluster = target.cluster
        out.append(p)
        if subject:
            # a pronoun subject keeps its referent salient for the next pronoun
            seen.append(Mention(p.start, p.end, target.type, "pronoun", key=target.key, sent=s, subject=True,
                                main=main_subject(tok),
                                cluster=target.cluster, meta=dict(target.meta)))
    return out


# the words after "His"/"Her" in a style of address: "Her Majesty" is the monarch, no pronoun of the report's people
_STYLES = frozenset({"Majesty", "Highness", "Excellency", "Holiness", "Grace", "Lordship", "Ladyship", "Royal"})


def _styled(doc: Doc, tok: Token) -> bool:
    return tok.text in ("His", "Her", "his", "her") and tok.i + 1 < len(doc) and doc[tok.i + 1].text in _STYLES


def clause_antecedent(doc: Doc, tok: Token, cands: list[Mention]) -> Mention | None:
    """The subject of the nearest clause above the pronoun ``tok`` that is one of ``cands`` (mentions of its
    sentence before it), as in Hobbs (1978): "McAllister said Palin told a pastor she was sorry" -> Palin;
    "Trump said he would" -> Trump. The subject of the pronoun's own verb is skipped unless the pronoun is a
    possessive ("Obama met him", "Obama met Biden and thanked him": not Obama; "Obama made his case": Obama),
    and so is the subject a participle without one of its own takes ("Obama wrote to Merkel, telling her")."""
    by_head: dict[int, Mention] = {}
    for m in cands:
        head = token_at(doc, m.start, m.end)
        if head is not None and head < tok.i:
            by_head[head] = m
    if not by_head:
        return None
    skip = own_verbs(tok)
    node = tok.head
    while True:
        if tok.dep_ == "poss" or node.i not in skip:
            for child in node.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.i in by_head:
                    return by_head[child.i]
        if node.head.i == node.i:
            return None
        node = node.head


def own_verbs(tok: Token) -> set[int]:
    """The verbs whose subject a pronoun ``tok`` that is no possessive cannot be: its own verb, the verbs that
    verb is conjoined with ("Halvorsen met Brandt and thanked him"), and the verb whose subject a participle
    without one of its own takes ("Halvorsen wrote to Brandt, telling her ...": who tells is Halvorsen)."""
    own = tok.head
    while own.pos_ not in ("VERB", "AUX") and own.head.i != own.i:
        own = own.head
    skip = {own.i}
    while own.dep_ == "conj":
        own = own.head
        skip.add(own.i)
    if own.dep_ in ("advcl", "xcomp") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in own.children):
        skip.add(own.head.i)
    return skip


def _bound(doc: Doc, tok: Token, cands: list[Mention]) -> list[Mention]:
    """``cands`` less the subjects of the verbs a non-possessive pronoun ``tok`` cannot refer to the subject of
    (``own_verbs``): "Halvorsen wrote to Brandt, telling her" is never Halvorsen."""
    if tok.dep_ == "poss" or tok.lower_.endswith("self"):
        return cands  # "Obama made his case", "Obama praised himself"
    verbs = own_verbs(tok)
    barred = {c.i for v in verbs for c in doc[v].children if c.dep_ in ("nsubj", "nsubjpass")}
    barred |= {doc[v].head.i for v in verbs if _object_relative(doc[v])}
    return [m for m in cands if token_at(doc, m.start, m.end) not in barred]


def _object_relative(verb: Token) -> bool:
    """A relative clause whose relative pronoun is the verb's object ("the smallest child, whom he held"): its
    subject is someone other than the noun the clause hangs on (he holds the child; he is not the child)."""
    return verb.dep_ == "relcl" and any(
        c.dep_ in ("dobj", "dative") and c.lower_ in ("whom", "who", "that", "which") for c in verb.children
    )


def resolve_relatives(doc: Doc, groups: list[list[Mention]]) -> list[Mention]:
    """Relative pronouns tied to the mention their clause modifies ("Lohan, who checked in ...").

    Only "who"/"whom"/"whose" for people and "which"/"that" for others, and only where the parse attaches the
    relative clause to the head word of a mention; "that" must be tagged a relative determiner (WDT).
    """
    by_head: dict[int, Mention] = {}
    for g in groups:
        for m in g:
            if m.kind != "pronoun":
                by_head[m.end] = m
    out: list[Mention] = []
    for tok in doc:
        low = tok.lower_
        if low not in RELATIVE or tok.head.dep_ != "relcl" or (low == "that" and tok.tag_ != "WDT"):
            continue
        noun = tok.head.head
        target = by_head.get(noun.idx + len(noun.text))
        if target is None or (low.startswith("wh") and low != "which") != (target.type == "PERSON"):
            continue
        p = Mention(tok.idx, tok.idx + len(tok.text), target.type, "pronoun", key=target.key, sent=target.sent)
        p.cluster = target.cluster
        out.append(p)
    return out


def _in_reported(doc: Doc, m: Mention) -> bool:
    """Whether a mention lies in the clause a speech verb reports ("the Trade Council has ruled" of "The Trade
    Council has ruled that ..., it said"; "China is dissatisfied" of "China is dissatisfied ..., a spokesperson
    said")."""
    at = token_at(doc, m.start, m.end)
    if at is None:
        return False
    tok = doc[at]
    while tok.head.i != tok.i:
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in SPEECH_VERBS:
            return True
        tok = tok.head
    return False


def _resolve_they(tok: Token, s: int, seen: list[Mention]) -> Mention | None:
    """"they"/"them"/"their" -> the latest plural description ("police", "the pirates") within two sentences.
    A subject "they" takes no word buried in a relative clause of its sentence that it stands outside of:
    "scientists reported a strain, which can kill 10% of people, in a town that they feared ..." is not the
    people's fear; where a subject above it is a plural no mention stands for, "they" stays unresolved."""
    plural = [m for m in seen if m.meta.get("number") == "p" and s - 2 <= m.sent <= s]
    if tok.lower_ == "they" and tok.dep_ in ("nsubj", "nsubjpass"):
        kept = [m for m in plural if m.sent != s or not _buried(tok, m)]
        if len(kept) < len(plural) and _unknown_subject_above(tok, seen):
            return None  # the scientists, whom no description of the tables names: no one to tie "they" to
        plural = kept
    return max(plural, key=lambda m: (m.sent, m.subject, m.start), default=None)


def _unknown_subject_above(tok: Token, seen: list[Mention]) -> bool:
    """Whether a clause above ``tok`` has a plural noun subject before it that no mention stands for."""
    known = {m.end for m in seen}
    for verb in tok.ancestors:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
        if subject is not None and subject.tag_ in ("NNS", "NNPS") and subject.idx + len(subject.text) not in known:
            return True
    return False


def _buried(tok: Token, m: Mention) -> bool:
    """Whether mention ``m`` lies inside a relative clause of ``tok``'s sentence that does not hold ``tok``."""
    at = token_at(tok.doc, m.start, m.end)
    if at is None:
        return False
    for above in tok.doc[at].ancestors:
        if above.dep_ == "relcl":
            return tok not in above.subtree
    return False


def _resolve_it(tok: object, s: int, seen: list[Mention], doc: Doc | None = None) -> Mention | None:
    """"its"/"it" -> an organisation or country, only in the two clear cases of the module docstring. With
    ``doc``, the one who says something is never a body the words said are about: "The Trade Council has
    ruled that ..., it said" is not the council speaking (a subject inside a reported clause is no speaker)."""
    low = tok.lower_  # type: ignore[attr-defined]
    orgs = [m for m in seen if m.type in ("ORG", "GPE") and m.meta.get("number") != "p"]  # "authorities" are "they"
    same = [m for m in orgs if m.sent == s and m.subject]
    if low == "its" and same:
        return same[-1]
    head = tok.head  # type: ignore[attr-defined]
    if low == "it" and tok.dep_ == "nsubj" and head.lemma_.lower() in SPEECH_VERBS:  # type: ignore[attr-defined]
        recent = [m for m in orgs if s - 2 <= m.sent <= s and m.subject]
        if doc is not None:
            recent = [m for m in recent if not _in_reported(doc, m)]
        if recent:
            return recent[-1]
    return None
