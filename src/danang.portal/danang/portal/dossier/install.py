"""The dossier container's set-up (install step): the container, its code counters, its look-up key.

Apart from storage.py so that the modules owning the counters (numbering.py) and the key
(lookup_keys.py) may find the container through storage.py without storage.py depending on them.
"""

from danang.portal.dossier.lookup_keys import ensure_key
from danang.portal.dossier.numbering import counters
from danang.portal.dossier.storage import create_dossier_root


def ensure_dossier_root(portal):
    """Create the dossier container and its code counters; keep an existing one."""
    root = create_dossier_root(portal)
    # Roles granted on the site root (a group made Editor or Reader site-wide) must not reach
    # dossiers: only roles given on the container or on each dossier count.
    root.__ac_local_roles_block__ = True
    counters(root)
    ensure_key(root)
    root.reindexObject()
    return root
