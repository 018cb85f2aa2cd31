"""The holiday calendar shipped as data (holidays.json) and its one-line text form.

The file is the source of truth for a new site: the registry records that administrators edit
are initialised from it at install (deadlines/install.py). Each year of the file says whether
its days were announced by the government or projected from the Labour Code and the lunar
calendar (devtools/holiday_projection.py, a maintainer's tool); projected years must be checked
when the year's official announcement (days off, swapped working Saturdays) is published.

In the registry a day is one line ``YYYY-MM-DD|name``, e.g. ``2025-01-29|Tết Nguyên Đán``.
"""

from datetime import date
from functools import lru_cache
from pathlib import Path

import json
import re

CALENDAR_FILE = Path(__file__).with_name("holidays.json")
_LINE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})\s*(?:\|\s*(.*?))?\s*$")


@lru_cache(maxsize=1)
def shipped_calendar():
    """The parsed data file: {"years": {...}, "days_off": [...], "working_days": [...]}."""
    return json.loads(CALENDAR_FILE.read_text(encoding="utf-8"))


def shipped_lines(kind):
    """Registry lines of the data file's ``days_off`` or ``working_days``, sorted by date."""
    entries = shipped_calendar()[kind]
    return [format_line(date.fromisoformat(entry["date"]), entry["name"]) for entry in entries]


def format_line(day, name):
    return f"{day.isoformat()}|{name}" if name else day.isoformat()


def parse_line(line):
    """(date, name) of a line; ValueError when it is not ``YYYY-MM-DD|name``."""
    match = _LINE.match(line or "")
    if match is None:
        raise ValueError(f"not a calendar line: {line!r}")
    return date.fromisoformat(match.group(1)), match.group(2) or ""


def parse_lines(lines):
    """{date: name} of lines; blank lines are skipped, a repeated date keeps its last name."""
    days = {}
    for line in lines or ():
        if line and line.strip():
            day, name = parse_line(line)
            days[day] = name
    return days


def merge_lines(current, shipped):
    """``current`` plus the ``shipped`` lines whose dates it does not have yet, sorted."""
    known = parse_lines(current)
    merged = dict(known)
    for day, name in parse_lines(shipped).items():
        merged.setdefault(day, name)
    return [format_line(day, merged[day]) for day in sorted(merged)]
