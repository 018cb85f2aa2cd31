"""The national portal's format: the one module that knows its field names and codes.

Outbound, the portal sends two kinds of message to the synchronisation endpoint, named by their
``service`` as in the national portal's published integration (docs/national.md):

- ``DongBoHoSoMC``: the dossier's record (creation with ``isUpdating`` false; payments and
  results with ``isUpdating`` true);
- ``CapNhatTienDoHoSoMC``: one processing step (a status change, a supplement request).

Inbound, a dossier submitted on the national portal (``INBOUND_SCHEMA``) becomes the body of
``POST @dossiers`` (docs/api-dossiers.md), so that it is checked by the service's e-form rules.
Times are ``yyyyMMddHHmmss`` in Vietnam's time; status codes are ours (dossier/status.py), which
are the national codes. The JSON schemas below document both directions; when the real
specification is given, this module (and its schemas) is what changes.
"""

from danang.portal import clock
from danang.portal.dossier.status import status_of_state
from datetime import date
from datetime import datetime

import jsonschema
import zoneinfo

SYNC_RECORD = "DongBoHoSoMC"
SYNC_PROGRESS = "CapNhatTienDoHoSoMC"
LOOKUP = "TraCuuHoSo"
VIETNAM = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
TIME_FORMAT = "%Y%m%d%H%M%S"
# LoaiDoiTuong: 1 a citizen, 2 an organisation. HinhThuc: 0 at the desk, 1 online.
CITIZEN = "1"
AT_THE_DESK, ONLINE = "0", "1"

_TIME = {"type": "string", "pattern": "^([0-9]{14})?$"}
_TEXT = {"type": "string"}

RECORD_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "DongBoHoSoMC: a dossier's record",
    "type": "object",
    "required": ["MaHoSo", "MaTTHC", "TenTTHC", "ChuHoSo", "NgayTiepNhan", "TrangThaiHoSo", "HinhThuc"],
    "properties": {
        "MaHoSo": {**_TEXT, "description": "our dossier code (docs/domain/dossier-codes.md)"},
        "MaHoSoQG": {**_TEXT, "description": "the national portal's code of a dossier submitted there"},
        "MaTTHC": {**_TEXT, "description": "procedure code of the national database"},
        "TenTTHC": _TEXT,
        "MaLinhVuc": _TEXT,
        "ChuHoSo": _TEXT,
        "LoaiDoiTuong": {"enum": ["1", "2"]},
        "SoCMND": _TEXT,
        "Email": _TEXT,
        "SoDienThoai": _TEXT,
        "TrichYeuHoSo": _TEXT,
        "NgayTiepNhan": _TIME,
        "NgayHenTra": _TIME,
        "TrangThaiHoSo": {"type": "string", "pattern": "^([1-9]|10)$"},
        "NgayTra": _TIME,
        "NgayKetThucXuLy": _TIME,
        "HinhThuc": {"enum": ["0", "1"]},
        "DonViXuLy": _TEXT,
        "DanhSachLePhi": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"TenPhiLePhi": _TEXT, "Gia": {"type": "integer"}, "HinhThucThu": _TEXT},
            },
        },
        "DanhSachGiayToKetQua": {"type": "array", "items": {"type": "object", "properties": {"TenGiayTo": _TEXT}}},
    },
}
PROGRESS_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "CapNhatTienDoHoSoMC: one processing step",
    "type": "object",
    "required": ["MaHoSo", "TrangThai", "ThoiDiemXuLy"],
    "properties": {
        "MaHoSo": _TEXT,
        "NguoiXuLy": _TEXT,
        "ChucDanh": _TEXT,
        "ThoiDiemXuLy": _TIME,
        "PhongBanXuLy": _TEXT,
        "NoiDungXuLy": _TEXT,
        "TrangThai": {"type": "string", "pattern": "^([1-9]|10)$"},
        "NgayBatDau": _TIME,
        "NgayKetThucTheoQuyDinh": _TIME,
    },
}
# What the synchronisation endpoint receives (one record or step per message).
MESSAGE_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "A message to the synchronisation endpoint",
    "type": "object",
    "required": ["service", "MaDinhDanhDV", "data"],
    "properties": {
        "service": {"enum": [SYNC_RECORD, SYNC_PROGRESS]},
        "isUpdating": {"type": "boolean"},
        "MaDinhDanhDV": _TEXT,
        "data": {"type": "array", "minItems": 1, "maxItems": 1},
    },
}
# A dossier submitted on the national portal (POST @national-dossiers).
INBOUND_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "A dossier submitted on the national portal",
    "type": "object",
    "required": ["MaHoSoQG", "MaTTHC", "ChuHoSo", "TaiLieuNop"],
    "properties": {
        "MaHoSoQG": {"type": "string", "pattern": "^[A-Za-z0-9.\\-]{4,60}$"},
        "MaTTHC": {"type": "string", "minLength": 1, "maxLength": 40},
        "ChuHoSo": {
            "type": "object",
            "required": ["HoTen"],
            "properties": {
                "HoTen": _TEXT,
                "SoCMND": _TEXT,
                "NgaySinh": {"type": "string", "pattern": "^([0-9]{8})?$"},
                "DiaChi": _TEXT,
                "MaQuanHuyen": _TEXT,
                "MaPhuongXa": _TEXT,
                "SoDienThoai": _TEXT,
                "Email": _TEXT,
            },
        },
        "TrichYeuHoSo": _TEXT,
        "DonViTiepNhan": _TEXT,
        "TruongHop": _TEXT,
        "HinhThucNhanKetQua": {"enum": ["in_person", "post", "online"]},
        "TaiLieuNop": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["TenTepDinhKem", "NoiDung"],
                "properties": {
                    "TenThanhPhanHoSo": _TEXT,
                    "TenTepDinhKem": _TEXT,
                    "LoaiTep": _TEXT,
                    "NoiDung": {"type": "string", "description": "the file, base64"},
                },
            },
        },
        "ThongTinKhac": {"type": "object", "description": "other answers of the e-form, by field name"},
    },
}


def national_time(moment):
    """``yyyyMMddHHmmss`` in Vietnam's time ('' for none)."""
    if moment is None:
        return ""
    if isinstance(moment, datetime):
        if moment.tzinfo is not None:
            moment = moment.astimezone(VIETNAM)
        return moment.strftime(TIME_FORMAT)
    if isinstance(moment, date):
        return moment.strftime("%Y%m%d") + "000000"
    return ""


def _status_code(state):
    status = status_of_state(state)
    return str(status.code) if status is not None else ""


def record(dossier, state):
    """The DongBoHoSoMC record of ``dossier`` in ``state``."""
    item = {
        "MaHoSo": dossier.dossier_code or "",
        "MaTTHC": dossier.service_code or "",
        "TenTTHC": dossier.service_title or "",
        "MaLinhVuc": getattr(dossier, "sector", None) or "",
        "ChuHoSo": dossier.applicant_name or "",
        "LoaiDoiTuong": CITIZEN,
        "SoCMND": getattr(dossier, "applicant_id_number", None) or "",
        "Email": getattr(dossier, "applicant_email", None) or "",
        "SoDienThoai": getattr(dossier, "applicant_phone", None) or "",
        "TrichYeuHoSo": str((getattr(dossier, "answers", None) or {}).get("request_note") or ""),
        "NgayTiepNhan": national_time(getattr(dossier, "received", None)),
        "NgayHenTra": national_time(getattr(dossier, "due", None)),
        "TrangThaiHoSo": _status_code(state),
        "HinhThuc": ONLINE if getattr(dossier, "channel", "online") == "online" else AT_THE_DESK,
        "DonViXuLy": getattr(dossier, "receiving_unit", None) or "",
    }
    national_code = getattr(dossier, "national_code", None)
    if national_code:
        item["MaHoSoQG"] = national_code
    return item


def creation_message(dossier, state):
    return {"service": SYNC_RECORD, "isUpdating": False, "data": [record(dossier, state)]}


def progress_message(dossier, event):
    """The CapNhatTienDoHoSoMC step of an ``IDossierStatusChanged`` event."""
    note = event.comment or ""
    missing = event.inputs.get("missing_items") if event.inputs else None
    if missing:
        note = "; ".join([note, *[str(item) for item in missing]]) if note else "; ".join(str(i) for i in missing)
    step = {
        "MaHoSo": dossier.dossier_code or "",
        "NguoiXuLy": event.actor or "",
        "ThoiDiemXuLy": national_time(event.time or clock.now()),
        "PhongBanXuLy": getattr(dossier, "receiving_unit", None) or "",
        "NoiDungXuLy": note,
        "TrangThai": str(event.new_status or _status_code(event.new_state)),
        "NgayKetThucTheoQuyDinh": national_time(getattr(dossier, "due", None)),
    }
    return {"service": SYNC_PROGRESS, "data": [step]}


def result_message(dossier, state):
    """The record again once processing ended: when the result was ready, when it was returned."""
    item = record(dossier, state)
    ended = [entry["time"] for entry in (dossier.status_history or []) if entry.get("status") == 9]
    returned = [entry["time"] for entry in (dossier.status_history or []) if entry.get("status") == 10]
    item["NgayKetThucXuLy"] = national_time(ended[-1] if ended else None)
    item["NgayTra"] = national_time(returned[-1] if returned else None)
    item["DanhSachGiayToKetQua"] = [{"TenGiayTo": result.title or result.getId()} for result in dossier.results()]
    return {"service": SYNC_RECORD, "isUpdating": True, "data": [item]}


def payment_message(dossier, state, payment):
    """The record with the fees paid (payment/settlement.py's payment dict)."""
    item = record(dossier, state)
    method = str(payment.get("method") or "")
    lines = payment.get("lines") or [{"name": "Phí, lệ phí", "amount": payment.get("amount") or 0}]
    item["DanhSachLePhi"] = [
        {"TenPhiLePhi": str(line.get("name") or ""), "Gia": int(line.get("amount") or 0), "HinhThucThu": method}
        for line in lines
    ]
    return {"service": SYNC_RECORD, "isUpdating": True, "data": [item]}


def addressed(message, unit_code):
    """The message as sent: with the city's unit code."""
    return {**message, "MaDinhDanhDV": unit_code}


def inbound_errors(payload):
    """(path, message) of what ``payload`` lacks against INBOUND_SCHEMA (empty when valid)."""
    validator = jsonschema.Draft202012Validator(INBOUND_SCHEMA)
    errors = []
    for error in sorted(validator.iter_errors(payload), key=lambda e: list(e.absolute_path)):
        path = ".".join(str(part) for part in error.absolute_path) or (
            error.validator_value[0] if error.validator == "required" and error.validator_value else ""
        )
        if error.validator == "required":
            missing = [name for name in error.validator_value if name not in (error.instance or {})]
            path = ".".join([path, *missing[:1]]) if error.absolute_path else (missing[0] if missing else path)
        errors.append((path, error.message))
    return errors


def _birth_date(value):
    if not value:
        return None
    return f"{value[0:4]}-{value[4:6]}-{value[6:8]}"


def dossier_payload(payload):
    """The ``POST @dossiers`` body (docs/api-dossiers.md) of a valid inbound national dossier."""
    holder = payload["ChuHoSo"]
    applicant = {
        "name": holder.get("HoTen"),
        "id_number": holder.get("SoCMND"),
        "birth_date": _birth_date(holder.get("NgaySinh")),
        "address": holder.get("DiaChi"),
        "district": holder.get("MaQuanHuyen"),
        "ward": holder.get("MaPhuongXa"),
        "phone": holder.get("SoDienThoai"),
        "email": holder.get("Email"),
    }
    answers = dict(payload.get("ThongTinKhac") or {})
    # The applicant gave the commitment on the national portal's form.
    answers.setdefault("commitment", True)
    if payload.get("TrichYeuHoSo"):
        answers["request_note"] = payload["TrichYeuHoSo"]
    if payload.get("DonViTiepNhan"):
        answers["receiving_unit"] = payload["DonViTiepNhan"]
    if payload.get("TruongHop"):
        answers["case"] = payload["TruongHop"]
    if payload.get("HinhThucNhanKetQua"):
        answers["result_delivery"] = payload["HinhThucNhanKetQua"]
    files = [
        {
            "component": item.get("TenThanhPhanHoSo") or "",
            "filename": item["TenTepDinhKem"],
            "content_type": item.get("LoaiTep") or "",
            "data": item["NoiDung"],
        }
        for item in payload["TaiLieuNop"]
    ]
    return {
        "service": payload["MaTTHC"],
        "applicant": {key: value for key, value in applicant.items() if value not in (None, "")},
        "answers": answers,
        "files": files,
    }
