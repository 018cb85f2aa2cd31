"""Statistics benchmark: the public statistics over N dossiers (default 200,000), counters against a scan.

Builds (or, with --keep DIR, reuses) the sample database of bench/dossiers.py: a Plone site with
the city's agencies and N SAMPLE dossiers spread over every unit, by that benchmark's bulk path.
Each dossier also gets what the workflow's clock would have left on it (acceptance, due date,
pauses, finishing time, status history, sometimes a satisfaction rating), drawn from its code so
that a rebuild of the same database gives the same figures. Then it

  1. rebuilds the statistics counters from every dossier (danang.portal.statistics.store.rebuild);
  2. times, as an anonymous visitor, for the current month, the last whole quarter and the current
     year: the REST answer (@statistics: table, trend, catalogue figures, targets) and the HTML
     page (@@thong-ke, with its SVG charts);
  3. times the baseline in the same run: the same table computed naively, by scanning the catalog
     for every dossier and reading each one (store.collect), and checks that both tables agree.

Usage:
    .venv/bin/python bench/statistics_page.py [--count 200000] [--runs 30] [--seed 2019] [--keep DIR]
"""

from pathlib import Path

import argparse
import os
import random
import shutil
import sys
import tempfile
import time

os.environ.setdefault("zope_i18n_compile_mo_files", "false")

from timing import measure  # noqa: E402  bench/timing.py, shared by the benchmarks

import dossiers  # noqa: E402  bench/dossiers.py: its site and bulk dossier builder

OPEN_STATES = ("received", "processing", "supplement", "payment")
RATINGS = (("very_satisfied", 50), ("satisfied", 40), ("dissatisfied", 10))


class Enricher:
    """The clock's attributes of a sample dossier, as if it had gone through the workflow."""

    def __init__(self, now):
        self.now = now

    def __call__(self, dossier, record):
        from danang.portal.deadlines.api import add_working_time
        from danang.portal.deadlines.api import due_date
        from danang.portal.deadlines.api import shift_due
        from danang.portal.deadlines.api import working_time_between
        from danang.portal.deadlines.working_calendar import local
        from datetime import timedelta
        from persistent.list import PersistentList

        rng = random.Random(dossier.dossier_code)
        state = record["state"]
        latest = self.now - timedelta(minutes=1)
        received = local(dossier.received)
        history = PersistentList([{"status": 1, "state": "new", "time": received, "actor": "", "unit": "", "comment": ""}])
        dossier.status_history = history

        def entry(name, moment):
            history.append({"state": name, "time": min(moment, latest), "actor": "bench", "unit": "", "comment": ""})
            return min(moment, latest)

        if state in ("new", "refused") or (state == "withdrawn" and rng.random() < 0.5):
            if state != "new":
                entry(state, received + timedelta(hours=rng.uniform(1, 30)))
            return
        accepted = entry("received", received + timedelta(minutes=rng.uniform(5, 240)))
        due = due_date(accepted, record["processing_time"], "working_days")
        dossier.accepted, dossier.due, dossier.original_due = accepted, due, due
        dossier.paused_time, dossier.pauses, dossier.paused_since = timedelta(0), PersistentList(), None
        limit = timedelta(hours=8 * record["processing_time"])
        # Most finish within their limit; some late (the busiest desks are not always on time).
        worked = limit * rng.choice((0.3, 0.5, 0.7, 0.9, 0.95, 1.0, 1.0, 1.1, 1.4, 2.0))
        start = entry("processing", accepted + timedelta(minutes=30))
        if state in ("supplement", "payment"):
            dossier.paused_since = entry(state, add_working_time(start, worked * rng.uniform(0.1, 0.6)))
            return
        if state in OPEN_STATES:
            return
        end = add_working_time(start, worked * (rng.uniform(0.1, 0.9) if state in ("withdrawn", "stopped") else 1))
        if rng.random() < 0.15 and end < latest:
            # A supplement asked for along the way: the clock stopped for about two working days.
            paused_from = add_working_time(start, worked * 0.4)
            paused_to = add_working_time(paused_from, timedelta(hours=16))
            if paused_to < latest:
                dossier.pauses.append({"start": paused_from, "end": paused_to})
                dossier.due = shift_due(dossier.due, paused_from, paused_to)
                dossier.paused_time = working_time_between(paused_from, paused_to)
                end = add_working_time(end, timedelta(hours=16))
        end = entry("finished" if state in ("finished", "returned") else state, end)
        if state in ("finished", "returned"):
            dossier.finished = end
        if state == "returned":
            returned = entry("returned", end + timedelta(hours=rng.uniform(2, 72)))
            if rng.random() < 0.4:
                level = rng.choices([level for level, _w in RATINGS], [weight for _l, weight in RATINGS])[0]
                dossier.satisfaction_rating = {
                    "level": level, "comment": "", "time": min(returned + timedelta(days=1), latest),
                    "user": None, "role": "link", "via": "web",
                }


def _open_site(directory):
    from danang.portal.cli.site import _as_admin
    from danang.portal.cli.site import _zope_app
    from zope.globalrequest import setRequest

    app = _as_admin(_zope_app(str(directory / "etc/zope.conf")))
    setRequest(app.REQUEST)
    site = next(obj for obj in app.objectValues() if obj.meta_type == "Plone Site")
    return app, site


def _anonymous():
    from AccessControl.SecurityManagement import noSecurityManager

    noSecurityManager()


def _page_request(site):
    from danang.portal.interfaces import IDanangPortalLayer
    from zope.interface import alsoProvides

    request = site.REQUEST
    alsoProvides(request, IDanangPortalLayer)
    return request


def _periods(now):
    from danang.portal.statistics.months import month_key
    from danang.portal.statistics.months import shift
    from danang.portal.statistics.period import parse_period

    quarter_first = month_key(now.year, 3 * ((now.month - 1) // 3) + 1)
    last_quarter = shift(quarter_first, -3)
    year, month = (int(part) for part in last_quarter.split("-"))
    return (
        ("current month", parse_period({"period": "month", "year": str(now.year), "month": str(now.month)}, now)),
        ("last whole quarter", parse_period({"period": "quarter", "year": str(year), "quarter": str((month - 1) // 3 + 1)}, now)),
        ("current year", parse_period({"period": "year", "year": str(now.year)}, now)),
    )


def _slow(function, runs):
    """Median and max (ms) of a few runs of something that takes minutes (no warm-up), and the
    last run's result."""
    samples = []
    for _ in range(max(1, runs)):
        started = time.perf_counter()
        result = function()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return samples[len(samples) // 2], samples[-1], result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200000)
    parser.add_argument("--create-dossier", type=int, default=100, help="how many go through create_dossier")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--baseline-runs", type=int, default=None,
                        help="runs of the naive scan per period (default 3, 1 from 50,000 dossiers: minutes each)")
    parser.add_argument("--seed", type=int, default=2019)
    parser.add_argument("--keep", help="build the database in this directory and keep it; reuse it if it is there")
    args = parser.parse_args()

    directory = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="danang-bench-stats-"))
    reuse = (directory / "var/Data.fs").exists()
    try:
        import transaction

        started = time.perf_counter()
        if reuse:
            app, site = _open_site(directory)
            print(f"Reusing the database in {directory}.", file=sys.stderr)
        else:
            directory.mkdir(parents=True, exist_ok=True)
            app, site = dossiers._site(directory)
            print(f"Site created in {time.perf_counter() - started:.0f} s; storing {args.count} dossiers…", file=sys.stderr)
            from danang.portal.deadlines.working_calendar import TIMEZONE
            from datetime import datetime

            built = dossiers.build(site, args.count, args.seed, args.create_dossier, enrich=Enricher(datetime.now(TIMEZONE)))
            print(f"Stored in {built['create_dossier'][1] + built['bulk'][1]:.0f} s.", file=sys.stderr)
        from danang.portal import clock
        from danang.portal.services.statistics.get import statistics_json
        from danang.portal.statistics.catalogue import targets
        from danang.portal.statistics.report import table
        from danang.portal.statistics.store import collect
        from danang.portal.statistics.store import rebuild
        from plone import api
        from zope.component.hooks import setSite

        setSite(site)
        count = len(api.portal.get_tool("portal_catalog").unrestrictedSearchResults(portal_type="Dossier"))
        started = time.perf_counter()
        store = rebuild(site, progress=lambda n: print(f"  counted {n}", file=sys.stderr) if n % 20000 == 0 else None)
        transaction.commit()
        rebuild_seconds = time.perf_counter() - started
        data_fs = directory / "var/Data.fs"

        baseline_runs = args.baseline_runs or (1 if count >= 50000 else 3)
        now = clock.now()
        _anonymous()
        request = _page_request(site)
        rows = []
        for label, period in _periods(now):
            request.form.clear()
            request.form.update({key: str(value) for key, value in period.params().items()})

            def rest(period=period):
                return statistics_json(period)

            def page():
                view = api.content.get_view("thong-ke", site, request)
                return view()

            def naive(period=period):
                scanned = collect(site)
                return table(scanned, period), targets(scanned, period)

            html = page()
            assert "dn-stats-table" in html, "the page did not render"
            rest_median, rest_p95 = measure(rest, args.runs)
            page_median, page_p95 = measure(page, max(5, args.runs // 3))
            naive_median, naive_max, (slow_table, slow_targets) = _slow(naive, baseline_runs)
            fast_table, fast_targets = table(store, period), targets(store, period)
            same = fast_table == slow_table and fast_targets == slow_targets
            total = fast_table["total"]
            rows.append((label, period.first, total["received_total"], total["processed_total"], rest_median, rest_p95,
                         page_median, page_p95, naive_median, naive_max, naive_median / rest_median, same))
            if not same:
                print(f"MISMATCH for {label}: counters and scan differ", file=sys.stderr)

        accepted = len(store.ledger)
        print(f"Dossiers: {count} (SAMPLE data), {accepted} accepted and counted; {len(store.tallies)} tallies, "
              f"{len(store.live)} live keys.")
        print(f"Rebuild of the counters from every dossier: {rebuild_seconds:.1f} s "
              f"({1000 * rebuild_seconds / max(count, 1):.2f} ms a dossier). Data.fs {data_fs.stat().st_size / 2**20:.0f} MiB.")
        print(f"{args.runs} runs (page: {max(5, args.runs // 3)}) after 3 warm-up calls; baseline: {baseline_runs} "
              f"runs, no warm-up (max instead of p95). Times in ms; ratio = baseline / @statistics.\n")
        header = (f"| {'period':<19} | {'from':<7} | {'received':>8} | {'processed':>9} | {'@statistics med':>15} | {'p95':>7} "
                  f"| {'page med':>8} | {'p95':>7} | {'scan med':>9} | {'scan max':>9} | {'ratio':>7} | same |")
        print(header)
        print("|" + "|".join("-" * len(cell) for cell in header.split("|")[1:-1]) + "|")
        for label, first, received, processed, rm, rp, pm, pp, nm, nx, ratio, same in rows:
            print(f"| {label:<19} | {first:<7} | {received:>8} | {processed:>9} | {rm:>15.1f} | {rp:>7.1f} | {pm:>8.1f} "
                  f"| {pp:>7.1f} | {nm:>9.0f} | {nx:>9.0f} | {ratio:>7.0f} | {'yes' if same else 'NO':<4} |")
        transaction.abort()
        app._p_jar.close()
    finally:
        if not args.keep:
            shutil.rmtree(directory, ignore_errors=True)


if __name__ == "__main__":
    main()
