"""REST: POST /plone/@dossiers, dossier submission for agents' and partners' apps.

Against the functional layer's real WSGI server, with a real SMTP server for the receipt.
"""

from plone import api
from tests.fixtures import accounts as testing
from tests.fixtures import forms as form_testing

import base64
import pytest
import re
import requests
import transaction

AGENT = {"username": "dai-ly", "password": "mat-khau-dai-ly-2025", "email": "dai-ly@example.com",
         "properties": {"fullname": "Đại lý dịch vụ công Hải Châu"}}
CODE = re.compile(r"^H17\.492-\d{6}-\d{4}$")


def b64(data):
    return base64.b64encode(data).decode("ascii")


def valid_payload(**changes):
    payload = {
        "service": "1.009130",
        # The e-form tests' applicant, with the identity number typed without spaces.
        "applicant": {**form_testing.APPLICANT, "id_number": "048190001234"},
        "answers": {"result_delivery": "post", "request_note": "Xây nhà 3 tầng", "commitment": True},
        "files": [
            {"field": "file_1", "filename": "Đơn đề nghị.pdf", "content_type": "application/pdf",
             "data": b64(form_testing.PDF)},
            {"component": "Bản vẽ thiết kế xây dựng", "filename": "mat-bang.dwg",
             "content_type": "application/acad", "data": b64(form_testing.DWG)},
        ],
    }
    for key, value in changes.items():
        payload[key] = value
    return payload


@pytest.fixture
def site(functional, smtp_portal, smtp):
    portal = smtp_portal
    service = testing.add_catalogue(portal)
    testing.add_citizen()
    agent = testing.add_citizen(AGENT)
    with api.env.adopt_roles(["Manager"]):
        api.group.create(groupname="dossier-agents", title="Đại lý nộp hồ sơ")
        api.group.add_user(groupname="dossier-agents", user=agent)
    transaction.commit()
    return {"portal": portal, "service": service, "url": testing.site_url(functional), "smtp": smtp}


def post(site, payload, auth=(testing.CITIZEN["username"], testing.CITIZEN["password"]), headers=None, **kwargs):
    return requests.post(
        f"{site['url']}/@dossiers",
        json=payload,
        auth=auth,
        headers={"Accept": "application/json", **(headers or {})},
        timeout=60,
        **kwargs,
    )


def dossiers():
    transaction.begin()
    catalog = api.portal.get_tool("portal_catalog")
    return [brain._unrestrictedGetObject() for brain in catalog.unrestrictedSearchResults(portal_type="Dossier")]


def errors_of(response):
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["type"] == "BadRequest" and error["message"]
    return {item["field"]: item["message"] for item in error["errors"]}


def test_anonymous_callers_get_401(site):
    response = post(site, valid_payload(), auth=None)
    assert response.status_code == 401
    assert dossiers() == []


def test_a_citizen_submits_and_gets_the_code_receipt_and_due_date(site):
    response = post(site, valid_payload())
    assert response.status_code == 201, response.text
    data = response.json()
    assert CODE.match(data["code"])
    assert data["status"] == {"code": 1, "title": "Mới đăng ký"}
    assert data["service"] == {"code": "1.009130", "title": "Cấp giấy phép xây dựng nhà ở riêng lẻ"}
    assert data["agent"] is None
    assert data["due"] > data["received"]
    assert response.headers["Location"] == data["@id"]
    [dossier] = dossiers()
    assert dossier.dossier_code == data["code"]
    assert dossier.due.isoformat() == data["due"]
    assert dossier.channel == "online"
    assert dossier.applicant_user == testing.CITIZEN["username"]
    assert dossier.applicant_phone == "0905123456"
    assert dossier.applicant_birth_date.isoformat() == "1990-05-17"
    assert dossier.answers["result_delivery"]["value"] == "post"
    assert dossier.answers["request_note"]["value"] == "Xây nhà 3 tầng"
    files = dossier.files()
    assert [item.component for item in files] == ["Đơn đề nghị cấp giấy phép xây dựng", "Bản vẽ thiết kế xây dựng"]
    assert files[0].file.data == form_testing.PDF and files[0].file.contentType == "application/pdf"
    assert files[1].file.data == form_testing.DWG and files[1].file.filename.endswith(".dwg")
    # The receipt: by its link, and by e-mail.
    receipt = requests.get(data["receipt_url"], timeout=30)
    assert receipt.status_code == 200 and data["code"] in receipt.text
    pdf = requests.get(data["receipt_pdf_url"], timeout=60)
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert site["smtp"].wait(20)
    [mail] = site["smtp"].messages
    assert mail["to"] == ["hoa.nguyen@example.com"]
    assert data["code"] in mail["message"]["Subject"] + mail["message"].get_body(("plain", "html")).get_content()
    # The citizen sees the new dossier at its URL.
    own = requests.get(data["@id"], auth=(testing.CITIZEN["username"], testing.CITIZEN["password"]),
                       headers={"Accept": "application/json"}, timeout=30)
    assert own.status_code == 200 and own.json()["dossier_code"] == data["code"]


def test_a_jwt_token_from_login_works_too(site):
    login = requests.post(
        f"{site['url']}/@login",
        json={"login": testing.CITIZEN["username"], "password": testing.CITIZEN["password"]},
        headers={"Accept": "application/json"},
        timeout=30,
    )
    assert login.status_code == 200, login.text
    token = login.json()["token"]
    response = post(site, valid_payload(), auth=None, headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 201, response.text
    [dossier] = dossiers()
    assert dossier.applicant_user == testing.CITIZEN["username"]


def test_the_api_is_also_reached_through_plus_plus_api(site):
    response = requests.post(
        f"{site['url']}/++api++/@dossiers",
        json=valid_payload(),
        auth=(testing.CITIZEN["username"], testing.CITIZEN["password"]),
        timeout=60,
    )
    assert response.status_code == 201, response.text


def test_an_agent_is_recorded_and_does_not_become_the_owner(site):
    response = post(site, valid_payload(), auth=(AGENT["username"], AGENT["password"]))
    assert response.status_code == 201, response.text
    assert response.json()["agent"] == AGENT["username"]
    [dossier] = dossiers()
    assert dossier.agent == AGENT["username"]
    assert dossier.applicant_user is None
    assert dossier.listCreators() == ()
    assert dossier.get_local_roles_for_userid(AGENT["username"]) == ("DossierAgent",)
    # The agent may follow it; the citizen whose data it is looks it up by code and phone.
    followed = requests.get(response.json()["@id"], auth=(AGENT["username"], AGENT["password"]),
                            headers={"Accept": "application/json"}, timeout=30)
    assert followed.status_code == 200


@pytest.mark.parametrize(
    "change, field, fragment",
    [
        ({"applicant": {"name": ""}}, "applicant.name", "Vui lòng nhập"),
        ({"applicant": {"phone": "12345"}}, "applicant.phone", "Số điện thoại di động gồm 10 chữ số"),
        ({"applicant": {"id_number": "12AB"}}, "applicant.id_number", "Số định danh không hợp lệ"),
        ({"applicant": {"birth_date": "17/05/1990"}}, "applicant.birth_date", "YYYY-MM-DD"),
        ({"applicant": {"birth_date": "2999-01-01"}}, "applicant.birth_date", "Ngày sinh phải là"),
        ({"applicant": {"email": "hoa@"}}, "applicant.email", "thư điện tử không hợp lệ"),
        ({"applicant": {"ward": "20194"}}, "applicant.ward", "không thuộc quận, huyện đã chọn"),
        ({"applicant": {"district": "999"}}, "applicant.district", "Giá trị không hợp lệ"),
        ({"applicant": {"nickname": "Hoà"}}, "applicant.nickname", "không có trường"),
        ({"answers": {"commitment": False}}, "answers.commitment", "cam đoan"),
        ({"answers": {"commitment": "yes"}}, "answers.commitment", "true hoặc false"),
        ({"answers": {"result_delivery": "pigeon"}}, "answers.result_delivery", "Giá trị không hợp lệ"),
        ({"answers": {"phone": "0905123456"}}, "answers.phone", "không có trường"),
    ],
)
def test_bad_fields_are_400_with_a_message_per_field(site, change, field, fragment):
    payload = valid_payload()
    for part, values in change.items():
        payload[part] = {**payload[part], **values}
    errors = errors_of(post(site, payload))
    assert field in errors, errors
    assert fragment in errors[field]
    assert dossiers() == []


def test_file_problems_are_reported_per_component(site):
    payload = valid_payload()
    payload["files"] = [
        # An executable named .pdf: refused by its content.
        {"field": "file_1", "filename": "don.pdf", "content_type": "application/pdf",
         "data": b64(form_testing.EXE)},
        {"field": "file_3", "filename": "uy-quyen.pdf", "data": "not base64!"},
        {"component": "Không có thành phần này", "filename": "x.pdf", "data": b64(form_testing.PDF)},
    ]
    errors = errors_of(post(site, payload))
    assert "không phải là tệp" in errors["files.file_1"]
    assert "Bản vẽ thiết kế xây dựng" in errors["files.file_2"]  # required and missing
    assert "base64" in errors["files[1]"]
    assert "thành phần hồ sơ" in errors["files[2]"]
    assert dossiers() == []


def test_the_size_limit_is_the_forms_setting(site):
    api.portal.set_registry_record("danang.portal.uploads.sector_max_size", {"hoat-dong-xay-dung": 1})
    transaction.commit()
    payload = valid_payload()
    big = form_testing.PDF + b"%" + b"0" * (1024 * 1024)
    payload["files"][0]["data"] = b64(big)
    errors = errors_of(post(site, payload))
    assert "vượt quá giới hạn 1 MB" in errors["files.file_1"]


def test_the_validation_follows_the_services_form_as_customised(site):
    """An editor made the note required through the web: the API requires it too."""
    form = site["service"]["nop-ho-so"]
    optional = '<field name="request_note" type="zope.schema.Text">\n        <required>False</required>'
    assert optional in form.fields_model
    form.fields_model = form.fields_model.replace(optional, '<field name="request_note" type="zope.schema.Text">')
    transaction.commit()
    payload = valid_payload()
    del payload["answers"]["request_note"]
    errors = errors_of(post(site, payload))
    assert list(errors) == ["answers.request_note"]


@pytest.mark.parametrize(
    "body, field",
    [
        ({**valid_payload(), "service": "9.999999"}, "service"),
        ({**valid_payload(), "service": None}, "service"),
        ({**valid_payload(), "applicant": ["Nguyễn Thị Hoà"]}, "applicant"),
        ({**valid_payload(), "files": {"file_1": "x"}}, "files"),
    ],
)
def test_bad_structure_is_400(site, body, field):
    assert field in errors_of(post(site, body))


def test_a_service_without_online_submission_is_400(site):
    with api.env.adopt_roles(["Manager"]):
        service = form_testing.make_service(site["portal"], code="1.009131", online_level=2)
        api.content.transition(obj=service, to_state="published")
    transaction.commit()
    errors = errors_of(post(site, valid_payload(service="1.009131")))
    assert "chưa nhận hồ sơ trực tuyến" in errors["service"]


def test_a_body_that_is_not_json_is_400(site):
    response = requests.post(
        f"{site['url']}/@dossiers", data=b"code=1", auth=(testing.CITIZEN["username"], testing.CITIZEN["password"]),
        headers={"Accept": "application/json", "Content-Type": "application/json"}, timeout=30,
    )
    assert response.status_code == 400
    assert "JSON" in response.json()["error"]["message"]


def test_messages_in_english_on_request(site):
    payload = valid_payload()
    payload["applicant"] = {**payload["applicant"], "phone": "12345"}
    response = post(site, payload, headers={"Accept-Language": "en"})
    assert response.headers["Content-Language"] == "en"
    errors = errors_of(response)
    assert errors["applicant.phone"].startswith("A mobile")


def test_a_resent_submission_with_the_same_key_gets_the_first_dossier(site):
    key = "3f6c1a2e-7b8d-4e0f-9a1b-2c3d4e5f6a7b"
    first = post(site, valid_payload(), headers={"Idempotency-Key": key})
    assert first.status_code == 201, first.text
    again = post(site, valid_payload(), headers={"Idempotency-Key": key})
    assert again.status_code == 200, again.text
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.json()["code"] == first.json()["code"]
    assert again.headers["Location"] == first.headers["Location"]
    assert [dossier.dossier_code for dossier in dossiers()] == [first.json()["code"]]
    # Another key is another submission; the key is the submitter's own (an agent's same key is new).
    other = post(site, valid_payload(), headers={"Idempotency-Key": key + "-2"})
    assert other.status_code == 201 and other.json()["code"] != first.json()["code"]


def test_a_bad_idempotency_key_is_400(site):
    response = post(site, valid_payload(), headers={"Idempotency-Key": "x y"})
    assert "Idempotency-Key" in errors_of(response)
    assert dossiers() == []


def test_an_address_in_a_former_unit_is_accepted_and_a_gone_code_refused(site):
    # The site on 1 March 2025: Hải Châu II (20239) was merged into Phường Hải Châu on 1 January.
    from danang.portal import units
    from datetime import date

    units.pin(date(2025, 3, 1))
    transaction.commit()
    applicant = {**valid_payload()["applicant"], "district": "492", "ward": "20239"}
    assert "applicant.ward" in errors_of(post(site, valid_payload(applicant=applicant)))  # gone that day
    applicant["ward"] = "20239@2019"  # as an old ID card gives it: accepted, kept as given
    response = post(site, valid_payload(applicant=applicant))
    assert response.status_code == 201, response.text
    [dossier] = dossiers()
    assert (dossier.applicant_ward, dossier.units_day) == ("20239@2019", date(2025, 3, 1))


def test_desk_and_collection_place_in_the_body(site, frozen):
    """From 1 July 2025 the body names the one-stop desk that receives (``desk``) and the one
    where the result is collected (``collect_at``); bad ones are 400 beside their key."""
    from tests.fixtures.reorganisation import at

    frozen(at(2025, 7, 2, 9))
    with api.env.adopt_roles(["Manager"]):
        form_testing.make_agency(site["portal"], code="UBND-20227", title="UBND phường Thanh Bình",
                                 kind="ward_committee", level="ward", area="20227", unit_code="H17.20227")
    transaction.commit()
    answers = {"result_delivery": "in_person", "commitment": True}
    bad = post(site, valid_payload(answers=answers, desk=["UBND-20227"], collect_at="UBND-NOWHERE"))
    assert "mã của một bộ phận một cửa" in errors_of(bad)["desk"]
    bad = post(site, valid_payload(answers=answers, collect_at="UBND-NOWHERE"), headers={"Accept-Language": "en"})
    assert "UBND-NOWHERE" in errors_of(bad)["collect_at"]
    assert dossiers() == []
    response = post(site, valid_payload(answers=answers, desk="UBND-20227", collect_at="UBND-20227"))
    assert response.status_code == 201, response.text
    [dossier] = dossiers()
    assert (dossier.receiving_unit, dossier.received_at_unit, dossier.collect_at_unit) == (
        "UBND-492", "UBND-20227", "UBND-20227")


def test_before_july_2025_the_desk_must_be_competent(site, frozen):
    from tests.fixtures.reorganisation import at

    frozen(at(2025, 6, 30, 9))
    with api.env.adopt_roles(["Manager"]):
        form_testing.make_agency(site["portal"], code="UBND-20227", title="UBND phường Thanh Bình",
                                 kind="ward_committee", level="ward", area="20227", unit_code="H17.20227")
    transaction.commit()
    response = post(site, valid_payload(desk="UBND-20227"), headers={"Accept-Language": "en"})
    assert "UBND phường Thanh Bình" in errors_of(response)["desk"]
