"""1003 step "header": on a site as 1002 left it (the toolbar for every account, registration in a
modal), the toolbar is only for editing roles and "join" is a plain link."""

from plone import api
from tests.upgrades.test_v1003 import upgrade_from_1002


def test_the_toolbar_and_the_join_link_after_the_upgrade(portal):
    portal.manage_permission("Show Toolbar", roles=["Authenticated"], acquire=False)
    join = api.portal.get_tool("portal_actions")["user"]["join"]
    join._updateProperty("modal", "{}")
    upgrade_from_1002()
    roles = {role["name"] for role in portal.rolesOfPermission("Show Toolbar") if role["selected"]}
    assert roles == {"Manager", "Site Administrator", "Editor", "Contributor", "Reviewer"}
    assert not join.getProperty("modal")
