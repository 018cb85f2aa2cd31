"""1002 → 1003, digital signatures (signing/, docs/signing.md).

The registry records (``danang.portal.signing.*``) arrive with the group's first step, which
re-imports the registry. Here: the catalog index of signed documents (added empty: no dossier
signed anything before) and the "Chữ ký số" configlet in Site Setup. From this version on, a
result is approved only when its unit has a signing certificate: the administrator uploads one
per agency in Site Setup (a development site turns test certificates on: cli/site.py).
"""

from plone import api

PROFILE = "profile-danang.portal:default"
INDEX = "signed_documents"


def install_signing(setup_tool):
    catalog = api.portal.get_tool("portal_catalog")
    if INDEX not in catalog.indexes():
        catalog.addIndex(INDEX, "KeywordIndex", extra={"indexed_attrs": INDEX})
    setup_tool.runImportStepFromProfile(PROFILE, "controlpanel", run_dependencies=False)
