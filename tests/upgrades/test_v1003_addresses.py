"""1002 → 1003: the public address (record, Site Setup) and the sandbox switch, on a site as 1002
left it (the sandbox was the default provider then, and always on)."""

from danang.portal.cli import site as cli_site
from danang.portal.payment import online
from danang.portal.payment import sandbox_mode
from plone import api
from plone.registry.interfaces import IRegistry
from tests.upgrades.test_v1003 import upgrade_from_1002
from zope.component import getUtility

import logging
import pytest
import transaction

SWITCH = "danang.portal.payment.sandbox_enabled"
PUBLIC_URL = "danang.portal.site.public_url"


@pytest.fixture
def site_of_1002(portal):
    registry = getUtility(IRegistry)
    for name in (SWITCH, PUBLIC_URL):
        del registry.records[name]
    api.portal.set_registry_record("danang.portal.payment.provider", "sandbox")
    api.portal.get_tool("portal_controlpanel").unregisterConfiglet("danang-public-address")
    api.portal.get_tool("portal_setup").setLastVersionForProfile("danang.portal:default", "1002")
    return portal


def test_the_records_and_the_page_arrive_and_the_sandbox_stays_off(site_of_1002, caplog, make_dossier):
    with caplog.at_level(logging.WARNING, logger="danang.portal.upgrades"):
        upgrade_from_1002()
    assert api.portal.get_registry_record(PUBLIC_URL) is None
    assert api.portal.get_registry_record(SWITCH) is False
    assert not sandbox_mode.active()
    # The provider stays chosen, the log says that online payment is refused until configured.
    assert api.portal.get_registry_record("danang.portal.payment.provider") == "sandbox"
    assert "online payment is refused" in caplog.text
    actions = [action.id for action in api.portal.get_tool("portal_controlpanel").listActions()]
    assert "danang-public-address" in actions
    provider = online.get_provider()
    assert provider.name == "sandbox" and not provider.configured()


def test_make_start_keeps_a_development_site_on_the_sandbox(site_of_1002, app, monkeypatch):
    # `danang-site ensure --development` upgrades the site, then turns the sandbox on again,
    # because the site predates the switch; without --development it stays off.
    monkeypatch.setattr(transaction, "commit", lambda: None)  # the layer's transaction is aborted
    with api.env.adopt_roles(["Manager"]):
        cli_site.ensure_site(app, {"site_id": site_of_1002.getId()}, development=True)
    assert api.portal.get_registry_record(PUBLIC_URL) is None  # upgraded
    assert sandbox_mode.active()
    assert online.get_provider().configured()
    # Once the switch exists, a later start leaves an administrator's choice alone.
    sandbox_mode.disable()
    with api.env.adopt_roles(["Manager"]):
        cli_site.ensure_site(app, {"site_id": site_of_1002.getId()}, development=True)
    assert not sandbox_mode.enabled()
