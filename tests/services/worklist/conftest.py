"""Fixtures of the @worklist tests: the desk tests' dossiers and officials (tests/desk)."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "desk"))
