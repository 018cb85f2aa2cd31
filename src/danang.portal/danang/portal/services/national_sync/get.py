"""``GET /@national-sync``: the outbox of the exchange with the national portal, for monitoring
(the figures of ``@@dong-bo-dvc-quoc-gia``, national/operations.py). Administrators only."""

from danang.portal.national import operations
from danang.portal.services.base import PortalService


class NationalSyncGet(PortalService):
    def answer(self):
        return {"@id": f"{self.context.absolute_url()}/@national-sync", **operations.summary(self.context)}
