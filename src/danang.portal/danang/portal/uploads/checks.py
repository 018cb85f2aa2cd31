"""Checks of uploaded files: real type, size, presence.

``checked_files`` checks the files of every intake but the e-form (supplements, results, the
desk's paper intake), whoever uploads them. The z3c.form validator below replaces EasyForm's for file fields of forms that live in a Service,
so that every problem is reported next to its field in Vietnamese, in the same round as the other
fields' errors, and the rest of the form keeps what was typed.
"""

from Acquisition import aq_inner
from Acquisition import aq_parent
from collective.easyform.fields import FieldExtenderValidator
from collective.easyform.fields import GroupFieldExtenderValidator
from collective.easyform.interfaces import IEasyForm
from collective.easyform.interfaces import IEasyFormForm
from danang.portal import _
from danang.portal.content.service import IService
from danang.portal.uploads import filetypes
from danang.portal.uploads.filenames import safe_filename
from danang.portal.uploads.settings import MEGABYTE
from danang.portal.uploads.settings import upload_rules
from plone.namedfile.file import NamedFile
from plone.namedfile.interfaces import INamed
from plone.namedfile.interfaces import INamedField
from z3c.form.interfaces import IGroup
from z3c.form.interfaces import IValidator
from z3c.form.interfaces import NOT_CHANGED
from zope.component import adapter
from zope.interface import implementer
from zope.interface import Interface
from zope.interface import Invalid


class UploadError(Invalid):
    """A problem with one uploaded file; its message is shown next to the field."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message

    def doc(self):
        return self.message


def submission_service(form):
    """The Service an EasyForm submits to, or None for forms elsewhere in the site."""
    parent = aq_parent(aq_inner(form))
    return parent if IService.providedBy(parent) else None


def service_rules(service):
    return upload_rules(getattr(service, "sector", None))


def types_text(kinds):
    return ", ".join(filetypes.label(kind) for kind in kinds)


def size_text(size):
    return f"{size / MEGABYTE:.1f}".rstrip("0").rstrip(".").replace(".", ",")


def _head(value):
    """The first bytes of a named file, without loading a large blob into memory."""
    opener = getattr(value, "open", None)
    if opener is not None:
        with opener() as stream:
            return stream.read(filetypes.SNIFF_BYTES)
    return value.data[: filetypes.SNIFF_BYTES]


def inspect_upload(value, kinds, max_size):
    """(kind, None) for an acceptable named file, or (None, error message)."""
    filename = safe_filename(value.filename)
    size = value.getSize()
    if size == 0:
        return None, _(
            "error_upload_empty",
            default='Tệp "${filename}" rỗng (0 byte). Vui lòng chọn lại tệp.',
            mapping={"filename": filename},
        )
    if size > max_size:
        return None, _(
            "error_upload_too_large",
            default='Tệp "${filename}" có dung lượng ${size} MB, vượt quá giới hạn ${limit} MB. '
            "Vui lòng nén hoặc chia nhỏ tệp rồi chọn lại.",
            mapping={"filename": filename, "size": size_text(size), "limit": size_text(max_size)},
        )
    kind = filetypes.sniff(_head(value))
    if kind not in kinds:
        return None, _(
            "error_upload_type",
            default='Nội dung tệp "${filename}" không phải là tệp ${types} (hệ thống kiểm tra nội '
            "dung tệp, không dựa vào phần mở rộng). Vui lòng chọn lại tệp đúng định dạng.",
            mapping={"filename": filename, "types": types_text(kinds)},
        )
    return kind, None


def prepared_upload(value, service):
    """An accepted upload as create_dossier wants it, with its safe name and real media type."""
    kinds, max_size = service_rules(service)
    kind, error = inspect_upload(value, kinds, max_size)
    if error is not None:
        raise UploadError(error)
    return {
        "filename": safe_filename(value.filename, kind),
        "data": value.data,
        "content_type": filetypes.media_type(kind),
    }


def checked_files(uploads, sector):
    """Uploads (create_dossier's dicts: filename, data...) as they are stored: safe names and the
    media type read from the content; UploadError for the first file the sector's rules refuse.

    Every intake that is not the e-form uses it, the officials' too (results, paper intake):
    a file is what its bytes say, whoever attaches it (docs/security.md)."""
    kinds, max_size = upload_rules(sector)
    checked = []
    for upload in uploads:
        named = NamedFile(data=upload["data"], filename=safe_filename(upload.get("filename")))
        kind, error = inspect_upload(named, kinds, max_size)
        if error is not None:
            raise UploadError(error)
        checked.append(
            dict(
                upload,
                filename=safe_filename(upload.get("filename"), kind),
                content_type=filetypes.media_type(kind),
            )
        )
    return checked


def missing_upload_message(title):
    return _(
        "error_upload_missing",
        default='Chưa đính kèm "${component}": giấy tờ này bắt buộc. Vui lòng chọn tệp.',
        mapping={"component": title},
    )


class _UploadChecks:
    def validate(self, value):
        service = submission_service(self.context)
        if service is not None:
            if value is NOT_CHANGED:
                value = self.widget.value if INamed.providedBy(self.widget.value) else None
            if value is None:
                if self.field.required:
                    raise UploadError(missing_upload_message(self.field.title))
            else:
                kinds, max_size = service_rules(service)
                _kind, error = inspect_upload(value, kinds, max_size)
                if error is not None:
                    raise UploadError(error)
        # EasyForm's own checks still apply (its size limit, validators chosen by editors).
        return super().validate(value)


@implementer(IValidator)
@adapter(IEasyForm, Interface, IEasyFormForm, INamedField, Interface)
class UploadValidator(_UploadChecks, FieldExtenderValidator):
    """File fields in the form's default fieldset."""


@implementer(IValidator)
@adapter(IEasyForm, Interface, IGroup, INamedField, Interface)
class GroupUploadValidator(_UploadChecks, GroupFieldExtenderValidator):
    """File fields in a fieldset (the generated forms put uploads in one)."""
