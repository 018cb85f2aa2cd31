"""The Site Setup form of an area's settings (registry records of its settings interface).

Secrets are write-only (payment's gateway key, the VNeID client secret, the national portal's
keys): the field is always rendered empty, an empty submission keeps the stored secret, and the
field only says whether one is set. Before saving, the area's ``problem(data)`` may refuse the
settings with a message (a gateway made active without its key); Cancel goes back to Site Setup.

    class PaymentControlPanelForm(SettingsForm):
        schema = IPaymentSettings
        schema_prefix = PREFIX
        secrets = {"hash_secret": HASH_SECRET_SET}
        saved = _("payment_settings_saved", default="Đã lưu cấu hình thanh toán trực tuyến.")
"""

from danang.portal import _
from danang.portal import settings
from plone import api
from plone.app.registry.browser.controlpanel import RegistryEditForm
from Products.statusmessages.interfaces import IStatusMessage
from z3c.form import button

UNCHANGED = _("payment_settings_unchanged", default="Không thay đổi cấu hình.")


class SettingsForm(RegistryEditForm):
    #: Write-only fields: name -> the help shown when a value is stored.
    secrets = {}
    #: The message after saving.
    saved = None

    def problem(self, data):
        """Why these settings cannot be saved (a message), or None."""
        return None

    def stored(self, name):
        return settings.read(self.schema, self.schema_prefix, name)

    def updateWidgets(self):
        super().updateWidgets()
        for name, help_when_set in self.secrets.items():
            widget = self.widgets[name]
            widget.value = ""  # never sent back to the browser
            widget.autocomplete = "new-password"
            if self.stored(name):
                widget.description = help_when_set

    @button.buttonAndHandler(_("label_save", default="Lưu"), name="save")
    def handleSave(self, action):
        data, errors = self.extractData()
        if errors:
            self.status = self.formErrorsMessage
            return
        for name in self.secrets:
            if not data.get(name):
                data.pop(name, None)  # empty: keep the stored secret
        problem = self.problem(data)
        if problem is not None:
            self.status = problem
            IStatusMessage(self.request).addStatusMessage(problem, "error")
            return
        self.applyChanges(data)
        IStatusMessage(self.request).addStatusMessage(self.saved, "info")
        self.request.response.redirect(self.request.getURL())

    @button.buttonAndHandler(_("label_cancel", default="Hủy"), name="cancel")
    def handleCancel(self, action):
        IStatusMessage(self.request).addStatusMessage(UNCHANGED, "info")
        self.request.response.redirect(f"{api.portal.get().absolute_url()}/@@overview-controlpanel")
