"""Error answers are nobody's to keep: whatever caching rule the published view has.

plone.app.caching applies a view's ruleset (``caching/configure.zcml``) to its answer whatever its
status: a refused ``@services?b_size=nhiều`` (400) would go out with the catalogue's
``s-maxage=86400``, and a proxy would keep the refusal for a day. This transform runs after
plone.caching's mutator (plone.transformchain order 12000) and makes every answer of status 400
and above ``private, no-store``, without plone.app.caching's rule headers (docs/api-conventions.md,
docs/deployment.md).
"""

from plone.transformchain.interfaces import ITransform
from zope.component import adapter
from zope.interface import implementer
from zope.interface import Interface

PRIVATE = "private, no-store"


@implementer(ITransform)
@adapter(Interface, Interface)
class ErrorsStayPrivate:
    order = 12500

    def __init__(self, published, request):
        self.published = published
        self.request = request

    def _keep_private(self):
        response = self.request.response
        if response.getStatus() >= 400:
            if "no-store" not in (response.getHeader("Cache-Control") or ""):
                response.setHeader("Cache-Control", PRIVATE)
            # Nor does an error say which rule its view has: a dossier's 404 would name the
            # folder view, and a missing dossier's none (security/dossier_privacy.py).
            for header in ("surrogate-control", "x-cache-rule", "x-cache-operation"):
                response.headers.pop(header, None)
        return None  # the body as it is

    def transformBytes(self, result, encoding):
        return self._keep_private()

    def transformUnicode(self, result, encoding):
        return self._keep_private()

    def transformIterable(self, result, encoding):
        return self._keep_private()
