"""JSON request bodies too deep to parse answer 400 before anything reads them.

Python's json parser raises RecursionError (not ValueError) on a body nested about a thousand
levels deep, and the first to parse a JSON body is plone.restapi's JWT plugin while PAS
authenticates the request: every REST write answered 500. Bodies declared JSON are scanned once,
when traversal enters the site (before authentication, which comes after traversal), without
recursion; no legitimate request of the portal nests more
than ``MAX_DEPTH`` levels.
"""

from danang.portal import _
from danang.portal.language import response_language
from zExceptions import BadRequest
from zope.i18n import translate

import re

MAX_DEPTH = 64

# Strings first (their brackets do not count), then the brackets themselves.
_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)

TOO_DEEP = _(
    "error_json_too_deep",
    default="Nội dung JSON lồng nhau quá sâu (tối đa ${depth} cấp).",
    mapping={"depth": MAX_DEPTH},
)


def depth_of(text):
    """The deepest nesting of arrays and objects in a JSON text (malformed text: a best guess)."""
    depth = deepest = 0
    for match in _TOKENS.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
        elif token in "]}":
            depth -= 1
    return deepest


def is_json(request):
    content_type = (request.getHeader("Content-Type") or "").split(";")[0].strip().lower()
    return content_type == "application/json" or content_type.endswith("+json")


def check_json_depth(site, event):
    """IBeforeTraverseEvent of the site: refuse a JSON body nested deeper than MAX_DEPTH."""
    request = event.request
    if not is_json(request):
        return
    body = request.get("BODY")
    if not body:
        return
    if isinstance(body, bytes):
        body = body.decode("utf-8", "replace")
    if body.count("[") + body.count("{") <= MAX_DEPTH:
        return
    if depth_of(body) > MAX_DEPTH:
        raise BadRequest(translate(TOO_DEEP, target_language=response_language(request)))
