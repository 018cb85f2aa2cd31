"""1002 → 1003, the exchange with the national portal (docs/national.md): the catalog index of
national dossier codes and the exchange's secrets. The group's first step re-imported the registry,
which added the ``danang.portal.national.*`` records."""

from danang.portal.national.install import install
from plone import api

INDEX = "national_code"


def install_national(setup_tool):
    catalog = api.portal.get_tool("portal_catalog")
    if INDEX not in catalog.indexes():
        catalog.addIndex(INDEX, "FieldIndex")
    install(api.portal.get())
