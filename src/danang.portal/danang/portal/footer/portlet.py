"""The footer portlet: the agency that runs the portal, its address, hotline, e-mail and operating
licence, and links to the guide, the personal data policy and the accessibility statement.

It is a portlet in Plone's footer manager, so administrators change its lines through the web
(Manage portlets → footer). A line left empty is not shown to visitors; those who may manage the
portlets see which lines still wait for their official text.
"""

from danang.portal import _
from danang.portal.footer.pages import page_links
from plone import api
from plone.app.portlets.portlets import base
from plone.portlets.interfaces import IPortletDataProvider
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from zope import schema
from zope.interface import implementer

# From the shipped agencies (data/catalogue/agencies.csv, STTTT) and docs/domain: the portal
# belongs to the Department of Information and Communications. The hotline, the e-mail and the
# licence are not in the repository: administrators enter the official ones.
OPERATOR = "Sở Thông tin và Truyền thông thành phố Đà Nẵng"
ADDRESS = "Trung tâm Hành chính thành phố, 24 Trần Phú, quận Hải Châu, thành phố Đà Nẵng"


class IFooterPortlet(IPortletDataProvider):
    operator = schema.TextLine(
        title=_("label_footer_operator", default="Cơ quan chủ quản"),
        default=OPERATOR,
        required=False,
    )
    address = schema.TextLine(title=_("label_footer_address", default="Địa chỉ"), default=ADDRESS, required=False)
    hotline = schema.TextLine(
        title=_("label_footer_hotline", default="Đường dây nóng"),
        description=_("help_footer_hotline", default="Số điện thoại chính thức; để trống thì không hiển thị."),
        required=False,
    )
    email = schema.TextLine(title=_("label_footer_email", default="Thư điện tử"), required=False)
    licence = schema.TextLine(
        title=_("label_footer_licence", default="Giấy phép hoạt động"),
        description=_(
            "help_footer_licence",
            default="Số giấy phép, cơ quan cấp, ngày cấp, như trên giấy phép; để trống thì không hiển thị.",
        ),
        required=False,
    )


FIELDS = ("operator", "address", "hotline", "email", "licence")


@implementer(IFooterPortlet)
class Assignment(base.Assignment):
    operator = OPERATOR
    address = ADDRESS
    hotline = ""
    email = ""
    licence = ""

    def __init__(self, **values):
        for name in FIELDS:
            if name in values:
                setattr(self, name, values[name] or "")

    @property
    def title(self):
        return _("title_footer_portlet", default="Chân trang của cổng")


class Renderer(base.Renderer):
    render = ViewPageTemplateFile("templates/footer.pt")

    def line(self, name):
        return (getattr(self.data, name, "") or "").strip()

    def links(self):
        # The page's own language (Plone's negotiation: the visitor's choice, else the site's),
        # so the links speak the language of the page around them.
        return page_links(api.portal.get(), api.portal.get_current_language(context=self.context))

    def missing(self):
        """The titles of the lines still empty, for those who can fill them in (else empty)."""
        if not api.user.has_permission("Portlets: Manage portlets", obj=api.portal.get()):
            return []
        return [IFooterPortlet[name].title for name in FIELDS if not self.line(name)]


class AddForm(base.AddForm):
    schema = IFooterPortlet
    label = _("title_add_footer_portlet", default="Thêm chân trang của cổng")

    def create(self, data):
        return Assignment(**data)


class EditForm(base.EditForm):
    schema = IFooterPortlet
    label = _("title_edit_footer_portlet", default="Sửa chân trang của cổng")
