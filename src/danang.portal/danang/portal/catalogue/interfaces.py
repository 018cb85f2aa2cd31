"""Marker interfaces of the service catalogue."""

from zope.interface import Interface


class IServiceCatalogue(Interface):
    """The folder holding the services (``thu-tuc``); its default view is the service search."""
