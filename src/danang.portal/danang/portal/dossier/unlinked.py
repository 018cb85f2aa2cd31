"""Dossiers and their files get no intid and are not scanned for links (docs/throughput.md,
"Bytes per submission").

Plone gives every content object an intid when it is added (five.intid), for relations and link
integrity, and plone.app.linkintegrity scans each added or changed object for links to record.
Nothing refers to a dossier or its files that way (they are found by code, path and UID) and they
hold no links; the intid utility's two trees cost a submission about 14 KB (a bucket of each, for
the dossier and for its file, rewritten whole), the scan some CPU. five.intid registers an object
only when it adapts to IKeyReference, link integrity scans only what adapts to IRetriever: these
adapt to neither (``intids.queryId`` answers None for them). Upgrade ``v1003_perf`` takes the
existing dossiers and files out of the utility.
"""


def nothing(obj):
    """No adapter: registered for dossiers and dossier files in configure.zcml."""
    return None
