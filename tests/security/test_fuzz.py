"""Fuzz: malformed variants of requests to every view and REST service the package registers
answer anything but a server error (status < 500).

The views and services are read from the component registry (adapters whose factory comes from
danang.portal), each called on a context of the kind it is registered for: the site, a Service,
a dossier. Hypothesis draws the malformed parts: Zope converter suffixes with values they refuse,
repeated parameters, non-ASCII and control characters, CR/LF, JSON bodies that are not objects or
nest too deep, multipart uploads whose file name holds CR/LF, control characters, a path or 300
letters and whose content is not what it is declared to be. Bounded: a fixed number of examples per run and a time budget.
"""

from hypothesis import given
from hypothesis import HealthCheck
from hypothesis import settings
from hypothesis import strategies as st
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from zope.component import getGlobalSiteManager

import json
import pytest
import requests
import time

TIMEOUT = 30
BUDGET_SECONDS = 50
PARAMS = ("n", "field", "file", "code", "phone", "id_number", "b_size", "b_start", "amount", "q", "token", "vnp_SecureHash",
          "vnp_Amount", "vnp_TxnRef", "sort_on", "unit", "comment", "x")


def registered_names():
    """{context kind: sorted names} of the package's views and REST services."""
    names = {"site": set(), "dossier": set(), "service": set()}
    for registration in getGlobalSiteManager().registeredAdapters():
        factory = registration.factory
        if not any(getattr(cls, "__module__", "").startswith("danang.portal") for cls in getattr(factory, "__mro__", ())):
            continue
        if len(registration.required) != 2 or not registration.name:
            continue
        context = getattr(registration.required[0], "__identifier__", "") or ""
        name = registration.name
        if "_" in name and name.split("_", 1)[0] in ("GET", "POST", "PATCH", "PUT", "DELETE"):
            name = name.rsplit("_", 1)[-1]  # plone.rest's "<METHOD>_<media type>_<@name>"
        if name == "index.html":
            continue
        if "IDossier" in context:
            names["dossier"].add(name)
        elif "IService" in context or "Service" in context.rsplit(".", 1)[-1]:
            names["service"].add(name)
        elif any(word in context for word in ("ISiteRoot", "IPloneSiteRoot", "INavigationRoot", "interface.Interface")):
            names["site"].add(name)
    return {kind: sorted(found) for kind, found in names.items()}


@pytest.fixture(scope="module")
def targets():
    return registered_names()


@pytest.fixture
def site(dossier_site):
    absolute = dossier_site["absolute"]
    return {"site": dossier_site["url"], "service": absolute(dossier_site["service"]),
            "dossier": absolute(dossier_site["dossier"])}


text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
malformed_value = st.one_of(text, st.sampled_from(["abc", "1.5", "1,5", "", "\r\nX-Injected: 1", "\x00", "Đà Nẵng",
                                                   "9" * 40, "-1", "<script>", "../../etc/passwd", "%ff"]))
suffix = st.sampled_from(["", "", ":int", ":float", ":date", ":json", ":list", ":boolean", ":long", ":tokens", ":record"])
pair = st.tuples(st.sampled_from(PARAMS), suffix, malformed_value)
query = st.lists(pair, min_size=1, max_size=4).map(lambda pairs: pairs + pairs[:1])  # always one repeated
nested = st.integers(min_value=1, max_value=3).map(lambda n: "[" * (70 * n) + "]" * (70 * n))
BOUNDARY = "dn-fuzz"
upload = st.tuples(
    st.sampled_from(["files_1", "result_file", "supplement_files", "form.widgets.file_1"]),
    st.sampled_from(["a\r\nX-Injected: 1.pdf", "don\rx\n.pdf", "\x00\x1b.pdf", "..\\..\\boot.ini", "../../etc/passwd",
                     "x" * 300 + ".pdf", "Đơn đề nghị.pdf", ""]),
    st.sampled_from([b"%PDF-1.4\n%%EOF\n", b"<html><form></form></html>", b"<svg xmlns='http://www.w3.org/2000/svg'/>", b""]),
)
body = st.one_of(st.just("{"), st.just("[]"), st.just('"x"'), nested,
                 st.dictionaries(st.sampled_from(PARAMS), malformed_value, max_size=3).map(json.dumps))


def multipart(params, file):
    """A multipart body written by hand: a client library would escape CR/LF in the file name."""
    field, filename, content = file
    parts = [f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{key}"\r\n\r\n{value}\r\n'.encode()
             for key, value in params]
    parts.append(f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{field}"; filename="{filename}"\r\n'
                 f"Content-Type: application/pdf\r\n\r\n".encode() + content + b"\r\n")
    return b"".join(parts) + f"--{BOUNDARY}--\r\n".encode()


def call(session, base, name, pairs, raw_body, method, as_json, file=None):
    params = [(f"{key}{suffix}", value) for key, suffix, value in pairs]
    headers = {"Accept": "application/json"} if as_json else {}
    data = None
    if method == "POST" and file is not None and not as_json:
        headers["Content-Type"] = f"multipart/form-data; boundary={BOUNDARY}"
        data = multipart(params, file)
    elif method == "POST":
        headers["Content-Type"] = "application/json" if as_json else "application/x-www-form-urlencoded"
        data = raw_body.encode("utf-8") if as_json else params
    url = f"{base}/{name}" if name.startswith("@") else f"{base}/@@{name}"
    return session.request(method, url, params=params if method == "GET" or as_json else None, data=data,
                           headers=headers, allow_redirects=False, timeout=TIMEOUT)


def test_no_server_error_on_malformed_input(site, targets):
    started = time.monotonic()
    owner = requests.Session()
    owner.auth = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)
    anonymous = requests.Session()
    cases = [(kind, name) for kind, names in targets.items() for name in names]
    assert len(cases) > 40, targets
    failures = []
    statuses = []

    @settings(max_examples=len(cases) * 2, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(case=st.sampled_from(cases), pairs=query, raw_body=body, method=st.sampled_from(["GET", "POST"]),
           as_json=st.booleans(), as_owner=st.booleans(), file=st.one_of(st.none(), upload))
    def one(case, pairs, raw_body, method, as_json, as_owner, file):
        if time.monotonic() - started > BUDGET_SECONDS:
            return
        kind, name = case
        session = owner if as_owner else anonymous
        response = call(session, site[kind], name, pairs, raw_body, method, as_json, file)
        statuses.append(response.status_code)
        if response.status_code >= 500:
            failures.append((response.status_code, method, kind, name, pairs, raw_body[:40], as_json, as_owner,
                             file and file[:2]))

    one()
    print(len(statuses), "requests;", {code: statuses.count(code) for code in set(statuses)}, targets)
    assert statuses and failures == [], "\n".join(map(repr, failures[:30]))
