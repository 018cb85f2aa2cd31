"""Plone's password-reset and new-account mails with the link on the canonical public address.

Plone builds the link from the request's navigation root, which follows the ``Host`` header: a
reset requested with a forged ``Host`` would mail the user a link to another server, carrying
the reset key (docs/security.md, "Addresses that leave the request"). The templates stay Plone's.
"""

from danang.portal import public_url
from pathlib import Path
from Products.CMFPlone.browser.login import password_reset
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from zExceptions import NotFound

PLONE_TEMPLATES = Path(password_reset.__file__).parent / "templates"


class PublicAddressMixin:
    template = None

    def construct_url(self, randomstring):
        return public_url.for_mail(f"passwordreset/{randomstring}")

    def __call__(self, *args, **options):
        # The registration tool renders these mails with the member; opened by URL (no member)
        # Plone's template fails with a KeyError: the address is no page, so 404.
        if "member" not in options:
            raise NotFound()
        return self.template(*args, **options)


class PasswordResetMail(PublicAddressMixin, password_reset.PasswordResetToolView):
    template = ViewPageTemplateFile(str(PLONE_TEMPLATES / "mail_password_template.pt"))


class RegisteredMail(PublicAddressMixin, password_reset.PasswordResetToolView):
    template = ViewPageTemplateFile(str(PLONE_TEMPLATES / "registered_notify_template.pt"))
