"""Cổng dịch vụ công trực tuyến thành phố Đà Nẵng (Da Nang's online public-services portal)."""

from zope.i18nmessageid import MessageFactory

PACKAGE_NAME = "danang.portal"

_ = MessageFactory(PACKAGE_NAME)


# The publisher's pause between conflict retries (publisher/retry_delay.py).
from danang.portal.publisher import retry_delay  # noqa: E402

retry_delay.apply()
