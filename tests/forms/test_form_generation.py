"""Generation of the "nop-ho-so" e-form of level 3-4 services from their dossier components."""

from collective.easyform.api import get_actions
from collective.easyform.api import get_schema
from collective.easyform.api import set_fields
from danang.portal.forms import generation
from danang.portal.forms.model import UPLOAD_WIDGET
from plone import api
from plone.autoform.interfaces import WIDGETS_KEY
from plone.namedfile.interfaces import INamedBlobFileField
from tests.fixtures.forms import CASE_COMPONENTS
from zope.lifecycleevent import modified
from zope.schema import getFieldsInOrder

import zope.schema

APPLICANT = ["name", "id_number", "birth_date", "address", "district", "ward", "phone", "email"]


def validators(schema, name):
    return schema.queryTaggedValue("validators", {}).get(name, [])


def test_level_3_service_gets_a_form_with_applicant_request_and_upload_fieldsets(manager, make):
    service = make()
    form = service[generation.FORM_ID]
    assert form.portal_type == "EasyForm"
    assert generation.is_generated(form) and not generation.is_customised(form)
    schema = get_schema(form)
    names = [name for name, _field in getFieldsInOrder(schema)]
    assert names[:8] == APPLICANT
    assert {"receiving_unit", "result_delivery", "request_note", "commitment"} <= set(names)
    fieldsets = {fs.__name__: fs.fields for fs in schema.queryTaggedValue("plone.supermodel.fieldsets")}
    assert fieldsets["applicant"] == APPLICANT
    assert fieldsets["dossier"] == ["file_1", "file_2", "file_3", "commitment"]
    # District and ward come from the city's units vocabularies, checked server-side.
    assert schema["district"].vocabularyName == "danang.portal.Districts"
    assert schema["ward"].vocabularyName == "danang.portal.Wards"
    assert validators(schema, "ward") == ["danang.portal.ward_in_district"]
    assert validators(schema, "id_number") == ["danang.portal.id_number"]
    assert validators(schema, "phone") == ["danang.portal.phone"]
    assert validators(schema, "email") == ["danang.portal.email"]
    assert isinstance(schema["birth_date"], zope.schema.Date)


def test_one_upload_per_component_required_as_the_component_says(manager, make):
    service = make()
    schema = get_schema(service[generation.FORM_ID])
    uploads = [(name, field) for name, field in getFieldsInOrder(schema) if INamedBlobFileField.providedBy(field)]
    assert [(field.title, field.required) for _name, field in uploads] == [
        ("Đơn đề nghị cấp giấy phép xây dựng", True),
        ("Bản vẽ thiết kế xây dựng", True),
        ("Giấy ủy quyền (nếu có)", False),
    ]
    assert "Bản chính: 2, bản sao: 0." in schema["file_2"].description
    widgets = schema.queryTaggedValue(WIDGETS_KEY, {})
    assert all(widgets[name].widget_factory.__name__ == UPLOAD_WIDGET.rsplit(".", 1)[1] for name, _f in uploads)


def test_the_create_dossier_action_is_the_form_action(manager, make):
    service = make()
    actions = getFieldsInOrder(get_actions(service[generation.FORM_ID]))
    assert [(name, type(action).__name__) for name, action in actions] == [("create_dossier", "CreateDossier")]


def test_cases_become_a_choice_and_their_papers_show_only_for_their_case(manager, make):
    components = CASE_COMPONENTS
    service = make(components=components)
    schema = get_schema(service[generation.FORM_ID])
    assert [term.title for term in schema["case"].vocabulary] == [
        "Nhà ở riêng lẻ", "Công trình", "Không thuộc trường hợp nào nêu trên"]
    assert schema["file_1"].required
    # Required for one case only: the action checks it once the case is known.
    assert not schema["file_2"].required and not schema["file_3"].required
    depends = schema.queryTaggedValue("depends_on", {})
    assert depends["file_2"] == "condition: form.widgets.case = c1; action: show"
    assert "file_1" not in depends


def test_city_service_has_no_receiving_unit_choice(manager, make):
    service = make(code="2.000001", levels=["city"], agency="SXD", sector="ho-tich")
    assert "receiving_unit" not in get_schema(service[generation.FORM_ID]).names()


def test_level_2_service_gets_no_form(manager, make):
    service = make(online_level=2)
    assert generation.FORM_ID not in service
    assert generation.ensure_form(service) == (None, generation.NOT_ONLINE)


def ensure_forms(site):
    """ensure_form on every service of the site: a count per outcome."""
    counts = {}
    for brain in api.portal.get_tool("portal_catalog").unrestrictedSearchResults(portal_type="Service"):
        _form, outcome = generation.ensure_form(brain._unrestrictedGetObject())
        counts[outcome] = counts.get(outcome, 0) + 1
    return counts


def test_ensure_forms_creates_missing_forms_and_is_idempotent(manager, make):
    first = make()
    second = make(code="1.001193", levels=["ward"], online_level=4)
    make(code="2.000806", online_level=2)
    api.content.delete(first[generation.FORM_ID])
    counts = ensure_forms(manager)
    assert counts == {"created": 1, "unchanged": 1, "not-online": 1}
    assert generation.FORM_ID in first and generation.FORM_ID in second
    assert ensure_forms(manager) == {"unchanged": 2, "not-online": 1}


def test_editing_the_service_regenerates_an_unedited_form(manager, make):
    service = make()
    service.components = service.components + [
        {"case": "", "name": "Giấy chứng nhận quyền sử dụng đất", "originals": 0, "copies": 1, "required": True}
    ]
    modified(service)
    schema = get_schema(service[generation.FORM_ID])
    assert schema["file_4"].title == "Giấy chứng nhận quyền sử dụng đất"
    assert schema["file_4"].required


def test_a_form_customised_through_the_web_is_never_overwritten(manager, make):
    service = make()
    form = service[generation.FORM_ID]
    # What EasyForm's field editor does when an editor changes a label.
    schema = get_schema(form)
    schema["request_note"].title = "Ghi chú của người nộp"
    set_fields(form, schema)
    assert generation.is_customised(form)
    service.components = service.components[:1]
    modified(service)
    assert generation.ensure_form(service)[1] == generation.CUSTOMISED
    schema = get_schema(form)
    assert schema["request_note"].title == "Ghi chú của người nộp"
    assert "file_3" in schema.names()


def test_saving_the_form_unchanged_is_not_a_customisation(manager, make):
    service = make()
    form = service[generation.FORM_ID]
    set_fields(form, get_schema(form))
    assert not generation.is_customised(form)


def test_a_service_with_its_own_form_gets_none(manager, make):
    service = make(online_level=2)
    own = api.content.create(container=service, type="EasyForm", id="to-khai", title="Tờ khai riêng")
    service.online_level = 3
    modified(service)
    assert generation.ensure_form(service) == (own, generation.OWN_FORM)
    assert generation.FORM_ID not in service


def test_the_form_is_public_exactly_when_its_service_is(manager, make):
    service = make()
    form = service[generation.FORM_ID]
    assert api.content.get_state(form) == "private"
    api.content.transition(obj=service, to_state="published")
    assert api.content.get_state(form) == "published"
    api.content.transition(obj=service, to_state="private")
    assert api.content.get_state(form) == "private"


def test_the_email_is_optional(manager, make):
    # Issue 16.10: optional in law (the receipt needs a phone), so optional on the e-form.
    schema = get_schema(make()[generation.FORM_ID])
    assert not schema["email"].required
    assert schema["phone"].required
