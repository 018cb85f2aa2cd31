"""1003: the REST API's settings (docs/api-conventions.md).

``danang.portal.api.cors_allowed_origins`` (services/cors.py): the origins whose browser apps may
call the API, none on an upgraded site as on a new one: nothing changes until an administrator
lists an app.

``plone.app.querystring.field.{sector,agency,levels,online_level,code,service_text}``: the
catalogue's indexes as @querystring fields, so that Collections and querystring clients filter
services as the portal's search does.

The group ``dossier-agents`` that docs/api-dossiers.md names (the default of
``danang.portal.submission.agent_groups``): partners' apps submitting on applicants' behalf.
"""

from danang.portal.agents.install import ensure_partner_groups
from danang.portal.services.settings import IAPISettings
from danang.portal.services.settings import PREFIX
from pathlib import Path
from plone.app.registry.exportimport.handler import RegistryImporter
from plone.registry.interfaces import IRegistry
from zope.component import getUtility

import logging

logger = logging.getLogger("danang.portal.upgrades")


def install_cors_setting(setup_tool):
    # Registering keeps the values a site has (the group's registry re-import may have run first).
    getUtility(IRegistry).registerInterface(IAPISettings, prefix=PREFIX)
    logger.info("Browser apps on other origins may call the REST API once listed in the registry "
                "record %s.cors_allowed_origins (none now).", PREFIX)


QUERYSTRING_FIELDS = Path(__file__).resolve().parents[1] / "profiles" / "default" / "registry" / "querystring.xml"


class _Environ:
    """What plone.app.registry's importer asks of an import context: no purge, a logger."""

    def shouldPurge(self):
        return False

    def getLogger(self, name):
        return logging.getLogger(name)


def register_querystring_fields(setup_tool):
    """The catalogue's indexes as @querystring fields (profiles/default/registry/querystring.xml)."""
    RegistryImporter(getUtility(IRegistry), _Environ()).importDocument(QUERYSTRING_FIELDS.read_bytes())


def create_partner_group(setup_tool):
    """The groups of ``danang.portal.submission.agent_groups`` that do not exist (agents/install.py)."""
    for group in ensure_partner_groups():
        logger.info("Created the group %s: add the accounts of partners' apps to it.", group.getId())
