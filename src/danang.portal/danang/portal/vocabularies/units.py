"""Vocabularies of administrative units at a day: all units, districts, and wards (titled with
their district).

The day is the context's (docs/units.md): a dossier (or anything inside one) uses the day its
address was given in (``units.day_for``); anything else the site's day (``units.as_of()``). The
values are the statistics codes of that day. Wards also offer the former units (an address from
an old ID card or land-use certificate), valued by their unit id (``20239@2019``) and titled with
what they are now; on a day with no former units (the seed's) the list is the day's only.
"""

from Acquisition import aq_chain
from Acquisition import aq_inner
from collections import Counter
from danang.portal import _
from danang.portal import units
from danang.portal.data.units import all_units
from zope.globalrequest import getRequest
from zope.i18n import translate
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


def day_of_context(context):
    """The units day of a context: the nearest dossier's (or any object's) ``units_day``, else
    the site's."""
    try:
        chain = aq_chain(aq_inner(context)) if context is not None else ()
    except TypeError:
        chain = (context,)
    for item in chain:
        if getattr(item, "portal_type", None) == "Dossier" or getattr(item, "units_day", None):
            return units.day_for(item)
    return units.as_of()


def _title(unit, by_code):
    if unit["level"] == "ward" and unit["parent"] in by_code and by_code[unit["parent"]]["level"] == "district":
        return f"{unit['name']} ({by_code[unit['parent']]['name']})"
    return unit["name"]


def _vocabulary(levels, day, former=False):
    day_units = all_units(day)
    by_code = {unit["code"]: unit for unit in day_units}
    terms = [
        SimpleTerm(unit["code"], unit["code"], _title(unit, by_code))
        for unit in day_units
        if unit["level"] in levels
    ]
    if former:
        request = getRequest()
        gone = units.former(day, level="commune")
        names = Counter(unit.name for unit in gone)
        for unit in gone:
            title = translate(units.label(unit.id, day), context=request)
            if names[unit.name] > 1:
                # Hòa Minh of 2019 and of 2025-01 are not the same territory: say until when.
                title = translate(
                    _("unit_former_until", default="${label}, đến ngày ${day}",
                      mapping={"label": title, "day": unit.valid_to.strftime("%d/%m/%Y")}),
                    context=request,
                )  # fmt: skip
            terms.append(SimpleTerm(unit.id, unit.id, title))
    return SimpleVocabulary(terms)


@provider(IVocabularyFactory)
def UnitsFactory(context=None):
    return _vocabulary({"city", "district", "ward"}, day_of_context(context))


@provider(IVocabularyFactory)
def DistrictsFactory(context=None):
    return _vocabulary({"district"}, day_of_context(context))


@provider(IVocabularyFactory)
def WardsFactory(context=None):
    return _vocabulary({"ward"}, day_of_context(context), former=True)
