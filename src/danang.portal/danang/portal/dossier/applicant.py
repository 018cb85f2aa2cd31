"""The applicant's details: checks of ID number, phone, birth date and address, and their normal form.

The checks are EasyForm field validators (named ``IFieldValidator`` utilities, chosen per field in
the form's XML or by an editor under "Advanced"): each returns an error message or None.
"""

from danang.portal import _
from danang.portal.data.units import get_unit

# One normal form for phone and ID numbers: what the form checks is what the look-up hashes.
from danang.portal.dossier.lookup_keys import normalize_id_number
from danang.portal.dossier.lookup_keys import normalize_phone
from datetime import date

import re

# Citizen identity card (CCCD, 12 digits) or the older identity card (CMND, 9 digits).
_ID_NUMBER = re.compile(r"^(?:\d{9}|\d{12})$")
# Vietnamese mobile numbers since the 2018 renumbering: 10 digits, 03/05/07/08/09.
_MOBILE = re.compile(r"^0[35789]\d{8}$")
OLDEST_BIRTH_YEAR = 1900

# Field names the generated forms use; the action and the ward check rely on them.
APPLICANT_FIELDS = ("name", "id_number", "birth_date", "address", "district", "ward", "phone", "email")


def check_id_number(value, **kwargs):
    if not value:
        return None
    if not _ID_NUMBER.match(normalize_id_number(value)):
        return _(
            "error_id_number",
            default="Số định danh không hợp lệ: số CCCD gồm 12 chữ số, số CMND gồm 9 chữ số.",
        )
    return None


def check_phone(value, **kwargs):
    if not value:
        return None
    if not _MOBILE.match(normalize_phone(value)):
        return _(
            "error_phone",
            default="Số điện thoại di động gồm 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09 "
            "(ví dụ 0905 123 456).",
        )
    return None


def check_birth_date(value, **kwargs):
    if value is None:
        return None
    if value > date.today() or value.year < OLDEST_BIRTH_YEAR:
        return _(
            "error_birth_date",
            default="Ngày sinh phải là một ngày trong quá khứ (sau năm 1900).",
        )
    return None


def _submitted_district(request):
    """The district chosen in the same submission (a select widget sends a list)."""
    if request is None:
        return None
    value = request.form.get("form.widgets.district")
    if isinstance(value, (list, tuple)):
        value = value[0] if value else None
    return value or None


def ward_in_district(ward, district):
    unit = get_unit(ward)
    return unit is not None and unit["level"] == "ward" and unit["parent"] == str(district)


def check_ward(value, REQUEST=None, **kwargs):
    """The ward must belong to the district chosen beside it (the browser filters too, but the
    server decides)."""
    district = _submitted_district(REQUEST)
    if not value or not district:
        return None
    if not ward_in_district(value, district):
        return _(
            "error_ward_not_in_district",
            default="Phường, xã đã chọn không thuộc quận, huyện đã chọn. Vui lòng chọn lại.",
        )
    return None


_EMAIL = re.compile(r"^[^@\s<>,;\"']+@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)+$")


def check_email(value, **kwargs):
    if not value:
        return None
    if not _EMAIL.match(value.strip()) or len(value) > 254:
        return _("error_email", default="Địa chỉ thư điện tử không hợp lệ, ví dụ: ten@example.com.")
    return None


def check_commitment(value, **kwargs):
    if value is not True:
        return _(
            "error_commitment",
            default="Vui lòng đánh dấu xác nhận cam đoan trước khi nộp hồ sơ.",
        )
    return None
