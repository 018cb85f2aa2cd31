"""The server process starts the delivery worker (and, on a development instance, the simulator)
when zope.conf says ``background-jobs on`` (national/worker.py); nothing runs without it."""

from danang.portal import settings
from danang.portal.national import install
from danang.portal.national import worker
from danang.portal.national.settings import INationalSettings
from danang.portal.national.settings import PREFIX

import requests
import socket
import time
import transaction


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_the_process_start_runs_the_worker_and_the_simulator(live, live_dossier, zope_conf):
    endpoint = f"http://127.0.0.1:{free_port()}/dvcqg/api/dong-bo"
    install.enable_for_development(endpoint)
    settings.write(INationalSettings, PREFIX, "endpoint", endpoint)
    transaction.commit()
    zope_conf(production="off")
    worker.process_starting(None)
    assert worker._running == {}  # no background-jobs line: nothing started

    zope_conf(production="off", background_jobs="on")
    worker.process_starting(None)
    try:
        dossier = live_dossier()
        lookup = f"{endpoint}/TraCuuHoSo"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            answer = requests.get(lookup, params={"MaHoSo": dossier.dossier_code}, timeout=10)
            if answer.status_code == 200:
                break
            time.sleep(0.5)
        assert answer.status_code == 200, answer.text
        assert answer.json()["result"][0]["record"]["TrangThaiHoSo"] == "1"
    finally:
        worker.stop_all()
    assert worker._running == {}
