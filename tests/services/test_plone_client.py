"""plone.restapi's official JavaScript client, @plone/client (npm, pinned by
tests/services/plone_client/package-lock.json; `make test` installs it), against the running test
site: login, search, content, vocabularies and workflow work as the ecosystem's apps use them."""

from pathlib import Path
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from tests.fixtures import forms as form_testing

import json
import subprocess
import transaction

CLIENT = Path(__file__).with_name("plone_client")


def test_plone_client_against_the_site(api_site):
    # A draft service for the workflow step (the test site's Documents have no workflow).
    with api.env.adopt_roles(["Manager"]):
        form_testing.make_service(api_site["portal"], code="1.000001", title="Thủ tục nháp")
    transaction.commit()
    assert (CLIENT / "node_modules" / "@plone" / "client").is_dir(), "run `make js-deps` (npm ci)"
    run = subprocess.run(
        ["node", str(CLIENT / "client_check.mjs"), api_site["url"], SITE_OWNER_NAME, SITE_OWNER_PASSWORD,
         "/thu-tuc/1.000001"],
        capture_output=True, text=True, timeout=120, cwd=CLIENT,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    out = json.loads(run.stdout)
    assert [item["@id"].rsplit("/", 1)[-1] for item in out["search"]["items"]] == ["1.009130"]
    assert out["content"]["@type"] == "Service" and out["content"]["code"] == "1.009130"
    assert {"token": "492", "title": "Quận Hải Châu"} in out["vocabulary"]["items"]
    assert out["token"]
    assert out["created"]["@id"].endswith("/tin-thu")
    assert out["before"]["state"]["id"] == "private"
    assert out["published"]["review_state"] == "published"
    assert out["after"]["state"]["id"] == "published"
