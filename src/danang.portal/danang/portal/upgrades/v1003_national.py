"""1002 → 1003, the exchange with the national portal (docs/national.md): the catalog index of
national dossier codes, the exchange's secrets and the "Cổng DVC quốc gia" configlet. The group's
first step re-imported the registry, which added the ``danang.portal.national.*`` records."""

from danang.portal.national.install import install
from plone import api

INDEX = "national_code"
PROFILE = "profile-danang.portal:default"


def install_national(setup_tool):
    catalog = api.portal.get_tool("portal_catalog")
    if INDEX not in catalog.indexes():
        catalog.addIndex(INDEX, "FieldIndex")
    setup_tool.runImportStepFromProfile(PROFILE, "controlpanel", run_dependencies=False)
    install(api.portal.get())
