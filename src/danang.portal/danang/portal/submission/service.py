"""``submit``: check, create, acknowledge a dossier; the only way a submission becomes one.

Input is plain data (``Submission``), so any intake can build it: the e-form action, ``POST
@dossiers``, the desk's paper intake, a partner platform. The service

1. knows who submits: the logged-in user for themselves, or an active agent (agents/) on the
   applicant's behalf, who must give the applicant's phone or ID number; a suspended agent
   submits nothing;
2. creates the dossier (dossier/create.py) inside a savepoint, so that a refused dossier leaves
   nothing behind: no code number taken, no half dossier;
3. acknowledges it: a paper dossier entered at the desk is accepted at once (the slip leaves with
   the acceptance, notifications/), any other gets its slip signed and mailed once the
   submission commits (acknowledgement/signed_slip.py).

Errors are ``SubmissionRefused`` with per-field ``FieldError``s (errors.py).
"""

from contextlib import nullcontext
from danang.portal.acknowledgement.signed_slip import send_receipt
from danang.portal.agents.submission import AgentSuspended
from danang.portal.agents.submission import contact_missing
from danang.portal.agents.submission import submitting_agent
from danang.portal.dossier import idempotency
from danang.portal.dossier import verified_identity
from danang.portal.dossier.create import create_dossier
from danang.portal.dossier.errors import DossierError
from danang.portal.dossier.errors import ReceivingUnitError
from danang.portal.dossier.storage import dossier_root
from danang.portal.publisher import write_turn
from danang.portal.submission.errors import FieldError
from danang.portal.submission.errors import FORBIDDEN
from danang.portal.submission.errors import SubmissionRefused
from danang.portal.workflow.actions import perform
from danang.portal.workflow.rules import TransitionInputError
from dataclasses import dataclass
from dataclasses import field
from plone import api
from plone.app.uuid.utils import uuidToObject

import logging
import transaction

logger = logging.getLogger(__name__)

# ``Submission.submitter`` when the service asks who the logged-in user submits for.
CURRENT_USER = "current user"


def who_submits():
    """The agent's user id when the logged-in user submits on an applicant's behalf, None when
    for themselves; SubmissionRefused (FORBIDDEN) when their agent is suspended."""
    try:
        return submitting_agent()
    except AgentSuspended as error:
        raise SubmissionRefused(error.message, [FieldError(None, error.message)], kind=FORBIDDEN)


@dataclass
class Submission:
    """What is submitted, as plain data.

    ``service``: the Service or its UID. ``applicant``: create_dossier's applicant dict.
    ``answers``: the form's other fields. ``files``: create_dossier's upload dicts (already
    checked by the intake's upload rules). ``channel``: "online", "in_person" or "post".
    ``unit``: the receiving unit asked (agency code or area code), or None. ``submitter``: the
    agent's user id, None for the applicant themselves, CURRENT_USER to ask agents/.
    ``accept``: a desk officer received it in person and accepts it at once, with ``comment``.
    ``idempotency_key``: the client's key for this submission (dossier/idempotency.py): a second
    submission with the same key by the same submitter answers the first one's dossier.
    ``desk``: the one-stop desk (agency code) that receives it for the competent unit ``unit``
    (receipt regardless of the administrative boundary, dossier/receiving.py); ``collect_at``:
    the desk where the applicant collects the result (default: ``desk``'s).
    """

    service: object
    applicant: dict
    answers: dict = field(default_factory=dict)
    files: list = field(default_factory=list)
    channel: str = "online"
    unit: object = None
    submitter: object = CURRENT_USER
    accept: bool = False
    comment: str = ""
    idempotency_key: str | None = None
    desk: str | None = None
    collect_at: str | None = None

    def agent(self):
        if self.submitter == CURRENT_USER:
            self.submitter = who_submits()
        return self.submitter


def validate(submission):
    """The FieldErrors of what the service checks before creating (empty when none)."""
    errors = []
    if submission.agent():
        # The applicant follows an agent's dossier with their own phone or ID number.
        message = contact_missing(submission.applicant)
        if message is not None:
            errors.append(FieldError("applicant.phone", message))
    elif submission.channel == "online" and not api.user.is_anonymous():
        # Submitting for oneself: what one's electronic identity proved is not to be changed
        # (dossier/verified_identity.py), whichever intake sent it.
        member = api.user.get_current()
        for key in verified_identity.changed_fields(submission.applicant, member):
            errors.append(FieldError(f"applicant.{key}", verified_identity.CHANGED))
    return errors


def _refused(errors):
    general = [error.message for error in errors if error.field is None]
    return SubmissionRefused(general[0] if general else errors[0].message, errors)


def _submitter_id(agent):
    """Whose idempotency keys these are: the agent, else the logged-in user, else anonymous."""
    if agent:
        return agent
    return "" if api.user.is_anonymous() else api.user.get_current().getId()


def already_submitted(submission):
    """The dossier an earlier try of this submission created (same key, same submitter), or None."""
    if not submission.idempotency_key:
        return None
    uid = idempotency.recall(dossier_root(), _submitter_id(submission.agent()), submission.idempotency_key)
    return uuidToObject(uid, unrestricted=True) if uid else None


def submit(submission):
    """The new dossier, created and acknowledged; SubmissionRefused when it cannot be.

    With an ``idempotency_key`` that this submitter used before, the dossier of that first try
    (already acknowledged): a client that resends after a timeout gets no second dossier."""
    # One submission at a time in this process (publisher/write_turn.py); the e-form and POST
    # @dossiers took it already, from a fresh start.
    write_turn.take(fresh=False)
    agent = submission.agent()
    earlier = already_submitted(submission)
    if earlier is not None:
        return earlier
    errors = validate(submission)
    if errors:
        raise _refused(errors)
    savepoint = transaction.savepoint()
    try:
        dossier = _create(submission, agent)
        if submission.accept:
            perform(dossier, "accept", comment=submission.comment or "")
    except ReceivingUnitError as error:
        savepoint.rollback()
        raise SubmissionRefused(error.message, [FieldError(error.field, error.message)])
    except (DossierError, TransitionInputError) as error:
        savepoint.rollback()
        logger.warning("Dossier not created for %s: %s", _service_name(submission.service), error)
        raise SubmissionRefused(error.message, [FieldError(None, error.message)])
    if submission.idempotency_key:
        idempotency.remember(dossier_root(), _submitter_id(agent), submission.idempotency_key, dossier.UID())
    if not submission.accept:
        # An accepted dossier got its slip with the acceptance (notifications/mail.py).
        send_receipt(dossier)
    return dossier


def _create(submission, agent):
    # A desk officer's right to receive for the unit was checked by the desk; the dossier is
    # added whatever they may do elsewhere, and they accept it as themselves afterwards.
    roles = api.env.adopt_roles(["Manager"]) if submission.accept else nullcontext()
    with roles:
        return create_dossier(
            submission.service,
            submission.applicant,
            submission.answers,
            submission.files,
            channel=submission.channel,
            unit=submission.unit or None,
            agent=agent,
            desk=submission.desk or None,
            collect_at=submission.collect_at or None,
        )


def _service_name(service):
    return service.absolute_url() if hasattr(service, "absolute_url") else service
