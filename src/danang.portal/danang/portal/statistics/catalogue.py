"""Catalogue figures (services by online level and implementing level) and the city's 2020 targets.

Counts come from the catalog's indexes (no service is loaded), over the services a visitor can
see, as on the home page. A service with several implementing levels counts in each.

The three 2020 targets of the city's plan (docs/domain/catalogue.md), from the dossiers received (accepted)
in the period, per the procedure's *current* online level:

1. at least 60% of the online services (level 3-4) received at least one online dossier;
2. at least 50% of the dossiers of those services were received online;
3. at least 20% of all dossiers were received online.
"""

from danang.portal import _
from danang.portal.reorganisation.log import applied
from danang.portal.statistics.contributions import CHANNELS
from danang.portal.statistics.contributions import SERVICE
from danang.portal.statistics.report import flows
from danang.portal.statistics.report import percent
from danang.portal.vocabularies.fixed import IMPLEMENTING_LEVELS
from danang.portal.vocabularies.fixed import ONLINE_LEVELS
from plone import api

ONLINE = (3, 4)
TARGETS = (
    (
        "services_with_online_dossiers",
        60,
        _(
            "target_services_with_online_dossiers",
            default="Dịch vụ công trực tuyến mức độ 3, 4 có phát sinh hồ sơ trực tuyến",
        ),
    ),
    (
        "online_share_of_online_services",
        50,
        _(
            "target_online_share_of_online_services",
            default="Hồ sơ của các dịch vụ mức độ 3, 4 được tiếp nhận trực tuyến",
        ),
    ),
    (
        "online_share_of_all",
        20,
        _("target_online_share_of_all", default="Tổng số hồ sơ được tiếp nhận trực tuyến"),
    ),
)


def _count(**query):
    return len(api.content.find(portal_type="Service", **query))


def _moved_since(day):
    """{level: (services, online services)} to add back to today's counts to get those of
    ``day``: the reorganisations that took effect after it moved services between levels (their
    log, reorganisation/log.py, keeps each moved service's levels before and after)."""
    change = {}
    for effective, _plan_id, entry in reversed(applied()):
        if effective <= day:
            continue
        for moved in entry["services"].values():
            before, after = set(moved["before"]["levels"]), set(moved["after"]["levels"])
            online = moved.get("online_level") in ONLINE
            for level, sign in [(level, 1) for level in before - after] + [(level, -1) for level in after - before]:
                total, online_total = change.get(level, (0, 0))
                change[level] = (total + sign, online_total + (sign if online else 0))
    return change


def catalogue_figures(as_of=None):
    """{"by_online_level": [{level, title, count}], "by_level": [{level, title, total, online,
    percent}], "total", "online", "online_percent"}; ``as_of`` (a date): the implementing levels
    as they were that day, before the reorganisations since (the seed's figures of 2019-10-02)."""
    change = _moved_since(as_of) if as_of is not None else {}
    total = _count()
    online = _count(online_level=list(ONLINE))
    by_online_level = [
        {"level": term.value, "title": term.title, "count": _count(online_level=term.value)}
        for term in ONLINE_LEVELS
    ]
    by_level = []
    for term in IMPLEMENTING_LEVELS:
        moved, moved_online = change.get(term.value, (0, 0))
        level_total = _count(levels=term.value) + moved
        level_online = _count(levels=term.value, online_level=list(ONLINE)) + moved_online
        by_level.append(
            {
                "level": term.value,
                "title": term.title,
                "total": level_total,
                "online": level_online,
                "percent": percent(level_online, level_total),
            }
        )
    return {
        "total": total,
        "online": online,
        "online_percent": percent(online, total),
        "by_online_level": by_online_level,
        "by_level": by_level,
    }


def online_service_codes():
    """Codes of the visible services at online level 3 or 4 (from the catalog's metadata)."""
    return {
        brain.code
        for brain in api.content.find(portal_type="Service", online_level=list(ONLINE))
        if brain.code
    }


def targets(store, period):
    """The three targets for ``period``: [{id, title, target, value, numerator, denominator, met}].

    ``value`` is None (and ``met`` None) when there is nothing to measure yet.
    """
    by_service = flows(store, SERVICE, period.first, period.last)
    online_codes = online_service_codes()

    def received(counts):
        return sum(counts.get(f"received_{channel}", 0) for channel in CHANNELS)

    with_online = sum(1 for code in online_codes if by_service.get(code, {}).get("received_online", 0))
    online_services_online = sum(by_service[code].get("received_online", 0) for code in online_codes if code in by_service)
    online_services_all = sum(received(by_service[code]) for code in online_codes if code in by_service)
    all_online = sum(counts.get("received_online", 0) for counts in by_service.values())
    all_received = sum(received(counts) for counts in by_service.values())
    measured = {
        "services_with_online_dossiers": (with_online, len(online_codes)),
        "online_share_of_online_services": (online_services_online, online_services_all),
        "online_share_of_all": (all_online, all_received),
    }
    result = []
    for target_id, target, title in TARGETS:
        numerator, denominator = measured[target_id]
        value = percent(numerator, denominator)
        result.append(
            {
                "id": target_id,
                "title": title,
                "target": target,
                "value": value,
                "numerator": numerator,
                "denominator": denominator,
                # On the exact ratio: 59.96% shows as 60.0% but does not meet 60%.
                "met": None if value is None else 100 * numerator >= target * denominator,
            }
        )
    return result
