"""Where the applicant collects the result (Decree 118/2025, from 1 July 2025): any standing
one-stop desk, chosen apart from the desk that receives; kept as ``collect_at_unit``, shown on the
dossier page and the receipt slip, and that desk sees the dossier too. Before that day the
result is handed over where the dossier was received."""

from danang.portal.acknowledgement.slip import slip_for
from danang.portal.content.agency import IDissolvedAgency
from danang.portal.dossier.create import create_dossier
from danang.portal.dossier.errors import CollectionPlaceError
from danang.portal.dossier.errors import DeskError
from plone import api
from tests.fixtures.dossier_data import APPLICANT
from tests.fixtures.dossier_data import pdf_upload
from tests.fixtures.reorganisation import at
from zope.component import getUtility
from zope.i18n import translate
from zope.interface import alsoProvides
from zope.schema.interfaces import IVocabularyFactory

import pytest

IN_PERSON = {"result_delivery": {"label": "Hình thức nhận kết quả", "value": "in_person", "display": "Nhận trực tiếp"}}
BY_POST = {"result_delivery": {"label": "Hình thức nhận kết quả", "value": "post", "display": "Qua dịch vụ bưu chính công ích"}}


def _submit(services, received, answers=IN_PERSON, **kwargs):
    applicant = {**APPLICANT, "user_id": "citizen"}
    return create_dossier(services["ward"], applicant, answers, [pdf_upload()], received=received, **kwargs)


def test_the_result_is_collected_at_the_desk_chosen(portal, services, people, frozen):
    frozen(at(2025, 7, 2, 9))
    dossier = _submit(services, at(2025, 7, 2, 9), desk="UBND-492", collect_at="UBND-491")
    assert (dossier.receiving_unit, dossier.received_at_unit, dossier.collect_at_unit) == (
        "UBND-20227", "UBND-492", "UBND-491")
    catalog = api.portal.get_tool("portal_catalog")
    assert len(catalog.unrestrictedSearchResults(dossier_code=dossier.dossier_code, handling_units="UBND-491")) == 1
    assert dossier.__ac_local_roles__["UBND-491-desk"] == ["DeskOfficer"]
    shown = "Nhận trực tiếp tại UBND quận Thanh Khê (thử nghiệm)"
    assert slip_for(dossier).delivery == shown
    view = api.content.get_view("view", dossier, portal.REQUEST)
    assert view.collection_place() == shown
    # Not chosen: where it was received; by post, the post whatever desk was named.
    assert _submit(services, at(2025, 7, 2, 10), desk="UBND-492").collect_at_unit == "UBND-492"
    by_post = _submit(services, at(2025, 7, 2, 11), answers=BY_POST)
    assert slip_for(by_post).delivery == "Qua dịch vụ bưu chính công ích"


def test_before_july_2025_no_other_collection_desk(portal, services, people, frozen):
    frozen(at(2025, 6, 30, 9))
    with pytest.raises(CollectionPlaceError) as refused:
        _submit(services, at(2025, 6, 30, 9), collect_at="UBND-491")
    assert "Trước ngày 01/07/2025" in translate(refused.value.message, target_language="vi")
    assert _submit(services, at(2025, 6, 30, 9)).collect_at_unit == "UBND-20227"


def test_unknown_desks_are_refused_beside_their_field(portal, services, people, frozen):
    frozen(at(2025, 7, 2, 9))
    with pytest.raises(CollectionPlaceError) as refused:
        _submit(services, at(2025, 7, 2, 9), collect_at="UBND-NOWHERE")
    assert refused.value.field == "collect_at"
    with pytest.raises(DeskError) as refused:
        _submit(services, at(2025, 7, 2, 9), desk="UBND-NOWHERE")
    assert refused.value.field == "desk"


def test_the_desks_vocabulary_leaves_dissolved_agencies_out(portal, services):
    desks = getUtility(IVocabularyFactory, "danang.portal.Desks")(portal)
    assert "UBND-492" in desks
    agency = api.content.find(portal_type="Agency", code="UBND-491", unrestricted=True)[0]._unrestrictedGetObject()
    alsoProvides(agency, IDissolvedAgency)
    agency.reindexObject(idxs=["object_provides"])
    assert "UBND-491" not in getUtility(IVocabularyFactory, "danang.portal.Desks")(portal)
