"""plone.restapi's conventions on every endpoint: ``@id``, ``expand``, JSON for ``Accept: */*``
and no Accept, array parameters in the forms clients send (services/base.py, negotiation.py,
arrays.py)."""

from danang.portal.services.arrays import as_zope_lists
from tests.fixtures import accounts as testing

import pytest
import requests

TIMEOUT = 30
JSON = {"Accept": "application/json"}


def test_bracket_arrays_are_zope_lists():
    assert as_zope_lists("level[]=ward&level[]=district&q=a") == "level%3Alist=ward&level%3Alist=district&q=a"
    assert as_zope_lists("level[0]=ward&level[1]=city") == "level%3Alist=ward&level%3Alist=city"
    assert as_zope_lists("q=a&b_size=5") == "q=a&b_size=5"


def test_every_resource_answer_has_its_id(api_site):
    url = api_site["url"]
    statistics = requests.get(f"{url}/@statistics?year=2025", headers=JSON, timeout=TIMEOUT)
    assert statistics.status_code == 200
    assert statistics.json()["@id"] == f"{url}/@statistics?year=2025"
    services = requests.get(f"{url}/@services?q=x%C3%A2y", headers=JSON, timeout=TIMEOUT).json()
    assert services["@id"] == f"{url}/@services?q=x%C3%A2y"
    dossier = testing.submit_as(api_site["service"], testing.CITIZEN)
    import transaction

    transaction.commit()
    auth = (testing.CITIZEN["username"], testing.CITIZEN["password"])
    dossier_url = api_site["absolute"](dossier)
    payment = requests.get(f"{dossier_url}/@payment", headers=JSON, auth=auth, timeout=TIMEOUT)
    assert payment.status_code == 200, payment.text[:300]
    assert payment.json()["@id"] == f"{dossier_url}/@payment"
    status = requests.post(f"{url}/@dossier-status", headers=JSON, timeout=TIMEOUT,
                           json={"code": dossier.dossier_code, "phone": testing.CITIZEN["properties"]["phone"]})
    assert status.status_code == 200, status.text[:300]
    assert status.json()["@id"] == f"{url}/@dossier-status"


@pytest.mark.parametrize("accept", ["*/*", None])
def test_an_endpoint_answers_json_to_any_accept(api_site, accept):
    headers = {"Accept": accept} if accept else {}
    session = requests.Session()
    # requests adds "Accept: */*" by itself: None takes the header out.
    session.headers.pop("Accept", None)
    for path in ("/@services", "/@search?portal_type=Service", "/@vocabularies/danang.portal.Sectors",
                 "/@statistics"):
        response = session.get(api_site["url"] + path, headers=headers, timeout=TIMEOUT)
        assert response.status_code == 200, (path, response.text[:200])
        assert response.headers["Content-Type"].startswith("application/json"), path
        assert response.json()["@id"].startswith(api_site["url"])
    # A page still answers HTML.
    page = session.get(api_site["url"] + "/thu-tuc", headers=headers, timeout=TIMEOUT)
    assert page.headers["Content-Type"].startswith("text/html")


def test_array_parameters_in_every_form(api_site):
    url = f"{api_site['url']}/@services"
    forms = ("level=district&level=ward", "level:list=district&level:list=ward", "level[]=district&level[]=ward",
             "level%5B%5D=district&level%5B%5D=ward")
    answers = [requests.get(f"{url}?{form}", headers=JSON, timeout=TIMEOUT) for form in forms]
    assert all(answer.status_code == 200 for answer in answers)
    selected = [sorted(item["value"] for item in answer.json()["facets"]["level"] if item["selected"])
                for answer in answers]
    assert selected == [["district", "ward"]] * len(forms)
    # One value only: a list is refused, not ignored.
    refused = requests.get(f"{url}?sort_on[]=name&sort_on[]=days", headers=JSON, timeout=TIMEOUT)
    assert refused.status_code == 400
    assert refused.json()["error"]["errors"][0]["field"] == "sort_on"


def test_expand_works_as_in_plone_restapi(api_site):
    service_url = api_site["absolute"](api_site["service"])
    answer = requests.get(f"{service_url}?expand=breadcrumbs,navigation,workflow,actions", headers=JSON,
                          timeout=TIMEOUT)
    assert answer.status_code == 200, answer.text[:300]
    components = answer.json()["@components"]
    assert components["breadcrumbs"]["items"][-1]["@id"] == service_url
    assert components["workflow"]["state"]["id"] == "published"
    assert "items" in components["navigation"]
    assert "object" in components["actions"]
