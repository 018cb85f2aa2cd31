"""1003: accessibility (issue 16, docs/interface.md "Accessibility"): the skip link first in the
header (the profile's viewlets.xml) and the portal bundle's script (error summaries, tables that
reflow on phones), on sites as 1002 left them."""

from plone import api

PROFILE = "profile-danang.portal:default"
BUNDLE = "plone.bundles/danang-portal"
SCRIPT = "++plone++danang.portal/a11y.js"


def install_accessibility(setup_tool):
    setup_tool.runImportStepFromProfile(PROFILE, "viewlets", run_dependencies=False)
    api.portal.set_registry_record(f"{BUNDLE}.jscompilation", SCRIPT)
    api.portal.set_registry_record(f"{BUNDLE}.load_defer", True)
