"""The gateway's pages name their provider in the path: ``@@<view>/<provider>``."""

from Products.Five.browser import BrowserView
from zope.interface import implementer
from zope.publisher.interfaces import IPublishTraverse


@implementer(IPublishTraverse)
class ProviderView(BrowserView):
    """A view that takes exactly one path segment after its name: the provider's name."""

    provider_name = None

    def publishTraverse(self, request, name):
        if self.provider_name is None:
            self.provider_name = name
            return self
        raise KeyError(name)
