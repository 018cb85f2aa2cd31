"""1002 → 1003: security, throughput and what people meet (one step per change, below).

The first step re-imports the registry, so that every record a change of this version adds to the
profile's ``registry/`` files exists on an upgraded site with its shipped default; the records a
site already has keep their values.
"""

PROFILE = "profile-danang.portal:default"


def reimport_registry(setup_tool):
    setup_tool.runImportStepFromProfile(PROFILE, "plone.app.registry", run_dependencies=False)
