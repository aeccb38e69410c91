"""The role an amount of money plays in its sentence, and amounts that restate another in a second currency.

A story about a deal, a settlement or a transfer gives several amounts that are no figures of one thing: what
was paid or agreed ("agreed to pay $787.5 million", "a £95m deal"), what a party sought ("the company that had
sought $1.6 billion", "had asked for $1.6 billion"), what was offered or bid, what was rejected ("had rejected
Bayern's offer of £86m"), what someone values a thing at ("value the striker closer to £120m") and what a
deal may rise to ("a fee that could rise to £120million", "add-ons ... up to an overall fee of £120m"); a noun
right after the figure may name it too ("a £100m valuation", "their £100m asking price", "a £80m bid"), and a
price set "at" a figure is a valuation or a price asked ("rates the striker at £100m", "priced him at £100m"). Two
amounts are figures of one quantity only when they play one role (``role_of``); the amount agreed is the
unmarked one (""). A gap in a budget is a measure of its own ("a £22bn black hole", "a shortfall of £22bn": "gap"),
no figure of what a budget raises or spends ("raised taxes by £40bn"), however near its size.

A figure with its conversion ("$787.5 million (£633.6m)", "£95million - well over €100 million") is one amount
told twice: the second (``converted``) takes the first's role, and its hedge when it has none of its own ("more
than €100million (£86.4m)" is more than £86.4m).

Does NOT parse: the role is read from the words of the clause around the figure, the nearest first.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Protocol

from storyline.calendar_words import month_openings

ROLES = ("sought", "offered", "rejected", "valued", "potential", "gap")

# words that give an amount its role, as they are written (lower case), nearest to the figure first
_SOUGHT = (
    "sought seek seeks seeking demand demands demanded demanding ask asks asked asking claimed claiming claims "
    "requested requesting sue sued suing want wants wanted wanting damages"
)
_OFFERED = "offer offers offered offering bid bids bidding tabled proposal proposed"
_REJECTED = "rejected rejecting rejects rebuffed snubbed refused declined"
_VALUED = "value values valued valuing valuation valuations"
# the words of a ceiling a deal may reach: "could rise to", "with add-ons", "potentially", "an overall fee"
_POTENTIAL = "rise rises rising risen add-ons add-on addons potentially potential overall"
# an offer or bid that was taken up is the amount agreed ("accepted Bayern's offer, worth ...")
_TAKEN = frozenset({"accepted", "accept", "accepts", "agreed", "agree", "agrees", "reached", "struck", "settled"})
_TURNED = frozenset({"rejected", "rejecting", "rejects", "rebuffed", "snubbed", "refused", "declined", "turned"})
_WORDS = {
    **dict.fromkeys(_SOUGHT.split(), "sought"),
    **dict.fromkeys(_OFFERED.split(), "offered"),
    **dict.fromkeys(_REJECTED.split(), "rejected"),
    **dict.fromkeys(_VALUED.split(), "valued"),
}
_CEILING = frozenset(_POTENTIAL.split())
# a ceiling told right before the figure: "could reach as high as $12.5 billion", "may cost as much as $2bn" (the
# most an amount may come to, which no floor or amount agreed beside it contradicts)
_CEILING_PHRASES = frozenset({("as", "high", "as"), ("as", "much", "as")})
# how many words before a figure may give its role, within its clause
_REACH = 8
# how many words an offer's verb may stand before the offer ("accepted Bayern Munich's offer")
_OFFER_REACH = 4
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# where the words that may give a figure its role stop: a sentence's end, a semicolon, a colon, a quote mark
_STOP = re.compile(r"[.;:!?\"“”](?:\s|$)|[\"“”]|\n")
# "$1.6 billion that Dominion originally demanded", "$1.6 billion sought by Dominion": a relative clause or a
# participle right after the figure says what the figure itself is (the words up to the clause's end)
_AFTER = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?(?P<words>[^,;:.!?()\"“”]{0,60})")
_AFTER_REACH = 4
# the verbs of an amount agreed or paid: the nearest of them before a figure makes it the amount agreed
_AGREED = frozenset({"agreed", "agree", "agrees", "agreeing", "pay", "pays", "paid", "paying", "settled", "settle",
                     "struck", "accepted", "accepting"})
# what may stand between an amount and its conversion: brackets, a dash, "or", "about", a hedge
_CONVERSION = re.compile(
    r"\s*(?:\(|[-–—,]\s*|\bor\s+)?\s*(?:(?:well|just|some|roughly|about|around)\s+)?$", re.IGNORECASE
)


# what a gap in a budget or in finances is called: "a £22bn black hole", "a $4bn shortfall", "a £9bn funding gap"
_GAP_NOUNS = r"(?:black[\s-]?hole|blackhole|hole|shortfall|deficit|(?:funding|fiscal|budget)\s+gap|overspend)s?"
# the gap named right before its figure: "a black hole of £22bn", "a shortfall estimated at about $4bn"
_GAP_BEFORE = re.compile(
    r"\b" + _GAP_NOUNS + r"\s+(?:of|worth|(?:estimated|put|valued)\s+at)\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|at\s+least|up\s+to)\s+)?(?:an?\s+)?$",
    re.IGNORECASE,
)


def role_of(text: str, start: int, end: int) -> str:
    """The role of the amount of money at ``text[start:end]``: one of ``ROLES``, or "" for the amount agreed or
    paid, which is also what an unmarked amount reads as.

    >>> role_of("the company that had sought $1.6 billion", 29, 41)
    'sought'
    >>> role_of("agreed Tuesday to pay $787.5 million", 22, 36)
    ''
    """
    if told := _told_after(text, end):
        return told
    if _GAP_BEFORE.search(text, 0, start):
        return "gap"  # "a black hole of £22bn": the gap's size, no amount raised, paid or spent
    clause = [w.lower().replace("’", "'") for w in _WORD.findall(_clause_before(text, start))]
    words = clause[-_REACH:]
    if named := _named_after(text, end):
        # "accepted a £80m offer" is the amount agreed, "turned down a £80m bid" a rejected one
        if named == "offered" and _TAKEN.intersection(words[-_OFFER_REACH:]):
            return ""
        turned = any(_phrase_at(words, n) == "rejected" for n in range(max(0, len(words) - _OFFER_REACH), len(words)))
        if named == "offered" and (turned or _TURNED.intersection(words[-_OFFER_REACH:])):
            return "rejected"
        return named
    if len(words) >= 2 and words[-1] == "at" and any(w in _AT_VERBS for w in words[-_AT_REACH:-1]):
        return _AT_VERBS[next(w for w in reversed(words[-_AT_REACH:-1]) if w in _AT_VERBS)]
    if any(w in _CEILING for w in words) or tuple(words[-3:]) in _CEILING_PHRASES:
        return "potential"
    # the nearest word that gives a role decides: "turned down two bids before agreeing a £95m fee" is agreed
    for n in range(len(words) - 1, -1, -1):
        role = _phrase_at(words, n) or _WORDS.get(words[n])
        if words[n] in _AGREED:
            return ""
        if role is None:
            continue
        if role == "offered":
            # the verb that took the offer up may stand before the words that give the role ("accepted Harwick's
            # offer for Tam Ossory, worth more than €100million"): looked for in the whole clause
            at = len(clause) - len(words) + n
            before = clause[max(0, at - _OFFER_REACH) : at]
            if _TAKEN.intersection(before):
                return ""
            if _TURNED.intersection(before):
                return "rejected"
        return role
    return ""


# what an amount is, named right after its figure: "a £100m valuation", "their £100m asking price", "a £100m price
# tag", "a £80m bid"; a fee, a deal or a package is the amount agreed
# a market's worth of a company is a valuation, no amount agreed: "a $55bn market cap", "a market value of $55bn"
# a gap in a budget is named so too: "a £22bn black hole", "a $4bn shortfall" (``_GAP_NOUNS``)
_NAMED_AFTER = re.compile(
    r"(?:\s*-?\s*plus)?\s+(?P<noun>valuation|asking\s+price|price[\s-]+tag|offer|bid|proposal"
    r"|market[\s-]+(?:cap|capitali[sz]ation|value)|(?P<gap>" + _GAP_NOUNS + r"))\b",
    re.IGNORECASE,
)
_NAMED_ROLES = {"valuation": "valued", "asking": "sought", "price": "sought", "offer": "offered", "bid": "offered",
                "proposal": "offered", "market": "valued"}
# a verb that sets a price on something "at" the figure: "rates the striker at £100m" is a valuation, "priced the
# striker at £100m" a price asked (the verb within a few words before the "at")
_AT_VERBS = {**dict.fromkeys(("rate", "rates", "rated", "rating"), "valued"),
             **dict.fromkeys(("price", "prices", "priced", "pricing"), "sought")}
_AT_REACH = 4


def _named_after(text: str, end: int) -> str | None:
    """The role the noun right after a figure gives it ("a £100m valuation": "valued"), or None."""
    m = _NAMED_AFTER.match(text, end)
    if m and m.group("gap"):
        return "gap"  # "a £22 billion black hole in public finances": a gap, no amount raised or paid
    return _NAMED_ROLES[m.group("noun").split()[0].split("-")[0].lower()] if m else None


def _phrase_at(words: list[str], n: int) -> str | None:
    """The role a phrase ending at ``words[n]`` gives: "holding out for", "turned down", "asking price"."""
    two = tuple(words[max(0, n - 2) : n + 1])
    if len(two) == 3 and two[1:] == ("out", "for") and two[0] in ("hold", "holds", "holding", "held"):
        return "sought"
    if n >= 1 and words[n] == "down" and words[n - 1] in ("turn", "turns", "turned", "turning"):
        return "rejected"
    if n >= 1 and words[n] == "price" and words[n - 1] == "asking":
        return "sought"
    if n >= 1 and words[n] in ("tag", "tags") and words[n - 1] == "price":
        return "sought"  # "put a price tag of £100m on him"
    if n >= 1 and words[n] in ("cap", "capitalization", "capitalisation") and words[n - 1] == "market":
        return "valued"  # "a market cap of $55bn": what the market values a company at
    return None


def _told_after(text: str, end: int) -> str | None:
    """The role a relative clause or a participle right after a figure gives it ("$1.6 billion that Dominion
    originally demanded", "$1.6 billion sought by Dominion"), or None."""
    after = _AFTER.match(text, end)
    words = [w.lower() for w in _WORD.findall(after.group("words"))] if after else []
    if len(words) >= 2 and words[0] not in ("that", "which") and words[1] == "by":
        role = _WORDS.get(words[0])
        return role if role in ("sought", "offered", "rejected", "valued") else None
    if any(w in _CEILING for w in words[:_AFTER_REACH]):
        return "potential"  # "£70m with add-ons"
    if words and words[0] in ("that", "which"):
        for w in words[1 : 1 + _AFTER_REACH]:
            role = _WORDS.get(w)
            if role is not None:
                return role
    return None


# what an amount of a deal is measured on, told right after it: the cash paid for the shares ("$14.1 billion in
# cash"), or the value with the company's debt ("$14.9 billion, including debt"); "in cash and stock" is the whole
_CASH = re.compile(r"(?:\s+in)?\s+cash\b(?!\s+and\s+(?:stock|shares))", re.IGNORECASE)
_DEBT = re.compile(
    r",?\s+(?:including|with|plus|counting)\s+(?:its\s+|the\s+|net\s+|assumed\s+)*(?:debt|liabilities)\b"
    r"|\s+in\s+enterprise\s+value\b",
    re.IGNORECASE,
)


def basis_of(text: str, end: int) -> str:
    """What the amount of money ending at ``end`` is measured on: "cash" ("$14.1 billion in cash"), "debt"
    ("$14.9 billion, including debt"), or "" for an amount that says neither. Amounts on two bases are two
    measures of one deal, no two figures of one: the price paid for a company's shares and its value with its
    debt differ by the debt.

    >>> basis_of("agreed to buy it for $14.1 billion in cash", 34)
    'cash'
    >>> basis_of("approximately $14.9 billion, including debt", 27)
    'debt'
    """
    if _CASH.match(text, end):
        return "cash"
    return "debt" if _DEBT.match(text, end) else ""


# a price told per unit of what is priced, right after its figure: "$83.49 a barrel", "$253 per share",
# "$253-per-share", "$1,900 an ounce"; a price per unit of time is a period (``period_of``: "$26,500 per year")
_TIME_UNITS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
                         "quarter", "annum", "night", "minute", "season", "game", "match", "decade"})
# what "a" or "an" prices right after a figure (after "per", any noun): "$253 a share" is a price, "$2bn a record"
# is no price of anything
_PRICED = frozenset({"share", "barrel", "ounce", "gallon", "litre", "liter", "ton", "tonne", "pound", "kilo",
                     "kilogram", "bushel", "unit", "ticket", "head", "person", "seat", "dose", "vial", "pack"})
_PER = re.compile(r"(?:\s+|-)(?P<word>per|a|an|each)(?:\s+|-)(?:(?:common|ordinary|class\s+[a-z])\s+)?"
                  r"(?P<unit>[a-z]+)\b", re.IGNORECASE)


def per_unit(text: str, end: int) -> str:
    """What an amount of money ending at ``end`` is the price of one of ("share" of "$253 a share", "barrel" of
    "$83.49 a barrel"), or "". A price per unit is no amount of a deal nor of anything else than one unit of its
    own: an oil price per barrel and a share price are two quantities, however close their statements.

    >>> per_unit("Crude fell 2.9% to $83.49 a barrel", 25)
    'barrel'
    >>> per_unit("an all-stock merger at $253-per-share", 27)
    'share'
    >>> per_unit("Halvorn will pay $26,500 per year", 23)
    ''
    """
    m = _PER.match(text, end)
    if m is None:
        return ""
    unit = m.group("unit").lower()
    if unit.endswith("s") and not unit.endswith("ss"):
        unit = unit[:-1]  # "per shares" is rare, "$5 a head" common: a plural reads as its singular
    if unit in _TIME_UNITS:
        return ""
    return unit if m.group("word").lower() == "per" or unit in _PRICED else ""


# the day a market figure is told of: a weekday ("Tuesday's close", "last Thursday"), "yesterday", "today", or a
# day of a month ("on Oct. 5", "5 October")
_MONTH = month_openings(lower=True) + r"[a-z]*\.?"
_DAY = re.compile(
    r"\b(?:(?P<rel>last|this|next|previous)\s+)?(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:['’]s)?\b|\b(?P<near>yesterday|today)\b"
    r"|\b(?P<month>" + _MONTH + r")\s+(?P<mday>\d{1,2})\b|\b(?P<dmday>\d{1,2})\s+(?P<dmonth>" + _MONTH + r")(?![a-z])",
    re.IGNORECASE,
)


def day_of(text: str, start: int, end: int) -> str:
    """The day the figure at ``text[start:end]`` is told of, as its sentence names it, the nearest to the figure
    ("tuesday", "last thursday", "oct 5"), or "". A company's market value or a price changes by the day: two
    figures of it told of two days are two figures, no conflict ("its closing value of $55.4 billion Tuesday" /
    "Last Thursday, it had a $50.1 billion valuation").

    >>> day_of("Last Thursday, Halvorn stock had a $50.1 billion valuation.", 33, 46)
    'last thursday'
    """
    stops = [m.end() for m in _SENTENCE_STOP.finditer(text, 0, start)]
    opening = stops[-1] if stops else 0
    close = _SENTENCE_STOP.search(text, end)
    found = list(_DAY.finditer(text, opening, close.start() if close else len(text)))
    if not found:
        return ""
    m = min(found, key=lambda d: min(abs(d.start() - end), abs(start - d.end())))
    if m.group("weekday"):
        return " ".join(w for w in ((m.group("rel") or "").lower(), m.group("weekday").lower()) if w)
    if m.group("near"):
        return m.group("near").lower()
    month, mday = (m.group("month"), m.group("mday")) if m.group("month") else (m.group("dmonth"), m.group("dmday"))
    return f"{month.lower()[:3]} {int(mday)}"


def _clause_before(text: str, start: int) -> str:
    """The words before ``start`` back to the end of the sentence before (or a quote mark)."""
    stops = list(_STOP.finditer(text, 0, start))
    return text[stops[-1].end() if stops else 0 : start]


def converts(between: str) -> bool:
    """Whether the text between two amounts in different currencies makes the second a conversion of the
    first ("$787.5 million (£633.6m)", "£95million - well over €100 million").

    >>> converts(" (")
    True
    >>> converts(" and then paid ")
    False
    """
    return _CONVERSION.fullmatch(between) is not None


@dataclass(frozen=True, slots=True)
class Amount:
    """An amount of money a statement gives: its currency, value, role (``role_of``) and whether it restates
    the amount before it in another currency (``converts``)."""

    currency: str
    value: float
    role: str
    converted: bool = False


# a dollar sign with its country's letters names that country's dollar ("A$50 million", "NZ$12m", "US$8m"); a bare "$"
# is read as the US dollar, which a report of another dollar's country may not mean (``counts.count_disagreement``)
DOLLAR_SIGNS = {"US$": "usd", "A$": "aud", "AU$": "aud", "C$": "cad", "CA$": "cad", "NZ$": "nzd", "HK$": "hkd",
                "S$": "sgd"}
# the dollars of other countries than the US
OTHER_DOLLARS = frozenset(DOLLAR_SIGNS.values()) - {"usd"}
_SYMBOLS = {"$": "usd", "€": "eur", "£": "gbp", "¥": "jpy", **DOLLAR_SIGNS}
_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9,
           "trillion": 1e12}
_AMOUNT = re.compile(
    r"(?<![\w.])(?P<cur>(?-i:US|AU|A|CA|C|NZ|HK|S)\$|[$€£¥])\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s*(?P<scale>thousand|million|billion|trillion|mn|bn|m|k|b)\b)?",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=1 << 14)
def amounts(text: str) -> tuple[Amount, ...]:
    """The amounts of money ``text`` gives with a currency sign, in order: "$787.5 million (£633.6m)" is
    $787.5m and its conversion, £633.6m, both of the role the first has.

    >>> [(a.currency, a.value, a.role) for a in amounts("the company that had sought $1.6 billion")]
    [('usd', 1600000000.0, 'sought')]
    """
    out: list[Amount] = []
    last_end = -1
    for m in _AMOUNT.finditer(text):
        scale = _SCALES[m.group("scale").lower()] if m.group("scale") else 1.0
        value = float(m.group("num").replace(",", "")) * scale
        currency = _SYMBOLS[m.group("cur")]
        before = out[-1] if out else None
        if before is not None and before.currency != currency and converts(_hedge_cut(text[last_end : m.start()])):
            out.append(Amount(currency, value, before.role, converted=True))
        else:
            out.append(Amount(currency, value, role_of(text, m.start(), m.end())))
        last_end = m.end()
    return tuple(out)


# hedges that may stand right before an amount's conversion ("£95million - well over €100 million")
_HEDGE_BEFORE = re.compile(r"(?:more\s+than|over|above|under|nearly|almost|close\s+to|approximately)\s*$", re.I)


def _hedge_cut(between: str) -> str:
    """The text between two amounts less a hedge right before the second (which ``converts`` does not read)."""
    return _HEDGE_BEFORE.sub("", between)


# two figures of one count this far apart (the larger over the smaller) are more likely two counts than two
# reports of one: a part and the whole, another event's, another deal's
FAR = 2.0
# a statement placed at another time than the story's: "back in 2019", "in June 2021", "last year"
_ELSEWHEN = re.compile(
    r"\b(?:in|back\s+in|during|since|until|before)\s+(?:(?:a|an|the)\s+)?(?:(?:early|late|mid)[\s-]+)?(?:[A-Z][a-z]+\s+)?"
    r"(?:19|20)\d\d\b|\blast\s+(?:year|season|summer|winter|spring|autumn)\b"
)


def elsewhen(text: str) -> bool:
    """Whether a statement places itself at another time than the story's ("paid €80m ... back in 2019"): an
    amount it gives is another deal's, whatever its role.

    >>> elsewhen("Bayern had paid €80m for a defender back in 2019")
    True
    >>> elsewhen("false claims about the 2020 presidential election")
    False
    >>> elsewhen("the deadliest disaster since a 1960 tsunami, which killed 61 people")
    True
    """
    return _ELSEWHEN.search(text) is not None


# the amount, the deal's noun and its other party: "$75 billion merger with Corvex", "$81 billion purchase of
# Corvex Oil", "£2bn takeover of Brenna Foods"
_DEAL = re.compile(
    r"(?P<amount>[$€£¥]\s?\d[\d,.]*(?:\s*(?:trillion|billion|million|bn|m)\b)?)"
    r"(?:\s+(?:all[\s-]stock|all[\s-]cash|cash|stock|hostile))?"
    r"\s+(?:merger|purchase|acquisition|takeover|buyout|deal)\s+(?:with|of|for)\s+"
    r"(?:the\s+)?(?P<party>[A-Z][\w&'’-]*)"
)
# what measures a deal against an earlier one, right before the earlier one's amount: "the largest since its",
# "bigger than the", "its first since a"
_SINCE_BEFORE = re.compile(r"\b(?:since|than)\s+(?:(?:its|their|his|her|the|a|an)\s+)?$", re.I)
# a statement placed in the past by a year or a decade ("in 1998", "in the late 1990s", "back in 2019")
_PAST = re.compile(
    r"\b(?:in|since|during|back\s+in)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:19|20)\d\d(?:s|['’]s)?\b", re.I
)


def earlier_party(text: str, q: _Figure) -> str:
    """The other party of the earlier deal the amount ``q`` is of, as written ("Corvex" of "its $75 billion merger
    with Corvex in the late 1990s"), or "": the amount right before a deal's noun, in a statement placed in the
    past by a year or a decade (``_PAST``) or otherwise (``elsewhen``), that the story's deal is measured
    against ("since its", "than the": ``_SINCE_BEFORE``). Such an amount is no figure of the story's
    own deal, however close its size ("The deal is Halvorn's largest since its $48 billion merger with Corvex in
    the late 1990s" / "Halvorn will pay $31 billion").

    >>> from storyline.compare.quantities import quantities
    >>> text = "It is its biggest since its $81 billion purchase of Corvex Oil in 1998."
    >>> earlier_party(text, quantities(text)[0])
    'Corvex'
    """
    if not (_PAST.search(text) or elsewhen(text)):
        return ""
    m = next((d for d in _DEAL.finditer(text) if q.start <= d.start("amount") < (q.figure_end or q.end)), None)
    return m.group("party") if m and _SINCE_BEFORE.search(text, 0, m.start()) else ""


# the words before a price that make it the price of what a thing is measured against, not of the thing: "This
# is slightly higher than Eisai's Leqembi, which costs", "compared with Rivan's drug, which is priced at"
_RIVAL_PRICE_BEFORE = re.compile(
    r"\b(?:than|compared\s+(?:with|to)|versus|vs\.?)\s+[^.;:!?()]{1,60}?,\s*which\s+"
    r"(?:costs?|is\s+priced\s+at|was\s+priced\s+at|sells?\s+for|is\s+sold\s+for|lists?\s+(?:at|for))"
    r"(?:\s+(?:about|around|roughly|some|nearly|almost|just\s+over|just\s+under|more\s+than|less\s+than))?\s*$",
    re.I,
)


def rival_price(text: str, q: _Figure) -> bool:
    """Whether the amount ``q`` is the price of another product that the statement measures its own against
    ("This is slightly higher than Eisai's Leqembi, which costs $26,500 per year"): no figure of the story's own
    product, so no rival of another report's price for it ("$32,000 for a 12-month treatment").

    >>> from storyline.compare.quantities import quantities
    >>> text = "That is more than Corlin's Velatra, which costs $18,000 a year."
    >>> rival_price(text, quantities(text)[0])
    True
    """
    return _RIVAL_PRICE_BEFORE.search(text, 0, q.start) is not None


class _Figure(Protocol):
    """A figure placed in its statement (``quantities.Quantity``: money reads no quantities)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def figure_end(self) -> int: ...


def same_amount(a: str, b: str) -> bool:
    """Whether two statements give an amount of money of one role in one currency, the larger at most ``FAR``
    times the smaller, and neither is placed at another time (``elsewhen``): two reports of one deal, which
    may give its figure differently ("a £95 million (€110 million) deal" / "accepted Bayern's offer, worth more
    than €100million (£86.4m)" / "who will pay an initial £100m").

    >>> same_amount("agreed a £95m fee", "will pay an initial £100m")
    True
    >>> same_amount("agreed to pay $787.5 million", "the company that had sought $1.6 billion")
    False
    """
    if elsewhen(a) or elsewhen(b):
        return False
    return any(
        x.currency == y.currency and x.role == y.role and max(x.value, y.value) <= FAR * min(x.value, y.value)
        for x in amounts(a)
        for y in amounts(b)
        if x.value > 0 and y.value > 0
    )


# the period a figure is told of, as business news names it: a quarter ("in the third quarter", "last quarter",
# "Q3 2024"), a half ("in the first half"), a year ("last year", "in 2023", "fiscal 2024", "for the year",
# "annual"), a month ("last month"), or the year before a figure told beside it ("a year earlier")
_ORDINALS = {"first": "1", "1st": "1", "second": "2", "2nd": "2", "third": "3", "3rd": "3", "fourth": "4",
             "4th": "4", "final": "4"}
_RELATIVE = {"last": "last", "previous": "last", "past": "last", "prior": "last", "this": "this", "current": "this"}
_YEAR = r"(?:19|20)\d\d"
_PERIOD = re.compile(
    r"\b(?:(?P<q_which>first|1st|second|2nd|third|3rd|fourth|4th|final|last|previous|past|prior|this|current|latest|"
    r"same)\s+)?(?:(?:fiscal|financial)\s+)?quarter\b"
    r"(?:\s+(?:of\s+)?(?:(?:fiscal|financial)\s+)?(?P<q_year>" + _YEAR + r"))?"
    r"(?P<q_before>\s+a\s+year\s+(?:earlier|ago|before))?"
    r"|\bQ(?P<q_num>[1-4])(?:\s+(?P<q_num_year>" + _YEAR + r"))?\b"
    r"|\b(?P<h_which>first|second)\s+half\b(?:\s+of\s+(?P<h_year>" + _YEAR + r"))?"
    r"|\b(?:a\s+year\s+(?:earlier|ago|before)|(?:the\s+)?(?:previous|prior|preceding)\s+year|the\s+year\s+before|"
    r"year[\s-]+earlier)\b(?P<before>)"
    r"|\b(?P<y_which>last|previous|past|this|current)\s+(?:fiscal\s+|financial\s+)?year\b"
    r"|\b(?:in|for|during|of|fiscal|financial|FY)\s+(?:the\s+)?(?:(?:fiscal|financial)\s+)?(?:year\s+)?"
    r"(?P<y_year>" + _YEAR + r")\b"
    r"|\b(?P<y_any>annual|annually|full[\s-]+year|yearly|(?:a|per|each|every)\s+year|for\s+the\s+year)\b"
    r"|\b(?P<m_which>last|this|previous|past)\s+month\b",
    re.IGNORECASE,
)
# where the words that may give a figure its period stop: the end of its clause, or another figure
_FIGURE = r"[$€£¥]\d|(?<![\w.,$€£¥])(?!" + _YEAR + r"\b)\d"  # a figure, no year ("in 2023") nor "Q3"
_PERIOD_STOP = re.compile(r"[,;:.!?()\"“”—–](?:\s|$)|[;:!?()\"“”—–]|" + _FIGURE)
_CLAUSE_END = re.compile(r"[,;:.!?()\"“”—–](?:\s|$)|[;:!?()\"“”—–]")
_SENTENCE_STOP = re.compile(r"[.;:!?\"“”](?:\s|$)|[\"“”]")


@dataclass(frozen=True, slots=True)
class Period:
    """The period a figure is of: its kind ("quarter", "half", "year", "month", or "before" for the year before
    a figure told beside it) and which one, as far as told ("3", "last", "2023", "3 2024"; "" when unsaid)."""

    kind: str
    which: str = ""


def period_of(text: str, start: int, end: int) -> Period | None:
    """The period the figure at ``text[start:end]`` is told of: named in the words after it up to the end of its
    clause or the next figure ("$17 billion in profit last year"), else in the words of its sentence before it
    back to the figure before ("In the third quarter, it earned $4bn"); None when neither names one.

    >>> period_of("Halvorn earned $17 billion in profit last year", 15, 31)
    Period(kind='year', which='last')
    >>> period_of("In the third quarter of 2024, Halvorn earned $4bn", 45, 49)
    Period(kind='quarter', which='3 2024')
    """
    stop = _PERIOD_STOP.search(text, end)
    after = _PERIOD.search(text, end, stop.start() if stop else len(text))
    if after is not None:
        return _period(after)
    stops = [m.end() for m in _SENTENCE_STOP.finditer(text, 0, start)]
    opening = stops[-1] if stops else 0
    figures = [m.end() for m in re.finditer(_FIGURE, text[opening:start])]
    if figures:  # the figure before has the words of its clause: "$5bn in the quarter, up from $4bn"
        own = _CLAUSE_END.search(text, opening + figures[-1], start)
        opening = own.end() if own else start
    found = list(_PERIOD.finditer(text, opening, start))
    return _period(found[-1]) if found else None


def _period(m: re.Match[str]) -> Period:
    """A period as ``_PERIOD`` reads it."""
    g = m.groupdict()
    if g["q_before"]:
        return Period("before")  # "in the same quarter a year earlier": the figure a change is told from
    if g["q_which"] is not None or g["q_year"] or g["q_num"] or m.group(0).lower().endswith("quarter"):
        named = (g["q_which"] or "").lower()
        which = g["q_num"] or _ORDINALS.get(named) or _RELATIVE.get(named, "")
        return Period("quarter", " ".join(w for w in (which, g["q_year"] or g["q_num_year"] or "") if w))
    if g["h_which"]:
        return Period("half", " ".join(w for w in (_ORDINALS[g["h_which"].lower()], g["h_year"] or "") if w))
    if g["before"] is not None:
        return Period("before")
    if g["y_which"]:
        return Period("year", _RELATIVE[g["y_which"].lower()])
    if g["y_year"]:
        return Period("year", g["y_year"])
    if g["m_which"]:
        return Period("month", _RELATIVE[g["m_which"].lower()])
    return Period("year")


def one_period(x: Period | None, y: Period | None) -> bool:
    """Whether two figures may be of one period: one names none, or both name one of one kind that nothing told
    sets apart ("last year" / "for the year"). "$17 billion last year" and "$17 billion last quarter" are
    amounts of two periods, and so are "in 2023" and "in 2024"; "last year" and "in 2023" may be one year, but
    the reports do not say which, and no conflict is claimed on a guess. A figure that names no period is read
    as of the period the other names ("the price will be $12,900" / "a cost of $14,200 per year")."""
    if x is None or y is None:
        return True
    return x.kind == y.kind and (not x.which or not y.which or x.which == y.which)

