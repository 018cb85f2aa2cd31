"""The Service type: one administrative procedure of the catalogue (thủ tục hành chính).

Fields follow the national procedure database. A Service is a container so that its downloadable
form templates (File) and its online submission form (EasyForm) live beside it.
"""

from collective.z3cform.datagridfield.row import DictRow
from danang.portal import _
from danang.portal.content.codes import check_service_code
from danang.portal.content.rows import IChannelRow
from danang.portal.content.rows import IComponentRow
from danang.portal.content.rows import IFeeRow
from danang.portal.vocabularies.fixed import online_mode
from plone.autoform import directives
from plone.dexterity.content import Container
from plone.supermodel import model
from z3c.form.browser.checkbox import CheckBoxFieldWidget
from zope import schema
from zope.interface import implementer
from zope.interface import Invalid
from zope.interface import invariant

# The grids' widget (browser/datagrid.py), named by dotted path to keep content free of views.
ROWS_WIDGET = "danang.portal.browser.datagrid.RowsFieldWidget"
# Searchable multi-select: 64 units or 80 agencies do not fit z3c.form's two-list widget.
MULTI_SELECT_WIDGET = "plone.app.z3cform.widgets.select.Select2FieldWidget"


class IService(model.Schema):
    """An administrative procedure as published in the catalogue."""

    code = schema.TextLine(
        title=_("label_service_code", default="Mã thủ tục"),
        description=_("help_service_code", default="Mã trên Cơ sở dữ liệu quốc gia, ví dụ 1.009130."),
        constraint=check_service_code,
        required=True,
    )
    sector = schema.Choice(
        title=_("label_sector", default="Lĩnh vực"),
        vocabulary="danang.portal.Sectors",
        required=True,
    )
    levels = schema.List(
        title=_("label_levels", default="Cấp thực hiện"),
        value_type=schema.Choice(vocabulary="danang.portal.ImplementingLevels"),
        min_length=1,
        required=True,
    )
    directives.widget("levels", CheckBoxFieldWidget)
    online_level = schema.Choice(
        title=_("label_online_level", default="Mức độ dịch vụ công trực tuyến"),
        description=_(
            "help_online_level",
            default="Mức 4 là dịch vụ toàn trình; mức 2, 3 là dịch vụ một phần (Nghị định 42/2022).",
        ),
        vocabulary="danang.portal.OnlineLevels",
        required=True,
        default=2,
    )
    in_force = schema.Bool(
        title=_("label_in_force", default="Đang áp dụng"),
        description=_(
            "help_in_force",
            default="Bỏ chọn khi thủ tục bị bãi bỏ; hồ sơ đã nhận vẫn giữ phiên bản đang áp dụng khi tiếp nhận.",
        ),
        default=True,
        required=False,
    )
    sample = schema.Bool(
        title=_("label_sample", default="Dữ liệu mẫu"),
        description=_(
            "help_sample",
            default="Đánh dấu thủ tục được sinh tự động để minh hoạ, không phải thông tin chính thức.",
        ),
        default=False,
        required=False,
    )

    model.fieldset(
        "agencies",
        label=_("fieldset_agencies", default="Cơ quan thực hiện"),
        fields=[
            "agency",
            "units",
            "deciding_authority",
            "delegated_agency",
            "coordinating_agencies",
            "procedure_type",
            "decision",
        ],
    )
    agency = schema.Choice(
        title=_("label_agency", default="Cơ quan thực hiện"),
        description=_(
            "help_agency",
            default="Bắt buộc với thủ tục cấp thành phố. Thủ tục cấp quận, huyện hoặc phường, xã do "
            "UBND nơi người nộp chọn thực hiện.",
        ),
        vocabulary="danang.portal.Agencies",
        required=False,
    )
    units = schema.List(
        title=_("label_units", default="Chỉ thực hiện tại các đơn vị"),
        description=_(
            "help_units",
            default="Để trống nếu mọi quận, huyện (hoặc phường, xã) đều thực hiện thủ tục này.",
        ),
        value_type=schema.Choice(vocabulary="danang.portal.Units"),
        required=False,
        default=[],
    )
    directives.widget(units=MULTI_SELECT_WIDGET)
    deciding_authority = schema.TextLine(
        title=_("label_deciding_authority", default="Cơ quan có thẩm quyền quyết định"), required=False
    )
    delegated_agency = schema.TextLine(
        title=_("label_delegated_agency", default="Cơ quan được ủy quyền"), required=False
    )
    coordinating_agencies = schema.List(
        title=_("label_coordinating_agencies", default="Cơ quan phối hợp"),
        value_type=schema.Choice(vocabulary="danang.portal.Agencies"),
        required=False,
        default=[],
    )
    directives.widget(coordinating_agencies=MULTI_SELECT_WIDGET)
    procedure_type = schema.TextLine(
        title=_("label_procedure_type", default="Loại thủ tục"), required=False
    )
    decision = schema.TextLine(
        title=_("label_decision", default="Quyết định công bố"),
        description=_("help_decision", default="Ví dụ 3710/QĐ-UBND."),
        required=False,
    )

    model.fieldset(
        "applying",
        label=_("fieldset_applying", default="Đối tượng, điều kiện"),
        fields=["audiences", "conditions"],
    )
    audiences = schema.List(
        title=_("label_audiences", default="Đối tượng thực hiện"),
        value_type=schema.Choice(vocabulary="danang.portal.Audiences"),
        min_length=1,
        required=True,
        default=["citizen"],
    )
    directives.widget("audiences", CheckBoxFieldWidget)
    conditions = schema.Text(
        title=_("label_conditions", default="Yêu cầu, điều kiện thực hiện"), required=False
    )

    model.fieldset(
        "steps",
        label=_("fieldset_steps", default="Trình tự, cách thức"),
        fields=["steps", "channels"],
    )
    steps = schema.List(
        title=_("label_steps", default="Trình tự thực hiện"),
        description=_("help_steps", default="Mỗi dòng là một bước, theo thứ tự."),
        value_type=schema.TextLine(),
        required=False,
        default=[],
    )
    channels = schema.List(
        title=_("label_channels", default="Cách thức thực hiện"),
        value_type=DictRow(title=_("label_channel_row", default="Cách thức"), schema=IChannelRow),
        required=False,
        default=[],
    )
    directives.widget(channels=ROWS_WIDGET)

    model.fieldset(
        "dossier",
        label=_("fieldset_dossier", default="Thành phần hồ sơ"),
        fields=["components", "number_of_sets"],
    )
    components = schema.List(
        title=_("label_components", default="Thành phần hồ sơ"),
        value_type=DictRow(title=_("label_component_row", default="Giấy tờ"), schema=IComponentRow),
        required=False,
        default=[],
    )
    directives.widget(components=ROWS_WIDGET)
    number_of_sets = schema.Int(
        title=_("label_number_of_sets", default="Số lượng bộ hồ sơ"), min=1, default=1, required=True
    )

    model.fieldset(
        "time_and_fees",
        label=_("fieldset_time_and_fees", default="Thời hạn, phí, lệ phí"),
        fields=["processing_time", "processing_unit", "fees"],
    )
    processing_time = schema.Float(
        title=_("label_processing_time", default="Thời hạn giải quyết"),
        description=_("help_processing_time", default="Số lượng, theo đơn vị bên dưới; 0 nếu giải quyết ngay."),
        min=0.0,
        max=3650.0,
        required=True,
    )
    processing_unit = schema.Choice(
        title=_("label_processing_unit", default="Đơn vị thời hạn"),
        vocabulary="danang.portal.TimeUnits",
        default="working_days",
        required=True,
    )
    fees = schema.List(
        title=_("label_fees", default="Phí, lệ phí"),
        description=_("help_fees", default="Để trống nếu thủ tục không thu phí, lệ phí."),
        value_type=DictRow(title=_("label_fee_row", default="Phí, lệ phí"), schema=IFeeRow),
        required=False,
        default=[],
    )
    directives.widget(fees=ROWS_WIDGET)

    model.fieldset(
        "result",
        label=_("fieldset_result", default="Kết quả, căn cứ pháp lý"),
        fields=["result", "legal_basis"],
    )
    result = schema.Text(title=_("label_result", default="Kết quả thực hiện"), required=False)
    legal_basis = schema.List(
        title=_("label_legal_basis", default="Căn cứ pháp lý"),
        description=_("help_legal_basis", default="Mỗi dòng một văn bản."),
        value_type=schema.TextLine(),
        required=False,
        default=[],
    )

    # Editors' notes on the record (placeholder codes, fee amounts still to check): read and
    # written only by those who edit the service, so citizens never see them, neither on the
    # service page nor through the REST API, which honours read permissions.
    model.fieldset(
        "editorial",
        label=_("fieldset_editorial", default="Ghi chú nội bộ"),
        fields=["editor_notes"],
    )
    directives.read_permission(editor_notes="cmf.ModifyPortalContent")
    directives.write_permission(editor_notes="cmf.ModifyPortalContent")
    editor_notes = schema.Text(
        title=_("label_editor_notes", default="Ghi chú của người biên tập"),
        description=_(
            "help_editor_notes",
            default="Chỉ người biên tập thủ tục thấy ghi chú này; công dân không thấy.",
        ),
        required=False,
    )

    @invariant
    def city_services_name_their_agency(data):
        if "city" in (getattr(data, "levels", None) or []) and not getattr(data, "agency", None):
            raise Invalid(
                _(
                    "error_city_service_needs_agency",
                    default="Thủ tục cấp thành phố phải có cơ quan thực hiện.",
                )
            )


@implementer(IService)
class Service(Container):
    """A procedure; also holds its form templates and its online submission form."""

    @property
    def online_mode(self):
        return online_mode(self.online_level)

    @property
    def total_fee(self):
        """Sum of all fee rows in VND (the most an applicant may owe, before case-specific rules)."""
        return sum(int(row.get("amount") or 0) for row in (self.fees or []))
