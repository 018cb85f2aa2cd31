"""The worklist page: only my unit's dossiers, filters in the form, counts, access refused to
anonymous visitors and citizens (``@worklist``: tests/services/worklist)."""

from danang.portal.desk.membership import official_units
from danang.portal.desk.membership import unit_of_group
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from plone.app.testing import TEST_USER_NAME
from plone.app.testing import TEST_USER_PASSWORD
from tests.fixtures.desk_data import build_served_site
from tests.fixtures.desk_data import UNITS

import pytest
import re
import requests


def test_unit_of_group():
    assert unit_of_group("SXD-desk") == "SXD"
    assert unit_of_group("UBND-492-specialist") == "UBND-492"
    assert unit_of_group("T-DESK-A-leader") == "T-DESK-A"
    assert unit_of_group("Site Administrators") is None
    assert unit_of_group("-desk") is None


@pytest.fixture
def site(functional):
    site = build_served_site(functional, count=24)
    site["url"] = f"{site['base']}/@@ban-lam-viec"
    return site


def get(site, auth=None, **params):
    return requests.get(site["url"], params=params, auth=auth, allow_redirects=False, timeout=60)


def _codes(html):
    return set(re.findall(r"T-DESK-[AB]-\d{6}-\d{4}", html))


def test_official_sees_only_own_unit(site):
    assert official_units(api.user.get(username=TEST_USER_NAME)) == [UNITS[0]]
    response = get(site, auth=(TEST_USER_NAME, TEST_USER_PASSWORD), state="all")
    assert response.status_code == 200
    codes = _codes(response.text)
    mine = {d.dossier_code for d in site["dossiers"] if d.receiving_unit == UNITS[0]}
    assert codes and codes <= mine
    # Not even by asking for the other unit.
    response = get(site, auth=(TEST_USER_NAME, TEST_USER_PASSWORD), state="all", unit=UNITS[1])
    assert _codes(response.text) <= mine
    # Accessible table: caption, column headers, labelled filters, no script needed.
    html = response.text
    assert "<caption>" in html and 'scope="col"' in html
    for field in ("dn-sector", "dn-service", "dn-channel", "dn-received-from", "dn-received-to", "dn-id-number"):
        assert f'for="{field}"' in html and f'id="{field}"' in html
    # Applicant names are shown to the official.
    assert "Người nộp thử" in html


def test_state_counts_and_filter_in_page(site):
    auth = (TEST_USER_NAME, TEST_USER_PASSWORD)
    mine = [d for d in site["dossiers"] if d.receiving_unit == UNITS[0]]
    processing = [d for d in mine if api.content.get_state(d) == "processing"]
    response = get(site, auth=auth, state="processing")
    assert response.status_code == 200
    assert _codes(response.text) == {d.dossier_code for d in processing}
    # The tab of the state shows its count.
    tab = re.search(r"Đang xử lý\s*<span[^>]*>(\d+)</span>", response.text)
    assert tab and int(tab.group(1)) == len(processing)
    # A bad date is reported in Vietnamese, not a traceback.
    response = get(site, auth=auth, received_from="14/03/2025")
    assert response.status_code == 200
    assert "Ngày không hợp lệ" in response.text


def test_anonymous_is_sent_to_login(site):
    response = get(site)
    assert response.status_code in (302, 401, 403)
    assert not _codes(response.text)
    assert "Người nộp thử" not in response.text


def test_citizen_is_refused(site):
    response = get(site, auth=("citizen", "citizen-secret-123"), state="all")
    assert response.status_code == 403
    assert not _codes(response.text)
    assert "chưa thuộc đơn vị nào" in response.text


def test_manager_sees_every_unit(site):
    response = get(site, auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD), state="all")
    assert response.status_code == 200
    assert {code[:8] for code in _codes(response.text)} == {"T-DESK-A", "T-DESK-B"}
    # And may choose one unit.
    response = get(site, auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD), state="all", unit=UNITS[1])
    assert {code[:8] for code in _codes(response.text)} == {"T-DESK-B"}
