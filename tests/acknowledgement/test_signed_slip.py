"""The receipt slip is signed after the submission commits, by the outbox, then e-mailed; a slip
left unsigned by a process that died is signed when a later request picks it up."""

from danang.portal import outbox
from danang.portal.acknowledgement import signed_slip
from danang.portal.signing import documents
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from plone.testing.zope import Browser

import io
import pypdf
import time
import transaction


def signed(data):
    """The PDF carries a signature (pyHanko's PAdES field)."""
    return b"/ByteRange" in data and pypdf.PdfReader(io.BytesIO(data)).get_fields() is not None


def body(browser):
    return browser.contents if isinstance(browser.contents, bytes) else browser.contents.encode("latin-1")


def staff(functional):
    browser = Browser(functional["app"])
    browser.addHeader("Authorization", f"Basic {SITE_OWNER_NAME}:{SITE_OWNER_PASSWORD}")
    return browser


def test_the_submission_commits_unsigned_and_the_slip_is_signed_and_mailed_after(submitted, smtp):
    dossier, _url = submitted
    # As the submission's transaction stored it: marked, no signature made in it; the outbox's
    # signature writes the records and marks, never the dossier again.
    connection = dossier._p_jar
    [created] = connection.db().history(dossier._p_oid, size=100)
    at_submission = {}
    for name in ("signatures", "unsigned_documents"):
        kept = getattr(dossier, name)
        at_submission[name] = type(kept)()
        at_submission[name].__setstate__(connection.oldstate(kept, created["tid"]))
    assert list(at_submission["signatures"]) == []
    assert set(at_submission["unsigned_documents"]) == {"receipt"}

    assert outbox.OUTBOX.wait_sent(60)
    transaction.begin()
    [record] = dossier.signatures
    assert record["kind"] == "receipt" and not signed_slip.being_signed(dossier)
    assert documents.index_terms(dossier) == (f"code:{record['code']}", f"sha256:{record['sha256']}")
    [brain] = api.portal.get_tool("portal_catalog").unrestrictedSearchResults(
        signed_documents=f"sha256:{record['sha256']}")
    assert brain.getPath() == "/".join(dossier.getPhysicalPath())
    assert not documents.awaiting_signature(signed_slip.KIND)
    # The receipt mail left after the signature, with the signed slip: the kept bytes.
    assert smtp.wait(10)
    [mail] = smtp.messages
    [attachment] = list(mail["message"].iter_attachments())
    data = attachment.get_content()
    assert signed(data) and documents.digest(data) == record["sha256"]


def test_a_slip_left_unsigned_is_shown_unsigned_then_signed_on_pick_up(submitted, smtp, functional, monkeypatch):
    dossier, _url = submitted
    assert outbox.OUTBOX.wait_sent(60) and smtp.wait(10)
    transaction.begin()
    # A process that died between the commit and the signature: the mark, no job in any outbox
    # (the acceptance's slip, say; the first one is signed and kept).
    dossier.applicant_address = "45 Trần Phú"
    documents.mark_unsigned(dossier, signed_slip.KIND)
    transaction.commit()
    assert len(outbox.OUTBOX) == 0

    browser = staff(functional)
    portal_url = functional["portal"].absolute_url()
    browser.open(f"{portal_url}/@@receipt?code={dossier.dossier_code}")
    assert "Bản PDF đang được ký số" in browser.contents
    browser.open(f"{portal_url}/@@receipt.pdf?code={dossier.dossier_code}")
    assert browser.headers["status"].startswith("200") and not signed(body(browser))
    transaction.begin()
    assert len(dossier.signatures) == 1  # the download signed nothing

    # A later request picks it up once the mark is older than STALE.
    assert signed_slip.lost_slips() == []
    dossier.unsigned_documents[signed_slip.KIND] = time.time() - signed_slip.STALE - 1
    transaction.commit()
    monkeypatch.setattr(signed_slip, "_next_pick_up", 0.0)
    browser.open(portal_url)
    assert outbox.OUTBOX.wait_sent(60)
    transaction.begin()
    assert [record["kind"] for record in dossier.signatures] == ["receipt", "receipt"]
    assert not signed_slip.being_signed(dossier) and signed_slip.lost_slips(stale=0) == []
    deadline = time.monotonic() + 10
    while len(smtp.messages) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert len(smtp.messages) == 2  # the picked-up slip is mailed, once
    [attachment] = list(smtp.messages[-1]["message"].iter_attachments())
    assert documents.digest(attachment.get_content()) == dossier.signatures[-1]["sha256"]
    browser.open(f"{portal_url}/@@receipt.pdf?code={dossier.dossier_code}")
    assert documents.digest(body(browser)) == dossier.signatures[-1]["sha256"]
    browser.open(f"{portal_url}/@@receipt?code={dossier.dossier_code}")
    assert "Bản PDF đang được ký số" not in browser.contents
