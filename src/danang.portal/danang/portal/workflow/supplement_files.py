"""Checks of supplement files: the same rules as the e-form's uploads (uploads/checks.py).

The real type is read from the content and the size limit is the service's sector's, whoever
uploads (the applicant on the dossier page, or through the look-up link).
"""

from danang.portal import _
from danang.portal.uploads import filetypes
from danang.portal.uploads.checks import inspect_upload
from danang.portal.uploads.checks import size_text
from danang.portal.uploads.checks import types_text
from danang.portal.uploads.filenames import safe_filename
from danang.portal.uploads.settings import upload_rules
from danang.portal.workflow.rules import TransitionInputError
from plone.namedfile.file import NamedBlobFile

MAX_FILES = 10


def _rules(dossier):
    return upload_rules(getattr(dossier, "sector", None))


def rules_text(dossier):
    """The accepted types and size limit, for the upload form's help text."""
    kinds, max_size = _rules(dossier)
    return {"types": types_text(kinds), "size": size_text(max_size)}


def checked_supplements(dossier, uploads):
    """The uploads (dicts: filename, data) with safe names and real media types, or
    TransitionInputError naming the first file that fails."""
    if len(uploads) > MAX_FILES:
        raise TransitionInputError(
            _("error_supplement_too_many", default="Mỗi lần gửi tối đa ${count} tệp.",
              mapping={"count": MAX_FILES})
        )
    kinds, max_size = _rules(dossier)
    checked = []
    for upload in uploads:
        named = NamedBlobFile(data=upload["data"], filename=safe_filename(upload["filename"]))
        kind, error = inspect_upload(named, kinds, max_size)
        if error is not None:
            raise TransitionInputError(error)
        checked.append(
            dict(
                upload,
                filename=safe_filename(upload["filename"], kind),
                content_type=filetypes.media_type(kind),
            )
        )
    return checked
