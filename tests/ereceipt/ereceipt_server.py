"""A test-only layer: the dossier server layer (tests/fixtures/dossier_server.py: test catalogue,
real WSGI server) with three dossiers and a minimal authenticated endpoint that calls
issue_receipt, so that issuances race each other through the real publisher and its retries."""

from danang.portal.dossier.create import create_dossier
from danang.portal.dossier.finding import find_dossier
from danang.portal.ereceipt.install import install
from danang.portal.ereceipt.issue import issue_receipt
from plone.app.testing import FunctionalTesting
from plone.app.testing import PloneSandboxLayer
from plone.protect.interfaces import IDisableCSRFProtection
from plone.testing import zope as zope_testing
from Products.Five.browser import BrowserView
from tests.fixtures.dossier_data import pdf_upload
from tests.fixtures.dossier_server import DOSSIER_SERVER_FIXTURE
from tests.fixtures.ereceipt_data import make_payment
from zope.configuration import xmlconfig
from zope.interface import alsoProvides

import json
import threading
import transaction

ATTEMPTS = {"count": 0}
_lock = threading.Lock()
DOSSIERS = 3

ZCML = """
<configure xmlns="http://namespaces.zope.org/zope"
           xmlns:browser="http://namespaces.zope.org/browser">
  <browser:page
      name="test-issue-receipt"
      for="plone.base.interfaces.IPloneSiteRoot"
      class="ereceipt_server.IssueReceipt"
      permission="cmf.ManagePortal"
      />
</configure>
"""


class IssueReceipt(BrowserView):
    """POST code=<dossier code> & payment=<id>: issues the receipt, answers symbol and number."""

    def __call__(self):
        # A machine client with basic auth has no CSRF token (as in dossier_server).
        alsoProvides(self.request, IDisableCSRFProtection)
        with _lock:
            ATTEMPTS["count"] += 1  # every run, retries included
        dossier = find_dossier(self.request.form["code"])
        receipt = issue_receipt(dossier, make_payment(id=self.request.form["payment"]))
        self.request.response.setHeader("Content-Type", "application/json")
        return json.dumps({"symbol": receipt["symbol"], "number": receipt["number"], "dossier": dossier.dossier_code})


class EReceiptServerLayer(PloneSandboxLayer):
    defaultBases = (DOSSIER_SERVER_FIXTURE,)

    def setUpZope(self, app, configurationContext):
        xmlconfig.string(ZCML, context=configurationContext)

    def setUpPloneSite(self, portal):
        install(portal)
        codes = []
        for number in range(DOSSIERS):
            dossier = create_dossier(
                portal["thu-tuc"]["city"],
                {"name": f"Người nộp {number}", "phone": "0905123456", "district": "492"},
                {},
                [pdf_upload()],
            )
            codes.append(dossier.dossier_code)
        self["dossier_codes"] = codes
        transaction.commit()


ERECEIPT_SERVER_FIXTURE = EReceiptServerLayer()
ERECEIPT_SERVER_TESTING = FunctionalTesting(
    bases=(ERECEIPT_SERVER_FIXTURE, zope_testing.WSGI_SERVER_FIXTURE),
    name="DanangPortal:EReceiptServer",
)
