"""The fields and actions of a service's submission form, as EasyForm supermodel XML.

Up to four fieldsets: first the case question when the service names cases (content/cases.py:
which papers and fees apply depends on it), the applicant (same fields for every service, checked
by the validators of ``danang.portal.dossier.applicant``), the request (what this service needs
to know: where to submit, how to receive the result) and one upload per dossier component.

Labels are written in the site's language: the XML is content that editors may change.
"""

from danang.portal import _
from danang.portal import clock
from danang.portal import units
from danang.portal.catalogue.performers import committee_titles
from danang.portal.catalogue.performers import performing_units
from danang.portal.catalogue.performers import reorganised
from danang.portal.content.cases import case_key
from danang.portal.content.cases import GENERAL
from danang.portal.content.cases import GENERAL_TITLE
from danang.portal.content.cases import service_cases
from danang.portal.data.units import get_unit
from danang.portal.dossier.receiving import chooses_desks
from lxml import etree
from plone import api
from zope.i18n import translate
from zope.i18nmessageid import Message

DESKS = "danang.portal.Desks"
SCHEMA_NS = "http://namespaces.plone.org/supermodel/schema"
EASYFORM_NS = "http://namespaces.plone.org/supermodel/easyform"
FORM_NS = "http://namespaces.plone.org/supermodel/form"
NSMAP = {None: SCHEMA_NS, "easyform": EASYFORM_NS, "form": FORM_NS}

ACTION_TYPE = "danang.portal.forms.action.CreateDossier"
UPLOAD_WIDGET = "danang.portal.forms.widgets.SubmissionFileFieldWidget"
CHOICE_WIDGET = "danang.portal.forms.widgets.ChooseOneFieldWidget"
RADIO_WIDGET = "z3c.form.browser.radio.RadioFieldWidget"
UPLOAD_PREFIX = "file_"
PREFILL = "python: object.restrictedTraverse('@@danang-applicant-prefill')('{}')"

# Validators (named IFieldValidator utilities) by field.
ID_NUMBER_CHECK = "danang.portal.id_number"
PHONE_CHECK = "danang.portal.phone"
EMAIL_CHECK = "danang.portal.email"
BIRTH_DATE_CHECK = "danang.portal.birth_date"
WARD_CHECK = "danang.portal.ward_in_district"
COMMITMENT_CHECK = "danang.portal.commitment"


def _text(message):
    if not isinstance(message, Message):
        return message  # already text: a component name typed by an editor
    return translate(message, target_language=api.portal.get_default_language() or "vi")


def _el(parent, tag, text=None, ns=SCHEMA_NS, **attributes):
    element = etree.SubElement(parent, f"{{{ns}}}{tag}")
    for key, value in attributes.items():
        if value is not None:
            element.set(key, value)
    if text is not None:
        element.text = text
    return element


def _field(parent, name, type_, title, description=None, required=True, **options):
    attributes = {"name": name, "type": type_}
    for key in ("validators", "TDefault", "depends_on"):
        if options.get(key):
            attributes[f"{{{EASYFORM_NS}}}{key}"] = options[key]
    field = _el(parent, "field", **attributes)
    _el(field, "title", _text(title))
    if description:
        _el(field, "description", _text(description))
    _el(field, "required", "True" if required else "False")
    if options.get("max_length"):
        _el(field, "max_length", str(options["max_length"]))
    if options.get("vocabulary"):
        _el(field, "vocabulary", options["vocabulary"])
        options.setdefault("widget", CHOICE_WIDGET)
    if options.get("values"):
        if not options.get("default"):
            options.setdefault("widget", CHOICE_WIDGET)
        values = _el(field, "values")
        for key, label in options["values"]:
            _el(values, "element", label, key=key)
    if options.get("default"):
        _el(field, "default", options["default"])
    if options.get("widget"):
        _el(field, "widget", ns=FORM_NS, type=options["widget"])
    return field


def _applicant_fieldset(schema):
    fieldset = _el(
        schema,
        "fieldset",
        name="applicant",
        label=_text(_("eform_fieldset_applicant", default="Thông tin người nộp hồ sơ")),
    )
    _field(fieldset, "name", "zope.schema.TextLine",
           _("eform_label_applicant_name", default="Họ và tên"),
           max_length=200, TDefault=PREFILL.format("name"))
    _field(fieldset, "id_number", "zope.schema.TextLine",
           _("eform_label_applicant_id_number", default="Số CCCD/CMND"),
           _("eform_help_applicant_id_number", default="Căn cước công dân 12 chữ số hoặc chứng minh nhân dân 9 chữ số."),
           max_length=20, validators=ID_NUMBER_CHECK, TDefault=PREFILL.format("id_number"))
    _field(fieldset, "birth_date", "zope.schema.Date",
           _("eform_label_applicant_birth_date", default="Ngày sinh"),
           validators=BIRTH_DATE_CHECK, TDefault=PREFILL.format("birth_date"))
    _field(fieldset, "address", "zope.schema.TextLine",
           _("eform_label_applicant_address", default="Địa chỉ thường trú"),
           _("eform_help_applicant_address", default="Số nhà, tên đường, tổ dân phố hoặc thôn."),
           max_length=250, TDefault=PREFILL.format("address"))
    if units.units_at(units.as_of(), level="district"):
        _field(fieldset, "district", "zope.schema.Choice",
               _("eform_label_applicant_district", default="Quận, huyện"),
               vocabulary="danang.portal.Districts", TDefault=PREFILL.format("district"))
        _field(fieldset, "ward", "zope.schema.Choice",
               _("eform_label_applicant_ward", default="Phường, xã"),
               _("eform_help_applicant_ward", default="Phường, xã thuộc quận, huyện đã chọn."),
               vocabulary="danang.portal.Wards", validators=WARD_CHECK, TDefault=PREFILL.format("ward"))
    else:
        # Two-level government (docs/units.md): no district; an old unit (an old ID card) is
        # offered too, and kept as given with what it is now.
        _field(fieldset, "ward", "zope.schema.Choice",
               _("eform_label_applicant_commune", default="Phường, xã, đặc khu"),
               _("eform_help_applicant_commune", default="Nơi thường trú. Giấy tờ còn ghi đơn vị cũ "
                 "(trước khi sắp xếp) thì chọn đúng tên cũ: cổng ghi kèm đơn vị hiện nay."),
               vocabulary="danang.portal.Wards", TDefault=PREFILL.format("ward"))
    _field(fieldset, "phone", "zope.schema.TextLine",
           _("eform_label_applicant_phone", default="Số điện thoại di động"),
           _("eform_help_applicant_phone", default="Dùng để tra cứu hồ sơ và nhận thông báo, ví dụ 0905 123 456."),
           max_length=20, validators=PHONE_CHECK, TDefault=PREFILL.format("phone"))
    _field(fieldset, "email", "zope.schema.TextLine",
           _("eform_label_applicant_email", default="Thư điện tử"),
           _("eform_help_applicant_email", default="Không bắt buộc. Nếu có, giấy tiếp nhận hồ sơ và các "
             "thông báo được gửi tới địa chỉ này."),
           # Optional in law (form 01 asks for a phone, not an e-mail): docs/api-dossiers.md.
           required=False, max_length=200, validators=EMAIL_CHECK, TDefault=PREFILL.format("email"))


def receiving_units(service):
    """(code, name) of the units an applicant may choose to submit to, when there is a choice."""
    if getattr(service, "agency", None):
        return []
    codes = performing_units(service)
    if reorganised():
        # The committees standing since a reorganisation: new codes, old codes reused by other
        # units (docs/reorganisation.md); their names are the committees'.
        titles = committee_titles(codes)
        return [(code, titles[code]) for code in codes if code in titles]
    units = [get_unit(code) for code in codes]
    return [(unit["code"], unit["name"]) for unit in units if unit is not None]


def case_choices(service):
    """The options of the case question: the named cases, then "none of these" (empty when the
    service names no case, and asks none)."""
    cases = service_cases(service)
    if not cases:
        return []
    return [*cases, (GENERAL, _text(GENERAL_TITLE))]


def _case_fieldset(service):
    """The case question, first: the papers further down and the fees depend on its answer."""
    choices = case_choices(service)
    if not choices:
        return None
    fieldset = etree.Element(f"{{{SCHEMA_NS}}}fieldset")
    fieldset.set("name", "case_question")
    fieldset.set("label", _text(_("eform_fieldset_case", default="Trường hợp của bạn")))
    _field(fieldset, "case", "zope.schema.Choice",
           _("eform_label_case", default="Trường hợp"),
           _("eform_help_case",
             default="Chọn trường hợp của bạn trước: giấy tờ cần nộp và phí, lệ phí tùy theo trường hợp."),
           values=choices, widget=RADIO_WIDGET)
    return fieldset


def _request_fieldset(service):
    fieldset = etree.Element(f"{{{SCHEMA_NS}}}fieldset")
    fieldset.set("name", "request")
    fieldset.set("label", _text(_("eform_fieldset_request", default="Thông tin đề nghị")))
    units = receiving_units(service)
    if len(units) > 1:
        _field(fieldset, "receiving_unit", "zope.schema.Choice",
               _("eform_label_receiving_unit", default="Nơi nộp hồ sơ"),
               _("eform_help_receiving_unit",
                 default="Để trống để nộp tại nơi thường trú (quận, huyện hoặc phường, xã đã khai ở trên)."),
               required=False, values=units)
    desks = chooses_desks(clock.now().date())
    if desks:
        # Decree 118/2025 (docs/reorganisation.md): any standing one-stop desk of the city
        # receives the dossier for the competent unit and may hand over the result.
        _field(fieldset, "desk", "zope.schema.Choice",
               _("eform_label_desk", default="Bộ phận một cửa nộp hồ sơ"),
               _("eform_help_desk",
                 default="Không phụ thuộc địa giới hành chính: chọn bộ phận một cửa thuận tiện cho bạn. "
                 "Để trống để nộp tại cơ quan giải quyết thủ tục (theo nơi thường trú đã khai)."),
               required=False, vocabulary=DESKS)
    in_person = (
        # The desk is chosen below ("Nơi nhận kết quả"): not necessarily where it was submitted.
        _("eform_delivery_in_person_desk", default="Nhận trực tiếp tại bộ phận một cửa")
        if desks
        else _("eform_delivery_in_person", default="Nhận trực tiếp tại nơi nộp hồ sơ")
    )
    deliveries = [
        ("in_person", _text(in_person)),
        ("post", _text(_("eform_delivery_post", default="Qua dịch vụ bưu chính công ích"))),
    ]
    if (service.online_level or 0) >= 4:
        deliveries.append(("online", _text(_("eform_delivery_online", default="Nhận bản điện tử trực tuyến"))))
    _field(fieldset, "result_delivery", "zope.schema.Choice",
           _("eform_label_result_delivery", default="Hình thức nhận kết quả"),
           values=deliveries, default="in_person")
    if desks:
        _field(fieldset, "collect_at", "zope.schema.Choice",
               _("eform_label_collect_at", default="Nơi nhận kết quả"),
               _("eform_help_collect_at",
                 default="Khi nhận trực tiếp: bộ phận một cửa trả kết quả. Để trống để nhận tại nơi nộp hồ sơ."),
               required=False, vocabulary=DESKS)
    _field(fieldset, "request_note", "zope.schema.Text",
           _("eform_label_request_note", default="Nội dung đề nghị, ghi chú"), required=False)
    return fieldset


def component_fields(service):
    """One upload per dossier component: {field name: component facts} in the editor's order.

    A component of one case only is required only when that case is chosen; the action checks it
    (the field itself cannot know the chosen case).
    """
    fields = {}
    for index, row in enumerate(service.components or [], start=1):
        case = " ".join(str(row.get("case") or "").split())
        key = case_key(service, case)
        fields[f"{UPLOAD_PREFIX}{index}"] = {
            "name": (row.get("name") or "").strip(),
            "case": key,
            "case_title": case if key else None,
            "required": bool(row.get("required", True)),
            "originals": int(row.get("originals") or 0),
            "copies": int(row.get("copies") or 0),
            "form": row.get("form") or None,
        }
    return fields


def _component_description(component):
    parts = []
    originals, copies = component["originals"], component["copies"]
    parts.append(
        _text(
            _(
                "help_component_counts",
                default="Bản chính: ${originals}, bản sao: ${copies}.",
                mapping={"originals": originals, "copies": copies},
            )
        )
    )
    if component["case_title"]:
        parts.append(
            _text(
                _(
                    "help_component_case_only",
                    default="Chỉ nộp đối với trường hợp: ${case}.",
                    mapping={"case": component["case_title"]},
                )
            )
        )
    if component["form"]:
        parts.append(
            _text(_("eform_help_component_template", default="Mẫu: ${form}.", mapping={"form": component["form"]}))
        )
    return " ".join(parts)


def _dossier_fieldset(service):
    fieldset = etree.Element(f"{{{SCHEMA_NS}}}fieldset")
    fieldset.set("name", "dossier")
    fieldset.set("label", _text(_("eform_fieldset_dossier_files", default="Thành phần hồ sơ (bản điện tử)")))
    for name, component in component_fields(service).items():
        depends_on = None
        if component["case"]:
            depends_on = f"condition: form.widgets.case = {component['case']}; action: show"
        _field(fieldset, name, "plone.namedfile.field.NamedBlobFile", component["name"],
               _component_description(component),
               required=component["required"] and not component["case"],
               widget=UPLOAD_WIDGET, depends_on=depends_on)
    _field(fieldset, "commitment", "zope.schema.Bool",
           _("eform_label_commitment",
             default="Tôi xin cam đoan các thông tin kê khai và giấy tờ nộp kèm là đúng sự thật."),
           required=False, validators=COMMITMENT_CHECK)
    return fieldset


def fields_model(service):
    model = etree.Element(f"{{{SCHEMA_NS}}}model", nsmap=NSMAP)
    schema = _el(model, "schema")
    case = _case_fieldset(service)
    if case is not None:
        schema.append(case)
    _applicant_fieldset(schema)
    schema.append(_request_fieldset(service))
    schema.append(_dossier_fieldset(service))
    return etree.tostring(model, encoding="unicode", pretty_print=True)


def actions_model():
    model = etree.Element(f"{{{SCHEMA_NS}}}model", nsmap={None: SCHEMA_NS})
    schema = _el(model, "schema")
    action = _el(schema, "field", name="create_dossier", type=ACTION_TYPE)
    _el(action, "title", _text(_("eform_action_create_dossier", default="Tạo hồ sơ")))
    _el(action, "description", _text(
        _("eform_help_action_create_dossier",
          default="Tạo hồ sơ trực tuyến từ mỗi lần nộp, gửi giấy tiếp nhận cho người nộp.")))
    return etree.tostring(model, encoding="unicode", pretty_print=True)
