"""When a dossier owes its fees, the result waiting for them, and the desk's cash payment."""

from danang.portal.payment.behaviors import AT_SUBMISSION
from danang.portal.payment.behaviors import BEFORE_RESULT
from danang.portal.payment.behaviors import collection_moment
from danang.portal.payment.cash import CashRefused
from danang.portal.payment.cash import parse_amount
from danang.portal.payment.cash import record_cash
from danang.portal.payment.events import IDossierPaid
from danang.portal.payment.obligations import state_amount
from danang.portal.payment.record import get_record
from danang.portal.payment.summary import payment_summary
from danang.portal.workflow.actions import perform
from danang.portal.workflow.actions import released_results
from danang.portal.workflow.actions import results_withheld
from danang.portal.workflow.rules import TransitionInputError
from plone import api
from plone.app.testing import logout
from tests.fixtures.driving import drive
from tests.fixtures.driving import step
from tests.fixtures.payment_data import case_answer
from tests.fixtures.payment_data import CASE_III
from tests.fixtures.payment_data import submit
from tests.fixtures.workflow_people import as_user
from zope.component import getGlobalSiteManager

import pytest


@pytest.fixture
def paid_events():
    events = []

    def handler(event):
        events.append(event)

    registry = getGlobalSiteManager()
    registry.registerHandler(handler, (IDossierPaid,))
    yield events
    registry.unregisterHandler(handler, (IDossierPaid,))


def test_collection_moment_follows_the_online_level_unless_chosen(portal, fee_services):
    city, district = fee_services["city"], fee_services["district"]
    assert collection_moment(city) == AT_SUBMISSION  # level 4, automatic
    assert collection_moment(district) == BEFORE_RESULT  # level 3, automatic
    district.fee_collection = AT_SUBMISSION
    assert collection_moment(district) == AT_SUBMISSION
    city.fee_collection = BEFORE_RESULT
    assert collection_moment(city) == BEFORE_RESULT
    assert collection_moment(None) is None


def test_service_type_has_the_behavior(portal):
    fti = api.portal.get_tool("portal_types")["Service"]
    assert "danang.portal.fee_collection" in fti.behaviors


def test_level_4_dossier_owes_at_submission(portal, fee_services, people):
    dossier = submit(fee_services["city"], case_answer("c1", CASE_III))
    record = get_record(dossier)
    assert record.state == "due"
    assert record.amount_due == 575000
    assert record.reason == "submission"
    assert [(line["name"], line["amount"]) for line in record.lines] == [
        ("Lệ phí cấp giấy phép xây dựng", 75000),
        ("Phí thẩm định thiết kế", 500000),
    ]
    summary = payment_summary(dossier)
    assert summary["state"] == "due" and summary["amount_due"] == 575000
    assert summary["collection"] == "submission"
    assert "log" not in summary


def test_before_result_dossier_owes_when_the_result_is_approved(portal, fee_services, make_dossier):
    fee_services["city"].fee_collection = BEFORE_RESULT
    dossier = make_dossier()
    assert get_record(dossier) is None
    drive(portal, dossier, "finished")
    record = get_record(dossier)
    assert (record.state, record.amount_due, record.reason) == ("due", 75000, "before_result")


def test_result_is_not_returned_unpaid_then_cash_at_the_desk(portal, fee_services, make_dossier, paid_events):
    fee_services["city"].fee_collection = BEFORE_RESULT
    dossier = drive(portal, make_dossier(), "finished")
    with pytest.raises(TransitionInputError) as refused:
        step(portal, dossier, "return")
    assert "chưa trả kết quả được" in str(refused.value)
    assert "75.000" in str(refused.value)
    assert api.content.get_state(dossier) == "finished"

    # Another unit's desk, a specialist and the applicant may not record cash.
    for user in ("hc-desk", "sxd-specialist", "citizen"):
        as_user(portal, user)
        with pytest.raises(CashRefused):
            record_cash(dossier, 75000)
    as_user(portal, "sxd-desk")
    with pytest.raises(CashRefused) as wrong:
        record_cash(dossier, 70000)
    assert "đúng số tiền" in api.portal.translate(wrong.value.message, lang="vi")
    payment = record_cash(dossier, 75000, reference="PT-0042", recorded_by="sxd-desk")
    logout()
    assert payment["method"] == "cash" and payment["reference"] == "PT-0042"
    assert payment["recorded_by"] == "sxd-desk" and payment["receipt"]
    assert payment["lines"] == [{"name": "Lệ phí cấp giấy phép xây dựng", "amount": 75000}]
    assert payment["paid_at"].utcoffset().total_seconds() == 7 * 3600
    record = get_record(dossier)
    assert (record.state, record.amount_due, record.total_paid) == ("paid", 0, 75000)
    assert [event.payment["id"] for event in paid_events] == [payment["id"]]
    # Paying again is refused: nothing is owed.
    as_user(portal, "sxd-desk")
    with pytest.raises(CashRefused):
        record_cash(dossier, 75000)
    logout()
    step(portal, dossier, "return")
    assert api.content.get_state(dossier) == "returned"


def test_an_approved_result_is_not_downloadable_while_its_fees_are_owed(portal, fee_services, make_dossier):
    fee_services["city"].fee_collection = BEFORE_RESULT
    dossier = drive(portal, make_dossier(), "finished")
    [result] = dossier.files("result")
    as_user(portal, "citizen")
    assert api.user.has_permission("View", obj=dossier)
    assert not api.user.has_permission("View", obj=result)  # its own URL is refused too
    assert released_results(dossier) == [] and results_withheld(dossier)
    as_user(portal, "sxd-desk")
    record_cash(dossier, 75000, reference="PT-0043", recorded_by="sxd-desk")
    as_user(portal, "citizen")
    assert api.user.has_permission("View", obj=result)
    assert released_results(dossier) == [result] and not results_withheld(dossier)
    logout()


def test_a_result_owed_since_the_submission_waits_too_until_exempted(portal, fee_services, make_dossier):
    dossier = make_dossier()  # level 4: owes from the submission
    assert get_record(dossier).state == "due"
    dossier = drive(portal, dossier, "finished")
    [result] = dossier.files("result")
    as_user(portal, "citizen")
    assert not api.user.has_permission("View", obj=result)
    logout()
    state_amount(dossier, 0, "Miễn lệ phí", "sxd-desk")
    as_user(portal, "citizen")
    assert api.user.has_permission("View", obj=result)
    logout()


def test_request_payment_pauses_and_the_payment_resumes(portal, fee_services, make_dossier, paid_events):
    dossier = drive(portal, make_dossier(), "processing")
    as_user(portal, "sxd-specialist")
    perform(dossier, "request_payment", comment="Lệ phí cấp giấy phép")
    logout()
    record = get_record(dossier)
    # The city service is level 4: the fees were owed since the submission, asked again.
    assert (record.state, record.amount_due, record.reason) == ("due", 75000, "submission")
    assert dossier.paused_since is not None
    # Confirming a payment the portal has not recorded is refused.
    with pytest.raises(TransitionInputError) as refused:
        step(portal, dossier, "paid")
    assert "chưa ghi nhận" in str(refused.value)
    as_user(portal, "sxd-desk")
    record_cash(dossier, 75000, recorded_by="sxd-desk")
    logout()
    # Back to processing by the payment itself, the clock running again.
    assert api.content.get_state(dossier) == "processing"
    assert dossier.paused_since is None and len(dossier.pauses) == 1
    last = dossier.status_history[-1]
    assert last["state"] == "processing" and "tiền mặt" in last["comment"]
    assert len(paid_events) == 1


def test_request_payment_with_a_stated_amount(portal, fee_services, make_dossier):
    fee_services["city"].fee_collection = BEFORE_RESULT
    dossier = drive(portal, make_dossier(), "processing")
    workflow = api.portal.get_tool("portal_workflow")
    as_user(portal, "sxd-specialist")
    with pytest.raises(TransitionInputError):
        workflow.doActionFor(dossier, "request_payment", comment="Thuế", amount="-5")
    workflow.doActionFor(dossier, "request_payment", comment="Lệ phí trước bạ", amount=1200000)
    logout()
    record = get_record(dossier)
    assert (record.state, record.amount_due, record.reason) == ("due", 1200000, "official")
    assert record.lines[0]["name"] == "Lệ phí trước bạ"
    assert record.statements[-1]["actor"] == "sxd-specialist"


def test_no_fees_keep_the_old_manual_confirmation(portal, services, make_dossier):
    dossier = drive(portal, make_dossier("city"), "payment")
    assert get_record(dossier) is None
    step(portal, dossier, "paid")
    assert api.content.get_state(dossier) == "processing"


def test_official_states_the_amount_or_exempts(portal, fee_services, make_dossier):
    fee_services["city"].fee_collection = BEFORE_RESULT
    dossier = drive(portal, make_dossier(), "finished")
    state_amount(dossier, 50000, "Lệ phí (giảm 1/3 theo chính sách)", "sxd-desk")
    record = get_record(dossier)
    assert (record.state, record.amount_due) == ("due", 50000)
    assert record.lines == [{"name": "Lệ phí (giảm 1/3 theo chính sách)", "amount": 50000, "legal_basis": "", "case": ""}]
    state_amount(dossier, 0, "Miễn lệ phí: người có công", "sxd-desk")
    assert (record.state, record.amount_due) == ("none", 0)
    step(portal, dossier, "return")
    assert api.content.get_state(dossier) == "returned"


@pytest.mark.parametrize("text, amount", [("75.000", 75000), ("75 000", 75000), ("75000", 75000),
                                          ("", None), ("-5", None), ("7,5", None), ("abc", None),
                                          ("1.5", None), ("1,5", None), ("1.500", 1500), ("1,500,000", 1500000),
                                          ("1.500,000", None), ("12.34", None), ("1 5", None), (" 2 000 000 ", 2000000)])
def test_typed_amounts(text, amount):
    assert parse_amount(text) == amount


def test_a_withdrawn_dossier_owes_nothing_and_its_open_payments_are_void(portal, fee_services, make_dossier):
    from danang.portal.payment.record import ensure_record

    dossier = make_dossier()
    record = get_record(dossier)
    assert record.state == "due"
    record.pending["X-01"] = {"txn_ref": "X-01", "amount": 75000, "provider": "sandbox"}
    step(portal, dossier, "withdraw")
    assert record is ensure_record(dossier)
    assert (record.state, record.amount_due, dict(record.pending)) == ("none", 0, {})
    assert [entry["reason"] for entry in record.log] == ["voided"]


def test_service_edit_form_has_the_fee_collection_field(portal, fee_services):
    from danang.portal.interfaces import IDanangPortalLayer
    from zope.interface import alsoProvides

    alsoProvides(portal.REQUEST, IDanangPortalLayer)
    with api.env.adopt_roles(["Manager"]):
        form = fee_services["city"].restrictedTraverse("@@edit").form_instance
        form.update()
        groups = {group.__name__: group for group in form.groups}
        widget = groups["time_and_fees"].widgets["IFeeCollection.fee_collection"]
        html = widget.render()
    assert "Tự động: dịch vụ công mức độ 4 thu khi nộp hồ sơ" in html
    assert "Thu trước khi trả kết quả" in html
