"""A test-only layer: the portal with the test catalogue, a real WSGI server, and a minimal
authenticated endpoint that calls create_dossier, so that submissions can race each other through
the real publisher (and its conflict retries). The shipped REST submission is another component;
this endpoint exists only in this layer.
"""

from danang.portal.dossier.create import create_dossier
from danang.portal.testing import FIXTURE
from dossier_testdata import build_catalogue
from dossier_testdata import pdf_upload
from pathlib import Path
from plone.app.testing import FunctionalTesting
from plone.app.testing import PloneSandboxLayer
from plone.testing import zope as zope_testing
from plone.protect.interfaces import IDisableCSRFProtection
from Products.Five.browser import BrowserView
from zope.configuration import xmlconfig
from zope.interface import alsoProvides

import json
import re
import threading
import transaction

ZOPE_CONF = Path(__file__).resolve().parents[2] / "instance" / "zope.conf.in"


def configured_retries():
    """max-conflict-retries of the portal's zope.conf template (the servers of the concurrency
    tests retry conflicts as the portal does)."""
    match = re.search(r"^max-conflict-retries\s+(\d+)", ZOPE_CONF.read_text(), re.MULTILINE)
    assert match, "instance/zope.conf.in must raise max-conflict-retries (dossier/numbering.py)"
    return int(match.group(1))


ATTEMPTS = {"count": 0}
_lock = threading.Lock()

ZCML = """
<configure xmlns="http://namespaces.zope.org/zope"
           xmlns:browser="http://namespaces.zope.org/browser">
  <browser:page
      name="test-submit-dossier"
      for="plone.base.interfaces.IPloneSiteRoot"
      class="dossier_server.SubmitDossier"
      permission="cmf.ManagePortal"
      />
</configure>
"""


class SubmitDossier(BrowserView):
    """POST service=<id> & n=<number>: creates a dossier, answers its code and path as JSON."""

    def __call__(self):
        # A machine client with basic auth has no CSRF token (plone.restapi services do the same);
        # without this plone.protect would silently abort the transaction of a JSON response.
        alsoProvides(self.request, IDisableCSRFProtection)
        with _lock:
            # Counts every run, retries included: the publisher re-runs a request after a conflict.
            ATTEMPTS["count"] += 1
        service = self.context["thu-tuc"][self.request.form.get("service", "city")]
        number = self.request.form.get("n", "")
        dossier = create_dossier(
            service,
            {"name": f"Người thử {number}", "phone": "0905123456", "district": "492"},
            {"n": number},
            [pdf_upload(filename=f"don-{number}.pdf")],
        )
        self.request.response.setHeader("Content-Type", "application/json")
        return json.dumps({"code": dossier.dossier_code, "path": "/".join(dossier.getPhysicalPath())})


class DossierServerLayer(PloneSandboxLayer):
    defaultBases = (FIXTURE,)

    def setUpZope(self, app, configurationContext):
        xmlconfig.string(ZCML, context=configurationContext)

    def setUpPloneSite(self, portal):
        build_catalogue(portal)
        # Committed here: plone.testing's zopeApp() swallows a failing commit at the end of the
        # set-up, and this layer's content was found missing without it.
        transaction.commit()


DOSSIER_SERVER_FIXTURE = DossierServerLayer()
DOSSIER_SERVER_TESTING = FunctionalTesting(
    bases=(DOSSIER_SERVER_FIXTURE, zope_testing.WSGI_SERVER_FIXTURE),
    name="DanangPortal:DossierServer",
)
