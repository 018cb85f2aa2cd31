"""A status change's side effects run in the order the workflow writes (workflow/subscribers.py),
not in the order the areas' ZCML is included: one subscriber of DCWorkflow's event, then one
domain event whose subscribers see the history and the clock done and do not depend on each
other."""

from contextlib import contextmanager
from danang.portal import mail
from danang.portal.acknowledgement import signed_slip
from danang.portal.acknowledgement.slip import slip_for
from danang.portal.dossier.content import IDossier
from danang.portal.dossier.events import IDossierStatusChanged
from danang.portal.payment.record import get_record
from danang.portal.statistics.install import install as install_statistics
from danang.portal.statistics.store import get_store
from danang.portal.workflow.actions import perform
from plone import api
from plone.app.testing import login
from plone.app.testing import logout
from plone.app.testing import TEST_USER_NAME
from Products.DCWorkflow.interfaces import IAfterTransitionEvent
from tests.fixtures.driving import at
from tests.fixtures.driving import step
from tests.fixtures.workflow_people import as_user
from zope.component import getGlobalSiteManager

import re
import transaction

SIGNED_LINK = re.compile(r"t=[0-9.]+[A-Za-z0-9_-]+")

# (step of driving.py, moment); "payment" asks for an amount, typed by the specialist.
SCENARIOS = (
    [("accept", at(2025, 3, 3, 9)), ("start", at(2025, 3, 3, 10)), ("payment", at(2025, 3, 4, 9)),
     ("stop", at(2025, 3, 5, 9))],
    [("accept", at(2025, 3, 3, 9)), ("start", at(2025, 3, 3, 10)), ("supplement", at(2025, 3, 4, 9)),
     ("upload_supplement", at(2025, 3, 6, 9)), ("supply", at(2025, 3, 6, 9)),
     ("upload_result", at(2025, 3, 7, 9)), ("finish", at(2025, 3, 7, 10)), ("return", at(2025, 3, 10, 9))],
)


def handlers_for(*required):
    return [
        registration
        for registration in getGlobalSiteManager().registeredHandlers()
        if tuple(registration.required) == required
    ]


STATUS_CHANGED = (IDossier, IDossierStatusChanged)


@contextmanager
def registered(order):
    """The status-change subscribers registered again as ``order(loaded handlers)`` lists them."""
    registry = getGlobalSiteManager()
    loaded = [registration.factory for registration in handlers_for(*STATUS_CHANGED)]
    now = order(loaded)
    for handler in loaded:
        registry.unregisterHandler(handler, STATUS_CHANGED)
    for handler in now:
        registry.registerHandler(handler, STATUS_CHANGED)
    try:
        yield now
    finally:
        for handler in now:
            registry.unregisterHandler(handler, STATUS_CHANGED)
        for handler in loaded:
            registry.registerHandler(handler, STATUS_CHANGED)


def queued_mails(hooks):
    """The mails queued at commit (outbox.after_commit: mail.send_after_commit's messages, and the
    receipt slips the outbox signs then mails: acknowledgement/signed_slip.py), as data."""
    mails = []
    for hook, args, _kwargs in hooks:
        if hook.__module__ != "danang.portal.outbox":
            continue
        job = args[0]
        if job.func is mail._deliver:
            message = job.args[1]()
            # The rating link's signature carries its expiry, from the real clock.
            body = SIGNED_LINK.sub("t=…", message.get_body(preferencelist=("plain",)).get_content())
            mails.append(("status", str(message["Subject"]), body))
        elif getattr(job.args[3], "func", None) is signed_slip._sign:
            path = job.args[3].keywords["path"]
            slip = slip_for(api.portal.get().unrestrictedTraverse("/".join(path)))
            mails.append(("slip", slip.code, slip.due, slip.applicant_email))
    return mails


def counters(codes):
    """The tallies, and the ledger by dossier code (its keys are UIDs, new in each run)."""
    store = get_store()
    return (
        {key: dict(tally.items()) for key, tally in store.tallies.items() if tally},
        {codes[uid]: facts for uid, facts in store.ledger.items() if uid in codes},
    )


def run(portal, make_dossier, frozen, monkeypatch):
    """The observable result of the scenarios: dossiers, payment records, counters, mails."""
    already = len(list(transaction.get().getAfterCommitHooks()))
    # The history's entries are dated by the portal's clock, which ``frozen`` sets: runs compare.
    freeze = frozen

    dossiers, codes = [], {}
    for scenario in SCENARIOS:
        freeze(at(2025, 3, 3, 8))
        login(portal, TEST_USER_NAME)
        dossier = make_dossier()
        codes[api.content.get_uuid(dossier)] = dossier.dossier_code
        for name, moment in scenario:
            freeze(moment)
            if name == "payment":
                with_amount(portal, dossier)
            else:
                step(portal, dossier, name)
        record = get_record(dossier)
        dossiers.append(
            {
                "code": dossier.dossier_code,
                "state": api.content.get_state(dossier),
                "history": [(e["status"], e["state"], e["actor"], e["unit"], e["comment"])
                            for e in dossier.status_history],
                "due": dossier.due,
                "paused_time": getattr(dossier, "paused_time", None),
                "finished": getattr(dossier, "finished", None),
                "payment": (record.state, record.amount_due, record.reason) if record else None,
            }
        )
    hooks = list(transaction.get().getAfterCommitHooks())[already:]
    return {"dossiers": dossiers, "counters": counters(codes), "mails": queued_mails(hooks)}


def with_amount(portal, dossier):
    as_user(portal, "sxd-specialist")
    try:
        perform(dossier, "request_payment", comment="Lệ phí thẩm định", amount="75000")
    finally:
        logout()


def test_one_subscriber_of_the_workflow_event(portal):
    handlers = handlers_for(IDossier, IAfterTransitionEvent)
    assert [registration.factory.__module__ for registration in handlers] == [
        "danang.portal.workflow.subscribers"
    ]
    areas = {registration.factory.__module__ for registration in handlers_for(IDossier, IDossierStatusChanged)}
    assert areas == {
        "danang.portal.payment.obligations",
        "danang.portal.notifications.mail",
        "danang.portal.statistics.subscribers",
        "danang.portal.signing.approval",
        "danang.portal.national.subscribers",
    }


def test_the_result_does_not_depend_on_the_registration_order(portal, make_dossier, frozen, monkeypatch):
    api.portal.set_registry_record("plone.email_from_address", "motcua@danang.gov.vn")
    install_statistics(portal)
    before = transaction.savepoint()
    with registered(lambda loaded: list(loaded)) as order:
        as_loaded = run(portal, make_dossier, frozen, monkeypatch)
    before.rollback()
    with registered(lambda loaded: list(reversed(loaded))) as reverse:
        reversed_ = run(portal, make_dossier, frozen, monkeypatch)
    assert reverse == list(reversed(order)) and len(order) == 5
    # The scenarios did reach every area: owed then cancelled, counted, e-mailed.
    assert as_loaded["dossiers"][0]["payment"] == ("none", 0, "official")
    assert [mail[0] for mail in as_loaded["mails"]].count("slip") == 2
    assert len(as_loaded["mails"]) >= 5
    assert as_loaded["counters"][0]
    assert reversed_ == as_loaded


def test_subscribers_see_the_history_and_the_clock_done(portal, make_dossier, frozen):
    seen = []

    def first(dossier, event):
        seen.append((event.transition, event.old_status, event.new_status,
                     dossier.status_history[-1]["status"], dossier.due, event.actor, event.comment))

    # Registered before the areas' subscribers: it is called first.
    with registered(lambda loaded: [first] + loaded):
        frozen(at(2025, 3, 3, 8))
        dossier = make_dossier()
        frozen(at(2025, 3, 3, 9))
        step(portal, dossier, "accept")
    created, accepted = seen
    assert created[:4] == (None, None, 1, 1)
    assert accepted[:4] == ("accept", 1, 2, 2)
    assert accepted[4] is not None and accepted[4] == dossier.due  # the clock set it first
    assert accepted[5] == "sxd-desk"
