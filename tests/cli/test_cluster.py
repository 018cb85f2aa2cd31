"""The cluster of `make cluster` against its real parts (cli/cluster.py, docs/deployment.md):
a small site made on a FileStorage (tests/fixtures/cluster_site.py), moved to PostgreSQL with
zodbconvert, served by two Zope instances on RelStorage behind HAProxy and Varnish.

One cluster for the module (starting Zope processes is slow); the tests run in file order, some
kill an instance or make the database refuse connections for a while, and each leaves the
cluster whole again. Ports 8315..8321 (the cluster's range, docs/deployment.md;
``DANANG_CLUSTER_TEST_PORT`` for another base port, so that two runs on one machine do not meet;
the database is named after the test process); under CI=true a missing HAProxy, Varnish or
PostgreSQL fails instead of skipping (make test installs them).
"""

from concurrent.futures import ThreadPoolExecutor
from danang.portal.background import lease
from danang.portal.cli.cluster import Cluster
from danang.portal.cli.cluster import filestorage_counts
from danang.portal.national.settings import PREFIX as NATIONAL
from danang.portal.national.simulator import Simulator
from danang.portal.national.worker import JOB as DELIVERY_JOB
from pathlib import Path
from tests.fixtures.mail import SMTPServer
from urllib.parse import urlsplit

import contextlib
import json
import os
import pytest
import re
import requests
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import transaction
import ZODB.config

ROOT = Path(__file__).resolve().parents[2]
BASE_PORT = int(os.environ.get("DANANG_CLUSTER_TEST_PORT", "8315"))
# The background jobs' lease (zope.conf background-lease-seconds), short so that failing over is quick.
LEASE_SECONDS = 10
JSON = {"Accept": "application/json"}


def _require(ok, what):
    if ok:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{what} is missing: make test installs and starts it")
    pytest.skip(f"{what} is missing (make system-deps postgres)")


def _postgres_answers():
    return subprocess.run(["pg_isready", "-q", "-h", "127.0.0.1", "-p", "5432"]).returncode == 0


@pytest.fixture(scope="module")
def stack():
    for program in ("haproxy", "varnishd", "pg_dump", "pg_restore"):
        _require(shutil.which(program) or Path("/usr/sbin", program).exists(), program)
    _require(shutil.which("pg_isready") and _postgres_answers(), "PostgreSQL on 127.0.0.1:5432")
    # Not pytest's tmp_path: other pytest runs of the same user prune its old folders.
    root = Path(tempfile.mkdtemp(prefix="danang-cluster-test-"))
    root.chmod(0o755)  # Varnish's own user reads the VCL inside
    cluster = Cluster(root / "cluster", instances=2, base_port=BASE_PORT,
                      database=f"danang_test_cluster_{os.getpid()}", die_with_parent=True,
                      lease_seconds=LEASE_SECONDS)
    with SMTPServer() as smtp:
        seeded = subprocess.run(
            [sys.executable, "-m", "tests.fixtures.cluster_site", str(root / "filestorage"), str(smtp.port),
             cluster.url()], cwd=ROOT, capture_output=True, text=True, timeout=600)
        assert seeded.returncode == 0, seeded.stderr[-3000:]
        paths = json.loads(seeded.stdout.strip().splitlines()[-1])
        filestorage = root / "filestorage" / "var" / "Data.fs"
        cluster.drop_database()
        cluster.create_database()
        source, copied = cluster.convert(filestorage, filestorage.parent / "blobs")
        cluster.write()
        try:
            cluster.start(timeout=300)
            yield {"cluster": cluster, "paths": paths, "source": source, "copied": copied,
                   "filestorage": filestorage, "root": root, "smtp": smtp}
        finally:
            cluster.stop()
            cluster.drop_database()
            shutil.rmtree(root, ignore_errors=True)


def node(stack, number):
    return stack["cluster"].url(stack["cluster"].node_port(number))


def through_haproxy(stack):
    return stack["cluster"].url(stack["cluster"].haproxy_port)


def through_varnish(stack):
    return stack["cluster"].url()


def haproxy_servers(stack):
    """{server name: (status, sessions total)} from HAProxy's statistics (CSV)."""
    rows = requests.get(f"{stack['cluster'].url(stack['cluster'].stats_port)}/;csv", timeout=10).text
    servers = {}
    for line in rows.splitlines():
        fields = line.split(",")
        if len(fields) > 17 and fields[0] == "zope" and fields[1].startswith("node-"):
            servers[fields[1]] = (fields[17], int(fields[7]))
    return servers


def wait_for_servers(stack, wanted, timeout=30):
    """True once HAProxy says each server of ``wanted`` is in its state (UP, DOWN)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        servers = haproxy_servers(stack)
        if all(servers[name][0] == status for name, status in wanted.items()):
            return True
        time.sleep(0.5)
    return False


def submit(session, base, stack, number):
    sys.path.insert(0, str(ROOT / "bench"))
    from throughput import payload

    return session.post(f"{base}/danang/@dossiers", json=payload(stack["paths"]["service_code"], number),
                        headers=JSON, auth=tuple(stack["paths"]["citizen"]), timeout=120)


def sequence_numbers(codes):
    """The day's sequence numbers of dossier codes <unit>-YYMMDD-XXXX."""
    return sorted(int(re.search(r"-(\d{4,})$", code).group(1)) for code in codes)


def test_zodbconvert_copies_every_object(stack):
    objects, blobs = stack["source"]
    assert objects > 1000
    assert stack["copied"] == (objects, blobs)


def test_health_through_every_part_never_cached(stack):
    for base in (node(stack, 1), node(stack, 2), through_haproxy(stack), through_varnish(stack)):
        response = requests.get(f"{base}/danang/@health", headers=JSON, timeout=30)
        assert response.status_code == 200, base
        assert (response.json()["status"], response.json()["database"]) == ("ok", "ok")
    again = requests.get(f"{through_varnish(stack)}/danang/@health", headers=JSON, timeout=30)
    assert again.headers["X-Cache"] == "MISS"
    assert wait_for_servers(stack, {"node-1": "UP", "node-2": "UP"})


def test_an_edit_on_one_instance_is_seen_on_the_other_and_purges_varnish(stack):
    service = stack["paths"]["service_path"]
    page = f"{through_varnish(stack)}{service}"
    assert requests.get(page, timeout=30).status_code == 200
    cached = requests.get(page, timeout=30)
    assert cached.headers["X-Cache"] == "HIT"
    assert "s-maxage" in cached.headers["Cache-Control"]
    # One copy per language: the English visitor gets the English page, from the cache too.
    for _ in range(2):
        english = requests.get(page, cookies={"I18N_LANGUAGE": "en"}, timeout=30)
        assert 'lang="en"' in english.text
    assert english.headers["X-Cache"] == "HIT"
    assert 'lang="vi"' in requests.get(page, timeout=30).text
    search = f"{through_varnish(stack)}/danang/thu-tuc?q=m%E1%BA%ABu"
    requests.get(search, timeout=30)
    assert requests.get(search, timeout=30).headers["X-Cache"] == "HIT"

    title = "Thủ tục mẫu sửa trên máy 1"
    edited = requests.patch(f"{node(stack, 1)}{service}", json={"title": title}, headers=JSON,
                            auth=tuple(stack["paths"]["admin"]), timeout=60)
    assert edited.status_code == 204, edited.text
    # Invalidation: the other instance answers the new title at once.
    seen = requests.get(f"{node(stack, 2)}{service}", headers=JSON, auth=tuple(stack["paths"]["admin"]), timeout=60)
    assert seen.json()["title"] == title
    # The purge leaves after the commit (plone.cachepurging's queue): a moment later.
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        fresh = requests.get(page, timeout=30)
        if title in fresh.text:
            break
        time.sleep(0.3)
    assert title in fresh.text
    assert fresh.headers["X-Cache"] == "MISS"
    assert title in requests.get(search, timeout=30).text


def test_personal_and_logged_in_pages_are_never_cached(stack):
    varnish = through_varnish(stack)
    admin = tuple(stack["paths"]["admin"])
    for url, auth in ((f"{varnish}/danang/tra-cuu-ho-so", None), (f"{varnish}{stack['paths']['service_path']}", admin),
                      (f"{varnish}/danang", admin)):
        for _ in range(2):
            response = requests.get(url, auth=auth, timeout=30)
            assert response.status_code == 200, url
            assert response.headers["X-Cache"] == "MISS", url
        assert "s-maxage" not in response.headers.get("Cache-Control", ""), url


def test_parallel_submissions_and_workflow_on_both_instances(stack):
    """Unique codes without gaps, conflict retries resolved; transitions; statistics counters."""
    before = {name: total for name, (_, total) in haproxy_servers(stack).items()}
    with ThreadPoolExecutor(6) as pool, requests.Session() as session:
        answers = list(pool.map(lambda n: submit(session, through_haproxy(stack), stack, n), range(12)))
    assert [answer.status_code for answer in answers] == [201] * 12, [a.text[:200] for a in answers if a.status_code != 201]
    codes = [answer.json()["code"] for answer in answers]
    assert len(set(codes)) == 12
    numbers = sequence_numbers(codes)
    assert numbers == list(range(numbers[0], numbers[0] + 12))
    after = haproxy_servers(stack)
    assert all(after[name][1] - before[name] >= 5 for name in before), (before, after)
    stack["codes"] = codes
    # The workflow on both instances at once: the desk accepts half of them.
    admin = tuple(stack["paths"]["admin"])
    urls = [answer.json()["@id"] for answer in answers[:6]]

    def accept(numbered):
        number, url = numbered
        path = urlsplit(url).path
        return requests.post(f"{node(stack, 1 + number % 2)}{path}/@workflow/accept", json={"comment": "Hợp lệ"},
                             headers=JSON, auth=admin, timeout=120)

    with ThreadPoolExecutor(4) as pool:
        accepted = list(pool.map(accept, enumerate(urls)))
    assert [answer.status_code for answer in accepted] == [200] * 6, [a.text[:200] for a in accepted]
    for number, url in enumerate(urls):
        seen = requests.get(f"{node(stack, 2 - number % 2)}{urlsplit(url).path}", headers=JSON, auth=admin, timeout=60)
        assert seen.json()["review_state"] == "received"
    # The statistics counters (kept by the status-change event): received = accepted by the desk.
    figures = requests.get(f"{node(stack, 2)}/danang/@statistics", headers=JSON, timeout=60).json()
    assert figures["total"]["received_total"] == 6


def test_kill_9_an_instance_under_load(stack):
    cluster = stack["cluster"]
    accepted, failed = [], []
    lock = threading.Lock()
    killed = threading.Event()

    def client(number):
        with requests.Session() as session:
            for index in range(number, 24, 4):
                try:
                    response = submit(session, through_haproxy(stack), stack, 1000 + index)
                except requests.RequestException as error:
                    response = error
                with lock:
                    if getattr(response, "status_code", None) == 201:
                        accepted.append(response.json())
                    else:
                        failed.append((killed.is_set(), str(getattr(response, "status_code", response))))
                if len(accepted) == 6 and not killed.is_set():
                    with lock:
                        if not killed.is_set():
                            cluster.kill("node-1", signal.SIGKILL)
                            killed.set()

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(client, range(4)))
    assert killed.is_set()
    # Only the requests in flight on the killed instance may fail (at most one per client).
    assert len(failed) <= 4, failed
    assert all(after_kill for after_kill, _ in failed), failed
    assert len(accepted) + len(failed) == 24
    assert wait_for_servers(stack, {"node-1": "DOWN", "node-2": "UP"})

    cluster.start_instance(1)
    cluster.wait_healthy(cluster.node_port(1), 300)
    assert wait_for_servers(stack, {"node-1": "UP", "node-2": "UP"})

    # Every acknowledged dossier is in the database, whole, as seen from either instance.
    admin = tuple(stack["paths"]["admin"])
    with requests.Session() as session:
        for number, answer in enumerate(accepted):
            path = urlsplit(answer["@id"]).path
            stored = session.get(f"{node(stack, 1 + number % 2)}{path}", headers=JSON, auth=admin, timeout=60)
            assert stored.status_code == 200, answer["@id"]
            assert stored.json()["dossier_code"] == answer["code"]
    codes = stack.get("codes", []) + [answer["code"] for answer in accepted]
    assert len(set(codes)) == len(codes)


def delivery_lease(cluster):
    """(holder, expires) of the national delivery job's lease as committed in the database."""
    db = ZODB.config.databaseFromString(
        f"%import relstorage\n<zodb>\n<relstorage>\nkeep-history false\nread-only true\n"
        f"<postgresql>\ndsn {cluster.dsn()}\n</postgresql>\n</relstorage>\n</zodb>\n")
    try:
        manager = transaction.TransactionManager()
        connection = db.open(transaction_manager=manager)
        try:
            held = lease.current(connection.root(), DELIVERY_JOB)
            return (held.holder, held.expires) if held is not None else (None, 0.0)
        finally:
            manager.abort()
            connection.close()
    finally:
        db.close()


def holder_node(cluster, holder):
    """The number of the running instance whose process holds the lease (holder ``host:pid:…``)."""
    pids = {cluster.pid(f"node-{n}"): n for n in range(1, cluster.instances + 1)}
    pid = int(holder.split(":")[1]) if holder else None
    return pids.get(pid)


def wait_until(condition, timeout, pause=0.5):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(pause)
    return condition()


def test_background_work_runs_on_one_instance_and_fails_over(stack):
    """Both instances run the background jobs (zope.conf background-jobs on); the lease lets one
    deliver the national outbox; kill -9 it and the other takes over within the lease."""
    cluster, admin = stack["cluster"], tuple(stack["paths"]["admin"])
    secret = "cluster-test-outbound-secret"
    simulator = Simulator(secret).start()
    killed = None
    try:
        configured = requests.patch(f"{node(stack, 1)}/danang/@registry", headers=JSON, auth=admin, timeout=60,
                                    json={f"{NATIONAL}.endpoint": simulator.url,
                                          f"{NATIONAL}.outbound_secret": secret, f"{NATIONAL}.first_delay": 1})
        assert configured.status_code == 204, configured.text
        # The events the earlier tests queued (no endpoint then) now go out, from one instance.
        codes = stack.get("codes", [])
        assert codes and wait_until(lambda: all(code in simulator.dossiers for code in codes), 120)
        holder, expires = delivery_lease(cluster)
        assert expires > time.time()
        killed = holder_node(cluster, holder)
        assert killed in (1, 2), (holder, cluster.status())
        survivor = 3 - killed
        cluster.kill(f"node-{killed}", signal.SIGKILL)
        killed_at = time.time()
        with requests.Session() as session:
            answer = submit(session, node(stack, survivor), stack, 5000)
        assert answer.status_code == 201, answer.text[:300]
        code = answer.json()["code"]

        def taken_over():
            new_holder, _ = delivery_lease(cluster)
            return holder_node(cluster, new_holder) == survivor and time.time()

        taken_at = wait_until(taken_over, LEASE_SECONDS + 30)
        assert taken_at, delivery_lease(cluster)
        # Never two holders: not before the dead one's lease expired; within it (+ a round) after.
        assert taken_at >= expires
        assert taken_at - killed_at <= LEASE_SECONDS + 10, taken_at - killed_at
        # The dossier made after the kill reaches the national portal from the survivor.
        assert wait_until(lambda: code in simulator.dossiers, 60), code
        assert simulator.dossiers[code]["record"]["TrangThaiHoSo"] == "1"
        print(f"lease taken over {taken_at - killed_at:.1f} s after the kill (lease {LEASE_SECONDS} s)")
    finally:
        if killed:
            cluster.start_instance(killed)
        simulator.close()
    cluster.wait_healthy(cluster.node_port(killed), 300)
    assert wait_for_servers(stack, {"node-1": "UP", "node-2": "UP"})
    # The restarted instance does not take the lease back while the survivor renews it.
    assert holder_node(cluster, delivery_lease(cluster)[0]) == survivor


@contextlib.contextmanager
def database_refusing(cluster):
    """PostgreSQL refuses the cluster's database: its sessions ended, no new ones accepted."""
    with contextlib.closing(cluster._postgres()) as connection, connection.cursor() as cursor:
        cursor.execute(f'ALTER DATABASE "{cluster.database}" WITH ALLOW_CONNECTIONS false')
        try:
            cursor.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                           "WHERE datname = %s AND pid <> pg_backend_pid()", (cluster.database,))
            yield
        finally:
            cursor.execute(f'ALTER DATABASE "{cluster.database}" WITH ALLOW_CONNECTIONS true')


def test_health_answers_503_while_the_database_does_not(stack):
    cluster = stack["cluster"]
    with database_refusing(cluster):
        for number in (1, 2):
            answer = requests.get(f"{node(stack, number)}/danang/@health", headers=JSON, timeout=30)
            assert answer.status_code == 503, (number, answer.text[:300])
            assert (answer.json()["status"], answer.json()["database"]) == ("unavailable", "unavailable")
            assert answer.headers["Cache-Control"] == "private, no-store"
        assert wait_for_servers(stack, {"node-1": "DOWN", "node-2": "DOWN"})
        assert requests.get(f"{through_haproxy(stack)}/danang/@health", timeout=30).status_code == 503
    for number in (1, 2):
        cluster.wait_healthy(cluster.node_port(number), 60)
    assert wait_for_servers(stack, {"node-1": "UP", "node-2": "UP"})
    # Their pages again too: the connections PostgreSQL ended are replaced.
    for number in (1, 2):
        page = requests.get(f"{node(stack, number)}{stack['paths']['service_path']}", timeout=60)
        assert page.status_code == 200, (number, page.status_code)


def test_backups_restore_both_storages(stack):
    cluster, root = stack["cluster"], stack["root"]
    # PostgreSQL: pg_dump of the cluster's database (blobs are large objects: in the dump), restored.
    dump = root / "danang.dump"
    subprocess.run(["pg_dump", "-Fc", "-h", "127.0.0.1", "-U", cluster.pg_user, "-f", str(dump), cluster.database],
                   check=True)
    restored = f"{cluster.database}_restored"
    cluster.drop_database(restored)
    subprocess.run(["createdb", "-h", "127.0.0.1", "-U", cluster.pg_user, restored], check=True)
    try:
        subprocess.run(["pg_restore", "-h", "127.0.0.1", "-U", cluster.pg_user, "-d", restored, str(dump)], check=True)
        assert cluster.counts(restored) == cluster.counts()
        assert cluster.counts()[1] > 0  # the submissions' PDFs
    finally:
        cluster.drop_database(restored)
    # FileStorage: repozo's full backup, then a restore, the same objects; the blob folder copied.
    filestorage = stack["filestorage"]
    backups = root / "repozo"
    backups.mkdir()
    repozo = Path(sys.executable).with_name("repozo")
    subprocess.run([str(repozo), "-B", "-F", "-r", str(backups), "-f", str(filestorage)], check=True)
    copy = root / "restored" / "Data.fs"
    copy.parent.mkdir()
    subprocess.run([str(repozo), "-R", "-r", str(backups), "-o", str(copy)], check=True)
    shutil.copytree(filestorage.parent / "blobs", copy.parent / "blobs")
    assert filestorage_counts(copy, copy.parent / "blobs") == filestorage_counts(filestorage, filestorage.parent / "blobs")
