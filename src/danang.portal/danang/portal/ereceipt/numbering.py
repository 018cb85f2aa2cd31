"""Receipt symbols (ký hiệu) and numbers (số): a 7-digit sequence per symbol.

A symbol belongs to one unit and one year (settings.py), so each unit numbers its receipts from
0000001 every year. Receipts of sandbox payments (no money moved, payment/sandbox_mode.py) take
the unit's test symbol ``TEST-<series>-<YY>E``, numbered on their own: a test never consumes a
real number. The sequence of each symbol is a counter on the dossier container
(dossier/sequence_counters.py: two transactions issuing at once take distinct numbers without
conflicting). Numbers are taken only inside the transaction that stores the receipt: a
transaction that fails gives its number back to the next receipt (docs/numbering.md: gaps).
"""

from danang.portal import _
from danang.portal import settings
from danang.portal.dossier.sequence_counters import counter_tree
from danang.portal.dossier.sequence_counters import take_next
from danang.portal.ereceipt.errors import EReceiptError
from danang.portal.ereceipt.settings import IEReceiptSettings
from danang.portal.ereceipt.settings import PREFIX

import re
import unicodedata

COUNTERS_KEY = "danang.portal.ereceipt.counters"
NUMBER_DIGITS = 7
MAX_NUMBER = 10**NUMBER_DIGITS - 1
TEST_PREFIX = "TEST-"


def counters(container):
    """The OOBTree of receipt counters on the dossier container (created on first use)."""
    return counter_tree(container, COUNTERS_KEY)


def derived_series(agency_code):
    """The series of an agency without a configured one: its code, ASCII capitals and digits
    only (``"UBND-492"`` -> ``"UBND492"``), at most 12 characters."""
    folded = unicodedata.normalize("NFKD", (agency_code or "").replace("đ", "d").replace("Đ", "D"))
    return re.sub(r"[^A-Z0-9]", "", folded.upper())[:12]


def series_for(agency_code):
    series = (settings.read(IEReceiptSettings, PREFIX, "series") or {}).get(agency_code) or derived_series(agency_code)
    if not series:
        raise EReceiptError(
            _(
                "error_ereceipt_no_series",
                default="Cơ quan ${code} chưa có ký hiệu biên lai; quản trị viên cần khai báo.",
                mapping={"code": agency_code or ""},
            )
        )
    return series


def symbol_for(agency_code, moment, test=False):
    """``symbol_for("SXD", datetime(2025, 3, 3))`` -> ``"SXD-25E"``; with ``test``:
    ``"TEST-SXD-25E"`` (a receipt of the sandbox payment)."""
    return f"{TEST_PREFIX if test else ''}{series_for(agency_code)}-{moment:%y}E"


def is_test_symbol(symbol):
    return isinstance(symbol, str) and symbol.startswith(TEST_PREFIX)


def format_number(number):
    """``format_number(7)`` -> ``"0000007"``."""
    return f"{int(number):0{NUMBER_DIGITS}d}"


def next_number(container, symbol):
    """Take the next number under ``symbol`` (an int). Only issue_receipt should call it."""
    number = take_next(container, COUNTERS_KEY, symbol)
    if number > MAX_NUMBER:
        raise EReceiptError(
            _(
                "error_ereceipt_numbers_full",
                default="Ký hiệu biên lai ${symbol} đã dùng hết số (tối đa ${count}).",
                mapping={"symbol": symbol, "count": MAX_NUMBER},
            )
        )
    return number
