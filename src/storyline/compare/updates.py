"""Updates: the words by which a report marks a figure, a date or a name as revised ("has risen to", "has since",
"initially"). A marked update of a date or a name is no conflict; of a count, a conflict that may be two
successive bulletins (``storyline.compare.counts.Disagreement.update``)."""

from __future__ import annotations

import re

UPDATE = re.compile(
    r"\b(?:rose|risen|climbed|increased|grew|jumped|fell|dropped|updated?|revised|has since|have since|"
    r"now stands|latest|later|earlier (?:reported|put|said)|initially|at first|so far)\b",
    re.I,
)
