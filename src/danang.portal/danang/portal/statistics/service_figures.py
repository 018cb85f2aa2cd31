"""A procedure's own figures for its page: this year's dossiers, timeliness, time, satisfaction.

Summed over every unit that performs it (a ward-level procedure is done by 56 committees), from
the service tallies of the year's months so far: twelve look-ups, no dossier read.
"""

from collections import Counter
from danang.portal.satisfaction.levels import LEVEL_IDS
from danang.portal.satisfaction.shares import shares
from danang.portal.statistics.contributions import CHANNELS
from danang.portal.statistics.contributions import SERVICE
from danang.portal.statistics.contributions import TIMINGS
from danang.portal.statistics.facts import working_day_minutes
from danang.portal.statistics.months import month_key
from danang.portal.statistics.report import percent


def service_figures(store, code, year):
    """{"year", "received", "received_online", "processed", "early", "on_time", "late",
    "on_time_percent", "average_days", "satisfaction": Shares} of procedure ``code`` in ``year``."""
    counts = Counter()
    if store is not None and code:
        for month in range(1, 13):
            tally = store.tally((SERVICE, month_key(year, month), code))
            if tally is not None:
                counts.update(dict(tally.items()))
    processed = sum(counts[timing] for timing in TIMINGS)
    return {
        "year": year,
        "received": sum(counts[f"received_{channel}"] for channel in CHANNELS),
        "received_online": counts["received_online"],
        "processed": processed,
        **{timing: counts[timing] for timing in TIMINGS},
        "on_time_percent": percent(counts["early"] + counts["on_time"], processed),
        "average_days": round(counts["work_minutes"] / processed / working_day_minutes(), 1) if processed else None,
        "satisfaction": shares({level: counts[f"rating_{level}"] for level in LEVEL_IDS}),
    }


def services_satisfaction(store, period, limit=None):
    """Satisfaction per procedure in ``period``: [{"code", "title", "url", "shares": Shares}],
    the most rated first (ties by code); ``limit``: only the first ones."""
    from danang.portal.statistics.report import flows
    from plone import api

    rated = []
    for code, counts in flows(store, SERVICE, period.first, period.last).items():
        levels = {level: counts.get(f"rating_{level}", 0) for level in LEVEL_IDS}
        if sum(levels.values()):
            rated.append((code, shares(levels)))
    rated.sort(key=lambda item: (-item[1].total, item[0]))
    if limit is not None:
        rated = rated[:limit]
    catalog = api.portal.get_tool("portal_catalog")
    titles = {}
    if rated:
        for brain in catalog(portal_type="Service", code=[code for code, _shares in rated]):
            titles[brain.code] = (brain.Title, brain.getURL())
    return [
        {"code": code, "title": titles.get(code, (code, None))[0], "url": titles.get(code, (code, None))[1], "shares": value}
        for code, value in rated
    ]
