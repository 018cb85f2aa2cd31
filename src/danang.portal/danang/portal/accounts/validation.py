"""Checks of the citizen's profile fields, on registration and in "Thông tin cá nhân".

The same checks as the applicant fields of the e-forms (danang.portal.dossier.applicant), so an
account's phone, ID number and address always pre-fill a form that accepts them. A z3c.form
validator per field type, registered for the account forms on the portal's browser layer; it keeps
z3c.form's own checks (required, length, vocabulary) and adds the field's check by name.
"""

from danang.portal.dossier import applicant
from z3c.form.validator import SimpleFieldValidator
from zope.interface import Invalid

CHECKS = {
    "phone": applicant.check_phone,
    "id_number": applicant.check_id_number,
    "birth_date": applicant.check_birth_date,
    # Reads the district chosen beside it from the request, as in the e-forms.
    "ward": applicant.check_ward,
}


class MemberFieldValidator(SimpleFieldValidator):
    def validate(self, value, force=False):
        super().validate(value, force)
        check = CHECKS.get(self.field.__name__)
        if check is None or value in (None, ""):
            return
        message = check(value, REQUEST=self.request)
        if message:
            raise Invalid(message)
