"""The editors' page of searches that found nothing (catalogue/failed.py), with a link to add a
synonym for each and a button to forget one that has been dealt with."""

from danang.portal import _
from danang.portal.catalogue.failed import failed_searches
from plone import api
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
from urllib.parse import urlencode

SHOWN = 200


class FailedSearchesView(BrowserView):
    message = None

    def __call__(self):
        if self.request.method == "POST" and self.request.form.get("forget"):
            CheckAuthenticator(self.request)
            store = failed_searches()
            if store is not None and store.forget(self.request.form["forget"]):
                api.portal.show_message(
                    _("failed_search_forgotten", default="Đã xóa câu tìm khỏi danh sách."), self.request
                )
            self.request.response.redirect(f"{self.context.absolute_url()}/@@failed-searches")
            return ""
        return self.index()

    @property
    def store(self):
        return failed_searches()

    def rows(self):
        store = self.store
        if store is None:
            return []
        portal_url = self.context.absolute_url()
        return [
            {
                "key": key,
                "query": shown,
                "count": count,
                "add_url": f"{portal_url}/@@danang-search-controlpanel?{urlencode({'add': shown})}",
                "search_url": f"{portal_url}/thu-tuc?{urlencode({'q': shown})}",
            }
            for key, shown, count in store.items()[:SHOWN]
        ]

    def totals(self):
        store = self.store
        if store is None:
            return {"total": 0, "distinct": 0, "dropped": 0}
        return {"total": store.total(), "distinct": store.distinct(), "dropped": store.dropped()}
