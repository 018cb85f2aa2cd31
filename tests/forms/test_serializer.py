"""REST GET of an e-form: a proper serialization for visitors too (forms/serializer.py)."""

from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from tests.fixtures import accounts as testing

import pytest
import requests
import transaction

JSON = {"Accept": "application/json"}
TIMEOUT = 30


@pytest.fixture
def urls(functional):
    service = testing.add_catalogue(functional["portal"])
    transaction.commit()
    site = testing.site_url(functional)
    return {"site": site, "form": service["nop-ho-so"].absolute_url().replace("http://nohost/plone", site)}


@pytest.mark.parametrize("auth", [None, (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)], ids=["visitor", "administrator"])
def test_an_e_form_serializes_for_visitors_and_administrators(urls, auth):
    form = requests.get(urls["form"], headers=JSON, auth=auth, timeout=TIMEOUT)
    assert form.status_code == 200, form.text[:300]
    assert form.json()["@type"] == "EasyForm" and form.json()["title"]
    found = requests.get(f"{urls['site']}/@search?portal_type=EasyForm&fullobjects=1", headers=JSON, auth=auth,
                         timeout=TIMEOUT)
    assert found.status_code == 200, found.text[:300]
    [item] = found.json()["items"]
    assert item["@id"] == urls["form"]
    # Saved submissions are for who may download them (collective.easyform's permission).
    assert ("savedDataStorage" in form.json()) is False or auth is not None
