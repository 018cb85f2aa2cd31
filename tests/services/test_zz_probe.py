import requests


def test_probe(api_site):
    url = api_site["absolute"](api_site["service"]) + "/nop-ho-so"
    for auth in (None, ("hoa", "mat-khau-hoa-2025")):
        r = requests.get(url, headers={"Accept": "application/json"}, auth=auth)
        print("P", r.status_code, r.text[:3000])
