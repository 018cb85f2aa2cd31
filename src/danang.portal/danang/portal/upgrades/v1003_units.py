"""1003: the site's units day (``danang.portal.units.as_of``, docs/units.md).

A site made before 1003 holds the 2019 catalogue (the districts' and wards' committees of the
seed): it keeps the units of the seed's day, whatever the registry re-import left, unless an
administrator already chose a day. The reorganisation moves it later.
"""

from danang.portal import units
from plone import api

import logging

logger = logging.getLogger("danang.portal.upgrades")

RECORD = f"{units.PREFIX}.as_of"
PROFILE = "profile-danang.portal:default"


def pin_units_day(setup_tool):
    registry = api.portal.get_tool("portal_registry")
    if RECORD not in registry.records:
        setup_tool.runImportStepFromProfile(PROFILE, "plone.app.registry", run_dependencies=False)
    if registry.get(RECORD) is None:
        registry[RECORD] = units.SEED_DAY
    logger.info("The site uses the administrative units of %s (%s).", registry[RECORD], RECORD)
