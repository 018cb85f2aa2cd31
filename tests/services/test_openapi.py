"""The OpenAPI document (services/openapi/openapi.json) against the real answers of a test site,
and against what the package registers: a drift in either fails here."""

from danang.portal.services.openapi.get import document
from jsonschema import Draft202012Validator
from tests.services.openapi_calls import exchanges
from zope.component import getGlobalSiteManager

import requests

TIMEOUT = 30
METHODS = ("GET", "POST", "PATCH", "PUT", "DELETE")


def validator(doc, schema):
    # The components travel with the schema, so that "#/components/..." resolves.
    return Draft202012Validator({"allOf": [schema], "components": doc["components"]})


def test_the_document_is_served_and_valid(api_site):
    doc = document()
    assert doc["openapi"].startswith("3.1")
    served = requests.get(f"{api_site['url']}/@openapi", headers={"Accept": "application/json"}, timeout=TIMEOUT)
    assert served.status_code == 200
    assert served.json()["paths"] == doc["paths"]
    assert served.json()["servers"] == [{"url": api_site["url"]}]
    for path, operations in doc["paths"].items():
        for method, operation in operations.items():
            assert operation["responses"], (method, path)
            for response in operation["responses"].values():
                for content in response.get("content", {}).values():
                    Draft202012Validator.check_schema(content["schema"])


def test_real_answers_match_the_document(api_site):
    doc = document()
    seen = set()
    for method, template, response in exchanges(api_site):
        operation = doc["paths"][template][method.lower()]
        status = str(response.status_code)
        assert status in operation["responses"], f"{method} {template}: {status} is not documented"
        assert response.status_code < 500, response.text[:500]
        schema = operation["responses"][status]["content"]["application/json"]["schema"]
        errors = sorted(validator(doc, schema).iter_errors(response.json()), key=str)
        assert not errors, f"{method} {template} {status}: {[error.message for error in errors[:5]]}"
        seen.add((method, template))
    documented = {(method.upper(), path) for path, operations in doc["paths"].items() for method in operations}
    assert documented - seen == set(), "documented operations the drift test does not call"


def registered_services():
    """(method, @name) of the REST services danang.portal registers (plone.rest's adapters)."""
    services = set()
    for registration in getGlobalSiteManager().registeredAdapters():
        name = registration.name or ""
        # plone.rest makes a class of its own on top of the package's (plone.rest.zcml).
        bases = getattr(registration.factory, "__mro__", ())
        if not any((base.__module__ or "").startswith("danang.portal.services") for base in bases):
            continue
        method = name.split("_", 1)[0]
        if method in METHODS and "@" in name:
            services.add((method, name[name.index("@"):]))
    return services


def test_every_registered_endpoint_is_in_the_document(integration):
    doc = document()
    documented = {(method.upper(), path.rsplit("/", 1)[-1]) for path, operations in doc["paths"].items()
                  for method in operations}
    registered = registered_services()
    assert ("GET", "@services") in registered
    assert registered - documented == set(), "endpoints missing from services/openapi/openapi.json"
