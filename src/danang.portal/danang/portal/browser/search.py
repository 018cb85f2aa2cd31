"""The service search page: the default view of the ``thu-tuc`` folder.

A plain GET form: every filter lives in the URL (shareable, back button works) and the page works
without JavaScript. static/search.js only fetches the same URL and swaps the results region.
Criteria, engine and result data are those of the REST endpoint (danang.portal.catalogue).
"""

from danang.portal import _
from danang.portal import money
from danang.portal.catalogue.criteria import Criteria
from danang.portal.catalogue.criteria import criteria_from_form
from danang.portal.catalogue.criteria import criteria_to_params
from danang.portal.catalogue.criteria import InvalidCriteria
from danang.portal.catalogue.criteria import translate_message
from danang.portal.catalogue.facets import FACETS
from danang.portal.catalogue.failed import record_if_failed
from danang.portal.catalogue.interfaces import IServiceCatalogue
from danang.portal.catalogue.search import search
from danang.portal.catalogue.summary import ServiceSummaries
from plone.memoize.view import memoize
from plone.protect.interfaces import IDisableCSRFProtection
from Products.Five.browser import BrowserView
from urllib.parse import urlencode
from zope.interface import alsoProvides
from zope.interface import noLongerProvides

SEARCH_VIEW = "service-search"
PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
# Facets with long value lists show this many, the rest behind "show more".
SHORT_LIST = 8
# Facets shown as a drop-down list rather than check boxes (64 units do not fit as boxes).
SELECT_FACETS = ("unit",)
PAGE_WINDOW = 2


def install_search_page(folder):
    """Make the search page the folder's default view."""
    alsoProvides(folder, IServiceCatalogue)
    folder.setLayout(SEARCH_VIEW)
    folder.reindexObject(idxs=["object_provides"])


def uninstall_search_page(folder):
    noLongerProvides(folder, IServiceCatalogue)
    if folder.getLayout() == SEARCH_VIEW:
        folder.setLayout(folder.getTypeInfo().default_view)
    folder.reindexObject(idxs=["object_provides"])


class ServiceSearchView(BrowserView):
    error = None

    def __call__(self):
        try:
            self.criteria = criteria_from_form(
                self.request.form, self.context, default_size=PAGE_SIZE, max_size=MAX_PAGE_SIZE
            )
        except InvalidCriteria as error:
            # The page stays usable: the message above the whole catalogue, the text kept in the box.
            self.error = translate_message(error.message, context=self.request)
            self.request.response.setStatus(400)
            self.criteria = Criteria(b_size=PAGE_SIZE)
        self.results = search(self.criteria, self.context)
        if record_if_failed(self.results):
            # The count of failed queries is the only write of a search (catalogue/failed.py).
            alsoProvides(self.request, IDisableCSRFProtection)
        return self.index()

    # URLs ----------------------------------------------------------------------------------------

    @property
    def base_url(self):
        return self.context.absolute_url()

    def url(self, params):
        query = urlencode(params)
        return f"{self.base_url}?{query}" if query else self.base_url

    def url_with(self, **changes):
        return self.url(criteria_to_params(self.criteria, PAGE_SIZE, **changes))

    def url_without(self, name, token=None):
        """This search without one facet value (or one whole parameter), from the first page."""
        params = [
            (key, value)
            for key, value in criteria_to_params(self.criteria, PAGE_SIZE)
            if key != "b_start" and not (key == name and (token is None or value == token))
        ]
        return self.url(params)

    # Form ----------------------------------------------------------------------------------------

    @property
    def text(self):
        """What the visitor typed, kept even when it was refused."""
        value = self.request.form.get("q", "")
        return value if isinstance(value, str) else ""

    @property
    def page_size(self):
        """The visitor's own page size, kept by the form; None for the default."""
        return self.criteria.b_size if self.criteria.b_size != PAGE_SIZE else None

    @property
    def max_days(self):
        days = self.criteria.max_days
        if days is None:
            return ""
        return str(int(days)) if float(days).is_integer() else str(days)

    def sort_options(self):
        options = [
            # Without text, "most relevant" is name order: one default for both cases.
            ("relevance", _("sort_relevance", default="Phù hợp nhất")),
            ("name", _("sort_name", default="Tên thủ tục (A-Z)")),
            ("days", _("sort_days", default="Thời hạn giải quyết ngắn nhất")),
        ]
        return [
            {"value": value, "title": title, "selected": value == self.criteria.sort_on}
            for value, title in options
        ]

    @memoize
    def facets(self):
        facets = []
        for facet in FACETS:
            values = [
                {
                    "token": item.token,
                    "title": item.title,
                    "count": item.count,
                    "selected": item.selected,
                    "id": f"dn-f-{facet.name}-{item.token}",
                }
                for item in self.results.facets[facet.name]
            ]
            if not values:
                continue
            selected = [value for value in values if value["selected"]]
            facets.append(
                {
                    "name": facet.name,
                    "title": facet.title,
                    "select": facet.name in SELECT_FACETS,
                    # Not "values": TALES paths would find the dict's method first.
                    "shown": values[:SHORT_LIST],
                    "more": values[SHORT_LIST:],
                    "more_open": any(value["selected"] for value in values[SHORT_LIST:]),
                    "selected": selected,
                    # A drop-down holds one value; further ones (from a shared URL) ride along hidden.
                    "extra_selected": selected[1:] if facet.name in SELECT_FACETS else [],
                    "chosen_token": selected[0]["token"] if selected else "",
                }
            )
        return facets

    @memoize
    def active_filters(self):
        """Removable chips: one per text, facet value and time limit."""
        chips = []
        if self.criteria.text:
            chips.append(
                {
                    "label": _("label_search_text", default="Từ khóa"),
                    "value": self.criteria.text,
                    "url": self.url_without("q"),
                }
            )
        for facet in FACETS:
            for item in self.results.facets[facet.name]:
                if item.selected:
                    chips.append(
                        {
                            "label": facet.title,
                            "value": item.title,
                            "url": self.url_without(facet.name, item.token),
                        }
                    )
        if self.criteria.max_days is not None:
            chips.append(
                {
                    "label": _("label_max_days", default="Thời hạn tối đa (ngày)"),
                    "value": self.max_days,
                    "url": self.url_without("max_days"),
                }
            )
        return chips

    # How the text was understood -------------------------------------------------------------------

    @property
    def understood(self):
        """The query as searched ("Kết quả cho: …") when synonyms or corrections changed it."""
        interpretation = self.results.interpretation
        return interpretation.shown if interpretation is not None and interpretation.shown else None

    @property
    def partial(self):
        """Some results match only most of the words (they follow those matching all)."""
        return self.results.partial

    @property
    def suggestion(self):
        """{"text", "url"} of the "Có phải bạn muốn tìm" link, or None."""
        text = self.results.suggestion
        if not text:
            return None
        return {"text": text, "url": self.url([(key, value) for key, value in criteria_to_params(self.criteria, PAGE_SIZE, q=text) if key != "b_start"])}

    # Results -------------------------------------------------------------------------------------

    @property
    def total(self):
        return self.results.total

    @memoize
    def cards(self):
        summaries = ServiceSummaries(self.context)
        return [self._card(summaries(brain)) for brain in self.results.brains()]

    def _card(self, summary):
        time = summary["processing_time"]
        if not time["value"]:
            summary["time_text"] = _("time_immediate", default="Giải quyết ngay trong ngày")
        else:
            summary["time_text"] = None
        summary["fee_text"] = (
            money.vnd(summary["fee"]["total"]) if summary["fee"].get("token") == "paid" else None
        )
        summary["agency_text"] = self._agency_text(summary)
        return summary

    def _agency_text(self, summary):
        agencies = summary["agency"]
        if len(agencies) == 1:
            return agencies[0]["title"]
        levels = {level["token"] for level in summary["level"]}
        if levels == {"ward"}:
            return _("agency_ward_committees", default="UBND phường, xã nơi nộp hồ sơ")
        if levels == {"district"}:
            return _("agency_district_committees", default="UBND quận, huyện nơi nộp hồ sơ")
        if agencies:
            return _("agency_committees", default="UBND quận, huyện hoặc phường, xã nơi nộp hồ sơ")
        return None

    # Batching ------------------------------------------------------------------------------------

    @memoize
    def pages(self):
        """Page links around the current one, or None when everything fits one page."""
        size = self.criteria.b_size
        total = self.total
        if total <= size:
            return None
        last = (total - 1) // size + 1
        current = min(self.criteria.b_start // size + 1, last)
        numbers = sorted(
            {1, last} | set(range(max(1, current - PAGE_WINDOW), min(last, current + PAGE_WINDOW) + 1))
        )
        items = []
        previous = None
        for number in numbers:
            if previous is not None and number - previous > 1:
                items.append({"gap": True})
            items.append(
                {
                    "gap": False,
                    "number": number,
                    "current": number == current,
                    "url": self.url_with(b_start=(number - 1) * size or None),
                }
            )
            previous = number
        return {
            "links": items,
            "previous": self.url_with(b_start=(current - 2) * size or None) if current > 1 else None,
            "next": self.url_with(b_start=current * size) if current < last else None,
        }

    @property
    def first_shown(self):
        return min(self.criteria.b_start + 1, self.total)

    @property
    def last_shown(self):
        return min(self.criteria.b_start + self.criteria.b_size, self.total)
