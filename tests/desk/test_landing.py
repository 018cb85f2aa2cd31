"""What officials and citizens meet after logging in (issue 16.4 and 16.10): officials land on their
worklist, citizens on their dossiers; a header with their links instead of Plone's editing
toolbar; the official's dossier page with the applicant's contacts and the papers by round."""

from danang.portal.dossier.create import create_dossier
from lxml import html
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from plone.testing.zope import Browser
from tests.fixtures.dossier_data import APPLICANT
from tests.fixtures.dossier_data import pdf_upload
from tests.fixtures.driving import step
from tests.fixtures.workflow_people import PASSWORD

import transaction
import urllib.parse


def log_in(functional, user, password=PASSWORD, came_from=None):
    browser = Browser(functional["app"])
    browser.handleErrors = False
    portal_url = functional["portal"].absolute_url()
    query = urllib.parse.urlencode({"came_from": came_from if came_from is not None else portal_url})
    browser.open(f"{portal_url}/login?{query}")
    browser.getControl(name="__ac_name").value = user
    browser.getControl(name="__ac_password").value = password
    browser.getControl(name="buttons.login").click()
    return browser


def header_links(browser):
    return [a.text for a in html.fromstring(browser.contents).cssselect(".dn-account-header a")]


def test_an_official_lands_on_the_worklist_with_its_header(site, functional):
    browser = log_in(functional, "sxd-leader")
    assert browser.url.endswith("/@@ban-lam-viec")
    assert header_links(browser) == ["Bàn làm việc", "Thông tin cá nhân", "Đăng xuất"]
    assert 'id="edit-zone"' not in browser.contents  # no editing toolbar


def test_a_citizen_lands_on_their_dossiers_without_the_toolbar(site, functional):
    browser = log_in(functional, "citizen")
    assert browser.url.endswith("/@@ho-so-cua-toi")
    assert header_links(browser) == ["Hồ sơ của tôi", "Thông tin cá nhân", "Đăng xuất"]
    assert 'id="edit-zone"' not in browser.contents
    assert "plone-toolbar-left" not in browser.contents


def test_a_login_from_a_given_page_returns_there(site, functional):
    target = f"{site.absolute_url()}/thu-tuc"
    browser = log_in(functional, "sxd-leader", came_from=target)
    assert browser.url == target


def test_administrators_keep_the_toolbar(site, functional):
    browser = log_in(functional, SITE_OWNER_NAME, SITE_OWNER_PASSWORD, came_from=f"{site.absolute_url()}/thu-tuc")
    assert 'id="edit-zone"' in browser.contents


def test_the_officials_dossier_page_reaches_the_applicant_and_groups_the_papers(site, functional):
    dossier = create_dossier(site["thu-tuc"]["city"], {**APPLICANT, "user_id": "citizen"}, {}, [pdf_upload()])
    step(site, dossier, "accept")
    step(site, dossier, "start")
    step(site, dossier, "supplement")
    step(site, dossier, "upload_supplement")
    step(site, dossier, "supply")
    transaction.commit()
    browser = log_in(functional, "sxd-specialist", came_from=dossier.absolute_url())
    page = html.fromstring(browser.contents)
    text = " ".join(page.text_content().split())
    assert page.cssselect(".dn-applicant-phone a")[0].text == APPLICANT["phone"]
    if APPLICANT.get("email"):
        assert page.cssselect(".dn-applicant-email a")[0].text == APPLICANT["email"]
    assert page.cssselect(".dn-applicant-id-number")[0].text == APPLICANT["id_number"]
    groups = [h.text for h in page.cssselect(".dn-file-group")]
    assert groups == ["Hồ sơ nộp ban đầu", "Bổ sung lần 1"]
    # A supplement is its file name once, not "mat-bang.pdf: mat-bang.pdf".
    assert "mat-bang.pdf: mat-bang.pdf" not in text and "mat-bang.pdf" in text
