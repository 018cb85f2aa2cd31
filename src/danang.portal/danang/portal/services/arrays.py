"""Array parameters in the forms REST clients send: ``x=1&x=2``, ``x:list=1`` and ``x[]=1``.

Zope reads ``x=1&x=2`` and ``x:list=1`` as a list; ``x[]=1`` (axios's and PHP's form, also
``x[0]=1``) was a parameter named "x[]" that no endpoint reads, so the filter was silently
dropped. On REST requests (an ``@`` step in the path, or ``++api++``) the query string's
``x[]`` and ``x[N]`` are read as ``x:list``, in the order given, before Zope parses it; an
endpoint then takes the list, or refuses it with 400 when it takes one value.
"""

from danang.portal.services.negotiation import names_an_endpoint
from urllib.parse import parse_qsl
from urllib.parse import urlencode

import re

BRACKETS = re.compile(r"^([^\[\]:]+)\[\d*\]$")


def as_zope_lists(query):
    """The query string with ``x[]=``/``x[N]=`` written ``x:list=`` (the rest unchanged)::

    >>> as_zope_lists("level[]=ward&level[]=district&q=a")
    'level%3Alist=ward&level%3Alist=district&q=a'
    """
    pairs = parse_qsl(query, keep_blank_values=True)
    if not any(BRACKETS.match(key) for key, _value in pairs):
        return query
    return urlencode([(BRACKETS.sub(r"\1:list", key), value) for key, value in pairs])


def read_bracket_arrays(event):
    """IPubStart: ``x[]`` parameters of REST requests as Zope lists (see the module)."""
    environ = event.request.environ
    query = environ.get("QUERY_STRING") or ""
    if "[" not in query and "%5B" not in query.upper():
        return
    path = environ.get("PATH_INFO") or ""
    if names_an_endpoint(path) or "++api++" in path:
        environ["QUERY_STRING"] = as_zope_lists(query)
