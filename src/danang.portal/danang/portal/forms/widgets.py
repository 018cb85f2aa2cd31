"""Upload widget of the submission forms.

Browsers cannot re-fill a file input, so when the form comes back with an error elsewhere, every
file that passed its checks is kept server-side in plone.formwidget.namedfile's temporary upload
storage (a random id, expired after 30 minutes; no session needed) and shown as kept for the next
attempt (not as submitted: nothing is until the form goes through); the applicant sends it again
without choosing it again. A rejected file is never kept: when it was chosen to replace a kept
one, the kept one stays.
"""

from danang.portal import _
from danang.portal.uploads import filetypes
from danang.portal.uploads.checks import service_rules
from danang.portal.uploads.checks import size_text
from danang.portal.uploads.checks import submission_service
from danang.portal.uploads.checks import types_text
from danang.portal.uploads.filenames import safe_filename
from plone.app.z3cform.widgets.select import SelectWidget
from plone.formwidget.namedfile import utils
from plone.formwidget.namedfile.interfaces import IFileUploadTemporaryStorage
from plone.formwidget.namedfile.interfaces import INamedFileWidget
from plone.formwidget.namedfile.widget import NamedFileWidget
from plone.namedfile.interfaces import INamed
from z3c.form.interfaces import IFieldWidget
from z3c.form.interfaces import NOVALUE
from z3c.form.widget import FieldWidget
from zope.component.hooks import getSite
from zope.interface import implementer
from zope.interface import implementer_only
from zope.size import byteDisplay


class ISubmissionFileWidget(INamedFileWidget):
    """File input that states the accepted types and keeps valid uploads across form errors."""


@implementer_only(ISubmissionFileWidget)
class SubmissionFileWidget(NamedFileWidget):
    klass = "named-file-widget danang-upload"
    required_in_browser = True

    def _rules(self):
        form_context = getattr(self.form, "context", None) or self.context
        service = submission_service(form_context)
        return service_rules(service)

    @property
    def accept(self):
        kinds, _size = self._rules()
        return ",".join(ext for kind in kinds for ext in filetypes.extensions(kind))

    def hint(self):
        kinds, max_size = self._rules()
        return _(
            "help_upload_rules",
            default="Định dạng: ${types}; tối đa ${limit} MB mỗi tệp.",
            mapping={"types": types_text(kinds), "limit": size_text(max_size)},
        )

    previous_upload_id = None

    def _previous_upload(self):
        """The file kept from an earlier attempt that a rejected one was meant to replace."""
        if not self.previous_upload_id:
            return None
        return IFileUploadTemporaryStorage(getSite()).upload_map.get(self.previous_upload_id)

    def replaced_file_refused(self):
        return self.error is not None and self._previous_upload() is not None

    def kept_upload_id(self):
        """Id of this widget's valid upload in the temporary storage, or "" (none, or only a
        rejected one)."""
        if self.error is not None:
            return self.previous_upload_id if self._previous_upload() is not None else ""
        return self.file_upload_id

    def browser_required(self):
        return self.required and self.required_in_browser and not self.kept_upload_id()

    def kept_filename(self):
        if self.replaced_file_refused():
            return safe_filename(self._previous_upload().get("filename"))
        return safe_filename(self.filename)

    def kept_size(self):
        if self.replaced_file_refused():
            return byteDisplay(len(self._previous_upload().get("data") or b""))
        if INamed.providedBy(self.value):
            return byteDisplay(self.value.getSize())
        if utils.is_file_upload(self.value):
            self.value.seek(0, 2)
            size = self.value.tell()
            self.value.seek(0)
            return byteDisplay(size)
        return ""

    def extract(self, default=NOVALUE):
        # A file chosen now replaces the one kept from the previous attempt.
        upload = self.request.get(self.name)
        if utils.is_file_upload(upload) and upload.filename:
            self.previous_upload_id = self.request.get(f"{self.name}.file_upload_id") or None
            return upload
        return super().extract(default)


@implementer(IFieldWidget)
def SubmissionFileFieldWidget(field, request):
    return FieldWidget(field, SubmissionFileWidget(request))


class ChooseOneSelectWidget(SelectWidget):
    """A select that starts on "— Chọn —" instead of silently picking the first option (a
    citizen who does not notice the preselected district would submit to the wrong one)."""

    prompt = True
    promptMessage = _("select_prompt", default="— Chọn —")


@implementer(IFieldWidget)
def ChooseOneFieldWidget(field, request):
    return FieldWidget(field, ChooseOneSelectWidget(request))
