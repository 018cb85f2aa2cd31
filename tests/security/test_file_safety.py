"""Files in and out: officials' uploads meet the applicants' checks, downloads are byte for byte
and attachments where a browser would render them, no control character in a file name reaches
a header (docs/security.md, "Files")."""

from danang.portal.dossier.applicant_access import make_token
from danang.portal.dossier.create import add_files
from danang.portal.dossier.create import create_dossier
from danang.portal.workflow.actions import release_results
from lxml import html
from plone import api
from tests.fixtures.accounts import site_url
from tests.fixtures.dossier_data import APPLICANT
from tests.fixtures.dossier_data import build_catalogue
from tests.fixtures.dossier_data import pdf_upload
from tests.fixtures.driving import drive
from tests.fixtures.driving import step
from tests.fixtures.pdfs import one_page_pdf
from tests.fixtures.workflow_people import create_people
from tests.fixtures.workflow_people import PASSWORD

import hashlib
import io
import pytest
import requests
import transaction
import urllib.parse

TIMEOUT = 30
# Bytes plone.protect's transform rewrites when served as text/html (it adds its token to forms).
HTML = b"<html><body><form action='send' method='post'><input name='a'></form><p>Ban ve</p></body></html>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
PDF = b"%PDF-1.4\n% ket qua giai quyet\n%%EOF\n"
RESULT_PDF = one_page_pdf("Giay phep xay dung")


@pytest.fixture
def site(functional):
    portal = functional["portal"]
    build_catalogue(portal)
    create_people()
    dossier = create_dossier(portal["thu-tuc"]["city"], {**APPLICANT, "user_id": "citizen"}, {}, [pdf_upload()])
    drive(portal, dossier, "processing")
    transaction.commit()
    return {"portal": portal, "dossier": dossier, "url": site_url(functional),
            "served": lambda obj: obj.absolute_url().replace("http://nohost/plone", site_url(functional))}


def refreshed(dossier):
    transaction.begin()
    return dossier


def sha256(data):
    return hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize("data", [HTML, SVG], ids=["html", "svg"])
def test_an_officials_result_declared_pdf_is_read_from_its_content(site, browse, data):
    dossier = site["dossier"]
    specialist = browse("sxd-specialist")
    specialist.open(dossier.absolute_url())
    specialist.getControl(name="result_file").add_file(io.BytesIO(data), "application/pdf", "giay-phep.pdf")
    specialist.getForm(id="dn-action-attach_result").submit()
    assert 'Nội dung tệp "giay-phep.pdf" không phải là tệp PDF, JPEG, PNG' in specialist.contents
    assert refreshed(dossier).files("result") == []
    # The same file from the leader's approval form: refused, the dossier stays where it was.
    specialist.getControl(name="result_file").add_file(io.BytesIO(PDF), "application/pdf", "giay-phep.pdf")
    specialist.getForm(id="dn-action-attach_result").submit()
    leader = browse("sxd-leader")
    leader.open(dossier.absolute_url())
    finish = leader.getForm(id="dn-action-finish")
    finish.getControl(name="result_file").add_file(io.BytesIO(data), "application/pdf", "ban-sua.pdf")
    finish.submit()
    assert 'Nội dung tệp "ban-sua.pdf" không phải là tệp PDF' in leader.contents
    assert api.content.get_state(refreshed(dossier)) == "processing"
    assert [item.file.contentType for item in dossier.files("result")] == ["application/pdf"]


def test_the_desk_intake_checks_the_scans_keeps_what_was_typed_and_names_safely(site, browse):
    desk = browse("sxd-desk")
    desk.open(f"{site['portal'].absolute_url()}/@@desk-receive")
    desk.getControl(name="service_code").value = "1.009130"
    desk.getControl(name="applicant_name").value = "Trần Thị Giấy"
    desk.getControl(name="applicant_phone").value = "0905000111"
    desk.getControl(name="files_1").add_file(io.BytesIO(SVG), "application/pdf", "don.pdf")
    desk.getForm(id="dn-desk-receive").submit()
    assert 'Nội dung tệp "don.pdf" không phải là tệp PDF' in desk.contents
    assert desk.getControl(name="applicant_name").value == "Trần Thị Giấy"
    assert desk.getControl(name="service_code").value == "1.009130"
    catalog = api.portal.get_tool("portal_catalog")
    assert len(catalog.unrestrictedSearchResults(portal_type="Dossier")) == 1  # the fixture's only
    # The scan again, a real PDF now, under a name with a path and control characters.
    desk.getControl(name="files_1").add_file(io.BytesIO(PDF), "application/pdf", "..\\..\\don\x07\x1b.pdf")
    desk.getForm(id="dn-desk-receive").submit()
    transaction.begin()
    [received] = [brain._unrestrictedGetObject() for brain in catalog.unrestrictedSearchResults(portal_type="Dossier")
                  if brain.getId != site["dossier"].getId()]
    assert [item.file.filename for item in received.files()] == ["don.pdf"]


def test_downloads_are_byte_for_byte_for_applicant_and_official(site, browse):
    """A file served as text/html (stored before uploads were sniffed) and the signed PDF result
    are the stored bytes for every downloader, the HTML one as an attachment."""
    portal, dossier = site["portal"], site["dossier"]
    specialist = browse("sxd-specialist")
    specialist.open(dossier.absolute_url())
    specialist.getControl(name="result_file").add_file(io.BytesIO(RESULT_PDF), "application/pdf", "giay-phep.pdf")
    specialist.getForm(id="dn-action-attach_result").submit()
    dossier = refreshed(dossier)
    with api.env.adopt_roles(["Manager"]):
        [legacy] = add_files(dossier, [{"filename": "ban-ve.html", "data": HTML, "content_type": "text/html"}])
    step(portal, dossier, "finish")
    release_results(dossier)
    transaction.commit()
    [result] = dossier.results()
    # Signed on approval (signing/): the official's bytes, then the signature; served as stored.
    signed = result.file.data
    assert signed.startswith(RESULT_PDF)
    expected = {legacy: HTML, result: signed}
    for user in ("citizen", "sxd-specialist"):
        for item, data in expected.items():
            for view in ("@@download/file", "@@display-file/file"):
                answer = requests.get(f"{site['served'](item)}/{view}", auth=(user, PASSWORD), timeout=TIMEOUT)
                assert answer.status_code == 200, (user, view, answer.status_code)
                assert sha256(answer.content) == sha256(data), (user, item.getId(), view)
                assert answer.headers["X-Content-Type-Options"] == "nosniff"
                if data is HTML:
                    assert answer.headers["Content-Disposition"].startswith("attachment;")
    # The applicant without an account, through the look-up link.
    token = make_token(dossier)
    query = urllib.parse.urlencode({"code": dossier.dossier_code, "t": token, "file": result.getId()})
    answer = requests.get(f"{site['url']}/@@tai-ket-qua?{query}", timeout=TIMEOUT)
    assert answer.status_code == 200 and sha256(answer.content) == sha256(signed)
    assert answer.headers["Content-Disposition"].startswith("attachment;")
    # An error page on the way to a file is still the portal's page.
    missing = requests.get(f"{site['served'](dossier)}/khong-co/@@download/file", auth=("citizen", PASSWORD),
                           headers={"Accept": "text/html"}, timeout=TIMEOUT)
    assert missing.status_code == 404


def test_control_characters_in_file_names_never_reach_a_header(site, browse):
    dossier = site["dossier"]
    specialist = browse("sxd-specialist")
    specialist.open(dossier.absolute_url())
    # What a browser cannot send, a client can: a name with CR/LF inside the part's header.
    page = requests.get(site["served"](dossier), auth=("sxd-specialist", PASSWORD), timeout=TIMEOUT)
    [form] = html.fromstring(page.text).xpath("//form[@id='dn-action-attach_result']")
    fields = {field.get("name"): field.get("value") for field in form.xpath(".//input[@type='hidden']")}
    boundary = "dn-boundary"
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
             for name, value in fields.items()]
    parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="result_file"; '
                 f'filename="giay\rphep\n.pdf"\r\nContent-Type: application/pdf\r\n\r\n')
    body = "".join(parts).encode() + PDF + f"\r\n--{boundary}--\r\n".encode()
    answer = requests.post(form.get("action"), data=body, auth=("sxd-specialist", PASSWORD), timeout=TIMEOUT,
                           headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    assert answer.status_code < 500, answer.text[:300]
    names = [item.file.filename for item in refreshed(dossier).files("result")]
    assert all("\r" not in name and "\n" not in name for name in names), names
    [stored] = names
    assert stored == "giay phep.pdf"
    [item] = dossier.files("result")
    answer = requests.get(f"{site['served'](item)}/@@download/file", auth=("sxd-specialist", PASSWORD), timeout=TIMEOUT)
    assert answer.headers["Content-Disposition"] == "attachment; filename*=UTF-8''giay%20phep.pdf"


def test_a_file_name_with_cr_lf_through_the_api_is_not_a_server_error(dossier_site):
    from tests.fixtures import accounts
    from tests.fixtures import forms

    import base64

    payload = {
        "service": "1.009130",
        "applicant": {**forms.APPLICANT, "id_number": "048190001234"},
        "answers": {"result_delivery": "post", "request_note": "Xây nhà", "commitment": True},
        "files": [{"field": "file_1", "filename": "don\r\nX-Injected: 1.pdf", "content_type": "application/pdf",
                   "data": base64.b64encode(forms.PDF).decode("ascii")},
                  {"component": "Bản vẽ thiết kế xây dựng", "filename": "mat-bang.dwg",
                   "data": base64.b64encode(forms.DWG).decode("ascii")}],
    }
    answer = requests.post(f"{dossier_site['url']}/@dossiers", json=payload, timeout=TIMEOUT,
                           auth=(accounts.CITIZEN["username"], accounts.CITIZEN["password"]),
                           headers={"Accept": "application/json"})
    assert answer.status_code == 201, answer.text[:500]
    transaction.begin()
    path = answer.json()["@id"].replace(dossier_site["url"], "").strip("/")
    dossier = dossier_site["portal"].unrestrictedTraverse(path)
    assert "don X-Injected_ 1.pdf" in [item.file.filename for item in dossier.files()]
