"""1001 → 1002, security: a site without the login throttle gets it in front of source_users."""

from danang.portal.security.install import uninstall
from danang.portal.security.login_throttle import PLUGIN_ID
from plone import api
from plone.app.testing import TEST_USER_NAME
from plone.app.testing import TEST_USER_PASSWORD
from Products.PluggableAuthService.interfaces.plugins import IAuthenticationPlugin

PROFILE = "danang.portal:default"


def test_upgrade_puts_the_login_throttle_in_front_of_the_passwords(portal):
    uninstall(portal)
    plugins = portal.acl_users.plugins
    assert "source_users" in plugins.listPluginIds(IAuthenticationPlugin)
    assert PLUGIN_ID not in portal.acl_users.objectIds()
    setup = api.portal.get_tool("portal_setup")
    setup.setLastVersionForProfile(PROFILE, "1001")
    with api.env.adopt_roles(["Manager"]):
        setup.upgradeProfile(PROFILE)
    assert setup.getLastVersionForProfile(PROFILE) == (setup.getVersionForProfile(PROFILE),)
    active = plugins.listPluginIds(IAuthenticationPlugin)
    assert PLUGIN_ID in active and "source_users" not in active
    # Users still log in through it.
    assert portal.acl_users.authenticate(TEST_USER_NAME, TEST_USER_PASSWORD, portal.REQUEST)
