"""The footer portlet: the portal's operator and address, the three information pages in the
visitor's language, and, for administrators only, the lines still to fill in."""

from danang.portal.footer.pages import FOLDER
from plone import api
from plone.app.testing import logout
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from plone.portlets.interfaces import IPortletAssignmentMapping
from plone.portlets.interfaces import IPortletManager
from plone.portlets.interfaces import IPortletRenderer
from zope.component import getMultiAdapter
from zope.component import getUtility


def render_footer(portal, language=None):
    request = portal.REQUEST
    request.cookies.pop("I18N_LANGUAGE", None)
    if language:
        request.cookies["I18N_LANGUAGE"] = language
    # What Plone's negotiation makes of the cookie at the start of a real request.
    request.set("LANGUAGE", language or "vi")
    manager = getUtility(IPortletManager, name="plone.footerportlets")
    assignment = getMultiAdapter((portal, manager), IPortletAssignmentMapping)["danang-footer"]
    view = portal.restrictedTraverse("@@view")
    renderer = getMultiAdapter((portal, request, view, manager, assignment), IPortletRenderer)
    renderer.update()
    return renderer.render()


def test_visitors_see_the_operator_and_the_pages_in_vietnamese(portal):
    logout()
    html = render_footer(portal)
    assert "Sở Thông tin và Truyền thông thành phố Đà Nẵng" in html
    assert "24 Trần Phú" in html
    for page_id in ("huong-dan-su-dung", "chinh-sach-bao-ve-du-lieu-ca-nhan", "tuyen-bo-ho-tro-tiep-can"):
        assert f"{FOLDER}/{page_id}" in html
    # Lines without their official text are left out, and only administrators hear about them.
    assert "Đường dây nóng" not in html
    assert "Chưa nhập" not in html


def test_english_visitors_get_the_english_pages(portal):
    logout()
    html = render_footer(portal, "en")
    for page_id in ("user-guide", "personal-data-protection-policy", "accessibility-statement"):
        assert f"{FOLDER}/{page_id}" in html


def test_administrators_see_what_is_missing_and_visitors_see_what_they_entered(portal):
    setRoles(portal, TEST_USER_ID, ["Site Administrator"])
    html = render_footer(portal)
    assert "Chưa nhập" in html and "Đường dây nóng" in html
    manager = getUtility(IPortletManager, name="plone.footerportlets")
    assignment = getMultiAdapter((portal, manager), IPortletAssignmentMapping)["danang-footer"]
    assignment.hotline = "0236 1022"
    logout()
    html = render_footer(portal)
    assert 'href="tel:02361022"' in html


def test_the_pages_are_editable_documents(portal):
    page = portal[FOLDER]["chinh-sach-bao-ve-du-lieu-ca-nhan"]
    assert page.portal_type == "Document"
    assert "91/2025/QH15" in page.text.raw
    setRoles(portal, TEST_USER_ID, ["Editor"])
    assert api.user.has_permission("Modify portal content", obj=page)
