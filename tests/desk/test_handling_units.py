"""The worklist follows the dossier across units, and tells finished dossiers' timing."""

from danang.portal.desk.query import ALL_STATES
from danang.portal.desk.query import Filters
from danang.portal.desk.query import worklist
from danang.portal.workflow.transfer import transfer
from plone import api
from plone.app.testing import logout
from tests.fixtures.driving import at
from tests.fixtures.driving import drive
from tests.fixtures.driving import step
from tests.fixtures.workflow_people import as_user


def codes(portal, unit, user):
    as_user(portal, user)
    try:
        page = worklist(Filters(units=(unit,), states=ALL_STATES), 0, 100, counts=False)
        return {row.brain.dossier_code for row in page.rows}
    finally:
        logout()


def test_a_transferred_dossier_is_in_both_units_worklists(portal, make_dossier):
    dossier = drive(portal, make_dossier(), "processing")
    assert dossier.dossier_code not in codes(portal, "UBND-492", "hc-desk")
    as_user(portal, "sxd-specialist")
    transfer(dossier, "UBND-492", comment="Xin ý kiến địa phương")
    logout()
    # The unit holding it now, and the receiving unit (it returns the result).
    assert dossier.dossier_code in codes(portal, "UBND-492", "hc-specialist")
    assert dossier.dossier_code in codes(portal, "SXD", "sxd-desk")
    as_user(portal, "hc-specialist")
    transfer(dossier, "SXD", comment="Đã có ý kiến")
    logout()
    assert dossier.dossier_code not in codes(portal, "UBND-492", "hc-desk")
    assert dossier.dossier_code in codes(portal, "SXD", "sxd-desk")


def badge_of(portal, dossier):
    as_user(portal, "sxd-desk")
    try:
        view = api.content.get_view("ban-lam-viec", portal, portal.REQUEST)
        portal.REQUEST.form.update({"state": "all"})
        view.update()
        [row] = [row for row in view.rows() if row["code"] == dossier.dossier_code]
        return row["badge_class"]
    finally:
        portal.REQUEST.form.pop("state", None)
        logout()


def test_finished_dossiers_show_early_on_time_or_late(portal, make_dossier, frozen):
    # Accepted Monday 3 March 2025 09:00; the appointment is set to Monday 10 March, 17:00.
    results = {}
    for label, finished in (("early", at(2025, 3, 7, 15)), ("on_time", at(2025, 3, 10, 16, 59)),
                            ("late", at(2025, 3, 11, 8))):
        frozen(at(2025, 3, 3, 9))
        dossier = make_dossier()
        drive(portal, dossier, "processing")
        dossier.due = at(2025, 3, 10, 17)
        step(portal, dossier, "upload_result")
        frozen(finished)
        step(portal, dossier, "finish")
        results[label] = badge_of(portal, dossier)
    assert results == {"early": "early", "on_time": "on_time", "late": "late"}
