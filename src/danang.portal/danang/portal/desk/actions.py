"""The dossier page's workflow panel and the form handler behind it.

``@@dossier-actions`` renders, for the current user, the transitions they may fire with the
inputs each needs, the upload forms (supplement for the applicant, result for the processing
unit), transfer, acknowledgement and apology forms. ``@@dossier-action`` (POST, CSRF-checked)
performs one of them and returns to the dossier with a Vietnamese status message; a refused
action never shows a traceback.
"""

from danang.portal import _
from danang.portal import roles
from danang.portal.dossier.status import status_of_state
from danang.portal.payment import panel_rules
from danang.portal.uploads.requests import request_uploads
from danang.portal.workflow import apology
from danang.portal.workflow import tracking
from danang.portal.workflow import transfer
from danang.portal.workflow.actions import allowed_transitions
from danang.portal.workflow.actions import attach_result
from danang.portal.workflow.actions import attach_supplement
from danang.portal.workflow.actions import perform
from danang.portal.workflow.actions import released_results
from danang.portal.workflow.actions import RESULT_WITHHELD
from danang.portal.workflow.actions import results_withheld
from danang.portal.workflow.clock import CLASS_TITLES
from danang.portal.workflow.clock import classify
from danang.portal.workflow.rules import COMMENT_FIELDS
from danang.portal.workflow.rules import IRREVERSIBLE
from danang.portal.workflow.rules import REASON_REQUIRED
from danang.portal.workflow.rules import TransitionInputError
from datetime import datetime
from datetime import time
from plone import api
from plone.memoize.view import memoize
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile

import urllib.parse

TITLES = {
    "accept": _("transition_accept", default="Tiếp nhận hồ sơ"),
    "refuse": _("transition_refuse", default="Từ chối tiếp nhận"),
    "start_processing": _("transition_start_processing", default="Chuyển xử lý"),
    "request_supplement": _("transition_request_supplement", default="Yêu cầu bổ sung giấy tờ"),
    "supply": _("transition_supply", default="Gửi giấy tờ bổ sung"),
    "request_payment": _("transition_request_payment", default="Yêu cầu thực hiện nghĩa vụ tài chính"),
    "confirm_payment": _("transition_confirm_payment", default="Xác nhận đã thực hiện nghĩa vụ tài chính"),
    "withdraw": _("transition_withdraw", default="Rút hồ sơ"),
    "stop": _("transition_stop", default="Dừng xử lý"),
    "finish": _("transition_finish", default="Phê duyệt kết quả"),
    "return_result": _("transition_return_result", default="Trả kết quả"),
    "return_to_specialist": _("transition_return_to_specialist", default="Trả lại chuyên viên"),
}
# One primary action per step: the first of these the user may fire (the step's usual way on);
# the others are secondary; those that end or turn a dossier away (IRREVERSIBLE) stand apart.
PRIMARY = ("accept", "start_processing", "finish", "supply", "confirm_payment", "return_result")
# Transitions that only make sense with a draft result awaiting approval.
NEEDS_DRAFT = frozenset({"finish", "return_to_specialist"})
DONE = {
    "accept": _("done_accept", default="Đã tiếp nhận hồ sơ; giấy tiếp nhận đã gửi người nộp."),
    "return_to_specialist": _("done_return_to_specialist", default="Đã trả lại dự thảo kết quả cho chuyên viên."),
}
DONE_DEFAULT = _("done_transition", default="Đã cập nhật trạng thái hồ sơ: ${status}.")


class DossierActions(BrowserView):
    """The workflow panel (included by the dossier page)."""

    index = ViewPageTemplateFile("templates/actions.pt")

    def __call__(self):
        return self.index()

    def state(self):
        return api.content.get_state(self.context, default=None)

    @memoize
    def transitions(self):
        """The transitions offered, the primary one first (``primary``), then the others
        (``css``: the button's look)."""
        rows = []
        has_draft = bool(self.context.results())
        for transition in allowed_transitions(self.context):
            if not panel_rules.offered(self.context, transition):
                continue
            if transition in NEEDS_DRAFT and not has_draft:
                continue
            rows.append(
                {
                    "id": transition,
                    "title": TITLES.get(transition, transition),
                    "comment": transition in COMMENT_FIELDS,
                    "comment_required": transition in REASON_REQUIRED,
                    "needs_items": transition == "request_supplement",
                    "files": transition == "supply",
                    "result": transition == "finish",
                    "amount": panel_rules.asks_amount(transition),
                    "irreversible": transition in IRREVERSIBLE,
                    "primary": False,
                    "css": "btn btn-outline-danger" if transition in IRREVERSIBLE else "btn btn-outline-secondary",
                }
            )
        offered = {row["id"]: row for row in rows}
        primary = next((offered[name] for name in PRIMARY if name in offered), None)
        if primary is not None:
            primary.update(primary=True, css="btn btn-primary")
            rows.remove(primary)
            rows.insert(0, primary)
        return rows

    def primary(self):
        rows = self.transitions()
        return rows[0] if rows and rows[0]["primary"] else None

    def secondary(self):
        """Other steps, folded; the irreversible ones are apart and confirmed first."""
        return [row for row in self.transitions() if not row["primary"] and not row["irreversible"]]

    def irreversible_transitions(self):
        return [row for row in self.transitions() if row["irreversible"]]

    def attach_is_primary(self):
        """The specialist's step: attaching the draft result is the way on."""
        return self.can_attach_result() and self.primary() is None

    def can_attach_result(self):
        return self.state() == "processing" and api.user.has_permission(
            "danang.portal: Add Dossier File", obj=self.context
        )

    def missing_items(self):
        if self.state() != "supplement":
            return []
        return list(getattr(self.context, "missing_items", None) or ())

    def results(self):
        """Result files: the draft for the unit's officials, then for whoever may view the
        dossier once a leader has approved it and its fees are paid."""
        items = self.context.results() if self.is_official() else released_results(self.context)
        return [
            {"title": item.Title(), "filename": item.file.filename,
             "url": f"{item.absolute_url()}/@@download/file"}
            for item in items
        ]

    def result_withheld(self):
        """The applicant's note that the approved result waits for the fees."""
        return not self.is_official() and results_withheld(self.context)

    def withheld_message(self):
        return RESULT_WITHHELD

    def timing(self):
        result = classify(self.context, self.state())
        return CLASS_TITLES.get(result) if result else None

    def original_due(self):
        original = getattr(self.context, "original_due", None)
        if original is not None and original != getattr(self.context, "due", None):
            return original.strftime("%H:%M %d/%m/%Y")
        return None

    def may_transfer(self):
        return transfer.may_transfer(self.context)

    def may_acknowledge(self):
        return transfer.may_acknowledge(self.context)

    def may_apologise(self):
        return apology.offered(self.context)

    def needs_apology(self):
        return apology.needs_apology(self.context)

    def apologies(self):
        return list(getattr(self.context, "apologies", None) or ())

    def has_tracking(self):
        return bool(tracking.rows(self.context))

    def is_official(self):
        return roles.holds_any(roles.STAFF, self.context)

    def units(self):
        current = getattr(self.context, "current_unit", None) or self.context.receiving_unit
        catalog = api.portal.get_tool("portal_catalog")
        units = []
        for brain in catalog.unrestrictedSearchResults(portal_type="Agency", sort_on="sortable_title"):
            if brain.code and brain.code != current:
                units.append({"code": brain.code, "title": brain.Title})
        return units


class DossierAction(BrowserView):
    """POST handler of the panel's forms."""

    def __call__(self):
        request = self.request
        if request.method != "POST":
            return request.response.redirect(self.context.absolute_url())
        CheckAuthenticator(request)
        form = request.form
        action = form.get("action") or ""
        if action in IRREVERSIBLE and form.get("confirmed") != "1":
            # Never in one click: the confirmation page asks for the reason first.
            return request.response.redirect(confirm_url(self.context, action))
        try:
            message = self.run(action, form)
        except TransitionInputError as error:
            api.portal.show_message(error.message, request=request, type="error")
            # Nothing of a refused action is kept (an upload made before the check).
            import transaction

            transaction.doom()
            if action in IRREVERSIBLE and action in allowed_transitions(self.context):
                return request.response.redirect(confirm_url(self.context, action))
        else:
            api.portal.show_message(message, request=request, type="info")
            if not api.user.has_permission("View", obj=self.context):
                # Handed to another unit: this official no longer sees the dossier.
                return request.response.redirect(api.portal.get().absolute_url())
        return request.response.redirect(self.context.absolute_url())

    def run(self, action, form):
        dossier = self.context
        comment = form.get("comment") or ""
        if action == "attach_result":
            uploads = request_uploads(self.request, "result_file")
            if not uploads:
                raise TransitionInputError(
                    _("error_result_file", default="Vui lòng chọn tệp kết quả giải quyết.")
                )
            attach_result(dossier, uploads[0])
            return _("done_attach_result", default="Đã đính kèm kết quả, chờ lãnh đạo phê duyệt.")
        if action == "transfer":
            transfer.transfer(dossier, form.get("to_unit"), form.get("days") or None, comment)
            return _("done_transfer", default="Đã chuyển hồ sơ sang đơn vị phối hợp.")
        if action == "acknowledge":
            transfer.acknowledge(dossier)
            return _("done_acknowledge", default="Đã xác nhận nhận hồ sơ.")
        if action == "apology":
            apology.issue_apology(dossier, _parse_day(form.get("new_due")), comment)
            return _("done_apology", default="Đã lập thư xin lỗi và hẹn lại ngày trả kết quả.")
        if action not in TITLES:
            raise TransitionInputError(
                _("error_unknown_action", default="Thao tác không hợp lệ.")
            )
        if action == "supply":
            uploads = request_uploads(self.request, "supplement_files")
            if uploads:
                attach_supplement(dossier, uploads)
        if action == "finish":
            uploads = request_uploads(self.request, "result_file")
            if uploads:
                attach_result(dossier, uploads[0])
        amount = panel_rules.typed_amount(form.get("amount")) if panel_rules.asks_amount(action) else None
        state = perform(
            dossier, action, comment=comment, missing_items=form.get("missing_items"), amount=amount,
        )
        status = status_of_state(state)
        if action in DONE:
            return DONE[action]
        return _(DONE_DEFAULT, default=DONE_DEFAULT.default,
                 mapping={"status": api.portal.translate(status.title, lang="vi") if status else state})


def confirm_url(dossier, action):
    """The confirmation page of an irreversible action (confirm.py)."""
    return f"{dossier.absolute_url()}/@@dossier-confirm?{urllib.parse.urlencode({'action': action})}"


def _parse_day(value):
    """A date from the form (YYYY-MM-DD), due at the end of that working day."""
    from danang.portal.deadlines.working_calendar import TIMEZONE

    try:
        day = datetime.strptime((value or "").strip(), "%Y-%m-%d").date()
    except ValueError:
        return None
    return datetime.combine(day, time(17, 0), tzinfo=TIMEZONE)


