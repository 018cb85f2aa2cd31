"""As a browser gets them from the server: the footer and the header's search box in Vietnamese by
default and in English when chosen, and the footer's pages themselves."""

from lxml import html

import requests

TIMEOUT = 60


def get(functional, path, headers=None, **params):
    base = f"http://{functional['host']}:{functional['port']}/plone"
    response = requests.get(f"{base}/{path}", params=params, headers=headers, timeout=TIMEOUT)
    assert response.status_code == 200, response.text[:300]
    return html.fromstring(response.text)


def test_footer_and_search_box_in_each_language(functional):
    for language, operator, guide, placeholder in (
        (None, "Cơ quan chủ quản", "Hướng dẫn sử dụng", "Tìm thủ tục"),
        ("en", "Operating agency", "User guide", "Find a procedure"),
    ):
        page = get(functional, "", **({"set_language": language} if language else {}))
        footer = page.cssselect(".dn-footer")[0].text_content()
        assert operator in footer and guide in footer
        assert "Plone Foundation" not in page.cssselect("#portal-footer")[0].text_content()
        [form] = page.cssselect("#searchGadget_form")
        assert form.get("action").endswith("/thu-tuc")
        assert form.cssselect("input[name=q]")[0].get("placeholder") == placeholder


def test_the_footer_speaks_the_language_of_its_page(functional):
    # A browser set to English that has not chosen English on the portal gets the Vietnamese
    # page: the footer's links too, not half in English.
    page = get(functional, "", headers={"Accept-Language": "en-US,en;q=0.9"})
    footer = page.cssselect(".dn-footer")[0].text_content()
    assert "Hướng dẫn sử dụng" in footer and "User guide" not in footer


def test_the_footer_pages_are_served_to_anonymous_visitors(functional):
    for path, heading in (
        ("thong-tin/chinh-sach-bao-ve-du-lieu-ca-nhan", "Chính sách bảo vệ dữ liệu cá nhân"),
        ("thong-tin/accessibility-statement", "Accessibility statement"),
    ):
        page = get(functional, path)
        assert page.cssselect("h1")[0].text_content().strip() == heading
