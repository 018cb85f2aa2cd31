"""Plone's password-reset and new-account mails with the link on the canonical public address.

Plone builds the link from the request's navigation root, which follows the ``Host`` header: a
reset requested with a forged ``Host`` would mail the user a link to another server, carrying
the reset key (docs/security.md, "Addresses that leave the request"). The templates stay Plone's.
"""

from danang.portal import public_url
from pathlib import Path
from Products.CMFPlone.browser.login import password_reset
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile

PLONE_TEMPLATES = Path(password_reset.__file__).parent / "templates"


class PublicAddressMixin:
    def construct_url(self, randomstring):
        return public_url.for_mail(f"passwordreset/{randomstring}")


class PasswordResetMail(PublicAddressMixin, password_reset.PasswordResetToolView):
    __call__ = ViewPageTemplateFile(str(PLONE_TEMPLATES / "mail_password_template.pt"))


class RegisteredMail(PublicAddressMixin, password_reset.PasswordResetToolView):
    __call__ = ViewPageTemplateFile(str(PLONE_TEMPLATES / "registered_notify_template.pt"))
