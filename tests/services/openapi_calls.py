"""The calls of the OpenAPI drift test (test_openapi.py): every endpoint the package registers,
on a test site, with the answers a client meets (success and refusals)."""

from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from tests.fixtures import accounts as testing
from tests.fixtures import forms as form_testing

import base64
import requests
import transaction

TIMEOUT = 30
JSON = {"Accept": "application/json"}
OWNER = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)
CITIZEN = (testing.CITIZEN["username"], testing.CITIZEN["password"])
DOSSIER = "/ho-so/{year}/{month}/{code}"


def submission():
    return {
        "service": "1.009130",
        "applicant": dict(testing.APPLICANT),
        "answers": {"result_delivery": "in_person", "commitment": True},
        "files": [
            {"field": "file_1", "filename": "don.pdf", "data": base64.b64encode(form_testing.PDF).decode()},
            {"field": "file_2", "filename": "ban-ve.pdf", "data": base64.b64encode(form_testing.PDF).decode()},
        ],
    }


def exchanges(site):
    """(method, path template, response) of every call, in order."""
    url = site["url"]
    dossier = testing.submit_as(site["service"], testing.CITIZEN)
    transaction.commit()
    dossier_url = site["absolute"](dossier)
    phone = testing.CITIZEN["properties"]["phone"]

    def call(method, template, path=None, auth=None, **kwargs):
        target = (dossier_url + path) if template.startswith(DOSSIER) else url + (path or template)
        response = requests.request(method, target, headers={**JSON, **kwargs.pop("headers", {})}, auth=auth,
                                    timeout=TIMEOUT, allow_redirects=False, **kwargs)
        return method, template, response

    yield call("GET", "/@openapi")
    yield call("GET", "/@services", "/@services?q=xay+dung&level=district")
    yield call("GET", "/@services", "/@services?b_size=0")
    yield call("GET", "/@statistics")
    yield call("GET", "/@statistics", "/@statistics?year=abc")
    yield call("POST", "/@dossiers", auth=CITIZEN, json=submission())
    yield call("POST", "/@dossiers", auth=CITIZEN, json={"service": "1.009130", "applicant": {}})
    yield call("POST", "/@dossiers", json=submission())
    yield call("GET", "/@dossier-status")
    yield call("POST", "/@dossier-status", json={"code": dossier.dossier_code, "phone": phone})
    yield call("POST", "/@dossier-status", json={"code": "khong-co"})
    yield call("GET", "/@agent-dossiers")
    yield call("GET", "/@worklist", "/@worklist?state=all", auth=OWNER)
    yield call("GET", "/@worklist")
    yield call("GET", "/@signature-verification", "/@signature-verification?code=ABCD-EFGH")
    yield call("GET", "/@signature-verification")
    yield call("POST", "/@signature-verification", json={"file": base64.b64encode(form_testing.PDF).decode()})
    yield call("POST", "/@signature-verification", json={})
    yield call("POST", "/@login", json={"login": testing.CITIZEN["username"], "password": testing.CITIZEN["password"]})
    yield call("POST", "/@login", json={"login": 1})
    yield call("POST", "/@users", json={"username": "x", "email": "x@example.com", "password": "mat-khau-dai-2025"})
    yield call("GET", "/@health")
    yield call("GET", "/@national-sync", auth=OWNER)
    yield call("GET", "/@national-sync")
    # Unsigned: refused before anything is read (tests/national/test_inbound.py signs them).
    yield call("POST", "/@national-dossiers", json={"MaHoSoQG": "G22.99-251204-000001"})
    yield call("GET", DOSSIER + "/@payment", "/@payment", auth=CITIZEN)
    yield call("GET", DOSSIER + "/@payment", "/@payment")
    yield call("POST", DOSSIER + "/@payment", "/@payment", auth=CITIZEN, json={})
    yield call("GET", DOSSIER + "/@receipts", "/@receipts", auth=CITIZEN)
    yield call("GET", DOSSIER + "/@rating", "/@rating", auth=CITIZEN)
    yield call("POST", DOSSIER + "/@rating", "/@rating", auth=CITIZEN, json={"rating": 5})
