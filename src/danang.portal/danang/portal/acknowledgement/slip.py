"""The content of the receipt and appointment slip (form 01 of Circular 01/2018), from a dossier.

One plain record feeds the three outputs (page, PDF, e-mail), so they always say the same thing.
"""

from danang.portal import _
from danang.portal import clock
from danang.portal import legal
from danang.portal import public_url
from danang.portal import settings
from danang.portal import units
from danang.portal.acknowledgement.settings import IReceiptSettings
from danang.portal.acknowledgement.settings import PREFIX
from danang.portal.agents.directory import describe as describe_agent
from danang.portal.dossier.receiving import collection_place
from danang.portal.dossier.submitted_service import service_of
from dataclasses import dataclass
from dataclasses import field
from datetime import date
from datetime import datetime
from plone import api
from plone.registry.interfaces import IRegistry
from zope.component import getUtility
from zope.component import queryUtility
from zope.i18n import translate
from zope.schema.interfaces import IVocabularyFactory

import urllib.parse


@dataclass
class Paper:
    """One paper received: its name, original or copy, how many, the files that carry it."""

    name: str
    form: str
    quantity: int
    filenames: list = field(default_factory=list)


@dataclass
class Slip:
    code: str
    issuer: str
    procedure: str
    procedure_code: str
    applicant_name: str
    applicant_address: str
    applicant_phone: str
    applicant_email: str
    papers: list
    sets: int
    processing: str
    received: datetime
    due: object  # datetime, date or None (a procedure settled at once has no appointment)
    delivery: str
    officer: str
    lookup_url: str
    lookup_link: str = ""
    channel: str = "online"
    sample: bool = False
    note: str = ""
    # The agent who submitted on the applicant's behalf (agents/): name and licence, or "".
    agent: str = ""
    # The form's version of the day received (legal.py): who receives, and what the form cites.
    desk: str = ""
    form_reference: str = ""


def local(moment):
    """A received/due moment in Da Nang time (stored moments may be aware or naive-local)."""
    if isinstance(moment, datetime) and moment.tzinfo is not None:
        return clock.local(moment)
    return moment


def moment_text(moment):
    """'14 giờ 05 phút, ngày 03/03/2025' (the wording of form 01), or the date alone."""
    moment = local(moment)
    if isinstance(moment, datetime):
        return translate(
            _(
                "receipt_moment",
                default="${hour} giờ ${minute} phút, ngày ${date}",
                mapping={
                    "hour": f"{moment.hour:02d}",
                    "minute": f"{moment.minute:02d}",
                    "date": moment.strftime("%d/%m/%Y"),
                },
            ),
            target_language=language(),
        )
    if isinstance(moment, date):
        return translate(
            _("receipt_day", default="ngày ${date}", mapping={"date": moment.strftime("%d/%m/%Y")}),
            target_language=language(),
        )
    return ""


def place_date_text(moment):
    """'Đà Nẵng, ngày 03 tháng 03 năm 2025' above the title."""
    moment = local(moment) or clock.now()
    return translate(
        _(
            "receipt_place_date",
            default="Đà Nẵng, ngày ${day} tháng ${month} năm ${year}",
            mapping={"day": f"{moment.day:02d}", "month": f"{moment.month:02d}", "year": moment.year},
        ),
        target_language=language(),
    )


def language():
    registry = queryUtility(IRegistry)
    if registry is None:  # rendering outside a site (scripts, pure unit tests)
        return "vi"
    return registry.get("plone.default_language") or "vi"


def text(message):
    return translate(message, target_language=language())


def lookup_url():
    """The look-up page, as mailed and printed on the slip (public_url.py)."""
    return public_url.for_mail(settings.read(IReceiptSettings, PREFIX, "lookup_path").strip("/"))


def lookup_link(code):
    """The look-up page with the dossier code filled in (``?code=``, lookup/page.py): what the
    receipt's QR code opens. The code only: the applicant still gives the phone or ID number."""
    return f"{lookup_url()}?{urllib.parse.urlencode({'code': code})}"


def _unrestricted(**query):
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(**query):
        return brain
    return None


def _service(dossier):
    return service_of(dossier)


def _issuer(dossier):
    brain = _unrestricted(portal_type="Agency", code=dossier.receiving_unit) if dossier.receiving_unit else None
    return brain.Title if brain is not None else (dossier.receiving_unit or "")


def applicant_address(dossier):
    """The applicant's address with ward and district names, as given (the dossier's units day);
    a unit that has changed since is shown with what it is now (docs/units.md)."""
    parts = [dossier.applicant_address]
    day = units.day_for(dossier)
    for code in (dossier.applicant_ward, dossier.applicant_district):
        unit = units.resolve(code, day)
        if unit is not None:
            parts.append(text(units.label(unit.id, units.as_of())))
    return ", ".join(part for part in parts if part)


def _papers(dossier, service):
    """Papers received, one per component, in upload order, with the counts the service asks."""
    rows = {(row.get("name") or "").strip(): row for row in (getattr(service, "components", None) or [])}
    online = dossier.channel == "online"
    papers = {}
    for item in dossier.files("submission"):
        name = (item.component or item.title or "").strip()
        if name not in papers:
            row = rows.get(name, {})
            originals, copies = int(row.get("originals") or 0), int(row.get("copies") or 0)
            if originals or not copies:
                form = _("paper_original", default="Bản chính")
                quantity = originals or 1
            else:
                form = _("paper_copy", default="Bản sao")
                quantity = copies
            if online:
                form = _("paper_electronic", default="${form} (bản điện tử)", mapping={"form": text(form)})
            papers[name] = Paper(name=name, form=text(form), quantity=quantity)
        if item.file is not None:
            papers[name].filenames.append(item.file.filename)
    return list(papers.values())


def _processing(dossier):
    amount = dossier.processing_time
    if amount is None:
        return ""
    amount = int(amount) if float(amount).is_integer() else amount
    units = getUtility(IVocabularyFactory, "danang.portal.TimeUnits")(dossier)
    try:
        unit = text(units.getTerm(dossier.processing_unit).title)
    except LookupError:
        unit = dossier.processing_unit or ""
    return f"{amount} {unit}".strip()


def _delivery(dossier):
    place = collection_place(dossier)
    if place is not None:
        return text(place)
    answer = (dossier.answers or {}).get("result_delivery")
    if isinstance(answer, dict) and (answer.get("display") or answer.get("value")):
        return str(answer.get("display") or answer.get("value"))
    return text(_("receipt_delivery_in_person", default="Nhận trực tiếp tại nơi nộp hồ sơ"))


def _officer(dossier):
    if dossier.channel == "online":
        return text(_("receipt_officer_system", default="Hệ thống"))
    creator = dossier.Creator()
    user = api.user.get(userid=creator) if creator else None
    return (user.getProperty("fullname", "") if user is not None else "") or creator or ""


def slip_for(dossier):
    """The Slip of a dossier as received (the original appointment, not a later one)."""
    service = _service(dossier)
    version = legal.form("receipt", dossier.received)
    return Slip(
        code=dossier.dossier_code,
        issuer=_issuer(dossier),
        procedure=dossier.service_title,
        procedure_code=dossier.service_code or "",
        applicant_name=dossier.applicant_name,
        applicant_address=applicant_address(dossier),
        applicant_phone=dossier.applicant_phone or "",
        applicant_email=dossier.applicant_email or "",
        papers=_papers(dossier, service),
        sets=int(getattr(service, "number_of_sets", None) or 1),
        processing=_processing(dossier),
        received=dossier.received,
        due=dossier.original_due or dossier.due,
        delivery=_delivery(dossier),
        officer=_officer(dossier),
        lookup_url=lookup_url(),
        lookup_link=lookup_link(dossier.dossier_code),
        channel=dossier.channel,
        sample=bool(getattr(service, "sample", False)),
        agent=describe_agent(getattr(dossier, "agent", None)),
        desk=text(version.desk),
        form_reference=text(version.reference),
    )
