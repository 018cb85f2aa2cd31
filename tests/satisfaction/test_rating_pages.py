"""The rating panel and @@danh-gia-ho-so through a browser: the logged-in applicant, the bearer of
the look-up link or of the e-mail's rating link, officials, and everybody else."""

from danang.portal.dossier.applicant_access import applicant_page_url
from danang.portal.dossier.applicant_access import make_token
from danang.portal.satisfaction.access import make_rating_token
from danang.portal.satisfaction.access import rating_url
from danang.portal.satisfaction.rating import COMMENT_MAX_LENGTH
from danang.portal.satisfaction.rating import rating_of
from lxml import html
from plone.testing.zope import Browser
from tests.fixtures.driving import drive
from tests.fixtures.workflow_people import PASSWORD

import pytest
import transaction
import urllib.parse


@pytest.fixture
def portal(functional):
    return functional["portal"]


@pytest.fixture
def browse(functional):
    def make(user=None):
        browser = Browser(functional["app"])
        browser.handleErrors = False
        browser.raiseHttpErrors = False
        if user:
            browser.addHeader("Authorization", f"Basic {user}:{PASSWORD}")
        return browser

    return make


@pytest.fixture
def dossier(portal, people, make_dossier):
    dossier = drive(portal, make_dossier(), "returned")
    transaction.commit()
    return dossier


def refresh(dossier):
    transaction.begin()
    return dossier


def panel(browser):
    found = html.fromstring(browser.contents).xpath("//section[@id='dn-satisfaction']")
    return found[0] if found else None


def radio_labels(section):
    """Each radio button's accessible name: the text of the label pointing at it."""
    names = {}
    for radio in section.xpath(".//input[@type='radio']"):
        [label] = section.xpath(f".//label[@for='{radio.get('id')}']")
        names[radio.get("value")] = label.text_content().strip()
    return names


def test_the_applicant_rates_on_the_dossier_page(portal, dossier, browse):
    citizen = browse("citizen")
    citizen.open(dossier.absolute_url())
    section = panel(citizen)
    assert section is not None and section.get("data-mode") == "form"
    assert radio_labels(section) == {
        "very_satisfied": "Rất hài lòng",
        "satisfied": "Hài lòng",
        "dissatisfied": "Không hài lòng",
    }
    assert section.xpath(".//fieldset/legend")[0].text_content().strip().startswith("Mức độ hài lòng")
    textarea = section.xpath(".//textarea[@id='dn-satisfaction-comment']")[0]
    assert textarea.get("maxlength") == str(COMMENT_MAX_LENGTH)
    assert section.xpath(".//label[@for='dn-satisfaction-comment']")

    form = citizen.getForm(action="danh-gia-ho-so")
    form.getControl(name="level").value = ["satisfied"]
    form.getControl(name="comment").value = "Cán bộ một cửa hướng dẫn tận tình."
    form.submit()
    assert citizen.url == dossier.absolute_url()
    assert "Cảm ơn Ông/Bà đã đánh giá" in citizen.contents
    section = panel(citizen)
    assert section.get("data-mode") == "rated"
    assert section.xpath(".//strong[@class='dn-satisfaction-level']")[0].text == "Hài lòng"
    assert "Cán bộ một cửa hướng dẫn tận tình." in section.text_content()
    assert not section.xpath(".//form")
    rating = rating_of(refresh(dossier))
    assert (rating["level"], rating["role"], rating["via"]) == ("satisfied", "applicant", "web")


def test_a_refused_rating_shows_the_form_again_with_the_input(portal, dossier, browse):
    citizen = browse("citizen")
    citizen.open(dossier.absolute_url())
    form = citizen.getForm(action="danh-gia-ho-so")
    form.getControl(name="comment").value = "Chưa chọn mức"
    form.submit()
    assert citizen.headers["status"].startswith("400")
    assert "Vui lòng chọn một mức đánh giá" in citizen.contents
    section = panel(citizen)
    assert section.xpath(".//textarea")[0].text == "Chưa chọn mức"
    error = section.xpath(".//*[@id='dn-satisfaction-level-error']")[0]
    assert "dn-satisfaction-level-error" in section.xpath(".//fieldset")[0].get("aria-describedby")
    assert error.text.startswith("Vui lòng chọn")

    # Too long: the level chosen stays chosen, the text stays.
    form = citizen.getForm(action="danh-gia-ho-so")
    form.getControl(name="level").value = ["dissatisfied"]
    form.getControl(name="comment").value = "ý" * (COMMENT_MAX_LENGTH + 5)
    form.submit()
    assert citizen.headers["status"].startswith("400")
    assert "Ý kiến góp ý tối đa 1000 ký tự; nội dung đã nhập có 1005 ký tự." in citizen.contents
    assert citizen.getForm(action="danh-gia-ho-so").getControl(name="level").value == ["dissatisfied"]
    assert rating_of(refresh(dossier)) is None


def test_a_second_post_is_refused_and_changes_nothing(portal, dossier, browse):
    citizen = browse("citizen")
    citizen.open(dossier.absolute_url())
    form = citizen.getForm(action="danh-gia-ho-so")
    form.getControl(name="level").value = ["very_satisfied"]
    form.submit()
    # The same form posted again (a second tab, the back button).
    citizen.goBack()
    citizen.getForm(action="danh-gia-ho-so").getControl(name="level").value = ["dissatisfied"]
    citizen.getForm(action="danh-gia-ho-so").submit()
    assert citizen.headers["status"].startswith("409")
    assert "Mỗi hồ sơ chỉ được đánh giá một lần" in citizen.contents
    assert panel(citizen).get("data-mode") == "rated"
    assert rating_of(refresh(dossier))["level"] == "very_satisfied"


def test_the_look_up_link_bearer_rates_on_the_applicant_page(portal, dossier, browse):
    anonymous = browse()
    token = make_token(dossier)
    anonymous.open(applicant_page_url(dossier, token))
    section = panel(anonymous)
    assert section is not None and section.get("data-mode") == "form"
    form = anonymous.getForm(action="danh-gia-ho-so")
    assert form.getControl(name="t", index=0).value == token
    form.getControl(name="level").value = ["very_satisfied"]
    form.submit()
    assert "@@ho-so-cong-dan" in anonymous.url and urllib.parse.quote(token) in anonymous.url
    assert "Cảm ơn Ông/Bà đã đánh giá" in anonymous.contents
    assert panel(anonymous).get("data-mode") == "rated"
    rating = rating_of(refresh(dossier))
    assert (rating["level"], rating["user"], rating["role"]) == ("very_satisfied", None, "link")


def test_the_rating_link_of_the_e_mail(portal, dossier, browse):
    anonymous = browse()
    url = rating_url(dossier)
    anonymous.open(url)
    assert anonymous.headers["status"].startswith("200")
    assert dossier.dossier_code in anonymous.contents
    assert dossier.service_title in anonymous.contents
    assert dossier.applicant_name not in anonymous.contents  # nothing personal on this page
    form = anonymous.getForm(action="danh-gia-ho-so")
    form.getControl(name="level").value = ["dissatisfied"]
    form.getControl(name="comment").value = "Phải đi lại ba lần"
    form.submit()
    assert "@@danh-gia-ho-so" in anonymous.url
    assert "Cảm ơn Ông/Bà đã đánh giá" in anonymous.contents
    assert panel(anonymous).get("data-mode") == "rated"
    assert rating_of(refresh(dossier))["comment"] == "Phải đi lại ba lần"


@pytest.mark.parametrize("case", ["unknown code", "no token", "expired", "other dossier", "other citizen"])
def test_without_access_the_page_says_not_found(portal, dossier, make_dossier, browse, case):
    other = make_dossier()
    transaction.commit()
    code = "T-SXD-990101-0001" if case == "unknown code" else dossier.dossier_code
    token = {
        "expired": make_rating_token(dossier, now=1_000_000, lifetime=3600),
        "other dossier": make_rating_token(other),
    }.get(case)
    browser = browse("other-citizen" if case == "other citizen" else None)
    query = {"code": code, **({"t": token} if token else {})}
    browser.open(f"{portal.absolute_url()}/@@danh-gia-ho-so?{urllib.parse.urlencode(query)}")
    assert browser.headers["status"].startswith("404")
    assert "Không tìm thấy hồ sơ, hoặc liên kết đánh giá đã hết hạn" in browser.contents
    assert panel(browser) is None
    assert dossier.service_title not in browser.contents


def test_a_post_without_the_authenticator_is_refused(portal, dossier, browse):
    from zExceptions import Forbidden

    anonymous = browse()
    anonymous.handleErrors = False
    body = urllib.parse.urlencode(
        {"code": dossier.dossier_code, "t": make_rating_token(dossier), "level": "satisfied"}
    )
    with pytest.raises(Forbidden):
        anonymous.post(f"{portal.absolute_url()}/@@danh-gia-ho-so", body)
    assert rating_of(refresh(dossier)) is None


def test_officials_see_the_rating_never_the_form(portal, dossier, browse):
    desk = browse("sxd-desk")
    desk.open(dossier.absolute_url())
    section = panel(desk)
    assert section.get("data-mode") == "staff"
    assert "Người nộp chưa đánh giá hồ sơ này." in section.text_content()
    assert not section.xpath(".//form")
    # The rating page shows them the same.
    desk.open(f"{portal.absolute_url()}/@@danh-gia-ho-so?code={dossier.dossier_code}")
    assert panel(desk).get("data-mode") == "staff"

    citizen = browse("citizen")
    citizen.open(dossier.absolute_url())
    form = citizen.getForm(action="danh-gia-ho-so")
    form.getControl(name="level").value = ["satisfied"]
    form.getControl(name="comment").value = "Tốt"
    form.submit()
    desk.open(dossier.absolute_url())
    section = panel(desk)
    assert section.xpath(".//h2")[0].text_content().strip() == "Đánh giá của người nộp hồ sơ"
    assert section.xpath(".//strong[@class='dn-satisfaction-level']")[0].text == "Hài lòng"
    assert "Tốt" in section.xpath(".//blockquote")[0].text


def test_no_panel_before_the_result_is_returned(portal, people, make_dossier, browse):
    dossier = drive(portal, make_dossier(), "finished")
    transaction.commit()
    citizen = browse("citizen")
    citizen.open(dossier.absolute_url())
    assert panel(citizen) is None
    citizen.open(f"{portal.absolute_url()}/@@danh-gia-ho-so?code={dossier.dossier_code}")
    assert "Hồ sơ chưa trả kết quả." in citizen.contents
    assert panel(citizen) is None


def test_my_dossiers_links_returned_dossiers_not_yet_rated(portal, dossier, make_dossier, browse):
    open_one = make_dossier()
    transaction.commit()
    citizen = browse("citizen")
    citizen.open(f"{portal.absolute_url()}/@@ho-so-cua-toi")
    page = html.fromstring(citizen.contents)
    links = page.xpath("//a[@class='dn-rate-link']")
    assert [link.get("href") for link in links] == [
        f"{portal.absolute_url()}/@@danh-gia-ho-so?code={urllib.parse.quote(dossier.dossier_code)}"
    ]
    assert open_one.dossier_code in citizen.contents
    citizen.getLink("Đánh giá mức độ hài lòng").click()
    form = citizen.getForm(action="danh-gia-ho-so")
    form.getControl(name="level").value = ["very_satisfied"]
    form.submit()
    assert citizen.url == dossier.absolute_url()
    citizen.open(f"{portal.absolute_url()}/@@ho-so-cua-toi")
    assert "dn-rate-link" not in citizen.contents
