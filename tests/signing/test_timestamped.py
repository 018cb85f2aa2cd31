"""With a time-stamp authority configured the result is signed PAdES B-T; a TSA that is down
refuses the approval, nothing changed (docs/signing.md, "The signature")."""

from danang.portal import clock
from danang.portal import settings
from danang.portal.signing import vault
from danang.portal.signing.settings import ISigningSettings
from danang.portal.signing.settings import PREFIX
from datetime import datetime
from datetime import timedelta
from datetime import UTC
from plone import api
from tests.fixtures.driving import drive
from tests.fixtures.driving import RESULT
from tests.fixtures.driving import step
from tests.fixtures.tsa import closed_port_url
from tests.fixtures.workflow_people import PASSWORD
from tests.signing.test_signing_at_approval import refusal
from tests.signing.test_signing_at_approval import validate
from tests.signing.test_verification import upload

import base64
import pytest
import requests
import transaction

TSA_DOWN = "máy chủ cấp dấu thời gian (TSA) không phản hồi"


@pytest.fixture
def portal(functional):
    return functional["portal"]


def base_url(functional):
    return f"http://{functional['host']}:{functional['port']}/{functional['portal'].getId()}"


def use_tsa(url):
    settings.write(ISigningSettings, PREFIX, "tsa_url", url)
    transaction.commit()


def awaiting_approval(portal, make_dossier):
    """A dossier with its result attached, committed."""
    dossier = drive(portal, make_dossier(), "processing")
    step(portal, dossier, "upload_result")
    transaction.commit()
    return dossier


def test_a_result_approved_with_a_tsa_is_timestamped(portal, make_dossier, tsa, functional, browser):
    tsa.issue_from(*vault.test_ca())
    # The TSA's clock, 90 s ahead of the portal's: the time shown must be the TSA's.
    tsa_time = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=90)
    tsa.now = lambda: tsa_time
    dossier = awaiting_approval(portal, make_dossier)
    use_tsa(tsa.url)
    step(portal, dossier, "finish")
    transaction.commit()

    [request] = tsa.received
    assert request["message_imprint"]["hash_algorithm"]["algorithm"].native == "sha256"
    signed = dossier.files("result")[0].file.data
    status = validate(signed)
    stamp = status.timestamp_validity
    assert stamp is not None and stamp.intact and stamp.valid and stamp.trusted
    assert stamp.timestamp == tsa_time and status.bottom_line

    page = upload(browser, portal, signed)
    shown = clock.local(tsa_time).strftime("%H:%M:%S %d/%m/%Y")
    assert 'data-verdict="genuine"' in page and "dn-signature-timestamped" in page and shown in page

    answer = requests.post(f"{base_url(functional)}/@signature-verification", timeout=30,
                           headers={"Accept": "application/json"},
                           json={"file": base64.b64encode(signed).decode("ascii")})
    signature = answer.json()["signature"]
    assert signature["timestamped"] is True and signature["signed_at_text"] == shown
    assert datetime.fromisoformat(signature["signed_at"]) == tsa_time


def test_a_tsa_that_is_down_refuses_the_approval(portal, make_dossier, functional):
    use_tsa(closed_port_url())
    dossier = awaiting_approval(portal, make_dossier)
    # The slip signed at acceptance could not be: issued unsigned (never B-B), as for a unit
    # without a certificate.
    assert not getattr(dossier, "signatures", None)

    # As an app calls it: plone.restapi's @workflow answers 400 and commits nothing.
    path = "/".join(dossier.getPhysicalPath()[2:])
    answer = requests.post(f"{base_url(functional)}/{path}/@workflow/finish", auth=("sxd-leader", PASSWORD),
                           headers={"Accept": "application/json"}, json={}, timeout=30)
    assert answer.status_code == 400 and TSA_DOWN in answer.json()["error"]["message"]
    transaction.begin()
    assert api.content.get_state(dossier) == "processing"
    assert dossier.files("result")[0].file.data == RESULT["data"]
    assert not getattr(dossier, "signatures", None)

    # Through the desk's code path the same message, and the transaction cannot be committed.
    assert TSA_DOWN in refusal(portal, dossier)
    assert transaction.get().isDoomed()
    transaction.abort()
