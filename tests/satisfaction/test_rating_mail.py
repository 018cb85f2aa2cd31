"""The "result returned" e-mail invites the applicant to rate, with a rating-only link."""

from danang.portal import outbox
from danang.portal.dossier.applicant_access import check_token
from danang.portal.satisfaction.access import check_rating_token
from email import message_from_bytes
from email import policy
from tests.fixtures.driving import drive
from tests.fixtures.driving import step
from tests.fixtures.workflow_people import create_people

import pytest
import re
import time
import transaction
import urllib.parse


@pytest.fixture
def portal(smtp_portal):
    return smtp_portal


@pytest.fixture
def people(portal, services):
    create_people()
    transaction.commit()


def wait_for(smtp, count, timeout=10):
    deadline = time.time() + timeout
    while len(smtp.messages) < count and time.time() < deadline:
        time.sleep(0.05)
    return smtp.messages


def text_of(mail):
    message = mail["message"]
    if isinstance(message, bytes):
        message = message_from_bytes(message, policy=policy.default)
    return message["Subject"], message.get_body(preferencelist=("plain",)).get_content()


def test_the_returned_mail_carries_the_rating_link(portal, people, make_dossier, smtp):
    dossier = make_dossier()
    drive(portal, dossier, "finished")
    transaction.commit()
    assert outbox.OUTBOX.wait_sent(60)  # the receipt (signed after the commit) and "result ready"
    transaction.begin()
    count = len(wait_for(smtp, 2))
    step(portal, dossier, "return")
    transaction.commit()
    subject, body = text_of(wait_for(smtp, count + 1)[count])
    assert subject == f"Hồ sơ {dossier.dossier_code}: Đã trả kết quả"
    assert "Kết quả giải quyết hồ sơ của Ông/Bà đã được trả." in body
    assert "Mời Ông/Bà đánh giá mức độ hài lòng" in body
    [url] = re.findall(r"https?://\S+@@danh-gia-ho-so\?\S+", body)
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)
    assert query["code"] == [dossier.dossier_code]
    [token] = query["t"]
    assert check_rating_token(dossier, token)
    assert not check_token(dossier, token)  # it opens rating only, not the applicant page


def test_other_mails_do_not_invite_a_rating(portal, people, make_dossier, smtp):
    dossier = make_dossier()
    drive(portal, dossier, "finished")
    transaction.commit()
    assert outbox.OUTBOX.wait_sent(60)
    assert len(wait_for(smtp, 2)) == 2
    assert all("danh-gia-ho-so" not in text_of(mail)[1] for mail in smtp.messages)
