"""`danang-site`: create the portal site and load the city's data, from the command line.

    danang-site --zope-conf instance/etc/zope.conf ensure   # create site + data if missing,
                                                            # else run pending upgrade steps
    danang-site --zope-conf instance/etc/zope.conf load     # re-run the loader (idempotent)
    danang-site --zope-conf instance/etc/zope.conf reorganise --plan FILE --effective 2025-07-01 [--dry-run]
                                                            # apply a reorganisation plan
                                                            # (docs/reorganisation.md)

`make start` calls `ensure --development`, so a second start reuses what exists (and upgrades it
when the profile's version went up). ``--development`` turns the sandbox payment on (and makes it
the provider while no real gateway is configured) on a site it creates, and on a site it upgrades
from before the sandbox switch existed; an instance marked production in zope.conf refuses it
(payment/sandbox_mode.py, docs/security.md). Without it the sandbox stays off. A development
site also sends its dossiers to the national portal's simulator, which the server runs
(national/install.py, docs/national.md).
"""

from pathlib import Path

import argparse
import json
import logging
import os
import sys
import transaction

logger = logging.getLogger("danang.portal")
SANDBOX_SWITCH = "danang.portal.payment.sandbox_enabled"


def site_answers(path):
    """Answers for plone.distribution's "classic" site, from the deployment profile file."""
    return json.loads(Path(path).read_text(encoding="utf-8"))


def _zope_app(zope_conf):
    from Zope2.Startup.run import configure_wsgi
    from Zope2.Startup.run import make_wsgi_app  # noqa: F401  (imported for its side effects)

    import Zope2

    configure_wsgi(zope_conf)
    return Zope2.app()


def ensure_admin(app, password):
    users = app.acl_users
    if users.getUserById("admin") is None:
        users._doAddUser("admin", password, ["Manager"], [])
        return True
    return False


def _as_admin(app):
    from AccessControl.SecurityManagement import newSecurityManager
    from Testing.makerequest import makerequest

    app = makerequest(app)
    admin = app.acl_users.getUserById("admin")
    newSecurityManager(None, admin.__of__(app.acl_users))
    return app


def enable_development_sandbox():
    """Turn the sandbox payment on for a development site; False (and why, on stderr) when the
    instance is marked production."""
    from danang.portal.payment import providers
    from danang.portal.payment import sandbox_mode
    from zope.i18n import translate

    try:
        providers.enable_for_development()
    except sandbox_mode.SandboxRefused as refused:
        print(translate(refused.message, target_language="en"), file=sys.stderr)
        return False
    transaction.commit()
    print("Development site: the sandbox payment is on (no real money; test receipts).")
    return True


def ensure_site(app, answers, with_data=True, progress=True, development=False):
    """Create the Plone site with danang.portal and the city's data unless it already exists;
    ``development``: with the sandbox payment on and signing with the test CA (see the module's
    docstring; signing/install.py)."""
    from plone.distribution.api.site import create
    from zope.component.hooks import setSite

    site_id = answers["site_id"]
    site = app.get(site_id)
    created = False
    if site is None:
        site = create(app, "classic", answers)
        setSite(site)
        site.portal_setup.runAllImportStepsFromProfile("profile-danang.portal:default")
        transaction.commit()
        created = True
    setSite(site)
    if created and with_data:
        print(load_data(site, progress=progress).summary())
    if not created:
        # A site from before the switch used the sandbox by default: a development one keeps it.
        had_switch = SANDBOX_SWITCH in site.portal_registry
        upgraded = upgrade_site(site)
        if upgraded:
            print(f"Upgraded danang.portal from profile version {upgraded[0]} to {upgraded[1]}.")
        if development and not had_switch:
            enable_development_sandbox()
    elif development:
        enable_development_sandbox()
    if development:
        from danang.portal.signing.install import enable_test_certificates

        if enable_test_certificates(site):
            transaction.commit()
            print("Development site: documents are signed with TEST certificates (test CA).")
        enable_national_simulator()
    return site, created


def enable_national_simulator():
    """A development site exchanges dossiers with the national portal's simulator, which the
    server starts (national/worker.py), unless a real endpoint is configured."""
    from danang.portal import settings
    from danang.portal.national.install import enable_for_development
    from danang.portal.national.settings import INationalSettings
    from danang.portal.national.settings import PREFIX

    if settings.read(INationalSettings, PREFIX, "simulator_enabled"):
        return
    if enable_for_development():
        transaction.commit()
        endpoint = settings.read(INationalSettings, PREFIX, "endpoint")
        print(f"Development site: dossiers are synchronised with the national portal's SIMULATOR ({endpoint}).")
def set_caching_proxies(urls):
    """Edits and publications purge these proxies (plone.cachepurging, docs/deployment.md)."""
    from plone.cachepurging.interfaces import ICachePurgingSettings
    from plone.registry.interfaces import IRegistry
    from zope.component import getUtility

    settings = getUtility(IRegistry).forInterface(ICachePurgingSettings)
    if settings.enabled is not True or tuple(settings.cachingProxies or ()) != tuple(urls):
        settings.enabled = True
        settings.cachingProxies = tuple(urls)


PROFILE = "danang.portal:default"


def upgrade_site(site):
    """Run the portal profile's pending upgrade steps on a site made by an older version;
    (from, to) versions, or None when it is up to date."""
    setup = site.portal_setup
    if not setup.listUpgrades(PROFILE):
        return None
    before = ".".join(setup.getLastVersionForProfile(PROFILE))
    setup.upgradeProfile(PROFILE)
    transaction.commit()
    return before, ".".join(setup.getLastVersionForProfile(PROFILE))


def load_data(site, progress=True):
    from danang.portal.data.loader import load_all

    report = load_all(site, progress=progress)
    transaction.commit()
    return report


def _day(value):
    from datetime import date

    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def apply_plan(path, effective, dry_run=False):
    """Check and apply the reorganisation plan at ``path`` to the current site; its report. A
    dry run writes nothing (the transaction is aborted); a bad plan raises LoadError first."""
    from danang.portal.reorganisation.operation import reorganise
    from danang.portal.reorganisation.plan import checked_plan

    report = reorganise(checked_plan(path, effective), dry_run=dry_run)
    if dry_run:
        transaction.abort()
    else:
        transaction.commit()
    return report


def main(argv=None):
    parser = argparse.ArgumentParser(prog="danang-site", description=__doc__.splitlines()[0])
    parser.add_argument("--zope-conf", required=True, help="path of the instance's zope.conf")
    parser.add_argument(
        "--answers", default="profiles/site.json", help="site answers JSON (default: %(default)s)"
    )
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    sub = parser.add_subparsers(dest="command", required=True)
    ensure = sub.add_parser("ensure", help="create the site and its data if missing")
    ensure.add_argument(
        "--development", action="store_true",
        help="a development site: the sandbox payment on (refused on a production instance)",
    )
    ensure.add_argument(
        "--caching-proxy", action="append", default=[], metavar="URL",
        help="a caching proxy (Varnish) to purge after edits (make cluster; repeatable)",
    )
    sub.add_parser("load", help="(re)load the city's data into the existing site")
    reorganise = sub.add_parser(
        "reorganise", help="apply a reorganisation of the administrative units (docs/reorganisation.md)"
    )
    reorganise.add_argument("--plan", required=True, help="the plan file (JSON)")
    reorganise.add_argument("--effective", required=True, type=_day, help="its effective date, YYYY-MM-DD")
    reorganise.add_argument("--dry-run", action="store_true", help="report what it would do, write nothing")
    args = parser.parse_args(argv)

    logging.basicConfig(level=logging.INFO, format="%(message)s")
    password = os.environ.get("ADMIN_PASSWORD") or "admin"
    if password == "admin":
        print("WARNING: the admin password is 'admin'; set ADMIN_PASSWORD for anything but a "
              "local trial.", file=sys.stderr)
    app = _zope_app(args.zope_conf)
    if ensure_admin(app, password):
        transaction.commit()
    app = _as_admin(app)
    answers = site_answers(args.answers)
    from danang.portal.data.issues import LoadError

    try:
        if args.command == "ensure":
            site, created = ensure_site(
                app, answers, progress=not args.no_progress, development=args.development
            )
            print(f"Site /{site.getId()} {'created' if created else 'already exists, reused'}.")
            if args.caching_proxy:
                set_caching_proxies(args.caching_proxy)
                print(f"Edits purge {', '.join(args.caching_proxy)}.")
        else:
            site = app.get(answers["site_id"])
            if site is None:
                parser.error(f"no site /{answers['site_id']}: run 'ensure' first")
            from zope.component.hooks import setSite

            setSite(site)
            if args.command == "reorganise":
                print(apply_plan(args.plan, args.effective, args.dry_run).render())
            else:
                report = load_data(site, progress=not args.no_progress)
                print(report.summary())
    except LoadError as error:
        # Bad data is the data editor's to fix: list every problem, no traceback, nothing written.
        transaction.abort()
        print(error.render(), file=sys.stderr)
        if args.command != "reorganise":
            print("After fixing the files, run: make load", file=sys.stderr)
        _close(app)
        return 1
    _close(app)
    return 0


def _close(app):
    # Closing the database (not only the connection) writes the FileStorage index: the next
    # start reads it instead of scanning Data.fs.
    db = app._p_jar.db()
    app._p_jar.close()
    db.close()


if __name__ == "__main__":
    sys.exit(main())
