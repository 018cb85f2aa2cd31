"""``GET <site>/@openapi``: the OpenAPI 3.1 document of the portal's REST endpoints.

The document is ``openapi.json`` beside this module, kept in the repository; tests/services/
test_openapi.py calls every endpoint on a test site and validates the real answers against it,
and fails when the package registers an endpoint the document does not describe
(docs/api-conventions.md, "How to add an endpoint to the contract"). The answer names the site
it was asked of as its server.
"""

from danang.portal.services.base import PortalService
from pathlib import Path

import json

DOCUMENT = Path(__file__).with_name("openapi.json")


def document():
    return json.loads(DOCUMENT.read_text(encoding="utf-8"))


class OpenAPIGet(PortalService):
    # The same for everyone.
    personal = False

    def answer(self):
        result = document()
        result["servers"] = [{"url": self.context.absolute_url()}]
        return result
