"""``GET`` and ``POST <dossier>/@payment`` against the real WSGI server (the sandbox gateway)."""

from danang.portal.payment.record import get_record
from tests.fixtures.payment_http import gateway_choice
from tests.fixtures.payment_http import new_dossier
from tests.fixtures.payment_http import refreshed
from tests.fixtures.payment_http import session
from tests.fixtures.payment_http import TIMEOUT
from tests.fixtures.workflow_people import PASSWORD

CITIZEN = ("citizen", PASSWORD)
JSON = {"Accept": "application/json"}


def test_others_cannot_read_it(live):
    dossier = new_dossier(live)
    other = session(("other-citizen", PASSWORD))
    rest = other.get(f"{dossier.absolute_url()}/@payment", headers={"Accept": "application/json"}, timeout=TIMEOUT)
    assert rest.status_code in (401, 403, 404) and "575000" not in rest.text


def test_the_applicant_reads_and_starts_the_payment(live):
    dossier = new_dossier(live)
    base = live["base"]
    # The applicant reads the payment state through REST.
    mine = session(CITIZEN).get(f"{dossier.absolute_url()}/@payment", headers={"Accept": "application/json"},
                                timeout=TIMEOUT)
    assert mine.status_code == 200
    data = mine.json()
    assert (data["state"], data["amount_due"], data["currency"], data["payable"]) == ("due", 575000, "VND", True)
    assert data["dossier"] == dossier.dossier_code and "log" not in data
    assert [line["amount"] for line in data["lines"]] == [75000, 500000]
    official = session(("sxd-desk", PASSWORD)).get(f"{dossier.absolute_url()}/@payment",
                                                     headers={"Accept": "application/json"}, timeout=TIMEOUT)
    assert official.status_code == 200 and official.json()["log"] == []
    # Only the applicant (or agent) starts a payment through REST, and gets the gateway address.
    json_headers = {"Accept": "application/json", "Content-Type": "application/json"}
    response = session(("sxd-desk", PASSWORD)).post(f"{dossier.absolute_url()}/@payment", json={},
                                                       headers=json_headers, timeout=TIMEOUT)
    assert response.status_code == 403 and "Chỉ người nộp hồ sơ" in response.json()["error"]["message"]
    response = session(CITIZEN).post(f"{dossier.absolute_url()}/@payment", json={}, headers=json_headers,
                                     timeout=TIMEOUT)
    assert response.status_code == 201
    started = response.json()
    assert started["amount"] == 575000 and started["txn_ref"] == f"{dossier.dossier_code}-01"
    assert started["payment_url"].startswith(f"{base}/@@cong-thanh-toan-thu-nghiem?")
    gateway_choice(started["payment_url"], "pay")
    assert get_record(refreshed(live, dossier)).state == "paid"
    response = session(CITIZEN).post(f"{dossier.absolute_url()}/@payment", json={}, headers=json_headers,
                                     timeout=TIMEOUT)
    assert response.status_code == 400
    assert response.json()["error"]["message"] == "Hồ sơ đã được thanh toán đầy đủ."


    # The refusal is the portal's one error body, and a personal answer.
    error = response.json()["error"]
    assert (error["type"], error["errors"]) == ("BadRequest", [])
    assert response.headers["Cache-Control"] == "private, no-store, max-age=0"
    assert response.headers["Content-Language"] == "vi"


def test_answers_are_personal_and_in_the_callers_language(live):
    dossier = new_dossier(live)
    url = f"{dossier.absolute_url()}/@payment"
    mine = session(CITIZEN).get(url, headers={**JSON, "Accept-Language": "en"}, timeout=TIMEOUT)
    assert mine.status_code == 200
    assert mine.headers["Cache-Control"] == "private, no-store, max-age=0"
    assert mine.headers["Content-Language"] == "en"
    refused = session(("sxd-desk", PASSWORD)).post(
        url, json={}, headers={**JSON, "Content-Type": "application/json", "Accept-Language": "en"}, timeout=TIMEOUT
    )
    assert refused.status_code == 403
    assert refused.json() == {
        "error": {
            "type": "Forbidden",
            "message": "Only the applicant or whoever submitted on their behalf may pay the dossier's fees and charges.",
            "errors": [],
        }
    }
    assert get_record(refreshed(live, dossier)).pending == {}
