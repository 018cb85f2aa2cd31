"""Signing benchmark: the time a signature adds to the leader's approval of a result.

On a test site (the package's integration layer, with the test CA), N dossiers are driven to
"processing" with a one-page PDF result attached; each is then approved (``finish``, through
workflow.actions.perform, as the desk does), alternately with the signing subscribers
registered (the result is checked, signed and recorded: signing/approval.py) and without them,
in the same run. Prints the median and 95th percentile of both, the added time and the ratio.

Usage:
    .venv/bin/python bench/signing.py [--runs 40]
"""

from pathlib import Path

import argparse
import os
import sys
import time

os.environ.setdefault("zope_i18n_compile_mo_files", "false")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the test suite's fixtures: catalogue, officials, driving

from timing import percentile  # noqa: E402  bench/timing.py, shared by the benchmarks
from timing import set_up_layer  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=40, help="approvals of each kind (default 40)")
    args = parser.parse_args()

    from danang.portal.dossier.content import IDossier
    from danang.portal.dossier.create import create_dossier
    from danang.portal.dossier.events import IDossierStatusChanged
    from danang.portal.signing import approval
    from danang.portal.testing import INTEGRATION_TESTING
    from plone.app.testing import logout
    from Products.DCWorkflow.interfaces import IBeforeTransitionEvent
    from tests.fixtures.dossier_data import APPLICANT
    from tests.fixtures.dossier_data import build_catalogue
    from tests.fixtures.dossier_data import pdf_upload
    from tests.fixtures.driving import drive
    from tests.fixtures.driving import step
    from tests.fixtures.workflow_people import create_people
    from zope.component import getGlobalSiteManager

    layers = []
    set_up_layer(INTEGRATION_TESTING, layers)
    INTEGRATION_TESTING.testSetUp()
    portal = INTEGRATION_TESTING["portal"]
    services = build_catalogue(portal)
    create_people()
    registry = getGlobalSiteManager()
    handlers = ((approval.check_result, (IDossier, IBeforeTransitionEvent)),
                (approval.sign_results, (IDossier, IDossierStatusChanged)))

    def approve_one(signing):
        dossier = create_dossier(services["city"], {**APPLICANT, "user_id": "citizen"}, {}, [pdf_upload()])
        drive(portal, dossier, "processing")
        step(portal, dossier, "upload_result")
        if not signing:
            for handler, required in handlers:
                registry.unregisterHandler(handler, required)
        try:
            started = time.perf_counter()
            step(portal, dossier, "finish")
            elapsed = (time.perf_counter() - started) * 1000
        finally:
            if not signing:
                for handler, required in handlers:
                    registry.registerHandler(handler, required)
            logout()
        assert bool(getattr(dossier, "signatures", None) and dossier.signatures[-1]["kind"] == "result") == signing
        return elapsed

    for signing in (True, False, True, False):  # warm up: fonts, the agency's test certificate
        approve_one(signing)
    timings = {True: [], False: []}
    for number in range(2 * args.runs):
        signing = number % 2 == 0
        timings[signing].append(approve_one(signing))

    signed, plain = timings[True], timings[False]
    median_signed, median_plain = sorted(signed)[len(signed) // 2], sorted(plain)[len(plain) // 2]
    print(f"Approval of a one-page PDF result, {args.runs} of each, same run (ms):")
    print(f"{'':<28}{'median':>10}{'p95':>10}")
    print(f"{'without signing':<28}{median_plain:>10.1f}{percentile(plain, 0.95):>10.1f}")
    print(f"{'with signing (PAdES B-B)':<28}{median_signed:>10.1f}{percentile(signed, 0.95):>10.1f}")
    print(f"added by signing: {median_signed - median_plain:.1f} ms (median), "
          f"ratio {median_signed / median_plain:.2f}x")
    INTEGRATION_TESTING.testTearDown()
    for layer in reversed(layers):
        layer.tearDown()


if __name__ == "__main__":
    main()
