"""``@@desk-receive``: a desk officer enters a paper dossier (channel "in_person").

The dossier goes through the submission service like an online one (submission/service.py),
accepted at once by the officer (the receipt and appointment date come from the accept), and
enters the same flow.
Only members of an agency's desk group (``<code>-desk``) may use it, for their own agency.
"""

from danang.portal import _
from danang.portal.content.agency import IDissolvedAgency
from danang.portal.submission.errors import SubmissionRefused
from danang.portal.submission.service import Submission
from danang.portal.submission.service import submit
from danang.portal.uploads.checks import checked_files
from danang.portal.uploads.checks import UploadError
from danang.portal.uploads.requests import request_uploads
from danang.portal.workflow.rules import TransitionInputError
from plone import api
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from zExceptions import Unauthorized

import transaction

APPLICANT_FIELDS = ("name", "id_number", "birth_date", "address", "phone", "email")
LABELS = {
    "name": _("label_dossier_applicant_name", default="Họ và tên"),
    "id_number": _("label_dossier_applicant_id_number", default="Số định danh cá nhân (CCCD/CMND)"),
    "birth_date": _("label_dossier_applicant_birth_date", default="Ngày sinh"),
    "address": _("label_dossier_applicant_address", default="Địa chỉ"),
    "phone": _("label_dossier_applicant_phone", default="Số điện thoại"),
    "email": _("label_dossier_applicant_email", default="Thư điện tử"),
}
INPUT_TYPES = {"birth_date": "date", "email": "email"}


def desk_units(user=None):
    """Agency codes whose desk group the current user belongs to."""
    user = user or api.user.get_current()
    if user is None:
        return []
    groups = user.getGroups() if hasattr(user, "getGroups") else ()
    return sorted(group[: -len("-desk")] for group in groups if group.endswith("-desk"))


class DeskReceive(BrowserView):
    index = ViewPageTemplateFile("templates/desk.pt")
    error = None

    def units(self):
        catalog = api.portal.get_tool("portal_catalog")
        codes = desk_units()
        return [
            {"code": brain.code, "title": brain.Title}
            for brain in catalog.unrestrictedSearchResults(portal_type="Agency", code=codes)
        ] if codes else []

    def competent_units(self):
        """Every standing agency, for a dossier received here for another unit (from 1 July
        2025: dossier/receiving.py)."""
        catalog = api.portal.get_tool("portal_catalog")
        brains = catalog.unrestrictedSearchResults(
            portal_type="Agency", object_provides={"not": IDissolvedAgency.__identifier__}, sort_on="sortable_title"
        )
        return [{"code": brain.code, "title": brain.Title} for brain in brains]

    def fields(self):
        form = self.request.form
        return [
            {
                "name": f"applicant_{key}",
                "label": LABELS[key],
                "type": INPUT_TYPES.get(key, "text"),
                "required": "required" if key == "name" else None,
                "value": form.get(f"applicant_{key}"),
            }
            for key in APPLICANT_FIELDS
        ]

    def __call__(self):
        if api.user.is_anonymous() or not desk_units():
            raise Unauthorized("desk officers only")
        if self.request.method == "POST":
            CheckAuthenticator(self.request)
            try:
                return self.receive()
            except (SubmissionRefused, TransitionInputError, UploadError) as error:
                transaction.doom()
                self.error = error.message
        return self.index()

    def receive(self):
        form = self.request.form
        unit = form.get("unit")
        if unit not in desk_units():
            raise TransitionInputError(_("error_desk_unit", default="Vui lòng chọn đơn vị tiếp nhận của bạn."))
        catalog = api.portal.get_tool("portal_catalog")
        found = catalog.unrestrictedSearchResults(portal_type="Service", code=(form.get("service_code") or "").strip())
        if not found:
            raise TransitionInputError(_("error_desk_service", default="Không tìm thấy thủ tục có mã này."))
        applicant = {key: (form.get(f"applicant_{key}") or "").strip() or None for key in APPLICANT_FIELDS}
        # The officer's scans meet the e-form's rules (real type, size): the desk is no back door.
        files = checked_files(request_uploads(self.request, "files"), found[0].sector or None)
        dossier = submit(
            Submission(
                found[0].UID,
                applicant,
                files=files,
                channel="in_person",
                unit=form.get("competent_unit") or None,
                desk=unit,
                submitter=None,
                accept=True,
                comment=form.get("comment") or "",
            )
        )
        api.portal.show_message(
            _("done_desk_receive", default="Đã tiếp nhận hồ sơ ${code}.", mapping={"code": dossier.dossier_code}),
            request=self.request,
        )
        return self.request.response.redirect(dossier.absolute_url())
