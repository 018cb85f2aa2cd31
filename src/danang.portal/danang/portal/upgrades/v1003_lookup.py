"""1002 → 1003, look-up hardening: the throttle's new records replace the per-address ones, and
dossier URLs answer strangers 404 (docs/security.md, "Look-up throttle", "Dossier URLs").

The group's first step re-imported the registry, which added the new records
(``danang.portal.lookup.free_failures``…); the records of the old policy are removed here.
"""

from danang.portal.security.install import install_dossier_not_found
from plone import api
from plone.registry.interfaces import IRegistry
from zope.component import getUtility

OLD_RECORDS = ("danang.portal.lookup.max_failures", "danang.portal.lookup.window")


def harden_lookup(setup_tool):
    registry = getUtility(IRegistry)
    for name in OLD_RECORDS:
        if name in registry.records:
            del registry.records[name]
    install_dossier_not_found(api.portal.get())
