"""1001 → 1002: the consolidation and the work that builds on it (one step per change, below).

- The acknowledgement slip's settings interface moved from ``receipts`` to
  ``acknowledgement``; the records keep their names (``danang.portal.receipts.*``) and values,
  and the registry import records the new interface.
"""

PROFILE = "profile-danang.portal:default"


def reimport_registry(setup_tool):
    setup_tool.runImportStepFromProfile(PROFILE, "plone.app.registry", run_dependencies=False)
