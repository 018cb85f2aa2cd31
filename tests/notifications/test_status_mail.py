"""The applicant is e-mailed at each status change, in Vietnamese, with the look-up link; the
messages reach a real SMTP server only once the transaction commits."""

from danang.portal import outbox
from danang.portal.dossier.create import create_dossier
from email import message_from_bytes
from email import policy
from plone import api
from tests.fixtures.dossier_data import APPLICANT
from tests.fixtures.dossier_data import pdf_upload
from tests.fixtures.driving import at
from tests.fixtures.driving import step
from tests.fixtures.workflow_people import as_user
from tests.fixtures.workflow_people import create_people

import pytest
import time
import transaction


@pytest.fixture
def people(portal, services):
    create_people()
    transaction.commit()


@pytest.fixture
def dossier(portal, services, people):
    dossier = create_dossier(services["city"], {**APPLICANT, "user_id": "citizen"}, {}, [pdf_upload()])
    transaction.commit()
    return dossier


def wait_for(smtp, count, timeout=10):
    deadline = time.time() + timeout
    while len(smtp.messages) < count and time.time() < deadline:
        time.sleep(0.05)
    return smtp.messages


def parsed(mail):
    message = mail["message"]
    if isinstance(message, bytes):
        message = message_from_bytes(message, policy=policy.default)
    return message


def body(message):
    part = message.get_body(preferencelist=("plain",))
    return part.get_content()


def fire(portal, dossier, name):
    """The step, committed, and what the outbox does after it (the accepted slip is signed in a
    transaction of its own, then mailed: acknowledgement/signed_slip.py)."""
    step(portal, dossier, name)
    transaction.commit()
    assert outbox.OUTBOX.wait_sent(60)
    transaction.begin()


def test_each_status_change_reaches_the_applicant(portal, dossier, smtp, frozen):
    # A Saturday: the supplement pause takes no working time, so the appointment stays put (its
    # move has its own mail, below).
    frozen(at(2026, 12, 26, 10))
    fire(portal, dossier, "accept")
    [accepted] = wait_for(smtp, 1)
    assert accepted["to"] == ["thu@example.org"]
    message = parsed(accepted)
    assert dossier.dossier_code in message["Subject"]
    assert "đã được tiếp nhận" in body(message)

    fire(portal, dossier, "start")  # no e-mail: nothing for the applicant to do
    fire(portal, dossier, "supplement")
    messages = wait_for(smtp, 2)
    assert len(messages) == 2
    supplement = parsed(messages[1])
    assert supplement["Subject"] == f"Hồ sơ {dossier.dossier_code}: Yêu cầu bổ sung giấy tờ"
    text = body(supplement)
    assert "1. Bản vẽ mặt bằng" in text and "2. Giấy tờ đất" in text
    assert f"{portal.absolute_url()}/" in text and "Tra cứu" in text

    fire(portal, dossier, "upload_supplement")
    fire(portal, dossier, "supply")
    fire(portal, dossier, "payment")
    payment = parsed(wait_for(smtp, 3)[2])
    assert "nghĩa vụ tài chính" in payment["Subject"]
    assert "Lệ phí 75.000 đồng" in body(payment)

    fire(portal, dossier, "paid")
    fire(portal, dossier, "upload_result")
    fire(portal, dossier, "finish")
    finished = parsed(wait_for(smtp, 4)[3])
    assert finished["Subject"].endswith("Đã xử lý xong")
    assert "kết quả sẵn sàng" in body(finished)
    time.sleep(0.3)
    assert len(smtp.messages) == 4


def test_refusal_says_why(portal, dossier, smtp):
    fire(portal, dossier, "refuse")
    [mail] = wait_for(smtp, 1)
    message = parsed(mail)
    assert message["Subject"].endswith("Không được tiếp nhận")
    assert "Lý do: Thủ tục không thuộc thẩm quyền" in body(message)


def test_a_failed_transition_sends_nothing(portal, dossier, smtp):
    from danang.portal.workflow.rules import TransitionInputError

    as_user(portal, "sxd-desk")
    with pytest.raises(TransitionInputError):
        api.portal.get_tool("portal_workflow").doActionFor(dossier, "refuse")
    transaction.abort()
    time.sleep(0.5)
    assert smtp.messages == []


def test_the_apology_letter_is_mailed_with_the_new_date(portal, dossier, smtp):
    from danang.portal.deadlines.working_calendar import TIMEZONE
    from danang.portal.workflow.apology import issue_apology
    from datetime import datetime

    fire(portal, dossier, "accept")
    fire(portal, dossier, "start")
    wait_for(smtp, 1)
    as_user(portal, "sxd-leader")
    issue_apology(dossier, datetime(2099, 1, 5, 17, tzinfo=TIMEZONE), "Chờ ý kiến cơ quan phối hợp")
    transaction.commit()
    message = parsed(wait_for(smtp, 2)[1])
    text = body(message)
    assert "xin lỗi" in text
    assert "05/01/2099" in text and "Chờ ý kiến cơ quan phối hợp" in text


def test_a_pause_that_moves_the_appointment_says_so_in_the_mail(portal, dossier, smtp, frozen):
    dossier.processing_time = 5
    frozen(at(2026, 12, 18, 9))
    fire(portal, dossier, "accept")
    fire(portal, dossier, "start")
    assert dossier.due == at(2026, 12, 25, 17)
    frozen(at(2026, 12, 25, 16, 50))
    fire(portal, dossier, "supplement")
    fire(portal, dossier, "upload_supplement")
    frozen(at(2026, 12, 25, 16, 59))
    fire(portal, dossier, "supply")
    messages = wait_for(smtp, 3)
    text = body(parsed(messages[2]))
    assert "Ngày hẹn trả kết quả đổi từ 17:00 25/12/2026 sang 11:30 28/12/2026" in text
    assert "tạm dừng 9 phút" in text and "16:50 25/12/2026" in text
