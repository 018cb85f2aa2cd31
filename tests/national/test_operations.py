"""The administrators' page of the exchange (@@dong-bo-dvc-quoc-gia) and its JSON (@national-sync):
outbox length, oldest pending event, failures with their last error, retry and dead-letter actions."""

from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from tests.fixtures.national import outbox_state
from tests.fixtures.national import run_worker
from tests.fixtures.payment_http import form_of

import requests

ADMIN = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)


def test_failures_show_on_the_page_and_in_json_and_are_retried_or_dead_lettered(live, simulator, live_dossier):
    portal, site = live["portal"], live["base"]
    dossier = live_dossier()
    simulator.down = True
    assert run_worker(portal)

    answer = requests.get(f"{site}/@national-sync", auth=ADMIN, headers={"Accept": "application/json"}, timeout=60)
    assert answer.status_code == 200, answer.text
    data = answer.json()
    assert (data["pending"], data["failing_count"], data["dead_count"]) == (1, 1, 0)
    assert data["oldest_pending"]["dossier"] == dossier.dossier_code
    assert data["failing"][0]["last_error"].startswith("HTTP 503")
    assert requests.get(f"{site}/@national-sync", headers={"Accept": "application/json"}, timeout=60).status_code == 401

    admin = requests.Session()
    admin.auth = ADMIN
    page = admin.get(f"{site}/@@dong-bo-dvc-quoc-gia", timeout=60)
    assert page.status_code == 200
    assert dossier.dossier_code in page.text and "HTTP 503" in page.text
    action, fields = form_of(page.text, "@@dong-bo-dvc-quoc-gia")
    moved = admin.post(action, data={**fields, "action": "dead_letter"}, timeout=60)
    assert moved.status_code == 200 and "hàng lỗi" in moved.text
    assert [state for *_, state in outbox_state(portal)] == ["dead"]

    simulator.down = False
    action, fields = form_of(moved.text, "@@dong-bo-dvc-quoc-gia")
    admin.post(action, data={**fields, "action": "retry"}, timeout=60)
    assert [state for *_, state in outbox_state(portal)] == ["pending"]
    assert run_worker(portal)
    assert [state for *_, state in outbox_state(portal)] == ["delivered"]
    # The statistics count the dossier as synchronised on time (after the retry).
    stats = requests.get(f"{site}/@statistics", headers={"Accept": "application/json"}, timeout=60).json()
    assert stats["national_sync"]["total"]["dossiers"] == 1
    assert stats["national_sync"]["units"][0]["on_time"] == 1
    assert stats["national_sync"]["total"]["synchronised_percent"] == 100.0
    page = admin.get(f"{site}/@@thong-ke", timeout=60)
    assert "Đồng bộ hồ sơ với Cổng DVC quốc gia" in page.text
    # Without the form's token nothing happens.
    refused = admin.post(action, data={"key": fields["key"], "action": "dead_letter"}, timeout=60)
    assert refused.status_code == 403
