"""``submit``: one path for every intake; a refusal says which field and leaves nothing behind."""

from danang.portal.acknowledgement import signed_slip
from danang.portal.dossier.verified_identity import store_verified
from danang.portal.submission.errors import FieldError
from danang.portal.submission.errors import INVALID
from danang.portal.submission.errors import SubmissionRefused
from danang.portal.submission.service import Submission
from danang.portal.submission.service import submit
from danang.portal.submission.service import validate
from danang.portal.submission.service import who_submits
from datetime import date
from functools import partial
from plone import api
from plone.app.testing import logout
from tests.fixtures.dossier_data import APPLICANT
from tests.fixtures.dossier_data import pdf_upload
from tests.fixtures.workflow_people import as_user

import pytest
import transaction


@pytest.fixture
def sender(portal):
    api.portal.set_registry_record("plone.email_from_address", "motcua@danang.gov.vn")


def queued_slips():
    """Codes of the slips queued to be signed and mailed once the transaction commits (the
    outbox's after-commit hooks, acknowledgement/signed_slip.py)."""
    codes = []
    for _hook, args, _kwargs in transaction.get().getAfterCommitHooks():
        job = args[0] if args else None
        work = job.args[3] if isinstance(job, partial) and len(job.args) > 3 else None
        if isinstance(work, partial) and work.func is signed_slip._sign:
            codes.append(api.portal.get().unrestrictedTraverse("/".join(work.keywords["path"])).dossier_code)
    return codes


def dossiers():
    return [brain.getObject() for brain in api.content.find(portal_type="Dossier")]


def test_online_submission_is_created_and_acknowledged(portal, services, people, sender):
    as_user(portal, "citizen")
    dossier = submit(Submission(services["city"], dict(APPLICANT), {"note": {"value": "x"}}, [pdf_upload()]))
    logout()
    assert api.content.get_state(dossier) == "new"
    assert dossier.applicant_user == "citizen" and dossier.agent is None
    assert dossier.channel == "online" and dossier.answers == {"note": {"value": "x"}}
    assert [item.kind for item in dossier.files("submission")] == ["submission"]
    assert queued_slips() == [dossier.dossier_code]


def test_an_agent_records_itself_and_needs_the_applicants_contact(portal, services, people, sender):
    without_contact = {key: value for key, value in APPLICANT.items() if key not in ("phone", "id_number")}
    submission = Submission(services["city"], without_contact, submitter="buudien-hc")
    errors = validate(submission)
    assert [error.field for error in errors] == ["applicant.phone"]
    with pytest.raises(SubmissionRefused) as refused:
        submit(submission)
    assert refused.value.kind == INVALID
    assert refused.value.field_errors() == errors
    assert dossiers() == [] and queued_slips() == []

    dossier = submit(Submission(services["city"], dict(APPLICANT), submitter="buudien-hc"))
    assert dossier.agent == "buudien-hc" and dossier.applicant_user is None


def test_a_refused_unit_is_the_units_error_and_takes_no_code(portal, services, people, sender):
    with pytest.raises(SubmissionRefused) as refused:
        submit(Submission(services["city"], dict(APPLICANT), unit="UBND-492", submitter=None))
    [error] = refused.value.errors
    assert error.field == "unit" and error.message.default
    assert refused.value.message == error.message
    assert dossiers() == [] and queued_slips() == []
    dossier = submit(Submission(services["city"], dict(APPLICANT), submitter=None))
    assert dossier.dossier_code.endswith("-0001")


def test_the_desk_accepts_at_once_and_the_acceptance_sends_the_slip(portal, services, people, sender):
    as_user(portal, "sxd-desk")
    dossier = submit(
        Submission(services["city"].UID(), dict(APPLICANT), files=[pdf_upload()], channel="in_person",
                   unit="SXD", submitter=None, accept=True, comment="Nhận tại quầy")
    )
    logout()
    assert api.content.get_state(dossier) == "received"
    assert dossier.channel == "in_person" and dossier.applicant_user is None
    assert [(entry["state"], entry["actor"]) for entry in dossier.status_history] == [
        ("new", "sxd-desk"), ("received", "sxd-desk"),
    ]
    assert dossier.status_history[-1]["comment"] == "Nhận tại quầy"
    assert queued_slips() == [dossier.dossier_code]  # once: with the acceptance


def test_an_acceptance_refused_after_the_code_was_taken_leaves_nothing(portal, services, people, sender):
    as_user(portal, "citizen")  # not a desk officer: may not accept
    with pytest.raises(SubmissionRefused) as refused:
        submit(Submission(services["city"], dict(APPLICANT), channel="in_person", unit="SXD",
                          submitter=None, accept=True))
    logout()
    assert refused.value.errors == [FieldError(None, refused.value.message)]
    assert dossiers() == [] and queued_slips() == []
    dossier = submit(Submission(services["city"], dict(APPLICANT), submitter=None))
    assert dossier.dossier_code.endswith("-0001")


def test_who_submits(portal, services, people):
    """Anonymous and citizens submit for themselves; members of the agent groups (partners' apps,
    agents/settings.py) on others' behalf. A suspended agent (tests/agents) gets FORBIDDEN."""
    logout()
    assert who_submits() is None
    as_user(portal, "citizen")
    assert who_submits() is None
    logout()
    with api.env.adopt_roles(["Manager"]):
        api.group.create(groupname="dossier-agents")
        api.group.add_user(groupname="dossier-agents", username="other-citizen")
    as_user(portal, "other-citizen")
    assert who_submits() == "other-citizen"
    dossier = submit(Submission(services["city"], dict(APPLICANT)))
    logout()
    assert dossier.agent == "other-citizen" and dossier.applicant_user is None


def test_the_same_idempotency_key_answers_the_first_dossier(portal, services, people, sender):
    as_user(portal, "citizen")
    key = "form-token-0001"
    first = submit(Submission(services["city"], dict(APPLICANT), idempotency_key=key))
    again = submit(Submission(services["city"], dict(APPLICANT), idempotency_key=key))
    assert again == first
    assert dossiers() == [first] and queued_slips() == [first.dossier_code]  # one slip
    logout()
    # Keys are each submitter's own: another citizen's same key is a new dossier.
    as_user(portal, "other-citizen")
    theirs = submit(Submission(services["city"], dict(APPLICANT), idempotency_key=key))
    logout()
    assert theirs.dossier_code != first.dossier_code


def test_what_the_electronic_identity_proved_is_not_changed_by_any_intake(portal, services, people, sender):
    store_verified(api.user.get(userid="citizen"), {
        "fullname": APPLICANT["name"], "id_number": "048095009999", "birth_date": date(1990, 5, 17),
    })
    as_user(portal, "citizen")
    changed = dict(APPLICANT, name="Người Khác", id_number="048 095 009 999", birth_date=date(1990, 5, 17))
    errors = validate(Submission(services["city"], changed))
    # The ID number written with spaces is the same number; only the name changed.
    assert [error.field for error in errors] == ["applicant.name"]
    assert "đã được xác thực qua VNeID" in errors[0].message.default
    with pytest.raises(SubmissionRefused):
        submit(Submission(services["city"], changed, [], [pdf_upload()]))
    assert dossiers() == []
    # At the desk (in person) and as an agent, the details are someone else's: no such check.
    assert validate(Submission(services["city"], changed, channel="in_person")) == []
    logout()
    assert validate(Submission(services["city"], changed, submitter="buudien-hc")) == []
