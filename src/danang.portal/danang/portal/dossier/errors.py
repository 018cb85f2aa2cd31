"""Errors of dossier creation, each carrying a Vietnamese message for the applicant or official.

Callers (the e-form action, the REST submission, the desk form) show ``error.message``
(an i18n Message) next to the form instead of a traceback.
"""


class DossierError(ValueError):
    """A dossier cannot be created as asked."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


class DossierCodeError(DossierError):
    """No code can be given: unknown agency, agency without unit code, or the day's sequence is full."""


class ReceivingUnitError(DossierError):
    """No agency of the service receives dossiers for the unit asked or implied by the address."""


class ApplicantError(DossierError):
    """The applicant's details are unusable (no name, unknown keys)."""
