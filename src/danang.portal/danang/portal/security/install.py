"""``install(portal)``: put the login throttle in front of the site's password plugins, and the
dossier storage's "not found" challenge in front of the login challenge (idempotent).

The throttle checks passwords through the plugins it wraps, so those stop being active
authenticators themselves; otherwise a refused attempt would still be let in by them.
"""

from danang.portal.security.dossier_privacy import DossierNotFound
from danang.portal.security.dossier_privacy import PLUGIN_ID as NOT_FOUND_ID
from danang.portal.security.login_throttle import LoginThrottle
from danang.portal.security.login_throttle import PLUGIN_ID
from plone import api
from Products.PluggableAuthService.interfaces.plugins import IAuthenticationPlugin
from Products.PluggableAuthService.interfaces.plugins import IChallengePlugin


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
    install_dossier_not_found(portal)


def install_dossier_not_found(portal):
    acl_users = portal.acl_users
    if NOT_FOUND_ID not in acl_users.objectIds():
        acl_users._setObject(NOT_FOUND_ID, DossierNotFound())
    plugins = acl_users.plugins
    if NOT_FOUND_ID not in plugins.listPluginIds(IChallengePlugin):
        plugins.activatePlugin(IChallengePlugin, NOT_FOUND_ID)
    # First: the login form's challenge must not answer a dossier's refusal with a redirect.
    while plugins.listPluginIds(IChallengePlugin).index(NOT_FOUND_ID) > 0:
        plugins.movePluginsUp(IChallengePlugin, [NOT_FOUND_ID])


def uninstall(portal=None):
    portal = portal if portal is not None else api.portal.get()
    acl_users = portal.acl_users
    if NOT_FOUND_ID in acl_users.objectIds():
        acl_users._delObject(NOT_FOUND_ID)
    if PLUGIN_ID not in acl_users.objectIds():
        return
    plugins = acl_users.plugins
    for wrapped in acl_users[PLUGIN_ID].wrapped:
        if wrapped in acl_users.objectIds() and wrapped not in plugins.listPluginIds(IAuthenticationPlugin):
            plugins.activatePlugin(IAuthenticationPlugin, wrapped)
    acl_users._delObject(PLUGIN_ID)
