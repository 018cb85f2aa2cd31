"""plone.restapi's catalog query parsing on the portal: Vietnamese text search for services, and
400 for values it cannot read.

``SearchableText`` of a search for services only (``portal_type=Service``) searches the portal's
own text index instead (``service_text``: the whole record, words folded by the Vietnamese
lexicon, catalogue/text.py), so that ``giay phep xay dung``, ``giấy phép xây dựng`` in NFC or
NFD, and the sector's or agency's name find what the portal's search finds (docs/api-services.md).
Other searches keep Plone's ``SearchableText``.

plone.restapi turns ``@search`` parameters into a catalog query (``IZCatalogCompatibleQuery``)
with ``int()`` and the indexes' parsers: ``b_size=abc``, ``sort_limit=x`` or a date index given
``created=never`` raised a ValueError, answered 500. On the portal's sites the same parsing
raises a BadRequest naming the parameter (the REST error body, services/errors.py).
"""

from danang.portal.security.form_input import BAD_BATCH
from danang.portal.security.form_input import BAD_VALUE
from danang.portal.services.errors import parameter_refusal
from plone.restapi.search.query import ZCatalogCompatibleQueryAdapter
from zExceptions import BadRequest
from zope.i18nmessageid import Message


class PortalCatalogQuery(ZCatalogCompatibleQueryAdapter):
    def parse_query_param(self, idx_name, idx_query):
        try:
            return super().parse_query_param(idx_name, idx_query)
        except (ValueError, TypeError):
            raise parameter_refusal(Message(BAD_BATCH, mapping={"name": idx_name}), idx_name) from None

    def __call__(self, query):
        parsed = {}
        for name, value in query.items():
            try:
                parsed.update(super().__call__({name: value}))
            except BadRequest:
                raise
            except Exception:
                # An index's parser refused the value (a date, a number, a range...).
                raise parameter_refusal(Message(BAD_VALUE, mapping={"name": name}), name) from None
        if "SearchableText" in parsed and services_only(parsed.get("portal_type")):
            parsed["service_text"] = parsed.pop("SearchableText")
        return parsed


def services_only(portal_type):
    if isinstance(portal_type, dict):
        portal_type = portal_type.get("query")
    if isinstance(portal_type, str):
        portal_type = [portal_type]
    return bool(portal_type) and set(portal_type) == {"Service"}
