"""Slow down the guesser, not the network: growing waits per dossier code and per phone or ID
number (docs/security.md, "Look-up throttle").

Guessing needs one factor held still: the phone or ID number of one dossier code, or the codes of
one phone or ID number. So failed look-ups are counted per dossier code (normalised: the case
and spaces citizens type do not matter) and per second factor (its keyed hash, as in the catalog:
no number is kept in memory), with the growing delays of ``backoff``. A code or number that must
wait is refused without being looked up, whoever asks (else each guess would still be answered);
attempts while waiting are not counted, so hammering does not lengthen the wait.

Client addresses are counted too, but an address is never refused: offices, mobile carriers and
kiosks put many citizens behind one, and a correct code and number always goes through from it.
Past ``address_free_failures``, each failure from that address makes its code and number wait at
once (no free failures left), so a guesser spreading over many codes from one address is slowed.

A success clears the waits of its own code and number (their owner proved them), never the
address's count: a guesser holding one real dossier cannot wash their other guesses with it.
Counts are kept in memory, per process (backoff.py).
"""

from danang.portal import settings
from danang.portal.backoff import Backoff
from danang.portal.backoff import Policy
from danang.portal.dossier.lookup_keys import id_number_key
from danang.portal.dossier.lookup_keys import phone_key
from danang.portal.lookup.settings import ILookupSettings
from danang.portal.lookup.settings import PREFIX
from plone import api

import re

BACKOFF = Backoff()

_SPACES = re.compile(r"\s+")


def normalize_code(code):
    """The dossier code as counted and compared: upper case, without spaces."""
    return _SPACES.sub("", code or "").upper()


def client_address(request):
    """The client's address: the connection's (or what zope.conf's trusted-proxy allows), or,
    when the registry says N proxies stand in front of the portal, the Nth from the end of
    X-Forwarded-For. A client can prepend anything to that header, never append."""
    hops = settings.read(ILookupSettings, PREFIX, "trusted_proxies") or 0
    if hops > 0:
        forwarded = [part.strip() for part in (request.getHeader("X-Forwarded-For") or "").split(",")]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= hops:
            return forwarded[-hops]
    return request.getClientAddr() or "unknown"


class Throttled(Exception):
    """The code or number asked for must wait; ``retry_after`` in seconds."""

    def __init__(self, retry_after):
        super().__init__(retry_after)
        self.retry_after = retry_after


def _policies():
    values = settings.read_all(ILookupSettings, PREFIX)
    forget = values["forget_after"]
    guessed = Policy(free=values["free_failures"], base=values["first_wait"], cap=values["max_wait"],
                     forget_after=forget)
    # The address is never made to wait: only whether it is past its free failures counts.
    address = Policy(free=values["address_free_failures"], base=0, cap=0, forget_after=forget)
    return guessed, address


def _keys(request, query):
    site = api.portal.get().getId()
    factor = phone_key(query.phone) if query.phone else id_number_key(query.id_number)
    guessed = [f"{site}|code|{normalize_code(query.code)}", f"{site}|factor|{factor}"]
    if query.phone and query.id_number:
        guessed.append(f"{site}|factor|{id_number_key(query.id_number)}")
    return guessed, f"{site}|address|{client_address(request)}"


def check(request, query):
    """Raise Throttled when the query's code or number must still wait."""
    guessed_policy, _address = _policies()
    guessed, _address_key = _keys(request, query)
    wait = max(BACKOFF.wait(key, guessed_policy) for key in guessed)
    if wait:
        raise Throttled(wait)


def fail(request, query):
    guessed_policy, address_policy = _policies()
    guessed, address = _keys(request, query)
    noisy = BACKOFF.fail(address, address_policy) > address_policy.free
    for key in guessed:
        BACKOFF.fail(key, guessed_policy, skip_free=noisy)


def succeed(request, query):
    guessed, _address = _keys(request, query)
    for key in guessed:
        BACKOFF.succeed(key)
