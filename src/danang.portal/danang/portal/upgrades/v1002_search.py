"""1001 → 1002, service search in citizens' words (catalogue/interpretation.py, docs/search.md).

- The registry records of the synonyms and stop words (catalogue/settings.py), with the shipped
  starting lists; the permission that lets editors change them and see the failed searches; the
  Site Setup entry.
- The text folding now writes a final "y" after consonants as "i" ("ký"/"kí"): the two text
  indexes are rebuilt so that stored words fold like the queries.
"""

PROFILE = "profile-danang.portal:default"
TEXT_INDEXES = ("service_text", "service_title_text")


def install_search_tuning(setup_tool):
    for step in ("rolemap", "plone.app.registry", "controlpanel"):
        setup_tool.runImportStepFromProfile(PROFILE, step, run_dependencies=False)


def reindex_text(setup_tool):
    from plone import api

    catalog = api.portal.get_tool("portal_catalog")
    for name in TEXT_INDEXES:
        catalog.reindexIndex(name, None)
