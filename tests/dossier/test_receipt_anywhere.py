"""Receipt regardless of the administrative boundary (Decree 118/2025, from 1 July 2025): any
one-stop desk receives a dossier for any procedure and routes it to the competent unit; both are
recorded and both see it. Before that day a desk receives only what its unit performs."""

from danang.portal.desk.query import Filters
from danang.portal.desk.query import worklist
from danang.portal.dossier.create import create_dossier
from danang.portal.dossier.errors import ReceivingUnitError
from danang.portal.workflow.actions import allowed_transitions
from danang.portal.workflow.actions import perform
from plone import api
from plone.app.testing import logout
from tests.fixtures.dossier_data import APPLICANT
from tests.fixtures.dossier_data import pdf_upload
from tests.fixtures.reorganisation import at
from tests.fixtures.workflow_people import as_user
from zope.i18n import translate

import pytest


def _submit(services, service, received, **kwargs):
    applicant = {**APPLICANT, "user_id": "citizen"}
    return create_dossier(services[service], applicant, {}, [pdf_upload()], received=received, **kwargs)


def test_before_july_2025_a_desk_receives_only_its_own(portal, services, people, frozen):
    frozen(at(2025, 6, 30, 9))
    with pytest.raises(ReceivingUnitError) as refused:
        _submit(services, "ward", at(2025, 6, 30, 9), desk="UBND-492")
    assert "không thực hiện tại" in translate(refused.value.message, target_language="vi")
    # Its own procedures it receives as ever.
    dossier = _submit(services, "district", at(2025, 6, 30, 9), desk="UBND-492")
    assert (dossier.receiving_unit, dossier.received_at_unit) == ("UBND-492", "UBND-492")


def test_any_desk_receives_and_routes_from_july_2025(portal, services, people, frozen):
    frozen(at(2025, 7, 2, 9))
    # The ward procedure of an applicant of Thanh Bình, received at the Hải Châu district desk.
    dossier = _submit(services, "ward", at(2025, 7, 2, 9), desk="UBND-492")
    assert dossier.receiving_unit == "UBND-20227" and dossier.received_at_unit == "UBND-492"
    assert dossier.dossier_code.startswith("T-TB-")
    catalog = api.portal.get_tool("portal_catalog")
    assert len(catalog.unrestrictedSearchResults(dossier_code=dossier.dossier_code, handling_units="UBND-492")) == 1
    assert len(catalog.unrestrictedSearchResults(dossier_code=dossier.dossier_code, handling_units="UBND-20227")) == 1
    # Both see it in their worklists: the receiving desk and the competent unit.
    with api.env.adopt_roles(["Manager"]):
        api.user.create(email="tb-desk@example.org", username="tb-desk", password="secret-pw-123")
        api.group.add_user(groupname="UBND-20227-desk", username="tb-desk")
    as_user(portal, "tb-desk")
    assert dossier.dossier_code in [row.brain.dossier_code for row in worklist(Filters(units=("UBND-20227",))).rows]
    as_user(portal, "hc-desk")
    assert api.user.has_permission("View", obj=dossier)
    assert dossier.dossier_code in [row.brain.dossier_code for row in worklist(Filters(units=("UBND-492",))).rows]
    # The receiving desk accepts it and hands it on ("Chuyển xử lý"); the competent unit's
    # specialists process it, not the receiving desk's.
    perform(dossier, "accept")
    perform(dossier, "start_processing")
    assert api.content.get_state(dossier) == "processing"
    assert "request_supplement" not in allowed_transitions(dossier)
    logout()
    local = dossier.__ac_local_roles__
    assert local["UBND-20227-specialist"] == ["Specialist"] and local["UBND-492-desk"] == ["DeskOfficer"]
    assert "UBND-492-specialist" not in local
    # The city's procedure goes to its agency, whichever desk receives it, when chosen so.
    city = _submit(services, "city", at(2025, 7, 2, 10), desk="UBND-20227", unit="SXD")
    assert (city.receiving_unit, city.received_at_unit) == ("SXD", "UBND-20227")


def test_an_unknown_desk_is_refused(portal, services, people, frozen):
    frozen(at(2025, 7, 2, 9))
    with pytest.raises(ReceivingUnitError):
        _submit(services, "ward", at(2025, 7, 2, 9), desk="UBND-NOWHERE")
