"""An e-form's fields and actions, parsed once per request.

EasyForm parses the form's XML model at every ``get_schema`` / ``get_actions`` call, and a
submission asks several times (the payload's fields, the uploads, the answers, which action makes
dossiers): about a tenth of a submission's time (docs/throughput.md). The parsed schema carries
the form object itself (EasyForm's context tagged value), so it is kept for the current request
only, never across requests or threads; the key holds the XML, so an edit within the request is
parsed afresh.
"""

from Acquisition import aq_base
from collective.easyform.api import get_actions
from collective.easyform.api import get_schema
from zope.annotation.interfaces import IAnnotations
from zope.globalrequest import getRequest

KEY = "danang.portal.forms.parsed"


def _once(form, attribute, parse):
    request = getRequest()
    try:
        cache = IAnnotations(request).setdefault(KEY, {}) if request is not None else None
    except TypeError:  # a request that takes no annotations
        cache = None
    if cache is None:
        return parse(form)
    key = (id(aq_base(form)), attribute, getattr(aq_base(form), attribute, None))
    if key not in cache:
        cache[key] = parse(form)
    return cache[key]


def form_schema(form):
    """EasyForm's ``get_schema(form)``, once per request."""
    return _once(form, "fields_model", get_schema)


def form_actions(form):
    """EasyForm's ``get_actions(form)``, once per request."""
    return _once(form, "actions_model", get_actions)
