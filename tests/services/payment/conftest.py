"""Fixtures of the @payment tests: the payment tests' live site (tests/payment), whose people and
dossiers are the workflow tests' (tests/workflow)."""

import os
import sys

HERE = os.path.dirname(__file__)
for folder in ("workflow", "payment"):
    sys.path.insert(0, os.path.join(HERE, "..", "..", folder))

from payment_live import live  # noqa: F401,E402
