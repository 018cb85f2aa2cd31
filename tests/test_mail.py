"""The mail module (mail.py): the site's sender, bodies from the letter template, delivery only
after commit, on a real SMTP server (aiosmtpd on 127.0.0.1)."""

from danang.portal import mail
from danang.portal import outbox
from email.utils import parseaddr
from plone import api

import doctest
import logging
import socket
import time
import transaction

RECIPIENT = ("Nguyễn Thị Hoa", "hoa.nguyen@example.com")


def letter():
    html = mail.render(
        greeting="Kính gửi Nguyễn Thị Hoa,",
        before=["Hồ sơ của Ông/Bà đã được tiếp nhận.", "1. Bản vẽ mặt bằng\n2. Giấy tờ đất"],
        facts=[("Mã hồ sơ", "SXD-250303-0001"), ("Ghi chú", "<b>không</b> in đậm")],
        after=["", "Tra cứu tại http://example.com/tra-cuu-ho-so"],
        footer="Thư này được gửi tự động, vui lòng không trả lời.",
    )
    return mail.compose("Hồ sơ SXD-250303-0001", RECIPIENT, html, [("phieu.pdf", "application", "pdf", b"%PDF-1.4")])


def test_the_letter_is_escaped_and_its_plain_text_says_the_same():
    message = letter()
    html = message.get_body(("html",)).get_content()
    assert "&lt;b&gt;không&lt;/b&gt;" in html and "<b>" not in html
    assert "1. Bản vẽ mặt bằng<br />2. Giấy tờ đất" in html
    plain = message.get_body(("plain",)).get_content()
    assert plain.splitlines()[:3] == ["Kính gửi Nguyễn Thị Hoa,", "", "Hồ sơ của Ông/Bà đã được tiếp nhận."]
    assert "1. Bản vẽ mặt bằng\n2. Giấy tờ đất" in plain
    assert "Mã hồ sơ: SXD-250303-0001\nGhi chú: <b>không</b> in đậm" in plain
    assert plain.rstrip().endswith("Thư này được gửi tự động, vui lòng không trả lời.")
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "phieu.pdf" and attachment.get_content() == b"%PDF-1.4"


def test_sent_after_commit_from_the_sites_sender(smtp_portal, smtp):
    assert mail.send_after_commit(letter, "a test letter")
    time.sleep(0.5)
    assert smtp.messages == []  # nothing leaves before the commit
    transaction.commit()
    assert smtp.wait(10), "no e-mail reached the SMTP server"
    [received] = smtp.messages
    assert received["to"] == ["hoa.nguyen@example.com"]
    message = received["message"]
    assert parseaddr(message["From"]) == ("Cổng dịch vụ công Đà Nẵng", "mot-cua@danang.example")
    assert message["Subject"] == "Hồ sơ SXD-250303-0001"
    assert "Mã hồ sơ: SXD-250303-0001" in message.get_body(("plain",)).get_content()


def test_a_rolled_back_transaction_sends_nothing(smtp_portal, smtp):
    built = []
    assert mail.send_after_commit(lambda: built.append(1) or letter(), "a test letter")
    transaction.abort()
    transaction.commit()
    assert not smtp.wait(1)
    assert built == [] and smtp.messages == []


def test_without_a_sender_address_nothing_is_scheduled(smtp_portal, smtp, caplog):
    api.portal.set_registry_record("plone.email_from_address", "")
    with caplog.at_level(logging.WARNING, logger="danang.portal.mail"):
        assert not mail.send_after_commit(letter, "a test letter")
    assert "No site e-mail address configured: a test letter not e-mailed" in caplog.text
    transaction.commit()
    assert not smtp.wait(1)


def test_a_mail_server_that_is_down_is_logged_and_the_commit_stands(smtp_portal, caplog):
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    api.portal.set_registry_record("plone.smtp_port", closed_port)
    smtp_portal.manage_changeProperties(description="kept")
    assert mail.send_after_commit(letter, "a test letter")
    with caplog.at_level(logging.ERROR, logger="danang.portal.mail"):
        transaction.commit()
        assert outbox.OUTBOX.wait_sent(10)
    assert "Could not e-mail a test letter" in caplog.text
    transaction.begin()
    assert smtp_portal.getProperty("description") == "kept"


def test_docstring_examples_run():
    failures, tried = doctest.testmod(mail, optionflags=doctest.REPORT_ONLY_FIRST_FAILURE)
    assert tried and not failures
