"""The receipt reaches the payer (a real SMTP server) with its PDF, only once the transaction
commits, and only once per payment."""

from danang.portal import clock
from danang.portal.deadlines.working_calendar import TIMEZONE
from danang.portal.ereceipt.issue import issue_receipt
from datetime import datetime
from email import message_from_bytes
from email import policy
from pypdf import PdfReader

import io
import pytest
import time
import transaction

ISSUED = datetime(2025, 3, 4, 10, 15, tzinfo=TIMEZONE)


@pytest.fixture
def portal(smtp_portal):
    return smtp_portal


@pytest.fixture
def dossier(installed, make_dossier, monkeypatch):
    monkeypatch.setattr(clock, "now", lambda: ISSUED)
    dossier = make_dossier()
    transaction.commit()
    return dossier


def receipt_mails(smtp, count, timeout=10):
    """Receipt mails only (accepting a dossier sends other mails too)."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        found = [mail for mail in smtp.messages if "Biên lai" in parsed(mail)["Subject"]]
        if len(found) >= count:
            return found
        time.sleep(0.05)
    return [mail for mail in smtp.messages if "Biên lai" in parsed(mail)["Subject"]]


def parsed(mail):
    message = mail["message"]
    return message_from_bytes(message, policy=policy.default) if isinstance(message, bytes) else message


def test_the_payer_receives_the_receipt_with_its_pdf(dossier, payment, smtp):
    receipt = issue_receipt(dossier, payment(payer_email="nguoi-nop@example.org"))
    assert receipt_mails(smtp, 1, timeout=0.5) == []  # nothing before the commit
    transaction.commit()
    [mail] = receipt_mails(smtp, 1)
    assert mail["to"] == ["nguoi-nop@example.org"]
    message = parsed(mail)
    assert message["Subject"] == f"Biên lai thu phí, lệ phí: ký hiệu SXD-25E, số 0000001, hồ sơ {dossier.dossier_code}"
    assert "Nguyễn Văn Thử" in message["To"]
    body = message.get_body(preferencelist=("plain",)).get_content()
    assert "Kính gửi Nguyễn Văn Thử," in body
    assert "75.000 đồng (Bảy mươi lăm nghìn đồng)" in body
    assert "Thanh toán trực tuyến qua VNPT Pay" in body
    assert f"ma={receipt['verification_code']}" in body
    assert message.get_body(preferencelist=("html",)) is not None
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "bien-lai-SXD-25E-0000001.pdf"
    pdf = attachment.get_content()
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())
    for printed in ("BIÊN LAI THU PHÍ, LỆ PHÍ", "SXD-25E", "0000001", dossier.dossier_code, "Bảy mươi lăm nghìn đồng"):
        assert printed in text, printed


def test_without_a_payer_address_the_applicant_receives_it(dossier, payment, smtp):
    issue_receipt(dossier, payment())
    transaction.commit()
    [mail] = receipt_mails(smtp, 1)
    assert mail["to"] == ["thu@example.org"]


def test_a_rolled_back_payment_sends_nothing(dossier, payment, smtp):
    issue_receipt(dossier, payment(payer_email="nguoi-nop@example.org"))
    transaction.abort()
    assert receipt_mails(smtp, 1, timeout=1) == []


def test_issuing_again_sends_nothing_more(dossier, payment, smtp):
    issue_receipt(dossier, payment(id="pay-once"))
    transaction.commit()
    assert len(receipt_mails(smtp, 1)) == 1
    issue_receipt(dossier, payment(id="pay-once"))
    transaction.commit()
    time.sleep(1)
    assert len(receipt_mails(smtp, 2, timeout=0.5)) == 1


def test_a_mail_server_that_is_down_keeps_the_receipt(dossier, payment, smtp, portal):
    from plone import api

    api.portal.set_registry_record("plone.smtp_port", 9)  # nothing listens there
    receipt = issue_receipt(dossier, payment(id="pay-down"))
    transaction.commit()
    transaction.begin()
    from danang.portal.ereceipt.store import receipts_of

    assert receipts_of(dossier) == [receipt]
    assert receipt_mails(smtp, 1, timeout=0.5) == []
