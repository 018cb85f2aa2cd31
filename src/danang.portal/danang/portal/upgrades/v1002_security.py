"""1001 → 1002, security hardening: what docs/security.md lists as set up on the site."""

from danang.portal.security.install import install

PROFILE = "profile-danang.portal:default"


def install_security(setup_tool):
    install()
    # "List portal members" for administrators only (profiles/default/rolemap.xml).
    setup_tool.runImportStepFromProfile(PROFILE, "rolemap", run_dependencies=False)
