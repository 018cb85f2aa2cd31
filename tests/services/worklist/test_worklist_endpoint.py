"""``GET <site>/@worklist``: the officials' worklist as JSON (same rules as the desk's page)."""

from danang.portal.dossier.status import STATUSES
from plone.app.testing import TEST_USER_NAME
from plone.app.testing import TEST_USER_PASSWORD
from tests.fixtures.desk_data import build_served_site
from tests.fixtures.desk_data import CITIZEN
from tests.fixtures.desk_data import UNITS

import pytest
import requests


@pytest.fixture
def site(functional):
    site = build_served_site(functional, count=24)
    site["url"] = f"{site['base']}/@@ban-lam-viec"
    return site


def rest(site, auth=None, **params):
    return requests.get(
        site["url"].replace("@@ban-lam-viec", "@worklist"),
        params=params, auth=auth, headers={"Accept": "application/json"}, allow_redirects=False, timeout=60,
    )


def test_rest_worklist(site):
    mine = {d.dossier_code: d for d in site["dossiers"] if d.receiving_unit == UNITS[0]}
    response = rest(site, auth=(TEST_USER_NAME, TEST_USER_PASSWORD), state="all", b_size=100)
    assert response.status_code == 200
    data = response.json()
    assert data["items_total"] == len(mine) == len(data["items"])
    assert {item["dossier_code"] for item in data["items"]} == set(mine)
    counts = dict(data["counts"])
    # The leader's step under its own name, beside the national codes (docs/api-worklist.md).
    awaiting = counts.pop("awaiting_approval")
    assert sum(counts.values()) == len(mine)
    step = rest(site, auth=(TEST_USER_NAME, TEST_USER_PASSWORD), state="awaiting_approval").json()
    assert step["items_total"] == awaiting
    assert all(item["status_code"] == 4 for item in step["items"])
    flags = [item["overdue"] for item in data["items"]]
    assert flags == sorted(flags, reverse=True) and data["overdue_total"] == sum(flags)
    assert rest(site).status_code == 401
    refused = rest(site, auth=("citizen", "citizen-secret-123"))
    assert refused.status_code == 403
    assert "chưa thuộc đơn vị nào" in refused.json()["error"]["message"]


def test_personal_answer_in_the_callers_language(site):
    response = rest(site, auth=(TEST_USER_NAME, TEST_USER_PASSWORD), state="all")
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "private, no-store, max-age=0"
    assert response.headers["Content-Language"] == "vi"
    # Status titles translated in the answer's language (the national titles, in Vietnamese).
    assert {item["status"] for item in response.json()["items"]} <= {status.title.default for status in STATUSES}
    english = rest(site, auth=CITIZEN, **{"set_language": "en"})
    assert english.status_code == 403
    assert english.headers["Content-Language"] == "en"
    error = english.json()["error"]
    assert (error["type"], error["errors"]) == ("Forbidden", [])
    assert "chưa thuộc đơn vị nào" not in error["message"]
