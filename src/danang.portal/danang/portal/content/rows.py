"""Schemas of the structured rows of a procedure record (one data-grid row each).

Rows are stored as plain dicts (collective.z3cform.datagridfield's DictRow), so they index,
compute and serialise to JSON without custom classes.
"""

from danang.portal import _
from plone.supermodel import model
from zope import schema


class IChannelRow(model.Schema):
    """A way to submit (cách thức thực hiện)."""

    channel = schema.Choice(
        title=_("label_channel", default="Hình thức nộp"),
        vocabulary="danang.portal.Channels",
        required=True,
    )
    time_limit = schema.TextLine(
        title=_("label_channel_time_limit", default="Thời hạn giải quyết"), required=False
    )
    fee = schema.TextLine(title=_("label_channel_fee", default="Phí, lệ phí"), required=False)
    description = schema.Text(title=_("label_description", default="Mô tả"), required=False)


class IComponentRow(model.Schema):
    """A paper of the dossier (thành phần hồ sơ), grouped by case."""

    case = schema.TextLine(
        title=_("label_component_case", default="Trường hợp"),
        description=_(
            "help_component_case",
            default="Để trống nếu giấy tờ áp dụng cho mọi trường hợp.",
        ),
        required=False,
    )
    name = schema.TextLine(title=_("label_component_name", default="Tên giấy tờ"), required=True)
    originals = schema.Int(
        title=_("label_component_originals", default="Số bản chính"), min=0, default=1, required=True
    )
    copies = schema.Int(
        title=_("label_component_copies", default="Số bản sao"), min=0, default=0, required=True
    )
    required = schema.Bool(
        title=_("label_component_required", default="Bắt buộc"), default=True, required=False
    )
    form = schema.TextLine(
        title=_("label_component_form", default="Mẫu đơn, tờ khai"),
        description=_(
            "help_component_form",
            default="Tên tệp mẫu đơn đã tải lên trong thủ tục này (nếu có).",
        ),
        required=False,
    )


class IFeeRow(model.Schema):
    """A fee or charge (phí, lệ phí)."""

    name = schema.TextLine(title=_("label_fee_name", default="Tên phí, lệ phí"), required=True)
    amount = schema.Int(
        title=_("label_fee_amount", default="Mức thu (đồng)"),
        description=_("help_fee_amount", default="Số tiền bằng đồng Việt Nam, 0 nếu miễn phí."),
        min=0,
        required=True,
    )
    case = schema.TextLine(title=_("label_fee_case", default="Áp dụng cho trường hợp"), required=False)
    legal_basis = schema.TextLine(title=_("label_fee_legal_basis", default="Căn cứ thu"), required=False)
    exemptions = schema.TextLine(
        title=_("label_fee_exemptions", default="Đối tượng miễn, giảm"), required=False
    )
