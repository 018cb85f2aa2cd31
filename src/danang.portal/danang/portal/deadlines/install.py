"""Initialise and extend the calendar records from the shipped data file.

At install the records are filled from holidays.json only when empty, so that reinstalling never
overwrites what administrators edited. ``merge_shipped`` adds the file's days that the records
do not have yet (a new release that ships more years); it is the control panel's
"Bổ sung từ lịch phát hành" button and can serve an upgrade step.
"""

from danang.portal.deadlines.data import merge_lines
from danang.portal.deadlines.data import parse_line
from danang.portal.deadlines.data import parse_lines
from danang.portal.deadlines.data import shipped_lines
from danang.portal.deadlines.interfaces import REGISTRY_PREFIX
from plone.registry.interfaces import IRegistry
from zope.component import getUtility

KINDS = ("days_off", "working_days")


def _record(kind):
    return f"{REGISTRY_PREFIX}.{kind}"


def initialise_calendar():
    """Fill empty day lists from the data file; return the number of lines written."""
    registry = getUtility(IRegistry)
    written = 0
    for kind in KINDS:
        if not registry.get(_record(kind)):
            lines = shipped_lines(kind)
            registry[_record(kind)] = lines
            written += len(lines)
    return written


def merge_shipped():
    """Add the data file's days missing from both lists; return the number of days added."""
    registry = getUtility(IRegistry)
    current = {kind: list(registry.get(_record(kind)) or ()) for kind in KINDS}
    added = 0
    for kind, other in (("days_off", "working_days"), ("working_days", "days_off")):
        # A day an administrator moved to the other list stays there.
        elsewhere = parse_lines(current[other])
        shipped = [line for line in shipped_lines(kind) if parse_line(line)[0] not in elsewhere]
        merged = merge_lines(current[kind], shipped)
        added += len(merged) - len(parse_lines(current[kind]))
        registry[_record(kind)] = merged
    return added
