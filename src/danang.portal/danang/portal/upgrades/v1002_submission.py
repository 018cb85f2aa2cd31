"""1001 → 1002, the submission service: the settings of who submits on others' behalf moved
from ``services/dossiers/settings.py`` to ``agents/settings.py``; the records keep their names
(``danang.portal.submission.*``) and values, and the registry import records the new interface.
"""

PROFILE = "profile-danang.portal:default"


def reimport_registry(setup_tool):
    setup_tool.runImportStepFromProfile(PROFILE, "plone.app.registry", run_dependencies=False)
