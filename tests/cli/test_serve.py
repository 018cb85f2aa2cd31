"""A clean stop of the instance (make stop's SIGTERM, Ctrl-C's SIGINT) writes the FileStorage
index, and the next open reads it instead of scanning Data.fs."""

from pathlib import Path
from ZODB.FileStorage import FileStorage
from ZODB.fsIndex import fsIndex

import os
import pytest
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

ROOT = Path(__file__).resolve().parents[2]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def write_instance(home, port):
    """What `make instance` writes, for a throw-away instance under ``home``."""
    (home / "etc").mkdir(parents=True)
    for folder in ("filestorage", "blobstorage", "log", "cache"):
        (home / "var" / folder).mkdir(parents=True)
    for name in ("zope.conf", "zope.ini"):
        text = (ROOT / "instance" / f"{name}.in").read_text()
        for key, value in (("@INSTANCE@", str(home)), ("@PORT@", str(port)), ("@HOST@", "127.0.0.1"),
                           ("@DEBUG_MODE@", "off")):
            text = text.replace(key, value)
        (home / "etc" / name).write_text(text)
    (home / "etc" / "site.zcml").write_text((ROOT / "instance" / "site.zcml").read_text())


def serve_until_up(home, port):
    log = open(home / "var" / "log" / "serve.log", "wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "danang.portal.cli.serve", str(home / "etc" / "zope.ini")],
        cwd=home, stdout=log, stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        assert process.poll() is None, (home / "var" / "log" / "serve.log").read_text()[-3000:]
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5)
            return process
        except urllib.error.HTTPError:
            return process  # Zope answers: it is up
        except OSError:
            time.sleep(0.5)
    process.kill()
    pytest.fail("the instance did not start")


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_clean_stop_writes_the_index(tmp_path, stop_signal):
    home = tmp_path / "instance"
    port = free_port()
    write_instance(home, port)
    process = serve_until_up(home, port)
    assert (home / "var" / "Z4.pid").read_text().strip() == str(process.pid)
    process.send_signal(stop_signal)
    try:
        assert process.wait(timeout=60) == 0
    finally:
        if process.poll() is None:
            process.kill()
    data = home / "var" / "filestorage" / "Data.fs"
    index = Path(f"{data}.index")
    assert index.exists()
    # The index covers the whole file: opening it needs no scan.
    assert fsIndex.load(str(index))["pos"] == os.path.getsize(data)
    started = time.perf_counter()
    FileStorage(str(data), read_only=True).close()
    print(f"open with the index: {(time.perf_counter() - started) * 1000:.1f} ms")
    assert not (home / "var" / "Z4.pid").exists()
