"""create_dossier: fields, code, storage, due date, status, files, receiving unit, indexes."""

from danang.portal.deadlines.api import due_date
from danang.portal.deadlines.working_calendar import TIMEZONE
from danang.portal.dossier.create import create_dossier
from danang.portal.dossier.errors import ApplicantError
from danang.portal.dossier.errors import ReceivingUnitError
from danang.portal.dossier.lookup_keys import applicant_query
from danang.portal.dossier.lookup_keys import phone_key
from danang.portal.dossier.numbering import parse_dossier_code
from datetime import date
from datetime import datetime
from plone import api
from plone.app.testing import login
from plone.app.testing import logout
from plone.app.testing import TEST_USER_ID
from plone.app.testing import TEST_USER_NAME
from tests.fixtures.dossier_data import APPLICANT
from tests.fixtures.dossier_data import PDF
from tests.fixtures.dossier_data import pdf_upload
from ZODB.blob import Blob

import pytest

RECEIVED = datetime(2025, 1, 24, 9, 30, tzinfo=TIMEZONE)  # Friday before Tết Ất Tỵ


def test_create_city_dossier(portal, services):
    logout()
    dossier = create_dossier(
        services["city"],
        APPLICANT,
        {"purpose": {"label": "Mục đích", "value": "Xây nhà ở"}},
        [pdf_upload(), pdf_upload("Bản vẽ", "ban-ve.pdf")],
        received=RECEIVED,
    )
    assert dossier.dossier_code == "T-SXD-250124-0001"
    assert dossier.getId() == dossier.dossier_code
    assert dossier.absolute_url_path().endswith("/ho-so/2025/01/T-SXD-250124-0001")
    assert dossier.portal_type == "Dossier"
    assert dossier.channel == "online"
    assert dossier.receiving_unit == "SXD"
    assert dossier.receiving_area == "48"
    assert dossier.received == RECEIVED
    # 15 working days from Friday 24/01/2025 over Tết (27-31/01 off): Friday 21/02 at the close.
    assert dossier.due == datetime(2025, 2, 21, 17, 0, tzinfo=TIMEZONE)
    assert dossier.original_due == dossier.due
    # The service as it was at submission.
    assert dossier.service_uid == api.content.get_uuid(services["city"])
    assert dossier.service_code == "1.009130"
    assert dossier.service_title == "Cấp giấy phép xây dựng (thử nghiệm)"
    assert dossier.sector == "xay-dung"
    assert dossier.processing_time == 15.0 and dossier.processing_unit == "working_days"
    assert dossier.service_modified is not None
    # The applicant.
    assert dossier.applicant_name == "Nguyễn Văn Thử"
    assert dossier.applicant_birth_date == date(1990, 5, 17)
    assert dossier.applicant_ward == "20227"
    assert dossier.applicant_user is None
    assert dossier.answers == {"purpose": {"label": "Mục đích", "value": "Xây nhà ở"}}
    # Status 1 in the workflow and in the history.
    assert api.content.get_state(dossier) == "new"
    assert len(dossier.status_history) == 1
    entry = dossier.status_history[0]
    assert entry["status"] == 1 and entry["state"] == "new"
    assert entry["time"] == RECEIVED
    assert entry["unit"] == "SXD"
    assert entry["actor"] == ""


def test_files_are_blobs(portal, services):
    dossier = create_dossier(
        services["city"], APPLICANT, {}, [pdf_upload(), pdf_upload("Bản vẽ", "C:\\tmp\\ban-ve.pdf")]
    )
    files = dossier.files()
    assert [item.getId() for item in files] == ["file-1", "file-2"]
    first, second = files
    assert first.component == "Đơn đề nghị" and first.kind == "submission"
    assert first.file.data == PDF
    assert first.file.contentType == "application/pdf"
    assert first.file.filename == "don-de-nghi.pdf"
    assert isinstance(first.file._blob, Blob)
    assert second.file.filename == "ban-ve.pdf"  # no client path survives
    assert second.Title() == "Bản vẽ"
    # Files are reached through their dossier, never through the catalog.
    catalog = api.portal.get_tool("portal_catalog")
    assert not catalog.unrestrictedSearchResults(portal_type="DossierFile")
    assert not catalog.unrestrictedSearchResults(path="/".join(first.getPhysicalPath()))


def test_catalog_indexes(portal, services):
    dossier = create_dossier(services["city"], APPLICANT, {}, [], received=RECEIVED)
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(dossier_code=dossier.dossier_code)
    assert len(brains) == 1
    brain = brains[0]
    assert brain.getObject() == dossier
    assert brain.dossier_status == 1
    assert brain.receiving_unit == "SXD"
    assert brain.service_code == "1.009130"
    assert brain.channel == "online"
    assert brain.received == RECEIVED and brain.due == dossier.due
    assert brain.review_state == "new"
    for query in (
        {"dossier_status": 1},
        {"receiving_unit": "SXD"},
        {"service_code": "1.009130"},
        {"sector": "xay-dung"},
        {"channel": "online"},
        {"received": {"query": datetime(2025, 1, 24, tzinfo=TIMEZONE), "range": "min"}},
        {"due": {"query": datetime(2025, 2, 22, tzinfo=TIMEZONE), "range": "max"}},
        applicant_query(phone="+84 905 123 456"),
        applicant_query(id_number="0480 9000 1234"),
    ):
        assert [b.dossier_code for b in catalog.unrestrictedSearchResults(portal_type="Dossier", **query)] == [
            dossier.dossier_code
        ], query
    assert not catalog.unrestrictedSearchResults(**applicant_query(phone="0905 000 000"))


def test_no_personal_data_in_the_catalog(portal, services):
    dossier = create_dossier(services["city"], APPLICANT, {}, [])
    catalog = api.portal.get_tool("portal_catalog")
    rid = catalog.unrestrictedSearchResults(dossier_code=dossier.dossier_code)[0].getRID()
    metadata = catalog.getMetadataForRID(rid)
    indexed = catalog.getIndexDataForRID(rid)
    everything = repr(metadata) + repr(indexed)
    for secret in ("Nguyễn", "Thử", "0905123456", "905 123 456", "048090001234", "Lê Lợi", "thu@example.org", "1990"):
        assert secret not in everything, secret
    # The phone is indexed as a keyed hash only.
    assert indexed["applicant_phone"] == phone_key("0905123456")
    assert "applicant_phone" not in metadata and "applicant_id_number" not in metadata


def test_logged_in_citizen_owns_the_dossier(portal, services):
    login(portal, TEST_USER_NAME)
    dossier = create_dossier(services["city"], APPLICANT, {}, [])
    assert dossier.applicant_user == TEST_USER_ID
    assert dossier.get_local_roles_for_userid(TEST_USER_ID) == ("Owner",)
    assert dossier.getOwner().getId() == TEST_USER_ID
    assert dossier.Creator() == TEST_USER_ID
    # "Hồ sơ của tôi": the citizen's dossiers by Creator.
    found = api.content.find(portal_type="Dossier", Creator=TEST_USER_ID)
    assert [brain.getId for brain in found] == [dossier.getId()]


def test_official_entering_a_paper_dossier_does_not_own_it(portal, services):
    login(portal, TEST_USER_NAME)
    dossier = create_dossier(services["city"], APPLICANT, {}, [], channel="in_person")
    assert dossier.channel == "in_person"
    assert dossier.applicant_user is None
    # Only the receiving unit's groups hold roles (workflow/groups.py); no user is Owner.
    assert dict(dossier.get_local_roles()) == {
        "SXD-desk": ("DeskOfficer",),
        "SXD-specialist": ("Specialist",),
        "SXD-leader": ("Leader",),
    }
    assert dossier.Creator() == ""


def test_agent_gets_the_agent_role(portal, services):
    login(portal, TEST_USER_NAME)
    dossier = create_dossier(services["city"], APPLICANT, {}, [], agent=TEST_USER_ID)
    assert dossier.agent == TEST_USER_ID
    assert dossier.applicant_user is None
    assert dossier.get_local_roles_for_userid(TEST_USER_ID) == ("DossierAgent",)


def test_service_by_uid(portal, services):
    dossier = create_dossier(api.content.get_uuid(services["city"]), APPLICANT, {}, [])
    assert dossier.service_code == "1.009130"


@pytest.mark.parametrize(
    "service_id, unit, applicant, expected",
    [
        ("city", None, {}, "SXD"),
        ("city", "SXD", {}, "SXD"),
        ("city", "48", {}, "SXD"),  # "the city" means the city service's agency
        # District procedure: the district chosen (statistics code) or its committee's code.
        ("district", "492", {}, "UBND-492"),
        ("district", "UBND-492", {}, "UBND-492"),
        # Or implied by the address: the ward's district.
        ("district", None, {"ward": "20227"}, "UBND-492"),
        ("district", None, {"district": "492"}, "UBND-492"),
        ("district", None, {"district": "491", "ward": "20203"}, "UBND-491"),
        # Ward procedure: the ward's committee.
        ("ward", None, {"ward": "20227", "district": "492"}, "UBND-20227"),
        ("ward", "20227", {}, "UBND-20227"),
    ],
)
def test_receiving_unit(portal, services, service_id, unit, applicant, expected):
    dossier = create_dossier(services[service_id], dict(APPLICANT, **applicant) if applicant else {"name": "A"}, {}, [], unit=unit)
    assert dossier.receiving_unit == expected
    agency_unit_code = {"SXD": "T-SXD", "UBND-492": "T-HC", "UBND-491": "T-TK", "UBND-20227": "T-TB"}[expected]
    assert parse_dossier_code(dossier.dossier_code)[0] == agency_unit_code


def test_single_performer_receives_without_address(portal, services):
    # A district procedure that only Hải Châu performs goes there, wherever the applicant lives.
    services["district"].units = ["492"]
    services["district"].reindexObject()
    dossier = create_dossier(services["district"], {"name": "A", "district": "491"}, {}, [])
    assert dossier.receiving_unit == "UBND-492"


@pytest.mark.parametrize(
    "service_id, unit, applicant",
    [
        ("city", "UBND-492", {}),  # not the city service's agency
        ("district", "490", {}),  # Liên Chiểu: no committee in the test catalogue
        ("district", None, {"district": "490"}),
        ("district", None, {}),  # two districts perform it: the applicant must choose
        ("ward", "nowhere", {}),
    ],
)
def test_receiving_unit_errors(portal, services, service_id, unit, applicant):
    with pytest.raises(ReceivingUnitError) as error:
        create_dossier(services[service_id], dict(applicant, name="A"), {}, [], unit=unit)
    assert error.value.message.default  # a Vietnamese message for the form
    assert not api.content.find(portal_type="Dossier")


def test_hours_limit(portal, services):
    received = datetime(2025, 4, 29, 15, 0, tzinfo=TIMEZONE)  # Tuesday before 30/4-1/5 and 2/5 off
    dossier = create_dossier(services["ward"], APPLICANT, {}, [], received=received)
    # 8 working hours: 2 on Tuesday, 6 on Monday 05/05.
    assert dossier.due == datetime(2025, 5, 5, 15, 0, tzinfo=TIMEZONE)
    assert dossier.due == due_date(received, 8, "hours")


def test_refused_input_takes_no_code(portal, services):
    with pytest.raises(TypeError):
        create_dossier(services["city"], APPLICANT, {}, [{"filename": "a.pdf", "data": "not bytes"}], received=RECEIVED)
    with pytest.raises(ReceivingUnitError):
        create_dossier(services["district"], {"name": "A"}, {}, [], received=RECEIVED)
    dossier = create_dossier(services["city"], APPLICANT, {}, [], received=RECEIVED)
    assert dossier.dossier_code == "T-SXD-250124-0001"


def test_applicant_checks(portal, services):
    with pytest.raises(ApplicantError):
        create_dossier(services["city"], {"name": "  "}, {}, [])
    with pytest.raises(TypeError):
        create_dossier(services["city"], {"name": "A", "fullname": "A"}, {}, [])
    with pytest.raises(ValueError):
        create_dossier(services["city"], {"name": "A"}, {}, [], channel="fax")


def test_shards_by_received_month(portal, services):
    january = create_dossier(services["city"], APPLICANT, {}, [], received=RECEIVED)
    march = create_dossier(services["city"], APPLICANT, {}, [], received=datetime(2025, 3, 3, 9, tzinfo=TIMEZONE))
    root = portal["ho-so"]
    assert sorted(root.objectIds()) == ["2025"]
    assert sorted(root["2025"].objectIds()) == ["01", "03"]
    assert january.aq_parent.portal_type == "DossierFolder"
    assert march.getId() in root["2025"]["03"]
    assert root["2025"]["03"].getOrdering().__class__.__name__ == "UnorderedOrdering"
    # Shards are neither in the navigation nor owned by whoever submitted first.
    assert root["2025"].exclude_from_nav and root.exclude_from_nav
    assert root["2025"].Creator() == ""
