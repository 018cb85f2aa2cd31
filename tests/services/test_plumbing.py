"""The REST plumbing every endpoint shares (services/base.py, errors.py, language.py,
serialize.py): the answer's language, personal caching, the one error body, JSON-ready values."""

from danang.portal import _
from danang.portal.deadlines.working_calendar import TIMEZONE
from danang.portal.language import response_language
from danang.portal.services.base import PortalService
from danang.portal.services.errors import APIError
from danang.portal.services.errors import error_body
from danang.portal.services.errors import error_type
from danang.portal.services.serialize import as_json
from danang.portal.services.serialize import translated
from datetime import datetime
from datetime import UTC
from plone.protect.interfaces import IDisableCSRFProtection

import pytest
import transaction

STATUS_NEW = _("status_new", default="Mới đăng ký")


@pytest.fixture
def request_(integration):
    request = integration["request"]
    request.form.clear()
    request.environ.pop("HTTP_ACCEPT_LANGUAGE", None)
    request.cookies.pop("I18N_LANGUAGE", None)
    return request


@pytest.mark.parametrize(
    "header, cookie, form, language",
    [
        (None, None, None, "vi"),
        ("en-US,en;q=0.9", None, None, "en"),
        ("fr, en;q=0.5, vi;q=0.8", None, None, "vi"),
        ("fr", None, None, "vi"),
        ("en", "vi", None, "vi"),
        ("vi", None, "en", "en"),
    ],
)
def test_response_language(request_, header, cookie, form, language):
    if header:
        request_.environ["HTTP_ACCEPT_LANGUAGE"] = header
    if cookie:
        request_.cookies["I18N_LANGUAGE"] = cookie
    if form:
        request_.form["set_language"] = form
    assert response_language(request_) == language


def test_translated_translates_nested_messages():
    nested = _("error_repeated_parameter", default="Tham số ${name} chỉ được dùng một lần.", mapping={"name": STATUS_NEW})
    value = {"a": [STATUS_NEW, ("x", 1)], "b": nested, "c": None}
    assert translated(value, "vi") == {"a": ["Mới đăng ký", ["x", 1]], "b": "Tham số Mới đăng ký chỉ được dùng một lần.",
                                       "c": None}
    assert translated(value, "en")["b"] == "The parameter Newly submitted may be given only once."


def test_as_json_writes_times_in_vietnam():
    moment = datetime(2025, 3, 3, 2, 30, tzinfo=UTC)
    assert as_json({"at": [moment], "naive": datetime(2025, 3, 3, 9, 30), "n": 1}) == {
        "at": ["2025-03-03T09:30:00+07:00"],
        "naive": "2025-03-03T09:30:00+07:00",
        "n": 1,
    }
    assert as_json(moment.astimezone(TIMEZONE)) == "2025-03-03T09:30:00+07:00"


def test_one_error_body():
    assert error_body(404, "x") == {"error": {"type": "NotFound", "message": "x", "errors": []}}
    assert error_body(400, "x", [("b_size", "y")]) == {
        "error": {"type": "BadRequest", "message": "x", "errors": [{"field": "b_size", "message": "y"}]}
    }
    assert error_body(500, "x", incident="abc")["error"]["incident"] == "abc"
    assert [error_type(status) for status in (403, 409, 429, 422)] == [
        "Forbidden", "Conflict", "TooManyRequests", "UnprocessableEntity"]


def service(factory, context, request):
    # plone.rest instantiates services without arguments and sets context and request.
    instance = factory()
    instance.context, instance.request = context, request
    return instance


class Refusing(PortalService):
    def answer(self):
        raise APIError(429, STATUS_NEW, errors=[("code", STATUS_NEW)], headers={"Retry-After": 60})


class Answering(PortalService):
    personal = False
    machine_writes = True

    def answer(self):
        return {"title": STATUS_NEW, "at": datetime(2025, 3, 3, 2, 30, tzinfo=UTC)}


def test_the_base_refuses_with_the_error_body(portal, request_):
    request_.environ["HTTP_ACCEPT_LANGUAGE"] = "en"
    transaction.begin()
    answer = service(Refusing, portal, request_).reply()
    response = request_.response
    assert answer == {"error": {"type": "TooManyRequests", "message": "Newly submitted",
                                "errors": [{"field": "code", "message": "Newly submitted"}]}}
    assert response.getStatus() == 429
    assert response.getHeader("Retry-After") == "60"
    assert response.getHeader("Content-Language") == "en"
    assert response.getHeader("Cache-Control") == "private, no-store, max-age=0"
    # A refused request stores nothing.
    assert transaction.get().isDoomed()
    transaction.abort()
    assert not IDisableCSRFProtection.providedBy(request_)


def test_the_base_answers_json_ready_values(portal, request_):
    request_.response.setHeader("Cache-Control", "")
    answer = service(Answering, portal, request_).reply()
    # Every answer describing a resource has its @id: the URL asked for, when the endpoint sets none.
    assert answer.pop("@id") == request_["ACTUAL_URL"]
    assert answer == {"title": "Mới đăng ký", "at": "2025-03-03T09:30:00+07:00"}
    assert request_.response.getHeader("Cache-Control") == ""
    assert request_.response.getHeader("Content-Language") == "vi"
    assert IDisableCSRFProtection.providedBy(request_)
