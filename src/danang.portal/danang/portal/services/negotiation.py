"""REST requests without a media type of their own: ``Accept: */*`` or none, on an ``@`` endpoint.

plone.rest routes a request to a REST service only when its Accept header names one media type
that a service is registered for (``application/json``); a browser's ``fetch`` sends
``Accept: */*`` and many HTTP clients send none, and ``GET /danang/@services`` then looked for a
view named "@services" and answered 404. A path with an ``@`` step (``@services``,
``@search``, ``@workflow/publish``; not a view's ``@@``) names a REST endpoint: such a request
that accepts anything is routed as JSON, as if it said ``Accept: application/json``. Pages and
files are not ``@`` steps and keep their answers.
"""

from plone.rest.events import mark_as_api_request

ANYTHING = ("", "*/*")


def names_an_endpoint(path):
    return any(step.startswith("@") and not step.startswith("@@") for step in path.split("/"))


def route_as_json(event):
    """IPubStart: a request that accepts anything on an ``@`` path is a JSON REST request."""
    request = event.request
    accept = (request.getHeader("Accept") or "").split(";")[0].strip()
    if accept not in ANYTHING or not names_an_endpoint(request.get("PATH_INFO") or ""):
        return
    mark_as_api_request(request, "application/json")
