"""Dossiers submitted on the national portal (POST @national-dossiers): signed, replay-protected,
in the national format, through the same submission as the portal's own forms; then processed to
"returned" with every status reaching the national portal (its simulator)."""

from danang.portal.national import signatures
from plone import api
from tests.fixtures.driving import drive
from tests.fixtures.national import national_dossier
from tests.fixtures.national import run_worker

import json
import requests
import time
import transaction


def dossiers():
    transaction.begin()
    catalog = api.portal.get_tool("portal_catalog")
    return [brain._unrestrictedGetObject() for brain in catalog.unrestrictedSearchResults(portal_type="Dossier")]


def error_of(response, status):
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["message"]
    return error


def test_a_national_dossier_is_received_processed_and_every_status_synchronised(national_site, simulator):
    portal = national_site["portal"]
    response = simulator.submit(national_site["base"], national_dossier())
    assert response.status_code == 201, response.text
    answer = response.json()
    assert answer["national_code"] == "G22.99-251204-000123"
    assert answer["code"].startswith("T-SXD-")
    assert answer["status"]["code"] == 1
    [dossier] = dossiers()
    assert (dossier.dossier_code, dossier.national_code) == (answer["code"], "G22.99-251204-000123")
    catalog = api.portal.get_tool("portal_catalog")
    assert [b.getPath() for b in catalog.unrestrictedSearchResults(national_code="G22.99-251204-000123")] == [
        "/".join(dossier.getPhysicalPath())
    ]
    # The receipt went to the applicant, as for the portal's own forms.
    assert national_site["smtp"].wait()
    assert [message["to"] for message in national_site["smtp"].messages] == [["thu@example.org"]]

    # Sent again (a retry of the national portal): the same dossier, not a second one.
    again = simulator.submit(national_site["base"], national_dossier())
    assert again.status_code == 200, again.text
    assert again.json()["code"] == answer["code"]
    assert len(dossiers()) == 1

    drive(portal, dossier, "returned")
    transaction.commit()
    assert run_worker(portal)
    record = simulator.dossiers[answer["code"]]["record"]
    assert record["MaHoSoQG"] == "G22.99-251204-000123"
    assert record["TrangThaiHoSo"] == "10"
    assert record["NgayTra"] and record["NgayKetThucXuLy"]
    assert simulator.statuses(answer["code"]) == [2, 4, 9, 10]


def test_unsigned_forged_stale_and_replayed_requests_are_refused(national_site, simulator):
    base = national_site["base"]
    url = f"{base}/@national-dossiers"
    body = json.dumps(national_dossier()).encode()
    unsigned = requests.post(url, data=body, headers={"Accept": "application/json"}, timeout=60)
    assert "X-DVCQG-Signature" in error_of(unsigned, 401)["message"]
    forged = simulator.submit(base, national_dossier(), secret="not the secret")
    assert error_of(forged, 401)["message"] == "Yêu cầu bị từ chối: chữ ký không đúng."
    stale = simulator.submit(base, national_dossier(), now=time.time() - 3600)
    assert "dấu thời gian" in error_of(stale, 401)["message"]
    assert dossiers() == []

    # A captured request sent again, byte for byte, headers and all.
    path = "/plone/@national-dossiers"
    headers = signatures.signed_headers(simulator.send_secret, "POST", path, body, time.time())
    headers.update({"Content-Type": "application/json", "Accept": "application/json"})
    first = requests.post(url, data=body, headers=headers, timeout=60)
    assert first.status_code == 201, first.text
    replayed = requests.post(url, data=body, headers=headers, timeout=60)
    assert "X-DVCQG-Nonce" in error_of(replayed, 401)["message"]
    assert len(dossiers()) == 1


def test_bad_payloads_get_a_clear_400_and_create_nothing(national_site, simulator):
    base = national_site["base"]
    missing = national_dossier()
    del missing["MaHoSoQG"]
    error = error_of(simulator.submit(base, missing), 400)
    assert [item["field"] for item in error["errors"]] == ["MaHoSoQG"]
    unknown = error_of(simulator.submit(base, national_dossier(MaTTHC="9.999999")), 400)
    assert [item["field"] for item in unknown["errors"]] == ["service"]
    not_pdf = national_dossier()
    not_pdf["TaiLieuNop"][0]["NoiDung"] = "bm90IGEgcGRm"  # "not a pdf"
    assert error_of(simulator.submit(base, not_pdf), 400)["errors"]
    not_json = requests.post(
        f"{base}/@national-dossiers",
        data=b"{not json",
        headers={"Accept": "application/json", **signatures.signed_headers(simulator.send_secret, "POST", "/plone/@national-dossiers", b"{not json", time.time())},
        timeout=60,
    )
    assert "JSON" in error_of(not_json, 400)["message"]
    assert dossiers() == []
