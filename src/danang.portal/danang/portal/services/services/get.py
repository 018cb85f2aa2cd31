"""``GET /@services``: the catalogue's multi-criteria search for external apps.

Same criteria and same engine as the search page (danang.portal.catalogue.search); the answer
carries the batch of services and, for every facet, its values with their counts
(docs/api-services.md).
"""

from danang.portal.catalogue.criteria import criteria_from_form
from danang.portal.catalogue.criteria import InvalidCriteria
from danang.portal.catalogue.facets import FACETS
from danang.portal.catalogue.failed import record_if_failed
from danang.portal.catalogue.search import search
from danang.portal.catalogue.summary import ServiceSummaries
from danang.portal.services.base import PortalService
from danang.portal.services.errors import APIError
from danang.portal.services.services.understanding import understanding
from plone import api
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.batching import DEFAULT_BATCH_SIZE
from plone.restapi.batching import HypermediaBatch
from zope.interface import alsoProvides

MAX_BATCH_SIZE = 100


class ServicesGet(PortalService):
    # The public catalogue: the same answer for everyone who may see the site.
    personal = False
    proxy_max_age = 86400

    def last_modified(self):
        # The catalogue's latest change: a service, an agency or a sector edited or published.
        catalog = api.portal.get_tool("portal_catalog")
        latest = catalog.searchResults(sort_on="modified", sort_order="descending", sort_limit=1)
        return latest[0].modified.asdatetime() if latest else None

    def answer(self):
        try:
            criteria = criteria_from_form(
                self.request.form, self.context, default_size=DEFAULT_BATCH_SIZE, max_size=MAX_BATCH_SIZE
            )
        except InvalidCriteria as error:
            errors = [(error.parameter, error.message)] if error.parameter else []
            raise APIError(400, error.message, errors) from None
        results = search(criteria, self.context)
        if record_if_failed(results):
            # The count of failed queries is the only write of a search (catalogue/failed.py).
            alsoProvides(self.request, IDisableCSRFProtection)
        # HypermediaBatch re-reads b_start/b_size from the request: the values just validated.
        batch = HypermediaBatch(self.request, results.all_brains())
        summaries = ServiceSummaries(self.context)
        url = self.request["ACTUAL_URL"]
        answer = {
            "@id": self.own_url(),
            "items": [summaries(brain) for brain in batch],
            "items_total": batch.items_total,
            "facets": {
                facet.name: [
                    {"value": item.token, "title": item.title, "count": item.count, "selected": item.selected}
                    for item in results.facets[facet.name]
                ]
                for facet in FACETS
            },
        }
        answer.update(understanding(results, url, self.request.form))
        # plone.restapi leaves "batching" out when everything fits one page; clients of this
        # contract always find it.
        answer["batching"] = batch.links or {"@id": batch.current_batch_url}
        return answer
