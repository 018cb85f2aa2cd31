"""Test data of the desk tests: two units (test codes), their services, and dossiers in every
state, channel, sector and date, created through create_dossier."""

from danang.portal.deadlines.working_calendar import TIMEZONE
from danang.portal.dossier.create import create_dossier
from datetime import datetime
from datetime import timedelta
from DateTime import DateTime
from plone import api
from plone.app.testing import login
from plone.app.testing import logout
from plone.app.testing import TEST_USER_NAME
from Products.CMFCore.indexing import processQueue

import random

UNITS = ("T-DESK-A", "T-DESK-B")
SECTORS = ("xay-dung", "ho-tich")
STATES = ("new", "received", "refused", "processing", "supplement", "payment", "withdrawn", "stopped", "finished", "returned")
CHANNELS = ("online", "in_person", "post")
ID_NUMBERS = ("048090001234", "048090005678", None)
NOW = datetime(2025, 3, 14, 10, 0, tzinfo=TIMEZONE)


def build_units(portal):
    """Two agencies and two services each (one per sector); return {unit: [services]}."""
    services = {}
    with api.env.adopt_roles(["Manager"]):
        for number, code in enumerate(UNITS):
            api.content.create(
                container=portal["co-quan"], type="Agency", id=f"desk-unit-{number}",
                title=f"Đơn vị thử nghiệm {number}", code=code, kind="department", level="city",
                area_code="48", dossier_unit_code=code,
            )
            for sector_number, sector in enumerate(SECTORS):
                services.setdefault(code, []).append(
                    api.content.create(
                        container=portal["thu-tuc"], type="Service", id=f"desk-{number}-{sector_number}",
                        title=f"Thủ tục thử nghiệm {number}.{sector_number}", code=f"9.99{number}{sector_number}00",
                        sector=sector, levels=["city"], agency=code, online_level=3,
                        processing_time=5, processing_unit="working_days",
                    )
                )
    processQueue()
    return services


def set_state(dossier, state):
    """Put a dossier in a state as the workflow would leave it (roles and permissions)."""
    workflow_tool = api.portal.get_tool("portal_workflow")
    workflow = workflow_tool.getWorkflowById("dossier_workflow")
    workflow_tool.setStatusOf(
        "dossier_workflow", dossier,
        {"review_state": state, "action": None, "actor": "test", "time": DateTime(), "comments": ""},
    )
    if state in workflow.states:
        workflow.updateRoleMappingsFor(dossier)


def grant_unit_groups(dossier):
    """The local roles the workflow gives the receiving unit's groups (idempotent)."""
    code = dossier.receiving_unit
    for suffix, role in (("desk", "DeskOfficer"), ("specialist", "Specialist"), ("leader", "Leader")):
        dossier.manage_setLocalRoles(f"{code}-{suffix}", [role])


def ensure_groups():
    for code in UNITS:
        for suffix in ("desk", "specialist", "leader"):
            if api.group.get(groupname=f"{code}-{suffix}") is None:
                api.group.create(groupname=f"{code}-{suffix}")


def build_dossiers(portal, count=60, seed=5):
    """``count`` dossiers across the units, states, channels, dates; due dates set around NOW."""
    services = build_units(portal)
    rng = random.Random(seed)
    dossiers = []
    with api.env.adopt_roles(["Manager"]):
        ensure_groups()
    # Submitted anonymously: no dossier belongs to the test user (who is the official).
    logout()
    with api.env.adopt_roles(["Manager"]):
        for number in range(count):
            unit = UNITS[number % 2]
            service = rng.choice(services[unit])
            received = NOW - timedelta(days=rng.randint(1, 60), hours=rng.randint(0, 5))
            applicant = {"name": f"Người nộp thử {number:03d}", "id_number": rng.choice(ID_NUMBERS)}
            dossier = create_dossier(service, applicant, {}, [], channel=rng.choice(CHANNELS), received=received)
            # Due dates on both sides of NOW, some equal (ties are sorted by due only).
            dossier.due = NOW + timedelta(days=rng.randint(-20, 20), hours=rng.choice([0, 7]))
            grant_unit_groups(dossier)
            set_state(dossier, STATES[(number // 2 * 3) % len(STATES)])
            dossier.reindexObject()
            dossiers.append(dossier)
    processQueue()
    login(portal, TEST_USER_NAME)
    return dossiers


def make_official(portal, units, user=TEST_USER_NAME):
    """Put the user in the desk groups of these units and log in again (groups are read then)."""
    for code in units:
        api.group.add_user(groupname=f"{code}-desk", username=user)
    login(portal, user)


CITIZEN = ("citizen", "citizen-secret-123")


def build_served_site(functional, count=24):
    """The functional site with ``count`` test dossiers, the test user an official of the first
    unit and a citizen account (``CITIZEN``), committed for the real server."""
    import transaction

    portal = functional["portal"]
    dossiers = build_dossiers(portal, count=count)
    make_official(portal, UNITS[:1])
    with api.env.adopt_roles(["Manager"]):
        api.user.create(email="citizen@example.org", username=CITIZEN[0], password=CITIZEN[1])
    transaction.commit()
    return {"portal": portal, "dossiers": dossiers, "base": f"http://{functional['host']}:{functional['port']}/plone"}
