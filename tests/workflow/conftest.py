"""The workflow tests' fixtures (workflow_fixtures.py, shared with other areas' tests)."""

from workflow_fixtures import frozen  # noqa: F401
from workflow_fixtures import make_dossier  # noqa: F401
from workflow_fixtures import people  # noqa: F401
from workflow_fixtures import services  # noqa: F401
