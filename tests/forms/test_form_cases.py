"""The case question (issue 16, point 1): a paper needed in one case only is required in that
case only, and the e-form asks the case first; without JavaScript, the server checks the papers
of the chosen case and shows the form again with them."""

from danang.portal.content.cases import service_cases
from danang.portal.forms.generation import FORM_ID
from lxml import html
from pathlib import Path
from plone import api
from tests.fixtures import forms as testing
from tests.forms import test_form_submission as submission
from tests.forms.test_form_submission import dossiers
from tests.forms.test_form_submission import errors
from tests.forms.test_form_submission import submit

import danang.portal.data
import io
import json
import pytest
import transaction

SHIPPED = Path(danang.portal.data.__file__).parent / "catalogue" / "services.json"
HOUSE_PERMIT = "1.899001"
PDF = ("giay-to.pdf", testing.PDF, "application/pdf")
# The three papers every applicant gives; the fourth is the neighbour-safety commitment.
COMMON_FILES = {"file_1": PDF, "file_2": PDF, "file_3": PDF}


def shipped(code):
    [record] = [row for row in json.loads(SHIPPED.read_text(encoding="utf-8")) if row["code"] == code]
    return record


# The submission tests' fixture: the test portal, as Manager, with the district's agency.
portal = submission.portal


@pytest.fixture
def house_permit(portal):
    """The single-house construction permit with its shipped papers and fee."""
    record = shipped(HOUSE_PERMIT)
    return testing.publish(testing.make_service(
        portal, code=HOUSE_PERMIT, title=record["title"], components=record["components"],
        fees=record["fees"],
    ))


def attach_and_submit(browser, name, filename):
    browser.getControl(name=f"form.widgets.{name}").add_file(io.BytesIO(testing.PDF), "application/pdf", filename)
    testing.submit(browser)
    assert "@@receipt" in browser.url, errors(browser)
    transaction.begin()
    [dossier] = dossiers(api.portal.get())
    return dossier


def box(browser, name):
    return html.fromstring(browser.contents).get_element_by_id(f"formfield-form-widgets-{name}")


def test_the_case_question_comes_first_with_the_shipped_case_and_none_of_them(browser, house_permit):
    assert service_cases(house_permit) == [("c1", "Nhà ở có tầng hầm hoặc xây chen có công trình liền kề")]
    browser.open(f"{house_permit.absolute_url()}/{FORM_ID}")
    page = html.fromstring(browser.contents)
    fields = [name.replace("form.widgets.", "") for name in
              page.xpath("//form[@id='form']//div[@data-fieldname]/@data-fieldname")]
    assert fields[0] == "case"
    radios = page.xpath("//input[@type='radio'][@name='form.widgets.case']")
    assert [radio.get("value") for radio in radios] == ["c1", "none"]
    labels = " ".join(box(browser, "case").text_content().split())
    assert "Nhà ở có tầng hầm hoặc xây chen có công trình liền kề" in labels
    assert "Không thuộc trường hợp nào nêu trên" in labels
    # The commitment is not required of everyone: the field carries no star, the input no
    # "required", and it says which case needs it.
    commitment = box(browser, "file_4")
    assert not commitment.find_class("required")
    assert commitment.xpath(".//input[@type='file']")[0].get("required") is None
    assert "Chỉ nộp đối với trường hợp: Nhà ở có tầng hầm" in commitment.text_content()


def test_an_honest_applicant_without_a_basement_submits_without_the_commitment(browser, house_permit):
    submit(browser, house_permit, COMMON_FILES, case="none")
    assert "@@receipt" in browser.url, errors(browser)
    transaction.begin()
    [dossier] = dossiers(api.portal.get())
    assert dossier.answers["case"]["value"] == "none"
    assert len(dossier.files()) == 3


def test_the_case_must_be_answered(browser, house_permit, portal):
    submit(browser, house_permit, COMMON_FILES)
    assert errors(browser) == ["case"]
    assert dossiers(portal) == []


def test_without_javascript_the_chosen_case_comes_back_with_its_papers_required(browser, house_permit, portal):
    submit(browser, house_permit, COMMON_FILES, case="c1")
    assert errors(browser) == ["file_4"]
    commitment = box(browser, "file_4")
    assert 'Chưa đính kèm "Văn bản cam kết bảo đảm an toàn đối với công trình liền kề"' in commitment.text_content()
    assert commitment.find_class("required")  # now marked required
    assert dossiers(portal) == []
    # The three papers given are kept; adding the commitment is enough.
    dossier = attach_and_submit(browser, "file_4", "cam-ket.pdf")
    assert [item.component for item in dossier.files()][-1] == \
        "Văn bản cam kết bảo đảm an toàn đối với công trình liền kề"


def test_papers_of_another_case_are_hidden_when_the_form_comes_back_and_not_attached(browser, portal):
    components = testing.CASE_COMPONENTS
    service = testing.publish(testing.make_service(portal, components=components))
    submit(browser, service, {"file_1": PDF, "file_3": PDF}, case="c1", phone="12345")
    assert errors(browser) == ["phone"]
    assert "danang-case-other" in box(browser, "file_3").get("class")
    assert "danang-case-other" not in box(browser, "file_2").get("class")
    assert box(browser, "file_2").find_class("required")
    browser.getControl(name="form.widgets.phone").value = "0905 123 456"
    testing.submit(browser)
    assert errors(browser) == ["file_2"]
    dossier = attach_and_submit(browser, "file_2", "ban-ve.pdf")
    assert [item.component for item in dossier.files()] == ["Tờ khai", "Bản vẽ nhà"]
