"""Shares of the satisfaction levels from their counts: a pure function for statistics and pages.

Published tables show whole or one-decimal percentages that must add up to 100: plain rounding of
33.35 / 33.35 / 33.3 would not. Shares are therefore rounded by the largest-remainder method,
on exact integer arithmetic (no float drift), best level first on ties.
"""

from danang.portal.satisfaction.levels import LEVEL_IDS
from danang.portal.satisfaction.levels import SATISFIED_LEVELS
from dataclasses import dataclass
from dataclasses import field


@dataclass(frozen=True)
class Shares:
    """``total`` ratings; ``percent`` per level (summing to 100, or all 0 when nothing is rated);
    ``satisfied``: the share of "very satisfied" plus "satisfied", rounded alone (None when
    nothing is rated, as 0 % would read as a verdict)."""

    total: int
    counts: dict = field(default_factory=dict)
    percent: dict = field(default_factory=dict)
    satisfied: float | None = None


def _count(counts, level):
    value = counts.get(level, 0) or 0
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"the count of {level!r} must be a whole number >= 0, not {value!r}")
    return value


def shares(counts, digits=1):
    """The Shares of ``counts`` ({level id: number of ratings}; missing levels count 0).

    >>> shares({"very_satisfied": 2, "satisfied": 1}).percent
    {'very_satisfied': 66.7, 'satisfied': 33.3, 'dissatisfied': 0.0}
    >>> shares({"very_satisfied": 2, "satisfied": 1}).satisfied
    100.0
    """
    unknown = set(counts) - set(LEVEL_IDS)
    if unknown:
        raise ValueError(f"unknown satisfaction levels {sorted(unknown)}; expected {LEVEL_IDS}")
    if not isinstance(digits, int) or digits < 0:
        raise ValueError("digits must be a whole number >= 0")
    exact = {level: _count(counts, level) for level in LEVEL_IDS}
    total = sum(exact.values())
    if total == 0:
        return Shares(total=0, counts=exact, percent=dict.fromkeys(LEVEL_IDS, 0.0))

    # Work in units of 10**-digits percent: each level's floor, then the units left over go to
    # the largest remainders.
    scale = 100 * 10**digits
    floors = {level: exact[level] * scale // total for level in LEVEL_IDS}
    remainders = {level: exact[level] * scale % total for level in LEVEL_IDS}
    left = scale - sum(floors.values())
    for level in sorted(LEVEL_IDS, key=lambda level: (-remainders[level], LEVEL_IDS.index(level)))[:left]:
        floors[level] += 1
    unit = 10**digits
    percent = {level: round(floors[level] / unit, digits) for level in LEVEL_IDS}

    happy = sum(exact[level] for level in SATISFIED_LEVELS)
    # Half up, on integers: 2/3 -> 66.7, 1/8 -> 12.5.
    satisfied = (2 * happy * scale + total) // (2 * total) / unit
    return Shares(total=total, counts=exact, percent=percent, satisfied=round(satisfied, digits))
