"""Whether the instance's database answers now, past the object caches (``@health``,
publisher/database_down.py).

On RelStorage a ``SELECT 1`` on a new connection of its adapter (the instance's own connections
may be idle for minutes, or ended by the server); on a FileStorage a read of the root record.
"""

from ZODB.utils import z64

import logging

logger = logging.getLogger(__name__)


def _select_one(connection, cursor):
    cursor.execute("SELECT 1")
    return cursor.fetchone()


def relstorage_adapter(storage):
    """The RelStorage adapter under ``storage`` (test DemoStorages stack on it), or None."""
    while storage is not None:
        adapter = getattr(storage, "_adapter", None)
        if adapter is not None:
            return adapter
        storage = getattr(storage, "base", None)
    return None


def answers(db):
    """True when the database of ``db`` (a ZODB.DB) answers now."""
    try:
        adapter = relstorage_adapter(db.storage)
        if adapter is not None:
            adapter.connmanager.open_and_call(_select_one)
        else:
            db.storage.load(z64)
    except Exception:
        logger.warning("The database does not answer", exc_info=True)
        return False
    return True
