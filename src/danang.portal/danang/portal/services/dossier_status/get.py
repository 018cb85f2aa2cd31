"""``GET /@dossier-status``: look-ups are POSTs now; a GET is answered 405 and never looked up.

A phone or ID number in the query string sits in access logs and proxies: an old client that
still sends one gets a clear error naming the POST body to send, and nothing it sent is echoed.
"""

from danang.portal import _
from danang.portal.services.base import PortalService
from danang.portal.services.errors import APIError

USE_POST = _(
    "error_dossier_status_use_post",
    default="Tra cứu hồ sơ gửi bằng POST với nội dung JSON {\"code\": \"<mã hồ sơ>\", \"phone\": "
    "\"<số điện thoại>\"} (hoặc \"id_number\"), không gửi số điện thoại, số CCCD/CMND trên địa chỉ URL.",
)


class DossierStatusGet(PortalService):
    def answer(self):
        raise APIError(405, USE_POST, headers={"Allow": "POST"})
