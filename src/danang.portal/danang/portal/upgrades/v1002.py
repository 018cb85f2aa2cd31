"""1001 → 1002: the consolidation and the work that builds on it (one step per change, below).

- Settings interfaces moved: the acknowledgement slip's from ``receipts`` to
  ``acknowledgement``, the submission settings (who submits on others' behalf) from
  ``services/dossiers`` to ``agents``. The records keep their names (``danang.portal.receipts.*``,
  ``danang.portal.submission.*``) and values, and the registry import records the new interfaces.
"""

PROFILE = "profile-danang.portal:default"


def reimport_registry(setup_tool):
    setup_tool.runImportStepFromProfile(PROFILE, "plone.app.registry", run_dependencies=False)
