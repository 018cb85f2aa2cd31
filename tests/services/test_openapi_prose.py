"""The prose docs (docs/*.md) against the OpenAPI document: every operation of the contract is
described for people, and the API pages name no portal endpoint that the contract lacks."""

from danang.portal.services.openapi.get import document
from pathlib import Path

import re

DOCS = Path(__file__).resolve().parents[2] / "docs"
# plone.restapi's own endpoints, described by its documentation (docs/api-conventions.md).
STANDARD = {"@search", "@querystring-search", "@querystring", "@vocabularies", "@workflow", "@types", "@navigation",
            "@registry", "@id", "@login-renew", "@logout", "@users", "@login"}
CITED = re.compile(r"\b(GET|POST|PATCH|PUT|DELETE)\s+[^`\n]*?(@[a-z][a-z-]*)")


def cited(texts):
    return {(method.lower(), name) for text in texts for method, name in CITED.findall(text)}


def test_every_operation_is_described_in_the_docs():
    prose = cited(path.read_text(encoding="utf-8") for path in DOCS.glob("*.md"))
    missing = [
        (method.upper(), path)
        for path, operations in document()["paths"].items()
        for method in operations
        if (method, path.rsplit("/", 1)[-1]) not in prose
    ]
    assert missing == [], "operations of the contract that no page of docs/ describes"


def test_the_api_pages_name_only_endpoints_of_the_contract():
    contract = {path.rsplit("/", 1)[-1] for path in document()["paths"]}
    named = {name for _method, name in cited(path.read_text(encoding="utf-8") for path in DOCS.glob("api-*.md"))}
    assert sorted(named - contract - STANDARD) == []
