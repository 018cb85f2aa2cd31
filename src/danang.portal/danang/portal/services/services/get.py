"""``GET /@services``: the catalogue's multi-criteria search for external apps.

Same criteria and same engine as the search page (danang.portal.catalogue.search); the answer
carries the batch of services and, for every facet, its values with their counts.
"""

from danang.portal.catalogue.criteria import criteria_from_form
from danang.portal.catalogue.criteria import InvalidCriteria
from danang.portal.catalogue.criteria import translate_message
from danang.portal.catalogue.facets import FACETS
from danang.portal.catalogue.failed import record_if_failed
from danang.portal.catalogue.search import search
from danang.portal.services.services.understanding import understanding
from danang.portal.catalogue.summary import ServiceSummaries
from plone.restapi.batching import DEFAULT_BATCH_SIZE
from plone.restapi.batching import HypermediaBatch
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.services import Service
from zope.i18n import translate
from zope.i18nmessageid import Message
from zope.interface import alsoProvides
from zope.publisher.browser import BrowserLanguages

MAX_BATCH_SIZE = 100
LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"


def response_language(request):
    """The language of titles and messages: the visitor's explicit choice, else Accept-Language.

    An explicit choice is Plone's (``set_language`` or the language cookie); otherwise the first
    of Vietnamese or English in the Accept-Language header; Vietnamese by default.
    """
    if request.form.get("set_language") in LANGUAGES:
        return request.form["set_language"]
    if request.cookies.get("I18N_LANGUAGE") in LANGUAGES:
        return request.cookies["I18N_LANGUAGE"]
    if request.getHeader("Accept-Language"):
        # zope.publisher's own header parser: Plone's adapter would answer the site language.
        for language in BrowserLanguages(request).getPreferredLanguages():
            code = language.split("-")[0].lower()
            if code in LANGUAGES:
                return code
    return DEFAULT_LANGUAGE


def translated(value, language):
    """The value with every i18n message in it translated (JSON-ready)."""
    if isinstance(value, Message):
        return translate(value, target_language=language)
    if isinstance(value, dict):
        return {key: translated(item, language) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [translated(item, language) for item in value]
    return value


class ServicesGet(Service):
    def reply(self):
        language = response_language(self.request)
        self.request.response.setHeader("Content-Language", language)
        try:
            criteria = criteria_from_form(
                self.request.form, self.context, default_size=DEFAULT_BATCH_SIZE, max_size=MAX_BATCH_SIZE
            )
        except InvalidCriteria as error:
            self.request.response.setStatus(400)
            return {
                "error": {
                    "type": "BadRequest",
                    "message": translate_message(error.message, target_language=language),
                    "parameter": error.parameter,
                }
            }
        results = search(criteria, self.context)
        if record_if_failed(results):
            # The count of failed queries is the only write of a search (catalogue/failed.py).
            alsoProvides(self.request, IDisableCSRFProtection)
        # HypermediaBatch re-reads b_start/b_size from the request: the values just validated.
        batch = HypermediaBatch(self.request, results.all_brains())
        summaries = ServiceSummaries(self.context)
        query = self.request.get("QUERY_STRING")
        url = self.request["ACTUAL_URL"]
        answer = {
            "@id": f"{url}?{query}" if query else url,
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
        return translated(answer, language)
