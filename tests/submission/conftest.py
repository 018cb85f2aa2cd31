"""The submission service's tests use the workflow tests' catalogue, officials and citizens."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "workflow"))

from workflow_fixtures import frozen  # noqa: F401,E402
from workflow_fixtures import people  # noqa: F401,E402
from workflow_fixtures import services  # noqa: F401,E402
