"""``@@nop-bo-sung`` and ``@@tai-ket-qua``: the applicant page's supplement upload and result
download, for the logged-in applicant or agent and for the bearer of the look-up link.

Supplements pass the same checks as the e-form's uploads (real type read from the content, size
limit of the service's sector) and the same workflow rule (``supply`` needs a new supplement).
The transition is fired with the applicant's role (Owner) so DCWorkflow's guard applies as for
a logged-in applicant; a refused upload keeps nothing (the transaction is doomed).
"""

from danang.portal import _
from danang.portal.dossier.applicant_access import access_query
from danang.portal.dossier.applicant_access import acting_as_applicant
from danang.portal.dossier.applicant_access import portal_view_url
from danang.portal.lookup.applicant_request import ApplicantPost
from danang.portal.lookup.applicant_request import dossier_for_applicant
from danang.portal.lookup.applicant_request import no_store
from danang.portal.uploads import kept
from danang.portal.uploads.downloads import attachment
from danang.portal.uploads.downloads import serve_as_file
from danang.portal.uploads.requests import request_uploads
from danang.portal.workflow.actions import attach_supplement
from danang.portal.workflow.actions import is_released
from danang.portal.workflow.actions import perform
from danang.portal.workflow.actions import RESULT_WITHHELD
from danang.portal.workflow.rules import TransitionInputError
from danang.portal.workflow.supplement_files import checked_supplements
from plone import api
from Products.Five.browser import BrowserView
from zExceptions import NotFound
from zope.component import getMultiAdapter

import transaction


class SupplementUpload(ApplicantPost):
    """POST: store the supplement files and send the dossier back to processing.

    A refused attempt shows the applicant page again at once, with the reason, the typed note
    and the files that passed their checks (kept for the next attempt, uploads/kept.py); the
    refused files are not kept.
    """

    def back(self, dossier):
        return portal_view_url("ho-so-cong-dan", access_query(dossier, self.request))

    def post(self, dossier):
        request = self.request
        comment = (request.form.get("comment") or "").strip()[:2000]
        kept_keys = [key for key in _as_list(request.form.get("kept_files")) if kept.peek(key)]
        accepted, errors = [], []
        for upload in request_uploads(request, "supplement_files"):
            try:
                checked_supplements(dossier, [upload])
            except TransitionInputError as error:
                errors.append(error.message)
            else:
                accepted.append(upload)
        if not errors and not accepted and not kept_keys:
            errors.append(
                _("error_supply_files", default="Vui lòng tải lên giấy tờ bổ sung trước khi gửi.")
            )
        if errors:
            return self.again(dossier, errors, comment, kept_keys + [kept.keep(u) for u in accepted])
        try:
            # attach_supplement checks them again, as for every caller (supplement_files.py).
            uploads = accepted + kept.take(kept_keys)
            # The applicant's rights on the dossier: the workflow's guard and rules decide.
            with acting_as_applicant(dossier, request):
                attach_supplement(dossier, uploads)
                perform(dossier, "supply", comment=comment)
        except TransitionInputError as error:
            transaction.doom()  # the kept files stay kept: taking them is undone too
            return self.again(dossier, [error.message], comment, kept_keys)
        api.portal.show_message(
            _("done_supply", default="Đã gửi giấy tờ bổ sung; hồ sơ được chuyển tiếp xử lý."),
            request=request,
            type="info",
        )
        return request.response.redirect(self.back(dossier))

    def again(self, dossier, errors, comment, kept_keys):
        """The applicant page with the refusal, the typed note and the kept files."""
        if api.content.get_state(dossier) != "supplement":
            # No supplement form to show them in (the request was answered meanwhile).
            api.portal.show_message(errors[0], request=self.request, type="error")
            return self.request.response.redirect(self.back(dossier))
        page = getMultiAdapter((api.portal.get(), self.request), name="ho-so-cong-dan")
        page.supplement_errors = errors
        page.typed_comment = comment
        page.kept_files = [kept.peek(key) for key in kept_keys if kept.peek(key)]
        return page()


def _as_list(value):
    if isinstance(value, str):
        return [value]
    return [item for item in value or () if isinstance(item, str)]


class ResultDownload(BrowserView):
    """GET: the approved result file, for who may act as the applicant."""

    def __call__(self):
        request = self.request
        no_store(request.response)
        dossier = dossier_for_applicant(request)
        if dossier is None or api.content.get_state(dossier) not in ("finished", "returned"):
            raise NotFound()
        file_id = request.form.get("file")
        item = dossier.get(file_id) if isinstance(file_id, str) else None
        if item is None or getattr(item, "kind", None) != "result":
            raise NotFound()
        if not is_released(item):
            # Not before the fees that gate it are paid (payment/result_access.py).
            api.portal.show_message(RESULT_WITHHELD, request=request, type="warning")
            return request.response.redirect(
                portal_view_url("ho-so-cong-dan", access_query(dossier, request))
            )
        blob = item.file
        response = request.response
        response.setHeader("Content-Type", blob.contentType or "application/octet-stream")
        response.setHeader("Content-Length", str(blob.getSize()))
        filename = blob.filename or file_id
        response.setHeader("Content-Disposition", attachment(filename))
        serve_as_file(request, filename)
        return blob.data
