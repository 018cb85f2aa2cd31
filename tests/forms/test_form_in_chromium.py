"""The submission form in a real browser: ward list follows the district, then submit a PDF."""

from danang.portal.forms.generation import FORM_ID
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from tests.fixtures import forms as testing

import os
import pytest

pytestmark = pytest.mark.e2e


@pytest.fixture
def page(chromium):
    return chromium.new_page(viewport={"width": 1200, "height": 900})


@pytest.fixture
def form_url(functional):
    portal = functional["portal"]
    setRoles(portal, TEST_USER_ID, ["Manager"])
    testing.make_agency(portal)
    testing.publish(testing.make_service(portal))
    host, port = functional["host"], functional["port"]
    return f"http://{host}:{port}/plone/thu-tuc/1.009130/{FORM_ID}"


def ward_options(page):
    return page.eval_on_selector_all("#form-widgets-ward option", "els => els.map(e => e.value)")


def test_wards_follow_the_district_and_a_pdf_submission_reaches_the_receipt(page, form_url, tmp_path):
    page.goto(form_url)
    assert page.input_value("#form-widgets-district") == "--NOVALUE--"
    page.select_option("#form-widgets-district", "494")  # Ngũ Hành Sơn: 4 wards
    page.wait_for_function("document.querySelectorAll('#form-widgets-ward option').length < 10")
    assert ward_options(page) == ["--NOVALUE--", "20284", "20285", "20287", "20290"]
    page.select_option("#form-widgets-district", "492")
    page.wait_for_function("document.querySelectorAll('#form-widgets-ward option').length == 14")
    assert "20233" in ward_options(page) and "20284" not in ward_options(page)

    values = testing.APPLICANT
    for name in ("name", "id_number", "address", "phone", "email"):
        page.fill(f"#form-widgets-{name}", values[name])
    page.fill("#form-widgets-birth_date", values["birth_date"])
    page.select_option("#form-widgets-ward", values["ward"])
    pdf = tmp_path / "don-de-nghi.pdf"
    pdf.write_bytes(testing.PDF)
    dwg = tmp_path / "ban-ve.dwg"
    dwg.write_bytes(testing.DWG)
    page.set_input_files("#form-widgets-file_1", str(pdf))
    page.set_input_files("#form-widgets-file_2", str(dwg))
    page.check("#form-widgets-commitment-0")
    page.screenshot(path=str(tmp_path / "form.png"), full_page=True)
    page.click("#form-buttons-submit")
    page.wait_for_url("**/@@receipt?code=*")
    assert page.locator(".dn-dossier-code").inner_text().startswith("H17.492-")
    page.screenshot(path=os.environ.get("DANANG_SCREENSHOT_DIR", str(tmp_path)) + "/receipt.png", full_page=True)
    # Printed, the slip stands alone: no portal header, footer or buttons.
    page.emulate_media(media="print")
    assert page.locator("#dn-receipt").is_visible()
    for chrome in ("#portal-header", "#portal-footer-wrapper", ".dn-receipt-actions"):
        assert not page.locator(chrome).first.is_visible(), chrome
    page.screenshot(path=os.environ.get("DANANG_SCREENSHOT_DIR", str(tmp_path)) + "/receipt-print.png", full_page=True)


def test_papers_of_a_case_show_only_for_that_case(page, functional):
    portal = functional["portal"]
    setRoles(portal, TEST_USER_ID, ["Manager"])
    components = testing.CASE_COMPONENTS
    testing.publish(testing.make_service(portal, components=components))
    page.goto(f"http://{functional['host']}:{functional['port']}/plone/thu-tuc/1.009130/{FORM_ID}")
    house, works = page.locator("#formfield-form-widgets-file_2"), page.locator("#formfield-form-widgets-file_3")
    page.wait_for_timeout(500)  # patterns initialise
    assert page.locator("#formfield-form-widgets-file_1").is_visible()
    assert not house.is_visible() and not works.is_visible()
    # The case question comes first, as radio buttons (issue 16).
    first = page.locator("form#form [data-fieldname]").first
    assert first.get_attribute("data-fieldname") == "form.widgets.case"
    page.check("input[name='form.widgets.case'][value='c1']")
    house.wait_for(state="visible")
    assert not works.is_visible()
    page.check("input[name='form.widgets.case'][value='c2']")
    works.wait_for(state="visible")
    assert not house.is_visible()
    page.check("input[name='form.widgets.case'][value='none']")
    house.wait_for(state="hidden")
    assert not works.is_visible()
