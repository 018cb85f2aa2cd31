"""State and nonce are single-use: the callback consumes both, and refuses them the second time.

pas.plugins.oidc keeps them in the browser's ``__ac_session`` cookie and leaves them there; the
provider refuses a code used twice, but an ID token's nonce is only the client's to check. Their
hashes are kept on the plugin (ZODB, every instance of a cluster sees them) for
``KEEP_SECONDS``, longer than any sign-in takes; older ones are dropped as new ones come.
"""

from danang.portal import clock

import hashlib

KEEP_SECONDS = 3600
# Pruning touches many buckets: only every so many consumptions, to keep write conflicts rare.
PRUNE_EVERY = 50


def _key(kind, value):
    return f"{kind}:{hashlib.sha256(value.encode('utf-8')).hexdigest()}"


def consume(plugin, kind, value):
    """Mark ``value`` (a state or a nonce) used; False when it was used already."""
    key = _key(kind, value)
    if key in plugin.used:
        return False
    now = clock.now().timestamp()
    plugin.used[key] = now
    if len(plugin.used) % PRUNE_EVERY == 0:
        for old in [k for k, at in plugin.used.items() if now - at > KEEP_SECONDS]:
            del plugin.used[old]
    return True


def used(plugin, kind, value):
    return _key(kind, value) in plugin.used
