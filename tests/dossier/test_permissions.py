"""Dossiers are never public: not by URL, not by download, not by catalog search or REST."""

from danang.portal.dossier.create import create_dossier
from plone import api
from plone.app.testing import login
from plone.app.testing import logout
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from plone.app.testing import TEST_USER_ID
from plone.app.testing import TEST_USER_NAME
from plone.app.testing import TEST_USER_PASSWORD
from tests.fixtures.dossier_data import APPLICANT
from tests.fixtures.dossier_data import build_catalogue
from tests.fixtures.dossier_data import PDF
from tests.fixtures.dossier_data import pdf_upload

import pytest
import requests
import transaction

OTHER = ("other-citizen", "other-secret-123")
DENIED = (302, 401, 403, 404)


@pytest.fixture
def site(functional):
    """The functional site with the catalogue, a dossier of the test user, and another citizen."""
    portal = functional["portal"]
    services = build_catalogue(portal)
    with api.env.adopt_roles(["Manager"]):
        api.user.create(email="other@example.org", username=OTHER[0], password=OTHER[1])
    login(portal, TEST_USER_NAME)
    dossier = create_dossier(services["city"], APPLICANT, {}, [pdf_upload()])
    logout()
    transaction.commit()
    return {
        "portal": portal,
        "dossier": dossier,
        "url": f"http://{functional['host']}:{functional['port']}/plone",
        "path": "/".join(dossier.getPhysicalPath()[2:]),
    }


def get(site, path, auth=None, **kwargs):
    return requests.get(
        f"{site['url']}/{path}", auth=auth, allow_redirects=False, timeout=30, **kwargs
    )


def test_anonymous_cannot_open_a_dossier(site):
    for path in (site["path"], f"{site['path']}/view", f"{site['path']}/file-1/@@download/file", f"{site['path']}/file-1"):
        response = get(site, path)
        assert response.status_code in DENIED, path
        assert APPLICANT["name"] not in response.text
        assert PDF not in response.content
    # Nor through the REST API.
    response = get(site, site["path"], headers={"Accept": "application/json"})
    assert response.status_code in DENIED
    assert APPLICANT["name"] not in response.text


def test_anonymous_cannot_find_a_dossier(site):
    code = site["dossier"].dossier_code
    logout()
    assert not api.content.find(portal_type="Dossier")
    assert not api.content.find(dossier_code=code)
    response = get(site, f"@search?portal_type=Dossier&dossier_code={code}", headers={"Accept": "application/json"})
    assert response.json().get("items_total", 0) == 0
    response = get(site, f"@search?SearchableText={code}", headers={"Accept": "application/json"})
    assert response.json().get("items_total", 0) == 0
    # The containers are closed too.
    for path in ("ho-so", "ho-so/folder_contents"):
        assert get(site, path).status_code in DENIED


def test_the_applicant_sees_the_dossier_and_its_files(site):
    auth = (TEST_USER_NAME, TEST_USER_PASSWORD)
    response = get(site, site["path"], auth=auth)
    assert response.status_code == 200
    assert APPLICANT["name"] in response.text
    assert site["dossier"].dossier_code in response.text
    download = get(site, f"{site['path']}/file-1/@@download/file", auth=auth)
    assert download.status_code == 200
    assert download.content == PDF
    # Viewing only: no editing, deleting, copying or sharing it with others.
    for permission in (
        "Modify portal content",
        "Delete objects",
        "Copy or Move",
        "Sharing page: Delegate roles",
        "danang.portal: Add Dossier File",
    ):
        assert not api.user.has_permission(permission, username=TEST_USER_NAME, obj=site["dossier"])
    # Their own dossiers by catalog, as "Hồ sơ của tôi" will list them.
    login(site["portal"], TEST_USER_NAME)
    assert [b.dossier_code for b in api.content.find(portal_type="Dossier", Creator=TEST_USER_ID)] == [
        site["dossier"].dossier_code
    ]


def test_another_citizen_cannot_see_it(site):
    response = get(site, site["path"], auth=OTHER)
    assert response.status_code in DENIED
    assert APPLICANT["name"] not in response.text
    assert get(site, f"{site['path']}/file-1/@@download/file", auth=OTHER).status_code in DENIED
    login(site["portal"], OTHER[0])
    assert not api.content.find(portal_type="Dossier")


def test_site_wide_roles_do_not_reach_dossiers(site):
    # An editor of the catalogue (a role granted on the site root) sees no dossier.
    portal = site["portal"]
    portal.manage_setLocalRoles(OTHER[0], ["Editor", "Reader", "Contributor"])
    portal.reindexObjectSecurity()
    transaction.commit()
    assert get(site, site["path"], auth=OTHER).status_code in DENIED
    login(portal, OTHER[0])
    assert not api.content.find(portal_type="Dossier")


def test_officials_with_a_role_on_the_dossier_see_it(site):
    # The workflow grants these roles per unit (workflow/groups.py); here one official gets DeskOfficer on this dossier.
    dossier = site["dossier"]
    dossier.manage_setLocalRoles(OTHER[0], ["DeskOfficer"])
    dossier.reindexObjectSecurity()
    transaction.commit()
    assert get(site, site["path"], auth=OTHER).status_code == 200
    assert get(site, site["path"], auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD)).status_code == 200


def test_catalog_security_entries(site):
    catalog = api.portal.get_tool("portal_catalog")
    brain = catalog.unrestrictedSearchResults(dossier_code=site["dossier"].dossier_code)[0]
    allowed = catalog.getIndexDataForRID(brain.getRID())["allowedRolesAndUsers"]
    assert f"user:{TEST_USER_ID}" in allowed
    for role in ("Anonymous", "Authenticated", "Member", "Reader", "Editor"):
        assert role not in allowed
    assert {"DeskOfficer", "Specialist", "Leader", "DossierAgent"} <= set(api.portal.get().validRoles())
