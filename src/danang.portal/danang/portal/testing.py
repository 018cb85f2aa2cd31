"""Test layers: a Plone site with the portal installed (empty catalogue, or with the city's data)."""

from plone.app.testing import applyProfile
from plone.app.testing import FunctionalTesting
from plone.app.testing import IntegrationTesting
from plone.app.testing import PLONE_FIXTURE
from plone.app.testing import PloneSandboxLayer
from plone.testing import zope as zope_testing

import os

# Compile the .po catalogs at start-up so tests see the shipped translations.
os.environ.setdefault("zope_i18n_compile_mo_files", "true")


class DanangPortalLayer(PloneSandboxLayer):
    defaultBases = (PLONE_FIXTURE,)

    def setUpZope(self, app, configurationContext):
        import collective.easyform
        import collective.z3cform.datagridfield
        import danang.portal
        import plone.restapi

        for package in (plone.restapi, collective.easyform, collective.z3cform.datagridfield):
            self.loadZCML(package=package)
        self.loadZCML(package=danang.portal)

    def setUpPloneSite(self, portal):
        from danang.portal.signing.install import enable_test_certificates

        applyProfile(portal, "danang.portal:default")
        enable_sandbox()
        # A test site signs with the test CA, as a development site does (cli/site.py).
        enable_test_certificates(portal)


def enable_sandbox():
    """The test sites pay through the sandbox, as the development site of `make start` does: a new
    site has it off (payment/sandbox_mode.py), so the layer turns it on, once."""
    from danang.portal.payment.providers import enable_for_development

    enable_for_development()


FIXTURE = DanangPortalLayer()
INTEGRATION_TESTING = IntegrationTesting(bases=(FIXTURE,), name="DanangPortal:Integration")
FUNCTIONAL_TESTING = FunctionalTesting(
    bases=(FIXTURE, zope_testing.WSGI_SERVER_FIXTURE), name="DanangPortal:Functional"
)


class DanangCatalogueLayer(PloneSandboxLayer):
    """The portal with the city's shipped catalogue loaded (about 1,600 services: set up once)."""

    defaultBases = (FIXTURE,)

    def setUpPloneSite(self, portal):
        from danang.portal.data.loader import load_all

        self["load_report"] = load_all(portal, progress=False)


CATALOGUE_FIXTURE = DanangCatalogueLayer()
CATALOGUE_INTEGRATION_TESTING = IntegrationTesting(
    bases=(CATALOGUE_FIXTURE,), name="DanangPortal:CatalogueIntegration"
)
