"""Vietnamese error messages for z3c.form's generic errors in e-forms.

z3c.form and zope.schema ship no Vietnamese; these replace their English texts ("Required input
is missing.") in every EasyForm. Each is a z3c.form error-view message, registered as a named
adapter ("message").
"""

from collective.easyform.interfaces import IEasyForm
from danang.portal import _
from z3c.form.error import ErrorViewMessage
from zope.schema.interfaces import ConstraintNotSatisfied
from zope.schema.interfaces import RequiredMissing
from zope.schema.interfaces import TooLong

Required = ErrorViewMessage(
    _("error_form_required", default="Vui lòng nhập hoặc chọn thông tin này."),
    error=RequiredMissing,
    content=IEasyForm,
)

Long = ErrorViewMessage(
    _("error_form_too_long", default="Nội dung quá dài, vui lòng rút gọn."),
    error=TooLong,
    content=IEasyForm,
)

NotAllowed = ErrorViewMessage(
    _("error_form_constraint", default="Giá trị không hợp lệ, vui lòng kiểm tra lại."),
    error=ConstraintNotSatisfied,
    content=IEasyForm,
)
