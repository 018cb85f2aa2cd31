"""``install(portal)``: put the login throttle in front of the site's password plugins (idempotent).

The throttle checks passwords through the plugins it wraps, so those stop being active
authenticators themselves; otherwise a refused attempt would still be let in by them.
"""

from danang.portal.security.login_throttle import LoginThrottle
from danang.portal.security.login_throttle import PLUGIN_ID
from plone import api
from Products.PluggableAuthService.interfaces.plugins import IAuthenticationPlugin


def install(portal=None):
    portal = portal if portal is not None else api.portal.get()
    acl_users = portal.acl_users
    if PLUGIN_ID not in acl_users.objectIds():
        acl_users._setObject(PLUGIN_ID, LoginThrottle())
    plugin = acl_users[PLUGIN_ID]
    plugins = acl_users.plugins
    active = plugins.listPluginIds(IAuthenticationPlugin)
    for wrapped in plugin.wrapped:
        if wrapped in active:
            plugins.deactivatePlugin(IAuthenticationPlugin, wrapped)
    if PLUGIN_ID not in plugins.listPluginIds(IAuthenticationPlugin):
        plugins.activatePlugin(IAuthenticationPlugin, PLUGIN_ID)


def uninstall(portal=None):
    portal = portal if portal is not None else api.portal.get()
    acl_users = portal.acl_users
    if PLUGIN_ID not in acl_users.objectIds():
        return
    plugins = acl_users.plugins
    for wrapped in acl_users[PLUGIN_ID].wrapped:
        if wrapped in acl_users.objectIds() and wrapped not in plugins.listPluginIds(IAuthenticationPlugin):
            plugins.activatePlugin(IAuthenticationPlugin, wrapped)
    acl_users._delObject(PLUGIN_ID)
