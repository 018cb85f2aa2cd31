"""schemathesis against the OpenAPI document on a test site, bounded (a few examples per
operation): no answer is a 500, every answer's status and body are the document's."""

from danang.portal.services.openapi.get import document
from hypothesis import given
from hypothesis import HealthCheck
from hypothesis import Phase
from hypothesis import settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance
from schemathesis.specs.openapi.checks import status_code_conformance
from tests.fixtures import accounts as testing

import base64
import schemathesis

EXAMPLES = 4
CHECKS = [not_a_server_error, status_code_conformance, response_schema_conformance]


def test_fuzzed_requests_get_documented_answers(api_site):
    doc = document()
    doc["servers"] = [{"url": api_site["url"]}]
    schema = schemathesis.openapi.from_dict(doc)
    credentials = f"{testing.CITIZEN['username']}:{testing.CITIZEN['password']}".encode()
    headers = {"Accept": "application/json", "Authorization": "Basic " + base64.b64encode(credentials).decode()}
    tested = 0
    for result in schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
                  suppress_health_check=list(HealthCheck), phases=[Phase.explicit, Phase.generate])
        def run(case):
            response = case.call(base_url=api_site["url"], headers=headers, timeout=30)
            case.validate_response(response, checks=CHECKS)

        run()
        tested += 1
    assert tested == sum(len(operations) for operations in doc["paths"].values())
