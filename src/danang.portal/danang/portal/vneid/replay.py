"""State and nonce are single-use: the callback consumes both, and refuses them the second time.

pas.plugins.oidc keeps them in the browser's ``__ac_session`` cookie and leaves them there; the
provider refuses a code used twice, but an ID token's nonce is only the client's to check. Their
hashes are kept on the plugin (ZODB, every instance of a cluster sees them) for
``KEEP_SECONDS``, longer than any sign-in takes (the provider's codes last a minute, its ID tokens
an hour at most); older ones are dropped as new ones come, oldest first through ``used_by_time``.
"""

from danang.portal import clock

import hashlib

KEEP_SECONDS = 3600


def _key(kind, value):
    return f"{kind}:{hashlib.sha256(value.encode('utf-8')).hexdigest()}"


def consume(plugin, kind, value):
    """Mark ``value`` (a state or a nonce) used; False when it was used already."""
    key = _key(kind, value)
    if key in plugin.used:
        return False
    now = clock.now().timestamp()
    for expired in list(plugin.used_by_time.keys(max=(now - KEEP_SECONDS, "~"))):
        plugin.used_by_time.remove(expired)
        plugin.used.pop(expired[1], None)
    plugin.used[key] = now
    plugin.used_by_time.insert((now, key))
    return True


def used(plugin, kind, value):
    return _key(kind, value) in plugin.used
