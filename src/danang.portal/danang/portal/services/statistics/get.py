"""``GET <portal>/@statistics``: the statistics page's figures as JSON (docs/api-statistics.md).

Parameters: those of the page (statistics/period.py). Answer::

    {"period": {"kind", "first", "last", "label", "start", "end", "ongoing", "params"},
     "columns": [{"id", "title", "group"}],
     "groups": [{"id", "title", "rows": [{"code", "title", "url", <column id>: n, ...,
                 "on_time_percent", "average_days", "satisfaction": {...}}], "total": {...}}],
     "total": {...},
     "months": [{"month", "received", "received_online", "processed", "late"}],
     "units": "end" | "old",  (units=old: as received; else those standing at the period's end)
     "catalogue": {"total", "online", "online_percent", "by_online_level": [...], "by_level": [...],
                   "as_of"},  (catalogue_date=YYYY-MM-DD: the levels as they were that day)
     "targets": [{"id", "title", "target", "value", "numerator", "denominator", "met"}],
     "services_satisfaction": [{"code", "title", "url", "satisfaction": {...}}],  (most rated first)
     "national_sync": {"units": [{"unit", "title", "dossiers", "on_time", "late", "failed",
                       "pending", "synchronised_percent", "on_time_percent"}], "total": {...}},
     "definitions": [{"term", "definition"}]}

Bad parameters: 400 with the error body of docs/api-conventions.md (``errors`` naming the
parameter), in Vietnamese or English when asked, like @services.
"""

from danang.portal import clock
from danang.portal.national.sync_figures import sync_shares
from danang.portal.services.base import PortalService
from danang.portal.services.errors import APIError
from danang.portal.statistics.catalogue import catalogue_figures
from danang.portal.statistics.catalogue import targets
from danang.portal.statistics.period import catalogue_day
from danang.portal.statistics.period import END_UNITS
from danang.portal.statistics.period import parse_period
from danang.portal.statistics.period import PeriodError
from danang.portal.statistics.period import unit_view
from danang.portal.statistics.report import average_days
from danang.portal.statistics.report import COLUMNS
from danang.portal.statistics.report import DEFINITIONS
from danang.portal.statistics.report import on_time_share
from danang.portal.statistics.report import satisfaction
from danang.portal.statistics.report import table
from danang.portal.statistics.report import trend
from danang.portal.statistics.report import trend_window
from danang.portal.statistics.service_figures import services_satisfaction
from danang.portal.statistics.store import get_store
from plone import api

ROW_KEYS = ("code", "title", "url") + tuple(key for key, _title, _group in COLUMNS)


def _shares(shares):
    return {
        "ratings": shares.total,
        "counts": shares.counts,
        "percent": shares.percent if shares.total else None,
        "satisfied_percent": shares.satisfied,
    }


def _row(row):
    result = {key: row.get(key) for key in ROW_KEYS}
    result["on_time_percent"] = on_time_share(row)
    result["average_days"] = average_days(row)
    result["satisfaction"] = _shares(satisfaction(row))
    return result


def statistics_json(period, units=END_UNITS, catalogue_date=None):
    store = get_store()
    result = table(store, period, units)
    first, last = trend_window(period)
    return {
        "period": {
            "kind": period.kind,
            "first": period.first,
            "last": period.last,
            "label": period.label(),
            "start": period.start.isoformat(),
            # An ongoing period ends "now": to the minute, so that the answer (and its ETag,
            # services/base.py) stays the same while nothing is counted.
            "end": (period.end.replace(second=0, microsecond=0) if period.ongoing else period.end).isoformat(),
            "ongoing": period.ongoing,
            "params": period.params(),
        },
        "columns": [{"id": key, "title": title, "group": group} for key, title, group in COLUMNS],
        "groups": [
            {
                "id": group["id"],
                "title": group["title"],
                "rows": [{**_row(row), "former": row.get("former", [])} for row in group["rows"]],
                "total": _row(group["total"]),
            }
            for group in result["groups"]
        ],
        "total": _row(result["total"]),
        "months": trend(store, first, last),
        "units": units,
        "catalogue": {**catalogue_figures(catalogue_date), "as_of": catalogue_date.isoformat() if catalogue_date else None},
        "targets": targets(store, period),
        "services_satisfaction": [
            {"code": item["code"], "title": item["title"], "url": item["url"], "satisfaction": _shares(item["shares"])}
            for item in services_satisfaction(store, period)
        ],
        "national_sync": sync_shares(api.portal.get(), period.start, period.end),
        "definitions": [{"term": term, "definition": text} for term, text in DEFINITIONS],
    }


class StatisticsGet(PortalService):
    # Aggregated figures, no personal data: the same answer for everyone.
    personal = False
    proxy_max_age = 300

    def answer(self):
        try:
            now = clock.now()
            period = parse_period(self.request.form, now)
            units = unit_view(self.request.form)
            catalogue_date = catalogue_day(self.request.form, now)
        except PeriodError as error:
            errors = [(error.field, error.message)] if error.field else []
            raise APIError(400, error.message, errors) from None
        return statistics_json(period, units, catalogue_date)
