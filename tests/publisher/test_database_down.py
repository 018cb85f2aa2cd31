"""The WSGI filter that answers 503 when the database does not answer (publisher/database_down.py),
and the check it shares with ``@health`` (publisher/database.py). The database that does not
answer is a real FileStorage, closed; the application a WSGI callable failing as Zope does when
it cannot open the request's connection."""

from danang.portal.publisher.database import answers
from danang.portal.publisher.database_down import DatabaseDown
from ZODB.DB import DB
from ZODB.FileStorage import FileStorage

import json
import pytest


class StorageGone(Exception):
    pass


def failing_app(environ, start_response):
    raise StorageGone("the database connection could not be opened")


def working_app(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"ok"]


@pytest.fixture
def databases(tmp_path):
    up = DB(FileStorage(str(tmp_path / "Up.fs")))
    down = DB(FileStorage(str(tmp_path / "Down.fs")))
    down.close()
    yield up, down
    up.close()


def call(app, db, path="/danang/thu-tuc", **headers):
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": path, **{f"HTTP_{k.upper()}": v for k, v in headers.items()}}
    started = {}

    def start_response(status, response_headers, exc_info=None):
        started["status"], started["headers"] = status, dict(response_headers)

    body = b"".join(DatabaseDown(app, db=lambda: db)(environ, start_response))
    return started["status"], started["headers"], body.decode("utf-8")


def test_the_check_of_a_database(databases):
    up, down = databases
    assert answers(up) is True
    assert answers(down) is False


def test_503_when_the_application_fails_and_the_database_does_not_answer(databases, portal):
    _up, down = databases
    status, headers, body = call(failing_app, down, "/danang/@health", accept="application/json")
    assert status.startswith("503")
    assert json.loads(body) == {"status": "unavailable", "database": "unavailable"}
    assert headers["Cache-Control"] == "private, no-store"
    assert headers["Retry-After"] == "10"
    _, _, body = call(failing_app, down, accept="application/json")
    assert json.loads(body)["error"]["type"] == "ServiceUnavailable"
    assert "cơ sở dữ liệu" in json.loads(body)["error"]["message"]
    _, headers, page = call(failing_app, down, accept_language="en-US,en;q=0.8")
    assert headers["Content-Type"].startswith("text/html")
    assert 'lang="en"' in page and "database" in page


def test_other_failures_and_answers_pass_through(databases):
    up, down = databases
    with pytest.raises(StorageGone):
        call(failing_app, up)
    assert call(working_app, down) == ("200 OK", {"Content-Type": "text/plain"}, "ok")
