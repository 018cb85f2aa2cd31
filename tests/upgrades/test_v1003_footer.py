"""1002 → 1003: Plone's footer and colophon give way to the portal's footer portlet and its
three pages (guide, personal data policy, accessibility statement) in Vietnamese and English."""

from danang.portal.footer.pages import FOLDER
from danang.portal.footer.pages import PAGES
from danang.portal.upgrades.v1003_footer import install_footer
from plone import api
from plone.portlets.interfaces import IPortletAssignmentMapping
from plone.portlets.interfaces import IPortletManager
from tests.upgrades.test_v1003 import upgrade_from_1002
from zope.component import getMultiAdapter
from zope.component import getUtility


def footer_assignments(portal):
    manager = getUtility(IPortletManager, name="plone.footerportlets")
    return getMultiAdapter((portal, manager), IPortletAssignmentMapping)


def as_1002_left_it(portal):
    from plone.app.portlets.portlets import classic

    mapping = footer_assignments(portal)
    del mapping["danang-footer"]
    mapping["footer"] = classic.Assignment(template="@@footer", macro="")
    mapping["colophon"] = classic.Assignment(template="colophon", macro="")
    with api.env.adopt_roles(["Manager"]):
        api.content.delete(obj=portal[FOLDER])
    api.portal.get_tool("portal_registry").records.__delitem__("plone.bundles/danang-portal-footer.csscompilation")


def test_footer_portlet_pages_and_styles(portal):
    as_1002_left_it(portal)
    upgrade_from_1002()
    names = list(footer_assignments(portal))
    assert names[0] == "danang-footer"
    assert "footer" not in names and "colophon" not in names
    folder = portal[FOLDER]
    for _key, versions in PAGES:
        for language, (page_id, title) in versions.items():
            assert folder[page_id].Title() == title
            assert folder[page_id].Language() == language
            assert folder[page_id].text.raw.startswith("<p>")
    assert api.portal.get_registry_record("plone.bundles/danang-portal-footer.csscompilation") == (
        "++plone++danang.portal.footer/footer.css"
    )


def test_edited_footer_and_pages_survive_a_second_run(portal):
    upgrade_from_1002()
    footer_assignments(portal)["danang-footer"].hotline = "0236 1022"
    page = portal[FOLDER]["huong-dan-su-dung"]
    page.title = "Hướng dẫn (đã sửa)"
    with api.env.adopt_roles(["Manager"]):
        install_footer(api.portal.get_tool("portal_setup"))
    assert portal[FOLDER]["huong-dan-su-dung"].Title() == "Hướng dẫn (đã sửa)"
    assert footer_assignments(portal)["danang-footer"].hotline == "0236 1022"
