"""GET <portal>/@health, the load balancer's check (docs/deployment.md): 200 with a tiny JSON
while the database answers, 503 when it does not; never cached. Against the functional layer's
real WSGI server; the failing database is a real FileStorage, closed."""

from danang.portal.services.health.get import database_answers
from tests.fixtures import accounts as testing
from ZODB.DB import DB
from ZODB.FileStorage import FileStorage

import requests


def test_health_answers_200_while_the_database_answers(functional):
    response = requests.get(
        f"{testing.site_url(functional)}/@health", headers={"Accept": "application/json"}, timeout=30
    )
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-store" in response.headers["Cache-Control"]
    assert "private" in response.headers["Cache-Control"]


def test_a_database_that_does_not_answer_is_unavailable(tmp_path):
    db = DB(FileStorage(str(tmp_path / "Data.fs")))
    assert database_answers(db) is True
    db.close()
    assert database_answers(db) is False
