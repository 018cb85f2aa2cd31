"""1003: the REST API's settings (docs/api-conventions.md).

``danang.portal.api.cors_allowed_origins`` (services/cors.py): the origins whose browser apps may
call the API, none on an upgraded site as on a new one: nothing changes until an administrator
lists an app.
"""

from danang.portal.services.settings import IAPISettings
from danang.portal.services.settings import PREFIX
from plone.registry.interfaces import IRegistry
from zope.component import getUtility

import logging

logger = logging.getLogger("danang.portal.upgrades")


def install_cors_setting(setup_tool):
    # Registering keeps the values a site has (the group's registry re-import may have run first).
    getUtility(IRegistry).registerInterface(IAPISettings, prefix=PREFIX)
    logger.info("Browser apps on other origins may call the REST API once listed in the registry "
                "record %s.cors_allowed_origins (none now).", PREFIX)
