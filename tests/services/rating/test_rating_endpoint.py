"""REST: GET and POST <dossier>/@rating, against the functional layer's real WSGI server."""

from danang.portal.satisfaction.rating import COMMENT_MAX_LENGTH
from danang.portal.satisfaction.rating import rating_of
from plone import api
from tests.fixtures.driving import drive
from tests.fixtures.workflow_people import PASSWORD

import pytest
import requests
import transaction

CITIZEN = ("citizen", PASSWORD)


@pytest.fixture
def portal(functional):
    return functional["portal"]


@pytest.fixture
def site(functional, portal, people, make_dossier):
    dossier = make_dossier()
    transaction.commit()
    path = "/".join(dossier.getPhysicalPath()[2:])
    return {
        "portal": portal,
        "dossier": dossier,
        "url": f"http://{functional['host']}:{functional['port']}/{portal.getId()}/{path}/@rating",
    }


def returned(site):
    drive(site["portal"], site["dossier"], "returned")
    transaction.commit()


def get(site, auth=CITIZEN, **headers):
    return requests.get(site["url"], auth=auth, headers={"Accept": "application/json", **headers}, timeout=30)


def post(site, payload, auth=CITIZEN, **headers):
    kwargs = {"data": payload} if isinstance(payload, (str, bytes)) else {"json": payload}
    return requests.post(
        site["url"], auth=auth, headers={"Accept": "application/json", **headers}, timeout=30, **kwargs
    )


def stored(site):
    transaction.begin()
    return rating_of(site["dossier"])


def error_of(response, status):
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["message"]
    return error


def test_before_the_result_is_returned(site):
    answer = get(site)
    assert answer.status_code == 200
    body = answer.json()
    assert body["rated"] is False and body["rating"] is None
    assert body["may_rate"] is False
    assert body["reason"].startswith("Hồ sơ chưa trả kết quả.")
    assert [level["token"] for level in body["levels"]] == ["very_satisfied", "satisfied", "dissatisfied"]
    assert [level["title"] for level in body["levels"]] == ["Rất hài lòng", "Hài lòng", "Không hài lòng"]
    assert body["comment_max_length"] == COMMENT_MAX_LENGTH
    error = error_of(post(site, {"level": "satisfied"}), 409)
    assert error["type"] == "Conflict"
    assert stored(site) is None


def test_the_applicant_rates_once(site):
    returned(site)
    assert get(site).json()["may_rate"] is True
    created = post(site, {"level": "very_satisfied", "comment": "Nhanh, đúng hẹn"})
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["rated"] is True and body["may_rate"] is False
    assert body["rating"]["level"] == {"token": "very_satisfied", "title": "Rất hài lòng"}
    assert body["rating"]["comment"] == "Nhanh, đúng hẹn"
    assert body["rating"]["by"] == "applicant" and body["rating"]["via"] == "api"
    assert body["rating"]["time"].endswith("+07:00")
    assert "user" not in body["rating"]
    rating = stored(site)
    assert (rating["level"], rating["user"], rating["via"]) == ("very_satisfied", "citizen", "api")

    again = error_of(post(site, {"level": "dissatisfied"}), 409)
    assert "đã được đánh giá" in again["message"]
    assert stored(site)["level"] == "very_satisfied"
    assert get(site).json()["reason"].startswith("Hồ sơ này đã được đánh giá lúc")


@pytest.mark.parametrize(
    "payload, field, message",
    [
        ("{not json", None, "Nội dung yêu cầu phải là một đối tượng JSON hợp lệ."),
        ('["satisfied"]', None, "Nội dung yêu cầu phải là một đối tượng JSON hợp lệ."),
        ({}, "level", "Vui lòng chọn một mức đánh giá"),
        ({"level": "happy"}, "level", "Vui lòng chọn một mức đánh giá"),
        ({"level": "satisfied", "comment": "x" * (COMMENT_MAX_LENGTH + 1)}, "comment", "tối đa 1000 ký tự"),
        ({"level": "satisfied", "comment": 5}, "comment", "Ý kiến góp ý phải là một đoạn văn bản."),
    ],
)
def test_bad_input_is_a_400_in_vietnamese(site, payload, field, message):
    returned(site)
    error = error_of(post(site, payload), 400)
    assert error["type"] == "BadRequest"
    assert [item["field"] for item in error["errors"]] == ([field] if field else [])
    assert message in error["message"]
    assert stored(site) is None


def test_the_answer_follows_accept_language(site):
    returned(site)
    response = post(site, {"level": "happy"}, **{"Accept-Language": "en"})
    assert response.status_code == 400
    assert response.headers["Content-Language"] == "en"


def test_an_official_reads_but_cannot_rate(site):
    returned(site)
    error = error_of(post(site, {"level": "very_satisfied"}, auth=("sxd-desk", PASSWORD)), 403)
    assert error["type"] == "Forbidden"
    assert "Cán bộ, công chức giải quyết hồ sơ" in error["message"]
    assert stored(site) is None
    post(site, {"level": "satisfied", "comment": "Ổn"})
    seen = get(site, auth=("sxd-leader", PASSWORD)).json()
    assert seen["rating"]["level"]["token"] == "satisfied" and seen["rating"]["comment"] == "Ổn"
    assert seen["may_rate"] is False


@pytest.mark.parametrize("auth", [("other-citizen", PASSWORD), ("hc-desk", PASSWORD), None])
def test_others_do_not_even_see_it(site, auth):
    returned(site)
    # Like a missing dossier (docs/security.md, "Dossier URLs").
    assert get(site, auth=auth).status_code == 404
    assert post(site, {"level": "dissatisfied"}, auth=auth).status_code == 404
    assert stored(site) is None


def test_the_rating_is_indexed_for_search(site):
    returned(site)
    post(site, {"level": "dissatisfied"})
    transaction.begin()
    catalog = api.portal.get_tool("portal_catalog")
    [brain] = catalog.unrestrictedSearchResults(satisfaction="dissatisfied")
    assert brain.dossier_code == site["dossier"].dossier_code
    assert brain.satisfaction == "dissatisfied"
