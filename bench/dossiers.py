"""Desk worklist benchmark: the worklist and overdue queries over N dossiers (default 200,000).

Builds a throw-away Zope database (FileStorage in a temporary directory) holding a Plone site
with danang.portal, the city's sectors and agencies, a few sample services and N SAMPLE dossiers
spread over every agency (applicant names say "mẫu": they are plainly sample data, and each
dossier has ``sample = True``). Then, logged in as an official of one unit (or a manager for the
city-wide query), it times:

  (a) the worklist of one unit, first page (desk/query.py worklist(), counts excluded);
  (b) the overdue query of one unit, and city-wide (first page and total);
  (c) the state counts of one unit (desk/query.py state_counts());

each against a naive baseline measured in the same run: the same result computed by loading
every matching brain and sorting or counting in Python (no sort_limit, no index sets).

Dossiers: the first ``--create-dossier`` ones go through danang.portal.dossier.create_dossier
(the real path; its time per dossier is printed); the rest are stored by the same content class
with one catalog indexing each and no events (about 4x faster), with the local roles the desk
workflow gives unit groups (``<agency code>-desk`` etc.). Bulk indexing fills only the indexes
and metadata columns that the create_dossier dossiers have entries in; the run re-catalogs a few
bulk dossiers the normal way and prints whether their entries stayed identical. States are spread as in a running
portal; since the dossier workflow may not define every state yet, every dossier gets the
permission mapping of state "new" (officials, applicant, agent) and then its state.

Usage:
    .venv/bin/python bench/dossiers.py [--count 200000] [--runs 50] [--seed 2019] [--keep DIR]
"""

from pathlib import Path
from timing import measure as timed  # bench/timing.py, shared by the benchmarks

import argparse
import os
import random
import shutil
import sys
import tempfile
import time

os.environ.setdefault("zope_i18n_compile_mo_files", "false")

ROOT = Path(__file__).resolve().parent.parent
# Share of dossiers per state, roughly as in a running portal (most are returned, some open).
STATE_WEIGHTS = (
    ("new", 4),
    ("received", 3),
    ("refused", 2),
    ("processing", 14),
    ("supplement", 3),
    ("payment", 1),
    ("withdrawn", 1),
    ("stopped", 1),
    ("finished", 6),
    ("returned", 65),
)
CHANNEL_WEIGHTS = (("online", 55), ("in_person", 40), ("post", 5))
SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ")


def _zope_conf(directory):
    etc = directory / "etc"
    etc.mkdir(parents=True)
    shutil.copy(ROOT / "instance/site.zcml", etc / "site.zcml")
    (directory / "var").mkdir()
    conf = etc / "zope.conf"
    conf.write_text(
        f"""
%define INSTANCE {directory}
instancehome $INSTANCE
clienthome $INSTANCE/var
default-zpublisher-encoding utf-8
<environment>
  zope_i18n_compile_mo_files false
  TZ Asia/Ho_Chi_Minh
</environment>
<zodb_db main>
  <filestorage>
    path $INSTANCE/var/Data.fs
    blob-dir $INSTANCE/var/blobs
  </filestorage>
  mount-point /
  cache-size 400000
</zodb_db>
""",
        encoding="utf-8",
    )
    return conf


def _site(directory):
    """A fresh Plone site with danang.portal, the city's sectors and agencies; the Zope app."""
    from danang.portal.cli.site import _as_admin
    from danang.portal.cli.site import _zope_app
    from danang.portal.cli.site import ensure_admin
    from danang.portal.cli.site import ensure_site
    from danang.portal.cli.site import site_answers
    from danang.portal.data.loader import load_agencies
    from danang.portal.data.loader import load_sectors

    import transaction

    app = _zope_app(str(_zope_conf(directory)))
    ensure_admin(app, "bench-admin-password")
    transaction.commit()
    app = _as_admin(app)
    # As in a real request: Dexterity caches schema and FTI look-ups on the global request
    # (without one, every catalog indexing pays them again, about 3x slower).
    from zope.globalrequest import setRequest

    setRequest(app.REQUEST)
    site, _ = ensure_site(app, site_answers(ROOT / "profiles/site.json"), with_data=False)
    load_sectors(site)
    load_agencies(site)
    transaction.commit()
    return app, site


def _weighted(rng, pairs):
    values = [value for value, _ in pairs]
    weights = [weight for _, weight in pairs]
    return lambda: rng.choices(values, weights)[0]


def _sample_services(site, rng, agencies, sectors):
    """One city service per city agency, published (sample data), for create_dossier."""
    from plone import api

    services = []
    for number, agency in enumerate(agencies):
        if agency["level"] != "city":
            continue
        service = api.content.create(
            container=site["thu-tuc"],
            type="Service",
            id=f"mau-{number}",
            title=f"Thủ tục mẫu {number} của {agency['code']} (dữ liệu mẫu)",
            code=f"9.{900000 + number:06d}",
            sector=rng.choice(sectors),
            levels=["city"],
            agency=agency["code"],
            online_level=3,
            processing_time=rng.choice([3, 5, 7, 10, 15]),
            processing_unit="working_days",
            components=[{"name": "Đơn đề nghị", "required": True, "originals": 1, "copies": 0}],
        )
        api.content.transition(service, to_state="published")
        services.append(service)
    return services


def _unit_groups(agency_codes):
    from danang.portal.desk.membership import UNIT_GROUP_SUFFIXES
    from plone import api

    for code in agency_codes:
        for suffix in UNIT_GROUP_SUFFIXES:
            if api.group.get(groupname=f"{code}{suffix}") is None:
                api.group.create(groupname=f"{code}{suffix}")


def _unit_local_roles(code):
    return {f"{code}-desk": ["DeskOfficer"], f"{code}-specialist": ["Specialist"], f"{code}-leader": ["Leader"]}


class Generator:
    """Sample dossiers: unit (skewed: some desks are much busier), state, dates, service."""

    def __init__(self, rng, agencies, sectors, now):
        self.rng = rng
        self.now = now
        self.agencies = agencies
        # Zipf-like load: the busiest desks receive many times more than the quietest.
        self.unit_weights = [1.0 / (rank + 1) ** 0.8 for rank in range(len(agencies))]
        rng.shuffle(self.unit_weights)
        self.sectors = sectors
        self.state = _weighted(rng, STATE_WEIGHTS)
        self.channel = _weighted(rng, CHANNEL_WEIGHTS)

    def record(self, number):
        from datetime import timedelta

        rng = self.rng
        agency = rng.choices(self.agencies, self.unit_weights)[0]
        state = self.state()
        # Open dossiers were received lately; closed ones over the last two years.
        days_back = rng.uniform(0, 45) if state in ("new", "received", "processing", "supplement", "payment") else rng.uniform(0, 730)
        received = self.now - timedelta(days=days_back)
        received = received.replace(hour=rng.randint(7, 16), minute=rng.randint(0, 59), second=0, microsecond=0)
        if received > self.now:
            received -= timedelta(days=1)
        service_number = rng.randint(0, 399)
        return {
            "agency": agency,
            "state": state,
            "received": received,
            "channel": self.channel(),
            "service_code": f"9.{800000 + service_number:06d}",
            "service_title": f"Thủ tục mẫu số {service_number} (dữ liệu mẫu)",
            "sector": self.sectors[service_number % len(self.sectors)],
            "processing_time": float(rng.choice([1, 3, 5, 7, 10, 15, 20, 30])),
            "name": f"{rng.choice(SURNAMES)} Người Nộp Mẫu {number:06d}",
            "id_number": f"0489{number:08d}",
            "phone": f"0905{number % 1000000:06d}",
        }

    def code(self, agency, received, root):
        from danang.portal.deadlines.working_calendar import local
        from danang.portal.dossier.numbering import format_dossier_code
        from danang.portal.dossier.numbering import next_sequence

        # The site's own daily counters, shared with the create_dossier part: codes stay unique.
        unit = agency.get("dossier_unit_code") or agency["code"]
        day = local(received).date()
        return format_dossier_code(unit, day, next_sequence(root, unit, day))


def _bulk_dossier(record, code, root, workflow_tool, new_state_def, catalog, indexes, absent, enrich=None):
    """Store one dossier like create_dossier does, with one catalog indexing and no events."""
    from danang.portal.deadlines.api import due_date
    from danang.portal.dossier.storage import shard_for
    from persistent.list import PersistentList
    from plone.dexterity.utils import createContent
    from plone.indexer.interfaces import IIndexableObject
    from zope.component import queryMultiAdapter

    agency = record["agency"]
    dossier = createContent("Dossier")
    dossier.id = dossier.title = dossier.dossier_code = code
    dossier.description = dossier.service_title = record["service_title"]
    dossier.exclude_from_nav = True
    dossier.sample = True
    dossier.channel = record["channel"]
    dossier.receiving_unit = agency["code"]
    dossier.receiving_area = agency.get("area_code") or None
    dossier.received = record["received"]
    dossier.due = dossier.original_due = due_date(record["received"], record["processing_time"], "working_days")
    dossier.service_uid = "sample"
    dossier.service_code = record["service_code"]
    dossier.sector = record["sector"]
    dossier.processing_time = record["processing_time"]
    dossier.processing_unit = "working_days"
    dossier.applicant_name = record["name"]
    dossier.applicant_id_number = record["id_number"]
    dossier.applicant_phone = record["phone"]
    dossier.answers = {"sample": True}
    dossier.status_history = PersistentList()
    dossier.creators = ()
    dossier.__ac_local_roles__ = _unit_local_roles(agency["code"])
    container = shard_for(record["received"], root)
    container._setObject(code, dossier, set_owner=False, suppress_events=True)
    dossier = container[code]
    _set_state(dossier, record["state"], workflow_tool, new_state_def)
    if enrich is not None:
        enrich(dossier, record)
    # Only the indexes and metadata columns a dossier has values for (the others would skip it or
    # store "missing" anyway): the same catalog entries as a full indexing, without asking ~60
    # service indexes and columns for fields a dossier does not have.
    wrapper = queryMultiAdapter((dossier, catalog), IIndexableObject)
    catalog._catalog.catalogObject(_Present(wrapper, absent), "/".join(dossier.getPhysicalPath()), idxs=indexes)
    return dossier


class _Present:
    """The indexable wrapper, answering "missing" at once for attributes dossiers never have."""

    def __init__(self, wrapped, absent):
        self.__dict__["_wrapped"] = wrapped
        self.__dict__["_absent"] = absent

    def __getattr__(self, name):
        if name in self._absent:
            raise AttributeError(name)
        return getattr(self._wrapped, name)


def absent_columns(catalog, rids):
    """Metadata columns that are missing for every one of these (really created) dossiers."""
    from Products.ZCatalog.Catalog import MV

    names = catalog._catalog.names
    records = [catalog._catalog.data[rid] for rid in rids]
    return frozenset(name for position, name in enumerate(names) if all(record[position] is MV for record in records))


def dossier_indexes(catalog, rids):
    """Names of the catalog indexes holding an entry for any of these (really created) dossiers."""
    return sorted(
        name
        for name, index in catalog._catalog.indexes.items()
        if any(index.getEntryForObject(rid, None) is not None for rid in rids)
    )


def _set_state(dossier, state, workflow_tool, new_state_def):
    from AccessControl.Permission import pname
    from DateTime import DateTime

    # The permissions of state "new" (officials of the unit, applicant, agent), then the state.
    for permission, roles in new_state_def.permission_roles.items():
        # What manage_permission(permission, roles, acquire=False) stores, without its checks.
        setattr(dossier, pname(permission), tuple(roles))
    workflow_tool.setStatusOf(
        "dossier_workflow",
        dossier,
        {"review_state": state, "action": None, "actor": "bench", "time": DateTime(), "comments": ""},
    )


def build(site, count, seed, with_create_dossier, enrich=None):
    """Store ``count`` sample dossiers; ``enrich(dossier, record)``, when given, adds what another
    benchmark needs to each one (bench/statistics_page.py: the workflow's clock attributes)."""
    from danang.portal.data.loader import AGENCIES_FILE
    from danang.portal.deadlines.working_calendar import TIMEZONE
    from danang.portal.dossier.create import create_dossier
    from danang.portal.dossier.storage import dossier_root
    from datetime import datetime
    from plone import api
    from Products.CMFCore.indexing import processQueue

    import csv
    import transaction

    rng = random.Random(seed)
    with open(AGENCIES_FILE, encoding="utf-8") as handle:
        agencies = list(csv.DictReader(handle))
    sectors = [brain.code for brain in api.content.find(portal_type="Sector")] or ["mau"]
    _unit_groups([agency["code"] for agency in agencies])
    services = _sample_services(site, rng, agencies, sectors)
    transaction.commit()
    now = datetime.now(TIMEZONE)
    generator = Generator(rng, agencies, sectors, now)
    root = dossier_root(site)
    workflow_tool = api.portal.get_tool("portal_workflow")
    new_state_def = workflow_tool.getWorkflowById("dossier_workflow").states["new"]

    # The real path first: create_dossier (events, numbering counters, workflow, indexing).
    # At least a few real ones: they tell which indexes a dossier has entries in.
    real = min(max(with_create_dossier, 20), count)
    started = time.perf_counter()
    for number in range(real):
        record = generator.record(number)
        service = rng.choice(services)
        dossier = create_dossier(
            service,
            {"name": record["name"], "id_number": record["id_number"], "phone": record["phone"]},
            {"sample": True},
            [],
            channel=record["channel"],
            received=record["received"],
        )
        dossier.sample = True
        dossier.__ac_local_roles__.update(_unit_local_roles(dossier.receiving_unit))
        if record["state"] != "new":
            _set_state(dossier, record["state"], workflow_tool, new_state_def)
        if enrich is not None:
            enrich(dossier, record)
        dossier.reindexObject()
        if number % 200 == 199:
            transaction.commit()
    processQueue()
    transaction.commit()
    create_seconds = time.perf_counter() - started

    catalog = api.portal.get_tool("portal_catalog")
    real_rids = [brain.getRID() for brain in catalog.unrestrictedSearchResults(portal_type="Dossier")]
    indexes = dossier_indexes(catalog, real_rids)
    absent = absent_columns(catalog, real_rids) - set(indexes)
    started = time.perf_counter()
    for number in range(real, count):
        record = generator.record(number)
        code = generator.code(record["agency"], record["received"], root)
        _bulk_dossier(record, code, root, workflow_tool, new_state_def, catalog, indexes, absent, enrich)
        if number % 2000 == 1999:
            transaction.commit()
            site._p_jar.cacheGC()
            if number % 20000 == 19999:
                print(f"  {number + 1} dossiers stored", file=sys.stderr)
    catalog._increment_counter()
    processQueue()
    transaction.commit()
    bulk_seconds = time.perf_counter() - started
    identical = _same_as_full_indexing(catalog, real_rids)
    return {
        "now": now,
        "create_dossier": (real, create_seconds),
        "bulk": (count - real, bulk_seconds),
        "agencies": agencies,
        "indexes": indexes,
        "identical": identical,
    }


def _same_as_full_indexing(catalog, real_rids, sample=5):
    """Re-catalog a few bulk dossiers the normal way: their entries must not change."""
    import transaction

    brains = [b for b in catalog.unrestrictedSearchResults(portal_type="Dossier", sort_on="dossier_code", sort_limit=200)
              if b.getRID() not in set(real_rids)][:sample]
    same = True
    for brain in brains:
        rid = brain.getRID()
        before = (catalog.getIndexDataForRID(rid), catalog.getMetadataForRID(rid))
        catalog.catalog_object(brain._unrestrictedGetObject(), brain.getPath())
        after = (catalog.getIndexDataForRID(rid), catalog.getMetadataForRID(rid))
        same = same and before == after
    transaction.abort()
    return same and bool(brains)


def _login(site, user_id):
    from AccessControl.SecurityManagement import newSecurityManager

    user = site.acl_users.getUserById(user_id)
    newSecurityManager(None, user.__of__(site.acl_users))


def _naive_worklist(catalog, filters, now, size):
    """Baseline: every matching dossier as a brain, sorted in Python (overdue first, by due)."""
    from danang.portal.desk.query import base_query
    from danang.portal.desk.query import OPEN_STATES
    from danang.portal.dossier.status import BY_CODE

    query = dict(base_query(filters), dossier_status=_codes(filters.states))
    brains = list(catalog.searchResults(query, show_inactive=True))
    cutoff = now.replace(second=0, microsecond=0)

    def key(brain):
        overdue = BY_CODE[brain.dossier_status].state in OPEN_STATES and brain.due < cutoff
        return (not overdue, brain.due)

    brains.sort(key=key)
    return brains[:size], len(brains)


def _codes(states):
    from danang.portal.dossier.status import BY_STATE

    return [BY_STATE[state].code for state in states]


def _naive_overdue(catalog, filters, now, size):
    from danang.portal.desk.query import base_query
    from danang.portal.desk.query import OPEN_STATES

    query = dict(base_query(filters), dossier_status=_codes(OPEN_STATES))
    cutoff = now.replace(second=0, microsecond=0)
    overdue = [brain for brain in catalog.searchResults(query, show_inactive=True) if brain.due < cutoff]
    overdue.sort(key=lambda brain: brain.due)
    return overdue[:size], len(overdue)


def _naive_counts(catalog, filters):
    from danang.portal.desk.query import base_query
    from danang.portal.dossier.status import BY_CODE

    counts = {}
    for brain in catalog.searchResults(base_query(filters), show_inactive=True):
        state = BY_CODE[brain.dossier_status].state
        counts[state] = counts.get(state, 0) + 1
    return counts


def measure(site, built, runs):
    from danang.portal.desk.query import ALL_STATES
    from danang.portal.desk.query import Filters
    from danang.portal.desk.query import OPEN_STATES
    from danang.portal.desk.query import overdue_results
    from danang.portal.desk.query import result_count
    from danang.portal.desk.query import state_counts
    from danang.portal.desk.query import worklist
    from datetime import datetime
    from plone import api

    catalog = api.portal.get_tool("portal_catalog")
    index = catalog._catalog.getIndex("receiving_unit")
    sizes = sorted(((len(index._index[code]) if not isinstance(index._index[code], int) else 1), code) for code in index._index.keys())
    busiest = sizes[-1]
    typical = sizes[len(sizes) // 2]
    official = "bench-official"
    manager = "bench-manager"
    api.user.create(email="official@bench.example", username=official, password="bench-official-pw-1")
    api.user.create(email="manager@bench.example", username=manager, password="bench-manager-pw-1", roles=["Manager"])
    for _, code in (busiest, typical):
        api.group.add_user(groupname=f"{code}-desk", username=official)
    import transaction

    transaction.commit()
    now = datetime.now(built["now"].tzinfo)
    rows = []

    def add(name, hits, fast, naive, check):
        fast_median, fast_p95 = timed(fast, runs)
        naive_median, naive_p95 = timed(naive, max(5, runs // 5))
        if not check():
            raise AssertionError(f"{name}: the fast and the naive results differ")
        rows.append((name, hits, fast_median, fast_p95, naive_median, naive_p95, naive_median / fast_median))

    _login(site, official)
    for label, (size, code) in (("busiest", busiest), ("typical", typical)):
        filters = Filters(units=(code,))

        def page(filters=filters):
            result = worklist(filters, 0, 20, now=now, counts=False)
            return [(row.brain.dossier_code, row.brain.due, row.brain.dossier_status) for row in result.rows], result

        def page_names(filters=filters):
            result = worklist(filters, 0, 20, now=now, counts=False)
            # The view shows the applicant's name from the dossier itself (not in the catalog).
            return [row.brain.getObject().applicant_name for row in result.rows]

        def naive_page(filters=filters):
            return _naive_worklist(catalog, filters, now, 20)

        def same_page(filters=filters):
            fast, result = page()
            slow, total = naive_page()
            # Many dossiers share a due date (end of the working day): compare the order's keys.
            return [brain.due for brain in slow] == [due for _, due, _ in fast] and total == result.total

        total = page()[1].total
        add(f"(a) worklist page 1, {label} unit {code} ({size} dossiers)", total, page, naive_page, same_page)
        add("(a') same + applicant names from objects", total, page_names, naive_page, lambda: True)

        open_filters = Filters(units=(code,), states=OPEN_STATES)

        def overdue(filters=open_filters):
            results = overdue_results(filters, now=now, limit=20)
            return [brain.due for brain in results[:20]], result_count(results)

        def naive_overdue(filters=open_filters):
            brains, total = _naive_overdue(catalog, filters, now, 20)
            return [brain.due for brain in brains], total

        add(f"(b) overdue, {label} unit {code}", overdue()[1], overdue, naive_overdue, lambda: overdue() == naive_overdue())

        all_filters = Filters(units=(code,), states=ALL_STATES)
        add(
            f"(c) state counts, {label} unit {code}",
            sum(state_counts(all_filters).values()),
            lambda: state_counts(all_filters),
            lambda: _naive_counts(catalog, all_filters),
            lambda: {k: v for k, v in state_counts(all_filters).items() if v} == _naive_counts(catalog, all_filters),
        )

    _login(site, manager)
    city = Filters(units=(), states=OPEN_STATES)

    def city_overdue():
        results = overdue_results(city, now=now, limit=20)
        return [brain.due for brain in results[:20]], result_count(results)

    def naive_city_overdue():
        brains, total = _naive_overdue(catalog, city, now, 20)
        return [brain.due for brain in brains], total

    add("(b) overdue, city-wide (manager)", city_overdue()[1], city_overdue, naive_city_overdue, lambda: city_overdue() == naive_city_overdue())
    all_city = Filters(units=(), states=ALL_STATES)
    add(
        "(c) state counts, city-wide (manager)",
        sum(state_counts(all_city).values()),
        lambda: state_counts(all_city),
        lambda: _naive_counts(catalog, all_city),
        lambda: {k: v for k, v in state_counts(all_city).items() if v} == _naive_counts(catalog, all_city),
    )
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200000)
    parser.add_argument("--create-dossier", type=int, default=500, help="how many go through create_dossier")
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--seed", type=int, default=2019)
    parser.add_argument("--keep", help="build the database in this (new) directory and keep it")
    parser.add_argument("--no-pack", action="store_true", help="do not pack before measuring the size")
    args = parser.parse_args()

    directory = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="danang-bench-"))
    directory.mkdir(parents=True, exist_ok=True)
    try:
        started = time.perf_counter()
        app, site = _site(directory)
        print(f"Site created in {time.perf_counter() - started:.0f} s; storing {args.count} dossiers…", file=sys.stderr)
        built = build(site, args.count, args.seed, args.create_dossier)
        data_fs = directory / "var/Data.fs"
        unpacked = data_fs.stat().st_size
        packed = None
        if not args.no_pack:
            app._p_jar.db().pack()
            packed = data_fs.stat().st_size
        from plone import api

        dossiers = len(api.portal.get_tool("portal_catalog").unrestrictedSearchResults(portal_type="Dossier"))
        rows = measure(site, built, args.runs)

        real, real_seconds = built["create_dossier"]
        bulk, bulk_seconds = built["bulk"]
        print(f"Dossiers: {dossiers} (SAMPLE data) across {len(built['agencies'])} agencies; "
              f"{real} through create_dossier ({1000 * real_seconds / max(real, 1):.1f} ms each), "
              f"{bulk} bulk-stored ({1000 * bulk_seconds / max(bulk, 1):.2f} ms each).")
        print(f"Bulk-stored catalog entries identical to a full indexing (checked on 5): {built['identical']}.")
        print(f"Data.fs: {unpacked / 2**20:.0f} MiB before pack" + (f", {packed / 2**20:.0f} MiB packed" if packed else "") + ".")
        print(f"{args.runs} runs per query (baseline: {max(5, args.runs // 5)}), warm cache, times in ms; ratio = baseline / ours.\n")
        header = f"| {'query':<58} | {'hits':>6} | {'median':>7} | {'p95':>7} | {'naive med':>9} | {'naive p95':>9} | {'ratio':>6} |"
        print(header)
        print("|" + "|".join("-" * len(cell) for cell in header.split("|")[1:-1]) + "|")
        for name, hits, median, p95, naive_median, naive_p95, ratio in rows:
            print(f"| {name:<58} | {hits:>6} | {median:>7.1f} | {p95:>7.1f} | {naive_median:>9.1f} | {naive_p95:>9.1f} | {ratio:>6.1f} |")
        app._p_jar.close()
    finally:
        if not args.keep:
            shutil.rmtree(directory, ignore_errors=True)


if __name__ == "__main__":
    main()
