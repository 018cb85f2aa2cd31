"""The sector profiles of the sample generator, read from ``data/sample-profiles.json``.

Each profile says which city agency handles the sector, who applies, which laws apply, and name
templates per implementing level. A template such as ``"{Cấp|Cấp lại} giấy phép {A|B}"`` expands to
every combination (4 names here); names from one template form a family of related procedures.
A profile leaves out what it takes from the file's ``profile_defaults``.

The laws named there are real; the procedures built from them are sample data (``sample: true``).
"""

from danang.portal.data.files import SAMPLE_PROFILES_FILE
from dataclasses import dataclass

import json


@dataclass(frozen=True)
class Profile:
    agency: str
    legal: tuple
    city: tuple
    district: tuple
    ward: tuple
    audiences: tuple
    papers: tuple
    times: tuple
    fees: tuple  # (name, (amounts...)) pairs
    fee_share: float
    conditions: tuple
    coordinating: tuple
    extra: dict


def _frozen(value):
    if isinstance(value, list):
        return tuple(_frozen(item) for item in value)
    return value


def read_profiles(path=SAMPLE_PROFILES_FILE):
    """(profiles by sector code, the one-stop decree every sample cites, default coordinators)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    defaults = data["profile_defaults"]
    profiles = {
        sector: Profile(**{name: _frozen(value) for name, value in {**defaults, **given}.items()})
        for sector, given in data["profiles"].items()
    }
    return profiles, data["one_stop_decree"], tuple(data["default_coordinating"])


PROFILES, ONE_STOP_DECREE, DEFAULT_COORDINATING = read_profiles()


def names_for(sector, level):
    """Every name the profile's templates give for this sector and level, by family (template)."""
    return [expand(template) for template in getattr(PROFILES[sector], level)]


def expand(template):
    """All combinations of a template's ``{a|b|c}`` choices, in order.

    >>> expand("{Cấp|Gia hạn} giấy phép {A|B}")
    ['Cấp giấy phép A', 'Cấp giấy phép B', 'Gia hạn giấy phép A', 'Gia hạn giấy phép B']
    """
    start = template.find("{")
    if start < 0:
        return [" ".join(template.split())]
    end = template.index("}", start)
    head, tail = template[:start], template[end + 1 :]
    names = []
    for choice in template[start + 1 : end].split("|"):
        names.extend(expand(head + choice + tail))
    return names
