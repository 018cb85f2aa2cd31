"""1003 step "a11y": on a site as 1002 left it (no viewlet order of the portal's own, a bundle
without script), the skip link comes first in the header and the bundle loads a11y.js."""

from plone import api
from plone.app.viewletmanager.interfaces import IViewletSettingsStorage
from tests.upgrades.test_v1003 import upgrade_from_1002
from zope.component import getUtility

BUNDLE = "plone.bundles/danang-portal"


def test_skip_link_and_script_after_the_upgrade(portal):
    storage = getUtility(IViewletSettingsStorage)
    skin = api.portal.get_tool("portal_skins").getDefaultSkin()
    order = [name for name in storage.getOrder("plone.portalheader", skin) if name != "danang.portal.skip_link"]
    storage.setOrder("plone.portalheader", skin, tuple(order))
    api.portal.get_tool("portal_registry")[f"{BUNDLE}.jscompilation"] = None
    upgrade_from_1002()
    assert storage.getOrder("plone.portalheader", skin)[0] == "danang.portal.skip_link"
    assert api.portal.get_registry_record(f"{BUNDLE}.jscompilation") == "++plone++danang.portal/a11y.js"
    assert api.portal.get_registry_record(f"{BUNDLE}.load_defer") is True
