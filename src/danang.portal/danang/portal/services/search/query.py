"""plone.restapi's catalog query parsing, with the portal's 400 for values it cannot read.

plone.restapi turns ``@search`` parameters into a catalog query (``IZCatalogCompatibleQuery``)
with ``int()`` and the indexes' parsers: ``b_size=abc``, ``sort_limit=x`` or a date index given
``created=never`` raised a ValueError, answered 500. On the portal's sites the same parsing
raises a BadRequest naming the parameter (the REST error body, services/errors.py).
"""

from danang.portal.services.errors import BAD_BATCH
from danang.portal.services.errors import BAD_PARAMETER
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
                raise parameter_refusal(Message(BAD_PARAMETER, mapping={"name": name}), name) from None
        return parsed
