"""Entities of one article: names, their every mention, canonical names, types and roles.

What it does:
- recognition: spaCy's named entities, trimmed ("the", a possessive "'s") and corrected by the gazetteer
  (outlets and agencies the small model misses, "Nikkei Asia"; countries in lists, "Bosnia and
  Herzegovina"; "U.S." is the United States), acronyms introduced in parentheses or by "which stands for"
  ("North Atlantic Treaty Organization (NATO)", "People's Republic of China's (PRC)", "(CEPA)") with every
  later use of the acronym (but not inside a body named after it, "the ADW Brandt Truck Council"), a known
  person's surname wherever it appears (the small model tags "Hayashi" ORG, or nothing), every other
  occurrence of a name of two words or more tagged once, a place name past its particle ("Campo Verde do
  Sul"), a full name after a title it stands in apposition to ("Director of Labor Relations Wren
  Vantry"), a two-word name after a lower-case title when the small model tagged one word of it alone
  ("Corvana mayor Odila Ruiz", "Odila" a product), and a club's name before its officer or player ("Spurs
  chairman Daniel Levy", "Colts QB Andrew Luck": two names);
- types: the small model's, corrected from the words around a name (``_context_types``: places, people,
  and clubs it calls people); a platform ("Twitter", "Telegram") is an organisation, never a person; a company
  the report calls one is an organisation ("ChatGPT creator X", "X – the company behind ...", "X's board", "my
  time at X"), and so is a station or a show one tells ("told Canal 44", "told 'Morning Desk' anchor Rui Sol");
- a body's name stops before the title of the person named after it ("U.S. Coast Guard Rear Adm. Ada
  Kell": the body, then her rank, which ``roles.titles`` reads as her role with the body);
- people's names whole and alone: an honorific opens a name ("Committee Sir Graham Brady" -> "Sir Graham
  Brady"), a possessor before it is no part of it ("Fulham's Aleksandar Mitrovic"), a monarch keeps the
  title with the regnal number ("King Charles III"), a lede's capitals are a person ("LIZ Truss"), a courtesy
  title is no part of a full name ("Ms Dalia Omari" is named "Dalia Omari");
- coreference within the article (``storyline.extract.coref``): names, descriptions, pronouns; "His
  Majesty the King" is the one king named; a definite description of status ("the former president",
  "the fallen Tory leader") that would stand alone joins the person named last before it in its
  sentence, else the report's main person (named most often, no one else as often before it);
- roles (``storyline.extract.roles``): titles before a name and appositions after it, none from a headline; a
  headline's lone title ("Gov. Says ...") is the one person of the report who holds it, if exactly one does;
- headlines (furniture headings and the title line): a person's name in one is cut to the name the running text
  writes ("Crypto King Sam Carver Faces ..." -> "Sam Carver"), and a form only a headline writes names an entity
  last;
- output: ``Entity`` values with ids ``e1``, ``e2``, ... in order of first mention; ``name`` is the fullest
  name the article uses (a gazetteer entry's canonical form counts: "U.S." -> "United States"); a group
  without a name is named by its description less its count or pronoun possessor ("ADW members" of "some
  2,000 ADW members" and "its members").

What it does NOT do: names inside page furniture other than captions (credits, headings, bylines,
boilerplate) are not entities: "PIERRE-PHILIPPE MARCOU/AFP/Getty Images" is a credit, "Complex" in a
section heading is no nationality. A caption's names are kept: captions name the people of the story; so is
the signer of a statement's signature line ("– Mara Quell, President, Global Affairs").
Numbers, dates and times are not entities here (see ``storyline.extract.timex``).

Method: rules over spaCy's parse and the hand-written tables of ``storyline.extract.gazetteer``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from itertools import pairwise
from typing import TYPE_CHECKING

from storyline.calendar_words import WEEKDAY_NAMES
from storyline.extract import coref, gazetteer, genders, nominals, roles
from storyline.extract.coref import Mention, norm_name
from storyline.extract.furniture import inside, skipped
from storyline.model import Article, Entity, Furniture, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as DocSpan

KEEP_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT"})
_ACRONYM_PAREN = re.compile(r"\(([A-Z][A-Z&.]{1,7})\)")
_ACRONYM_FIRST = re.compile(r"(?<![\w.])([A-Z][A-Z&]{1,7}) \(([^()\n]{3,100})\)")
_STANDS_FOR = re.compile(r"\b([A-Z]{2,7}),? (?:which|that) stands for (?:the )?")
_EXPANSION_WORD = re.compile(r"[A-Z][\w'’\-]*|of|for|and|on|in|the|de|&")
_MINOR = frozenset({"of", "for", "and", "on", "in", "the", "de", "&"})
_DET = re.compile(r"^(?:the|a|an|this|that|these|those)\s+", re.IGNORECASE)
_ALL_BUT_HEADING = frozenset({"caption", "credit", "byline", "boilerplate", "signature", "signer", "lead-in", "marker"})
# what opens a group's description without naming it: a count ("some 4,000", "more than 80", "many", "three")
# or a pronoun possessor ("its", "their")
_COUNT = re.compile(
    r"^(?:(?:its|their|his|her|our|my|your)\s+)?(?:(?:some|roughly|about|around|nearly|almost|over|under|more than"
    r"|fewer than|less than|at least|up to|an estimated|approximately|many|several|hundreds of|thousands of"
    r"|dozens of|millions of|a group of)\s+)*(?:(?:[\d][\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|dozens|hundreds|thousands)\s+)?(?=\S)",
    re.IGNORECASE,
)


# the hyphenated rest of a name ("-mok" of "Choi Sang-mok"), and the words that make a name a modifier instead
# ("the Ana Kell-led team", "a Joe Biden-era rule")
_HYPHEN_TAIL = re.compile(r"-([A-Za-z]+)\b(?!-)")
_HYPHEN_MODIFIERS = frozenset({"led", "backed", "owned", "era", "style", "based", "born", "funded", "linked", "run",
                               "made", "appointed", "allied", "aligned", "controlled", "affiliated", "like", "type",
                               "esque", "inspired", "themed", "related", "supporting", "sponsored", "friendly"})


# a dateline's closing bracket and dash glued to the name after it: "Tokyo, Dec. 2 (Kesh Press)--Orvane Corp. said"
_GLUED_DATELINE = re.compile(r"\)\s*(?:--|—|–)\s*")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding spaces and list bullets, a glued dateline before the name, a leading article and a
    trailing possessive from a name span."""
    glued = [m.end() for m in _GLUED_DATELINE.finditer(text, start, end) if m.end() < end]
    if glued:
        start = glued[-1]  # "(Kesh Press)--Orvane Corp.": the outlet's credit is no part of the company's name
    while start < end and (text[start].isspace() or text[start] in "•·▪●*"):
        start += 1
    while end > start and (
        text[end - 1].isspace() or text[end - 1] in ",.;:"
        or (text[end - 1] in "-–—" and text[end - 2 : end - 1] == " ")
    ):  # a spaced dash opens an aside, no part of the name: "the Board of Overseers - three of them -"
        if text[end - 1] == "." and end - start <= 5:  # keep the dot of "U.S." or "Jr."
            break
        end -= 1
    if text[start : start + 4] in ("the ", "The "):
        start += 4
    if end - start > 2 and text[start] in "'‘\"“" and text[end - 1] in "'’\"”":
        start, end = start + 1, end - 1  # a show's name in quote marks: "told 'Morning Desk' anchor Rui Sol"
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix, start, end) and end - len(suffix) > start:
            end -= len(suffix)
            break
    return start, end


def _candidates(article: Article, doc: Doc, skip: list[tuple[int, int]]) -> list[Mention]:
    """spaCy's and the gazetteer's names, overlaps resolved (longest wins, the gazetteer on ties)."""
    text = article.text
    cands: list[tuple[int, int, int, Mention]] = []
    for ent in doc.ents:
        if ent.label_ not in KEEP_LABELS or "/" in ent.text or not any(c.isupper() for c in ent.text):
            continue  # a name has a capital: lower-case "navy" or "police" is a description (extract.nominals)
        if ent.text.lower() in _TITLE_ABBREVIATIONS:
            continue  # "Brig." of "Brig. Gen. Ana Kell", a place to the small model: her rank, no name
        if _CASE_NAME.search(ent.text):
            continue  # "al. v. Quillmark" of "the U.S. et al. v. Quillmark": a lawsuit's name, no party and no person
        if (
            ent.label_ == "ORG" and "-" in ent.text and " " not in ent.text.strip()
            and ent.root.dep_ in ("amod", "compound") and ent.root.head.pos_ == "NOUN"
        ):
            continue  # "Euro-Atlantic security": a hyphenated modifier, not an organisation
        start, end = _trim(text, ent.start_char, ent.end_char)
        if ent.label_ == "ORG" and TICKER_BEFORE.search(text, max(0, start - 40), start):
            continue  # "T-Mobile TMUS -0.52% US Inc. said": the rest of a name a share quote cut in two
        if ent.label_ == "ORG" and (numbered := _UNIT_NUMBER.match(text, end)) is not None \
                and text[start:end].rsplit(" ", 1)[-1] in _NUMBERED_UNITS:
            end = numbered.end()  # "Dockers Union Local 333": the small model leaves the local's number out
        lead = ent.start
        while lead < ent.end - 1 and doc[lead].pos_ in ("ADV", "ADP", "VERB", "SCONJ", "CCONJ", "PRON") \
                and not _name_word_read_as_verb(doc[lead]):
            lead += 1  # "Later Anders Halvorsen": the small model sometimes swallows a sentence's first word
            start = max(start, doc[lead].idx)
        label = ent.label_
        if (known := gazetteer.lookup(ent.text)) is not None and known.kind == "platform":
            label = "ORG"  # "Posting on X, he wrote": a platform, whatever the small model calls it
        if label == "NORP" and (title := _title_in_nationality(ent)) is not None:
            end = doc[title - 1].idx + len(doc[title - 1].text)  # "Saudi Crown Prince": "Saudi", then his title
        venue = text[start:end].split(" ", 1)[0].lower() in VENUE_WORDS and label in ("GPE", "LOC", "ORG", "FAC")
        end = _particle_tail(doc, text, ent.end, end, venue)
        if venue and " " in text[start:end]:
            label = "FAC"  # "Stade de France": a stadium, not the country it is named for
        if label == "ORG" and (body_end := _body_before_title(doc, ent)) is not None:
            end = body_end  # "U.S. Coast Guard Rear Adm. Ada Kell": the body, then her rank (``roles.titles``)
        titled = _after_title(doc, ent.start, ent.end)
        # "Orvane President Ilse Marrow said", a work of art to the small model: a title, then her name
        if titled is not None and label in ("PERSON", "ORG", "WORK_OF_ART"):
            club = _club_before_title(doc, text, ent.start, titled)
            if club is not None and not inside(skip, *club):
                cands.append((club[1] - club[0], 0, club[0], Mention(*club, "ORG", "name")))  # "Colts" of "Colts QB"
            start, label = titled, "PERSON"  # "Gen. Sergei Surovikin", "... Spokesperson Adrienne Watson"
        elif label == "PERSON":
            start = _given_names(doc, ent.start, start)
            if (place := _place_before_name(doc, ent)) is not None:
                start = doc[place.end].idx  # "Foreign Minister of Maldives Abdulla Shahid": the place is the title's
                if not inside(skip, place.start_char, place.end_char):
                    cands.append((len(place.text), 0, place.start_char,
                                  Mention(place.start_char, place.end_char, "GPE", "name")))
        if len(ent) == 1 and label in ("PERSON", "GPE", "LOC", "NORP") and gazetteer.lookup(ent.text) is None:
            surname = _surname_after(doc, ent.end)
            if surname > end:
                end, label = surname, "PERSON"  # "a Neeskens Kebano cross": the model tagged "Neeskens" alone
        elif label == "PERSON" and (surname := _surname_after(doc, ent.end)) > end:
            end = surname  # "Narayan Kaji Shrestha said": the model left the surname out of the name
        if label == "PERSON" and (modified := _MODIFIER_TAIL.search(text, start, end)) is not None:
            end = modified.start()  # "the Tomas Rell-owned company": the owner's name, not its "-owned"
        if label == "PERSON" and (joined := _HYPHEN_TAIL.match(text, end)) is not None and " " in text[start:end] \
                and joined.group(1).lower() not in _HYPHEN_MODIFIERS:
            end = joined.end()  # "Choi Sang-mok": the small model stops at the hyphen of a given name
        if (titled_name := _name_after_title(doc, ent)) is not None:
            (start, end), label = titled_name, "PERSON"
        if label == "PERSON" and _given_name_as_place(doc, ent.start):
            start = doc[ent.start - 1].idx  # "official Harish Chandra Sharma": "Harish" tagged a place
        possessive = _POSSESSIVE.search(text, start, end) if label in ("PERSON", "ORG") else None
        if possessive is not None and possessive.start() > start:
            owned = text[possessive.end() : end].split()
            if len(owned) >= 2 and all(w[:1].isupper() and w.lower() not in _TITLE_WORDS for w in owned):
                start, label = possessive.end(), "PERSON"  # "Fulham’s Aleksandar Mitrovic": his club, not his name
            elif label == "PERSON":
                end = possessive.start()  # "Donald Trump’s Special Envoy": the possessor is the name, not his envoy
        if label == "PERSON":
            start = _past_descriptions(text, start, end)
        if label == "PERSON" and _REGNAL.fullmatch(text[start:end].rsplit(" ", 1)[-1]):
            start = _monarch_title(doc, text, start)  # "King Charles III": the regnal name is whole with its title
        tail = gazetteer.NAME_TAILS.get(text[start:end].rsplit(" ", 1)[-1].lower())
        if tail and (label == "PERSON" or (label in ("GPE", "NORP", "ORG") and " " in text[start:end])):
            label = tail  # "Mill Lane", "Ashby Vale Gazette": the name's last word says what it is
        if end > start and not inside(skip, start, end):
            cands.append((end - start, 0, start, Mention(start, end, label, "name")))
    for start, end in _untagged_people(doc):
        if not inside(skip, start, end):
            cands.append((end - start, 0, start, Mention(start, end, "PERSON", "name")))
    for start, end in _hyphened_people(doc):
        if not inside(skip, start, end):
            cands.append((end - start, 0, start, Mention(start, end, "PERSON", "name")))
    for start, end in _described_people(doc):
        if not inside(skip, start, end):
            cands.append((end - start, 0, start, Mention(start, end, "PERSON", "name")))
    for match in _NICKNAMED.finditer(text):
        last = match.group().rsplit(" ", 1)[-1]
        person = any(
            m.type == "PERSON" and ((m.start < match.end() and match.start() < m.end) or text[m.start:m.end].endswith(
                " " + last)) for *_, m in cands
        )
        if person and not inside(skip, match.start(), match.end()):
            cands.append((match.end() - match.start(), 0, match.start(), Mention(*match.span(), "PERSON", "name")))
    for start, end in _untagged_clubs(doc, text):
        if not inside(skip, start, end):
            cands.append((end - start, 0, start, Mention(start, end, "ORG", "name")))
    for match in _VENUE.finditer(text):
        if not inside(skip, match.start(), match.end()):
            cands.append((match.end() - match.start(), 0, match.start(), Mention(*match.span(), "FAC", "name")))
    for match in gazetteer.name_pattern().finditer(text):
        start, end = match.start(), match.end()
        known = gazetteer.lookup(match.group())
        if known is None or inside(skip, start, end):
            continue
        m = Mention(start, end, known.type, "name", key="K:" + known.canonical)
        m.meta["kind"] = known.kind
        cands.append((end - start, 1, start, m))
    cands.sort(key=lambda c: (-c[0], -c[1], c[2]))
    chosen: list[Mention] = []
    for _, _, _, m in cands:
        if not any(o.start < m.end and m.start < o.end for o in chosen):
            chosen.append(m)
    return sorted(chosen, key=lambda m: m.start)


_POSSESSIVE = re.compile(r"['’]s\s")
# a name with a nickname in quotation marks between given name and surname ('Wendra "Shaye" Moss', 'Homer “Shay”
# Tallon'): one person, named in full, where the small model tags a part of it a person (it tags the given name
# alone and leaves 'Shaye" Moss' a second) or names another person of that surname (it may tag none of it)
_NICKNAMED = re.compile(
    r"\b[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[\"“][A-Z][a-z]+[\"”]\s+(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b"
)
# a union's branch named by its number ("Dockers Union Local 333", "Lodge 12"): the number is part of the name
_NUMBERED_UNITS = frozenset({"Local", "Lodge", "Chapter", "District"})
_UNIT_NUMBER = re.compile(r" \d+[A-Z]?\b")
# a court case's name: "Harlow v. Brindle", "the U.S. et al. v. Quillmark" (the small model's "al. v. Quillmark"
# keeps the tail of "et al."); a lower-case "v"/"vs" between names, never an initial ("Jean V. Sorel")
_CASE_NAME = re.compile(r"(?:^|\s)(?:vs?\.?|versus)\s+[A-Z]|^al\.\s")
# a share quote a financial site writes into a company's name: "T-Mobile TMUS -0.52% US Inc.", its first part
# the name before the ticker
TICKER_BEFORE = re.compile(r"(?P<name>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)*?) [A-Z]{1,5} [+\-−]?\d+(?:\.\d+)?% $")
_WORD = re.compile(r"\S+")


def _past_descriptions(text: str, start: int, end: int) -> int:
    """Where a person's name starts once the demonyms and party labels the small model kept before it are
    dropped ("Swede Anton Deibe" -> "Anton Deibe", "Peronist Massa" -> "Massa"): they describe the person,
    and the name must read as the report writes it elsewhere. A word that is also a given name stays."""
    words = list(_WORD.finditer(text, start, end))
    i = 0
    while len(words) - i >= 2 and (gazetteer.describes_people(words[i].group()) or _describes_a_person(words, i)) \
            and not genders.given_name(words[i].group()):
        i += 1
    return words[i].start() if i else start


def _describes_a_person(words: list[re.Match[str]], i: int) -> bool:
    """The ``i``-th word of a name is a noun that describes a person, capitalised as a sentence opens, before two
    more words ("Billionaire Tovan Reske" -> "Tovan Reske")."""
    word = words[i].group()
    low = word.lower()
    return len(words) - i >= 3 and word.istitle() and low in _BEFORE_PERSON and low not in _TITLE_WORDS


def _untagged_people(doc: Doc) -> list[tuple[int, int]]:
    """Full names the small model left untagged after a title: two or three capitalised proper nouns in no
    entity, set in apposition to a title before them ("to the Director of Labor Relations Wren Vantry"):
    the last two words, or three when the first of them is a common given name."""
    out = []
    for tok in doc:
        head = tok.head
        if tok.dep_ != "appos" or head.i >= tok.i or head.lower_ not in gazetteer.TITLE_HEADS or not _bare_word(tok):
            continue
        first = tok.i - 1
        if first < 0 or not _bare_word(doc[first]) or (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN"):
            continue
        if first > 0 and _bare_word(doc[first - 1]) and genders.given_name(doc[first - 1].text):
            first -= 1
        if doc[first].lower_ in _TITLE_WORDS or any("\n" in doc[i].whitespace_ for i in range(first, tok.i)):
            continue
        out.append((doc[first].idx, tok.idx + len(tok.text)))
    return out


def _described_people(doc: Doc) -> list[tuple[int, int]]:
    """Full names the small model left untagged after a noun that describes a person ("Billionaire Vance Orlo
    congratulated the team", "novelist Mira Kell said", "Interior Minister Paolo Brenn said"): two or three
    capitalised proper nouns in no entity, the last heading them, right after such a noun that modifies them,
    lower case, opening its sentence or a title."""
    out = []
    for tok in doc:
        if not _bare_word(tok) or (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN"):
            continue
        first = tok.i
        while first > tok.i - 2 and first > 0 and _bare_word(doc[first - 1]) and doc[first - 1].head.i == tok.i \
                and doc[first - 1].lower_ not in _BEFORE_PERSON:
            first -= 1
        noun = doc[first - 1] if first > 0 else None
        if first == tok.i or noun is None or noun.head.i != tok.i or noun.lower_ not in _BEFORE_PERSON:
            continue
        if not (noun.text.islower() or noun.is_sent_start or noun.lower_ in gazetteer.TITLE_HEADS):
            continue  # "Interior Minister Paolo Brenn said": a capitalised title before the name is one too
        if any("\n" in doc[i].whitespace_ for i in range(first, tok.i)):
            continue
        out.append((doc[first].idx, tok.idx + len(tok.text)))
    return out


def _club_before_title(doc: Doc, text: str, first: int, person_at: int) -> tuple[int, int] | None:
    """The club named before a player's or officer's title inside one name of the small model ("Colts" of
    "Colts QB Andrew Luck", "Kestrel chairman Tom Hale"): the capitalised words before the title, when the title
    is a club's (``_CLUB_PEOPLE``); None else."""
    title = first
    while title < len(doc) and doc[title].idx < person_at and doc[title].lower_ not in _TITLE_WORDS:
        title += 1
    if title == first or title >= len(doc) or doc[title].lower_ not in _CLUB_PEOPLE:
        return None
    words = [doc[i] for i in range(first, title)]
    if not all(t.text[:1].isupper() and t.text.isalpha() and t.lower_ not in gazetteer.TITLE_MODIFIERS for t in words):
        return None
    return words[0].idx, words[-1].idx + len(words[-1].text)


def _untagged_clubs(doc: Doc, text: str) -> list[tuple[int, int]]:
    """A club's one-word name the small model left untagged before its officer or player and his name ("Spurs
    chairman Daniel Levy", where it reads "Spurs" as a verb): capitalised, no common word at a sentence's start
    (the report writes it capitalised inside a sentence too), and a person's name right after the title."""
    out = []
    for tok in doc[:-2]:
        nxt, name = doc[tok.i + 1], doc[tok.i + 2]
        if tok.ent_type_ or not tok.text[:1].isupper() or not tok.text.isalpha() or tok.text.isupper() \
                or nxt.lower_ not in _CLUB_PEOPLE or nxt.text.istitle() or name.ent_type_ != "PERSON" \
                or tok.lower_ in _TITLE_WORDS or tok.lower_ in gazetteer.TITLE_MODIFIERS \
                or gazetteer.lookup(tok.text) is not None:
            continue
        if tok.is_sent_start and not any(
            t.text == tok.text and not t.is_sent_start and t.i != tok.i for t in doc
        ):
            continue  # "Former chairman ...", "Club captain ...": a sentence's first word, capitalised as such
        out.append((tok.idx, tok.idx + len(tok.text)))
    return out


def _bare_word(tok: Token) -> bool:
    """A capitalised proper noun the small model put in no entity."""
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.text.isalpha() and not tok.text.isupper() \
        and not tok.ent_type_ and tok.lower_ not in gazetteer.NAME_TAILS


# the lower-case particles inside Romance and Dutch names: "Campo Verde do Sul", "Serra Alta do Norte"
_PARTICLE = re.compile(r" (?:do|da|dos|das|de|del|della|di|du) (?=[A-Z])")


# the first word of a venue's name in French, Spanish, Italian, German or Portuguese: "Stade de France"
VENUE_WORDS = frozenset({"stade", "estadio", "estádio", "stadio", "stadion", "parc", "arena"})


# a venue named with a particle ("Stade de France", "Estadio da Luz"), which the small model may leave untagged or
# cut to the place it is named for
_VENUE = re.compile(r"\b(?:Stade|Estadio|Estádio|Stadio|Stadion|Parc)(?: (?:de|du|des|da|do|del|della|di|la|le|dos))?"
                    r"(?: [A-Z][\w'’-]+){1,3}")


def _particle_tail(doc: Doc, text: str, after: int, end: int, venue: bool = False) -> int:
    """Where a name ends once a particle and the capitalised proper nouns after it are added ("Campo Verde" +
    "do Sul"): the small model stops at the particle. Only words no other name opens, on the same line, except
    after a venue's first word, where the place it is named for belongs to it ("Stade" + "de France")."""
    hit = _PARTICLE.match(text, end)
    if hit is None or after >= len(doc) or doc[after].text != hit.group().strip():
        return end
    new_end = end
    for j in range(after + 1, min(len(doc), after + 4)):
        tok = doc[j]
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or (tok.ent_iob_ == "B" and not venue) \
                or tok.lower_ in gazetteer.NAME_TAILS or "\n" in doc[j - 1].whitespace_:
            break
        new_end = tok.idx + len(tok.text)
    return new_end


_REGNAL = re.compile(r"(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)")
_MONARCHS = frozenset({"king", "queen", "emperor", "empress", "pope", "tsar", "czar", "sultan"})


def _monarch_title(doc: Doc, text: str, start: int) -> int:
    """Where a monarch's name starts: on the title just before it ("King Osric II"), else where it was."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is not None and span.start > 0 and doc[span.start - 1].lower_ in _MONARCHS:
        title = doc[span.start - 1]
        if title.text[:1].isupper() and not title.whitespace_.count("\n"):
            return int(title.idx)
    return start
# occupations written capitalised before a name, as a title is ("Writer Dale Simmons", "Actress Mia Lorne")
_OCCUPATIONS = frozenset(
    {"writer", "author", "novelist", "poet", "actor", "actress", "singer", "rapper", "comedian", "filmmaker",
     "director", "producer", "journalist", "chef", "artist", "photographer", "playwright", "songwriter"}
)
# abbreviated military and civil titles the small model keeps inside a person's name, also in the plural before
# two names ("Sens. Ana Kell and Piet Olsen")
_TITLE_ABBREVIATIONS = gazetteer.TITLE_ABBREVIATIONS | {"prof.", "dr.", "rev.", "sens.", "reps.", "govs.", "drs."}
# "agent" as in "Special Agent Tomas Rell": a federal investigator's rank the small model keeps in the name;
# "member" and "supervisor" of a council's or a county's seat ("City Council Member Ana Kell", "Varrow County
# Supervisor Ana Kell"), which the small model keeps in the name or makes a body's
_TITLE_WORDS = gazetteer.TITLE_HEADS | {"pilot", "co-pilot", "copilot", "rear", "vice", "lt", "gen", "adm", "qb",
                                        "quarterback", "agent", "administrator", "member", "supervisor"} | _OCCUPATIONS


# a hyphen and a modifier ending a name that the small model took in ("Tomas Rell-owned")
_MODIFIER_TAIL = re.compile(r"-(?:" + "|".join(sorted(_HYPHEN_MODIFIERS)) + r")$", re.IGNORECASE)


def _hyphened_people(doc: Doc) -> list[tuple[int, int]]:
    """A person's full name, untagged, before a hyphen and a modifier ("the Ana Kell-owned company", which the
    small model leaves untagged), when the report names a person of that surname elsewhere ("Ms Kell said"): the
    name in full, which the surname's other mentions are of."""
    surnames = {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON"}
    out = []
    for i in range(len(doc) - 3):
        given, surname, hyphen, modifier = doc[i], doc[i + 1], doc[i + 2], doc[i + 3]
        if hyphen.text != "-" or hyphen.whitespace_ or surname.whitespace_ or modifier.lower_ not in _HYPHEN_MODIFIERS:
            continue
        if not all(t.pos_ == "PROPN" and t.text.istitle() and t.text.isalpha() and not t.ent_type_
                   for t in (given, surname)):
            continue
        if surname.text in surnames and (i == 0 or not doc[i - 1].text.istitle()):
            out.append((int(given.idx), int(surname.idx + len(surname.text))))
    return out


def _shared_surnames(text: str, names: list[Mention]) -> set[str]:
    """The surnames two people of a report bear, each named in full ("Ana Kell" and "Tam Kell" -> "Kell"): a title
    before the bare surname ("President Kell") may be either's, whichever one the surname was read as."""
    holders: dict[str, set[str]] = {}
    for m in names:
        words = text[m.start : m.end].split()
        if m.type == "PERSON" and m.kind == "name" and len(words) >= 2 and words[-1][:1].isupper():
            holders.setdefault(words[-1], set()).add(" ".join(words[:-1]))
    return {surname for surname, given in holders.items() if len(given) >= 2}


def _name_word_read_as_verb(tok: Token) -> bool:
    """Whether a word the small model reads as a verb opens a name inside a sentence ("said Amplify Energy CEO
    ...", "Amplify" a verb to it): capitalised, not the sentence's first word, compounded with the next."""
    return tok.pos_ == "VERB" and tok.text[:1].isupper() and not tok.is_sent_start and tok.dep_ == "compound" \
        and tok.head.i > tok.i


def _after_title(doc: Doc, first: int, end: int) -> int | None:
    """Where the person's own name starts inside a span that opens with a title ("Gen. Sergei Surovikin",
    "Pilot Aleksei Levshin", "White House National Security Spokesperson Adrienne Watson"): after the last
    title word, when two or more capitalised proper nouns follow it to the span's end; else None."""
    last_title = -1
    for i in range(first, end):
        low = doc[i].lower_
        if low in _TITLE_ABBREVIATIONS or low in _TITLE_WORDS:
            last_title = i
    if last_title < 0:
        return None
    rest = [doc[i] for i in range(last_title + 1, end)]
    if len(rest) < 2 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in rest):
        return None
    if any(t.lower_ in _TITLE_WORDS or t.lower_ in gazetteer.TITLE_MODIFIERS for t in rest):
        return None
    return rest[0].idx


def _body_before_title(doc: Doc, ent: DocSpan) -> int | None:
    """Where a body's name ends when the small model ran it on over the title of a person named right after
    it ("Varnel State Police Superintendent Lt. Col. Dale Orrin": "... Police Superintendent" one name):
    before its trailing title words, when a person's name follows them or further titles; else None. A word
    that names the kind of body ("Police", "Press") stays: it ends the body's name, not the title."""
    j = ent.end
    while j < len(doc) and doc[j].lower_ in _TITLE_ABBREVIATIONS | _TITLE_WORDS | gazetteer.TITLE_MODIFIERS:
        j += 1
    if j >= len(doc) or doc[j].ent_type_ != "PERSON" or doc[j].ent_iob_ != "B":
        return None
    i = ent.end - 1
    while i > ent.start and doc[i].lower_ not in gazetteer.NAME_TAILS and (
        doc[i].lower_ in _TITLE_ABBREVIATIONS | _TITLE_WORDS | gazetteer.TITLE_MODIFIERS
    ):
        i -= 1
    if i == ent.end - 1:
        return None
    return int(doc[i].idx + len(doc[i].text))


_PAIR = re.compile(r"^([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*) and ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*)$")


def _split_pairs(text: str, names: list[Mention]) -> list[Mention]:
    """ "including Prigozhin and Utkin", one name to the small model: two people when each side is (the
    surname of) a person the article names on its own; "Procter and Gamble" stays one."""
    people = {w for m in names if m.type == "PERSON" and " and " not in text[m.start : m.end]
              for w in (text[m.start : m.end], text[m.start : m.end].rsplit(" ", 1)[-1])}  # fmt: skip
    out = []
    for m in names:
        hit = _PAIR.match(text[m.start : m.end]) if m.kind == "name" else None
        if hit is None or hit.group(1) not in people or hit.group(2) not in people:
            out.append(m)
            continue
        out.append(Mention(m.start + hit.start(1), m.start + hit.end(1), "PERSON", "name"))
        out.append(Mention(m.start + hit.start(2), m.start + hit.end(2), "PERSON", "name"))
    return out


# the last words of what a body's name says it is "of", after its "and" ("... of Red Cross and Red Crescent
# Societies", "Ministry of Fisheries and Ocean Affairs"): no company's or person's name ends so
_BODY_OBJECTS = frozenset(
    {"Societies", "Affairs", "Services", "Development", "Cooperation", "Co-operation", "Security", "Justice",
     "Trade", "Industry", "Environment", "Fisheries", "Welfare", "Energy", "Resources", "Planning", "Technology",
     "Innovation", "Culture", "Tourism", "Sports", "Agriculture", "Forestry", "Transport", "Communications",
     "Relations", "Studies", "Research", "Prevention", "Education", "Health", "Mitigation", "Management",
     "Response", "Protection", "Conservation", "Reduction", "Recovery"}
)


def _joined_bodies(text: str, names: list[Mention]) -> list[Mention]:
    """A body's name the small model cut at its "and" into two organisations ("International Federation of Red
    Cross" and "Red Crescent Societies", "Centre for Volcanology" and "Geological Disaster Mitigation") is one
    name again: the first part names what the body is "of" or "for", and
    the second ends on a word only such a name ends on; "the Bank of Norland and Velm Capital" stays two."""
    ordered = sorted(names, key=lambda m: m.start)
    out: list[Mention] = []
    for m in ordered:
        last = out[-1] if out else None
        if (
            last is not None
            and last.type == m.type == "ORG"
            and last.kind == m.kind == "name"
            and text[last.end : m.start] == " and "
            and (" of " in text[last.start : last.end] or " for " in text[last.start : last.end])
            and text[m.start : m.end].rsplit(" ", 1)[-1] in _BODY_OBJECTS
        ):
            out[-1] = Mention(last.start, m.end, "ORG", "name")
            continue
        head = _BODY_HEAD_BEFORE.search(text, max(0, m.start - 80), m.start)
        if (
            m.type == "ORG"
            and m.kind == "name"
            and head is not None
            and text[m.start : m.end].rsplit(" ", 1)[-1] in _BODY_OBJECTS
            and not any(o.end > head.start() for o in out)
        ):
            # "according to Indonesia’s Centre for Volcanology and Geological Disaster Mitigation": the model
            # took only the part after the "and" for a name
            out.append(Mention(head.start(), m.end, "ORG", "name"))
            continue
        out.append(m)
    return out


# the head of a body's name and what it is "for" or "of", up to an "and" ("Centre for Volcanology and ...")
_BODY_HEAD_BEFORE = re.compile(
    r"(?<![\w’'-])(?:Centre|Center|Institute|Agency|Ministry|Department|Office|Council|Commission|Bureau|Board|"
    r"Authority|Federation|Association|Society|Foundation|Directorate)\s+(?:for|of)\s+"
    r"(?:[A-Z][\w’'-]*\s+){1,4}and\s+$"
)


_HONORIFIC_WORDS = frozenset({"sir", "dame", "lord", "lady"})


def _given_names(doc: Doc, first: int, start: int) -> int:
    """Extend a person's span left over given names the small model left out ("Anders" of "Anders Halvorsen").

    Only capitalised proper nouns joined to the name as compounds, never a title ("Minister") or a word
    that belongs to another entity.
    """
    i = first - 1
    while i >= 0:
        tok = doc[i]
        low = tok.lower_
        if low in _HONORIFIC_WORDS and tok.text[:1].isupper():
            return int(tok.idx)  # "... Committee Sir Graham Brady": "Sir" opens the name, nothing before it
        if (
            tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.ent_type_ or tok.dep_ != "compound"
            or low in gazetteer.NAME_TAILS
            or low in _TITLE_WORDS or low in _TITLE_ABBREVIATIONS or low in gazetteer.TITLE_MODIFIERS
            or "\n" in tok.whitespace_
        ):
            break
        start = tok.idx
        i -= 1
    return start


def _given_name_as_place(doc: Doc, first: int) -> bool:
    """The word before a person's name is a place only to the small model: one capitalised word, unknown to the
    gazetteer, compounded with the name and tagged as a place alone ("official Harish Chandra Sharma")."""
    if first == 0:
        return False
    tok = doc[first - 1]
    return (
        tok.ent_type_ in ("GPE", "LOC")
        and tok.ent_iob_ == "B"
        and (first - 2 < 0 or doc[first - 2].ent_type_ != tok.ent_type_ or doc[first - 2].ent_iob_ == "O")
        and tok.pos_ == "PROPN"
        and tok.dep_ == "compound"
        and tok.head.i >= first
        and tok.whitespace_ == " "
        and gazetteer.lookup(tok.text) is None
        and tok.lower_ not in _TITLE_WORDS
    )


def _title_in_nationality(ent: DocSpan) -> int | None:
    """Where a title starts inside what the small model tags a nationality ("Saudi Crown Prince Mohammed bin
    Salman": "Saudi Crown Prince" a NORP): the first title word after its first word, else None."""
    for tok in ent[1:]:
        if tok.lower_ in _TITLE_WORDS or tok.lower_ in gazetteer.TITLE_MODIFIERS:
            return int(tok.i)
    return None


def _place_before_name(doc: Doc, ent: DocSpan) -> DocSpan | None:
    """The place a title names run into the person's name after it ("Foreign Minister of Maldives Abdulla
    Shahid", one name to the small model): the entity's first word after "<title> of", a place the gazetteer
    knows or a word the small model tags alone, as no person, elsewhere in the text, when two capitalised words
    still follow it."""
    if len(ent) < 3 or ent.start < 2 or doc[ent.start - 1].lower_ != "of":
        return None
    if doc[ent.start - 2].lower_ not in _TITLE_WORDS:
        return None
    first = doc[ent.start]
    rest = ent[1:]
    if genders.given_name(first.text) or not all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in rest):
        return None
    known = gazetteer.lookup(first.text)
    placed = (known is not None and known.type in ("GPE", "LOC")) or any(
        e.text == first.text and e.label_ not in ("PERSON", "NORP") for e in doc.ents
    )
    return ent[:1] if placed else None


def _name_after_title(doc: Doc, ent: DocSpan) -> tuple[int, int] | None:
    """A person's two-word name after a lower-case title that the small model cut, one word of it tagged alone
    as anything ("Corvana mayor Odila Ruiz": "Odila" a product and "Ruiz" a person, or "Ruiz" an organisation
    and "Odila" nothing): the two words, compounded, the other one untagged or a one-word entity of its own.
    None for a longer run of capitalised words, a known name, or no title right before."""
    if len(ent) != 1 or gazetteer.lookup(ent.text) is not None:
        return None
    for first in (ent.start, ent.start - 1):
        if first < 1 or first + 2 > len(doc):
            continue
        title, given, surname = doc[first - 1], doc[first], doc[first + 1]
        if not title.text.islower() or title.lower_ not in gazetteer.TITLE_HEADS or "\n" in title.whitespace_:
            continue
        if given.dep_ != "compound" or given.head.i != surname.i or given.whitespace_ != " ":
            continue
        if not all(t.pos_ == "PROPN" and t.text.istitle() and t.text.isalpha() for t in (given, surname)):
            continue
        other = surname if first == ent.start else given
        alone = other.ent_iob_ == "B" and (other.i + 1 >= len(doc) or doc[other.i + 1].ent_iob_ != "I")
        if other.ent_type_ and not alone:
            continue  # the other word opens or ends a longer name of its own
        after = doc[first + 2] if first + 2 < len(doc) else None
        if after is not None and after.pos_ == "PROPN" and after.text[:1].isupper():
            continue
        return int(given.idx), int(surname.idx + len(surname.text))
    return None


def _surname_after(doc: Doc, after: int) -> int:
    """Where a one-word name ends once the untagged capitalised proper nouns it is compounded with are
    added ("Neeskens" + "Kebano" in "a Neeskens Kebano cross"); 0 when none follows."""
    end = 0
    j = after
    while j < len(doc):
        tok, prev = doc[j], doc[j - 1]
        if (
            tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.ent_type_ or prev.dep_ != "compound"
            or prev.head.i != j or "\n" in prev.whitespace_ or not prev.whitespace_
            or tok.lower_ in gazetteer.NAME_TAILS or tok.lower_ in _TITLE_WORDS or tok.lower_ in _TITLE_ABBREVIATIONS
        ):
            break
        end = tok.idx + len(tok.text)
        j += 1
    return end


def _acronyms(text: str, names: list[Mention], skip: list[tuple[int, int]]) -> list[Mention]:
    """Acronyms introduced in the text, with every use of them, keyed to their expansion."""
    found: dict[str, tuple[int, int]] = {}
    for m in _ACRONYM_PAREN.finditer(text):
        letters = "".join(c for c in m.group(1) if c.isalpha())
        before = text[max(0, m.start() - 150) : m.start()].rstrip()
        for suffix in ("'s", "’s"):
            if before.endswith(suffix):
                before = before[: -len(suffix)]
        offset = m.start() - len(text[max(0, m.start() - 150) : m.start()])
        span = _expansion(before, letters)
        if span:
            found.setdefault(m.group(1), (offset + span[0], offset + span[1]))
        elif (named := _paired_name(text, names, offset + len(before))) is not None:
            found.setdefault(m.group(1), named)  # "the General Confederation of Labour (CGT)": a foreign acronym
    for m in _ACRONYM_FIRST.finditer(text):
        if (named := _paired_name(text, names, m.end(2), m.start(2))) is not None:
            found.setdefault(m.group(1), named)  # "the CGT (General Confederation of Labour)"
    for m in _STANDS_FOR.finditer(text):
        after = text[m.end() : m.end() + 150]
        words = list(_EXPANSION_WORD.finditer(after))
        run: list[re.Match[str]] = []
        for w in words:
            if run and w.start() != run[-1].end() + 1:
                break
            run.append(w)
        while run and run[-1].group() in _MINOR:
            run.pop()
        initials = "".join(w.group()[0] for w in run if w.group() not in _MINOR)
        if run and initials == m.group(1):
            found.setdefault(m.group(1), (m.end() + run[0].start(), m.end() + run[-1].end()))
    out: list[Mention] = []
    # a body named after the organisation ("the ADW Brandt Truck Council") keeps its own name
    bodies = [(m.start, m.end) for m in names if m.type == "ORG" and len(text[m.start : m.end].split()) >= 3
              and gazetteer.NAME_TAILS.get(text[m.start : m.end].split()[-1].lower()) == "ORG"
              and text[m.start : m.end].split()[-1][:1].isupper()]
    for acronym, (start, end) in found.items():
        expansion = text[start:end]
        known = gazetteer.lookup(expansion) or gazetteer.lookup(acronym)
        key = "K:" + known.canonical if known else "A:" + norm_name(expansion)
        typ = known.type if known else _type_over(names, start, end)
        out.append(Mention(start, end, typ, "name", key=key))
        for use in re.finditer(rf"(?<![\w.]){re.escape(acronym)}(?![\w])", text):
            if not inside(skip, use.start(), use.end()) and not inside(bodies, use.start(), use.end()):
                out.append(Mention(use.start(), use.end(), typ, "acronym", key=key))
    return out


def _paired_name(text: str, names: list[Mention], end: int, start: int | None = None) -> tuple[int, int] | None:
    """The span of the organisation's name of two capitalised words or more that ends at ``end`` (and starts at
    ``start``, when given), when the text pairs it with an acronym its letters need not spell: a foreign
    acronym ("General Confederation of Labour (CGT)"). Not a person, place or nationality ("Paris (AFP)")."""
    for n in names:
        if n.end == end and (start is None or n.start == start) and n.type not in _NOT_OWNERS \
                and sum(w[:1].isupper() for w in text[n.start : n.end].split()) >= 2:
            return n.start, n.end
    return None


def _expansion(before: str, letters: str) -> tuple[int, int] | None:
    """The shortest run of capitalised words at the end of ``before`` whose initials spell ``letters``."""
    words = list(_EXPANSION_WORD.finditer(before))
    if not words or words[-1].end() != len(before):
        return None
    initials = ""
    for i in range(len(words) - 1, -1, -1):
        w = words[i].group()
        if i < len(words) - 1 and words[i + 1].start() != words[i].end() + 1:
            return None
        if w in _MINOR:
            continue
        initials = w[0] + initials
        if initials == letters:
            return words[i].start(), words[-1].end()
        if len(initials) >= len(letters):
            return None
    return None


def _type_over(names: list[Mention], start: int, end: int) -> str:
    for m in names:
        if m.start < end and start < m.end and m.type in ("GPE", "PERSON"):
            return m.type
    return "ORG"


def _merge(names: list[Mention], extra: list[Mention]) -> list[Mention]:
    """Add ``extra`` mentions, dropping older ones that overlap them."""
    kept = [m for m in names if not any(x.start < m.end and m.start < x.end for x in extra)]
    return sorted(kept + extra, key=lambda m: (m.start, -m.end))


def _repeats(text: str, names: list[Mention], skip: list[tuple[int, int]]) -> list[Mention]:
    """The other occurrences of a name of two words or more that the small model tagged once and missed or
    cut in pieces elsewhere ("Campo Verde do Sul" tagged in one sentence, not in the next): the same name, the
    same type."""
    taken = [(m.start, m.end) for m in names]
    seen: dict[str, str] = {}
    for m in names:
        surface = text[m.start : m.end]
        if m.kind == "name" and " " in surface and "\n" not in surface:
            seen.setdefault(surface, m.type)
    out = []
    for surface, typ in sorted(seen.items(), key=lambda st: -len(st[0])):
        for a0, b0 in _whole_words(text, surface):
            # free, or tagged in pieces inside it ("Campo" and "Verde do Sul" of "Campo Verde do Sul")
            if all(a0 <= a and b <= b0 and (a, b) != (a0, b0) for a, b in taken if a < b0 and a0 < b) \
                    and not inside(skip, a0, b0) and (a0, b0) not in taken:
                out.append(Mention(a0, b0, typ, "name"))
                taken.append((a0, b0))
    return out


def _whole_words(text: str, surface: str) -> Iterator[tuple[int, int]]:
    r"""Where ``surface`` stands in ``text`` with no word character or hyphen just before or after it, left to
    right and without overlaps: the matches of ``(?<![\w-])surface(?![\w-])``, found by substring search (a
    pattern that opens with a lookbehind is tried at every position, and each name's is compiled anew)."""
    at = text.find(surface)
    while at >= 0:
        end = at + len(surface)
        if _joins(text, at - 1) or _joins(text, end):
            at = text.find(surface, at + 1)
        else:
            yield at, end
            at = text.find(surface, end)


def _joins(text: str, i: int) -> bool:
    r"""The character at ``i`` would join a word written next to it: a word character (as regex ``\w``:
    alphanumeric or "_") or a hyphen. False outside the text."""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] in "_-")


def _surnames(article: Article, doc: Doc, names: list[Mention], skip: list[tuple[int, int]]) -> list[Mention]:
    """Untagged single tokens that repeat a word of a multi-word person name ("Hayashi said") or a one-word name
    a person's title stood before ("President Vance")."""
    parts: set[str] = set()
    for m in names:
        words = article.text[m.start : m.end].split()
        if m.type == "PERSON" and len(words) >= 2:
            # a title kept in a name ("King Osric II") is no surname: "the King" is the monarch's own mention
            parts.update(w for w in words if w[:1].isupper() and w.lower() not in _MONARCHS)
        elif m.type == "PERSON" and len(words) == 1 and words[0][1:].islower() and _titled(doc, m):
            parts.add(words[0])  # "former President Vance", then "- Vance said" at a bullet's start, untagged
    blocked = [(m.start, m.end) for m in names] + skip
    out = []
    for tok in doc:
        end = tok.idx + len(tok.text)
        if tok.text in parts and tok.pos_ == "PROPN" and not inside(blocked, tok.idx, end):
            out.append(Mention(tok.idx, end, "PERSON", "name"))
    # a hyphenated surname ("Bankman-Fried") is three tokens to the parser: found as a whole word instead
    for part in sorted(p for p in parts if _HYPHENATED.fullmatch(p)):
        for start, end in _whole_words(article.text, part):
            if not any(a < end and start < b for a, b in blocked):
                out.append(Mention(start, end, "PERSON", "name"))
    return out


_HYPHENATED = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+")


def _signers_kept(skip: list[tuple[int, int]], furniture: tuple[Furniture, ...]) -> list[tuple[int, int]]:
    """The furniture ranges to skip, less the signer's name of a statement's signature line ("– Mara Quell,
    President, Global Affairs"): the line is furniture, its title no name, but the signer is the statement's
    speaker and an entity of the story."""
    signers = [(f.span.start, f.span.end) for f in furniture if f.kind == "signer"]
    if not signers:
        return skip
    out: list[tuple[int, int]] = []
    for start, end in skip:
        if (start, end) in signers:
            continue
        cuts = sorted((s, e) for s, e in signers if start <= s and e <= end)
        for s, e in cuts:
            if start < s:
                out.append((start, s))
            start = max(start, e)
        if start < end:
            out.append((start, end))
    return sorted(out)


def extract_entities(
    article: Article, doc: Doc, *, furniture: tuple[Furniture, ...] = ()
) -> tuple[Entity, ...]:
    """Every entity of ``article`` with all its mentions (see the module docstring)."""
    text = article.text
    skip = _signers_kept(skipped(furniture, keep=frozenset({"caption", "heading"})), furniture)
    candidates = _candidates(article, doc, skip)
    names = _heading_names(text, candidates, skipped(furniture, keep=_ALL_BUT_HEADING), _title_line(article))
    # the people only a headline names, whom a lede's description may take up ("The 79-year-old singer")
    headline_only = [m for m in candidates if m.type == "PERSON" and m.kind == "name" and m not in names
                     and len(text[m.start : m.end].split()) >= 2]
    # a headline names no one by its run of capitals, nor titles them: a name in it is cut to the name the
    # running text writes, its forms name an entity last, and its appositions are no roles
    headings = sorted(skipped(furniture, keep=_ALL_BUT_HEADING) + _title_line(article))
    names = _headline_people(text, names, headings)
    names = _merge(names, _acronyms(text, names, skip))
    names = _split_pairs(text, names)
    names = _joined_bodies(text, names)
    names = _merge(names, _surnames(article, doc, names, skip))
    names = _merge(names, _repeats(text, names, skip))
    names = _merge(names, _inverted_names(text, names, headings))
    names = _retype(doc, text, names)
    names = _past_awards(text, names, roles.award_spans(text))
    quotes = coref.quote_ranges(text)
    # made once for every stage below: the doc keeps ``text`` exactly, so ``text`` serves for ``doc.text``
    # (which spaCy builds anew from the tokens on each access)
    sent_of = coref.sentence_index(doc)
    coref.annotate(names, doc, quotes, text, sent_of)
    coref.key_names(names, text)
    coref.fold_org_forms(names, text)
    apposed = nominals.apposed_descriptions(doc, names)
    _part_given_names(doc, text, names, apposed)

    # roles: titles before names (also mentions), appositions after them
    role_of: dict[str, list[tuple[int, int]]] = {}
    role_mentions: list[Mention] = []
    shared = _shared_surnames(text, names)
    for m, s, e in roles.titles(doc, names) + roles.awards(text, names):
        if text[m.start : m.end] in shared:
            continue  # "President Kell pardons his son Tam Kell": which Kell the title is of, the bare name leaves open
        role_of.setdefault(m.key, []).append((s, e))
        role_mentions.append(Mention(s, e, "PERSON", "role", key=m.key))
    for head, key in apposed.items():
        role_of.setdefault(key, []).append(nominals.apposed_phrase(doc, head))  # "the leader of X, Name"
    for m, s, e in roles.appositions(doc, text, names):
        if inside(headings, s, e) or "\n" in text[s:e]:
            continue  # "Sam Carver, Crypto's Fallen King, Convicted" in a headline: its words, not his title
        phrase = doc.char_span(s, e, alignment_mode="expand")
        if phrase is not None and coref.stray_subject(phrase.root) is not None:
            continue  # "In his letter to Ana Roe, the minister without portfolio said": the one who says, not Roe
        role_of.setdefault(m.key, []).append((s, e))
        if phrase is not None:
            apposed.setdefault(phrase.root.i, m.key)  # "Name, general secretary of X": its title is that person
    # descriptions may hold names ("a NATO spokesperson") but not a person's name or title
    taken = [(m.start, m.end) for m in names if m.type == "PERSON"] + [(m.start, m.end) for m in role_mentions]
    known_kind: dict[str, str] = {}
    for m in names:
        kind = m.meta.get("kind") or (_kind_of_key(m.key))
        if kind and m.key not in known_kind:
            known_kind[m.key] = kind
    body = _main_body(text, names)
    if body is not None:
        # "the Associated Press reported ... / ..., the agency said": the agency the report is about, not the wire
        # it credits; a news agency is "the agency" only when no other organisation fits
        known_kind = {k: v for k, v in known_kind.items() if v != "agency"}
    descs = roles.descriptions(doc, text, known_kind, taken)
    role_texts = {k: [text[s:e] for s, e in v] for k, v in role_of.items()}
    # "In his letter to Ana Roe, the minister said": the subject the parse hung on Roe is no title of hers
    strays = [(t.idx, t.idx + len(t)) for t in doc if t.dep_ == "appos" and coref.stray_subject(t) is not None]
    descs += roles.person_descriptions(doc, role_texts, taken + [(m.start, m.end) for m in descs] + strays, apposed)
    # "Gov. Says ..." in a headline: the one governor the report names
    descs += [m for m in roles.headline_titles(text, headings, role_texts)
              if not any(s < m.end and m.start < e for s, e in taken + [(d.start, d.end) for d in descs])]
    # "His Majesty the King": the named monarch; a bare "King" the small model calls a person is part of it
    royal = roles.monarchs(text, names, [t for t in taken if text[t[0] : t[1]].lower() not in _MONARCHS]
                           + [(m.start, m.end) for m in descs])
    names = [n for n in names if not any(r.start <= n.start and n.end <= r.end for r in royal)]
    descs += royal
    # a nationality inside a description ("Chinese" in "the Chinese government") is part of it
    names = [n for n in names if n.type != "NORP" or not any(d.start <= n.start and n.end <= d.end for d in descs)]
    taken += [(m.start, m.end) for m in descs]
    noms = nominals.nominals(doc, names, taken, role_texts, text, sent_of)
    # a nationality or a name inside a nominal ("the Indian navy") is part of it; a name it describes is kept
    names = [n for n in names if n.type != "NORP" or not any(d.start <= n.start and n.end <= d.end for d in noms)]
    others = _one_referent(names, role_mentions + descs + [m for m in noms if not inside(skip, m.start, m.end)])
    coref.annotate(others, doc, quotes, text, sent_of)
    for m in headline_only:
        m.meta["headline"] = "1"
    coref.annotate(headline_only, doc, quotes, text, sent_of)
    coref.key_names(headline_only, text)
    groups = nominals.main_person(text, coref.cluster(names + others + headline_only), doc)
    # a headline's person stays only where a description took it up
    groups = nominals.without_groups(
        groups, {n for n, g in enumerate(groups) if len(g) == 1 and g[0].meta.get("headline")}
    )
    groups = nominals.company_descriptions(text, nominals.last_speaker(doc, text, groups), doc)
    if body is not None:
        groups = _agency_chains(text, groups, body)
    pronouns = coref.resolve_pronouns(doc, groups, quotes, sent_of) + coref.resolve_relatives(doc, groups)
    for p in pronouns:
        groups[p.cluster].append(p)
    return _build(article, groups, role_of, skip, headings)


def _past_awards(text: str, names: list[Mention], awards: list[tuple[int, int]]) -> list[Mention]:
    """Names less the honours written as titles: "Mastercard Player" of "Mastercard Player of the Match, Ana
    Ruiz" is no person (``roles.awards`` makes it Ana Ruiz's role); a name that runs on past the honour keeps the
    words after it ("Match Ana Ruiz" -> "Ana Ruiz")."""
    out = []
    for m in names:
        award = next(((s, e) for s, e in awards if s < m.end and m.start < e), None)
        if award is None:
            out.append(m)
            continue
        rest = text[award[1] : m.end]
        start = award[1] + len(rest) - len(rest.lstrip(" ,\t"))
        if m.end > start and text[start : start + 1].isupper():
            out.append(Mention(start, m.end, m.type, m.kind, key=m.key))
    return out


def _part_given_names(doc: Doc, text: str, names: list[Mention], apposed: dict[int, str]) -> None:
    """Take a lone given name out of the person whose full name opens with it when the report says the lone
    name is something else before it names that person, and the full name holds a title: "Joaquim is a postman
    in Lorvane" long before "the general secretary of the RTF, Joaquim Ferreira" is another Joaquim (but "Bettie
    herself, the object of speculation" is still "Bettie Page, a woman known ..."). All the lone mentions of that
    name go (re-keyed in place). Kept: a lone name said to be nothing, or said to be what the full name is, or said so
    only after the full name was written; a surname alone is never parted."""
    said: dict[int, set[str]] = {}  # a name mention's start -> the titles written before it ("Postman Joaquim")
    for m, _, end in roles.titles(doc, names):
        said.setdefault(m.start, set()).add(text[:end].split()[-1].lower())
    said_full: dict[str, set[str]] = {}
    for head, key in apposed.items():
        said_full.setdefault(key, set()).add(doc[head].lower_)
    by_key: dict[str, list[Mention]] = {}
    for m in names:
        if m.key.startswith("P:") and m.kind == "name":
            by_key.setdefault(m.key, []).append(m)
    for key, group in by_key.items():
        full = key[2:].split()
        lone = [m for m in group if norm_name(text[m.start : m.end]) == full[0] != full[-1]]
        whole = [m for m in group if m not in lone]
        if not lone or not whole:
            continue
        first_whole = min(m.start for m in whole)
        own = {n for m in lone if m.start < first_whole for n in _told(doc, m, said)}
        theirs = {n for m in whole for n in _told(doc, m, said)} | said_full.get(key, set())
        if own and theirs & gazetteer.TITLE_HEADS and not own & theirs:
            for m in lone:
                m.key = "P:" + full[0]


def _told(doc: Doc, m: Mention, titled: dict[int, set[str]]) -> set[str]:
    """What the report says the name mention ``m`` is: its title, apposition or copula noun."""
    return roles.said_of(doc, m) | titled.get(m.start, set())


def _one_referent(names: list[Mention], others: list[Mention]) -> list[Mention]:
    """``others`` with one key per span: a phrase two stages both read ("The CGT union", a description of the
    union by its head noun and a nominal holding the name "CGT") is a mention of one entity only.

    The key of an organisation's name inside the phrase wins (not a nationality's or a place's: "the Indian
    government" is no Indian Ocean); else the first stage's reading (titles, then descriptions, then nominals).
    Names themselves are left as they are."""
    keys: dict[tuple[int, int], str] = {}
    for o in others:
        span = (o.start, o.end)
        inner = {n.key for n in names if o.start <= n.start and n.end <= o.end and n.type not in _NOT_OWNERS}
        if span not in keys or (o.key in inner and keys[span] not in inner):
            keys[span] = o.key
    return [o for o in others if keys[(o.start, o.end)] == o.key]


_NOT_OWNERS = frozenset({"PERSON", "NORP", "GPE", "LOC"})


def _retype(doc: Doc, text: str, names: list[Mention]) -> list[Mention]:
    """Fix mislabels of the small model from the words around a name.

    - a name that a "who"/"whose" clause follows is a person ("Ines Calloway, whose ground floor ..."), unless
      it closes a list ("Dorrance Foods and Keller Motors, who ..."), and so is one that says "he" or "she" ("Ines
      Calloway said he ...") or that an age comes before ("28-year old Ines Calloway");
    - a lone capitalised word that opens a sentence, is called a person and is never written again is a
      common noun at a sentence's start ("Floodwater reached 14 homes"), not a person: real people are
      named in full, or named again; so is one that only ever modifies a common noun, opening a sentence or
      written in lower case too ("Primary schools closed ..., and Primary teachers joined");
    - but a name set off by an apposition for a person ("Karim, a resident of the town,") is a person, even
      when named once or called a place;
    - a name of two words or more after a person's title ("President Joko Widodo", an organisation to the small
      model) or set off as the apposition of one ("East Java's deputy governor, Emil Dardak," a place to it) is
      a person's.
    """
    _context_types(doc, text, names)
    people = {norm_name(text[m.start : m.end]) for m in names if m.type == "PERSON" and m.kind == "name"}
    out = []
    for m in names:
        if m.kind == "name" and m.type != "PERSON" and _shouted_person(text[m.start : m.end], people):
            m.type = "PERSON"  # "LIZ Truss said ...": a lede's capitals, the small model's organisation
        if m.kind == "name" and m.type in ("LOC", "GPE", "ORG", "FAC") and " " in text[m.start : m.end].strip() \
                and gazetteer.lookup(text[m.start : m.end]) is None and (
                    (re.match(r",? (?:who|whose|whom)\b", text[m.end : m.end + 8]) and not _listed(doc, m))
                    or _says_he(doc, m) or _aged(doc, text, m) or _capital_title(doc, m)
                    or _apposed_to_person(doc, m)):
            m.type = "PERSON"
        described = m.kind == "name" and _person_apposition(doc, m)
        if described and m.type in ("LOC", "GPE", "ORG", "FAC") and gazetteer.lookup(text[m.start : m.end]) is None:
            m.type = "PERSON"  # "Karim, a resident of the town, said": a person the small model called a place
        if m.kind == "name" and m.type == "PERSON" and " " not in text[m.start : m.end] and not described:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            word = text[m.start : m.end]
            if span is not None and span[0].is_sent_start and text.count(word) == 1:
                continue
            if _common_word(doc, text, word, people):
                continue
        out.append(m)
    return out


# an age written before a name: "28-year old Tsubasa Sawada", "a 24-year-old Ines Calloway"
_AGED = re.compile(r"\b\d{1,3}[- ]years?[- ]old\s+\Z")


def _aged(doc: Doc, text: str, m: Mention) -> bool:
    """An age comes right before the name, and the name heads its phrase (not "the 31-year-old Lakers forward")."""
    if _AGED.search(text, max(0, m.start - 16), m.start) is None:
        return False
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and span.root.dep_ in ("nsubj", "nsubjpass", "appos", "dobj", "pobj", "attr")


def _common_word(doc: Doc, text: str, word: str, people: set[str]) -> bool:
    """``word``, a lone name the small model calls a person, is a common word capitalised: wherever it is
    written it modifies a common noun after it ("Primary schools closed ..., and Primary teachers joined"), it
    opens a sentence at least once (before a thing, not only before people: "Schenectady man") or is written in
    lower case too, and it is no given name nor a word of a person named in full ("Obama administration
    officials" beside "Barack Obama")."""
    uses = [t for t in doc if t.text == word]
    if not uses or genders.given_name(word) or any(word.lower() in p.split() for p in people if " " in p):
        return False
    if not all(t.dep_ in ("amod", "compound") and t.head.i > t.i and t.head.pos_ == "NOUN" and t.head.text.islower()
               for t in uses):
        return False
    lower = re.search(rf"(?<![\w'’-]){re.escape(word.lower())}(?![\w'’-])", text) is not None
    # a place before a person noun is no common word: "Schenectady man", twice at a sentence's start
    things = any(nominals.entity_type(t.head.lower_) != "PERSON" for t in uses)
    return lower or (things and any(t.is_sent_start for t in uses))


# "the city of X", "the coastal towns of X": a place's kind before it
_PLACE_BEFORE = re.compile(
    r"\b(?:city|cities|town|towns|village|villages|province|provinces|region|regions|district|districts|capital"
    r"|commune|municipality|suburb|suburbs|county|counties|governorate|prefecture|hamlet|outskirts|state|states)"
    r"(?: of| such as| including)\s+(?:the\s+)?$|\bcapital\s+$"
    r"|\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?: of)\s+(?:[a-z]+\s+){0,3}$"
    r"|\b(?:residents|inhabitants|villagers) (?:of|in)\s+(?:the\s+)?$"
    r"|\b(?:kilometres|kilometers|km|miles)(?: \w+)? (?:from|of|outside)\s+$"
    r"|\b(?:arriving|arrived|departing|departed|flying|flown|flew|heading|headed|bound|travelling|traveling"
    r"|returning|en route) (?:from|to|for)\s+$",
    re.IGNORECASE,
)
# what a report writes before an outlet's name ("writing for Axios"), and before a party's ("candidate for X")
_OUTLET_BEFORE = re.compile(r"\b(?:writing|reporting|wrote|reported) for\s+$")
_REPORTED = re.compile(r"\s+(?:first\s+|also\s+|previously\s+)?(?:reported|reports|wrote|writes)\b")
_PARTY_BEFORE = re.compile(r"\b(?:candidate|nominee|leader|member|members|founder) (?:of|for) (?:the )?$")
_PARTY_AFTER = re.compile(r"\s+(?:candidate|nominee|leader|lawmaker|lawmakers|party)\b")
# "X province", "the X area": a place's kind after it
_PLACE_AFTER = re.compile(
    r"\s+(?:province|provinces|region|district|districts|governorate|prefecture|area|state|mountains|valley)\b"
)
# "X, a mountain village near ...", "X, the epicentre,": a place's kind in apposition after its name
_PLACE_APPOSED = re.compile(
    r",\s+(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}(?:epicent(?:er|re)|town|village|city|province|region|district|area)"
    r"(?=[,.;:]|\s+(?:near|in|of|on|where|which|that|some|about|north|south|east|west)\b)"
)
# "near X": a place, unless a given name opens the name ("near John Reed")
_NEAR = re.compile(r"\bnear\s+$")
# a place by a locative word before a city the gazetteer knows ("from Marrakesh"), not a club ("beat Barcelona")
_AT_PLACE = re.compile(r"\b(?:in|from|near|at|to|outside|around|across|of|visiting|visited)\s+$")
_PLACE_TAILS = frozenset({"county", "city", "state", "beach", "heights", "springs", "township", "province"})
# person nouns that stand before a person's name ("porn actor X", "husband X", "winger X"); not "member"
# ("NATO member Finland"), "host" ("host Qatar"), "champion", nor a group
_BEFORE_PERSON = (nominals.PERSON_NOUNS | gazetteer.TITLE_HEADS | frozenset(
    {"winger", "striker", "midfielder", "defender", "goalkeeper", "forward", "teammate", "partner", "novelist",
     "writer", "author", "journalist", "businessman", "businesswoman", "billionaire", "tycoon", "activist"}
)) - frozenset({"member", "host", "champion", "police", "family", "couple", "crew", "model", "user", "source",
                "official", "candidate", "nominee", "head", "chief", "leader", "customer", "patient", "guard",
                "agent", "deputy", "fan", "star", "executive", "director"})
_CLUB_TAILS = frozenset({"club", "fc", "afc"})
# plural verbs: "Villa were beaten", "Rovers have sacked" - a team, never one person
_PLURAL_VERBS = frozenset({"were", "are", "have"})
# nouns a team's name modifies ("Villa boss", "his first Villa start"); not "fans" ("Trump fans")
_TEAM_NOUNS = frozenset({"boss", "side", "squad", "hierarchy", "board", "defence", "defense", "midfield", "start",
                         "debut", "faithful", "dugout", "bench", "academy", "outfit"})
# the officers and players of a club, written right after its name ("Spurs chairman Daniel Levy", "Colts QB
# Andrew Luck"): no person has a chairman or a striker; not "spokesman", "adviser", "aide" or "lawyer", which
# people have too ("Obama spokesman Josh Earnest"), nor "director", which a film has
_CLUB_PEOPLE = frozenset({"chairman", "chairwoman", "owner", "owners", "president", "manager", "coach",
                          "ceo", "captain", "striker", "midfielder", "defender", "goalkeeper", "winger", "forward",
                          "quarterback", "qb", "player", "players"})
# what a club owns ("Bayern's offer", "Brentford's squad"); people make offers too, so this is weaker evidence
_CLUB_OWNED = _CLUB_PEOPLE | frozenset({"offer", "bid", "squad", "stadium", "ground", "academy", "side"})
_WEEKDAY_AFTER = re.compile(r"\s+on\s+(?:" + WEEKDAY_NAMES + r")\b")


def _context_types(doc: Doc, text: str, names: list[Mention]) -> None:
    """Type names from what surrounds them, where the small model mislabels them (QA: "Casablanca" a person,
    "Youssoufia" an organisation, "Stormy Daniels" an organisation, "Aston Villa" a person):

    - a place: a city or country the gazetteer knows, unless the model calls it an organisation outside a
      locative phrase ("Barcelona beat Porto"); "the town of X", "southwest of X", "50 km from X", "X
      province", "the X area"; and the names listed beside such a place ("Rabat, Casablanca and Essaouira");
    - a person: a person noun right before it ("porn actor X", "husband X"), an age after it ("X, 33,"), or
      a given name that opens a name of two or three capitalised words ("Aleksandar Mitrovic");
    - a team, not a person: a name that takes a plural verb ("Villa were"), modifies a team noun ("Villa
      boss"), stands before a club's officer or player ("Spurs chairman Daniel Levy", "Colts QB Andrew Luck")
      or opens a longer organisation name ("Aston Villa" of "Aston Villa Football Club"); a one-word name no
      person of the report holds (no given name and surname, no title before it) that owns an offer or a player
      ("Bayern's offer"), has a weekday before its verb ("Brentwick on Sunday signed") or "the" before it ("the
      Colts"); and a one-word name the model calls an organisation more often than a person ("Tottenham").
      A longer name that ends or opens with a team's name is the team ("Tollington Hotspur"), unless a given
      name is in it.

    A name decided once is decided for the whole report, and a word of a person's full name stays theirs.
    """
    named = [m for m in names if m.kind == "name"]
    if not named:
        return
    surface = {id(m): text[m.start : m.end] for m in named}
    persons_words = {w for m in named if m.type == "PERSON" and len(surface[id(m)].split()) >= 2
                     for w in surface[id(m)].split()[1:]}  # fmt: skip
    labelled_people = {surface[id(m)] for m in named if m.type == "PERSON"}
    # the words of the names that are surely people's: a given name and a surname ("Daniel Levy"), or a name
    # after a person's title ("President Obama", "Mr. Reyes")
    people_words = {w for m in named if m.type == "PERSON" and len(ws := surface[id(m)].split()) >= 2
                    and genders.given_name(ws[0]) for w in ws}  # fmt: skip
    people_words |= {surface[id(m)] for m in named if _titled(doc, m)}
    roots = {}
    for m in named:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and len(span):
            roots[id(m)] = span
    place: set[str] = set()
    person: set[str] = set()
    team: set[str] = set()
    for m in named:
        name = surface[id(m)]
        span = roots.get(id(m))
        before = text[max(0, m.start - 40) : m.start]
        words = name.split()
        known = gazetteer.lookup(name)
        kind_said = bool(_PLACE_BEFORE.search(before) or _PLACE_AFTER.match(text, m.end)) or (
            _PLACE_APPOSED.match(text, m.end) is not None and not genders.given_name(words[0])
        ) or (
            _NEAR.search(before) is not None and not genders.given_name(words[0]) and m.type != "ORG"
        )
        if kind_said if known is None else gazetteer.place(name) and (
            m.type != "ORG" or kind_said or _AT_PLACE.search(before)
        ):
            place.add(name)
        if known is not None or span is None:
            continue
        prev = doc[span.start - 1] if span.start > 0 else None
        if (
            (prev is not None and prev.lower_ in _BEFORE_PERSON and prev.pos_ == "NOUN" and prev.text.islower()
             and prev.tag_ == "NN")
            or re.match(r",\s*\d{1,3},", text[m.end : m.end + 6])
            or _person_shaped(words)
        ):
            person.add(name)
        if (m.type == "PERSON" or name in persons_words) and not genders.given_name(words[0]) and _team_said(span):
            team.add(name)
        elif (name in labelled_people or name in persons_words) and not genders.given_name(words[0]) and (
            _club_people_after(doc, span)
            or (len(words) == 1 and name not in people_words and _acts_as_club(doc, text, span, m))
        ):
            team.add(name)  # "Spurs chairman Daniel Levy"; "Brentwick on Sunday signed", "Bayern's offer"
    for m in named:
        name = surface[id(m)]
        if m.type != "ORG" or len(name.split()) < 3:
            continue
        for other in named:
            short = surface[id(other)]
            if other.type == "PERSON" and " " in short and name.startswith(short + " ") \
                    and not genders.given_name(short.split()[0]) and name.split()[-1].lower() in _CLUB_TAILS:
                team.add(short)  # "Aston Villa" of "Aston Villa Football Club"
    # the small model's own labels, by majority over the report (as in Krishnan & Manning 2006, one name one
    # label): a one-word name it calls an organisation more often than a person is one ("Tottenham" twice ORG,
    # once PERSON), unless it is a word after the first of a person's full name (a surname, "Hayashi") or
    # follows a person's title; a longer name may be a person's whose given name no list holds ("Bettie Page")
    votes: dict[str, Counter[str]] = {}
    for m in named:
        votes.setdefault(surface[id(m)], Counter())[m.type] += 1
    for name, vote in votes.items():
        if vote["ORG"] > vote["PERSON"] > 0 and " " not in name and name not in persons_words \
                and name not in people_words and not genders.given_name(name) and gazetteer.lookup(name) is None:
            team.add(name)
    # a one-word name that opens one organisation's longer name is its short form, whatever the model calls it
    # ("Veridian" of "Veridian Ballot Systems", "Brauwald" of "Brauwald Leipzig"), unless someone is so named
    longer = {surface[id(m)] for m in named if m.type == "ORG" and " " in surface[id(m)]}
    longer |= {t for t in team if " " in t}
    for name in labelled_people:
        if " " in name or name in people_words or name in persons_words or genders.given_name(name) \
                or gazetteer.lookup(name) is not None:
            continue
        opening = [o for o in longer if o.split()[0] == name]
        if len(opening) == 1 and coref.named_for_itself(tuple(opening[0].split())):
            team.add(name)
    # the names listed with a place are places ("the coastal cities of Rabat, Casablanca and Essaouira")
    for m in named:
        span = roots.get(id(m))
        if span is None or surface[id(m)] not in place:
            continue
        first = span.root
        while first.dep_ == "conj":
            first = first.head
        chain = {first.i} | {t.i for t in first.subtree if t.dep_ == "conj" and _conj_of(t, first)}
        for other in named:
            o = roots.get(id(other))
            known = gazetteer.lookup(surface[id(other)])
            if o is None or o.root.i not in chain or (known is not None and not gazetteer.place(surface[id(other)])):
                continue  # a known city in the list is a place too ("the regions of Al Haouz, Marrakesh")
            if other.type == "PERSON" and " " in surface[id(other)]:
                continue  # "Penny Mordaunt and ... UK Defence Secretary Ben Wallace": a full name stays a person
            place.add(surface[id(other)])
    bodies = _bodies_by_context(doc, text, named, surface)
    crafts = _craft_names(doc, text, named, surface, persons_words | people_words)
    person -= place | bodies | crafts
    team -= person
    # a title or a person noun names no team ("Sheriff Doyle Campbell" is a person, "the Sheriff's unit" or not)
    team = {t for t in team if t.lower() not in _TITLE_WORDS and t.lower() not in nominals.PERSON_NOUNS}
    for m in named:
        name = surface[id(m)]
        words = name.split()
        if name in crafts and m.type == "PERSON":
            m.type = "PRODUCT"  # "the lunar lander Odysseus": a craft, never the "he" of the next sentence
        elif name in person:
            m.type = "PERSON"
        elif name in bodies and name not in place and name not in persons_words:
            m.type = "ORG"
        elif name in place and name not in persons_words:
            if m.type in ("PERSON", "ORG", "PRODUCT", "NORP", "FAC", "WORK_OF_ART", "EVENT", "LAW"):
                m.type = "GPE"
        elif m.type in ("PERSON", "GPE", "LOC", "PRODUCT") and not genders.given_name(words[0]) and (
            name in team or words[-1] in team or (words[0] in team and not any(map(genders.given_name, words)))
        ):
            m.type = "ORG"
    # a person's name the model typed otherwise elsewhere in the report is that person's
    full_people = {surface[id(m)] for m in named if m.type == "PERSON" and " " in surface[id(m)]}
    for m in named:
        if m.type != "PERSON" and surface[id(m)] in full_people and gazetteer.lookup(surface[id(m)]) is None:
            m.type = "PERSON"


# the lower-case particles of a person's name ("María del Carmen Castellón", "Ana de la Cruz")
_NAME_PARTICLES = frozenset({"de", "del", "della", "der", "di", "da", "das", "do", "dos", "du", "la", "van", "von"})


def _craft_word(tok: Token) -> bool:
    """A lower-case craft noun that heads its phrase ("lander" of "moon lander", not "rocket" of "rocket
    scientist", nor "ship" of "the ship's captain")."""
    if tok.lemma_.lower() not in nominals.CRAFTS or not tok.text.islower() or tok.pos_ != "NOUN":
        return False
    after = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if after is None:
        return True
    return not ((after.pos_ in ("NOUN", "PART") and after.text.islower()) or after.text in ("'s", "’s"))


def _craft_names(doc: Doc, text: str, named: list[Mention], surface: dict[int, str], people: set[str]) -> set[str]:
    """Names the small model calls people that the report, anywhere (a headline too), names as a craft: right
    after a craft noun ("the lunar lander Odysseus"), before one ("Odysseus moon lander", "the Odysseus
    spacecraft", with up to two lower-case words between), or with one in an apposition ("Odysseus, the first
    U.S.-built spacecraft to land"). A spacecraft never says anything, and "he said" two sentences on is its
    makers' CEO. Not a name a given name opens, nor a word of a person's full name or a titled name ("Musk
    rocket" where "Elon Musk" is named)."""
    found: set[str] = set()
    for name in {surface[id(m)] for m in named if m.type == "PERSON"}:
        if name in people or genders.given_name(name.split()[0]):
            continue
        for start, end in _whole_words(text, name):
            span = doc.char_span(start, end)
            if span is not None and _named_as_craft(doc, span):
                found.add(name)
                break
    return found


def _named_as_craft(doc: Doc, span: DocSpan) -> bool:
    """Whether a craft noun stands right before ``span``, after it (past up to two lower-case modifiers), or in
    an apposition after it."""
    if span.start > 0 and _craft_word(doc[span.start - 1]):
        return True
    after = list(doc[span.end : span.end + 3])
    modifiers = 0
    while modifiers < len(after) - 1 and after[modifiers].pos_ in ("ADJ", "NOUN") \
            and after[modifiers].text.islower() and not _craft_word(after[modifiers]):
        modifiers += 1
    if after and _craft_word(after[modifiers]):
        return True
    if len(after) < 2 or after[0].text != "," or after[1].lower_ not in ("the", "a", "an", "its"):
        return False
    for tok in doc[span.end + 2 : span.end + 8]:
        if tok.is_punct and tok.text != "-":
            return False
        if _craft_word(tok):
            return True
    return False


def _person_shaped(words: list[str]) -> bool:
    """A name of two or three capitalised words opened by a given name ("Aleksandar Mitrovic"), name particles
    aside ("María del Carmen Castellón"); not one whose last word says it is a body or a place."""
    capitals = [w for w in words if w not in _NAME_PARTICLES]
    return (
        2 <= len(capitals) <= 3 and words[0] == capitals[0] and genders.given_name(words[0])
        and all(w[:1].isupper() for w in capitals) and words[-1] == capitals[-1]
        and words[-1].lower() not in gazetteer.NAME_TAILS and words[-1].lower() not in _PLACE_TAILS
    )


def _bodies_by_context(doc: Doc, text: str, named: list[Mention], surface: dict[int, str]) -> set[str]:
    """Names that are organisations by the words around them, whatever the small model calls them: an outlet
    one writes for ("writing for Axios", a nationality to the model), a party one is a candidate of ("candidate
    for La Senda", "La Senda candidate", a work of art to it), and the possessor of a reporter's full name
    ("Noticias Uno's Marta Gil", a person to it) when no given name opens it; an outlet or a show one tells
    ("told Canal 9", a product to it) or whose anchor speaks ("'Morning Desk' anchor Rui Sol"); a company
    by what the report calls it (``_said_a_company``)."""
    found = {surface[id(m)] for m in named if _said_a_body(text, m, named) or _said_a_company(doc, text, m)}
    return found | {surface[id(m)] for m in named if surface[id(m)] not in found and _owns_a_company_officer(text, m)}


def _owns_a_company_officer(text: str, m: Mention) -> bool:
    """A one-word name the small model calls a person or a place that the report writes, anywhere and whether the
    model tagged it there or not, before what only a company has ("Zephyrix's CEO Ana Lis", "Zephyrix's board"):
    the company, in every mention (the model tags "Zephyrix" a person where it speaks)."""
    name = text[m.start : m.end]
    if m.type not in ("PERSON", "GPE", "LOC") or " " in name or genders.given_name(name) or gazetteer.place(name):
        return False
    return any(_COMPANY_OWNS.match(text, end) or _COMPANY_OFFICER.match(text, end)
               for _, end in _whole_words(text, name))


def _said_a_body(text: str, m: Mention, named: list[Mention]) -> bool:
    before = text[max(0, m.start - 30) : m.start]
    if m.type in ("PERSON", "NORP", "WORK_OF_ART", "PRODUCT", "GPE") and _OUTLET_BEFORE.search(before):
        return True
    if m.type in ("NORP", "WORK_OF_ART", "PRODUCT", "GPE", "FAC") and _REPORTED.match(text, m.end) \
            and text[max(0, m.start - 4) : m.start] in ("The ", "the ") \
            and gazetteer.lookup(text[m.start : m.end]) is None:
        return True  # "The Crimson reported in May": a paper, not a place
    if m.type in ("WORK_OF_ART", "PRODUCT", "LAW") and _told_a_station(text, m):
        return True
    if m.type in ("WORK_OF_ART", "PRODUCT", "EVENT", "LAW"):
        return bool(_PARTY_BEFORE.search(before) or _PARTY_AFTER.match(text, m.end))
    words = text[m.start : m.end].split()
    if m.type != "PERSON" or genders.given_name(words[0]):
        return False
    return _owns_a_person(text, m, named) or bool(_COMPANY_BEFORE.search(before)) \
        or any(w.lower() in _INSTITUTIONS for w in words)


# one tells a person or an outlet, never a product: "told Canal 9 her husband ...", "told 'Morning Desk'"
_TOLD = re.compile(r"\btold\s+['‘\"“]?$")
# a show's people after its name: "'Morning Desk' anchor Rui Sol", "Canal 9 reporter Ana Lis"
_SHOW_PEOPLE = re.compile(r"['’\"”]?\s+(?:anchor|host|co-host|presenter|correspondent|reporter)s?\s+[A-Z]")


def _told_a_station(text: str, m: Mention) -> bool:
    """A name the small model calls a product, a work or a law is an outlet or a station's show when one tells it
    ("Carla Ruiz told Canal 9 her husband ..."), when its anchor or reporter is named after it ("Moore told
    'Morning Desk' anchor Rui Sol"), or when a known outlet opens it ("CBS Mornings")."""
    first = text[m.start : m.end].split()[0]
    known = gazetteer.lookup(first)
    return bool(_TOLD.search(text, max(0, m.start - 8), m.start) or _SHOW_PEOPLE.match(text, m.end)) or (
        known is not None and known.kind == "outlet"
    )


# what a report writes right before a company's name: its product and "maker" ("ChatGPT maker X", "iPhone
# creator X"), or what kind of business it is ("the company X", "AI startup X", "tech giant X", "chipmaker X")
_COMPANY_NOUN_BEFORE = re.compile(
    r"(?:\b[A-Z][\w.+-]*\s+(?:maker|creator|developer|manufacturer|operator)|\b[A-Z][\w.&]*-backed"
    r"|\b(?:company|firm|startup|start-up|conglomerate|retailer|carmaker|automaker|chipmaker|drugmaker|airline"
    r"|lender|insurer)|\b[a-z]+(?<!\bthe)(?<!\ba) giant)\s+$"
)
# a company in apposition after its name: "X – the company behind ...", "X, a San Francisco-based startup,"
_COMPANY_APPOSED = re.compile(
    r"\s*(?:,|[–—-])\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:company|firm|startup|start-up|maker|developer|conglomerate|giant)(?![\w'’-])"
)
# what only a company has: "X's board", "X's shareholders", "X's chief executive"
_COMPANY_OWNS = re.compile(
    r"['’]s\s+(?:(?:board|shareholders|investors|headquarters|share price|chief executive|ceo|chairman"
    r"|co-?founders?|founders?)(?![\w'’-]))",
    re.IGNORECASE,
)
# a company's officer named after it: "Zentrix CEO Ana Lis", "Zentrix co-founder Ana Lis"
_COMPANY_OFFICER = re.compile(r"\s+(?:CEO|chief executive|co-?founder|founder|chairman|CTO|CFO)\s+[A-Z]")
# where people work, never a person nor a thing: "my time at X", "researchers at X"; not for a place
_WORKS_AT = re.compile(
    r"\b(?:time|work|worked|working|works|job|jobs|role|career|tenure|staff|employees|engineers?|researchers?"
    r"|executives?|scientists?)\s+at\s+$"
)
# the labels the small model gives a company's name (its own "ORG" too: one mention so said decides the name)
_COMPANY_LABELS = frozenset({"ORG", "PERSON", "GPE", "LOC", "PRODUCT", "WORK_OF_ART", "FAC"})


def _said_a_company(doc: Doc, text: str, m: Mention) -> bool:
    """A name the small model calls a person, a place or a product is a company by the words around it (QA:
    "ChatGPT creator OpenAI" a person, "OpenAI" a place): its product and "maker" or its backer before it
    ("Quill maker Zentrix", "Corvel-backed Zentrix"), a business noun before it ("the company Zentrix", "AI
    startup Zentrix") or in apposition after it ("Zentrix – the company behind Quill –"), what only a company has
    after it ("Zentrix's board", "Zentrix CEO Ana Lis"), and, for a person or a thing to the model, work done at
    it ("my time at Zentrix") or, for a one-word person, "its" on what it acts on ("Zentrix sacked its CEO").
    Never a name a given name opens, nor a place the gazetteer knows."""
    name = text[m.start : m.end]
    words = name.split()
    if m.type not in _COMPANY_LABELS or not words or genders.given_name(words[0]) or gazetteer.place(name):
        return False
    before = text[max(0, m.start - 40) : m.start]
    if (_COMPANY_NOUN_BEFORE.search(before) and not _modifies_a_noun(doc, m)) or _COMPANY_APPOSED.match(text, m.end) \
            or _COMPANY_OWNS.match(text, m.end) or _COMPANY_OFFICER.match(text, m.end):
        return True
    # a city or a team owns "its" as a company does ("Dallas plays its home finale"), and so does a film
    # ("Catching Fire might not make its release date"): only a one-word person to the model
    if m.type in ("PERSON", "PRODUCT", "WORK_OF_ART") and _WORKS_AT.search(before) is not None:
        return True
    return m.type == "PERSON" and len(words) == 1 and _its_object(doc, m)


def _modifies_a_noun(doc: Doc, m: Mention) -> bool:
    """The name modifies a noun after it ("the giant Bolton field"): the words before describe that noun."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and span.root.dep_ in ("compound", "amod") and span.root.head.i >= span.end


def _its_object(doc: Doc, m: Mention) -> bool:
    """The name is the subject of a verb whose object is "its" own ("Zentrix sacked its CEO", "Zentrix released
    its Quill chatbot"): a person's would be "his" or "her"."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "nsubj":
        return False
    objects = [c for c in span.root.head.children if c.dep_ == "dobj"]
    return any(t.lower_ == "its" and t.dep_ == "poss" and (t.head == o or t.head.head == o)
               for o in objects for t in o.subtree)


# what a report writes before a company's name ("the founder of Theranos"): no person is founded or owned
_COMPANY_BEFORE = re.compile(r"\b(?:co-?)?founders? of\s+$|\b(?:chief executive|ceo|owner|shareholders) of\s+$",
                             re.IGNORECASE)
# the words that make a name an institution's wherever they stand in it ("University College London")
_INSTITUTIONS = frozenset({"university", "college", "institute", "academy", "hospital", "ministry", "department"})


def _owns_a_person(text: str, m: Mention, named: list[Mention]) -> bool:
    """``m`` is followed by "'s" and a person's given name and surname ("Noticias Uno's Marta Gil")."""
    after = text[m.end : m.end + 3]
    if not after.startswith(("'s ", "’s ")):
        return False
    nxt = next((o for o in named if o.start == m.end + 3), None)
    words = text[nxt.start : nxt.end].split() if nxt is not None else []
    return nxt is not None and nxt.type == "PERSON" and len(words) >= 2 and genders.given_name(words[0])


def _listed(doc: Doc, m: Mention) -> bool:
    """The name closes a list ("Dorrance Foods and Keller Motors, who ..."): a relative clause after it tells of
    them all."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "conj"


def _says_he(doc: Doc, m: Mention) -> bool:
    """A name of two or three capitalised words the small model called an organisation is the subject of a
    speech verb whose clause opens with "he" or "she" ("In the capital, Ines Calloway said he and two friends
    ..."): a person; an organisation says "it" or "they"."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if m.type != "ORG" or span is None or not 2 <= len(span) <= 3 or not all(t.text[:1].isupper() for t in span):
        return False
    root = span.root
    if root.dep_ == "appos" and root.head.dep_ == "nsubj" and root.head.i < root.i:
        root = root.head  # "In the capital Vila Serrana, Ines Calloway said he": the parse's subject is the place
    elif root.dep_ != "nsubj" or any(c.dep_ == "appos" for c in root.children):
        return False
    verb = root.head
    return verb.lemma_.lower() in coref.SPEECH_VERBS and any(
        c.dep_ == "ccomp" and any(g.dep_ == "nsubj" and g.lower_ in ("he", "she") and g.i < c.i for g in c.children)
        for c in verb.children
    )


def _team_said(span: DocSpan) -> bool:
    """The name takes a plural verb ("Villa were beaten", "Rovers have sacked", "Rovers face Leeds") or
    modifies a team noun ("Villa boss")."""
    root = span.root
    verb = root.head
    if root.dep_ in ("nsubj", "nsubjpass") and (
        verb.lower_ in _PLURAL_VERBS
        or any(c.dep_ in ("aux", "auxpass") and c.lower_ in _PLURAL_VERBS for c in verb.children)
    ):
        return not any(c.dep_ == "conj" for c in root.children)
    return root.dep_ in ("compound", "nmod") and root.head.lower_ in _TEAM_NOUNS and root.head.i >= span.end


def _titled(doc: Doc, m: Mention) -> bool:
    """A person's title or courtesy title stands right before the name ("President Obama", "Mr. Reyes")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    prev = doc[span.start - 1].lower_
    return prev in gazetteer.TITLE_HEADS or prev in _TITLE_ABBREVIATIONS or prev.rstrip(".") in coref.HONORIFICS


def _club_people_after(doc: Doc, span: DocSpan) -> bool:
    """The name is followed by a club's officer or player ("Spurs chairman Daniel Levy", "Colts QB Andrew Luck")."""
    return span.end < len(doc) and doc[span.end].lower_ in _CLUB_PEOPLE and not doc[span.end].is_sent_start


def _acts_as_club(doc: Doc, text: str, span: DocSpan, m: Mention) -> bool:
    """A one-word name that acts as a club or a company does, where the report names no person so: it owns an
    offer, a squad or a player ("Bayern's offer"), a weekday stands between it and its verb ("Brentwick on Sunday
    signed"), or "the" stands before it ("the Colts")."""
    root = span.root
    if root.dep_ == "poss" and root.head.lower_ in _CLUB_OWNED:
        return True
    if root.dep_ in ("nsubj", "nsubjpass") and _WEEKDAY_AFTER.match(text, m.end):
        return True
    if span.start == 0 or doc[span.start - 1].lower_ != "the" or root.dep_ in ("compound", "nmod", "amod", "poss"):
        return False
    return not (span.end < len(doc) and doc[span.end].pos_ in ("NOUN", "PROPN"))


def _conj_of(tok: Token, first: Token) -> bool:
    """``tok`` hangs from ``first`` by conjunctions alone."""
    while tok.dep_ == "conj" and tok.i != first.i:
        tok = tok.head
    return tok.i == first.i


_SHOUTED = re.compile(r"([A-Z]{2,})((?: [A-Z][a-z][\w'’-]*)+)")


def _unshouted(form: str) -> str:
    """A person's name with its opening word in capitals written in plain case ("LIZ Truss" -> "Liz Truss"); an
    abbreviation before or inside it stays ("CM Pushkar Singh Dhami", "Uttarakhand CM Pushkar Singh Dhami": a
    chief minister): two capitals are a shouted name only when they are a given name ("JO Pike")."""
    hit = _SHOUTED.match(form)
    if hit is None:
        return form
    word = hit.group(1)
    if len(word) < 3 and word.lower() not in genders.FEMALE_NAMES | genders.MALE_NAMES:
        return form
    return word.title() + form[hit.end(1) :]


def _shouted_person(surface: str, people: set[str]) -> bool:
    """A lede's name with its first word in capitals ("DORA Fenwick"), when that word is a given name or the
    report names the person so in plain case too."""
    hit = _SHOUTED.fullmatch(surface)
    if hit is None or gazetteer.lookup(surface) is not None:
        return False
    given = hit.group(1).lower()
    return given in genders.FEMALE_NAMES or given in genders.MALE_NAMES or norm_name(surface) in people


def _person_apposition(doc: Doc, m: Mention) -> bool:
    """The name is set off by an apposition headed by a noun for a person ("a resident of ...", "a nurse"); not by
    a plural, which lists others beside it ("worked with at Zentrix, our customers, our investors")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.end >= len(doc) or doc[span.end].text != ",":
        return False
    return any(
        c.dep_ == "appos" and c.i > span.end and c.tag_ != "NNS"
        and c.lemma_.lower() in nominals.PERSON_NOUNS | _APPOSED_ROLES
        for c in span.root.children
    )


def _capital_title(doc: Doc, m: Mention) -> bool:
    """A capitalised title stands right before the name ("President Joko Widodo"); not a lower-case word that may
    be an adjective ("the official MAP news agency")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].text[:1].isupper() and _titled(doc, m)


def _apposed_to_person(doc: Doc, m: Mention) -> bool:
    """The name is the apposition of a noun for a person or a title before it ("the deputy governor, Emil
    Dardak,"); not of a plural ("its members, Ana Ruiz and Piet Olsen"). An organisation's name only beside a
    noun no organisation is ("Another agency official, Ilka Mora,"), and only one that does not end as a
    body's name does ("Holm Group")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if m.type not in ("GPE", "LOC", "ORG") or span is None or span.root.dep_ != "appos":
        return False
    head = span.root.head
    if head.i >= span.start or head.tag_ != "NN":
        return False
    lemma = head.lemma_.lower()
    if m.type == "ORG":
        # an organisation may be a person's ("its owner, Holm Group"), never an official or a spokesman
        return lemma in _ONLY_PEOPLE and span[-1].lower_ not in gazetteer.NAME_TAILS
    return lemma in nominals.PERSON_NOUNS or lemma in gazetteer.TITLE_HEADS


# nouns for people that no organisation is called: the name set off after one is a person's
_ONLY_PEOPLE = frozenset({"official", "spokesman", "spokeswoman", "spokesperson", "nurse", "doctor", "resident",
                          "witness", "survivor", "officer", "minister", "diplomat", "lawmaker", "senator", "mayor",
                          "chief", "chairman", "chairwoman", "director"})


# role nouns that stand for a person only in apposition to a name ("X, co-head of fixed income at Y, said")
_APPOSED_ROLES = frozenset({"head", "economist", "strategist"})


def _heading_names(
    text: str, names: list[Mention], headings: list[tuple[int, int]], title: list[tuple[int, int]]
) -> list[Mention]:
    """Keep a name inside a heading or title only when the running text names it too.

    A title ("Lindsay Lohan checks into rehab") names the story's actors, who the body names again; a
    section heading's capitalised first word ("Complex security situation") is no name, and the body
    never repeats it as one. The title line's capitals run words into names too ("... in Deal Brokered by
    ...", "Russia's 'Merchant of Arms' Ivo Lenk" a work of art): a name there the body never writes is none,
    but a person's or a place's is kept (``_headline_people`` cuts a person's: "Prisoner Ivo Lenk").
    """
    if not headings and not title:
        return names
    both = headings + title
    body = {norm_name(text[m.start : m.end]) for m in names if not inside(both, m.start, m.end)}
    words = {w for b in body for w in b.split()}
    return [
        m for m in names
        if not inside(both, m.start, m.end)
        or norm_name(text[m.start : m.end]) in body
        or (m.type == "PERSON" and set(norm_name(text[m.start : m.end]).split()) <= words)
        or (m.type in _TITLE_KEPT and not inside(headings, m.start, m.end))
    ]


# a title line's names of these types are kept though the body never writes them: people and places are named
# in full in a headline ("... at Abu Dhabi International Airport"), other runs of capitals are its wording
_TITLE_KEPT = frozenset({"PERSON", "GPE", "LOC", "FAC"})


def _headline_people(text: str, names: list[Mention], headings: list[tuple[int, int]]) -> list[Mention]:
    """A person's name in a headline cut to the longest name of a person the running text writes inside it
    ("Crypto King Sam Carver Faces the Heat" -> "Sam Carver"): a headline capitalises every word, and the small
    model runs the words around a name into it."""
    body = {text[m.start : m.end] for m in names if m.type == "PERSON" and not inside(headings, m.start, m.end)}
    out = []
    for m in names:
        surface = text[m.start : m.end]
        if m.type == "PERSON" and m.kind == "name" and surface not in body and inside(headings, m.start, m.end):
            held = [(len(f), at) for f in body for at, _ in _whole_words(surface, f)]
            if held:
                size, at = max(held)
                m = Mention(m.start + at, m.start + at + size, "PERSON", "name")
        out.append(m)
    return out


_CAPITALISED = re.compile(r"[A-Z][\w'’-]+")


def _inverted_names(text: str, names: list[Mention], headings: list[tuple[int, int]]) -> list[Mention]:
    """A person named surname first in a headline ("Griner Brittney Was Swapped ..."): the surname the running text
    writes alone or last in a full name, then a given name it writes alone (or a common one) and never last. The
    mention is marked ``inverted`` so that coreference keys it as "Brittney Griner", the person both words name."""
    body = [text[m.start : m.end].split() for m in names if m.type == "PERSON" and m.kind == "name"
            and not inside(headings, m.start, m.end)]
    firsts = {w[0] for w in body if len(w) >= 2}
    lasts = {w[-1] for w in body if len(w) >= 2}
    alone = {w[0] for w in body if len(w) == 1}
    # a common given name the small model calls a place ("Marta") is a given name still
    named = {text[m.start : m.end] for m in names if m.kind == "name" and not inside(headings, m.start, m.end)}
    surnames = {w for w in (lasts | alone) - firsts if not genders.given_name(w)}
    given = (alone | firsts | {w for w in named if genders.given_name(w)}) - lasts
    out = []
    for start, end in headings:
        words = [(w.group(), w.start() + start) for w in _CAPITALISED.finditer(text, start, end)]
        for (surname, at), (name, at2) in pairwise(words):
            if surname in surnames and name in given and name != surname and text[at + len(surname) : at2] == " ":
                m = Mention(at, at2 + len(name), "PERSON", "name")
                m.meta["inverted"] = "1"
                out.append(m)
    return out


def _title_line(article: Article) -> list[tuple[int, int]]:
    """The range of the report's headline line when its title was read from it (``ingest.meta.infer_title``), or
    when a given title is the text's first line; furniture may not call a long headline a heading."""
    title = article.title
    spans = [(e.start, e.end) for e in title.evidence if e.article == article.id and e.end <= len(article.text)]
    if spans or not title.value:
        return spans
    first = len(article.text) - len(article.text.lstrip())
    line_end = article.text.find("\n", first)
    line_end = len(article.text) if line_end < 0 else line_end
    if article.text[first:line_end].strip() == title.value.strip() and line_end < len(article.text):
        return [(first, line_end)]
    return []


def _main_body(text: str, names: list[Mention]) -> str | None:
    """The key of the organisation a report is about, which its "the agency" stands for when no name says
    "agency" ("NASA ... the agency said"): the one organisation named most often outside quotations, at least
    twice, that is no outlet or news agency and whose name says no other kind ("Harlow Water Council")."""
    counts: Counter[str] = Counter()
    for m in names:
        if m.type != "ORG" or m.kind not in ("name", "acronym") or m.in_quote:
            continue
        known = _kind_of_key(m.key)
        last = text[m.start : m.end].lower().split()[-1].strip(".,’'s")
        if known in ("agency", "outlet") or (nominals.kind_of(last) and not nominals.kind_of(last) & {"agency"}):
            continue
        counts[m.key] += 1
    top = counts.most_common(2)
    if not top or top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return top[0][0]


_BARE_AGENCY = re.compile(r"[Tt]he agency")


def _agency_chains(text: str, groups: list[list[Mention]], body: str) -> list[list[Mention]]:
    """A chain of "the agency" descriptions and their pronouns that no name of its kind took up joins the
    organisation the report is about (``_main_body``)."""
    target = next((n for n, g in enumerate(groups) if g and g[0].key == body), None)
    if target is None:
        return groups
    merged = set()
    for n, g in enumerate(groups):
        if n == target or not g or not g[0].key.startswith("D:agency#"):
            continue
        if any(m.kind not in ("description", "pronoun") or m.meta.get("number") == "p" for m in g):
            continue
        if not all(_BARE_AGENCY.fullmatch(text[m.start : m.end]) for m in g if m.kind == "description"):
            continue  # "news agency The Associated Press", "the fire agency": an agency its words tell apart
        for m in g:
            m.key, m.cluster = body, target
        groups[target].extend(g)
        merged.add(n)
    return nominals.without_groups(groups, merged) if merged else groups


def _kind_of_key(key: str) -> str | None:
    if key.startswith("K:"):
        known = gazetteer.lookup(key[2:])
        return known.kind if known else None
    return None


def _build(
    article: Article, groups: list[list[Mention]], role_of: dict[str, list[tuple[int, int]]],
    skip: list[tuple[int, int]], headings: list[tuple[int, int]],
) -> tuple[Entity, ...]:
    text = article.text
    built = []
    for group in groups:
        group = sorted(group, key=lambda m: (m.start, -m.end))
        named = [m for m in group if m.kind in ("name", "acronym")]
        key = group[0].key
        chain = key.startswith(("D:", "R:")) and (
            len(group) > 1 or any(m.meta.get("speaker") or m.meta.get("group") for m in group)
        )
        if not named and not key.startswith(("U:", "K:")) and not chain:
            # descriptions and pronouns alone are no entity, unless an unnamed speaker, a known name, or a
            # description chain mentioned more than once ("police ... police") or speaking ("police said")
            continue
        name = _name(text, key, named, group, headings)
        typ = coref.group_type(group)
        spans = []
        seen: set[tuple[int, int]] = set()
        for m in group:
            if (m.start, m.end) not in seen and not inside(skip, m.start, m.end):
                seen.add((m.start, m.end))
                spans.append(Span(article=article.id, start=m.start, end=m.end))
        if not spans:
            continue
        role = max(role_of.get(key, []), key=lambda r: r[1] - r[0], default=None)
        built.append((spans, name, typ, role))
    built.sort(key=lambda b: (b[0][0].start, b[0][0].end))
    return tuple(
        Entity(
            id=f"e{n}", name=name, type=typ, mentions=tuple(spans),
            role=text[role[0] : role[1]] if role else None,
            role_span=Span(article=article.id, start=role[0], end=role[1]) if role else None,
        )
        for n, (spans, name, typ, role) in enumerate(built, 1)
    )


def _name(text: str, key: str, named: list[Mention], group: list[Mention], headings: list[tuple[int, int]]) -> str:
    forms = [_written(text, m) for m in named if not m.meta.get("metonym")]
    told: set[str] = set()  # the descriptions that hold a name ("ADW members", not "Residents" at a sentence's start)
    if key.startswith("K:"):
        forms.append(key[2:])
    if key.startswith("U:"):
        forms.append(key[2:])
    if not forms and key.startswith(("D:", "R:")):
        # a description chain is named by its fullest phrase, without its determiner ("Indian navy"), and
        # without its count or pronoun possessor where a name tells the group ("Brandt workers" of "some 4,000
        # Brandt workers"; but "13 people" stays: the count tells those people from others)
        for m in group:
            if m.kind != "description":
                continue
            form = _DET.sub("", text[m.start : m.end])
            bare = _COUNT.sub("", form)
            offset = m.start + len(text[m.start : m.end]) - len(bare)
            if _holds_name(text, offset, bare):
                form = bare
                told.add(form)
            elif _holds_name(text, m.end - len(form), form):
                told.add(form)
            elif form[1:2].islower():
                form = form[:1].lower() + form[1:]  # "Officials said": capitalised as a sentence's first word only
            if form:
                forms.append(form)
        # a quotation mark around a word of it is no part of the group's name ("according to “Kestria” sources")
        forms = [" ".join(_QUOTE_MARKS.sub("", f).split()) for f in forms]
        told = {" ".join(_QUOTE_MARKS.sub("", f).split()) for f in told}
        forms = [f for f in forms if f] or [key[2:].split("#")[0]]
    if not forms:
        forms = [text[m.start : m.end] for m in named]
    quoted = {text[m.start : m.end] for m in named if m.in_quote}
    quoted -= {text[m.start : m.end] for m in named if not m.in_quote}
    # a headline's capitals run words into a name ("Crypto King Sam Carver Faces ..."): a form written only
    # there names the entity only when the running text writes none
    headline = {text[m.start : m.end] for m in named if inside(headings, m.start, m.end)}
    headline -= {text[m.start : m.end] for m in named if not inside(headings, m.start, m.end)}
    size = _name_size
    if key.startswith("P:"):
        forms = [_unshouted(f) for f in forms]  # "LIZ Truss"
        # a courtesy title is no part of a full name ("said Ms Dalia Omari": Dalia Omari); "Ms Omari" keeps it
        forms = [_COURTESY_BEFORE_FULL.sub("", f) for f in forms]
        size = _person_name_size
    # a description with a name in it ("ADW workers" over "4,000 unionized workers"); a form the running text
    # writes over one only a headline does; the fullest form; among
    # equals one the report writes outside quotations (a speaker's words may misspell a name: "Mr. Bankman
    # Fried"), the longest, the one capitalised as a name ("Conservative Party" over "Conservative party"), the
    # most frequent, then the first
    counts = Counter(forms)
    return max(forms, key=lambda f: (
        f in told, f not in headline, size(f), f not in quoted, len(f), sum(w[:1].isupper() for w in f.split()),
        counts[f],
    ))


def _written(text: str, m: Mention) -> str:
    """A name mention as the entity's name would write it: a headline's "Griner Brittney" as "Brittney Griner"."""
    surface = text[m.start : m.end]
    if m.meta.get("inverted"):
        surname, given = surface.split(" ", 1)
        return f"{given} {surname}"
    return surface


_QUOTE_MARKS = re.compile(r"[“”\"]")
# a courtesy title before a given name and a surname ("Ms Dalia Omari", "Mr. Ted Lowe")
_COURTESY_BEFORE_FULL = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+(?=[A-Z][\w'’-]*\s+[A-Z])")


def _name_size(form: str) -> int:
    """How full a name is: its words."""
    return len(form.split())


def _person_name_size(form: str) -> int:
    """How full a person's name is: its words less the courtesy titles before them, a hyphenated surname's
    parts counted apart ("Mr. Bankman Fried" is two words, "Sam Bankman-Fried" three)."""
    return len(coref.person_tokens(form))


def _holds_name(text: str, at: int, form: str) -> bool:
    """The phrase ``form`` written at ``at`` holds a capitalised word that is no sentence's first word, or an
    acronym ("ADW members")."""
    pos = at
    for word in form.split(" "):
        if word[:1].isupper() and (pos > at or word[1:2].isupper() or not _sentence_start(text, at)):
            return True
        pos += len(word) + 1
    return False


def _sentence_start(text: str, at: int) -> bool:
    before = text[:at].rstrip(" \t\"“‘'")
    return not before or before[-1] in ".!?\n:"
