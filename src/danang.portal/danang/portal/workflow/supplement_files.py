"""Checks of the files attached to a dossier after submission: supplements and results.

The same rules as the e-form's uploads (uploads/checks.py), whoever uploads: the real type is read
from the content and the size limit is the service's sector's, for the applicant (dossier page,
look-up link) and for the officials (result files) alike.
"""

from danang.portal import _
from danang.portal.uploads.checks import checked_files
from danang.portal.uploads.checks import size_text
from danang.portal.uploads.checks import types_text
from danang.portal.uploads.checks import UploadError
from danang.portal.uploads.settings import upload_rules
from danang.portal.workflow.rules import TransitionInputError

MAX_FILES = 10


def _rules(dossier):
    return upload_rules(getattr(dossier, "sector", None))


def rules_text(dossier):
    """The accepted types and size limit, for the upload form's help text."""
    kinds, max_size = _rules(dossier)
    return {"types": types_text(kinds), "size": size_text(max_size)}


def checked_dossier_files(dossier, uploads):
    """The uploads (dicts: filename, data) with safe names and real media types, or
    TransitionInputError naming the first file that fails."""
    try:
        return checked_files(uploads, getattr(dossier, "sector", None))
    except UploadError as error:
        raise TransitionInputError(error.message)


def checked_supplements(dossier, uploads):
    """``checked_dossier_files``, at most MAX_FILES at a time."""
    if len(uploads) > MAX_FILES:
        raise TransitionInputError(
            _("error_supplement_too_many", default="Mỗi lần gửi tối đa ${count} tệp.",
              mapping={"count": MAX_FILES})
        )
    return checked_dossier_files(dossier, uploads)
