"""Settings → the PAS plugin's properties: the one place the plugin is configured from
(vneid/settings.py). Run at install and whenever a record of the prefix changes.

Fixed here, not settings: PKCE (S256) always; the plugin creates no user by itself (the callback
does, vneid/accounts.py). The redirect URI is not a property: the plugin gives the portal's
public ``@@vneid-callback`` (vneid/plugin.py), the address the provider must have registered.
"""

from danang.portal import settings
from danang.portal.vneid.plugin import get_plugin
from danang.portal.vneid.registration import sync_self_registration
from danang.portal.vneid.settings import IVNeIDSettings
from danang.portal.vneid.settings import PREFIX


def scopes():
    chosen = [scope.strip() for scope in settings.read(IVNeIDSettings, PREFIX, "scopes") or () if scope.strip()]
    return tuple(dict.fromkeys(["openid", *chosen]))


def apply(plugin=None):
    """Copy the settings into the plugin's properties (no-op without the plugin)."""
    plugin = plugin if plugin is not None else get_plugin()
    if plugin is None:
        return
    values = settings.read_all(IVNeIDSettings, PREFIX)
    plugin._updateProperty("issuer", (values.get("issuer") or "").rstrip("/"))
    plugin._updateProperty("client_id", values.get("client_id") or "")
    plugin._updateProperty("client_secret", values.get("client_secret") or "")
    plugin._updateProperty("scope", scopes())
    plugin._updateProperty("use_pkce", True)
    plugin._updateProperty("create_user", False)
    plugin._updateProperty("create_groups", False)
    plugin._updateProperty("create_ticket", True)
    plugin._updateProperty("create_restapi_ticket", False)


def configured():
    """Whether citizens may sign in with VNeID: enabled, with a provider and a client."""
    values = settings.read_all(IVNeIDSettings, PREFIX)
    return bool(values.get("enabled") and values.get("issuer") and values.get("client_id")
                and values.get("client_secret") and get_plugin() is not None)


def on_record_modified(event):
    name = getattr(event.record, "__name__", "") or ""
    if not name.startswith(f"{PREFIX}."):
        return
    apply()
    if name == f"{PREFIX}.local_registration":
        sync_self_registration()
