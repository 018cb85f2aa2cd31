"""Dossier codes ``<unit code>-YYMMDD-XXXX`` (docs/domain/dossier-codes.md).

XXXX is the sequence of the unit's dossiers that day. Each (unit code, day) has its own counter
(dossier/sequence_counters.py: how simultaneous submissions get distinct numbers without
conflicting), kept in an OOBTree on the dossier container; docs/numbering.md: order and gaps.
"""

from danang.portal import _
from danang.portal import clock
from danang.portal.content.codes import public_unit_code
from danang.portal.deadlines.working_calendar import local
from danang.portal.dossier.errors import DossierCodeError
from danang.portal.dossier.sequence_counters import counter_tree
from danang.portal.dossier.sequence_counters import SequenceCounter
from danang.portal.dossier.sequence_counters import take_next
from danang.portal.dossier.storage import dossier_root
from plone import api

import re

COUNTERS_KEY = "danang.portal.dossier.counters"
SEQUENCE_DIGITS = 4
MAX_SEQUENCE = 10**SEQUENCE_DIGITS - 1
DOSSIER_CODE = re.compile(r"^(?P<unit>[0-9A-Za-z][0-9A-Za-z._\-]*)-(?P<day>\d{6})-(?P<sequence>\d{4})$")


class DailyCounter(SequenceCounter):
    """The last sequence number given for one unit on one day (its own class: the counters of
    existing sites are stored as DailyCounter)."""


def format_dossier_code(unit_code, day, sequence):
    """``format_dossier_code("SXD", date(2024, 5, 12), 7)`` -> ``"SXD-240512-0007"``."""
    return f"{unit_code}-{day:%y%m%d}-{sequence:0{SEQUENCE_DIGITS}d}"


def parse_dossier_code(code):
    """(unit code, "YYMMDD", sequence) of a well-formed code, else None."""
    match = DOSSIER_CODE.match((code or "").strip())
    if match is None:
        return None
    return match.group("unit"), match.group("day"), int(match.group("sequence"))


def counters(container):
    """The OOBTree of daily counters kept on the dossier container (created on first use)."""
    return counter_tree(container, COUNTERS_KEY)


def next_sequence(container, unit_code, day):
    """Take the next sequence number of ``unit_code`` on ``day`` (a date)."""
    sequence = take_next(container, COUNTERS_KEY, f"{unit_code}|{day:%Y%m%d}", DailyCounter)
    if sequence > MAX_SEQUENCE:
        raise DossierCodeError(
            _(
                "error_dossier_sequence_full",
                default="Đơn vị ${unit} đã tiếp nhận ${count} hồ sơ trong ngày, vượt quá số thứ tự "
                "tối đa của mã hồ sơ.",
                mapping={"unit": unit_code, "count": MAX_SEQUENCE},
            )
        )
    return sequence


def agency_by_code(agency_code):
    """The Agency with this code, whatever the current user may see, or None."""
    if not agency_code:
        return None
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type="Agency", code=agency_code):
        return brain._unrestrictedGetObject()
    return None


def unit_code_of(agency_code):
    """The agency's dossier_unit_code as it starts its dossier codes (a placeholder without its
    ``TAM.`` mark: content/codes.py)."""
    agency = agency_by_code(agency_code)
    if agency is None:
        raise DossierCodeError(
            _(
                "error_dossier_unknown_agency",
                default="Không tìm thấy cơ quan tiếp nhận có mã ${code}.",
                mapping={"code": agency_code or ""},
            )
        )
    unit_code = public_unit_code(getattr(agency, "dossier_unit_code", None))
    if not unit_code:
        raise DossierCodeError(
            _(
                "error_dossier_no_unit_code",
                default="Cơ quan ${code} chưa có mã đơn vị trên mã hồ sơ; quản trị viên cần khai báo.",
                mapping={"code": agency_code},
            )
        )
    return unit_code


def next_dossier_code(agency_code, when=None, container=None):
    """Take the next code of the agency's unit for the day of ``when`` (default now), in
    Asia/Ho_Chi_Minh: ``next_dossier_code("SXD", datetime(2024, 5, 12, 9))`` -> "SXD-240512-0001".

    Calling it consumes a number: only ``create_dossier`` should, inside the transaction that
    stores the dossier, so that a retried transaction takes the number again.
    """
    if container is None:
        container = dossier_root()
    day = local(when or clock.now()).date()
    unit_code = unit_code_of(agency_code)
    return format_dossier_code(unit_code, day, next_sequence(container, unit_code, day))
