"""The look-up itself, shared by the page (@@tra-cuu-ho-so) and the REST endpoint (@dossier-status).

A dossier is shown only to who gives its code *and* the applicant's phone or ID number. Both are
looked up in one catalog query (code index and keyed-hash index of the phone or ID number,
dossier/lookup_keys.py), so an unknown code and a known code with the wrong phone take the same
path, the same time, and give the same answer. Nothing but the processing status leaves this
module: no name, address or other personal data.
"""

from danang.portal import _
from danang.portal.dossier.lookup_keys import applicant_query
from danang.portal.dossier.lookup_keys import normalize_id_number
from danang.portal.dossier.lookup_keys import normalize_phone
from danang.portal.dossier.lookup_keys import same_id_number
from danang.portal.dossier.lookup_keys import same_phone
from danang.portal.dossier.numbering import agency_by_code
from danang.portal.dossier.numbering import parse_dossier_code
from danang.portal.dossier.status import status_of_state
from danang.portal.lookup import throttle
from dataclasses import dataclass
from plone import api

import re

MAX_CODE_LENGTH = 64
# After normalisation (lookup_keys): a national or international phone number, an ID card or
# passport number.
_PHONE = re.compile(r"^\+?\d{8,15}$")
_ID_NUMBER = re.compile(r"^[0-9A-Z]{6,20}$")

NOT_FOUND = _(
    "lookup_not_found",
    default="Không tìm thấy hồ sơ có mã hồ sơ và số điện thoại hoặc số CCCD/CMND như đã nhập. "
    "Vui lòng kiểm tra lại: số điện thoại, số CCCD/CMND phải đúng như đã khai khi nộp hồ sơ.",
)


def throttled_message(retry_after):
    return _(
        "lookup_throttled_wait",
        default="Mã hồ sơ hoặc số điện thoại, số CCCD/CMND này vừa bị tra cứu sai nhiều lần, nên "
        "mỗi lần tra cứu phải cách nhau một lúc. Vui lòng chờ ${seconds} giây rồi bấm Tra cứu lại.",
        mapping={"seconds": retry_after},
    )


class LookupInputError(ValueError):
    """Missing or malformed parameters: ``errors`` is a list of (parameter, message)."""

    def __init__(self, errors):
        super().__init__(errors)
        self.errors = errors

    @property
    def message(self):
        return self.errors[0][1]


@dataclass(frozen=True)
class LookupQuery:
    code: str
    phone: str = None
    id_number: str = None


def _single(form, name):
    value = form.get(name)
    if isinstance(value, (list, tuple)):
        raise LookupInputError(
            [(name, _("lookup_error_repeated", default="Tham số ${name} chỉ được có một giá trị.",
                      mapping={"name": name}))]
        )
    if value is not None and not isinstance(value, str):
        value = str(value)
    return (value or "").strip()


def parse_query(form):
    """The LookupQuery of a request's form, or LookupInputError with every problem found."""
    errors = []
    values = {}
    for name in ("code", "phone", "id_number"):
        try:
            values[name] = _single(form, name)
        except LookupInputError as error:
            errors.extend(error.errors)
            values[name] = ""
    code = values["code"]
    if not code:
        if not any(name == "code" for name, _message in errors):
            errors.append(("code", _("lookup_error_code_missing", default="Vui lòng nhập mã hồ sơ.")))
    elif len(code) > MAX_CODE_LENGTH or parse_dossier_code(code) is None:
        errors.append(
            (
                "code",
                _(
                    "lookup_error_code_malformed",
                    default="Mã hồ sơ không đúng dạng <mã đơn vị>-<năm tháng ngày>-<số thứ tự>, "
                    "ví dụ H17.492-250303-0001.",
                ),
            )
        )
    phone = normalize_phone(values["phone"]) if values["phone"] else None
    id_number = normalize_id_number(values["id_number"]) if values["id_number"] else None
    if phone is not None and not _PHONE.match(phone):
        errors.append(
            ("phone", _("lookup_error_phone", default="Số điện thoại không hợp lệ, ví dụ 0905 123 456."))
        )
    if id_number is not None and not _ID_NUMBER.match(id_number):
        errors.append(
            (
                "id_number",
                _(
                    "lookup_error_id_number",
                    default="Số CCCD/CMND (hoặc hộ chiếu) không hợp lệ: chỉ gồm chữ số và chữ cái, "
                    "từ 6 đến 20 ký tự.",
                ),
            )
        )
    if phone is None and id_number is None and not any(
        name in ("phone", "id_number") for name, _message in errors
    ):
        errors.append(
            (
                "phone",
                _(
                    "lookup_error_second_factor_missing",
                    default="Vui lòng nhập số điện thoại hoặc số CCCD/CMND đã khai khi nộp hồ sơ.",
                ),
            )
        )
    if errors:
        raise LookupInputError(errors)
    return LookupQuery(code=code, phone=phone, id_number=id_number)


def _matches(dossier, query):
    # The index holds hashes: check the numbers themselves too (constant-time comparisons).
    phone_ok = query.phone is None or same_phone(dossier.applicant_phone, query.phone)
    id_ok = query.id_number is None or same_id_number(dossier.applicant_id_number, query.id_number)
    return phone_ok and id_ok


def find_dossier(query):
    """The dossier with this code and applicant, whatever the current user may see, or None."""
    catalog = api.portal.get_tool("portal_catalog")
    # Citizens type codes in lower case; unit codes are issued in upper case.
    terms = {"portal_type": "Dossier", "dossier_code": sorted({query.code, throttle.normalize_code(query.code)})}
    terms.update(applicant_query(phone=query.phone, id_number=query.id_number))
    for brain in catalog.unrestrictedSearchResults(**terms):
        dossier = brain._unrestrictedGetObject()
        if _matches(dossier, query):
            return dossier
    return None


def look_up(request, query):
    """The dossier of a query, or None (a failure, counted by the throttle).

    Raises ``throttle.Throttled`` when the query's code or number must still wait: then nothing
    is looked up, whether the pair is right or wrong (lookup/throttle.py says why).
    """
    throttle.check(request, query)
    dossier = find_dossier(query)
    if dossier is None:
        throttle.fail(request, query)
    else:
        throttle.succeed(request, query)
    return dossier


def _status(state):
    status = status_of_state(state)
    if status is None:
        return {"code": None, "title": state}
    return {"code": status.code, "title": status.title}


def public_status(dossier):
    """What the look-up shows of a dossier: titles are i18n messages, times aware datetimes
    (the page formats them; the REST answer writes them as ISO 8601 text)."""
    agency = agency_by_code(dossier.receiving_unit)
    history = [
        {
            "status": _status(entry.get("state")),
            "time": entry.get("time"),
            "comment": entry.get("comment") or "",
        }
        for entry in dossier.status_history or ()
    ]
    return {
        "code": dossier.dossier_code,
        "status": _status(api.content.get_state(dossier, default=None)),
        "unit": agency.Title() if agency is not None else dossier.receiving_unit,
        "received": dossier.received,
        "due": dossier.due,
        "history": history,
    }
