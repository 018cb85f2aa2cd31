"""A real submission through the generated form creates a Dossier with its files as blobs."""

from danang.portal.forms.generation import FORM_ID
from danang.portal.forms.view import TOKEN
from lxml import html
from plone import api
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from plone.namedfile.file import NamedBlobFile
from tests.fixtures import forms as testing

import pytest
import re
import transaction
import urllib.parse

FILES = {
    "file_1": ("C:\\Users\\Hoa\\Đơn đề nghị.pdf", testing.PDF, "application/pdf"),
    "file_2": ("mat-bang.dwg", testing.DWG, "application/octet-stream"),
    "file_3": ("uy-quyen.pdf", None, "image/png"),  # a PNG misnamed .pdf: kept, renamed .png
}


@pytest.fixture
def portal(functional):
    portal = functional["portal"]
    setRoles(portal, TEST_USER_ID, ["Manager"])
    testing.make_agency(portal)
    return portal


@pytest.fixture
def service(portal):
    return testing.publish(testing.make_service(portal))


def files():
    return dict(FILES, file_3=("uy-quyen.pdf", testing.png(), "application/pdf"))


def dossiers(portal):
    catalog = api.portal.get_tool("portal_catalog")
    return [brain._unrestrictedGetObject() for brain in catalog.unrestrictedSearchResults(portal_type="Dossier")]


def submit(browser, service, files=None, **values):
    browser.open(f"{service.absolute_url()}/{FORM_ID}")
    testing.fill_submission(browser, files=files, **values)
    testing.submit(browser)


def errors(browser):
    return [box.get("data-fieldname").replace("form.widgets.", "")
            for box in html.fromstring(browser.contents).find_class("error") if box.get("data-fieldname")]


def test_anonymous_submission_creates_a_dossier_and_shows_its_receipt(browser, portal, service):
    submit(browser, service, files=files(), request_note="Xây nhà 3 tầng", result_delivery="post")
    transaction.begin()
    [dossier] = dossiers(portal)
    assert re.fullmatch(r"H17\.492-\d{6}-0001", dossier.dossier_code)
    url = urllib.parse.urlsplit(browser.url)
    assert url.path.endswith("/@@receipt")
    query = urllib.parse.parse_qs(url.query)
    assert query["code"] == [dossier.dossier_code] and query["t"]
    assert dossier.dossier_code in browser.contents

    assert api.content.get_state(dossier) == "new"
    assert dossier.channel == "online"
    assert dossier.receiving_unit == "UBND-492"
    assert dossier.service_code == "1.009130"
    assert (dossier.applicant_name, dossier.applicant_id_number, dossier.applicant_phone) == (
        "Nguyễn Thị Hoà", "048190001234", "0905123456")
    assert (dossier.applicant_district, dossier.applicant_ward) == ("492", "20233")
    assert dossier.applicant_birth_date.isoformat() == "1990-05-17"
    assert dossier.answers["request_note"]["value"] == "Xây nhà 3 tầng"
    assert dossier.answers["result_delivery"] == {
        "label": "Hình thức nhận kết quả", "value": "post", "display": "Qua dịch vụ bưu chính công ích"}
    assert "commitment" not in dossier.answers and "name" not in dossier.answers


def test_the_uploads_are_stored_as_blobs_with_safe_names_and_real_types(browser, portal, service):
    submit(browser, service, files=files())
    transaction.begin()
    [dossier] = dossiers(portal)
    stored = [(item.component, item.file.filename, item.file.contentType, item.file.data)
              for item in dossier.files("submission")]
    assert stored == [
        ("Đơn đề nghị cấp giấy phép xây dựng", "Đơn đề nghị.pdf", "application/pdf", testing.PDF),
        ("Bản vẽ thiết kế xây dựng", "mat-bang.dwg", "image/vnd.dwg", testing.DWG),
        ("Giấy ủy quyền (nếu có)", "uy-quyen.png", "image/png", testing.png()),
    ]
    assert all(isinstance(item.file, NamedBlobFile) and item.file._blob is not None
               for item in dossier.files())


def test_optional_upload_left_out(browser, portal, service):
    submit(browser, service, files={name: files()[name] for name in ("file_1", "file_2")})
    transaction.begin()
    [dossier] = dossiers(portal)
    assert [item.component for item in dossier.files()] == [
        "Đơn đề nghị cấp giấy phép xây dựng", "Bản vẽ thiết kế xây dựng"]


def test_uploads_kept_after_an_error_are_submitted_without_choosing_them_again(browser, portal, service):
    submit(browser, service, files=files(), phone="12345")
    assert errors(browser) == ["phone"]
    assert dossiers(portal) == []
    browser.getControl(name="form.widgets.phone").value = "0905 123 456"
    testing.submit(browser)
    assert "@@receipt" in browser.url
    transaction.begin()
    [dossier] = dossiers(portal)
    assert [item.file.data for item in dossier.files()] == [testing.PDF, testing.DWG, testing.png()]


def test_a_case_paper_is_required_when_its_case_is_chosen(browser, portal):
    components = testing.CASE_COMPONENTS
    service = testing.publish(testing.make_service(portal, components=components))
    pdf = ("to-khai.pdf", testing.PDF, "application/pdf")
    submit(browser, service, files={"file_1": pdf, "file_3": pdf}, case="c1")
    # Reported by the action, beside its field although it sits in a fieldset.
    assert errors(browser) == ["file_2"]
    assert 'Chưa đính kèm "Bản vẽ nhà"' in html.fromstring(browser.contents).get_element_by_id(
        "formfield-form-widgets-file_2").text_content()
    assert dossiers(portal) == []
    submit(browser, service, files={"file_1": pdf, "file_3": pdf}, case="c2")
    assert "@@receipt" in browser.url


def test_no_receiving_unit_for_the_address_is_reported_beside_the_choice(browser, portal):
    testing.make_agency(portal, code="UBND-490", title="UBND quận Liên Chiểu", area="490", unit_code="H17.490")
    testing.make_agency(portal, code="UBND-491", title="UBND quận Thanh Khê", area="491", unit_code="H17.491")
    service = testing.publish(testing.make_service(portal, units=["490", "491"]))
    submit(browser, service, files=files())  # the applicant lives in Hải Châu
    assert errors(browser) == ["receiving_unit"]
    assert dossiers(portal) == []
    browser.getControl(name="form.widgets.receiving_unit:list").value = ["491"]
    testing.submit(browser)
    assert "@@receipt" in browser.url
    transaction.begin()
    [dossier] = dossiers(portal)
    assert dossier.receiving_unit == "UBND-491"
    assert dossier.dossier_code.startswith("H17.491-") and dossier.dossier_code.endswith("-0001")


def test_logged_in_citizen_gets_the_form_prefilled_and_owns_the_dossier(browser, portal, service):
    # The citizen profile's properties (the accounts profile adds them on a real site).
    memberdata = api.portal.get_tool("portal_memberdata")
    for name in ("phone", "district", "ward", "id_number", "address"):
        if not memberdata.hasProperty(name):
            memberdata.manage_addProperty(name, "", "string")
    api.user.create(email="hoa@example.com", username="hoa", password="secret-password-123",
                    properties={"fullname": "Nguyễn Thị Hoà", "phone": "0905123456", "district": "492",
                                "ward": "20233"})
    transaction.commit()
    browser.addHeader("Authorization", "Basic hoa:secret-password-123")
    browser.open(f"{service.absolute_url()}/{FORM_ID}")
    assert browser.getControl(name="form.widgets.name").value == "Nguyễn Thị Hoà"
    assert browser.getControl(name="form.widgets.email").value == "hoa@example.com"
    assert browser.getControl(name="form.widgets.phone").value == "0905123456"
    assert browser.getControl(name="form.widgets.district:list").value == ["492"]
    assert browser.getControl(name="form.widgets.ward:list").value == ["20233"]
    testing.fill_submission(browser, files=files())
    testing.submit(browser)
    transaction.begin()
    [dossier] = dossiers(portal)
    assert dossier.applicant_user == "hoa"


def test_a_dossier_that_cannot_be_coded_leaves_nothing_behind(browser, portal):
    # The district committee exists but has no unit code for dossier codes yet.
    testing.make_agency(portal, code="UBND-491", title="UBND quận Thanh Khê", area="491", unit_code="")
    service = testing.publish(testing.make_service(portal))
    submit(browser, service, files=files(), district="491", ward="20206")
    page = html.fromstring(browser.contents)
    assert "chưa có mã đơn vị trên mã hồ sơ" in " ".join(page.text_content().split())
    assert dossiers(portal) == []
    transaction.begin()
    assert "ho-so" not in portal or not portal["ho-so"].objectIds()


def test_a_form_sent_again_gives_the_first_dossiers_receipt(browser, portal, service):
    """A double click, or back and send again: the hidden submission token makes it one dossier."""
    browser.open(f"{service.absolute_url()}/{FORM_ID}")
    token = browser.getControl(name=TOKEN).value
    testing.fill_submission(browser, files=files(), result_delivery="post")
    testing.submit(browser)
    first_receipt = browser.url
    browser.goBack()  # the filled form as it was sent, with the same token
    assert browser.getControl(name=TOKEN).value == token
    testing.fill_submission(browser, files=files(), result_delivery="post")
    testing.submit(browser)
    transaction.begin()
    [dossier] = dossiers(portal)
    assert "/@@receipt" in browser.url and dossier.dossier_code in browser.contents
    assert urllib.parse.parse_qs(urllib.parse.urlsplit(browser.url).query)["code"] == [dossier.dossier_code]
    assert urllib.parse.parse_qs(urllib.parse.urlsplit(first_receipt).query)["code"] == [dossier.dossier_code]
    # The form shown afresh has a new token: a new submission is a new dossier.
    browser.open(f"{service.absolute_url()}/{FORM_ID}")
    assert browser.getControl(name=TOKEN).value != token
    testing.fill_submission(browser, files=files(), result_delivery="post")
    testing.submit(browser)
    transaction.begin()
    assert len(dossiers(portal)) == 2


def test_a_form_back_with_errors_keeps_its_token(browser, portal, service):
    browser.open(f"{service.absolute_url()}/{FORM_ID}")
    token = browser.getControl(name=TOKEN).value
    testing.fill_submission(browser, files=files(), phone="")  # a required field left empty
    testing.submit(browser)
    assert browser.getControl(name=TOKEN).value == token
    transaction.begin()
    assert dossiers(portal) == []
