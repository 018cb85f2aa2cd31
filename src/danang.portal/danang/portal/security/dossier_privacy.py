"""Methods of dossiers published by URL reveal nothing to whom may not view the dossier.

Zope publishes public methods of content by URL: ``…/ho-so/2025/03/<code>/getId`` answered 200
with the code to anyone, while a missing code answered 404, so the answer told which dossiers
exist. A method of content inside the dossier storage, published to a user without View on that
content, answers 404 like a missing one.
"""

from AccessControl import getSecurityManager
from danang.portal.dossier.storage import ROOT_ID
from plone.dexterity.interfaces import IDexterityContent
from zExceptions import NotFound


def hide_dossier_methods(event):
    """IPubAfterTraversal: see the module."""
    request = event.request
    owner = getattr(request.get("PUBLISHED"), "__self__", None)
    if owner is None or not IDexterityContent.providedBy(owner):
        return
    path = owner.getPhysicalPath()
    if ROOT_ID not in path:
        return
    if not getSecurityManager().checkPermission("View", owner):
        raise NotFound()
