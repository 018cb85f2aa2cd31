"""Public page of a procedure: what to prepare, how long, how much, where, and whether online."""

from danang.portal.catalogue.performers import performing_units
from danang.portal.data.units import get_unit
from plone import api
from Products.Five.browser import BrowserView
from zope.component import getUtility
from zope.schema.interfaces import IVocabularyFactory


def term_title(vocabulary_name, value, context):
    """Title of a vocabulary value, or the raw value when the term is gone (e.g. a deleted sector)."""
    if value in (None, ""):
        return None
    vocabulary = getUtility(IVocabularyFactory, vocabulary_name)(context)
    try:
        return vocabulary.getTerm(value).title
    except LookupError:
        return value


class ServiceView(BrowserView):
    def term(self, vocabulary_name, value):
        return term_title(vocabulary_name, value, self.context)

    def terms(self, vocabulary_name, values):
        return [self.term(vocabulary_name, value) for value in values or []]

    def sector_url(self):
        brains = api.content.find(portal_type="Sector", code=self.context.sector)
        return brains[0].getURL() if brains else None

    def agency_brain(self):
        if not self.context.agency:
            return None
        brains = api.content.find(portal_type="Agency", code=self.context.agency)
        return brains[0] if brains else None

    def performing_units(self):
        return [get_unit(code) for code in performing_units(self.context)]

    def component_groups(self):
        """Dossier papers grouped by case, in the order the editor entered them."""
        groups = []
        for row in self.context.components or []:
            case = row.get("case") or ""
            if not groups or groups[-1]["case"] != case:
                groups.append({"case": case, "rows": []})
            groups[-1]["rows"].append(row)
        return groups

    def form_file_url(self, filename):
        if filename and filename in self.context.objectIds():
            return f"{self.context.absolute_url()}/{filename}/@@download/file"
        return None

    def format_vnd(self, amount):
        return f"{int(amount or 0):,}".replace(",", ".") + " đ"

    def processing(self):
        time = self.context.processing_time or 0
        number = int(time) if float(time).is_integer() else time
        return number, self.term("danang.portal.TimeUnits", self.context.processing_unit)

    def submit_url(self):
        """The online form when the service is at level 3-4 and its form exists."""
        if (self.context.online_level or 0) < 3:
            return None
        for obj in self.context.objectValues():
            if obj.portal_type == "EasyForm":
                return obj.absolute_url()
        return None

    def related_services(self):
        relations = getattr(self.context, "relatedItems", None) or []
        objs = [rel.to_object for rel in relations if not rel.isBroken()]
        return [obj for obj in objs if obj is not None and api.user.has_permission("View", obj=obj)]
