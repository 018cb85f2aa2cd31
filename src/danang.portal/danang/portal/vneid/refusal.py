"""The page of a refused sign-in: the reason in the visitor's language and a button to try
again. Nothing was created or changed (vneid/messages.py).

Statuses: 403 for an answer refused, 404 while sign-in is not configured (as if absent), 503
only when the provider itself cannot be reached (an outage, not the visitor's input)."""

from zope.i18n import translate


def refuse(view, message, status=400):
    request = view.request
    request.response.setStatus(status)
    request.response.setHeader("Cache-Control", "no-store")
    page = view.context.restrictedTraverse("@@vneid-refused")
    return page(message=translate(message, context=request))
