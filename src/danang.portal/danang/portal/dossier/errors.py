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

    # The submission's field the message belongs beside (submission/service.py).
    field = "unit"


class DeskError(ReceivingUnitError):
    """The one-stop desk chosen cannot receive the dossier (unknown, dissolved, or before the
    receipt regardless of boundary: dossier/receiving.py)."""

    field = "desk"


class CollectionPlaceError(ReceivingUnitError):
    """The desk chosen to collect the result at cannot hand it over."""

    field = "collect_at"


class ApplicantError(DossierError):
    """The applicant's details are unusable (no name, unknown keys)."""
