"""The examples of docs/api-*.md, executed against a test site: they cannot go stale."""

from danang.portal.data.files import AGENCIES_FILE
from danang.portal.data.files import REAL_SERVICES_FILE
from danang.portal.data.files import SECTORS_FILE
from danang.portal.data.loader import load_all
from pathlib import Path
from plone import api
from tests.fixtures import accounts as testing
from tests.fixtures import forms as form_testing

import base64
import json
import re
import requests
import transaction

TIMEOUT = 30
DOCS = Path(__file__).resolve().parents[2] / "docs"
JSON = {"Accept": "application/json"}


def json_blocks(name):
    """The ```json blocks of a docs page, parsed (those that are JSON: not "…" sketches)."""
    blocks = []
    for text in re.findall(r"```json\n(.*?)```", (DOCS / name).read_text(), re.S):
        try:
            blocks.append(json.loads(text))
        except ValueError:
            continue
    return blocks


def with_files(body):
    """The example's files with real content in place of "<base64>"."""
    content = {".pdf": form_testing.PDF, ".dwg": form_testing.DWG}
    for item in body["files"]:
        item["data"] = base64.b64encode(content[Path(item["filename"]).suffix]).decode()
    return body


def load_real_service(portal, code, folder):
    """The city's sectors, agencies and the one service ``code`` as data/catalogue describes it."""
    record = next(item for item in json.loads(REAL_SERVICES_FILE.read_text()) if item["code"] == code)
    record.pop("related", None)
    source = folder / "services.json"
    source.write_text(json.dumps([record], ensure_ascii=False))
    with api.env.adopt_roles(["Manager"]):
        load_all(portal, progress=False, sectors=SECTORS_FILE, agencies=AGENCIES_FILE, services=[source])


def test_the_submission_example_of_the_docs_is_accepted(functional, api_server, tmp_path):
    portal = functional["portal"]
    load_real_service(portal, "1.009130", tmp_path)
    testing.add_citizen()
    transaction.commit()
    url = f"{api_server['origin']}/{portal.getId()}"
    example = next(block for block in json_blocks("api-dossiers.md") if "service" in block and "files" in block)
    auth = (testing.CITIZEN["username"], testing.CITIZEN["password"])
    answer = requests.post(f"{url}/@dossiers", json=with_files(example), headers=JSON, auth=auth, timeout=TIMEOUT)
    assert answer.status_code == 201, answer.text[:1500]
    created = answer.json()
    documented = next(block for block in json_blocks("api-dossiers.md") if "receipt_pdf_url" in block)
    assert set(created) >= set(documented)
    assert created["service"]["code"] == example["service"]
