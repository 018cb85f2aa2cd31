"""``GET <portal>/@statistics``: the statistics page's figures as JSON, for anyone."""

import json
import pytest


@pytest.fixture
def anonymous(browser):
    browser.raiseHttpErrors = False
    return browser


def site_url(functional):
    return functional["portal"].absolute_url()


@pytest.mark.parametrize(
    "query, message",
    [
        ("period=month&year=2025&month=13", "Tháng phải là một số từ 1 đến 12."),
        ("period=week", "Kỳ thống kê “week” không hợp lệ"),
        ("period=range&from=2025-05&to=2025-02", "Tháng bắt đầu phải trước"),
        ("period=year&year=2030", "Năm phải là một số từ 2015 đến 2025."),
    ],
)
def test_bad_period_is_a_400_with_vietnamese_message(published_dossiers, anonymous, functional, query, message):
    anonymous.addHeader("Accept", "application/json")
    anonymous.open(f"{site_url(functional)}/@statistics?{query}")
    assert anonymous.headers["status"].startswith("400")
    body = json.loads(anonymous.contents)
    assert message in body["error"]["message"] and body["error"]["type"] == "BadRequest"
    # The portal's one error body: the parameter at fault, when there is one, in "errors".
    assert all(set(item) == {"field", "message"} for item in body["error"]["errors"])
    assert all(message in item["message"] for item in body["error"]["errors"])


def test_rest_answers_the_same_table(published_dossiers, anonymous, functional):
    anonymous.addHeader("Accept", "application/json")
    anonymous.open(f"{site_url(functional)}/@statistics?period=month&year=2025&month=3")
    data = json.loads(anonymous.contents)
    assert data["period"]["label"] == "Tháng 3/2025" and data["period"]["ongoing"] is False
    rows = {row["code"]: row for group in data["groups"] for row in group["rows"]}
    assert rows["SXD"]["carried"] == 1 and rows["SXD"]["early"] == 1
    assert rows["UBND-491"]["paused_overdue"] == 1
    assert rows["UBND-492"]["satisfaction"]["counts"]["dissatisfied"] == 1
    assert data["total"]["received_total"] == 12
    assert [target["met"] for target in data["targets"]] == [True, True, True]
    assert {item["level"]: item["online"] for item in data["catalogue"]["by_level"]} == {"city": 2, "district": 1, "ward": 1}
    assert data["definitions"][0]["term"] == "Hồ sơ nhận giải quyết"
    months = {month["month"]: month for month in data["months"]}
    assert months["2025-03"]["received"] == 10 and months["2025-02"]["received"] == 3
    # The page's "JSON" link works from a browser (no Accept header): ++api++.
    link = anonymous.__class__(functional["app"])
    link.open(f"{site_url(functional)}/thong-ke?period=month&year=2025&month=3")
    link.getLink("Dữ liệu dạng JSON (API)").click()
    assert json.loads(link.contents)["total"] == data["total"]


def test_public_answer_in_the_callers_language(published_dossiers, anonymous, functional):
    anonymous.addHeader("Accept", "application/json")
    anonymous.addHeader("Accept-Language", "en")
    anonymous.open(f"{site_url(functional)}/@statistics?period=month&year=2025&month=3")
    assert anonymous.headers["status"].startswith("200")
    assert anonymous.headers["Content-Language"] == "en"
    # Aggregated figures without personal data: not marked private.
    assert "private" not in (anonymous.headers.get("Cache-Control") or "")
