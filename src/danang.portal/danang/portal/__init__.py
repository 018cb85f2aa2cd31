"""Cổng dịch vụ công trực tuyến thành phố Đà Nẵng (Da Nang's online public-services portal)."""

from zope.i18nmessageid import MessageFactory

PACKAGE_NAME = "danang.portal"

_ = MessageFactory(PACKAGE_NAME)
