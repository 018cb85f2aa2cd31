"""``install(portal)``: the PAS plugin ``acl_users/vneid`` (vneid/plugin.py), configured from the
settings, and the member property of verified details (forms/prefill.py). Idempotent: run at
install and by the upgrade step v1003_vneid.

pas.plugins.oidc's own profile is not installed: its browser layer would publish its login,
callback and logout views, which skip the portal's checks (docs/vneid.md)."""

from danang.portal.dossier.verified_identity import PROPERTY as VERIFIED_PROPERTY
from danang.portal.vneid import configuration
from danang.portal.vneid.plugin import PLUGIN_ID
from danang.portal.vneid.plugin import VNeIDPlugin
from danang.portal.vneid.registration import sync_self_registration
from plone import api


def install(portal=None):
    portal = portal if portal is not None else api.portal.get()
    acl_users = portal.acl_users
    if PLUGIN_ID not in acl_users.objectIds():
        acl_users._setObject(PLUGIN_ID, VNeIDPlugin())
    memberdata = api.portal.get_tool("portal_memberdata")
    if not memberdata.hasProperty(VERIFIED_PROPERTY):
        memberdata.manage_addProperty(VERIFIED_PROPERTY, "", "text")
    configuration.apply(acl_users[PLUGIN_ID])
    sync_self_registration()


def uninstall(portal=None):
    portal = portal if portal is not None else api.portal.get()
    if PLUGIN_ID in portal.acl_users.objectIds():
        portal.acl_users._delObject(PLUGIN_ID)
