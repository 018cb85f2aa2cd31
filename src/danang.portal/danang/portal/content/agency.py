"""The Agency type: a body that receives and settles dossiers (cơ quan, đơn vị)."""

from danang.portal import _
from danang.portal.content.codes import check_short_code
from plone.dexterity.content import Item
from plone.schema import Email
from plone.supermodel import model
from zope import schema
from zope.interface import implementer
from zope.interface import Interface


class IAgency(model.Schema):
    """A city department, a district or ward People's Committee, or the city police."""

    code = schema.TextLine(
        title=_("label_agency_code", default="Mã cơ quan"),
        description=_("help_agency_code", default="Mã ngắn, không dấu, dùng trong địa chỉ và dữ liệu, ví dụ SXD."),
        constraint=check_short_code,
        required=True,
    )
    kind = schema.Choice(
        title=_("label_agency_kind", default="Loại cơ quan"),
        vocabulary="danang.portal.AgencyKinds",
        required=True,
    )
    level = schema.Choice(
        title=_("label_agency_level", default="Cấp"),
        vocabulary="danang.portal.ImplementingLevels",
        required=True,
    )
    area_code = schema.Choice(
        title=_("label_area_code", default="Đơn vị hành chính"),
        description=_(
            "help_area_code",
            default="Thành phố, quận, huyện hoặc phường, xã mà cơ quan phục vụ (mã thống kê).",
        ),
        vocabulary="danang.portal.Units",
        required=True,
    )
    dossier_unit_code = schema.TextLine(
        title=_("label_dossier_unit_code", default="Mã đơn vị trên mã hồ sơ"),
        description=_(
            "help_dossier_unit_code",
            default="Mã định danh của đơn vị theo chuẩn quốc gia, đứng đầu mã hồ sơ "
            "<mã đơn vị>-YYMMDD-XXXX. Giá trị ban đầu là mã tạm, cần thay bằng mã chính thức.",
        ),
        constraint=check_short_code,
        required=True,
    )
    parent_agency = schema.Choice(
        title=_("label_parent_agency", default="Cơ quan cấp trên"),
        description=_("help_parent_agency", default="Ví dụ UBND quận của một UBND phường."),
        vocabulary="danang.portal.Agencies",
        required=False,
    )
    address = schema.TextLine(title=_("label_address", default="Địa chỉ"), required=False)
    phone = schema.TextLine(title=_("label_phone", default="Điện thoại"), required=False)
    email = Email(title=_("label_email", default="Thư điện tử"), required=False)
    website = schema.URI(title=_("label_website", default="Trang thông tin điện tử"), required=False)
    opening_hours = schema.Text(
        title=_("label_opening_hours", default="Thời gian tiếp nhận hồ sơ"),
        required=False,
        default="Sáng: 7h30 - 11h30; chiều: 13h30 - 17h00, từ thứ Hai đến thứ Sáu (trừ ngày lễ, Tết).",
    )
    sample_contact = schema.Bool(
        title=_("label_sample_contact", default="Thông tin liên hệ mẫu"),
        description=_(
            "help_sample_contact",
            default="Đánh dấu khi địa chỉ, điện thoại, thư điện tử là dữ liệu mẫu chưa được xác minh.",
        ),
        default=False,
        required=False,
    )
    # Set by a reorganisation (reorganisation/, docs/reorganisation.md), never in the edit form's
    # way: a dissolved agency is kept, read-only, for its history and its old statistics.
    dissolved_on = schema.Date(
        title=_("label_agency_dissolved_on", default="Giải thể từ ngày"),
        description=_(
            "help_agency_dissolved_on",
            default="Ngày đơn vị hành chính của cơ quan bị sắp xếp: từ ngày này cơ quan không "
            "tiếp nhận hồ sơ mới; hồ sơ đang giải quyết đã chuyển giao cho cơ quan kế thừa.",
        ),
        required=False,
    )
    successor = schema.TextLine(
        title=_("label_agency_successor", default="Cơ quan kế thừa"),
        description=_("help_agency_successor", default="Mã của cơ quan nhận hồ sơ và nhiệm vụ sau khi giải thể."),
        required=False,
    )


class IDissolvedAgency(Interface):
    """Marker of a dissolved agency: the catalog's ``object_provides`` lets queries leave it out
    (catalogue/performers.py) without a new index."""


def is_dissolved(agency, day=None):
    """Whether ``agency`` is dissolved (on ``day``, a date, when given)."""
    dissolved_on = getattr(agency, "dissolved_on", None)
    if dissolved_on is None:
        return False
    return day is None or dissolved_on <= day


@implementer(IAgency)
class Agency(Item):
    """An agency."""
