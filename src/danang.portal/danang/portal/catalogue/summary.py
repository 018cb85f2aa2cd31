"""A found service as plain data, from catalog metadata only: the result card and the JSON item.

Every coded value comes with its title as ``{"token": ..., "title": ...}`` (plone.restapi's shape
for vocabulary values); titles of fixed terms are i18n messages, translated by whoever renders
them (the page template, or plone.restapi's json_compatible).
"""

from danang.portal.catalogue.facets import FEE_KINDS
from zope.component import getUtility
from zope.schema.interfaces import IVocabularyFactory


def _vocabulary(name, context):
    return getUtility(IVocabularyFactory, name)(context)


class ServiceSummaries:
    """Callable turning a brain into a summary dict; vocabularies are read once per instance."""

    def __init__(self, context=None):
        self.sectors = _vocabulary("danang.portal.Sectors", context)
        self.agencies = _vocabulary("danang.portal.Agencies", context)
        self.levels = _vocabulary("danang.portal.ImplementingLevels", context)
        self.online_levels = _vocabulary("danang.portal.OnlineLevels", context)
        self.online_modes = _vocabulary("danang.portal.OnlineModes", context)
        self.audiences = _vocabulary("danang.portal.Audiences", context)
        self.time_units = _vocabulary("danang.portal.TimeUnits", context)

    @staticmethod
    def term(vocabulary, value):
        if value in (None, ""):
            return None
        try:
            term = vocabulary.getTerm(value)
        except LookupError:
            # A deleted sector or agency still shows its code rather than failing the search.
            return {"token": str(value), "title": str(value)}
        return {"token": term.token, "title": term.title or term.token}

    def terms(self, vocabulary, values):
        return [found for found in (self.term(vocabulary, value) for value in values or ()) if found]

    def __call__(self, brain):
        online_level = brain.online_level
        time = brain.processing_time
        if isinstance(time, float) and time.is_integer():
            time = int(time)
        fee = self.term(FEE_KINDS, brain.fee_kind) or {}
        return {
            "@id": brain.getURL(),
            "@type": "Service",
            "UID": brain.UID,
            "code": brain.code,
            "title": brain.Title,
            "description": brain.Description,
            "sector": self.term(self.sectors, brain.sector),
            "agency": self.terms(self.agencies, brain.agency),
            "level": self.terms(self.levels, brain.levels),
            "online_level": self.term(self.online_levels, online_level),
            "online_mode": self.term(self.online_modes, brain.online_mode),
            "online_submission": bool(online_level and int(online_level) >= 3),
            "audience": self.terms(self.audiences, brain.audiences),
            "days": brain.processing_days,
            "processing_time": {"value": time, "unit": self.term(self.time_units, brain.processing_unit)},
            "fee": dict(fee, total=brain.total_fee or 0),
            "sample": bool(brain.sample),
        }
