"""GET <portal>/@health, the load balancer's check (docs/deployment.md): 200 with a tiny JSON
while the database answers, 503 when it does not; never cached. Against the functional layer's
real WSGI server (the database that does not answer: tests/publisher/test_database_down.py, and
over HTTP on the cluster: tests/cli/test_cluster.py)."""

from tests.fixtures import accounts as testing

import requests


def test_health_answers_200_while_the_database_answers(functional):
    response = requests.get(
        f"{testing.site_url(functional)}/@health", headers={"Accept": "application/json"}, timeout=30
    )
    assert response.status_code == 200
    assert (response.json()["status"], response.json()["database"]) == ("ok", "ok")
    assert "no-store" in response.headers["Cache-Control"]
    assert "private" in response.headers["Cache-Control"]
