"""Cluster benchmark: anonymous pages and submissions on one instance, two instances behind
HAProxy, Varnish; PostgreSQL (RelStorage) against FileStorage (docs/deployment.md).

Builds the small site of the cluster tests (tests/fixtures/cluster_site.py: bench/throughput.py's
site) on a FileStorage, then:

  (1) FileStorage, one instance (instance/zope.conf.in as make start writes it): the service page
      and the search page (req/s with --clients clients, p95), submissions (bench/throughput.py's
      client: POST @dossiers with a PDF, dossiers/s, p95);
  (2) the same database moved to PostgreSQL with zodbconvert (cli/cluster.py), two instances on
      it, HAProxy and Varnish (make cluster's configuration, ports 8330..8340): the pages on
      instance 1 directly, through HAProxy (both instances), through Varnish (cache hits);
      submissions on instance 1 directly and through HAProxy.

Every ratio is against instance 1 on PostgreSQL, measured in the same run. The load generator
runs in this process, on the same cores as the servers: see docs/deployment.md, "Measured".

Usage:
    .venv/bin/python bench/cluster.py [--clients 8] [--pages 200] [--submissions 80]
"""

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import get_latency  # noqa: E402  (bench/throughput.py)
from throughput import percentile  # noqa: E402
from throughput import smtp_sink  # noqa: E402
from throughput import submissions  # noqa: E402

BASE_PORT = 8330
FILESTORAGE_PORT = 8340
SEARCH = "/thu-tuc?q=th%E1%BB%A7+t%E1%BB%A5c"


def page_load(url, clients, total):
    """(requests/s, p95 ms) of ``total`` GETs of ``url`` by ``clients`` concurrent clients."""
    import requests

    with requests.Session() as warm:
        for _ in range(3):
            get_latency(warm, url)
    latencies = []

    def client(number):
        with requests.Session() as session:
            for _ in range(number, total, clients):
                latencies.append(get_latency(session, url))

    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(client, range(clients)))
    return total / (time.perf_counter() - started), percentile(latencies, 0.95)


def submission_load(base, paths, clients, total):
    """(dossiers/s, p95 ms, failures) through bench/throughput.py's client."""
    wall, _cpu, _drained, latencies, answers, failures, _probe = submissions(base, paths, clients, total)
    return len(answers) / wall, percentile(latencies, 0.95), len(failures)


def filestorage_instance(directory, seed):
    """An instance as make start writes it, on a copy of the seed's FileStorage; its process."""
    from danang.portal.cli.cluster import render

    instance = directory / "filestorage-instance"
    for folder in ("etc", "var/log", "var/cache", "var/filestorage"):
        (instance / folder).mkdir(parents=True, exist_ok=True)
    shutil.copy(seed / "Data.fs", instance / "var/filestorage/Data.fs")
    shutil.copytree(seed / "blobs", instance / "var/blobstorage")
    values = {"INSTANCE": instance, "PORT": FILESTORAGE_PORT, "HOST": "127.0.0.1", "DEBUG_MODE": "off",
              "PRODUCTION": "off"}
    for name in ("zope.conf", "zope.ini"):
        (instance / "etc" / name).write_text(render(ROOT / "instance" / f"{name}.in", values), encoding="utf-8")
    shutil.copy(ROOT / "instance/site.zcml", instance / "etc/site.zcml")
    log = open(instance / "var/log/serve.log", "ab")
    return subprocess.Popen([sys.executable, "-m", "danang.portal.cli.serve", str(instance / "etc/zope.ini")],
                            stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--pages", type=int, default=200, help="requests per page and set-up")
    parser.add_argument("--submissions", type=int, default=80, help="dossiers per set-up")
    args = parser.parse_args()

    from danang.portal.cli.cluster import Cluster

    directory = Path(tempfile.mkdtemp(prefix="danang-bench-cluster-"))
    directory.chmod(0o755)  # Varnish's own user reads the VCL inside
    controller, _inbox, smtp_port = smtp_sink()
    cluster = Cluster(directory / "cluster", instances=2, base_port=BASE_PORT,
                      database=f"danang_bench_cluster_{os.getpid()}", die_with_parent=True)
    single = None
    rows = []
    try:
        print("Building the site (FileStorage)...", flush=True)
        seeded = subprocess.run([sys.executable, "-m", "tests.fixtures.cluster_site", str(directory / "seed"),
                                 str(smtp_port), cluster.url()], cwd=ROOT, capture_output=True, text=True,
                                check=True)
        paths = json.loads(seeded.stdout.strip().splitlines()[-1])
        seed = directory / "seed" / "var"

        single = filestorage_instance(directory, seed)
        cluster.wait_healthy(FILESTORAGE_PORT, 300)
        base = cluster.url(FILESTORAGE_PORT)
        print("FileStorage, one instance...", flush=True)
        fs = {
            "service": page_load(base + paths["service_path"], args.clients, args.pages),
            "search": page_load(base + paths["site"] + SEARCH, args.clients, args.pages),
            "submit": submission_load(base, paths, args.clients, args.submissions),
        }
        single.terminate()
        single.wait(60)
        single = None

        print("PostgreSQL: zodbconvert, two instances, HAProxy, Varnish...", flush=True)
        cluster.drop_database()
        cluster.create_database()
        cluster.convert(seed / "Data.fs", seed / "blobs")
        cluster.write()
        cluster.start(timeout=300)
        one = cluster.url(cluster.node_port(1))
        balanced = cluster.url(cluster.haproxy_port)
        varnish = cluster.url()
        measured = {}
        for name, url in (("service", paths["service_path"]), ("search", paths["site"] + SEARCH)):
            measured[name] = {
                "one": page_load(one + url, args.clients, args.pages),
                "haproxy": page_load(balanced + url, args.clients, args.pages),
                "varnish": page_load(varnish + url, args.clients, args.pages),
            }
        measured["submit"] = {
            "one": submission_load(one, paths, args.clients, args.submissions),
            "haproxy": submission_load(balanced, paths, args.clients, args.submissions),
        }
    finally:
        if single is not None:
            single.kill()
        cluster.stop()
        cluster.drop_database()
        controller.stop()
        shutil.rmtree(directory, ignore_errors=True)

    for name, title in (("service", "service page"), ("search", "search page")):
        baseline = measured[name]["one"][0]
        rows.append((title, "PostgreSQL, instance 1 direct", *measured[name]["one"], 1.0))
        rows.append((title, "PostgreSQL, HAProxy, 2 instances", *measured[name]["haproxy"],
                     measured[name]["haproxy"][0] / baseline))
        rows.append((title, "PostgreSQL, Varnish (hits)", *measured[name]["varnish"],
                     measured[name]["varnish"][0] / baseline))
        rows.append((title, "FileStorage, one instance", *fs[name], fs[name][0] / baseline))
    baseline = measured["submit"]["one"][0]
    for label, (rate, p95, failures) in (
        ("PostgreSQL, instance 1 direct", measured["submit"]["one"]),
        ("PostgreSQL, HAProxy, 2 instances", measured["submit"]["haproxy"]),
        ("FileStorage, one instance", fs["submit"]),
    ):
        rows.append((f"submissions ({failures} failed)", label, rate, p95, rate / baseline))

    print(f"\n{args.clients} clients in this process; {os.cpu_count()} cores shared with the servers.")
    print(f"{'what':24} {'where':34} {'per s':>8} {'p95 ms':>8} {'ratio':>6}")
    for what, where, rate, p95, ratio in rows:
        print(f"{what:24} {where:34} {rate:8.1f} {p95:8.0f} {ratio:6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
