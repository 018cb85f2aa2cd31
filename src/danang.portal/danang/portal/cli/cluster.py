"""`make cluster`: several Zope instances on one PostgreSQL database (RelStorage), HAProxy in
front of them, Varnish in front of HAProxy (docs/deployment.md).

    python -m danang.portal.cli.cluster start [--instances 2] [--base-port 8300] [--database NAME]
    python -m danang.portal.cli.cluster stop
    python -m danang.portal.cli.cluster status

Everything it writes lives in one folder (``--root``, default ``instance/cluster``): per instance
``node-N/etc`` (zope.conf and zope.ini from instance/zope.conf.in and zope.ini.in, the storage from
instance/relstorage.conf.in) and ``node-N/var`` (logs, caches), ``haproxy.cfg`` and
``varnish.vcl`` (from their templates in instance/), the pid files and logs in ``run/``.

Ports, from ``--base-port`` B: Varnish B (the address to visit), HAProxy B+1, HAProxy's statistics
page B+2, Varnish's admin port B+3, instance N at B+4+N.

The tests and the benchmark drive the same class (``Cluster``) with their own database, folder and
ports. The site is created (or upgraded) by ``danang-site ensure`` on the first instance's
configuration before the instances start; ``--caching-proxy`` tells it where to send purges.
"""

from pathlib import Path

import argparse
import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request

REPOSITORY = Path(__file__).resolve().parents[5]
TEMPLATES = REPOSITORY / "instance"
HAPROXY = shutil.which("haproxy") or "/usr/sbin/haproxy"
VARNISHD = shutil.which("varnishd") or "/usr/sbin/varnishd"
SITE_ID = "danang"


def free(host, port):
    """True when nothing listens on host:port."""
    with contextlib.closing(socket.socket()) as probe:
        probe.settimeout(0.5)
        return probe.connect_ex((host, port)) != 0


def render(template, values):
    """The template's text with every ``@KEY@`` replaced (the Makefile's sed does the same)."""
    text = template.read_text(encoding="utf-8")
    for key, value in values.items():
        text = text.replace(f"@{key}@", str(value))
    left = re.findall(r"@[A-Z_]+@", text)
    if left:
        raise ValueError(f"{template.name}: no value for {', '.join(sorted(set(left)))}")
    return text


def relstorage_zope_conf(zope_conf, storage_section):
    """zope.conf with its <filestorage> section replaced by ``storage_section`` (RelStorage)."""
    conf, count = re.subn(
        r"^\s*<filestorage>.*?</filestorage>\n", storage_section, zope_conf, flags=re.S | re.M
    )
    if count != 1:
        raise ValueError("instance/zope.conf.in must have one <filestorage> section")
    return "%import relstorage\n" + conf


def with_lease_seconds(zope_conf, seconds):
    """zope.conf with its ``background-lease-seconds`` line set to ``seconds``."""
    conf, count = re.subn(r"^(\s*background-lease-seconds)\s+.*$", rf"\g<1> {seconds:g}", zope_conf, flags=re.M)
    if count != 1:
        raise ValueError("instance/zope.conf.in must have one background-lease-seconds line")
    return conf


class Cluster:
    """One cluster's configuration and processes (see the module)."""

    def __init__(self, root, instances=2, base_port=8300, database="danang_cluster", host="127.0.0.1",
                 pg_host="127.0.0.1", pg_port=5432, pg_user=None, production=False,
                 cache_local_mb=256, blob_cache_size="1gb", grace="6h", die_with_parent=False,
                 lease_seconds=None):
        self.root = Path(root).resolve()
        self.instances = instances
        self.base_port = base_port
        self.database = database
        self.host = host
        self.pg_host, self.pg_port = pg_host, pg_port
        self.pg_user = pg_user or os.environ.get("PGUSER") or "postgres"
        self.production = production
        self.cache_local_mb = cache_local_mb
        self.blob_cache_size = blob_cache_size
        self.grace = grace
        # Every instance runs the background jobs (zope.conf.in: background-jobs on); their lease
        # picks one. None keeps the template's lease length; the tests shorten it to fail over fast.
        self.lease_seconds = lease_seconds
        # Test servers stop by themselves when the test process dies (Linux's parent-death signal).
        self.die_with_parent = die_with_parent
        self.run = self.root / "run"
        self._processes = {}

    # Addresses ------------------------------------------------------------------------------

    @property
    def varnish_port(self):
        return self.base_port

    @property
    def haproxy_port(self):
        return self.base_port + 1

    @property
    def stats_port(self):
        return self.base_port + 2

    @property
    def varnish_admin_port(self):
        return self.base_port + 3

    def node_port(self, number):
        return self.base_port + 4 + number

    def node_dir(self, number):
        return self.root / f"node-{number}"

    def url(self, port=None):
        return f"http://{self.host}:{port or self.varnish_port}"

    def dsn(self, database=None):
        return (f"dbname='{database or self.database}' host='{self.pg_host}' "
                f"port='{self.pg_port}' user='{self.pg_user}'")

    def zope_conf(self, number=1):
        return self.node_dir(number) / "etc" / "zope.conf"

    # Configuration ------------------------------------------------------------------------

    def write(self):
        """Write every configuration file (instances, HAProxy, Varnish) from the templates."""
        self.run.mkdir(parents=True, exist_ok=True)
        # Varnish reads its VCL and works in run/ as its own unprivileged user.
        for folder in (self.root, self.run):
            folder.chmod(0o755)
        storage = render(TEMPLATES / "relstorage.conf.in", {
            "DSN": self.dsn(), "BLOB_CACHE_SIZE": self.blob_cache_size,
            "CACHE_LOCAL_MB": self.cache_local_mb, "INSTANCE": "$INSTANCE",
        })
        for number in range(1, self.instances + 1):
            node = self.node_dir(number)
            for folder in ("etc", "var/log", "var/cache/relstorage", "var/blobcache"):
                (node / folder).mkdir(parents=True, exist_ok=True)
            values = {"INSTANCE": node, "PORT": self.node_port(number), "HOST": self.host,
                      "DEBUG_MODE": "off", "PRODUCTION": "on" if self.production else "off"}
            conf = render(TEMPLATES / "zope.conf.in", values)
            if self.lease_seconds is not None:
                conf = with_lease_seconds(conf, self.lease_seconds)
            (node / "etc" / "zope.conf").write_text(relstorage_zope_conf(conf, storage), encoding="utf-8")
            (node / "etc" / "zope.ini").write_text(render(TEMPLATES / "zope.ini.in", values), encoding="utf-8")
            shutil.copy(TEMPLATES / "site.zcml", node / "etc" / "site.zcml")
        threads = int(re.search(r"^threads\s*=\s*(\d+)", (TEMPLATES / "zope.ini.in").read_text(), re.M).group(1))
        servers = "\n".join(
            f"    server node-{n} {self.host}:{self.node_port(n)} check" for n in range(1, self.instances + 1)
        )
        (self.root / "haproxy.cfg").write_text(render(TEMPLATES / "haproxy.cfg.in", {
            "RUN": self.run, "HOST": self.host, "HAPROXY_PORT": self.haproxy_port,
            "STATS_PORT": self.stats_port, "SITE_ID": SITE_ID, "SERVERS": servers, "MAXCONN": threads,
        }), encoding="utf-8")
        (self.root / "varnish.vcl").write_text(render(TEMPLATES / "varnish.vcl.in", {
            "HOST": self.host, "HAPROXY_PORT": self.haproxy_port, "GRACE": self.grace,
            "PURGE_ACL": f'    "{self.host}";',
        }), encoding="utf-8")

    # The database -------------------------------------------------------------------------

    def _postgres(self):
        import psycopg2

        connection = psycopg2.connect(dbname="postgres", host=self.pg_host, port=self.pg_port,
                                      user=self.pg_user)
        connection.autocommit = True
        return connection

    def create_database(self):
        """Create the cluster's PostgreSQL database unless it exists (RelStorage makes its tables)."""
        with contextlib.closing(self._postgres()) as connection, connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", (self.database,))
            if cursor.fetchone() is None:
                cursor.execute(f'CREATE DATABASE "{self.database}"')
                return True
        return False

    def drop_database(self, database=None):
        with contextlib.closing(self._postgres()) as connection, connection.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{database or self.database}" WITH (FORCE)')

    def ensure_site(self, development=True, extra=()):
        """``danang-site ensure`` on the first instance's configuration (creates or upgrades)."""
        command = [sys.executable, "-m", "danang.portal.cli.site", "--zope-conf", str(self.zope_conf(1)),
                   "--answers", str(REPOSITORY / "profiles" / "site.json"), "--no-progress", "ensure",
                   "--caching-proxy", self.url()]
        if development and not self.production:
            command.append("--development")
        subprocess.run(command + list(extra), check=True, cwd=REPOSITORY)

    # Moving a FileStorage site ----------------------------------------------------------------

    def zodbconvert_config(self, filestorage, blob_dir):
        """The configuration of RelStorage's ``zodbconvert`` from a FileStorage (and its blobs)
        into this cluster's database, with the instances' RelStorage settings."""
        storage = render(TEMPLATES / "relstorage.conf.in", {
            "DSN": self.dsn(), "BLOB_CACHE_SIZE": self.blob_cache_size,
            "CACHE_LOCAL_MB": self.cache_local_mb, "INSTANCE": self.root / "convert",
        })
        storage = storage.replace("<relstorage>", "<relstorage destination>", 1)
        storage = re.sub(r"^\s*cache-local-dir .*\n", "", storage, flags=re.M)
        (self.root / "convert" / "var" / "blobcache").mkdir(parents=True, exist_ok=True)
        return (f"%import relstorage\n<filestorage source>\n  path {filestorage}\n"
                f"  blob-dir {blob_dir}\n  read-only true\n</filestorage>\n{storage}")

    def convert(self, filestorage, blob_dir):
        """Copy a FileStorage (stopped: no instance may write it) into this cluster's empty
        database with ``zodbconvert``; (objects, blobs) of both sides, which must be equal."""
        self.root.mkdir(parents=True, exist_ok=True)
        config = self.root / "zodbconvert.conf"
        config.write_text(self.zodbconvert_config(filestorage, blob_dir), encoding="utf-8")
        zodbconvert = Path(sys.executable).with_name("zodbconvert")
        subprocess.run([str(zodbconvert), str(config)], check=True)
        return filestorage_counts(filestorage, blob_dir), self.counts()

    def counts(self, database=None):
        """(objects, blobs) in a RelStorage database (history-free tables)."""
        import psycopg2

        with contextlib.closing(psycopg2.connect(dbname=database or self.database, host=self.pg_host,
                                                 port=self.pg_port, user=self.pg_user)) as connection:
            with connection.cursor() as cursor:
                cursor.execute("SELECT count(*) FROM object_state")
                objects = cursor.fetchone()[0]
                cursor.execute("SELECT count(DISTINCT zoid) FROM blob_chunk")
                blobs = cursor.fetchone()[0]
        return objects, blobs

    # Processes ----------------------------------------------------------------------------

    def _pidfile(self, name):
        return self.run / f"{name}.pid"

    def pid(self, name):
        process = self._processes.get(name)
        if process is not None and process.poll() is not None:
            return None  # started here and ended (reaped: not a zombie that kill(0) would find)
        try:
            pid = int(self._pidfile(name).read_text())
        except (OSError, ValueError):
            return None
        try:
            os.kill(pid, 0)
        except OSError:
            return None
        return pid

    def _spawn(self, name, command, cwd=None):
        log = open(self.run / f"{name}.log", "ab")
        preexec = _parent_death_signal if self.die_with_parent else None
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                   cwd=cwd or REPOSITORY, start_new_session=not self.die_with_parent,
                                   preexec_fn=preexec)
        log.close()
        self._pidfile(name).write_text(str(process.pid))
        self._processes[name] = process
        return process

    def start_instance(self, number):
        node = self.node_dir(number)
        if self.pid(f"node-{number}"):
            return
        # The logs hold addresses and URLs: readable by the service's user and group only.
        for log in (node / "var" / "log").glob("*"):
            log.chmod(0o640)
        self._spawn(f"node-{number}", [sys.executable, "-m", "danang.portal.cli.serve",
                                       str(node / "etc" / "zope.ini")])

    def start_haproxy(self):
        if not self.pid("haproxy"):
            self._spawn("haproxy", [HAPROXY, "-db", "-f", str(self.root / "haproxy.cfg")])

    def start_varnish(self):
        if self.pid("varnish"):
            return
        work = self.run / "varnish"
        work.mkdir(parents=True, exist_ok=True)
        self._spawn("varnish", [
            VARNISHD, "-F", "-n", str(work), "-a", f"{self.host}:{self.varnish_port}",
            "-T", f"{self.host}:{self.varnish_admin_port}", "-f", str(self.root / "varnish.vcl"),
            "-s", "malloc,256m", "-p", "default_ttl=0",
        ])

    def start(self, timeout=300):
        """Start what is not running (instances, HAProxy, Varnish) and wait until the site answers."""
        if not (self.pid("varnish") or self.pid("haproxy")):
            ports = [self.varnish_port, self.haproxy_port, self.stats_port, self.varnish_admin_port]
            ports += [self.node_port(n) for n in range(1, self.instances + 1) if not self.pid(f"node-{n}")]
            busy = [port for port in ports if not free(self.host, port)]
            if busy:
                raise SystemExit(f"Ports in use: {busy}; choose another --base-port.")
        for number in range(1, self.instances + 1):
            self.start_instance(number)
        self.start_haproxy()
        self.start_varnish()
        for number in range(1, self.instances + 1):
            self.wait_healthy(self.node_port(number), timeout)
        self.wait_healthy(self.varnish_port, 120)

    def health(self, port):
        """The HTTP status of @health at ``port`` (None when nothing answers)."""
        request = urllib.request.Request(f"{self.url(port)}/{SITE_ID}/@health",
                                         headers={"Accept": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code
        except OSError:
            return None

    def wait_healthy(self, port, timeout=300):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.health(port) == 200:
                return
            ended = [name for name, process in self._processes.items() if process.poll() is not None]
            if ended:
                raise RuntimeError(f"{', '.join(ended)} ended (logs: {self.run})")
            time.sleep(0.5)
        raise RuntimeError(f"{self.url(port)}/{SITE_ID}/@health did not answer 200 within {timeout} s "
                           f"(logs: {self.run})")

    def kill(self, name, signum=signal.SIGTERM):
        pid = self.pid(name)
        if pid:
            os.kill(pid, signum)
        return pid

    def stop(self, timeout=60):
        """Stop every process of the cluster (Varnish, HAProxy, then the instances)."""
        names = ["varnish", "haproxy"] + [f"node-{n}" for n in range(1, self.instances + 1)]
        stopped = []
        for name in names:
            if self.kill(name):
                stopped.append(name)
        deadline = time.monotonic() + timeout
        for name in names:
            while self.pid(name) and time.monotonic() < deadline:
                time.sleep(0.2)
            if self.kill(name, signal.SIGKILL):
                time.sleep(0.2)
            self._pidfile(name).unlink(missing_ok=True)
        return stopped

    def status(self):
        lines = []
        for name in ["varnish", "haproxy"] + [f"node-{n}" for n in range(1, self.instances + 1)]:
            pid = self.pid(name)
            lines.append(f"{name:8} {'running, pid ' + str(pid) if pid else 'stopped'}")
        return "\n".join(lines)


def filestorage_counts(path, blob_dir):
    """(objects, blobs) of a FileStorage: its current objects, those with a blob."""
    from ZODB.FileStorage import FileStorage

    storage = FileStorage(str(path), read_only=True)
    try:
        objects = len(storage)
    finally:
        storage.close()
    # The blob directory keeps each object's blobs under a folder of its own (one per revision).
    blobs = {blob.parent for blob in Path(blob_dir).rglob("*.blob")}
    return objects, len(blobs)


def _parent_death_signal():
    import ctypes

    PR_SET_PDEATHSIG = 1
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="danang-cluster", description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["start", "stop", "status", "convert"])
    parser.add_argument("--filestorage", default=str(REPOSITORY / "instance/var/filestorage/Data.fs"),
                        help="convert: the FileStorage to copy (default: make start's)")
    parser.add_argument("--blob-dir", default=str(REPOSITORY / "instance/var/blobstorage"),
                        help="convert: its blob directory")
    parser.add_argument("--root", default=str(REPOSITORY / "instance" / "cluster"))
    parser.add_argument("--instances", type=int, default=int(os.environ.get("INSTANCES", 2)))
    parser.add_argument("--base-port", type=int, default=8300)
    parser.add_argument("--database", default="danang_cluster")
    parser.add_argument("--pg-host", default=os.environ.get("PGHOST", "127.0.0.1"))
    parser.add_argument("--pg-port", type=int, default=int(os.environ.get("PGPORT", 5432)))
    parser.add_argument("--production", action="store_true")
    args = parser.parse_args(argv)
    cluster = Cluster(args.root, instances=args.instances, base_port=args.base_port, database=args.database,
                      pg_host=args.pg_host, pg_port=args.pg_port, production=args.production)
    if args.command == "stop":
        stopped = cluster.stop()
        print(f"Stopped: {', '.join(stopped)}." if stopped else "No cluster process running.")
        return 0
    if args.command == "status":
        print(cluster.status())
        return 0
    if args.command == "convert":
        cluster.create_database()
        source, copied = cluster.convert(args.filestorage, args.blob_dir)
        print(f"FileStorage: {source[0]} objects, {source[1]} blobs; PostgreSQL {cluster.database}: "
              f"{copied[0]} objects, {copied[1]} blobs.")
        if source != copied:
            print("The counts differ: do not use the copy.", file=sys.stderr)
            return 1
        return 0
    cluster.write()
    if cluster.create_database():
        print(f"Created the PostgreSQL database {cluster.database}.")
    cluster.ensure_site()
    cluster.start()
    print(f"Serving {cluster.url()}/{SITE_ID} (Varnish) → HAProxy {cluster.url(cluster.haproxy_port)} "
          f"(statistics: {cluster.url(cluster.stats_port)}/) → {cluster.instances} instances "
          f"on ports {cluster.node_port(1)}..{cluster.node_port(cluster.instances)}. "
          "make cluster-stop stops them.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
