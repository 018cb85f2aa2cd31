"""Registry settings: the one reader and writer of the portal's ``danang.portal.*`` records.

Each area declares its settings as a zope.schema interface and the prefix of its records (for
example ``lookup/settings.py``: ``ILookupSettings``, ``danang.portal.lookup``); the records are
named ``<prefix>.<field>``, as GenericSetup's ``registry.xml`` registers them. Reading goes
through the field, so a site whose profile has not registered a record yet (an older site before
its upgrade, a script outside the profile) gets the field's default rather than an error.
"""

from plone.registry.interfaces import IRegistry
from zope import schema
from zope.component import queryUtility

_MISSING = object()


def _record_name(interface, prefix, name):
    # Only the interface's own fields: a typo must fail here, not read some other record.
    if name not in schema.getFieldNames(interface):
        raise KeyError(f"{interface.__identifier__} has no field {name!r}")
    return f"{prefix}.{name}"


def read(interface, prefix, name):
    """The value of the record ``<prefix>.<name>`` described by ``interface[name]``.

    A missing record (or no site at all) gives the field's default; so does an empty value of a
    required field (the control panel cannot store one, so it only comes from a broken record).
    An optional field that an administrator emptied stays empty (None).

    >>> from danang.portal.lookup.settings import ILookupSettings, PREFIX
    >>> read(ILookupSettings, PREFIX, "max_wait")  # doctest: +SKIP
    300
    """
    field = interface[name]
    registry = queryUtility(IRegistry)
    record = _record_name(interface, prefix, name)
    value = registry.get(record, _MISSING) if registry is not None else _MISSING
    if value is _MISSING or (value is None and field.required):
        return field.default
    return value


def read_all(interface, prefix):
    """{field name: value} of every field of ``interface``, in schema order (see ``read``).

    >>> from danang.portal.uploads.settings import IUploadSettings, PREFIX
    >>> read_all(IUploadSettings, PREFIX)["default_max_size"]  # doctest: +SKIP
    10
    """
    return {name: read(interface, prefix, name) for name in schema.getFieldNamesInOrder(interface)}


def write(interface, prefix, name, value):
    """Store ``value`` in the record ``<prefix>.<name>``, which the profile has registered.

    >>> from danang.portal.payment.settings import IPaymentSettings, PREFIX
    >>> write(IPaymentSettings, PREFIX, "merchant_code", "DNG00001")  # doctest: +SKIP
    """
    registry = queryUtility(IRegistry)
    if registry is None:
        raise LookupError("no site registry: settings are written inside a Plone site")
    registry[_record_name(interface, prefix, name)] = value
