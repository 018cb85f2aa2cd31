"""Vocabularies of administrative units: all units, districts, and wards (titled with their district)."""

from danang.portal.data.units import all_units
from danang.portal.data.units import get_unit
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


def _title(unit):
    if unit["level"] == "ward":
        return f"{unit['name']} ({get_unit(unit['parent'])['name']})"
    return unit["name"]


def _vocabulary(levels):
    return SimpleVocabulary(
        [
            SimpleTerm(unit["code"], unit["code"], _title(unit))
            for unit in all_units()
            if unit["level"] in levels
        ]
    )


@provider(IVocabularyFactory)
def UnitsFactory(context=None):
    return _vocabulary({"city", "district", "ward"})


@provider(IVocabularyFactory)
def DistrictsFactory(context=None):
    return _vocabulary({"district"})


@provider(IVocabularyFactory)
def WardsFactory(context=None):
    return _vocabulary({"ward"})
