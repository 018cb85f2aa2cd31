"""``GET <portal>/@health``: whether this instance can serve, for the load balancer.

200 ``{"status": "ok", "database": "ok"}`` when the database answers a query now, 503
``{"status": "unavailable", "database": "unavailable"}`` otherwise (docs/deployment.md). Never
cached (``Cache-Control: private, no-store``): every check must reach the instance.

The check goes to the storage itself, past the object caches: on RelStorage a ``SELECT 1`` on a
new connection of its adapter (the instance's own connections may be idle for minutes); on a
FileStorage a read of the root record from the file.
"""

from danang.portal.services.base import PortalService
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


def database_answers(db):
    """True when the database of ``db`` (a ZODB.DB) answers now."""
    try:
        adapter = relstorage_adapter(db.storage)
        if adapter is not None:
            adapter.connmanager.open_and_call(_select_one)
        else:
            db.storage.load(z64)
    except Exception:
        logger.warning("Health check: the database does not answer", exc_info=True)
        return False
    return True


class HealthGet(PortalService):
    """The answer of ``@health`` (see the module)."""

    def answer(self):
        if database_answers(self.context._p_jar.db()):
            return {"status": "ok", "database": "ok"}
        self.request.response.setStatus(503)
        return {"status": "unavailable", "database": "unavailable"}
