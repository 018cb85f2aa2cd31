"""The register of online public-service agents (đại lý dịch vụ công trực tuyến).

An agent (a post office, an agent business or a service organisation) submits and pays for
dossiers on behalf of citizens. Each agent is an ``AgentProfile`` item in the folder ``dai-ly``
(an ``AgentFolder``), linked to the user account the agent logs in with.

Why content and not member data: the profile is the authority's record of an organisation
(licence, address, area), not a person's preferences. As content it gets add and edit forms with
validation, a catalog entry, a workflow whose states are the agent's status (active, suspended)
and whose history says who suspended or reactivated it, when and why, and a folder that only
site administrators can open. The account's global role follows the profile (membership.py).
"""

from danang.portal import _
from danang.portal.dossier.applicant import check_phone
from danang.portal.dossier.applicant import ward_in_district
from plone import api
from plone.dexterity.content import Container
from plone.dexterity.content import Item
from plone.schema import Email
from plone.supermodel import model
from zope import schema
from zope.interface import implementer
from zope.interface import Invalid
from zope.interface import invariant
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary

# The kinds of agent the city recognises.
AGENT_KINDS = SimpleVocabulary(
    [
        SimpleTerm("post_office", "post_office", _("agent_kind_post_office", default="Bưu điện")),
        SimpleTerm("agent", "agent", _("agent_kind_agent", default="Đại lý")),
        SimpleTerm(
            "service_organisation",
            "service_organisation",
            _("agent_kind_service_organisation", default="Tổ chức dịch vụ"),
        ),
    ]
)


class PhoneInvalid(schema.ValidationError):
    __doc__ = _(
        "error_phone",
        default="Số điện thoại di động gồm 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09 "
        "(ví dụ 0905 123 456).",
    )


class UnknownUser(schema.ValidationError):
    __doc__ = _(
        "error_agent_unknown_user",
        default="Không có tài khoản với tên đăng nhập này. Hãy tạo tài khoản cho đại lý trước "
        "(Quản trị > Người dùng và nhóm), rồi ghi tên đăng nhập vào đây.",
    )


def _check_agent_phone(value):
    if check_phone(value) is not None:
        raise PhoneInvalid(value)
    return True


def _check_user(value):
    if api.user.get(userid=value.strip()) is None:
        raise UnknownUser(value)
    return True


class IAgentProfile(model.Schema):
    """An agent registered by the city: who they are, their licence, where, and their account."""

    title = schema.TextLine(
        title=_("label_agent_title", default="Tên đại lý"),
        description=_(
            "help_agent_title",
            default="Tên tổ chức (ví dụ Bưu điện quận Hải Châu) hoặc họ tên cá nhân làm đại lý.",
        ),
        max_length=200,
        required=True,
    )
    kind = schema.Choice(
        title=_("label_agent_kind", default="Loại đại lý"),
        vocabulary=AGENT_KINDS,
        required=True,
    )
    licence_number = schema.TextLine(
        title=_("label_agent_licence_number", default="Số giấy phép hoặc quyết định công nhận"),
        description=_("help_agent_licence_number", default="Ví dụ 125/QĐ-UBND."),
        max_length=100,
        required=True,
    )
    licence_date = schema.Date(
        title=_("label_agent_licence_date", default="Ngày cấp"),
        required=False,
    )
    representative = schema.TextLine(
        title=_("label_agent_representative", default="Người đại diện"),
        max_length=200,
        required=False,
    )
    address = schema.TextLine(
        title=_("label_agent_address", default="Địa chỉ"),
        description=_("help_agent_address", default="Số nhà, tên đường."),
        max_length=250,
        required=True,
    )
    district = schema.Choice(
        title=_("label_agent_district", default="Quận, huyện"),
        vocabulary="danang.portal.Districts",
        required=True,
    )
    ward = schema.Choice(
        title=_("label_agent_ward", default="Phường, xã"),
        vocabulary="danang.portal.Wards",
        required=False,
    )
    phone = schema.TextLine(
        title=_("label_agent_phone", default="Số điện thoại"),
        max_length=20,
        constraint=_check_agent_phone,
        required=True,
    )
    email = Email(
        title=_("label_agent_email", default="Thư điện tử"),
        required=True,
    )
    user_id = schema.ASCIILine(
        title=_("label_agent_user_id", default="Tài khoản đăng nhập của đại lý"),
        description=_(
            "help_agent_user_id",
            default="Tên đăng nhập của tài khoản đại lý dùng để nộp hồ sơ thay người dân. Khi đại lý "
            "đang hoạt động, tài khoản này thuộc nhóm \"Đại lý dịch vụ công\"; khi bị tạm đình chỉ, "
            "tài khoản mất quyền nộp hồ sơ thay.",
        ),
        max_length=100,
        constraint=_check_user,
        required=True,
    )
    notes = schema.Text(
        title=_("label_agent_notes", default="Ghi chú"),
        description=_("help_agent_notes", default="Phạm vi, thủ tục được ủy quyền hoặc ghi chú nội bộ."),
        required=False,
    )

    @invariant
    def ward_belongs_to_district(data):
        ward, district = getattr(data, "ward", None), getattr(data, "district", None)
        if ward and district and not ward_in_district(ward, district):
            raise Invalid(
                _(
                    "error_ward_not_in_district",
                    default="Phường, xã đã chọn không thuộc quận, huyện đã chọn. Vui lòng chọn lại.",
                )
            )


@implementer(IAgentProfile)
class AgentProfile(Item):
    """An agent; its workflow state (agent_workflow) is its status: active or suspended."""


class IAgentFolder(model.Schema):
    """The register of agents, ``dai-ly``: only site administrators see it."""


@implementer(IAgentFolder)
class AgentFolder(Container):
    """The folder of AgentProfile items."""

    def addCreator(self, creator=None):
        # Made by the install step: whoever ran it is not its author (nor shown as such).
        pass
