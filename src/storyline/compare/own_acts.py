"""Reports of a person's own public act told through its announcement ("Tarn Oske announced her resignation").

A statement that a speaker said something has the speaker as its origin: two outlets telling what one
spokesperson said are one source (``storyline.compare.facts._one_speaker``). But "the minister announced her
resignation on Tuesday" or "she said she would step down" tells no claim of hers about the world: it tells that
she did a public act, which every outlet reports on its own account, as it would report "she resigned". Folding
such reports into the speaker would make the lead fact of a resignation story "1 independent source" however
many outlets tell it. What she said about it ("her decision had been difficult") stays her claim.
"""

from __future__ import annotations

import re

# a speaker's own leaving told as a noun after a verb of announcing: "announced her resignation", "has confirmed
# his retirement", "announced their withdrawal from the race"
_OWN_NOUN = (
    r"(?:her|his|their|its)\s+(?:(?:immediate|impending|planned|formal)\s+)?"
    r"(?:resignation|retirement|departure|withdrawal|candidacy|candidature|exit)\b"
)
# or as a clause of the speaker's own act, to come or done: "said she would resign", "announced that he is
# stepping down", "said they had decided to quit"
_OWN_CLAUSE = (
    r"(?:that\s+)?(?:she|he|they)\s+(?:(?:would|will|was|is|were|are|had|has|have)\s+)?"
    r"(?:(?:be|been|going\s+to|decided\s+to|to)\s+)?"
    r"(?:resign(?:s|ed|ing)?|step(?:s|ped|ping)?\s+down|stand(?:s|ing)?\s+down|stood\s+down|quit(?:s|ting)?|"
    r"retir(?:e|es|ed|ing)|pardon(?:s|ed|ing)?)\b"
)
_OWN_ACT = re.compile(
    r"\b(?:announced|announces|announcing|has\s+announced|confirmed|confirms|said|says|declared|tendered|"
    r"submitted|handed\s+in)\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+)?(?:" + _OWN_NOUN + "|" + _OWN_CLAUSE + ")"
)


def tells_own_act(text: str) -> bool:
    """Whether ``text`` tells that its speaker announced a public act of their own (``_OWN_ACT``): "Harvard
    President Tarn Oske announced her resignation on Tuesday", "Oske said she would resign from her position".
    Such a statement is the outlet's own report of an event, not a claim relayed from the speaker."""
    return _OWN_ACT.search(text) is not None
