"""Named events: the name of a place or thing joined to an event noun ("the collapse of the Harrow Bridge").

A follow-up published the next day is told in other words than the first reports: the rescue is over, the
recovery has begun, officials and ministers are quoted instead of witnesses. Its whole-report score with the
story can then fall just under the threshold (QA round N: a live blog on the recovery, opening "... after
Baltimore's Francis Scott Key Bridge collapsed ...", was left in a story of its own). What it keeps is the
event's name, and a reader takes "the Harrow Bridge collapse" in two reports as the same event.

Which signal decides:

- **A named event** is a key ``"<name>|<event>"``: the last two words of a capitalized run (the specific part:
  "Baltimore's Francis Scott Key Bridge" and "the Key Bridge" both give ``key bridge``), written as the story
  features write names (``storyline.stories.features``), and an event noun from ``EVENT_FORMS``, in one of three
  shapes: "Harrow Bridge collapse" / "Harrow Bridge collapsed" (the event word right after the name), "the
  collapse of the Harrow Bridge" ("of", "at", "in", "on" between them), and a Title Case headline
  ("Harrow Bridge Collapse Live Updates"). A one-word name ("Lisbon fire") is no key: a city sees many fires.
- **A people's event**, for a report that names no event by a name of two words: a key
  ``"<event>|<person>+<person>"`` of the event noun it names most often and its two principal people, full
  names with a common given name (``principal_people``). An election is named "Argentina's presidential
  election", "the run-off", "Sunday's vote", and its winner and loser are what every report names in full (QA
  round P: the next day's markets report, "... beat economy chief <loser> in Sunday's vote", was left apart).
  A later announcement by the winner has his ministers at its centre, not his rival, and keys apart; a rematch
  years later keys alike and is kept apart by the time window.
- **A country's disaster, a town's fire, a company's outage**, for a report with neither: a key
  ``"<event>|<place>"`` (``storyline.stories.places.place_event``: "earthquake|morocco", "fire|lahaina",
  "outage|crowdstrike"). A report told most of a disaster or an outage is keyed by its place or company before its
  people, who are the officials counting the dead or the chief executive apologizing.
- **Not event words**: the "death" of a "death toll", and a name that ends in an event word ("Maui Wildfires
  Death Toll": a place and a kind, no name) or is a country's ("the deadliest wildfire in the United States").
- **The main named event** of a report is the key it names most often (ties: the first named, so the headline
  wins). A report on the bridge's reopening that recalls "last year's Harrow Bridge collapse" once has the
  reopening as its main event, so the two events stay apart.

The clustering (``storyline.stories.cluster``, ``storyline.stories.incremental``) uses the main events after
the score has spoken: a report left alone in a story joins the one other story whose reports have the same main
event, when their publication dates (where known) are within the time window and its score with that story is
at least half the threshold (it must share more than the name). ``EventIndex`` holds the main events of a
stream's recent reports for the incremental index.

Does NOT: find unnamed events ("the bridge collapsed"), one-word names, or paraphrased event nouns
("the span fell" is not "the collapse"); know people whose given name is not in the common list ("Anders
Faergemann"), or tell a debate or first round between the same two people from their run-off when no dates say.
"""

from __future__ import annotations

import re
from collections import Counter, deque
from typing import Any

from storyline.extract.gazetteer import lookup, place
from storyline.extract.genders import given_name
from storyline.stories.eventwords import EVENT_FORMS, TOKEN, event_counts, event_of, headline, most, runs
from storyline.stories.features import _MONTH_SET, _STOP, _fold, _spelling
from storyline.stories.places import COMPANY_EVENTS, NATURAL_EVENTS, local_event, place_event

# the place and company finders lived here first: callers may still import them from here
from storyline.stories.places import company as company
from storyline.stories.places import local_place as local_place

# after a capitalized event word these make it part of an organization's name ("Harrow Fire Department")
_ORG_WORDS = frozenset(
    {"department", "chief", "marshal", "service", "station", "brigade", "fighters", "authority", "commission"}
    | {"committee", "agency", "office", "officials", "crew", "squad", "safety", "insurance"}
)
_LINKS = frozenset({"of", "at", "in", "on"})  # "the collapse of the Harrow Bridge", "fire at Mill Tower"
# a report joins a story by its named event only when its score with the story is at least this share of the
# threshold: it must share more than the name. Not tuned: on ECB+ (train and dev) the rule moves no report at any
# floor, so the data cannot set it. Set by the case it serves: the QA follow-up scored 0.176 against a batch line
# of 0.18; a report far below half the line shares little more than the name, and is left alone
EVENT_FLOOR = 0.5
# reports whose main events an ``EventIndex`` keeps, as ``passages.LEAD_WINDOW``: days of a busy feed
EVENT_WINDOW = 4000


def _name(tokens: list[str]) -> str | None:
    """The key's name half: the last two words of a capitalized run, None when fewer than two name words
    ("The Bridge": "the" is no name word) or when the last is an event word ("Maui Wildfires Death Toll": the
    place and the kind of the event, no name; "Death Valley" is a name)."""
    if tokens and tokens[-1].lower() in EVENT_FORMS:
        return None
    words = [_spelling(_fold(t)) for t in tokens[-2:]]
    if len(words) < 2 or any(w in _STOP or w in _MONTH_SET or len(w) < 2 for w in words):
        return None
    return " ".join(words)


def _a_country(run: list[str]) -> bool:
    """Whether a run's last two words name a country: "the second deadliest wildfire in the United States" says
    where, not which (a country sees many fires)."""
    known = lookup(" ".join(run[-2:]))
    return known is not None and known.kind == "country"


def named_events(text: str) -> Counter[str]:
    """Count the named-event keys of ``text`` (see the module docstring), in order of first mention."""
    tokens = list(TOKEN.finditer(text))
    words = [m.group() for m in tokens]
    found: Counter[str] = Counter()
    for first, end in runs(text, tokens):
        key = _inside_run(text, tokens, words, first, end) or _after_run(text, tokens, words, first, end)
        if key is not None:
            found[key] += 1
        # "the collapse of (the) Harrow Bridge": the event word and a link word just before the run
        k = first - 1
        if k >= 0 and words[k].lower() == "the":
            k -= 1
        event = event_of(words, k - 1) if k >= 1 and words[k].lower() in _LINKS else None
        name = _name(words[first:end])
        if event is not None and name is not None and not _a_country(words[first:end]):
            found[f"{name}|{event}"] += 1
    # an outage is named by its company, and reports write one company or two ("the CrowdStrike outage", "the
    # Microsoft CrowdStrike outage"): it is keyed by the company named most instead (``company``)
    return Counter({key: n for key, n in found.items() if key.split("|")[1] not in COMPANY_EVENTS})


def _inside_run(text: str, tokens: list[re.Match[str]], words: list[str], first: int, end: int) -> str | None:
    """A key from a capitalized event word inside the run: the run's last word ("... the Harrow Bridge
    Collapsed") or, in a Title Case headline, any word not opening an organization's name. ``words`` are the
    tokens' texts (made once per text: a long text has thousands of runs)."""
    for k in range(first + 2, end):
        event = event_of(words, k)
        if event is None:
            continue
        last = k == end - 1
        org = not last and words[k + 1].lower() in _ORG_WORDS
        if (last or headline(text, tokens[k].start())) and not org:
            name = _name(words[first:k])
            return None if name is None else f"{name}|{event}"
        return None
    return None


def _after_run(text: str, tokens: list[re.Match[str]], words: list[str], first: int, end: int) -> str | None:
    """A key from a lower-case event word one space after the run ("Harrow Bridge collapsed on Monday")."""
    if end >= len(tokens) or text[tokens[end - 1].end() : tokens[end].start()] != " ":
        return None
    if not tokens[end].group().islower():
        return None
    event = event_of(words, end)
    name = _name(words[first:end])
    return None if event is None or name is None else f"{name}|{event}"


def main_event(text: str) -> str | None:
    """The key ``text`` names most often (ties: the first named); when it names no event, its disaster's place
    (``place_event``) for a report told most of a disaster, else its people's event (``people_event``), else its
    country's disaster; None when it has none.

    Why the place first for a disaster: its people are the officials who count the dead (a governor, a police
    chief), and each report quotes others, while every report names where it struck."""
    found = named_events(text)
    if found:
        return max(found, key=lambda key: found[key])  # ``max`` keeps the first of equal counts
    counts = event_counts(text)
    if counts and (most(counts) in NATURAL_EVENTS or local_event(text, counts)):
        return place_event(text) or people_event(text)
    return people_event(text) or place_event(text)


def principal_people(text: str) -> tuple[str, ...]:
    """The two people ``text`` names most often (fewer when it names fewer), as folded full names.

    A person is a full name written once at least ("Javier Milei": the last two words of a capitalized run)
    whose first word is a common given name (``storyline.extract.genders``) and whose last is no place
    ("Victoria Argentina"). Only a known given name counts: "Hurricane Otis", "Haneda Airport" and "Rukum
    West" are written as people are, and a wrong person would join two events. A person is counted by every
    capitalized mention of the surname, in full or alone (ties: the first named), and is named by the full name
    written most often (ties: the first, so a slip such as "Javie Milei" later does not win).
    """
    tokens = list(TOKEN.finditer(text))
    words = [m.group() for m in tokens]
    fulls: dict[str, Counter[str]] = {}  # surname -> its full names, in order of first mention
    for first, end in runs(text, tokens):
        given, surname = words[end - 2], words[end - 1]
        name = _name([given, surname]) if end - first >= 2 else None
        if name is None or not given_name(given) or place(re.sub(r"['’]s$", "", surname)):
            continue
        fulls.setdefault(name.split()[1], Counter())[name] += 1
    mentions = Counter(_spelling(_fold(w)) for w in words if w[0].isupper())
    ranked = sorted(fulls, key=lambda key: -mentions[key])  # a stable sort: ties keep the first named
    return tuple(_most_written(fulls[key]) for key in ranked[:2])


def _most_written(names: Counter[str]) -> str:
    """The name written most often (ties: the first written)."""
    return max(names, key=lambda name: names[name])


def people_event(text: str) -> str | None:
    """A key ``"<event>|<person>+<person>"``: the event noun ``text`` names most often (any case, ties: the
    first named) and its two principal people (``principal_people``, in alphabetical order); None without
    an event noun or two people.

    Why: an election, a trial or a match is told by the people in it more than by a name of two words
    ("Argentina's presidential election", "the run-off", "Sunday's vote"), and a report that names the same
    kind of event with the same two people at its centre, both in full, tells of the same event.
    """
    counts = event_counts(text)
    people = principal_people(text)
    if not counts or len(people) < 2:
        return None
    event = most(counts)
    return f"{event}|{'+'.join(sorted(people))}"


class EventIndex:
    """The main events of the last ``window`` reports added, for a stream: ``holders`` names the reports held
    whose main event is a given key.

    Reports are numbered in the order added (0, 1, ...), as ``passages.LeadIndex`` numbers them; only reports
    with a main event are held, and the oldest leaves when the window is full. Does NOT look at dates or
    stories: the caller keeps them by number.
    """

    def __init__(self, *, window: int = EVENT_WINDOW) -> None:
        if window < 1:
            raise ValueError(f"window must be at least 1, got {window}")
        self.window = window
        self.added = 0
        self._holders: dict[str, list[int]] = {}
        self._held: deque[tuple[int, str]] = deque()

    def holders(self, key: str) -> list[int]:
        """Numbers of the reports held whose main event is ``key``, oldest first."""
        return list(self._holders.get(key, ()))

    def add(self, key: str) -> int:
        """Hold a report's main event ``key`` (dropping the oldest when the window is full); its number."""
        number = self.added
        self.added += 1
        self._held.append((number, key))
        self._holders.setdefault(key, []).append(number)
        if len(self._held) > self.window:
            _, old = self._held.popleft()
            got = self._holders[old]
            got.pop(0)  # the oldest holder is first, and the oldest report leaves first
            if not got:
                del self._holders[old]
        return number

    def to_state(self) -> dict[str, Any]:
        """A JSON-able snapshot (``from_state`` restores it exactly)."""
        return {"window": self.window, "added": self.added, "held": [[n, key] for n, key in self._held]}

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> EventIndex:
        """Restore ``to_state``'s dict."""
        index = cls(window=int(state["window"]))
        for number, key in state["held"]:
            index.added = int(number)
            index.add(str(key))
        index.added = int(state["added"])
        return index
