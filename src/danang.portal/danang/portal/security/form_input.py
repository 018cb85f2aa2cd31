"""Form input that Zope or plone.restapi cannot read answers 400, not 500.

Zope converts ``name:int=abc`` (``:float``, ``:date``, ``:json``...) while reading the request
(``processInputs``), before anything of the portal runs, and answered a ValueError as 500.
plone.restapi's batching reads ``b_size`` and ``b_start`` with ``int()``, so a repeated one
was a 500 on every listing. At the start of the request the query string and the fields of a
URL-encoded or multipart body (not its files) are checked with Zope's own converters; a value they
refuse is taken out (so that Zope can read the rest; a multipart body is dropped whole, since
nothing will read it) and, like a batching parameter that is not one whole number,
answers 400 with a message naming the parameter when traversal enters the site (the site's
error views can answer from there; not at the start of the request).

A parameter a view takes one value of answers 400 when it comes several times (``?field=a&field=b``
became a list the view could not use, a 500): the parameters of the published method that Zope
fills from the request (``@@danang-applicant-prefill(field)``) and those a view names in its
``single_parameters``.
"""

from danang.portal import _
from danang.portal.language import response_language
from multipart import MultipartError
from multipart import MultipartParser
from multipart import parse_options_header
from urllib.parse import parse_qsl
from urllib.parse import urlencode
from zExceptions import BadRequest
from zope.i18n import translate
from zope.publisher.publish import unwrapMethod
from ZPublisher.Converters import type_converters

import io

BATCHING = ("b_size", "b_start")
# A URL-encoded body larger than this is left to Zope (its own limits apply).
MAX_CHECKED_BODY = 1024 * 1024

BAD_VALUE = _("error_form_bad_value", default="Giá trị của tham số ${name} không hợp lệ.")
BAD_BATCH = _("error_form_bad_batch", default="Tham số ${name} chỉ được có một giá trị số nguyên.")
REPEATED = _("error_form_repeated", default="Tham số ${name} chỉ được có một giá trị.")


PROBLEM_KEY = "danang.portal.form_input_problem"


def refusal(message, request, field=None):
    """BadRequest with ``message`` in the answer's language; the message itself rides along, so
    that the error page translates it into the page's language (browser/errors.py), and the
    parameter at fault (``field``) for the REST error body (services/errors.py)."""
    error = BadRequest(translate(message, target_language=response_language(request)))
    error.i18n_message = message
    error.field = field
    return error


def _multipart_fields(request):
    """(name, value) of the text fields of a multipart body (not its files), or None."""
    environ = request.environ
    content_type, options = parse_options_header(environ.get("CONTENT_TYPE") or "")
    length = environ.get("CONTENT_LENGTH") or ""
    if content_type != "multipart/form-data" or "boundary" not in options or not length.isdigit():
        return None
    if int(length) > MAX_CHECKED_BODY:
        return None
    stdin = request.stdin
    position = stdin.tell()
    try:
        parts = MultipartParser(io.BytesIO(stdin.read(int(length))), options["boundary"], charset="latin-1")
        return [(part.name, part.value) for part in parts if part.filename is None]
    except MultipartError:
        return None  # Zope's own reading of the body says what is wrong with it
    finally:
        stdin.seek(position)


def _urlencoded_body(request):
    content_type = (request.environ.get("CONTENT_TYPE") or "").split(";")[0].strip().lower()
    length = request.environ.get("CONTENT_LENGTH") or ""
    if content_type != "application/x-www-form-urlencoded" or not length.isdigit():
        return None
    if int(length) > MAX_CHECKED_BODY:
        return None
    stdin = request.stdin
    position = stdin.tell()
    body = stdin.read(int(length))
    stdin.seek(position)
    return body.decode("latin-1")


def unreadable(key, value):
    """True when one of Zope's converters named in the key refuses the value."""
    for suffix in key.split(":")[1:]:
        converter = type_converters.get(suffix)
        if converter is None:
            continue
        try:
            converter(value)
        except Exception:
            return True
    return False


def problem(pairs):
    """(message, name) of the first unreadable parameter, or None."""
    batching = {}
    for key, value in pairs:
        name, *suffixes = key.split(":")
        if unreadable(key, value):
            return BAD_VALUE, name
        if name in BATCHING:
            batching.setdefault(name, []).append((suffixes, value))
    # A single value is the endpoint's to judge (-1 is "all" on @vocabularies, @services
    # explains its own limits); a repeated one is a list that int() cannot read.
    for name, values in batching.items():
        if len(values) != 1 or any(suffix not in ("int", "") for suffix in values[0][0]):
            return BAD_BATCH, name
    return None


def _without_unreadable(text):
    pairs = parse_qsl(text, keep_blank_values=True)
    return urlencode([(key, value) for key, value in pairs if not unreadable(key, value)])


def check_form_input(event):
    """IPubStart: note input that cannot be read and take the unreadable values out, so that
    Zope's processInputs does not fail before the site can answer (see the module)."""
    request = event.request
    environ = request.environ
    try:
        query = environ.get("QUERY_STRING", "")
        body = _urlencoded_body(request)
        fields = _multipart_fields(request) if body is None else None
        found = problem(parse_qsl(query, keep_blank_values=True) + parse_qsl(body or "", keep_blank_values=True)
                        + (fields or []))
        if found is None:
            return
        environ[PROBLEM_KEY] = found
        environ["QUERY_STRING"] = _without_unreadable(query)
        if fields is not None:
            # The request is refused (400) before anything reads its form: nothing to keep.
            request.stdin = io.BytesIO(b"")
            environ["CONTENT_TYPE"] = "application/x-www-form-urlencoded"
            environ["CONTENT_LENGTH"] = "0"
        if body is not None:
            cleaned = _without_unreadable(body).encode("latin-1")
            request.stdin = io.BytesIO(cleaned)
            environ["CONTENT_LENGTH"] = str(len(cleaned))
    except (ValueError, OSError, AttributeError, UnicodeError):
        return


def refuse_form_input(site, event):
    """IBeforeTraverseEvent of the site: 400 for what check_form_input noted."""
    request = event.request
    found = request.environ.pop(PROBLEM_KEY, None)
    if found is not None:
        message, name = found
        raise refusal(_(message, mapping={"name": name}), request, name)


def single_parameters(published):
    """Names the published object takes one value of (see the module)."""
    view = getattr(published, "__self__", published)
    names = list(getattr(view, "single_parameters", ()))
    try:
        function, skipped = unwrapMethod(published)
        code = function.__code__
    except (TypeError, AttributeError):
        return names
    if not (getattr(function, "__module__", None) or "").startswith("danang.portal"):
        return names
    parameters = code.co_varnames[skipped:code.co_argcount]
    defaults = dict(zip(reversed(parameters), reversed(function.__defaults__ or ())))
    # A parameter whose default is a list or tuple asks for several values.
    names.extend(name for name in parameters if not isinstance(defaults.get(name), (list, tuple)))
    return names


def refuse_repeated(event):
    """IPubAfterTraversal: 400 for a single-valued parameter given several values."""
    request = event.request
    for name in single_parameters(request.get("PUBLISHED")):
        if isinstance(request.form.get(name), (list, tuple)):
            raise refusal(_(REPEATED, mapping={"name": name}), request, name)
