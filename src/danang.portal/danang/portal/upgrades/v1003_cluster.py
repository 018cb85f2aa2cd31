"""1002 → 1003: the cache rules of the catalogue pages for a caching proxy (make cluster,
docs/deployment.md): plone.app.caching installed (its records and Site Setup page), then the
portal's rules (profiles/default/registry/caching.xml).

First in the 1003 group: the registry re-import of the next step reads caching.xml, whose records
refer to plone.app.caching's."""

PROFILE = "profile-danang.portal:default"
CACHING_PROFILE = "profile-plone.app.caching:default"


def install_caching(setup_tool):
    setup_tool.runAllImportStepsFromProfile(CACHING_PROFILE, purge_old=False, dependency_strategy=None)
    setup_tool.runImportStepFromProfile(PROFILE, "plone.app.registry", run_dependencies=False)
