"""Fixtures of the data tests: the layer holding the whole shipped catalogue.

Not kept for the whole session: its 1,580 services must not show in other layers' tests. Its tests
are a class with a ``layer`` attribute (test_catalogue.py), which zope.pytestlayer groups and keeps
the layer up between, then tears down.
"""

from danang.portal.testing import CATALOGUE_INTEGRATION_TESTING
from pytest_plone import fixtures_factory

globals().update(fixtures_factory(((CATALOGUE_INTEGRATION_TESTING, "catalogue"),), keep_session=False))
