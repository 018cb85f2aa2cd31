"""Generate the missing submission forms of an existing site, from the command line.

    .venv/bin/python -m danang.portal.forms.command --zope-conf instance/etc/zope.conf [--site danang]

Services added or edited get their form automatically (generation.service_changed); this is for
sites whose services were loaded before the forms existed, and is safe to run again: it creates
what is missing, refreshes unedited generated forms and never touches a customised one.
"""

from danang.portal.cli.site import _as_admin
from danang.portal.cli.site import _zope_app
from danang.portal.forms.generation import ensure_forms

import argparse
import sys
import transaction


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m danang.portal.forms.command", description=__doc__.splitlines()[0])
    parser.add_argument("--zope-conf", required=True, help="path of the instance's zope.conf")
    parser.add_argument("--site", default="danang", help="id of the Plone site (default: %(default)s)")
    args = parser.parse_args(argv)

    from zope.component.hooks import setSite

    app = _as_admin(_zope_app(args.zope_conf))
    site = app.get(args.site)
    if site is None:
        parser.error(f"no site /{args.site}")
    setSite(site)
    counts = ensure_forms(site)
    transaction.commit()
    print(", ".join(f"{outcome}: {count}" for outcome, count in sorted(counts.items())) or "no services")
    app._p_jar.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
