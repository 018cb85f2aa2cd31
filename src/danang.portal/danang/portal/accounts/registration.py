"""Citizen self-registration: full name and phone required; one step from registering to using
the portal (logged in, on "Hồ sơ của tôi"), on its own page rather than in a modal.

Both fields stay optional in the user schema itself (userschema.xml), because administrators also
add accounts (officials) through Plone's "add user" form, where a phone may be unknown.
"""

from AccessControl.SecurityManagement import getSecurityManager
from AccessControl.SecurityManagement import newSecurityManager
from AccessControl.SecurityManagement import setSecurityManager
from danang.portal.vneid.registration import open_for_citizens
from plone import api
from plone.app.users.browser.register import RegistrationForm
from plone.z3cform.fieldsets.extensible import FormExtender
from Products.CMFCore.utils import getToolByName
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from zExceptions import Unauthorized

import copy

REQUIRED_ON_REGISTRATION = ("fullname", "phone")
MY_DOSSIERS = "@@ho-so-cua-toi"


class CitizenRegistration(FormExtender):
    """Form extender of plone.app.users' RegistrationForm."""

    def update(self):
        for name in REQUIRED_ON_REGISTRATION:
            if name in self.form.fields:
                # A copy: the schema's field object is shared with the other account forms.
                field = copy.copy(self.form.fields[name].field)
                field.required = True
                self.form.fields[name].field = field


class CitizenRegistrationForm(RegistrationForm):
    """``@@register``: the new account is logged in at once (PAS ``updateCredentials``, as Plone's
    own auto-login after a password reset) and lands on its dossiers, instead of a second form.

    With local registration off (the 2025 rule, vneid/registration.py) the page says to sign in
    with VNeID instead; it is published for everyone so that it can say so, and checks Plone's
    "Add portal member" itself otherwise."""

    closed = ViewPageTemplateFile("templates/registration_closed.pt")

    def __call__(self):
        if not open_for_citizens():
            return self.closed()
        if not api.user.has_permission("Add portal member", obj=self.context):
            raise Unauthorized("registration")
        return super().__call__()

    def handle_join_success(self, data):
        response = super().handle_join_success(data)
        password = data.get("password")
        if getattr(self, "_finishedRegister", False) and password:
            login = self.request.form.get("form.username") or data.get("username")
            acl_users = getToolByName(self.context, "acl_users")
            user = acl_users.getUser(login)
            # plone.session sets up a session only for the user acting (as the password reset
            # does it: Products.CMFPlone's password_reset._auto_login).
            previous = getSecurityManager()
            try:
                newSecurityManager(self.request, user.__of__(acl_users))
                acl_users.updateCredentials(self.request, self.request.response, login, password)
            finally:
                setSecurityManager(previous)
            self.request.form["came_from"] = f"{api.portal.get().absolute_url()}/{MY_DOSSIERS}"
        return response
