"""Parameters Zope's converters or plone.restapi's batching cannot read answer 400, not 500."""

from tests.fixtures import accounts as testing

import pytest
import requests

TIMEOUT = 30
JSON = {"Accept": "application/json"}


@pytest.fixture
def url(functional):
    return testing.site_url(functional)


@pytest.mark.parametrize(
    "path, headers",
    [
        ("?x:int=abc", {}),
        ("/thu-tuc?x:float=1,5", {}),
        ("?d:date=zz", {}),
        ("?j:json={", {}),
        ("/@search?x:int=abc", JSON),
        ("/@search?b_size=a&b_size=b", JSON),
        ("/@search?b_start=1&b_start=2", JSON),
        ("/@search?b_size:list=5", JSON),
        ("/@services?b_size=a&b_size=b", JSON),
    ],
)
def test_unreadable_parameters_answer_400(url, path, headers):
    response = requests.get(url + path, headers=headers, allow_redirects=False, timeout=TIMEOUT)
    assert response.status_code == 400, response.text[:300]
    assert "Traceback" not in response.text and "ValueError" not in response.text
    if headers:
        assert "tham số" in response.json()["error"]["message"].lower()


def test_a_urlencoded_body_is_checked_too(url):
    response = requests.post(f"{url}/@@search", data={"n:int": "abc"}, headers=JSON, timeout=TIMEOUT)
    assert response.status_code == 400


def test_a_multipart_body_is_checked_too(url):
    response = requests.post(f"{url}/@@search", data={"n:int": "abc"}, headers=JSON, timeout=TIMEOUT,
                             files={"upload": ("don.pdf", b"%PDF-1.4\n", "application/pdf")})
    assert response.status_code == 400, response.text[:300]
    assert "n" in response.json()["error"]["message"]


def test_english_when_asked(url):
    response = requests.get(f"{url}/@search?b_size=1&b_size=2", headers={**JSON, "Accept-Language": "en"},
                            timeout=TIMEOUT)
    assert response.status_code == 400 and "b_size" in response.json()["error"]["message"]
    assert "one whole number value" in response.json()["error"]["message"]


@pytest.mark.parametrize("path", ["/@search?b_size=5&b_start=10", "/@search?b_size:int=5", "?x:int=42",
                                  "/@vocabularies/danang.portal.Units?b_size=-1"])
def test_readable_parameters_still_work(url, path):
    response = requests.get(url + path, headers=JSON, timeout=TIMEOUT)
    assert response.status_code == 200, response.text[:300]


def test_repeated_letter_number_and_non_ascii_hash_are_not_server_errors(functional):
    from plone.app.testing import SITE_OWNER_NAME
    from plone.app.testing import SITE_OWNER_PASSWORD

    import transaction

    portal = functional["portal"]
    dossier = testing.submit_as(testing.add_catalogue(portal))
    transaction.commit()
    url = testing.site_url(functional)
    dossier_url = dossier.absolute_url().replace("http://nohost/plone", url)
    owner = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)
    response = requests.get(f"{dossier_url}/@@apology-letter?n=a&n=b", auth=owner, allow_redirects=False,
                            timeout=TIMEOUT)
    assert response.status_code == 400
    response = requests.get(f"{url}/@@ket-qua-thanh-toan?vnp_SecureHash=%C4%90%C3%A0&vnp_TxnRef=1",
                            allow_redirects=False, timeout=TIMEOUT)
    assert response.status_code < 500, response.text[:300]


def test_a_parameter_a_view_takes_once_answers_400_when_repeated(functional):
    """``?field=a&field=b`` on the e-form's prefill view was a list the view could not use (500)."""
    import transaction

    portal = functional["portal"]
    service = testing.add_catalogue(portal)
    testing.add_citizen()
    transaction.commit()
    form = service["nop-ho-so"].absolute_url().replace("http://nohost/plone", testing.site_url(functional))
    citizen = (testing.CITIZEN["username"], testing.CITIZEN["password"])
    prefill = f"{form}/@@danang-applicant-prefill"
    response = requests.get(f"{prefill}?field=a&field=b", auth=citizen, headers=JSON, timeout=TIMEOUT)
    assert response.status_code == 400, response.text[:300]
    assert response.json()["error"]["message"] == "Tham số field chỉ được có một giá trị."
    english = requests.get(f"{prefill}?field=a&field:list=b", auth=citizen, timeout=TIMEOUT,
                           headers={**JSON, "Accept-Language": "en"})
    assert english.status_code == 400 and "field" in english.json()["error"]["message"]
    assert requests.get(f"{prefill}?field=phone", auth=citizen, timeout=TIMEOUT).status_code == 200
