"""The delivery worker: a background job (background/runner.py) sending every site's outbox.

Started when the server process starts (``IProcessStarting``, fired by Zope's WSGI start-up) if
zope.conf says ``background-jobs on`` (deployment.py; the test servers' configuration does not):
one thread per process, and the job's lease makes only one instance of a
cluster deliver at a time. Each round opens its own connection, finds the Plone sites in the
database and sends what is due in each (delivery.py), again while there was something to send,
within half the lease so that the lease is renewed in time.

A development instance also starts the national portal's simulator here (simulator.py) when a
site enables it; an instance marked production in zope.conf never does (deployment.py).
"""

from danang.portal import deployment
from danang.portal import settings
from danang.portal.background.runner import OneInstanceJob
from danang.portal.national import delivery
from danang.portal.national.settings import INationalSettings
from danang.portal.national.settings import PREFIX
from Products.CMFPlone.interfaces import IPloneSiteRoot
from zope.component.hooks import getSite
from zope.component.hooks import setSite

import logging
import requests
import time

logger = logging.getLogger(__name__)
JOB = "danang.portal.national.delivery"

_running = {}


def plone_sites(connection):
    app = connection.root()["Application"]
    return [site for site in app.objectValues() if IPloneSiteRoot.providedBy(site)]


def in_site(site, function, *args, **kwargs):
    before = getSite()
    setSite(site)
    try:
        return function(*args, **kwargs)
    finally:
        setSite(before)


def deliver_all(connection, job=None, session=None):
    """One round of the job: every site's due events; the number acknowledged."""
    started = time.monotonic()
    session = session or requests.Session()
    manager = connection.transaction_manager
    lease_seconds = job.lease_seconds if job is not None else deployment.background_lease_seconds()
    total = 0

    def should_stop():
        # Between two events too: a long backlog must not outlast the lease, or another instance
        # would take it over while this one still sends.
        return (job is not None and job.stopping) or time.monotonic() - started > lease_seconds / 2

    for site in plone_sites(connection):
        while True:
            sent = in_site(site, delivery.deliver_due, site, manager, session, should_stop=should_stop)
            total += sent
            if not sent or should_stop():
                break
    return total


def delivery_job(db, interval=2.0, holder=None):
    """The job; its lease lasts zope.conf's ``background-lease-seconds`` (deployment.py)."""
    return OneInstanceJob(db, JOB, deliver_all, interval=interval,
                          lease_seconds=deployment.background_lease_seconds(), holder=holder)


def process_starting(event):
    import Zope2

    db = Zope2.DB
    if db is None or JOB in _running or not deployment.runs_background_jobs():
        return
    _running[JOB] = delivery_job(db).start()
    if not deployment.is_production():
        start_simulators(db)


def stop_all():
    """Stop what ``process_starting`` started (the job gives its lease back)."""
    while _running:
        _name, running = _running.popitem()
        (running.stop if isinstance(running, OneInstanceJob) else running.close)()


def start_simulators(db):
    """Development: the simulator of each site that enables it, on its endpoint's address."""
    from danang.portal.national import simulator

    import transaction

    connection = db.open(transaction_manager=transaction.TransactionManager())
    try:
        for site in plone_sites(connection):
            values = in_site(site, settings.read_all, INationalSettings, PREFIX)
            if values["simulator_enabled"] and values["endpoint"]:
                try:
                    _running[f"simulator {site.getId()}"] = simulator.serve_for(values)
                except OSError as error:
                    logger.warning("National portal simulator not started for %s: %s", site.getId(), error)
    finally:
        connection.close()
