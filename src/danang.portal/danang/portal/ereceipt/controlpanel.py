"""Site Setup > "Biên lai điện tử": receipt series per agency, tax codes, the form code."""

from danang.portal import _
from danang.portal.ereceipt.settings import IEReceiptSettings
from danang.portal.ereceipt.settings import PREFIX
from plone.app.registry.browser.controlpanel import ControlPanelFormWrapper
from plone.app.registry.browser.controlpanel import RegistryEditForm
from plone.z3cform import layout


class EReceiptControlPanelForm(RegistryEditForm):
    schema = IEReceiptSettings
    schema_prefix = PREFIX
    label = _("ereceipt_controlpanel_title", default="Biên lai điện tử")
    description = _(
        "ereceipt_controlpanel_description",
        default="Ký hiệu, mã số thuế và mẫu số in trên biên lai thu phí, lệ phí của từng cơ quan. "
        "Đổi ký hiệu của một cơ quan thì biên lai tiếp theo của cơ quan đó bắt đầu lại từ số 0000001.",
    )


EReceiptControlPanelView = layout.wrap_form(EReceiptControlPanelForm, ControlPanelFormWrapper)
