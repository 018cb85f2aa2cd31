"""The pages an edit of the catalogue changes, for plone.cachepurging's PURGE requests.

plone.app.caching purges an edited or published object's own URLs (``/view``, the default view).
A service, agency or sector also shows on the pages that list it: the home page, the procedure
search (every query: the proxy bans a path with all its query strings, instance/varnish.vcl.in),
``@services``, its agency's and its sector's pages.
"""

from danang.portal.content.agency import IAgency
from danang.portal.content.sector import ISector
from danang.portal.content.service import IService
from plone import api
from z3c.caching.interfaces import IPurgePaths
from zope.component import adapter
from zope.interface import implementer
from zope.interface import Interface

CATALOGUE_FOLDER = "thu-tuc"
LISTINGS = ("", "/" + CATALOGUE_FOLDER, "/@services")


@implementer(IPurgePaths)
@adapter(Interface)
class CataloguePurgePaths:
    def __init__(self, context):
        self.context = context

    def getRelativePaths(self):
        context = self.context
        if not (IService.providedBy(context) or IAgency.providedBy(context) or ISector.providedBy(context)):
            return []
        site = api.portal.get().absolute_url_path()
        paths = [site + listing for listing in LISTINGS]
        if IService.providedBy(context):
            catalog = api.portal.get_tool("portal_catalog")
            for portal_type, code in (("Agency", context.agency), ("Sector", context.sector)):
                if not code:
                    continue
                for brain in catalog.unrestrictedSearchResults(portal_type=portal_type, code=code):
                    paths.append(brain.getPath())
        return paths

    def getAbsolutePaths(self):
        return []
