"""The one-stop rules in force on a document's date, and the version of each form they give
(docs/units.md, "Legal references by date").

Until 30 June 2025 the one-stop mechanism was Decree 61/2018/NĐ-CP with its forms in Circular
01/2018/TT-VPCP; from 1 July 2025 it is Decree 118/2025/NĐ-CP (which replaced 61/2018 and
107/2021) and its guidance, Circular 03/2025/TT-VPCP (shared domain notes §8). A printed document
(receipt slip, tracking sheet, apology letter, the statistics' definitions) cites the rules of
*its own* date, so an old dossier's slip still says what it said then: each form has versions,
chosen by date, and an old version is never changed.

Form numbers are given only where the repository's sources give them (Circular 01/2018: form 01
receipt slip, 02 supplement request, 03 refusal, 04 apology letter; docs/domain/); the tracking
sheet's number, and the numbers under Decree 118/2025, are not, so those versions cite the text
alone ("theo Nghị định 118/2025/NĐ-CP").

    >>> from datetime import date
    >>> from zope.i18n import translate
    >>> rules_at(date(2019, 10, 2)).decree
    'Nghị định 61/2018/NĐ-CP'
    >>> rules_at(date(2025, 8, 1)).decree
    'Nghị định 118/2025/NĐ-CP'
    >>> translate(form("receipt", date(2019, 10, 2)).reference, target_language="vi")
    'Mẫu số 01 ban hành kèm theo Thông tư 01/2018/TT-VPCP'
    >>> translate(form("receipt", date(2025, 8, 1)).reference, target_language="vi")
    'Theo Nghị định 118/2025/NĐ-CP'
    >>> form("apology", date(2025, 6, 30)).version, form("apology", date(2025, 7, 1)).version
    ('2018', '2025')
"""

from danang.portal import _
from danang.portal import clock
from dataclasses import dataclass
from datetime import date

DECREE_118_IN_FORCE = date(2025, 7, 1)

FORM_KINDS = ("receipt", "supplement", "refusal", "apology", "tracking")


@dataclass(frozen=True)
class Text:
    """A legal text: its number (as cited), what it is, and whether its date of effect is known."""

    number: str
    title: object  # a Message
    in_force_from: date | None = None


@dataclass(frozen=True)
class Rules:
    """The one-stop rules of a period."""

    version: str
    valid_from: date | None
    valid_to: date | None
    decree: str
    texts: tuple


@dataclass(frozen=True)
class FormVersion:
    """One version of a form: what it cites, and the wording that changed between versions."""

    kind: str
    version: str
    number: str | None  # the form's number where a source gives it, else None
    reference: object  # a Message: the line printed under the title
    desk: object  # a Message: who receives and returns (the heading under the issuer)


# Titles as the shared domain notes describe the texts (§1, §8); nothing beyond them.
_DECREE_61 = Text(
    "Nghị định 61/2018/NĐ-CP",
    _("legal_decree_61_2018", default="Nghị định 61/2018/NĐ-CP về cơ chế một cửa, một cửa liên thông"),
)  # fmt: skip
_CIRCULAR_01 = Text(
    "Thông tư 01/2018/TT-VPCP",
    _("legal_circular_01_2018", default="Thông tư 01/2018/TT-VPCP (các biểu mẫu và mã hồ sơ)"),
)  # fmt: skip
_DECREE_118 = Text(
    "Nghị định 118/2025/NĐ-CP",
    _("legal_decree_118_2025", default="Nghị định 118/2025/NĐ-CP (thay thế Nghị định 61/2018/NĐ-CP và 107/2021/NĐ-CP), có hiệu lực từ ngày 01/7/2025"),
    DECREE_118_IN_FORCE,
)  # fmt: skip
_CIRCULAR_03 = Text(
    "Thông tư 03/2025/TT-VPCP",
    _("legal_circular_03_2025", default="Thông tư 03/2025/TT-VPCP hướng dẫn Nghị định 118/2025/NĐ-CP"),
)  # fmt: skip

RULES = (
    Rules("2018", None, date(2025, 6, 30), _DECREE_61.number, (_DECREE_61, _CIRCULAR_01)),
    Rules("2025", DECREE_118_IN_FORCE, None, _DECREE_118.number, (_DECREE_118, _CIRCULAR_03)),
)

_DESK_2018 = _("receipt_desk", default="BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ")
# Decree 118/2025: the city's and the communes' public administration service centres receive.
_DESK_2025 = _("receipt_desk_2025", default="TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG")

# The numbered forms of Circular 01/2018 (docs/domain/statuses.md, deadlines.md).
_NUMBERS_2018 = {"receipt": "01", "supplement": "02", "refusal": "03", "apology": "04"}


def _reference_2018(kind):
    number = _NUMBERS_2018.get(kind)
    if number is None:
        return _("legal_form_per_circular_01", default="Theo Thông tư 01/2018/TT-VPCP")
    return _(
        "legal_form_number_circular_01",
        default="Mẫu số ${number} ban hành kèm theo Thông tư 01/2018/TT-VPCP",
        mapping={"number": number},
    )


FORMS = {
    "2018": {
        kind: FormVersion(kind, "2018", _NUMBERS_2018.get(kind), _reference_2018(kind), _DESK_2018)
        for kind in FORM_KINDS
    },
    "2025": {
        kind: FormVersion(
            kind, "2025", None,
            _("legal_form_per_decree_118", default="Theo Nghị định 118/2025/NĐ-CP"), _DESK_2025,
        )  # fmt: skip
        for kind in FORM_KINDS
    },
}


def _day(moment):
    if moment is None:
        return clock.now().date()
    if hasattr(moment, "date") and callable(moment.date):
        return clock.local(moment).date()
    return moment


def rules_at(moment=None):
    """The ``Rules`` in force on the day of ``moment`` (a date or datetime; default today)."""
    day = _day(moment)
    return next(r for r in RULES if (r.valid_from is None or r.valid_from <= day) and (r.valid_to is None or day <= r.valid_to))


def texts_in_force(moment=None):
    """The legal texts of the one-stop mechanism on that day (``Text``), the decree first."""
    return rules_at(moment).texts


def form(kind, moment=None):
    """The version of form ``kind`` (``FORM_KINDS``) for a document dated ``moment``."""
    if kind not in FORM_KINDS:
        raise KeyError(f"unknown form {kind!r}; expected one of {FORM_KINDS}")
    return FORMS[rules_at(moment).version][kind]
