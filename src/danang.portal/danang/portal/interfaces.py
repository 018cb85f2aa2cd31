"""Marker interfaces shared across the package."""

from zope.publisher.interfaces.browser import IDefaultBrowserLayer


class IDanangPortalLayer(IDefaultBrowserLayer):
    """Browser layer: views and resources of the portal apply only where the add-on is installed."""
