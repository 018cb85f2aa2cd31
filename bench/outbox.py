"""National portal outbox benchmark: what the outbox adds to a transition, and its delivery rate.

On a test site (the package's functional layer: a real, committing database), in the same run:

1. the added cost of a transition: dossiers are accepted (``accept`` through
   workflow.actions.perform, then committed, as the desk does), alternately with the outbox's
   subscriber registered (the event written in the transaction: national/subscribers.py) and
   without it; median and p95 of both, and their ratio;
2. the outbox's throughput: N dossiers' events (creation and acceptance) committed, then delivered
   by the worker (national/worker.py: one HTTP request and one commit per event) to the national
   portal's simulator on 127.0.0.1; events per second.

Usage:
    .venv/bin/python bench/outbox.py [--runs 40] [--events 200]
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
    parser.add_argument("--runs", type=int, default=40, help="transitions of each kind (default 40)")
    parser.add_argument("--events", type=int, default=200, help="dossiers whose events are delivered (default 200)")
    args = parser.parse_args()

    from danang.portal import settings
    from danang.portal.dossier.content import IDossier
    from danang.portal.dossier.create import create_dossier
    from danang.portal.dossier.events import IDossierStatusChanged
    from danang.portal.national import outbox
    from danang.portal.national import subscribers
    from danang.portal.national.settings import INationalSettings
    from danang.portal.national.settings import PREFIX
    from danang.portal.national.simulator import Simulator
    from danang.portal.national.worker import delivery_job
    from danang.portal.testing import FUNCTIONAL_TESTING
    from tests.fixtures.dossier_data import APPLICANT
    from tests.fixtures.dossier_data import build_catalogue
    from tests.fixtures.dossier_data import pdf_upload
    from tests.fixtures.driving import step
    from tests.fixtures.workflow_people import create_people
    from zope.component import getGlobalSiteManager

    import transaction

    layers = []
    set_up_layer(FUNCTIONAL_TESTING, layers)
    FUNCTIONAL_TESTING.testSetUp()
    portal = FUNCTIONAL_TESTING["portal"]
    services = build_catalogue(portal)
    create_people()
    transaction.commit()
    registry = getGlobalSiteManager()
    required = (IDossier, IDossierStatusChanged)

    def new_dossier():
        dossier = create_dossier(services["city"], {**APPLICANT, "user_id": "citizen"}, {}, [pdf_upload()])
        transaction.commit()
        return dossier

    def accept_one(with_outbox):
        dossier = new_dossier()
        if not with_outbox:
            registry.unregisterHandler(subscribers.status_changed, required)
        try:
            started = time.perf_counter()
            step(portal, dossier, "accept")
            transaction.commit()
            elapsed = (time.perf_counter() - started) * 1000
        finally:
            if not with_outbox:
                registry.registerHandler(subscribers.status_changed, required)
        return elapsed

    for with_outbox in (True, False, True, False):
        accept_one(with_outbox)
    timings = {True: [], False: []}
    for number in range(2 * args.runs):
        with_outbox = number % 2 == 0
        timings[with_outbox].append(accept_one(with_outbox))
    plain, boxed = timings[False], timings[True]
    median_plain, median_boxed = sorted(plain)[len(plain) // 2], sorted(boxed)[len(boxed) // 2]
    print(f"Transition 'accept' and its commit, {args.runs} of each, same run (ms):")
    print(f"{'':<28}{'median':>10}{'p95':>10}")
    print(f"{'without the outbox':<28}{median_plain:>10.1f}{percentile(plain, 0.95):>10.1f}")
    print(f"{'with the outbox':<28}{median_boxed:>10.1f}{percentile(boxed, 0.95):>10.1f}")
    print(f"added by the outbox: {median_boxed - median_plain:.1f} ms (median), ratio {median_boxed / median_plain:.2f}x")

    # Throughput: deliver what is pending (everything above plus N new dossiers' two events).
    values = settings.read_all(INationalSettings, PREFIX)
    simulator = Simulator(values["outbound_secret"], values["inbound_secret"]).start()
    settings.write(INationalSettings, PREFIX, "endpoint", simulator.url)
    transaction.commit()
    for _number in range(args.events):
        dossier = create_dossier(services["city"], {**APPLICANT, "user_id": "citizen"}, {}, [pdf_upload()])
        step(portal, dossier, "accept")
        transaction.commit()
    pending = outbox.outbox_of(portal).pending_count()
    job = delivery_job(portal._p_jar.db(), holder="bench")
    started = time.perf_counter()
    while True:
        transaction.begin()
        if not outbox.outbox_of(portal).pending_count():
            break
        job.run_once()
    elapsed = time.perf_counter() - started
    print(f"Delivery to the simulator (one request and one commit per event): {pending} events in "
          f"{elapsed:.1f} s, {pending / elapsed:.0f} events/s; received {len(simulator.received)}")
    simulator.close()
    FUNCTIONAL_TESTING.testTearDown()
    for layer in reversed(layers):
        layer.tearDown()


if __name__ == "__main__":
    main()
