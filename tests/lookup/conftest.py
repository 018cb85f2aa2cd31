"""The look-up tests use the workflow tests' catalogue and officials (tests/workflow)."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "workflow"))
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "dossier"))
