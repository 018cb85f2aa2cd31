"""1003: citizens and officials get the portal's header, not Plone's editing toolbar (issue 16.10):
the rolemap's "Show Toolbar" (only editing roles) on sites as 1002 left them."""

PROFILE = "profile-danang.portal:default"


def hide_toolbar(setup_tool):
    setup_tool.runImportStepFromProfile(PROFILE, "rolemap", run_dependencies=False)
