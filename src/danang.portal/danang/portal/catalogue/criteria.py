"""Search criteria: read and check the request parameters shared by the page and ``@services``.

Parameters: ``q`` (text), one per facet (``sector``, ``agency``, ``level``, ``unit``,
``online_level``, ``online_mode``, ``audience``, ``fee``; repeatable: OR within a facet, AND across
facets), ``max_days``, ``sort_on`` (relevance, name, days), ``sort_order`` (ascending, descending),
``b_start`` and ``b_size``. Anything else is ignored, so that callers may add their own parameters
(cache busters, ``set_language``).
"""

from danang.portal import _
from danang.portal.catalogue.facets import FACETS
from danang.portal.catalogue.text import InvalidText
from danang.portal.catalogue.text import parse_terms
from dataclasses import dataclass
from dataclasses import field
from zope.i18n import translate
from zope.i18nmessageid import Message

import math

SORTS = ("relevance", "name", "days")
SORT_ORDERS = ("ascending", "descending")
MAX_DAYS = 3650
MAX_B_START = 1_000_000
_SHOWN_VALUE_LENGTH = 40


def translate_message(message, target_language=None, context=None):
    """Translate a message whose mapping holds messages too (a criterion's title).

    zope.i18n falls back to the message id, not its default, for such nested messages when the
    language has no catalog entry: translate them first.
    """
    mapping = {
        key: translate(value, target_language=target_language, context=context)
        if isinstance(value, Message)
        else value
        for key, value in (message.mapping or {}).items()
    }
    return translate(Message(message, mapping=mapping), target_language=target_language, context=context)


class InvalidCriteria(ValueError):
    """A parameter cannot be used; ``message`` (an i18n message) says why, ``parameter`` which."""

    def __init__(self, message, parameter=None):
        super().__init__(message)
        self.message = message
        self.parameter = parameter


@dataclass(frozen=True)
class Criteria:
    text: str = ""
    terms: tuple = ()
    # facet name -> tuple of index values (in the order asked, without repeats)
    filters: dict = field(default_factory=dict)
    max_days: float = None
    # "relevance" without text means name order (nothing to be relevant to).
    sort_on: str = "relevance"
    descending: bool = False
    b_start: int = 0
    b_size: int = 20

    def selected(self, facet_name):
        return self.filters.get(facet_name, ())


def _values(form, name):
    value = form.get(name)
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return list(value)
    return [value]


def _single(form, name):
    values = [value for value in _values(form, name) if value not in ("", None)]
    if len(set(map(str, values))) > 1:
        raise InvalidCriteria(
            _("error_repeated_parameter", default="Tham số ${name} chỉ được dùng một lần.", mapping={"name": name}),
            name,
        )
    return values[0] if values else None


def _shown(value):
    text = str(value)
    return text if len(text) <= _SHOWN_VALUE_LENGTH else text[: _SHOWN_VALUE_LENGTH - 1] + "…"


def _integer(form, name, default, minimum, maximum, message):
    value = _single(form, name)
    if value is None:
        return default
    try:
        number = int(str(value).strip())
    except ValueError:
        raise InvalidCriteria(message, name) from None
    if not minimum <= number <= maximum:
        raise InvalidCriteria(message, name)
    return number


def _max_days(form):
    value = _single(form, "max_days")
    if value is None:
        return None
    message = _(
        "error_bad_max_days",
        default="Thời hạn giải quyết tối đa (max_days) phải là một số từ 0 đến ${max} ngày.",
        mapping={"max": MAX_DAYS},
    )
    try:
        days = float(str(value).strip().replace(",", "."))
    except ValueError:
        raise InvalidCriteria(message, "max_days") from None
    if not math.isfinite(days) or not 0 <= days <= MAX_DAYS:
        raise InvalidCriteria(message, "max_days")
    return days


def _filters(form, context):
    filters = {}
    for facet in FACETS:
        tokens = [token for token in _values(form, facet.name) if token not in ("", None)]
        if not tokens:
            continue  # absent, or the "all" choice of a drop-down list
        vocabulary = facet.terms(context)
        chosen = []
        for token in tokens:
            try:
                value = vocabulary.getTermByToken(str(token)).value
            except LookupError:
                raise InvalidCriteria(
                    _(
                        "error_unknown_value",
                        default="Không có giá trị “${value}” cho tiêu chí “${criterion}” (tham số ${name}).",
                        mapping={"value": _shown(token), "criterion": facet.title, "name": facet.name},
                    ),
                    facet.name,
                ) from None
            if value not in chosen:
                chosen.append(value)
        if chosen:
            filters[facet.name] = tuple(chosen)
    return filters


def criteria_from_form(form, context=None, default_size=20, max_size=100):
    """Criteria from a request's form (or any mapping of parameter -> value or list of values).

    Raises InvalidCriteria with a message for the caller to show (a 400 in the API).
    """
    text = _single(form, "q") or ""
    try:
        terms = tuple(parse_terms(text))
    except InvalidText as error:
        raise InvalidCriteria(error.message, "q") from None

    sort_on = _single(form, "sort_on") or "relevance"
    if sort_on not in SORTS:
        raise InvalidCriteria(
            _(
                "error_bad_sort",
                default="Cách sắp xếp (sort_on) phải là relevance (phù hợp nhất), name (tên) hoặc days (thời hạn).",
            ),
            "sort_on",
        )
    sort_order = _single(form, "sort_order") or "ascending"
    if sort_order == "reverse":
        sort_order = "descending"  # ZCatalog's spelling
    if sort_order not in SORT_ORDERS:
        raise InvalidCriteria(
            _("error_bad_sort_order", default="Thứ tự sắp xếp (sort_order) phải là ascending hoặc descending."),
            "sort_order",
        )

    b_size = _integer(
        form,
        "b_size",
        default_size,
        1,
        max_size,
        _(
            "error_bad_batch_size",
            default="Số kết quả mỗi trang (b_size) phải là số nguyên từ 1 đến ${max}.",
            mapping={"max": max_size},
        ),
    )
    b_start = _integer(
        form,
        "b_start",
        0,
        0,
        MAX_B_START,
        _(
            "error_bad_batch_start",
            default="Vị trí bắt đầu (b_start) phải là số nguyên từ 0 đến ${max}.",
            mapping={"max": MAX_B_START},
        ),
    )
    return Criteria(
        text=text.strip(),
        terms=terms,
        filters=_filters(form, context),
        max_days=_max_days(form),
        sort_on=sort_on,
        descending=sort_order == "descending",
        b_start=b_start,
        b_size=b_size,
    )


def criteria_to_params(criteria, default_size=None, **changes):
    """(name, token) pairs that reproduce the criteria in a URL; ``changes`` override single values.

    ``b_size`` is left out when it is ``default_size`` (or when no default is given).
    """
    params = []
    if criteria.text:
        params.append(("q", criteria.text))
    for facet in FACETS:
        for value in criteria.selected(facet.name):
            params.append((facet.name, str(value)))
    if criteria.max_days is not None:
        days = criteria.max_days
        params.append(("max_days", str(int(days)) if float(days).is_integer() else str(days)))
    if criteria.sort_on != "relevance":
        params.append(("sort_on", criteria.sort_on))
    if criteria.descending:
        params.append(("sort_order", "descending"))
    if criteria.b_start:
        params.append(("b_start", str(criteria.b_start)))
    if default_size is not None and criteria.b_size != default_size:
        params.append(("b_size", str(criteria.b_size)))
    for name, value in changes.items():
        params = [(key, val) for key, val in params if key != name]
        if value is not None:
            params.append((name, str(value)))
    return params
