"""Every validation case of the submission form, through the real form (functional layer).

A rejected submission shows a Vietnamese message next to the field, keeps what was typed, keeps
the uploads that passed their checks, and creates no dossier.
"""

from danang.portal.forms.generation import FORM_ID
from lxml import html
from plone import api
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from tests.fixtures import forms as testing

import io
import pytest
import transaction

VALID_FILES = {
    "file_1": ("don-de-nghi.pdf", testing.PDF, "application/pdf"),
    "file_2": ("ban-ve.dwg", testing.DWG, "application/octet-stream"),
}


@pytest.fixture
def portal(functional):
    portal = functional["portal"]
    setRoles(portal, TEST_USER_ID, ["Manager"])
    return portal


@pytest.fixture
def construction(portal):
    return testing.publish(testing.make_service(portal))


@pytest.fixture
def civil_status(portal):
    return testing.publish(testing.make_service(
        portal, code="1.001193", title="Đăng ký khai sinh", sector="ho-tich", levels=["ward"],
        components=[{"case": "", "name": "Tờ khai đăng ký khai sinh", "originals": 1, "copies": 0,
                     "required": True}],
    ))


def open_form(browser, service):
    browser.open(f"{service.absolute_url()}/{FORM_ID}")


def field_error(browser, name):
    """The error text shown in a field's box, or None when the field has no error."""
    box = html.fromstring(browser.contents).get_element_by_id(f"formfield-form-widgets-{name}")
    if "error" not in box.get("class", "").split():
        return None
    return " ".join(" ".join(node.text_content().split()) for node in box.find_class("invalid-feedback")) or \
        " ".join(box.text_content().split())


def errors(browser):
    doc = html.fromstring(browser.contents)
    return [box.get("data-fieldname", "").replace("form.widgets.", "") for box in doc.find_class("error")
            if box.get("data-fieldname")]


def dossier_count(portal):
    return len(api.portal.get_tool("portal_catalog").unrestrictedSearchResults(portal_type="Dossier"))


def submit_with(browser, service, files=VALID_FILES, **values):
    open_form(browser, service)
    testing.fill_submission(browser, files=files, **values)
    testing.submit(browser)


@pytest.mark.parametrize("id_number", ["12345", "0481900012345", "04819000123A", "12345678"])
def test_bad_id_number(browser, construction, portal, id_number):
    submit_with(browser, construction, id_number=id_number)
    assert errors(browser) == ["id_number"]
    assert "số CCCD gồm 12 chữ số, số CMND gồm 9 chữ số" in field_error(browser, "id_number")
    assert browser.getControl(name="form.widgets.id_number").value == id_number
    assert dossier_count(portal) == 0


@pytest.mark.parametrize("id_number", ["048190001234", "048 190 001 234", "201234567"])
def test_good_id_numbers_pass(browser, construction, id_number):
    submit_with(browser, construction, id_number=id_number, phone="12")  # stop on the phone
    assert errors(browser) == ["phone"]


@pytest.mark.parametrize("phone", ["0123456789", "090512345", "09051234567", "0905-abc-456", "+1 905 123 456"])
def test_bad_phone(browser, construction, phone):
    submit_with(browser, construction, phone=phone)
    assert errors(browser) == ["phone"]
    assert "Số điện thoại di động gồm 10 chữ số" in field_error(browser, "phone")


@pytest.mark.parametrize("phone", ["0905123456", "0905 123 456", "+84 905 123 456", "0388.123.456"])
def test_good_phones_pass(browser, construction, phone):
    submit_with(browser, construction, phone=phone, email="not-an-email")
    assert errors(browser) == ["email"]
    assert "Địa chỉ thư điện tử không hợp lệ" in field_error(browser, "email")


def test_ward_not_in_district(browser, construction):
    # Phường Hòa Hiệp Bắc is in Liên Chiểu, not in Hải Châu.
    submit_with(browser, construction, district="492", ward="20194")
    assert errors(browser) == ["ward"]
    assert "không thuộc quận, huyện đã chọn" in field_error(browser, "ward")
    assert browser.getControl(name="form.widgets.district:list").value == ["492"]
    assert browser.getControl(name="form.widgets.ward:list").value == ["20194"]


def test_district_and_ward_start_unchosen_and_are_required(browser, construction):
    open_form(browser, construction)
    assert browser.getControl(name="form.widgets.district:list").value == ["--NOVALUE--"]
    testing.fill_submission(browser, files=VALID_FILES, district=None, ward=None)
    testing.submit(browser)
    assert errors(browser) == ["district", "ward"]
    assert field_error(browser, "district") == "Vui lòng nhập hoặc chọn thông tin này."


def test_birth_date_in_the_future(browser, construction):
    submit_with(browser, construction, birth_date="2999-01-01")
    assert errors(browser) == ["birth_date"]
    assert "Ngày sinh phải là một ngày trong quá khứ" in field_error(browser, "birth_date")


def test_commitment_must_be_given(browser, construction):
    submit_with(browser, construction, commitment=False)
    assert errors(browser) == ["commitment"]
    assert "cam đoan" in field_error(browser, "commitment")


def test_wrong_type_by_content_with_a_right_extension(browser, construction, portal):
    files = dict(VALID_FILES, file_1=("don-de-nghi.pdf", testing.EXE, "application/pdf"))
    submit_with(browser, construction, files=files)
    assert errors(browser) == ["file_1"]
    message = field_error(browser, "file_1")
    assert 'Nội dung tệp "don-de-nghi.pdf" không phải là tệp PDF, DWG, DXF, JPEG, PNG' in message
    assert dossier_count(portal) == 0


def test_drawings_only_for_construction_services(browser, civil_status):
    files = {"file_1": ("to-khai.pdf", testing.DWG, "application/pdf")}
    submit_with(browser, civil_status, files=files, district="492", ward="20236")
    assert errors(browser) == ["file_1"]
    assert "không phải là tệp PDF, JPEG, PNG" in field_error(browser, "file_1")


def test_too_large(browser, construction):
    api.portal.set_registry_record("danang.portal.uploads.sector_max_size", {"hoat-dong-xay-dung": 1})
    transaction.commit()
    big = testing.PDF + b"0" * (1024 * 1024)
    files = dict(VALID_FILES, file_2=("ban-ve.pdf", big, "application/pdf"))
    submit_with(browser, construction, files=files)
    assert errors(browser) == ["file_2"]
    assert 'Tệp "ban-ve.pdf" có dung lượng 1 MB, vượt quá giới hạn 1 MB' in field_error(browser, "file_2")


def test_missing_required_file(browser, construction):
    submit_with(browser, construction, files={"file_1": VALID_FILES["file_1"]})
    assert errors(browser) == ["file_2"]
    assert field_error(browser, "file_2") == (
        'Chưa đính kèm "Bản vẽ thiết kế xây dựng": giấy tờ này bắt buộc. Vui lòng chọn tệp.'
    )


def test_optional_file_may_be_left_out_but_is_checked_when_given(browser, construction):
    files = dict(VALID_FILES, file_3=("uy-quyen.pdf", b"plain text, not a PDF", "application/pdf"))
    submit_with(browser, construction, files=files)
    assert errors(browser) == ["file_3"]


def test_everything_typed_is_kept_and_valid_uploads_are_kept(browser, construction):
    files = dict(VALID_FILES, file_3=("uy-quyen.exe.pdf", testing.EXE, "application/pdf"))
    submit_with(browser, construction, files=files, phone="12345", request_note="Xin cấp phép sửa nhà")
    assert errors(browser) == ["phone", "file_3"]
    assert "Chưa nộp được: vui lòng sửa các mục có thông báo lỗi bên dưới" in browser.contents
    for name in ("name", "id_number", "address", "email", "request_note"):
        assert browser.getControl(name=f"form.widgets.{name}").value == \
            dict(testing.APPLICANT, request_note="Xin cấp phép sửa nhà")[name]
    assert browser.getControl(name="form.widgets.birth_date").value == "1990-05-17"
    assert browser.getControl(name="form.widgets.ward:list").value == ["20233"]
    assert browser.getControl(name="form.widgets.commitment:list").value == ["selected"]
    page = html.fromstring(browser.contents)

    def box(name):
        return " ".join(page.get_element_by_id(f"formfield-form-widgets-{name}").text_content().split())

    assert "Tệp hợp lệ don-de-nghi.pdf (1 KB) được giữ lại cho lần nộp tiếp theo" in box("file_1")
    assert "Tệp hợp lệ ban-ve.dwg" in box("file_2")
    # The rejected file is not kept: the applicant must choose another one.
    assert "được giữ lại" not in box("file_3")
    assert browser.getControl(name="form.widgets.file_1.file_upload_id").value
    with pytest.raises(LookupError):
        browser.getControl(name="form.widgets.file_3.file_upload_id")


def test_a_refused_replacement_is_not_kept_and_the_accepted_file_it_replaced_is(browser, construction, portal):
    testing.make_agency(portal)
    transaction.commit()
    submit_with(browser, construction, phone="12345", request_note="Xin cấp phép sửa nhà")
    assert errors(browser) == ["phone"]
    # The applicant fixes the phone but picks, for the first paper, a file that is refused.
    browser.getControl(name="form.widgets.phone").value = "0905 123 456"
    browser.getControl(name="form.widgets.file_1").add_file(
        io.BytesIO(testing.EXE), "application/pdf", "sai-dinh-dang.pdf")
    testing.submit(browser)
    assert errors(browser) == ["file_1"]
    assert browser.getControl(name="form.widgets.request_note").value == "Xin cấp phép sửa nhà"
    page = html.fromstring(browser.contents)
    first = " ".join(page.get_element_by_id("formfield-form-widgets-file_1").text_content().split())
    assert "sai-dinh-dang.pdf" in first and "không phải là tệp" in first
    assert "Tệp mới chọn không được nhận" in first
    assert "Tệp hợp lệ don-de-nghi.pdf" in first and "Tệp hợp lệ sai-dinh-dang.pdf" not in first
    # Sent again as it is: the accepted file goes in, the refused one never does.
    testing.submit(browser)
    assert "@@receipt" in browser.url, errors(browser)
    transaction.begin()
    [dossier] = api.portal.get_tool("portal_catalog").unrestrictedSearchResults(portal_type="Dossier")
    files = dossier._unrestrictedGetObject().files()
    assert [item.file.filename for item in files][:1] == ["don-de-nghi.pdf"]
    assert files[0].file.data == testing.PDF


def test_forms_outside_services_keep_easyforms_own_rules(browser, portal):
    form = api.content.create(container=portal, type="EasyForm", id="gop-y", title="Góp ý")
    form.fields_model = """<model xmlns="http://namespaces.plone.org/supermodel/schema"><schema>
      <field name="attachment" type="plone.namedfile.field.NamedBlobFile"><title>Tệp</title></field>
    </schema></model>"""
    form.actions_model = """<model xmlns="http://namespaces.plone.org/supermodel/schema"><schema/></model>"""
    api.content.transition(obj=form, to_state="published")
    transaction.commit()
    browser.open(form.absolute_url())
    browser.getControl(name="form.widgets.attachment").add_file(b"plain notes", "text/plain", "notes.txt")
    testing.submit(browser)
    assert errors(browser) == []
    assert "easyform-thankspage" in browser.contents
