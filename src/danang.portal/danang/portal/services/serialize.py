"""Values made ready for a JSON answer: i18n messages translated, times as ISO 8601 text."""

from danang.portal.deadlines.working_calendar import local
from datetime import datetime
from zope.i18n import translate
from zope.i18nmessageid import Message


def translated(value, language):
    """The value with every i18n message in it translated (JSON-ready)::

        translated({"title": _("status_1", default="Mới đăng ký")}, "en")  # {"title": "Registered"}
    """
    if isinstance(value, Message):
        if value.mapping:
            # zope.i18n falls back to a nested message's id, not its default: translate it first.
            value = Message(value, mapping=translated(dict(value.mapping), language))
        return translate(value, target_language=language)
    if isinstance(value, dict):
        return {key: translated(item, language) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [translated(item, language) for item in value]
    return value


def as_json(value):
    """The value with its datetimes as ISO 8601 text in Vietnam's time (``+07:00`` offset)::

        as_json({"received": datetime(2025, 3, 3, 2, 30, tzinfo=timezone.utc)})
        # {"received": "2025-03-03T09:30:00+07:00"}
    """
    if isinstance(value, dict):
        return {key: as_json(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [as_json(item) for item in value]
    if isinstance(value, datetime):
        return local(value).isoformat()
    return value
