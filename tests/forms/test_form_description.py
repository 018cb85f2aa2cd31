"""A GET of a service's e-form answers its fields as data (forms/description.py), to anyone who
may submit."""

from tests.fixtures import accounts as testing

import requests

TIMEOUT = 30
JSON = {"Accept": "application/json"}


def test_the_form_answers_its_fields(api_site):
    url = api_site["absolute"](api_site["service"]) + "/nop-ho-so"
    for auth in (None, (testing.CITIZEN["username"], testing.CITIZEN["password"])):
        answer = requests.get(url, headers=JSON, auth=auth, timeout=TIMEOUT)
        assert answer.status_code == 200, answer.text[:300]
        fields = {field["name"]: field for field in answer.json()["fields"]}
        assert {"name", "phone", "district"} <= set(fields)
        assert fields["name"]["part"] == "applicant" and fields["name"]["required"] is True
        assert fields["name"]["type"] == "string"
        district = fields["district"]
        assert district["type"] == "choice"
        assert {"value": "492", "title": "Quận Hải Châu"} in district["choices"]
        files = [field for field in fields.values() if field["part"] == "files"]
        assert files and all(field["type"] == "file" for field in files)
        assert all(field["max_size"] > 0 and "application/pdf" in field["accepted_types"] for field in files)
        assert any(field["component"] == "Đơn đề nghị cấp giấy phép xây dựng" for field in files)
