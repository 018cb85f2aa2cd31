"""``GET <portal>/@health``: whether this instance can serve, for the load balancer.

200 ``{"status": "ok", "database": "ok"}`` when the database answers a query now, 503
``{"status": "unavailable", "database": "unavailable"}`` otherwise (docs/deployment.md). Never
cached (``Cache-Control: private, no-store``): every check must reach the instance.

The check goes to the storage itself, past the object caches (publisher/database.py). When the
database does not answer, the request may fail before it reaches this service (opening the
request's database connection fails): publisher/database_down.py answers the same 503 then.
"""

from danang.portal.publisher.database import answers
from danang.portal.services.base import PortalService


class HealthGet(PortalService):
    """The answer of ``@health`` (see the module)."""

    def answer(self):
        if answers(self.context._p_jar.db()):
            return {"status": "ok", "database": "ok"}
        self.request.response.setStatus(503)
        return {"status": "unavailable", "database": "unavailable"}
