"""``create_dossier``: the single entry point that turns a submission into a Dossier.

The e-form action, the REST submission and the desk's in-person form all call it. It works
whatever the current user may do (anonymous citizens submit too), so callers check their own
permissions and validate the input first; it raises a ``DossierError`` (with a Vietnamese
``message``) for what only it can know: the receiving unit, the code.
"""

from AccessControl import getSecurityManager
from Acquisition import aq_base
from danang.portal import _
from danang.portal import clock
from danang.portal import roles
from danang.portal import units
from danang.portal.content.agency import is_dissolved
from danang.portal.deadlines.api import due_date
from danang.portal.deadlines.working_calendar import local
from danang.portal.dossier import submitted_service
from danang.portal.dossier.errors import ApplicantError
from danang.portal.dossier.errors import CollectionPlaceError
from danang.portal.dossier.errors import DeskError
from danang.portal.dossier.errors import DossierError
from danang.portal.dossier.errors import ReceivingUnitError
from danang.portal.dossier.numbering import agency_by_code
from danang.portal.dossier.numbering import next_dossier_code
from danang.portal.dossier.receiving import collection_desk
from danang.portal.dossier.receiving import competent_and_desk
from danang.portal.dossier.storage import dossier_root
from danang.portal.dossier.storage import shard_for
from danang.portal.uploads.filenames import safe_filename
from danang.portal.vocabularies.fixed import CHANNELS
from datetime import date
from datetime import datetime
from persistent.list import PersistentList
from plone import api
from plone.dexterity.utils import createContent
from plone.namedfile.file import NamedBlobFile

import copy

APPLICANT_KEYS = (
    "name",
    "id_number",
    "birth_date",
    "address",
    "district",
    "ward",
    "phone",
    "email",
    # Optional: the citizen account the dossier belongs to, when it is not the current user's
    # (a desk officer entering a paper dossier for a registered citizen).
    "user_id",
)


def _service_object(service):
    if isinstance(service, str):
        found = api.portal.get_tool("portal_catalog").unrestrictedSearchResults(UID=service)
        if not found:
            raise DossierError(
                _("error_dossier_unknown_service", default="Không tìm thấy thủ tục hành chính.")
            )
        return found[0]._unrestrictedGetObject()
    return service


def _birth_date(value):
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date) or value is None:
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ApplicantError(
            _("error_dossier_birth_date", default="Ngày sinh không hợp lệ.")
        )


def _applicant_fields(applicant):
    unknown = set(applicant) - set(APPLICANT_KEYS)
    if unknown:
        raise TypeError(f"unknown applicant keys {sorted(unknown)}; expected {APPLICANT_KEYS}")
    name = " ".join((applicant.get("name") or "").split())
    if not name:
        raise ApplicantError(
            _("error_dossier_applicant_name", default="Chưa có họ và tên người nộp hồ sơ.")
        )

    def text(key):
        return (applicant.get(key) or "").strip() or None

    return {
        "applicant_name": name,
        "applicant_id_number": text("id_number"),
        "applicant_birth_date": _birth_date(applicant.get("birth_date")),
        "applicant_address": text("address"),
        "applicant_district": text("district"),
        "applicant_ward": text("ward"),
        "applicant_phone": text("phone"),
        "applicant_email": text("email"),
    }


def _current_user_id():
    user = getSecurityManager().getUser()
    if user is None or "Authenticated" not in user.getRoles():
        return None
    return user.getId()


def _service_snapshot(service):
    modified = service.modified()
    unit = getattr(service, "processing_unit", None) or "working_days"
    return {
        "service_uid": api.content.get_uuid(service),
        "service_code": service.code,
        "service_title": service.Title(),
        "sector": getattr(service, "sector", None),
        # CMFEditions stores the id of the last saved version on the working copy.
        "service_version": getattr(aq_base(service), "version_id", None),
        "service_modified": modified.asdatetime() if modified is not None else None,
        "processing_time": float(getattr(service, "processing_time", None) or 0),
        "processing_unit": unit,
    }


def _checked_upload(upload, kind="submission"):
    """The upload with a safe file name, or TypeError when it carries no bytes."""
    data = upload.get("data")
    if not isinstance(data, bytes):
        raise TypeError("each file needs its content as bytes in 'data'")
    # Whatever the intake: no client path ("C:\\scan\\don.pdf" -> "don.pdf"), no CR/LF or other
    # control characters (a name ends up in headers and pages), a bounded length.
    filename = safe_filename(upload["filename"]) if upload.get("filename") else ""
    return {
        "data": data,
        "filename": filename,
        "component": (upload.get("component") or "").strip() or None,
        "content_type": upload.get("content_type") or "application/octet-stream",
        "kind": upload.get("kind") or kind,
    }


def _file_object(file_id, upload):
    item = createContent("DossierFile", title=upload["component"] or upload["filename"] or file_id)
    item.id = file_id
    item.file = NamedBlobFile(
        data=upload["data"],
        contentType=upload["content_type"],
        filename=upload["filename"] or file_id,
    )
    item.component = upload["component"]
    item.kind = upload["kind"]
    item.creators = ()
    return item


def add_files(dossier, files, kind="submission"):
    """Store uploads (dicts: component, filename, data, content_type) as files of the dossier:
    children ``file-1``, ``file-2``... in upload order. Returns the new DossierFile items."""
    uploads = [_checked_upload(upload, kind) for upload in files or ()]
    added = []
    number = len(dossier.objectIds())
    for upload in uploads:
        number += 1
        while f"file-{number}" in dossier.objectIds():
            number += 1
        item = _file_object(f"file-{number}", upload)
        dossier._setObject(item.id, item, set_owner=False)
        added.append(dossier[item.id])
    return added


def _standing(agency_code, day):
    agency = agency_by_code(agency_code)
    return agency is not None and not is_dissolved(agency, day)


def create_dossier(
    service,
    applicant,
    answers,
    files,
    channel="online",
    unit=None,
    agent=None,
    received=None,
    desk=None,
    collect_at=None,
):
    """Create, code, date, store and index a Dossier in status 1 "Mới đăng ký"; return it.

    ``service``: the Service (or its UID). ``applicant``: dict with keys name (required),
    id_number, birth_date (date or ISO string), address, district, ward (statistics codes),
    phone, email, and optionally user_id. ``answers``: the form's other fields (kept as given).
    ``files``: dicts with component, filename, data (bytes), content_type. ``channel``:
    "online", "in_person" or "post". ``unit``: the receiving agency's code, or the statistics code
    of the district or ward chosen; by default the service's agency or the committee of the
    applicant's ward or district. ``agent``: user id of who submits on the applicant's behalf.
    ``received``: when it was received (default now). ``desk``: the agency code of the one-stop
    desk that receives it when it is not the competent unit's (receipt regardless of the
    administrative boundary, from 1 July 2025: dossier/receiving.py); it is kept as
    ``received_at_unit`` and its desk sees the dossier too. ``collect_at``: the agency code of
    the desk where the applicant collects the result (default: the desk that received it), kept
    as ``collect_at_unit``.

    For example, in a site (tests/dossier/test_create.py)::

        dossier = create_dossier(service, {"name": "Nguyễn Văn A", "phone": "0905123456"}, {},
                                 [{"component": "Đơn đề nghị", "filename": "don.pdf",
                                   "data": b"%PDF-1.4 ...", "content_type": "application/pdf"}])
        dossier.dossier_code  # "SXD-240512-0001" on 12 May 2024
    """
    # Everything that can be refused is checked before a code is taken.
    if channel not in CHANNELS:
        raise ValueError(f"unknown channel {channel!r}")
    service = _service_object(service)
    fields = _applicant_fields(applicant or {})
    uploads = [_checked_upload(upload) for upload in files or ()]
    received = local(received) if received is not None else clock.now()

    agency_code, desk_code = competent_and_desk(service, applicant or {}, unit, desk, received.date())
    if desk_code != agency_code and not _standing(desk_code, received.date()):
        raise DeskError(
            _("error_desk_unknown", default="Không có bộ phận một cửa ${code} đang hoạt động.", mapping={"code": desk_code})
        )
    collect_code = collection_desk(desk_code, collect_at, received.date())
    if collect_code != desk_code and not _standing(collect_code, received.date()):
        raise CollectionPlaceError(
            _("error_desk_unknown", default="Không có bộ phận một cửa ${code} đang hoạt động.", mapping={"code": collect_code})
        )
    agency = agency_by_code(agency_code)
    if agency is not None and is_dissolved(agency, received.date()):
        # Kept for its history only (docs/reorganisation.md): no new dossier.
        raise ReceivingUnitError(
            _(
                "error_agency_dissolved",
                default="${agency} đã giải thể từ ngày ${day}: vui lòng nộp hồ sơ tại cơ quan kế thừa.",
                mapping={"agency": agency.Title(), "day": agency.dissolved_on.strftime("%d/%m/%Y")},
            )
        )
    root = dossier_root()
    code = next_dossier_code(agency_code, received, container=root)
    container = shard_for(received, root)

    snapshot = _service_snapshot(service)
    due = due_date(received, snapshot["processing_time"], snapshot["processing_unit"])
    owner_id = (applicant or {}).get("user_id") or (
        _current_user_id() if channel == "online" and not agent else None
    )

    dossier = createContent("Dossier")
    submitted_service.remember(dossier, service)
    dossier.id = code
    dossier.title = code
    dossier.description = snapshot["service_title"]
    dossier.exclude_from_nav = True
    for name, value in {**fields, **snapshot}.items():
        setattr(dossier, name, value)
    dossier.dossier_code = code
    dossier.channel = channel
    dossier.receiving_unit = agency_code
    dossier.received_at_unit = desk_code
    dossier.collect_at_unit = collect_code
    dossier.receiving_area = getattr(agency, "area_code", None)
    dossier.received = received
    # The day whose units its address codes name (docs/units.md): kept across reorganisations.
    dossier.units_day = units.day_of(received)
    dossier.due = due
    dossier.original_due = due
    dossier.applicant_user = owner_id
    dossier.agent = agent
    dossier.answers = copy.deepcopy(dict(answers or {}))
    dossier.status_history = PersistentList()
    # "Hồ sơ của tôi" finds a citizen's dossiers by Creator; officials are not creators.
    dossier.creators = (owner_id,) if owner_id else ()
    # Set before adding, so that neither the submitting official nor anyone else becomes Owner.
    local_roles = {}
    if owner_id:
        local_roles[owner_id] = [roles.APPLICANT]
    if agent:
        local_roles.setdefault(agent, []).append(roles.DOSSIER_AGENT)
    dossier.__ac_local_roles__ = local_roles

    container._setObject(code, dossier, set_owner=False)
    dossier = container[code]
    if owner_id:
        user = api.user.get(userid=owner_id)
        if user is not None:
            dossier.changeOwnership(user.getUser())
    add_files(dossier, uploads)
    return dossier
