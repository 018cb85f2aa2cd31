"""The VNeID sign-in against a real OpenID Connect provider on 127.0.0.1 (npm oidc-provider):
claims to a verified account, refused replays of state and nonce, expired and wrongly signed ID
tokens. The provider's pages are driven over HTTP; the browser flow is tests/e2e/test_vneid_sign_in.py."""

from danang.portal import clock
from danang.portal.dossier.verified_identity import verified_fields
from danang.portal.dossier.verified_identity import verified_member_details
from danang.portal.vneid import flow
from danang.portal.vneid import replay
from danang.portal.vneid.plugin import get_plugin
from datetime import date
from datetime import timedelta
from plone import api
from plone.app.testing import login
from plone.app.testing import logout
from tests.fixtures import vneid as testing
from tests.fixtures.oidc_provider import new_rsa_key
from tests.fixtures.oidc_provider import start_provider
from urllib.parse import parse_qs
from urllib.parse import urlparse

import pytest


@pytest.fixture
def portal(integration):
    return integration["portal"]


@pytest.fixture(scope="module")
def shared_providers():
    """One provider per portal address for the module's tests (each configures the portal anew)."""
    running = {}
    yield running
    for provider in running.values():
        provider.stop()


@pytest.fixture
def provider(portal, shared_providers):
    url = portal.absolute_url()
    if url not in shared_providers:
        shared_providers[url] = start_provider([f"{url}/@@vneid-callback"], [f"{url}/logged-out"], testing.ACCOUNTS)
    testing.configure(shared_providers[url])
    return shared_providers[url]


def callback_request(portal, request, callback_url, cookies):
    """The integration request as the browser's arrival at the callback."""
    query = parse_qs(urlparse(callback_url).query)
    request.form.clear()
    request.form.update({key: values[0] for key, values in query.items()})
    request.environ["QUERY_STRING"] = urlparse(callback_url).query
    request.cookies.update(cookies)
    return request


def start(portal, request):
    """@@vneid-login: the provider's URL and the add-on's session cookie it set."""
    plugin = get_plugin(portal)
    url = flow.authorization_url(plugin, request)
    cookie = request.response.cookies["__ac_session"]["value"]
    value = cookie.decode() if isinstance(cookie, bytes) else cookie
    return url, {"__ac_session": value}


def arrive(portal, request, provider, login=testing.CITIZEN_LOGIN):
    url, cookies = start(portal, request)
    callback_url = testing.sign_in_at_provider(url, login, stop_at=f"{portal.absolute_url()}/@@vneid-callback")
    return callback_request(portal, request, callback_url, cookies)


def test_authorization_request_uses_pkce_state_nonce(portal, provider):
    url, cookies = start(portal, portal.REQUEST)
    query = parse_qs(urlparse(url).query)
    assert url.startswith(f"{provider.issuer}/auth?")
    assert query["code_challenge_method"] == ["S256"]
    assert query["response_type"] == ["code"]
    assert set(query["scope"][0].split()) == {"openid", "profile", "vneid"}
    assert query["redirect_uri"] == [f"{portal.absolute_url()}/@@vneid-callback"]
    assert query["state"] and query["nonce"] and cookies["__ac_session"]


def test_claims_make_a_verified_account_and_the_callback_signs_in(portal, provider):
    request = arrive(portal, portal.REQUEST, provider)
    view = portal.restrictedTraverse("@@vneid-callback")
    view()
    assert request.response.getStatus() == 302
    assert request.response.getHeader("Location") == f"{portal.absolute_url()}/@@ho-so-cua-toi"
    member = api.user.get(userid=f"vneid-{testing.CITIZEN_LOGIN}")
    assert member.getProperty("fullname") == "Nguyễn Thị Thu Hà"
    assert member.getProperty("id_number") == "048095009999"
    assert verified_member_details(member) == {
        "fullname": "Nguyễn Thị Thu Hà", "id_number": "048095009999", "birth_date": date(1995, 3, 8),
    }
    assert verified_fields(member) == {
        "name": "Nguyễn Thị Thu Hà", "id_number": "048095009999", "birth_date": date(1995, 3, 8),
    }
    # Plone's session ticket and the ID token for the provider's logout.
    assert "__ac" in request.response.cookies
    assert request.response.cookies["__vneid_id_token"]["value"]
    assert get_plugin(portal).user_for(testing.CITIZEN_LOGIN) == member.getId()


def test_organisation_tax_code_is_verified(portal, provider):
    arrive(portal, portal.REQUEST, provider, login=testing.ORGANISATION_LOGIN)
    portal.restrictedTraverse("@@vneid-callback")()
    member = api.user.get(userid=f"vneid-{testing.ORGANISATION_LOGIN}")
    assert verified_member_details(member) == {"fullname": "Công ty TNHH Sông Hàn", "tax_code": "0401234567"}


def refused_page(portal, request):
    html = portal.restrictedTraverse("@@vneid-callback")()
    assert request.response.getStatus() == 403
    return html


def test_a_replayed_state_is_refused(portal, provider):
    request = arrive(portal, portal.REQUEST, provider)
    form, cookies = dict(request.form), dict(request.cookies)
    portal.restrictedTraverse("@@vneid-callback")()
    assert request.response.getStatus() == 302
    users_before = len(api.user.get_users())
    # The same answer again (the URL from the history, the cookie as it was).
    request.response.setStatus(200)
    request.form.update(form)
    request.cookies.update(cookies)
    page = refused_page(portal, request)
    assert "Phiên đăng nhập VNeID không hợp lệ hoặc đã được dùng" in page
    assert len(api.user.get_users()) == users_before


def test_a_state_from_another_browser_is_refused(portal, provider):
    request = arrive(portal, portal.REQUEST, provider)
    answer = dict(request.form)
    # This browser's own cookie is of another sign-in (a link sent by someone else), or missing.
    own_cookies = start(portal, request)[1]
    for cookies in (own_cookies, {"__ac_session": ""}):
        request.response.setStatus(200)
        request.form.update(answer)
        request.cookies.update(cookies)
        assert "Phiên đăng nhập VNeID không hợp lệ" in refused_page(portal, request)
    assert api.user.get(userid=f"vneid-{testing.CITIZEN_LOGIN}") is None


def _tokens(portal, provider, **kwargs):
    plugin = get_plugin(portal)
    client = flow.client_for(plugin)
    kwargs.setdefault("private_key", provider.private_key)
    kwargs.setdefault("kid", provider.kid)
    body = testing.token_response(issuer=provider.issuer, audience=provider.client_id, **kwargs)
    return plugin, client, body


def test_a_token_signed_by_the_provider_key_passes(portal, provider):
    plugin, client, body = _tokens(portal, provider, nonce="n-1")
    tokens = flow.verified_tokens(plugin, client, body, "s-1", "n-1")
    assert tokens["id_token"]["sub"] == testing.CITIZEN_LOGIN


def test_an_expired_id_token_is_refused(portal, provider):
    plugin, client, body = _tokens(portal, provider, nonce="n-2", issued=1_700_000_000, lifetime=300)
    with pytest.raises(flow.SignInRefused) as refused:
        flow.verified_tokens(plugin, client, body, "s-2", "n-2")
    assert "chữ ký sai hoặc đã hết hạn" in refused.value.message.default


@pytest.mark.parametrize("kid", ["vneid-test-1", "another-key"])
def test_an_id_token_signed_with_another_key_is_refused(portal, provider, kid):
    plugin, client, body = _tokens(portal, provider, nonce="n-3", private_key=new_rsa_key(), kid=kid)
    with pytest.raises(flow.SignInRefused) as refused:
        flow.verified_tokens(plugin, client, body, "s-3", "n-3")
    assert refused.value.message == flow.TOKEN_INVALID


def test_a_replayed_nonce_is_refused(portal, provider):
    plugin, client, body = _tokens(portal, provider, nonce="n-4")
    flow.verified_tokens(plugin, client, body, "s-4", "n-4")
    with pytest.raises(flow.SignInRefused) as refused:
        flow.verified_tokens(plugin, client, body, "s-5", "n-4")
    assert refused.value.message == flow.SESSION_INVALID
    # And a nonce that is not this sign-in's.
    plugin, client, body = _tokens(portal, provider, nonce="n-6")
    with pytest.raises(flow.SignInRefused):
        flow.verified_tokens(plugin, client, body, "s-6", "n-7")


def test_the_provider_refuses_a_code_without_the_verifier(portal, provider):
    request = arrive(portal, portal.REQUEST, provider)
    plugin = get_plugin(portal)
    with pytest.raises(flow.SignInRefused) as refused:
        flow.exchange_code(plugin, flow.client_for(plugin), request.form["code"], "x" * 64)
    assert refused.value.message == flow.SESSION_INVALID
    assert "invalid_grant" in str(refused.value)


def test_provider_down_says_so(portal, oidc_provider):
    stopped = oidc_provider([f"{portal.absolute_url()}/@@vneid-callback"])
    testing.configure(stopped)
    stopped.stop()
    html = portal.restrictedTraverse("@@vneid-login")()
    assert portal.REQUEST.response.getStatus() == 503
    assert "Không kết nối được hệ thống định danh điện tử VNeID" in html


def test_an_official_links_an_identity_and_then_signs_in_with_it(portal, provider):
    api.user.create(email="can.bo@danang.gov.vn", username="canbo", password="Mat-khau-Can-bo-2025")
    login(portal, "canbo")
    request = portal.REQUEST
    url = flow.authorization_url(get_plugin(portal), request, "canbo")
    cookie = request.response.cookies["__ac_session"]["value"]
    callback_url = testing.sign_in_at_provider(url, testing.CITIZEN_LOGIN, stop_at=f"{portal.absolute_url()}/@@vneid-callback")
    callback_request(portal, request, callback_url, {"__ac_session": cookie})
    portal.restrictedTraverse("@@vneid-callback")()
    assert request.response.getHeader("Location") == f"{portal.absolute_url()}/@@personal-information"
    assert get_plugin(portal).user_for(testing.CITIZEN_LOGIN) == "canbo"
    assert api.user.get(userid=f"vneid-{testing.CITIZEN_LOGIN}") is None
    # Next time, signing in with VNeID is signing in to the official's own account.
    logout()
    request.response.setStatus(200)
    arrive(portal, request, provider)
    portal.restrictedTraverse("@@vneid-callback")()
    assert request.response.getStatus() == 302
    assert verified_fields(api.user.get(userid="canbo"))["name"] == "Nguyễn Thị Thu Hà"
    assert api.user.get(userid=f"vneid-{testing.CITIZEN_LOGIN}") is None


def test_an_expired_id_token_from_the_provider_is_refused_by_the_callback(portal, oidc_provider):
    # A provider whose clock is ten minutes behind: its ID tokens arrive expired.
    late = oidc_provider(
        [f"{portal.absolute_url()}/@@vneid-callback"], (), testing.ACCOUNTS, clock_offset_seconds=600
    )
    testing.configure(late)
    request = arrive(portal, portal.REQUEST, late)
    page = refused_page(portal, request)
    assert "Không xác thực được thông tin đăng nhập nhận từ VNeID (chữ ký sai hoặc đã hết hạn)" in page
    assert "không tạo tài khoản" in page
    assert api.user.get(userid=f"vneid-{testing.CITIZEN_LOGIN}") is None


def test_used_states_expire_after_an_hour(portal, monkeypatch):
    plugin = get_plugin(portal)
    start_time = clock.now()
    assert replay.consume(plugin, "state", "s-old")
    assert not replay.consume(plugin, "state", "s-old")
    monkeypatch.setattr(clock, "now", lambda: start_time + timedelta(seconds=replay.KEEP_SECONDS + 1))
    assert replay.consume(plugin, "state", "s-new")
    assert not replay.used(plugin, "state", "s-old")
    assert list(plugin.used) == [replay._key("state", "s-new")]


def test_an_account_named_like_the_identity_is_not_taken_over(portal, provider):
    squatter = api.user.create(email="x@example.com", username=f"vneid-{testing.CITIZEN_LOGIN}", password="Mat-khau-2025-x")
    arrive(portal, portal.REQUEST, provider)
    portal.restrictedTraverse("@@vneid-callback")()
    user_id = get_plugin(portal).user_for(testing.CITIZEN_LOGIN)
    assert user_id.startswith(f"vneid-{testing.CITIZEN_LOGIN}-") and user_id != squatter.getId()
    assert verified_fields(squatter) == {}
    assert verified_fields(api.user.get(userid=user_id))["id_number"] == testing.CITIZEN["personal_id"]
