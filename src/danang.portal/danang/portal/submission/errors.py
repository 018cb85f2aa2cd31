"""Why a submission was refused, in domain terms the entry points translate.

Field names are the submission's own: ``applicant.<key>`` (keys of create_dossier's applicant),
``unit`` (the receiving unit asked), ``service``; ``None`` when the problem is not one field's.
"""

from dataclasses import dataclass

# What kind of refusal: the submitter may not submit at all, or the submission is not valid.
FORBIDDEN = "forbidden"
INVALID = "invalid"


@dataclass(frozen=True)
class FieldError:
    field: object  # str or None
    message: object  # an i18n Message (Vietnamese default)


class SubmissionRefused(Exception):
    """Nothing was kept: ``errors`` (FieldError) say why, ``message`` in one sentence."""

    def __init__(self, message, errors=(), kind=INVALID):
        super().__init__(message)
        self.message = message
        self.errors = list(errors)
        self.kind = kind

    def field_errors(self):
        """The errors tied to a field (the others are in ``message``)."""
        return [error for error in self.errors if error.field is not None]
