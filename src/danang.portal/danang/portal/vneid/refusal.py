"""The page of a refused sign-in: the reason in the visitor's language, a button to try again,
and the ordinary login for officials. Nothing was created or changed (vneid/messages.py)."""

from zope.i18n import translate
from zope.interface import alsoProvides
from zope.interface import Interface


class IRefusedSignIn(Interface):
    """Marks the refusal page's request (its template shows no login choice twice)."""


def refuse(view, message, status=400):
    request = view.request
    alsoProvides(request, IRefusedSignIn)
    request.response.setStatus(status)
    request.response.setHeader("Cache-Control", "no-store")
    page = view.context.restrictedTraverse("@@vneid-refused")
    return page(message=translate(message, context=request))
