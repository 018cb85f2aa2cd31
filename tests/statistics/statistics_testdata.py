"""The statistics tests' dossiers: several units of each group, every channel, early / on time /
late, open within and overdue, paused within and overdue, withdrawn, stopped, carried over from
February 2025 into March, ratings; each driven through the real workflow at a frozen time.

Agencies and services: the dossier tests' (tests/fixtures/dossier_data.py) plus one more department
(STP) and one more ward committee (20230). The expected March 2025 table is worked out by hand in
``MARCH`` (see each dossier's comment); March 2025 has no public holiday.
"""

from danang.portal.deadlines.working_calendar import TIMEZONE
from danang.portal.dossier import history
from danang.portal.dossier.create import create_dossier
from danang.portal.satisfaction.rating import rate
from danang.portal.workflow import clock
from danang.portal.workflow.actions import attach_result
from danang.portal.workflow.actions import attach_supplement
from danang.portal.workflow.actions import perform
from datetime import datetime
from plone import api
from plone.app.testing import login
from plone.app.testing import logout
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from plone.app.testing import TEST_USER_NAME
from Products.CMFCore.indexing import processQueue
from tests.fixtures.dossier_data import APPLICANT
from tests.fixtures.dossier_data import build_catalogue
from tests.fixtures.dossier_data import pdf_upload
from tests.fixtures.driving import RESULT
from tests.fixtures.driving import SUPPLEMENT


def at(*args):
    return datetime(*args, tzinfo=TIMEZONE)


EXTRA_AGENCIES = (
    ("stp", "Sở Tư pháp (thử nghiệm)", "STP", "department", "city", "48", "T-STP"),
    ("ubnd-thuan-phuoc", "UBND phường Thuận Phước (thử nghiệm)", "UBND-20230", "ward_committee", "ward", "20230", "T-TP"),
)


class Clock:
    """Freezes the workflow clock and the history's time stamps at a moment."""

    def __init__(self, monkeypatch):
        self.monkeypatch = monkeypatch
        self.moment = None
        outer = self

        class Frozen(datetime):
            @classmethod
            def now(cls, tz=None):
                return outer.moment.astimezone(tz) if tz else outer.moment.replace(tzinfo=None)

        monkeypatch.setattr(clock, "now", lambda: outer.moment)
        monkeypatch.setattr(history, "datetime", Frozen)

    def __call__(self, moment):
        self.moment = moment


def build_services(portal):
    services = build_catalogue(portal)
    with api.env.adopt_roles(["Manager"]):
        for agency_id, title, code, kind, level, area, unit_code in EXTRA_AGENCIES:
            api.content.create(
                container=portal["co-quan"], type="Agency", id=agency_id, title=title, code=code,
                kind=kind, level=level, area_code=area, dossier_unit_code=unit_code,
            )
        services["stp"] = api.content.create(
            container=portal["thu-tuc"], type="Service", id="stp", title="Cấp phiếu lý lịch tư pháp (thử nghiệm)",
            code="1.001400", sector="tu-phap", levels=["city"], agency="STP", online_level=4,
            processing_time=15, processing_unit="working_days",
            components=[{"name": "Tờ khai", "required": True, "originals": 1, "copies": 0}],
        )
        api.user.create(email="citizen@example.org", username="citizen", password="secret-pw-123")
    processQueue()
    return services


class Driver:
    """Creates dossiers and fires transitions as a manager (or rates as the citizen) at given times."""

    def __init__(self, portal, services, freeze):
        self.portal = portal
        self.services = services
        self.freeze = freeze

    def as_manager(self):
        logout()
        setRoles(self.portal, TEST_USER_ID, ["Manager"])
        login(self.portal, TEST_USER_NAME)

    def new(self, service, unit, channel, moment):
        self.freeze(moment)
        self.as_manager()
        return create_dossier(
            self.services[service], {**APPLICANT, "user_id": "citizen"}, {}, [pdf_upload()],
            channel=channel, unit=unit, received=moment,
        )

    def act(self, dossier, transition, moment, **inputs):
        self.freeze(moment)
        self.as_manager()
        if True:
            if transition == "attach_result":
                attach_result(dossier, RESULT)
            elif transition == "attach_supplement":
                attach_supplement(dossier, [SUPPLEMENT])
            else:
                if transition in ("refuse", "withdraw", "stop") and "comment" not in inputs:
                    inputs["comment"] = "Lý do thử nghiệm"
                if transition == "request_supplement" and "missing_items" not in inputs:
                    inputs["missing_items"] = ["Bản vẽ mặt bằng"]
                perform(dossier, transition, **inputs)
        return dossier

    def finish(self, dossier, moment):
        self.act(dossier, "attach_result", moment)
        return self.act(dossier, "finish", moment)

    def rate(self, dossier, level, moment):
        self.freeze(moment)
        logout()
        login(self.portal, "citizen")
        try:
            rate(dossier, self.portal.REQUEST, level)
        finally:
            self.as_manager()


def build_dossiers(driver):
    """The fixture dossiers, by name; the clock ends frozen at 10 April 2025, 10:00."""
    d = {}
    new, act, finish = driver.new, driver.act, driver.finish
    # D1 SXD online, accepted 20/2 (due 13/3): carried into March, finished 5/3 (early), rated.
    d["D1"] = new("city", "SXD", "online", at(2025, 2, 20, 10))
    act(d["D1"], "accept", at(2025, 2, 20, 10))
    act(d["D1"], "start_processing", at(2025, 2, 21, 9))
    finish(d["D1"], at(2025, 3, 5, 10))
    act(d["D1"], "return_result", at(2025, 3, 6, 9))
    driver.rate(d["D1"], "very_satisfied", at(2025, 3, 6, 10))
    # D2 SXD in person, 3/3 (due 24/3), finished 24/3 15:00: on time; rated satisfied.
    d["D2"] = new("city", "SXD", "in_person", at(2025, 3, 3, 9))
    act(d["D2"], "accept", at(2025, 3, 3, 9))
    act(d["D2"], "start_processing", at(2025, 3, 3, 10))
    finish(d["D2"], at(2025, 3, 24, 15))
    act(d["D2"], "return_result", at(2025, 3, 25, 9))
    driver.rate(d["D2"], "satisfied", at(2025, 3, 25, 10))
    # D3 SXD post, 4/3 (due 25/3), still processing: overdue at the end of March.
    d["D3"] = new("city", "SXD", "post", at(2025, 3, 4, 9))
    act(d["D3"], "accept", at(2025, 3, 4, 9))
    act(d["D3"], "start_processing", at(2025, 3, 4, 10))
    # D4 STP online, 25/3 (due mid-April): within at the end of March.
    d["D4"] = new("stp", "STP", "online", at(2025, 3, 25, 9))
    act(d["D4"], "accept", at(2025, 3, 25, 9))
    # D5 Hải Châu online, 3/3 (due 6/3), finished 10/3: late; rated dissatisfied.
    d["D5"] = new("district", "UBND-492", "online", at(2025, 3, 3, 9))
    act(d["D5"], "accept", at(2025, 3, 3, 9))
    act(d["D5"], "start_processing", at(2025, 3, 3, 10))
    finish(d["D5"], at(2025, 3, 10, 10))
    act(d["D5"], "return_result", at(2025, 3, 11, 9))
    driver.rate(d["D5"], "dissatisfied", at(2025, 3, 11, 10))
    # D6 Hải Châu in person, 5/3 (due 10/3), supplement asked 6/3: paused within.
    d["D6"] = new("district", "UBND-492", "in_person", at(2025, 3, 5, 9))
    act(d["D6"], "accept", at(2025, 3, 5, 9))
    act(d["D6"], "start_processing", at(2025, 3, 5, 10))
    act(d["D6"], "request_supplement", at(2025, 3, 6, 9))
    # D7 Thanh Khê post, 24/2 (due 27/2): overdue at 1/3 (carried), supplement asked 3/3 while
    # overdue: paused overdue.
    d["D7"] = new("district", "UBND-491", "post", at(2025, 2, 24, 9))
    act(d["D7"], "accept", at(2025, 2, 24, 9))
    act(d["D7"], "start_processing", at(2025, 2, 24, 10))
    act(d["D7"], "request_supplement", at(2025, 3, 3, 9))
    # D8 Thanh Khê online, 12/3, withdrawn 13/3.
    d["D8"] = new("district", "UBND-491", "online", at(2025, 3, 12, 9))
    act(d["D8"], "accept", at(2025, 3, 12, 9))
    act(d["D8"], "withdraw", at(2025, 3, 13, 9))
    # D9 Thanh Bình online, 17/3, stopped 20/3.
    d["D9"] = new("ward", "UBND-20227", "online", at(2025, 3, 17, 9))
    act(d["D9"], "accept", at(2025, 3, 17, 9))
    act(d["D9"], "stop", at(2025, 3, 20, 9))
    # D10 Thanh Bình in person, 26/2, finished 27/2: closed before March, not carried over.
    d["D10"] = new("ward", "UBND-20227", "in_person", at(2025, 2, 26, 9))
    act(d["D10"], "accept", at(2025, 2, 26, 9))
    act(d["D10"], "start_processing", at(2025, 2, 26, 10))
    finish(d["D10"], at(2025, 2, 27, 9))
    # D11 Thuận Phước online, Fri 28/3 10:00 (8 working hours: due 31/3 10:00): overdue at the
    # end of March, finished 2/4 (late, in April).
    d["D11"] = new("ward", "UBND-20230", "online", at(2025, 3, 28, 10))
    act(d["D11"], "accept", at(2025, 3, 28, 10))
    act(d["D11"], "start_processing", at(2025, 3, 28, 11))
    # D12 Thuận Phước post, 31/3 9:00 (due 1/4 9:00): within at the end of March.
    d["D12"] = new("ward", "UBND-20230", "post", at(2025, 3, 31, 9))
    act(d["D12"], "accept", at(2025, 3, 31, 9))
    # D13 SXD online, 30/3, never accepted; D14 Hải Châu, refused 4/3: neither counts.
    d["D13"] = new("city", "SXD", "online", at(2025, 3, 30, 9))
    d["D14"] = new("district", "UBND-492", "online", at(2025, 3, 4, 9))
    act(d["D14"], "refuse", at(2025, 3, 4, 10))
    # D15 Hải Châu online, 3/3 (due 6/3), paused 4/3 10:00 - 7/3 10:00 (due moves to 11/3),
    # finished 11/3 14:00: on time.
    d["D15"] = new("district", "UBND-492", "online", at(2025, 3, 3, 9))
    act(d["D15"], "accept", at(2025, 3, 3, 9))
    act(d["D15"], "start_processing", at(2025, 3, 3, 9, 30))
    act(d["D15"], "request_supplement", at(2025, 3, 4, 10))
    act(d["D15"], "attach_supplement", at(2025, 3, 7, 9))
    act(d["D15"], "supply", at(2025, 3, 7, 10))
    finish(d["D15"], at(2025, 3, 11, 14))
    # April: D11 finished late.
    finish(d["D11"], at(2025, 4, 2, 9))
    driver.freeze(at(2025, 4, 10, 10))
    return d


# The March 2025 table, by hand (columns of report.COLUMNS that are not 0).
MARCH = {
    "SXD": {"carried": 1, "received_in_person": 1, "received_post": 1, "received_total": 3,
            "early": 1, "on_time": 1, "processed_total": 2, "running_overdue": 1},
    "STP": {"received_online": 1, "received_total": 1, "running_within": 1},
    "UBND-492": {"received_online": 2, "received_in_person": 1, "received_total": 3,
                 "on_time": 1, "late": 1, "processed_total": 2, "paused_within": 1},
    "UBND-491": {"carried": 1, "received_online": 1, "received_total": 2, "withdrawn": 1, "paused_overdue": 1},
    "UBND-20227": {"received_online": 1, "received_total": 1, "stopped": 1},
    "UBND-20230": {"received_online": 1, "received_post": 1, "received_total": 2,
                   "running_overdue": 1, "running_within": 1},
}
