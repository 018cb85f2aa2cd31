"""Site Setup > "Biên lai điện tử": a manager sets an agency's series; bad series are refused."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from plone.testing.zope import Browser

import pytest
import transaction


@pytest.fixture
def portal(functional):
    return functional["portal"]


@pytest.fixture
def manager(functional):
    browser = Browser(functional["app"])
    browser.handleErrors = False
    browser.addHeader("Authorization", f"Basic {SITE_OWNER_NAME}:{SITE_OWNER_PASSWORD}")
    return browser


def open_panel(portal, manager):
    manager.open(f"{portal.absolute_url()}/@@danang-ereceipt-controlpanel")
    assert "Biên lai điện tử" in manager.contents


def add_series(manager, agency, series):
    manager.getControl(name="form.widgets.series.buttons.add").click()
    manager.getControl(name="form.widgets.series.key.0").value = agency
    manager.getControl(name="form.widgets.series.0").value = series
    manager.getControl(name="form.buttons.save").click()


def series():
    transaction.begin()
    return api.portal.get_registry_record("danang.portal.ereceipt.series")


def test_the_configlet_is_listed(portal, manager):
    manager.open(f"{portal.absolute_url()}/@@overview-controlpanel")
    assert "@@danang-ereceipt-controlpanel" in manager.contents


def test_a_manager_sets_an_agency_s_series_and_the_form_code(portal, manager):
    open_panel(portal, manager)
    manager.getControl(name="form.widgets.form_code").value = "01BLP0-001"
    add_series(manager, "SXD", "XD")
    assert series() == {"SXD": "XD"}
    assert api.portal.get_registry_record("danang.portal.ereceipt.form_code") == "01BLP0-001"


def test_a_bad_series_is_refused_with_a_message(portal, manager):
    open_panel(portal, manager)
    add_series(manager, "SXD", "x-d")
    assert "Ký hiệu &#34;x-d&#34; không hợp lệ" in manager.contents or 'Ký hiệu "x-d" không hợp lệ' in manager.contents
    assert series() == {}
