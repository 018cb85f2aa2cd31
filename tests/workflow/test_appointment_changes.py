"""Every move of the appointment is kept with its reason: on the dossier, in its history (issue 16.9)."""

from danang.portal.workflow.apology import issue_apology
from tests.fixtures.driving import at
from tests.fixtures.driving import processing_from
from tests.fixtures.driving import step
from tests.fixtures.workflow_people import as_user


def test_a_supplement_pause_moves_the_appointment_with_its_reason(portal, make_dossier, frozen):
    dossier = processing_from(portal, make_dossier(), frozen, at(2026, 12, 18, 9), 5)
    assert dossier.due == at(2026, 12, 25, 17)
    frozen(at(2026, 12, 25, 16, 50))
    step(portal, dossier, "supplement")
    step(portal, dossier, "upload_supplement")
    frozen(at(2026, 12, 25, 16, 59))
    step(portal, dossier, "supply")
    # 9 minutes of working time: Monday's morning session, not 07:39.
    assert dossier.due == at(2026, 12, 28, 11, 30)
    [change] = dossier.due_changes
    assert (change["old"], change["new"], change["reason"]) == (at(2026, 12, 25, 17), at(2026, 12, 28, 11, 30), "supplement")
    assert dossier.status_history[-1]["due_change"] == change

    as_user(portal, "citizen")
    page = dossier.restrictedTraverse("@@view")()
    assert "Thay đổi ngày hẹn trả kết quả" in page
    assert "tạm dừng 9 phút trong giờ làm việc (từ 16:50 25/12/2026 đến 16:59 25/12/2026)" in page
    assert "Ngày hẹn trả kết quả đổi từ 17:00 25/12/2026 sang 11:30 28/12/2026" in page


def test_an_apology_letter_is_a_recorded_move(portal, make_dossier, frozen):
    dossier = processing_from(portal, make_dossier(), frozen, at(2026, 12, 21, 9), 1)
    frozen(at(2026, 12, 23, 9))
    as_user(portal, "sxd-leader")
    issue_apology(dossier, at(2026, 12, 30, 17), "Chờ ý kiến cơ quan phối hợp")
    [change] = dossier.due_changes
    assert change["reason"] == "apology" and change["new"] == at(2026, 12, 30, 17)
    assert "Chờ ý kiến cơ quan phối hợp" in dossier.restrictedTraverse("@@view")()
