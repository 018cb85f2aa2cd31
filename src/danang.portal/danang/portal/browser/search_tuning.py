"""Site Setup > "Tra cứu thủ tục": the synonyms and stop words of the service search.

A registry form (catalogue/settings.py). ``?add=<query>`` (the link of the failed-searches page)
appends a rule to complete, "<query> => ", to the synonyms.
"""

from danang.portal import _
from danang.portal.catalogue.settings import ISearchSettings
from danang.portal.catalogue.settings import PREFIX
from plone.app.registry.browser.controlpanel import ControlPanelFormWrapper
from plone.app.registry.browser.controlpanel import RegistryEditForm
from plone.z3cform import layout


class SearchTuningControlPanelForm(RegistryEditForm):
    schema = ISearchSettings
    schema_prefix = PREFIX
    label = _("search_tuning_title", default="Tra cứu thủ tục: từ đồng nghĩa, từ bỏ qua")
    description = _(
        "search_tuning_description",
        default="Cách người dân gọi thủ tục và tên chính thức của nó; các từ không cần có trong thủ tục. "
        "Thay đổi có hiệu lực ngay với lần tìm tiếp theo. Các câu tìm không có kết quả: trang “Tìm kiếm không có kết quả”.",
    )

    def updateWidgets(self):
        super().updateWidgets()
        added = self.request.form.get("add")
        widget = self.widgets.get("synonyms")
        if isinstance(added, str) and added.strip() and widget is not None and not self.request.form.get("form.buttons.save"):
            line = f"{' '.join(added.split())[:200]} => "
            widget.value = f"{widget.value}\n{line}" if widget.value else line


SearchTuningControlPanelView = layout.wrap_form(SearchTuningControlPanelForm, ControlPanelFormWrapper)
