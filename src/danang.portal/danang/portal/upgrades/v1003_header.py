"""1003: citizens and officials get the portal's header, not Plone's editing toolbar, and register
on a page of its own (issue 16.10): the rolemap's "Show Toolbar" (only editing roles) and the
"join" action without its modal, on sites as 1002 left them."""

PROFILE = "profile-danang.portal:default"


def hide_toolbar(setup_tool):
    for step in ("rolemap", "actions"):
        setup_tool.runImportStepFromProfile(PROFILE, step, run_dependencies=False)
