"""The EasyForm view of the portal: EasyForm's own, with two fixes the submission forms need.

- Its general error message is in Vietnamese.
- Errors returned by an action (a missing upload for the chosen case, an unknown receiving unit)
  are shown next to their field even when it sits in a fieldset; EasyForm only looks at the
  default fieldset and would drop them silently.
- Forms that ask for a district and a ward load a small script that lists only the wards of the
  chosen district (the server checks it anyway).
- Once the case is chosen (content/cases.py), the form comes back showing that case's papers as
  required and hiding the other cases' papers, also without JavaScript (with it, pat-depends
  shows and hides them as the applicant changes the answer).
- Applicant details that the citizen's electronic identity proved (VNeID: forms/prefill.py) are
  read-only, with a note saying why; the submission service refuses changed values anyway.
- The form carries a hidden submission token (``TOKEN``), new each time the form is shown and
  kept when it comes back with errors: the "Tạo hồ sơ" action submits with it as the
  idempotency key (dossier/idempotency.py), so a form sent twice (a double click, back and send
  again) gives the first dossier's receipt instead of a second dossier.
"""

from collective.easyform.browser.view import EasyFormForm
from collective.easyform.browser.view import EasyFormFormWrapper
from collective.easyform.config import FORM_ERROR_MARKER
from danang.portal import _
from danang.portal.dossier.verified_identity import verified_fields
from danang.portal.forms.generation import generation_info
from danang.portal.forms.prefill import acts_for_others
from datetime import date
from html import escape
from plone import api
from z3c.form.interfaces import IErrorViewSnippet
from zope.component import getMultiAdapter
from zope.i18n import translate
from zope.schema import ValidationError

import uuid

WARDS_SCRIPT = "++plone++danang.portal.forms/wards.js"
# Not !important: pat-depends' inline style still shows the papers of a case chosen again.
OTHER_CASE_CLASS = "danang-case-other"
OTHER_CASE_STYLE = f"<style>.{OTHER_CASE_CLASS}{{display:none}}</style>"

# The hidden field of the submission token (read by action.py).
TOKEN = "danang.submission_token"


def submission_token(request):
    """The token the form sent, or a new one for a form shown afresh."""
    token = request.form.get(TOKEN)
    return token if isinstance(token, str) and token else uuid.uuid4().hex


class ActionError(ValidationError):
    """An error an action reported for one field."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message

    def doc(self):
        return self.message


class SubmissionForm(EasyFormForm):
    # z3c.form's "There were some errors." has no Vietnamese; say what to do, and that nothing is lost.
    formErrorsMessage = _(
        "form_errors",
        default="Chưa nộp được: vui lòng sửa các mục có thông báo lỗi bên dưới. Những thông tin "
        "đã nhập và các tệp hợp lệ đã chọn vẫn được giữ lại.",
    )

    def _widget(self, name):
        if name in self.widgets:
            return self.widgets[name], self
        for group in self.groups:
            if name in group.widgets:
                return group.widgets[name], group
        return None, None

    def setErrorsMessage(self, errors):
        for name, message in errors.items():
            widget, owner = self._widget(name)
            if widget is None:
                if name == FORM_ERROR_MARKER:
                    self.formErrorsMessage = message
                continue
            view = getMultiAdapter(
                (ActionError(message), self.request, widget, widget.field, owner, self.context),
                IErrorViewSnippet,
            )
            view.update()
            owner.widgets.errors += (view,)
            widget.error = view
        self.status = self.formErrorsMessage

    verified = ()

    def update(self):
        super().update()
        self.show_case_papers()
        self.lock_verified_fields()

    def lock_verified_fields(self):
        """Show the verified values, read-only, also when the form comes back (a changed value
        was refused beside its field by the action)."""
        if self.mode != "input" or api.user.is_anonymous() or acts_for_others():
            return
        names = []
        for name, value in verified_fields(api.user.get_current()).items():
            widget, _owner = self._widget(name)
            if widget is None:
                continue
            widget.value = value.isoformat() if isinstance(value, date) else value
            widget.readonly = "readonly"
            widget.addClass("dn-verified")
            widget.addClass("bg-light")
            names.append(name)
        self.verified = tuple(names)

    def chosen_case(self):
        widget, _owner = self._widget("case")
        value = getattr(widget, "value", None) if widget is not None else None
        if isinstance(value, (list, tuple)):
            value = value[0] if value else None
        return value or None

    def show_case_papers(self):
        chosen = self.chosen_case()
        if chosen is None:
            return
        components = (generation_info(self.context) or {}).get("components", {})
        for name, component in components.items():
            widget, _owner = self._widget(name)
            case = component.get("case")
            if widget is None or not case:
                continue
            if case == chosen:
                widget.required = bool(component.get("required"))
                # The star only: a browser would refuse to send a hidden required input if the
                # applicant then chose another case.
                widget.required_in_browser = False
            else:
                widget.wrapper_css_class = OTHER_CASE_CLASS

    def asks_for_address(self):
        names = set(self.schema.names())
        return {"district", "ward"} <= names

    def render(self):
        html = super().render()
        if self.mode != "input" or "</form>" not in html:
            return html
        # Before the form's end: z3c.form has no place for a field that is not in the schema.
        hidden = f'<input type="hidden" name="{TOKEN}" value="{escape(submission_token(self.request))}" />'
        head, _end, tail = html.rpartition("</form>")
        html = f"{head}{hidden}</form>{tail}"
        if self.verified and "<form" in html:
            note = translate(_(
                "verified_fields_note",
                default="Họ tên, số định danh cá nhân và ngày sinh đã được xác thực qua tài khoản định danh "
                "điện tử VNeID nên không sửa được trên biểu mẫu.",
            ), context=self.request)
            before, _form, after = html.partition("<form")
            html = f'{before}<p class="alert alert-info dn-verified-note">{escape(note)}</p><form{after}'
        return html

    def header_injection(self):
        header = super().header_injection() or ""
        if self.asks_for_address():
            portal_url = api.portal.get().absolute_url()
            header += f'<script src="{portal_url}/{WARDS_SCRIPT}" defer></script>'
        if "case" in self.schema.names():
            header += OTHER_CASE_STYLE
        return header


class SubmissionFormView(EasyFormFormWrapper):
    form = SubmissionForm
