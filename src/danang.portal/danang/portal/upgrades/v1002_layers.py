"""1001 → 1002, the layering: the upload rules' settings interface moved from ``forms`` to
``uploads`` (docs/architecture.md). The records keep their names (``danang.portal.uploads.*``) and
values; re-importing the registry records the interface's new module on each of them.
"""

PROFILE = "profile-danang.portal:default"


def reimport_upload_settings(setup_tool):
    setup_tool.runImportStepFromProfile(PROFILE, "plone.app.registry", run_dependencies=False)
