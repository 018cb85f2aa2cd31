"""Shared pytest fixtures over the package's plone.app.testing layers (via pytest-plone)."""

from danang.portal.testing import FUNCTIONAL_TESTING
from danang.portal.testing import INTEGRATION_TESTING
from pytest_plone import fixtures_factory

pytest_plugins = ["pytest_plone"]

globals().update(
    fixtures_factory(
        (
            (FUNCTIONAL_TESTING, "functional"),
            (INTEGRATION_TESTING, "integration"),
        )
    )
)

# Service search (catalogue/testing.py): a layer holding a small published catalogue. Not kept
# for the whole session: its content must not show in other layers' tests. Its tests are classes
# with a `layer` attribute, which zope.pytestlayer groups and keeps the layer up between.
from danang.portal.catalogue.testing import SEARCH_FUNCTIONAL_TESTING  # noqa: E402
from danang.portal.catalogue.testing import SEARCH_INTEGRATION_TESTING  # noqa: E402

globals().update(
    fixtures_factory(
        (
            (SEARCH_FUNCTIONAL_TESTING, "search_functional"),
            (SEARCH_INTEGRATION_TESTING, "search_integration"),
        ),
        keep_session=False,
    )
)
