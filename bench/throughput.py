"""Throughput benchmark: simultaneous submissions, bytes per dossier, pages against vanilla Plone,
warm restart.

Builds a throw-away instance (FileStorage in a temporary directory) holding the portal with the
city's sectors and agencies and a few sample services, and a vanilla Plone site with one
published Document in the same Zope application; serves both with waitress (the threads of
instance/zope.ini.in) in this process, with the portal's max-conflict-retries
(instance/zope.conf.in). Then:

  (1) submissions: ``--clients`` clients (default 8) each submit dossiers to one unit through the
      real ``POST @dossiers`` (a citizen's Basic auth, a JSON body with one PDF; the slip is
      signed with the test CA after the commit and e-mailed to a real SMTP server on 127.0.0.1,
      as in production); dossiers/s, latency p50/p95/max, duplicate codes, lost dossiers (an acknowledged code not
      found intact afterwards), and a reader probe (the vanilla Document page) during the load
      against the same probe idle;
  (2) bytes written to Data.fs per submission (the uploaded files are blobs, outside Data.fs),
      the submission's transaction and the outbox's (the signed slip), and the largest kinds of
      records written (which catalog index, the metadata, the intids, else the class);
  (3) pages (home, search, service, agency) as an anonymous visitor: median latency against the
      vanilla Document page measured interleaved, and pages/s with 4 concurrent clients;
  (4) warm restart: the database is closed (the FileStorage index is written), then reopened,
      against an open of the same file without its index (a full scan).

The baseline of every ratio is measured beside, in the same run. The goals are issue 17's
(docs/numbering.md, "Throughput").

Usage:
    .venv/bin/python bench/throughput.py [--clients 8] [--submissions 160] [--runs 40] [--keep DIR]
"""

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import argparse
import os
import re
import shutil
import statistics
import sys
import tempfile
import threading
import time

os.environ.setdefault("zope_i18n_compile_mo_files", "false")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from dossiers import _sample_services  # noqa: E402  (bench/dossiers.py)
from dossiers import _site  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
# A minimal real PDF: the upload rules check the type from the content (uploads/).
PDF = (
    b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages "
    b"/Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
)

CITIZEN = ("nguoi-nop-thu", "mat-khau-nguoi-nop-2025")
# A real SMTP server takes the receipts: the submission's mail (and its PDF) is part of its cost.
SENDER = "mot-cua@danang.example"


def payload(service_code, number):
    """The JSON body of POST @dossiers for one sample dossier (docs/api-dossiers.md)."""
    import base64

    return {
        "service": service_code,
        "applicant": {
            "name": f"Người thử mẫu {number}", "id_number": "048190001234", "birth_date": "1990-05-17",
            "address": "12 Lê Duẩn", "district": "492", "ward": "20233", "phone": "0905123456",
            "email": f"nguoi-nop-{number}@example.com",
        },
        "answers": {"result_delivery": "post", "commitment": True},
        "files": [{"field": "file_1", "filename": f"don-{number}.pdf", "content_type": "application/pdf",
                   "data": base64.b64encode(PDF).decode("ascii")}],
    }


def smtp_sink():
    """A real SMTP server on 127.0.0.1 (aiosmtpd) that counts what it receives."""
    from aiosmtpd.controller import Controller

    class Inbox:
        received = 0

        async def handle_DATA(self, server, session, envelope):
            Inbox.received += 1
            return "250 Message accepted for delivery"

    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(Inbox(), hostname="127.0.0.1", port=port)
    controller.start()
    return controller, Inbox, port


def configured_retries():
    text = (ROOT / "instance" / "zope.conf.in").read_text()
    return int(re.search(r"^max-conflict-retries\s+(\d+)", text, re.MULTILINE).group(1))


def percentile(samples, share):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def build(directory, smtp_port):
    from plone import api
    from Products.CMFPlone.factory import addPloneSite
    from zope.component.hooks import setSite

    import random
    import transaction

    app, site = _site(directory)
    setSite(site)
    rng = random.Random(17)
    from danang.portal.data.loader import load_sectors  # noqa: F401  (loaded by _site)

    agencies = [
        {"code": brain.code, "level": "city"}
        for brain in api.content.find(portal_type="Agency", agency_kind="department")
    ][:3]
    sectors = [brain.code for brain in api.content.find(portal_type="Sector")]
    services = _sample_services(site, rng, agencies, sectors)
    agency = api.content.find(portal_type="Agency", code=services[0].agency)[0]
    api.user.create(email="nguoi-nop-thu@example.com", username=CITIZEN[0], password=CITIZEN[1],
                    properties={"fullname": "Người nộp thử"})
    # Plone's SMTP mailer reads the registry (as tests/fixtures/mail.py does).
    api.portal.set_registry_record("plone.smtp_host", "127.0.0.1")
    api.portal.set_registry_record("plone.smtp_port", smtp_port)
    site.MailHost.smtp_queue = False
    api.portal.set_registry_record("plone.email_from_address", SENDER)
    api.portal.set_registry_record("plone.email_from_name", "Cổng dịch vụ công Đà Nẵng")
    # Every unit signs its slips, as in production (here with the test CA, docs/signing.md).
    from danang.portal.signing.install import enable_test_certificates

    enable_test_certificates(site)
    transaction.commit()
    setSite(None)
    vanilla = addPloneSite(app, "vanilla", title="Vanilla Plone", setup_content=False,
                           extension_ids=["plone.app.contenttypes:default"])
    setSite(vanilla)
    with api.env.adopt_roles(["Manager"]):
        document = api.content.create(container=vanilla, type="Document", id="trang", title="Một trang Plone",
                                      text=None)
        api.content.transition(document, to_state="published")
    transaction.commit()
    setSite(None)
    return app, {
        "site": site.absolute_url_path(),
        "service_code": services[0].code,
        "service_path": services[0].absolute_url_path(),
        "agency_path": agency.getPath(),
        "document_path": document.absolute_url_path(),
    }


def configured_threads():
    text = (ROOT / "instance" / "zope.ini.in").read_text()
    return int(re.search(r"^threads\s*=\s*(\d+)", text, re.MULTILINE).group(1))


def serve(app_module_ready):
    from waitress.server import create_server
    from ZPublisher.HTTPRequest import HTTPRequest
    from ZPublisher.WSGIPublisher import publish_module

    HTTPRequest.retry_max_count = configured_retries()
    server = create_server(publish_module, host="127.0.0.1", port=0, threads=configured_threads(), clear_untrusted_proxy_headers=True)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    return server, f"http://127.0.0.1:{server.effective_port}"


def get_latency(session, url):
    started = time.perf_counter()
    response = session.get(url, timeout=120)
    elapsed = (time.perf_counter() - started) * 1000
    assert response.status_code == 200, (url, response.status_code, response.text[:300])
    return elapsed


def probe_idle(url, runs):
    import requests

    with requests.Session() as session:
        for _ in range(3):
            get_latency(session, url)
        return [get_latency(session, url) for _ in range(runs)]


def submissions(base, paths, clients, total):
    import requests

    url = f"{base}{paths['site']}/@dossiers"
    probe_url = f"{base}{paths['document_path']}"
    latencies, answers, failures = [], [], []
    lock = threading.Lock()
    stop = threading.Event()
    probe = []

    def reader():
        with requests.Session() as session:
            while not stop.is_set():
                probe.append(get_latency(session, probe_url))
                time.sleep(0.05)

    def client(number):
        with requests.Session() as session:
            session.auth = CITIZEN
            session.headers["Accept"] = "application/json"
            for index in range(number, total, clients):
                started = time.perf_counter()
                response = session.post(url, json=payload(paths["service_code"], index), timeout=300)
                elapsed = (time.perf_counter() - started) * 1000
                with lock:
                    latencies.append(elapsed)
                    if response.status_code == 201:
                        answers.append(response.json())
                    else:
                        failures.append((response.status_code, response.text[:300]))

    probe_thread = threading.Thread(target=reader)
    probe_thread.start()
    started, cpu_started = time.perf_counter(), time.process_time()
    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(client, range(clients)))
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    stop.set()
    probe_thread.join()
    # The slips are signed and the receipts leave after the burst (danang/portal/outbox.py): how
    # long after, and the CPU of the whole, outbox included.
    from danang.portal import outbox

    drained = time.perf_counter()
    outbox.OUTBOX.wait_sent(600)
    drain = time.perf_counter() - drained
    total_cpu = time.process_time() - cpu_started
    return wall, cpu, total_cpu, drain, latencies, answers, failures, probe


def check_stored(app, answers):
    """(duplicates, lost): an acknowledged code missing, twice, or without its file."""
    import transaction

    transaction.begin()
    app._p_jar.sync()
    from urllib.parse import urlsplit

    paths = [urlsplit(answer["@id"]).path for answer in answers]
    site_path = paths[0].split("/")[1] if paths else None
    codes = [answer["code"] for answer in answers]
    duplicates = len(codes) - len(set(codes))
    lost = 0
    if site_path:
        from zope.component.hooks import setSite

        setSite(app[site_path])
        catalog = app[site_path].portal_catalog
        for answer, path in zip(answers, paths):
            brains = catalog.unrestrictedSearchResults(portal_type="Dossier", dossier_code=answer["code"])
            dossier = app.unrestrictedTraverse(path, None)
            if len(brains) != 1 or dossier is None or not dossier.files():
                lost += 1
        setSite(None)
    return duplicates, lost


def write_set(app, paths, since, answers, largest=16):
    """What the submissions' transactions (and their outbox's) wrote to Data.fs, by owner: each
    catalog structure (the metadata records, an index's trees), the intid utility, else the
    record's class; the ``largest`` kinds as (kind, bytes, records), and the slips signed."""
    from urllib.parse import urlsplit
    from ZODB.serialize import referencesf
    from ZODB.utils import get_pickle_metadata
    from ZODB.utils import p64
    from ZODB.utils import u64
    from zope.component import getUtility
    from zope.component.hooks import setSite
    from zope.intid.interfaces import IIntIds

    import collections
    import transaction

    transaction.begin()
    app._p_jar.sync()
    site = app[paths["site"].strip("/")]
    setSite(site)
    storage = app._p_jar.db().storage
    catalog = site.portal_catalog._catalog
    owners_of = {f"index {name}": index for name, index in catalog.indexes.items()}
    owners_of.update({"catalog metadata": catalog.data, "catalog paths": catalog.paths,
                      "catalog uids": catalog.uids, "intids": getUtility(IIntIds)})
    owner = {}
    for name, root in owners_of.items():
        stack = [root._p_oid]
        while stack:  # the root and the trees, buckets and sets below it
            oid = stack.pop()
            if oid is None or oid in owner:
                continue
            record, _serial = storage.load(oid)
            if oid != root._p_oid and not get_pickle_metadata(record)[0].startswith("BTrees"):
                continue
            owner[oid] = name
            stack.extend(referencesf(record))
    sizes, counts = collections.Counter(), collections.Counter()
    for txn in storage.iterator(p64(u64(since) + 1)):
        for record in txn:
            if record.data is None:
                continue
            kind = owner.get(record.oid) or ".".join(get_pickle_metadata(record.data))
            sizes[kind] += len(record.data) + 42  # a data record's header in FileStorage
            counts[kind] += 1
    signed = 0
    for answer in answers:
        dossier = app.unrestrictedTraverse(urlsplit(answer["@id"]).path, None)
        signed += any(item["kind"] == "receipt" for item in getattr(dossier, "signatures", None) or ())
    setSite(None)
    return [(kind, size, counts[kind]) for kind, size in sizes.most_common(largest)], signed


def pages(base, paths, runs):
    import requests

    urls = {
        "home": f"{base}{paths['site']}",
        "search": f"{base}{paths['site']}/thu-tuc?q=th%E1%BB%A7+t%E1%BB%A5c",
        "service": f"{base}{paths['service_path']}",
        "agency": f"{base}{paths['agency_path']}",
        "vanilla": f"{base}{paths['document_path']}",
    }
    samples = {name: [] for name in urls}
    with requests.Session() as session:
        for url in urls.values():
            for _ in range(3):
                get_latency(session, url)
        for _ in range(runs):  # interleaved: machine noise hits every page alike
            for name, url in urls.items():
                samples[name].append(get_latency(session, url))
    # Pages/s with 4 clients, in rounds that take every page in turn (machine noise hits them
    # alike, as for the latencies); the median round of each page.
    rounds = {name: [] for name in urls}
    count = max(runs // 2, 12)
    for _round in range(3):
        for name, url in urls.items():

            def fetch(_, url=url):
                with requests.Session() as session:
                    for _ in range(count // 4):
                        get_latency(session, url)

            started = time.perf_counter()
            with ThreadPoolExecutor(4) as pool:
                list(pool.map(fetch, range(4)))
            rounds[name].append((count // 4 * 4) / (time.perf_counter() - started))
    rates = {name: statistics.median(values) for name, values in rounds.items()}
    return {name: statistics.median(values) for name, values in samples.items()}, rates


def restart(directory, app):
    from ZODB.FileStorage import FileStorage

    db = app._p_jar.db()
    app._p_jar.close()
    db.close()
    data = directory / "var" / "Data.fs"
    started = time.perf_counter()
    FileStorage(str(data), read_only=True).close()
    with_index = (time.perf_counter() - started) * 1000
    scan = directory / "scan"
    scan.mkdir()
    shutil.copy(data, scan / "Data.fs")
    started = time.perf_counter()
    FileStorage(str(scan / "Data.fs"), read_only=True).close()
    without_index = (time.perf_counter() - started) * 1000
    return Path(f"{data}.index").exists(), with_index, without_index, os.path.getsize(data)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--submissions", type=int, default=160)
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--keep", help="build the instance in this directory and keep it")
    args = parser.parse_args()
    directory = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="danang-throughput-"))
    try:
        print(f"Building the instance in {directory} ...", flush=True)
        smtp, inbox, smtp_port = smtp_sink()
        app, paths = build(directory, smtp_port)
        server, base = serve(app)
        idle = probe_idle(f"{base}{paths['document_path']}", args.runs)
        data = directory / "var" / "Data.fs"
        size_before = os.path.getsize(data)
        last_tid = app._p_jar.db().storage.lastTransaction()
        wall, cpu, total_cpu, drain, latencies, answers, failures, probe = submissions(
            base, paths, args.clients, args.submissions)
        written = os.path.getsize(data) - size_before
        kinds, signed_slips = write_set(app, paths, last_tid, answers)
        duplicates, lost = check_stored(app, answers)
        medians, rates = pages(base, paths, args.runs)
        server.close()
        smtp.stop()
        index_written, warm, scan, size = restart(directory, app)

        ok = len(answers)
        rows = [
            ("submissions", f"{args.clients} clients, {args.submissions} dossiers", ""),
            ("  dossiers/s", f"{ok / wall:.1f}", "goal >= 12"),
            # Less sensitive to a busy machine than the rate: what one dossier costs this process
            # (server and the bench's own clients), and that cost in vanilla pages (idle).
            ("  CPU per dossier (ms) / in idle vanilla pages",
             f"{cpu / max(ok, 1) * 1000:.0f} / {cpu / max(ok, 1) * 1000 / statistics.median(idle):.1f}",
             "12/s on one core: <= 83 ms"),
            ("  the same with the outbox's work (signed slip, mail)", f"{total_cpu / max(ok, 1) * 1000:.0f}", ""),
            ("  latency p50 / p95 / max (ms)",
             f"{statistics.median(latencies):.0f} / {percentile(latencies, 0.95):.0f} / {max(latencies):.0f}",
             "goal p95 < 1000, max < 5000"),
            ("  failed requests", f"{len(failures)}" + (f" (first: {failures[0]})" if failures else ""), "goal 0"),
            ("  slips signed / receipts e-mailed (s after the load)",
             f"{signed_slips} / {inbox.received} ({drain:.1f})", f"{ok} expected"),
            ("  duplicate codes / lost", f"{duplicates} / {lost}", "goal 0 / 0"),
            ("  reader probe during load / idle (ms)",
             f"{statistics.median(probe):.0f} / {statistics.median(idle):.0f} = "
             f"{statistics.median(probe) / statistics.median(idle):.1f}x", "goal <= 3x"),
            ("bytes written per submission", f"{written / max(ok, 1) / 1024:.1f} KB", "goal <= 40 KB"),
        ]
        rows += [(f"  {kind}", f"{size / max(ok, 1) / 1024:.1f} KB ({count / max(ok, 1):.1f} records)", "")
                 for kind, size, count in kinds]
        for name in ("home", "search", "service", "agency"):
            rows.append((
                f"page {name}: median ms (x vanilla) / pages/s x4 (x vanilla)",
                f"{medians[name]:.1f} ({medians[name] / medians['vanilla']:.2f}x) / "
                f"{rates[name]:.1f} ({rates[name] / rates['vanilla']:.2f}x)",
                "goal <= 1.5x / >= 0.8x",
            ))
        rows.append(("page vanilla Document: median ms / pages/s x4",
                     f"{medians['vanilla']:.1f} / {rates['vanilla']:.1f}", "baseline"))
        rows.append(("warm restart: open with index / full scan (ms)",
                     f"{warm:.1f} / {scan:.1f} ({size / 1e6:.1f} MB, index written: {index_written})",
                     "no rescan"))
        width = max(len(row[0]) for row in rows)
        value_width = max(len(row[1]) for row in rows)
        for label, value, goal in rows:
            print(f"{label:<{width}}  {value:<{value_width}}  {goal}")
    finally:
        if not args.keep:
            shutil.rmtree(directory, ignore_errors=True)


if __name__ == "__main__":
    main()
