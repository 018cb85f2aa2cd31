"""The self-registration form of citizens: full name and phone are required there.

Both stay optional in the user schema itself (userschema.xml), because administrators also add
accounts (officials) through Plone's "add user" form, where a phone may be unknown.
"""

from plone.z3cform.fieldsets.extensible import FormExtender

import copy

REQUIRED_ON_REGISTRATION = ("fullname", "phone")


class CitizenRegistration(FormExtender):
    """Form extender of plone.app.users' RegistrationForm."""

    def update(self):
        for name in REQUIRED_ON_REGISTRATION:
            if name in self.form.fields:
                # A copy: the schema's field object is shared with the other account forms.
                field = copy.copy(self.form.fields[name].field)
                field.required = True
                self.form.fields[name].field = field
