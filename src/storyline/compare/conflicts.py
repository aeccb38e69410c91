"""Conflicts: where two aligned statements from different reports disagree on a number, a date, a name or whether
something happened. This module is the one place the rest of storyline imports them from; each kind lives in a
module of its own:

- figures: ``storyline.compare.quantities`` reads the figures a statement gives and the range each allows
  (``storyline.compare.counted`` reads what each counts), ``storyline.compare.counts`` compares them
  (``count_disagreement``, ``number_conflict``, ``distance_conflict``); shares of a vote or a poll are
  ``storyline.compare.shares``, amounts of money are read with their role by ``storyline.compare.money``;
- dates and weekdays: ``storyline.compare.dates``;
- whether a thing happened: ``storyline.compare.polarity``;
- who or where: ``storyline.compare.names``;
- what befell a group of people, scores, speakers: ``fates``, ``scores``, ``speakers``.

A figure, a date or a name that a report marks as an update ("has risen to", "has since") is read by
``storyline.compare.updates``. Not conflicts: paraphrase of the same meaning in other words.
"""

from __future__ import annotations

from storyline.compare.counts import (
    TOLL_ABOUTS,
    Disagreement,
    agree,
    count_disagreement,
    deal_amounts,
    distance_conflict,
    figure_of,
    figures_for,
    is_money,
    leaves_out,
    number_conflict,
    said_of,
    toll_counts,
)
from storyline.compare.dates import Weekday, date_conflict, weekday_conflict, weekdays
from storyline.compare.money import FAR
from storyline.compare.names import name_conflict, same_referent
from storyline.compare.polarity import negation_conflict, polarity_conflict
from storyline.compare.quantities import Quantity, quantities

__all__ = [
    "FAR",
    "TOLL_ABOUTS",
    "Disagreement",
    "Quantity",
    "Weekday",
    "agree",
    "count_disagreement",
    "date_conflict",
    "deal_amounts",
    "distance_conflict",
    "figure_of",
    "figures_for",
    "is_money",
    "leaves_out",
    "name_conflict",
    "negation_conflict",
    "number_conflict",
    "polarity_conflict",
    "quantities",
    "said_of",
    "same_referent",
    "toll_counts",
    "weekday_conflict",
    "weekdays",
]
