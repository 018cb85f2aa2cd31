"""The authorization code flow with PKCE, as the portal runs it on pas.plugins.oidc's client.

Start (``authorization_url``): the add-on's session helpers put a new state, nonce and PKCE
verifier in the browser's ``__ac_session`` cookie, and its oic client builds the provider's
authorization URL (``code_challenge_method=S256``).

Callback (``callback_claims``), refusing with ``SignInRefused`` at the first problem:

1. the provider's error, if any (the citizen cancelled);
2. ``state``: present, equal to the cookie's, never used before (vneid/replay.py): the add-on
   only logs a mismatch;
3. the code exchanged at the token endpoint with the verifier and the client's secret
   (``exchange_code``);
4. the token response verified by oic (``verified_tokens``): the ID token's signature against
   the provider's published keys, issuer, audience, expiry; then its ``nonce``: equal to the
   cookie's and never used before (the add-on's client does not check it);
5. the UserInfo claims, for the same subject as the ID token.
"""

from danang.portal.vneid import replay
from danang.portal.vneid.messages import DENIED
from danang.portal.vneid.messages import PROVIDER_DOWN
from danang.portal.vneid.messages import SESSION_INVALID
from danang.portal.vneid.messages import TOKEN_INVALID
from oic.oic.message import AccessTokenResponse
from oic.oic.message import OpenIDSchema
from pas.plugins.oidc import utils
from pas.plugins.oidc.plugins import OAuth2ConnectionException
from typing import NamedTuple

import hmac
import json
import logging
import requests

logger = logging.getLogger(__name__)

TIMEOUT = 10  # seconds, for each call to the provider
LINK = "link"  # the session key of the user linking their identity


class SignIn(NamedTuple):
    claims: dict  # verified: the ID token's and UserInfo's
    session: object  # pas.plugins.oidc's Session: came_from, link
    id_token: str  # the raw ID token, for the provider's logout


class SignInRefused(Exception):
    def __init__(self, message, reason=""):
        super().__init__(reason or message)
        self.message = message


def client_for(plugin):
    try:
        return plugin.get_oauth2_client()
    except OAuth2ConnectionException as error:
        raise SignInRefused(PROVIDER_DOWN, "discovery failed") from error


def authorization_url(plugin, request, linking_user_id=None):
    session = utils.initialize_session(plugin, request)
    if linking_user_id:
        session.set(LINK, linking_user_id)
    client = client_for(plugin)
    args = utils.authorization_flow_args(plugin, session)
    args["redirect_uri"] = plugin.get_redirect_uris()[0]
    return client.construct_AuthorizationRequest(request_args=args).request(client.authorization_endpoint)


def _same(value, expected):
    return isinstance(value, str) and isinstance(expected, str) and hmac.compare_digest(value, expected)


def callback_claims(plugin, request):
    """The ``SignIn`` of the provider's answer in ``request``."""
    session = utils.load_existing_session(plugin, request)
    form = request.form
    if form.get("error"):
        raise SignInRefused(DENIED, f"provider error {form.get('error')!r}")
    state, code = form.get("state"), form.get("code")
    if not _same(state, session.get("state")) or not isinstance(code, str) or not code:
        raise SignInRefused(SESSION_INVALID, "state missing or not this browser's")
    if not replay.consume(plugin, "state", state):
        raise SignInRefused(SESSION_INVALID, "state used before")
    client = client_for(plugin)
    body = exchange_code(plugin, client, code, session.get("verifier"))
    tokens = verified_tokens(plugin, client, body, state, session.get("nonce"))
    return SignIn(user_claims(client, tokens), session, json.loads(body)["id_token"])


def exchange_code(plugin, client, code, verifier):
    """The token endpoint's answer (JSON text) for ``code`` (client_secret_basic, PKCE)."""
    data = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": plugin.get_redirect_uris()[0],
        "code_verifier": verifier or "",
    }
    try:
        response = requests.post(
            client.token_endpoint, data=data, timeout=TIMEOUT,
            auth=(plugin.getProperty("client_id"), plugin.getProperty("client_secret")),
        )
    except requests.RequestException as error:
        raise SignInRefused(PROVIDER_DOWN, "token endpoint unreachable") from error
    if response.status_code != 200:
        # invalid_grant: a code used twice or expired, a wrong verifier.
        raise SignInRefused(SESSION_INVALID, f"token endpoint said {response.status_code}: {response.text[:200]}")
    return response.text


def verified_tokens(plugin, client, body, state, nonce):
    """The token response ``body`` verified (ID token signature, issuer, audience, expiry, nonce)."""
    try:
        tokens = client.parse_response(AccessTokenResponse, info=body, sformat="json", state=state)
    except Exception as error:  # oic raises many kinds: bad signature, unknown key, expired...
        raise SignInRefused(TOKEN_INVALID, f"token response refused: {error!r}") from error
    id_token = tokens.get("id_token") if isinstance(tokens, AccessTokenResponse) else None
    if id_token is None:
        raise SignInRefused(TOKEN_INVALID, "no verified ID token")
    if not _same(id_token.get("nonce"), nonce):
        raise SignInRefused(SESSION_INVALID, "nonce is not this sign-in's")
    if not replay.consume(plugin, "nonce", nonce):
        raise SignInRefused(SESSION_INVALID, "nonce used before")
    return tokens


def user_claims(client, tokens):
    """The ID token's claims with the UserInfo endpoint's, for the same subject."""
    id_token = tokens["id_token"]
    claims = {key: id_token[key] for key in id_token if key not in ("aud", "iat", "exp", "nonce", "at_hash")}
    if client.userinfo_endpoint and tokens.get("access_token"):
        try:
            response = requests.get(
                client.userinfo_endpoint, timeout=TIMEOUT,
                headers={"Authorization": f"Bearer {tokens['access_token']}"},
            )
            response.raise_for_status()
            info = OpenIDSchema().from_json(response.text)
        except (requests.RequestException, ValueError) as error:
            raise SignInRefused(PROVIDER_DOWN, "userinfo failed") from error
        if info.get("sub") != id_token["sub"]:
            raise SignInRefused(TOKEN_INVALID, "userinfo is about another subject")
        claims.update(info.to_dict())
    return claims
