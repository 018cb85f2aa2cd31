"""The catalogue's figures and sector counts, computed in one pass and cached until it changes.

The home page (and the catalogue folder's sector list) summarise all of the ~1,600 services; a
pass over their brains costs tens of milliseconds, on every request. The summary is kept in
plone.memoize's RAM cache under a key that changes when it may: the catalogue's generation
(content/generation.py: any service, agency or sector added, edited, moved, removed or
transitioned; its committed state only), who is looking (what a visitor may see: anonymous visitors see published
services only), the site's URL (the sectors' links, behind virtual hosting) and the minute
(publication dates take effect in time, as the catalog's effectiveRange filter does).
Only plain data is cached, never brains. The agency directory of the same pages (listings.py) is
cached the same way: rendering its links from brains was a tenth of the home page's time
(docs/throughput.md).
"""

from collections import Counter
from danang.portal.browser.listings import agency_directory
from danang.portal.browser.listings import services
from danang.portal.content.generation import generation
from datetime import datetime
from plone import api
from plone.memoize import ram

import copy


def _viewer():
    if api.user.is_anonymous():
        return "Anonymous"
    return api.user.get_current().getId()


def _compute():
    counts = Counter()
    online = Counter()
    figures = {"total": 0, "online": 0, "full": 0, "sample": 0}
    for brain in services():
        level = brain.online_level or 0
        figures["total"] += 1
        figures["online"] += level >= 3
        figures["full"] += level == 4
        figures["sample"] += bool(brain.sample)
        counts[brain.sector] += 1
        online[brain.sector] += level >= 3
    sectors = [
        {
            "title": brain.Title,
            "url": brain.getURL(),
            "code": brain.code,
            "count": counts.get(brain.code, 0),
            "online": online.get(brain.code, 0),
        }
        for brain in api.content.find(portal_type="Sector", sort_on="sortable_title")
    ]
    return {"figures": figures, "sectors": sectors}


def _link(brain):
    # What the directory's template reads of an agency (browser/templates/macros.pt).
    return {"Title": brain.Title, "getURL": brain.getURL()}


def _compute_directory():
    directory = agency_directory()
    return {
        "city": [_link(brain) for brain in directory["city"]],
        "districts": [
            {**group, "committee": _link(group["committee"]) if group["committee"] else None,
             "wards": [_link(brain) for brain in group["wards"]]}
            for group in directory["districts"]
        ],
        "ward_count": directory["ward_count"],
    }


def _computed(what):
    return _compute() if what == "summary" else _compute_directory()


@ram.cache(lambda function, what, site_url, viewer, minute, generation: (what, site_url, viewer, minute, generation))
def _cached(what, site_url, viewer, minute, generation):
    return _computed(what)


def _summarised(what):
    site = api.portal.get()
    current = generation(site)
    if current is None:
        return _computed(what)  # nothing committed to key on
    return _cached(what, site.absolute_url(), _viewer(), datetime.now().strftime("%Y%m%d%H%M"), current)


def catalogue_summary():
    """``{"figures": {"total", "online", "full", "sample"}, "sectors": [{"title", "url", "code",
    "count", "online"}]}`` as the current visitor sees the catalogue. Callers get copies."""
    summary = _summarised("summary")
    return {"figures": dict(summary["figures"]), "sectors": [dict(sector) for sector in summary["sectors"]]}


def agency_directory_summary():
    """listings.agency_directory as plain data (each agency ``{"Title", "getURL"}``), cached
    like the summary. Callers get a copy."""
    return copy.deepcopy(_summarised("directory"))
