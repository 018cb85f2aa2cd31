"""1002 → 1003: the footer names the agency running the portal and links its guide, personal
data policy and accessibility statement (footer/), in place of Plone's copyright and colophon."""

from danang.portal.footer.pages import install as install_pages
from plone import api

PROFILE = "profile-danang.portal:default"


def install_footer(setup_tool):
    for step in ("portlets", "actions"):
        setup_tool.runImportStepFromProfile(PROFILE, step, run_dependencies=False)
    install_pages(api.portal.get())
