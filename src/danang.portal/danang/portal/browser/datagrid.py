"""The data grid widget of the procedure record's rows (ways to submit, dossier papers, fees).

collective.z3cform.datagridfield 4.0.3 validates its blank "auto-append" and template rows when a
submitted form comes back with errors, so every grid of the form then shows "required" errors in
rows the editor never touched. Those rows are not data: this widget clears their errors.
"""

from collective.z3cform.datagridfield.datagridfield import DataGridFieldWidget
from z3c.form.interfaces import IFieldWidget
from z3c.form.interfaces import IFormLayer
from z3c.form.widget import FieldWidget
from zope.component import adapter
from zope.interface import implementer
from zope.schema.interfaces import IField

# Row ids of datagridfield's blank row (appended for typing) and of its hidden template row.
BLANK_ROWS = ("AA", "TT")


class RowsWidget(DataGridFieldWidget):
    def getWidget(self, idx):
        widget = super().getWidget(idx)
        if idx in BLANK_ROWS:
            for cell in widget.widgets.values():
                cell.error = None
        return widget


@adapter(IField, IFormLayer)
@implementer(IFieldWidget)
def RowsFieldWidget(field, request):
    return FieldWidget(field, RowsWidget(request))
