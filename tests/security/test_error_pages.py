"""Error pages of browser requests: a clear message for a refused request, no internals in an
unexpected error, for administrators too (browser/errors.py)."""

from danang.portal.forms import prefill
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from tests.fixtures import accounts as testing

import pytest
import requests
import transaction

OWNER = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)
TIMEOUT = 30
SECRET = "/srv/danang/src/secret_module.py"


@pytest.fixture
def form_url(functional):
    service = testing.add_catalogue(functional["portal"])
    transaction.commit()
    return service["nop-ho-so"].absolute_url().replace("http://nohost/plone", testing.site_url(functional))


@pytest.fixture
def failing(monkeypatch):
    def fail(self, field):
        raise KeyError(f"{SECRET} line 12")

    monkeypatch.setattr(prefill.ApplicantPrefill, "__call__", fail)


@pytest.mark.parametrize("accept", ["text/html", "*/*"])
def test_an_unexpected_error_shows_no_internals_even_to_administrators(form_url, failing, accept):
    answer = requests.get(f"{form_url}/@@danang-applicant-prefill?field=phone", auth=OWNER,
                          headers={"Accept": accept, "Accept-Language": "vi"}, timeout=TIMEOUT)
    assert answer.status_code == 500
    for leak in (SECRET, "KeyError", "Traceback", "secret_module"):
        assert leak not in answer.text
    assert "mã sự cố" in answer.text
    if accept == "*/*":
        error = answer.json()["error"]
        assert error["type"] == "InternalServerError" and error["incident"] in error["message"]


def test_a_refused_request_says_why(form_url):
    url = f"{form_url}/@@danang-applicant-prefill?field=a&field=b"
    page = requests.get(url, auth=OWNER, headers={"Accept": "text/html"}, timeout=TIMEOUT)
    assert page.status_code == 400
    assert "Tham số field chỉ được có một giá trị." in page.text and "Yêu cầu không hợp lệ" in page.text
    data = requests.get(url, auth=OWNER, headers={"Accept": "*/*", "Accept-Language": "en"}, timeout=TIMEOUT)
    assert data.status_code == 400
    assert data.json()["error"]["message"] == "The parameter field must have one value only."


def test_not_found_is_still_plones_page(form_url):
    page = requests.get(f"{form_url}/khong-co-trang-nay", headers={"Accept": "text/html"}, timeout=TIMEOUT)
    assert page.status_code == 404 and "<html" in page.text
