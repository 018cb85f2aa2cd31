"""Check (or update) the portal's translations: every message in Vietnamese and in English.

    python -m danang.portal.locales.check            # report problems, exit 1 if any (make i18n)
    python -m danang.portal.locales.check --update   # rewrite the .pot and merge the .po files

What is checked, for the ``danang.portal`` domain:

* every message found in the source (extract.py) is in the .pot, and nothing else is;
* each message has a Vietnamese and an English translation; the Vietnamese one equals the
  default written in the code when there is one (the code's default is the Vietnamese text);
* a message id used with two different defaults (one of them would never show);
* translations keep the ``${name}`` placeholders of their source text.

The other domains' catalogs shipped here (Vietnamese for Plone and z3c.form messages that the
catalogue's forms show, missing from plone.app.locales) must have no empty translation.

``--update`` writes the .pot from the source, adds new messages to each .po (Vietnamese filled in
from the code's defaults, English left empty for a translator) and drops messages no longer used.
"""

from danang.portal.locales import catalog
from danang.portal.locales.extract import DOMAIN
from danang.portal.locales.extract import extract
from pathlib import Path

import argparse
import re
import sys

LOCALES_DIR = Path(__file__).resolve().parent
LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
SOURCE_LANGUAGE = "vi"
PLACEHOLDER = re.compile(r"\$\{(\w+)\}")


def pot_path():
    return LOCALES_DIR / f"{DOMAIN}.pot"


def po_path(language, domain=DOMAIN):
    return LOCALES_DIR / language / "LC_MESSAGES" / f"{domain}.po"


def _is_text(msgid):
    """Message ids that are the text itself (GenericSetup titles), not snake-case ids."""
    return bool(re.search(r"\s", msgid)) or not msgid.isascii()


def source_text(message):
    """The Vietnamese source of a message: its default, or the id when the id is the text."""
    if message.default is not None:
        return message.default
    return message.msgid if _is_text(message.msgid) else None


def _placeholders(text):
    return set(PLACEHOLDER.findall(text or ""))


def update(messages):
    """Rewrite the .pot and merge the .po files; return the number of English gaps left."""
    template = {}
    for msgid, message in messages.items():
        template[msgid] = catalog.Entry(
            msgid=msgid, default=message.default, references=sorted(message.references)
        )
    catalog.write(pot_path(), template, catalog.header(DOMAIN))
    gaps = 0
    for language, name in LANGUAGES.items():
        _header, existing = catalog.read(po_path(language))
        entries = {}
        for msgid, message in messages.items():
            old = existing.get(msgid)
            msgstr = old.msgstr if old is not None else ""
            if language == SOURCE_LANGUAGE:
                # The code's default is the Vietnamese text; an id that is itself text (type
                # titles) starts as its own translation, which a translator may then improve.
                if message.default is not None:
                    msgstr = message.default
                elif not msgstr and _is_text(msgid):
                    msgstr = msgid
            entries[msgid] = catalog.Entry(
                msgid=msgid, msgstr=msgstr, default=message.default,
                references=sorted(message.references),
            )
            gaps += not msgstr
        catalog.write(po_path(language), entries, catalog.header(DOMAIN, language, name))
    return gaps


def problems(messages):
    """Every problem found, as readable lines (empty when all is well)."""
    found = []
    for msgid, message in sorted(messages.conflicts().items()):
        defaults = " | ".join(sorted(message.defaults))
        found.append(f"{msgid}: different defaults in {sorted(message.references)}: {defaults}")

    _header, template = catalog.read(pot_path())
    missing = sorted(set(messages) - set(template))
    unused = sorted(set(template) - set(messages))
    if missing:
        found.append(f"{pot_path().name}: {len(missing)} message(s) missing, e.g. {missing[:5]}")
    if unused:
        found.append(f"{pot_path().name}: {len(unused)} message(s) no longer used, e.g. {unused[:5]}")

    for language in LANGUAGES:
        path = po_path(language)
        _header, entries = catalog.read(path)
        for msgid, message in sorted(messages.items()):
            entry = entries.get(msgid)
            where = f"{language}/{path.name}: {msgid}"
            if entry is None or not entry.msgstr.strip():
                found.append(f"{where}: no translation ({sorted(message.references)[0]})")
                continue
            if entry.fuzzy:
                found.append(f"{where}: marked fuzzy")
            source = source_text(message)
            if language == SOURCE_LANGUAGE and message.default is not None and entry.msgstr != message.default:
                found.append(f"{where}: differs from the default in the code")
            expected = _placeholders(source if source is not None else msgid)
            if _placeholders(entry.msgstr) != expected:
                found.append(f"{where}: placeholders {sorted(_placeholders(entry.msgstr))}, "
                             f"expected {sorted(expected)}")

    # Catalogs of other domains shipped to complete Plone's Vietnamese.
    for path in sorted(LOCALES_DIR.glob("*/LC_MESSAGES/*.po")):
        if path.stem == DOMAIN:
            continue
        _header, entries = catalog.read(path)
        for msgid, entry in sorted(entries.items()):
            where = f"{path.parent.parent.name}/{path.name}: {msgid}"
            if not entry.msgstr.strip():
                found.append(f"{where}: no translation")
            elif _placeholders(entry.msgstr) != _placeholders(entry.default or msgid):
                found.append(f"{where}: placeholders differ from the source text")
    return found


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m danang.portal.locales.check", description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="rewrite the .pot and merge the .po files first")
    args = parser.parse_args(argv)
    messages = extract()
    if args.update:
        gaps = update(messages)
        print(f"Updated {pot_path().name} and the .po files: {len(messages)} messages, "
              f"{gaps} translation(s) still empty.")
    found = problems(messages)
    for line in found:
        print(line)
    if found:
        print(f"{len(found)} problem(s) in the translations of {len(messages)} messages.", file=sys.stderr)
        return 1
    print(f"All {len(messages)} messages of {DOMAIN} are translated into "
          f"{', '.join(LANGUAGES)}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
