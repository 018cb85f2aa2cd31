"""Service search benchmark: the faceted engine against a plain catalog query, over 10,000 services.

Builds a throw-away Plone site (the package's test fixture, in memory), loads the city's sectors
and agencies and N generated services (sample data), then times typical queries as an anonymous
visitor:

* engine: danang.portal.catalogue.search.search() with every facet's counts, plus the first page
  of brains;
* plain: one portal_catalog.searchResults() with the same filters, sort and page size, no counts.

Prints median and 95th percentile (ms) and the ratio of the medians; "cold" is the engine's
median right after a catalog change (its per-change cache dropped before every run). Usage:

    .venv/bin/python bench/search.py [--services 10000] [--runs 50] [--seed 2019] [--loader]
    .venv/bin/python bench/search.py --quality [--runs 5]

``--quality`` measures what citizens find instead: the shipped catalogue
(``data/catalogue/services.json`` and ``services-sample.json``, 1,580 services) and the query set
``bench/citizen-queries.csv`` (queries as citizens type them, each with the procedure code it
should find; ``a|b`` when any of several is right). It prints, per kind of query and overall, the
share whose procedure is first (top 1) and among the first three (top 3), with the median and p95
search time, then the queries that missed the top 3.

Sectors and agencies are the shipped ones (danang.portal.data.loader). Services come from
danang.portal.devtools.sample.generate_services(n, seed). By default they are stored with one
catalog indexing each (events and workflow transitions bypassed: a few minutes for 10,000), which
gives the catalog entries the loader gives; --loader stores them through danang.portal.data.loader instead (about 15 a second).
"""

from pathlib import Path
from timing import measure  # bench/timing.py, shared by the benchmarks

import argparse
import csv
import os
import sys
import time

os.environ.setdefault("zope_i18n_compile_mo_files", "false")

CITIZEN_QUERIES = Path(__file__).resolve().parent / "citizen-queries.csv"

QUERIES = (
    ("empty", {}),
    ("text only", {"q": "giay phep xay dung"}),
    ("1 facet", {"sector": "ho-tich"}),
    ("3 facets", {"sector": "hoat-dong-xay-dung", "level": "district", "online_level": "3"}),
    ("text + 3 facets", {"q": "cap giay phep", "level": "district", "online_level": "3", "fee": "paid"}),
    ("text + unit + days", {"q": "dang ky", "unit": "20198", "max_days": "10"}),
    ("phrase + 2 facets", {"q": '"giấy chứng nhận"', "audience": ["citizen", "business"], "online_mode": "full"}),
)

# --- site ----------------------------------------------------------------------------------------


def _set_up(layer):
    for base in reversed(layer.baseResolutionOrder):
        if hasattr(base, "setUp") and base is not object:
            base.setUp()
    layer.testSetUp()


def _store(container, portal_type, record, workflow_tool):
    """Add and publish one item with a single catalog indexing (what the loader ends up with)."""
    from DateTime import DateTime
    from plone.dexterity.utils import createContent

    record = {key: value for key, value in record.items() if value is not None and not key.startswith("_")}
    obj = createContent(portal_type, **record)
    obj.id = obj.code.lower()
    container._setObject(obj.id, obj, suppress_events=True)
    obj = container[obj.id]
    workflow = workflow_tool.getWorkflowsFor(obj)[0]
    workflow_tool.setStatusOf(
        workflow.id,
        obj,
        {"review_state": "published", "action": "publish", "actor": "admin", "time": DateTime(), "comments": ""},
    )
    workflow.updateRoleMappingsFor(obj)
    obj.indexObject()
    return obj


def _read_csv(path):
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _load_reference(portal):
    """The city's sectors and agencies, through the project's loader."""
    from danang.portal.data.files import AGENCIES_FILE
    from danang.portal.data.files import SECTORS_FILE
    from danang.portal.data.loader import load_agencies
    from danang.portal.data.loader import load_sectors

    load_sectors(portal)
    load_agencies(portal)
    return _read_csv(SECTORS_FILE), _read_csv(AGENCIES_FILE)


def load(portal, count, seed, use_loader=False):
    from danang.portal.devtools.sample import generate_services
    from plone import api

    import transaction

    workflow_tool = api.portal.get_tool("portal_workflow")
    sectors, agencies = _load_reference(portal)
    services = generate_services(count, seed)
    started = time.perf_counter()
    if use_loader:
        from danang.portal.data.loader import load_services

        load_services(portal, services, progress=True)
    else:
        for number, record in enumerate(services, 1):
            _store(portal["thu-tuc"], "Service", record, workflow_tool)
            if number % 500 == 0:
                transaction.savepoint(optimistic=True)
                print(f"  {number} services stored", file=sys.stderr)
    # Index everything now, so that no query below pays for it.
    from Products.CMFCore.indexing import processQueue

    processQueue()
    return len(sectors), len(agencies), len(services), time.perf_counter() - started


def read_citizen_queries(path=CITIZEN_QUERIES):
    """(query, expected codes, kind) of every row of the query set."""
    with Path(path).open(encoding="utf-8") as handle:
        return [(row["query"], tuple(row["code"].split("|")), row["kind"]) for row in csv.DictReader(handle)]


def load_shipped(portal):
    """The shipped catalogue, each service stored with one catalog indexing (like load())."""
    from plone import api

    import json
    import transaction

    workflow_tool = api.portal.get_tool("portal_workflow")
    from danang.portal.data.files import REAL_SERVICES_FILE
    from danang.portal.data.files import SAMPLE_SERVICES_FILE

    _load_reference(portal)
    records = []
    for path in (REAL_SERVICES_FILE, SAMPLE_SERVICES_FILE):
        with path.open(encoding="utf-8") as handle:
            records.extend(json.load(handle))
    for number, record in enumerate(records, 1):
        record = {key: value for key, value in record.items() if key != "related"}
        _store(portal["thu-tuc"], "Service", record, workflow_tool)
        if number % 500 == 0:
            transaction.savepoint(optimistic=True)
    from Products.CMFCore.indexing import processQueue

    processQueue()
    return len(records)


def rank_of(results, expected, depth=3):
    """1-based position of the first expected code among the first ``depth`` results, or None."""
    for position, brain in enumerate(results.brains(0, depth), 1):
        if brain.code in expected:
            return position
    return None


def quality(runs):
    """Top 1 / top 3 of the citizen query set over the shipped catalogue, and the time it takes."""
    from danang.portal.catalogue.criteria import criteria_from_form
    from danang.portal.catalogue.search import search
    from danang.portal.testing import INTEGRATION_TESTING
    from plone.app.testing import login
    from plone.app.testing import logout
    from plone.app.testing import setRoles
    from plone.app.testing import TEST_USER_ID
    from plone.app.testing import TEST_USER_NAME

    import statistics

    _set_up(INTEGRATION_TESTING)
    portal = INTEGRATION_TESTING["portal"]
    setRoles(portal, TEST_USER_ID, ["Manager"])
    login(portal, TEST_USER_NAME)
    count = load_shipped(portal)
    logout()
    queries = read_citizen_queries()
    by_kind = {}
    misses = []
    times = []
    for text, expected, kind in queries:
        criteria = criteria_from_form({"q": text})

        def run():
            results = search(criteria)
            [brain.Title for brain in results.brains()]
            return results

        median, _ = measure(run, runs)
        times.append(median)
        results = search(criteria)
        position = rank_of(results, expected)
        by_kind.setdefault(kind, []).append(position)
        if position is None:
            first = [brain.code for brain in results.brains(0, 3)]
            misses.append((kind, text, "|".join(expected), results.total, " ".join(first)))
    print(f"Shipped catalogue: {count} services; {len(queries)} citizen queries (bench/citizen-queries.csv).")
    print(f"Anonymous visitor; time: median of {runs} runs per query, then median and p95 over the queries.\n")
    header = f"| {'kind':<10} | {'queries':>7} | {'top 1':>6} | {'top 3':>6} |"
    print(header)
    print("|" + "|".join("-" * len(cell) for cell in header.split("|")[1:-1]) + "|")
    rows = sorted(by_kind.items()) + [("all", [p for positions in by_kind.values() for p in positions])]
    for kind, positions in rows:
        top1 = sum(1 for p in positions if p == 1) / len(positions)
        top3 = sum(1 for p in positions if p is not None) / len(positions)
        print(f"| {kind:<10} | {len(positions):>7} | {top1:>6.0%} | {top3:>6.0%} |")
    times.sort()
    p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
    print(f"\nSearch time per query: median {statistics.median(times):.1f} ms, p95 {p95:.1f} ms.")
    if misses:
        print("\nNot in the top 3 (kind, query, expected, hits, first three):")
        for miss in misses:
            print("  " + " · ".join(str(part) for part in miss))


def plain_search(criteria):
    """The same filters as one ordinary catalog query, without counts: the yardstick."""
    from danang.portal.catalogue import search as engine
    from danang.portal.catalogue.facets import FACETS
    from plone import api

    query = {"portal_type": engine.PORTAL_TYPE, "in_force": True}
    if criteria.terms:
        query[engine.TEXT_INDEX] = " ".join(
            f"{term.text}*" if term.prefix else f'"{term.text}"' for term in criteria.terms
        )
    if criteria.max_days is not None:
        query[engine.DAYS_INDEX] = {"query": criteria.max_days, "range": "max"}
    for facet in FACETS:
        if criteria.selected(facet.name):
            query[facet.index] = list(criteria.selected(facet.name))
    if criteria.sort_on == "name" or not criteria.terms:
        query["sort_on"] = engine.NAME_SORT_INDEX
    if criteria.sort_on == "days":
        query["sort_on"] = engine.DAYS_INDEX
    query["sort_limit"] = criteria.b_start + criteria.b_size
    return api.portal.get_tool("portal_catalog").searchResults(**query)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--services", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--seed", type=int, default=2019)
    parser.add_argument(
        "--loader", action="store_true", help="store services through danang.portal.data.loader (slower)"
    )
    parser.add_argument(
        "--quality", action="store_true", help="top 1 / top 3 of the citizen query set over the shipped catalogue"
    )
    args = parser.parse_args()
    if args.quality:
        quality(min(args.runs, 10) if args.runs != parser.get_default("runs") else 5)
        return

    from danang.portal.testing import INTEGRATION_TESTING

    _set_up(INTEGRATION_TESTING)
    portal = INTEGRATION_TESTING["portal"]

    from danang.portal.catalogue.criteria import criteria_from_form
    from danang.portal.catalogue.search import search
    from plone import api
    from plone.app.testing import login
    from plone.app.testing import logout
    from plone.app.testing import setRoles
    from plone.app.testing import TEST_USER_ID
    from plone.app.testing import TEST_USER_NAME

    setRoles(portal, TEST_USER_ID, ["Manager"])
    login(portal, TEST_USER_NAME)
    print(f"Loading {args.services} services…", file=sys.stderr)
    sectors, agencies, services, seconds = load(portal, args.services, args.seed, args.loader)
    logout()

    print(f"Catalogue: {services} services (sample data from danang.portal.devtools.sample), {sectors} sectors, {agencies} agencies;")
    print(f"loaded in {seconds:.0f} s. Anonymous visitor, {args.runs} runs per query, times in ms.\n")
    catalog = api.portal.get_tool("portal_catalog")

    def drop_cache():
        # The engine keeps the visible set, whole-catalogue counts and name order per catalog
        # change (catalogue/search.py _cache): "cold" is the first query after an edit.
        counter = getattr(catalog, "_counter", None)
        if counter is not None and hasattr(counter, "_v_danang_search"):
            del counter._v_danang_search

    header = (
        f"| {'query':<20} | {'hits':>5} | {'engine median':>13} | {'engine p95':>10} | {'cold median':>11} |"
        f" {'plain median':>12} | {'plain p95':>9} | {'ratio':>5} |"
    )
    print(header)
    print("|" + "|".join("-" * (len(cell)) for cell in header.split("|")[1:-1]) + "|")
    for name, form in QUERIES:
        criteria = criteria_from_form(form)

        def engine():
            results = search(criteria)
            [brain.Title for brain in results.brains()]
            return results

        def plain():
            brains = plain_search(criteria)
            [brain.Title for brain in brains[: criteria.b_size]]
            return brains

        hits = engine().total
        plain_hits = plain().actual_result_count
        assert hits == plain_hits, (name, hits, plain_hits)
        def cold():
            drop_cache()
            return engine()

        engine_median, engine_p95 = measure(engine, args.runs)
        cold_median, _ = measure(cold, args.runs)
        plain_median, plain_p95 = measure(plain, args.runs)
        print(
            f"| {name:<20} | {hits:>5} | {engine_median:>13.1f} | {engine_p95:>10.1f} | {cold_median:>11.1f} |"
            f" {plain_median:>12.1f} | {plain_p95:>9.1f} | {engine_median / plain_median:>5.1f} |"
        )


if __name__ == "__main__":
    main()
