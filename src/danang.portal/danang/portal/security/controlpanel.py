"""Site Setup > "Địa chỉ công khai của cổng": the canonical public URL (public_url.py).

The page also says what the instance's zope.conf says (deployment.py): whether it is the city's
production server, and the instance's own address. Those belong to the server and are not
editable here (docs/security.md, "Production checklist").
"""

from danang.portal import _
from danang.portal import deployment
from danang.portal import public_url
from plone.app.registry.browser.controlpanel import ControlPanelFormWrapper
from plone.app.registry.browser.controlpanel import RegistryEditForm
from plone.z3cform import layout
from zope.i18n import translate

PRODUCTION = _(
    "public_address_production",
    default="Máy chủ này được đánh dấu là máy chủ chính thức (production) trong zope.conf.",
)
DEVELOPMENT = _(
    "public_address_development",
    default="Máy chủ này không được đánh dấu là máy chủ chính thức (zope.conf: production off): môi "
    "trường phát triển, kiểm thử.",
)


class PublicAddressControlPanelForm(RegistryEditForm):
    schema = public_url.IPublicAddressSettings
    schema_prefix = public_url.PREFIX
    label = _("public_address_controlpanel_title", default="Địa chỉ công khai của cổng")

    @property
    def description(self):
        production = deployment.is_production()
        parts = [PRODUCTION if production else DEVELOPMENT]
        if production and not public_url.canonical():
            parts.append(
                _(
                    "public_address_required",
                    default="Máy chủ chính thức cần địa chỉ công khai: hãy khai báo ngay.",
                )
            )
        return " ".join(translate(part, context=self.request) for part in parts)

    def applyChanges(self, data):
        # Stored in its canonical form: scheme and host in lower case, no trailing slash.
        if data.get("public_url"):
            data["public_url"] = public_url.normalised(data["public_url"])
        return super().applyChanges(data)


PublicAddressControlPanelView = layout.wrap_form(PublicAddressControlPanelForm, ControlPanelFormWrapper)
