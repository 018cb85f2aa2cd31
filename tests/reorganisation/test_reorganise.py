"""A full reorganisation on a generated site: agencies created and dissolved, services moved, open
dossiers handed over with their deadlines, finished ones untouched, statistics reconciled; a dry
run writes nothing and a re-run changes nothing."""

from danang.portal import units
from danang.portal.content.agency import IDissolvedAgency
from danang.portal.dossier.create import create_dossier
from danang.portal.dossier.errors import ReceivingUnitError
from danang.portal.reorganisation.log import applied
from danang.portal.reorganisation.operation import DONE_STATES
from danang.portal.reorganisation.operation import reorganise
from danang.portal.reorganisation.plan import checked_plan
from danang.portal.statistics.period import parse_period
from danang.portal.statistics.report import table
from danang.portal.statistics.store import collect
from danang.portal.statistics.store import get_store
from danang.portal.workflow import tracking
from danang.portal.workflow.handover import HANDOVER
from datetime import date
from plone import api
from tests.fixtures.dossier_data import APPLICANT
from tests.fixtures.reorganisation import at
from tests.fixtures.reorganisation import generate_dossiers
from tests.fixtures.reorganisation import HAI_CHAU
from tests.fixtures.reorganisation import THANH_KHE

import pytest
import time

DISSOLVED = ("UBND-20227", "UBND-492", "UBND-491")
COUNT = 2000


def _dossiers():
    catalog = api.portal.get_tool("portal_catalog")
    return {brain.dossier_code: brain._unrestrictedGetObject() for brain in catalog.unrestrictedSearchResults(portal_type="Dossier")}


def _snapshot(dossier):
    return {
        "state": api.content.get_state(dossier),
        "receiving_unit": dossier.receiving_unit,
        "current_unit": getattr(dossier, "current_unit", None),
        "due": dossier.due,
        "original_due": dossier.original_due,
        "history": len(dossier.status_history),
        "tracking": len(tracking.rows(dossier)),
    }


def _totals(period):
    result = table(get_store(), period)
    return {key: value for key, value in result["total"].items() if isinstance(value, int)}


def _reorganise(plan, dry_run=False):
    # As the command runs: as the Zope administrator (cli/site.py).
    with api.env.adopt_roles(["Manager"]):
        return reorganise(plan, dry_run=dry_run)


def test_full_reorganisation(portal, services, people, plan_file, frozen):
    started = time.perf_counter()
    made = generate_dossiers(portal, services, COUNT)
    print(f"\n{COUNT} dossiers generated in {time.perf_counter() - started:.1f} s: {made}")
    frozen(at(2025, 7, 1, 7, 30))
    spring = parse_period({"period": "range", "from": "2025-03", "to": "2025-06"}, at(2025, 7, 1, 7, 30))
    before_totals = _totals(spring)
    before_across = _totals(parse_period({"period": "range", "from": "2025-03", "to": "2025-07"}, at(2025, 7, 1, 7, 30)))
    before = {code: _snapshot(dossier) for code, dossier in _dossiers().items()}
    pinned = units.pinned_day()
    plan = checked_plan(plan_file(), date(2025, 7, 1))

    # A dry run says what it would do and writes nothing.
    dry = _reorganise(plan, dry_run=True)
    assert dry.counts()["agencies_created"] == 2 and dry.counts()["dossiers_handed_over"] > 0
    assert len(api.content.find(portal_type="Agency", code=HAI_CHAU)) == 0
    assert {code: _snapshot(dossier) for code, dossier in _dossiers().items()} == before
    assert applied() == []
    assert units.pinned_day() == pinned

    started = time.perf_counter()
    report = _reorganise(plan)
    print(f"reorganised in {time.perf_counter() - started:.1f} s: {report.counts()}")
    assert report.counts() == dry.counts()
    counts = report.counts()
    # The site's units follow the day now: the new units' vocabularies (docs/units.md).
    assert units.pinned_day() is None and units.as_of() == date(2025, 7, 1)
    assert counts["agencies_created"] == 2 and counts["agencies_dissolved"] == 3
    assert counts["services_moved"] == 1
    assert counts["memberships_moved"] == 3  # hc-desk, hc-specialist, hc-leader

    # Services: the district procedure is now the wards', with a version saying why.
    district = services["district"]
    assert district.levels == ["ward"] and not district.agency
    history = api.portal.get_tool("portal_repository").getHistoryMetadata(district)
    comment = history.retrieve(history.getLength(countPurged=False) - 1)["metadata"]["sys_metadata"]["comment"]
    assert "thủ tục cấp huyện chuyển về cấp xã" in comment
    # Ward procedures are performed by the standing ward committees only (the new ones).
    for code in ("2.000575", "2.000815"):
        assert sorted(api.content.find(portal_type="Service", code=code)[0].agency) == sorted([HAI_CHAU, THANH_KHE])
    assert api.content.find(portal_type="Service", code="1.009130")[0].agency == ["SXD"]

    # Agencies: the new ones standing with their groups, the old ones dissolved, kept, read-only.
    for code in (HAI_CHAU, THANH_KHE):
        assert api.group.get(groupname=f"{code}-desk") is not None
    for code in DISSOLVED:
        agency = api.content.find(portal_type="Agency", code=code)[0].getObject()
        assert IDissolvedAgency.providedBy(agency) and agency.dissolved_on == date(2025, 7, 1)
        assert "Editor" not in [r["name"] for r in agency.rolesOfPermission("Modify portal content") if r["selected"]]
    assert api.group.get_groups(username="hc-desk")[0].getId() in {f"{HAI_CHAU}-desk", "AuthenticatedUsers"}
    assert "hc-desk" in api.group.get(groupname=f"{HAI_CHAU}-desk").getGroupMemberIds()

    # Dossiers: open ones of dissolved units handed over with their due dates (a result ready and
    # not yet returned too: the successor's desk returns it); those done with untouched.
    handed = left = ready = 0
    for code, dossier in _dossiers().items():
        old = before[code]
        now = _snapshot(dossier)
        assert (now["state"], now["due"], now["original_due"]) == (old["state"], old["due"], old["original_due"])
        if old["receiving_unit"] not in DISSOLVED:
            assert now == old
            continue
        if old["state"] in DONE_STATES:
            assert now == old
            left += 1
            continue
        handed += 1
        ready += old["state"] == "finished"
        assert now["receiving_unit"] in (HAI_CHAU, THANH_KHE)
        assert dossier.unit_at_reception == old["receiving_unit"]
        entry = dossier.status_history[-1]
        assert entry["transition"] == HANDOVER and entry["state"] == old["state"]
        assert "chuyển giao do sắp xếp đơn vị hành chính" in entry["comment"]
        if old["tracking"]:
            row = tracking.current_row(dossier)
            assert (row["unit"], row["from_unit"], row["due"]) == (now["receiving_unit"], old["receiving_unit"], old["due"])
        if old["receiving_unit"] == "UBND-20227" or dossier.applicant_ward == "20227":
            assert now["receiving_unit"] == HAI_CHAU
        local = dossier.__ac_local_roles__
        assert f"{now['receiving_unit']}-specialist" in local and f"{old['receiving_unit']}-desk" not in local
    assert handed == counts["dossiers_handed_over"] and left == counts["finished_dossiers_left"]
    assert ready > 0
    catalog = api.portal.get_tool("portal_catalog")
    open_states = ["new", "received", "processing", "supplement", "payment"]
    assert len(catalog.unrestrictedSearchResults(portal_type="Dossier", handling_units=list(DISSOLVED), review_state=open_states)) == 0

    # Statistics: nothing counted twice or lost; the counters equal a rebuild from the dossiers.
    assert _totals(spring) == before_totals
    # A period across 1 July: by the units standing at its end (the dissolved ones added to their
    # successors), or, with the toggle, by the old units; the same totals either way.
    across = parse_period({"period": "range", "from": "2025-03", "to": "2025-07"}, at(2025, 7, 1, 7, 30))
    by_end = table(get_store(), across)
    by_old = table(get_store(), across, "old")
    end_rows = {row["code"]: row for group in by_end["groups"] for row in group["rows"]}
    old_rows = {row["code"]: row for group in by_old["groups"] for row in group["rows"]}
    assert not set(DISSOLVED) & set(end_rows) and set(DISSOLVED) <= set(old_rows)
    assert end_rows[HAI_CHAU]["former"] == ["UBND-20227", "UBND-492"]
    assert end_rows[HAI_CHAU]["received_total"] == old_rows["UBND-20227"]["received_total"] + old_rows["UBND-492"]["received_total"]
    assert by_end["total"] == {**by_old["total"]} and _totals(across) == before_across
    # Before 1 July the units were the old ones, and the new ones did not exist yet.
    spring_rows = {row["code"] for group in table(get_store(), spring)["groups"] for row in group["rows"]}
    assert set(DISSOLVED) <= spring_rows and HAI_CHAU not in spring_rows
    rebuilt = collect(portal)
    assert dict(rebuilt.ledger) == dict(get_store().ledger)

    # An applicant still giving the old ward (an old ID card) reaches its successor's desk; the
    # dissolved committee takes no new dossier.
    applicant = {**APPLICANT, "ward": "20227", "district": "492"}
    fresh = create_dossier(services["ward"], applicant, {}, [], received=at(2025, 7, 1, 8))
    assert fresh.receiving_unit == HAI_CHAU
    with pytest.raises(ReceivingUnitError):
        create_dossier(services["ward"], applicant, {}, [], unit="UBND-20227", received=at(2025, 7, 1, 8))

    # A re-run changes nothing.
    again = _reorganise(checked_plan(plan_file(), date(2025, 7, 1)))
    assert set(again.counts().values()) == {0} or (again.counts()["finished_dossiers_left"] == left
                                                    and sum(again.counts().values()) == left)
    assert len(applied()) == 1 and len(applied()[0][2]["runs"]) == 2
