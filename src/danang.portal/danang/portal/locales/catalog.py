"""Reading and writing gettext catalogs (.po, .pot): just what the package's own files use.

Entries are single-form messages (no plurals, no contexts), as Zope's i18n machinery uses them.
"""

from dataclasses import dataclass
from dataclasses import field
from pathlib import Path

import re


@dataclass
class Entry:
    msgid: str
    msgstr: str = ""
    default: str | None = None
    references: list = field(default_factory=list)
    fuzzy: bool = False


def _unquote(text):
    text = text.strip()
    if not (text.startswith('"') and text.endswith('"')):
        raise ValueError(f"not a quoted PO string: {text!r}")
    body = text[1:-1]
    escapes = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r"}
    return re.sub(r"\\(.)", lambda match: escapes.get(match.group(1), match.group(1)), body)


def _quote(text):
    """One quoted line (newlines escaped): valid PO, and simple to diff."""
    text = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + text.replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n") + '"'


def read(path):
    """(header text, {msgid: Entry}) of a .po/.pot file; ({}, '') for a missing file."""
    path = Path(path)
    if not path.exists():
        return "", {}
    entries = {}
    header = ""
    current = None
    target = None
    comments = []

    def finish():
        nonlocal current, header
        if current is None:
            return
        if current.msgid == "":
            header = current.msgstr
        else:
            entries[current.msgid] = current
        current = None

    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line:
            finish()
            comments = []
            target = None
            continue
        if line.startswith("#"):
            if current is not None and target == "msgstr":
                finish()
            comments.append(line)
            continue
        if line.startswith("msgid "):
            finish()
            current = Entry(msgid=_unquote(line[6:]))
            for comment in comments:
                if comment.startswith("#. Default:"):
                    current.default = _unquote(comment[len("#. Default:"):])
                elif comment.startswith("#:"):
                    current.references.extend(comment[2:].split())
                elif comment.startswith("#,") and "fuzzy" in comment:
                    current.fuzzy = True
            comments = []
            target = "msgid"
        elif line.startswith("msgstr "):
            current.msgstr = _unquote(line[7:])
            target = "msgstr"
        elif line.startswith('"') and current is not None:
            setattr(current, target, getattr(current, target) + _unquote(line))
    finish()
    return header, entries


def write(path, entries, header):
    """Write entries sorted by msgid, with their default and references as comments."""
    out = ['msgid ""', "msgstr " + _quote(header), ""]
    for msgid in sorted(entries):
        entry = entries[msgid]
        if entry.default is not None:
            out.append("#. Default: " + _quote(entry.default))
        for reference in sorted(set(entry.references)):
            out.append(f"#: {reference}")
        if entry.fuzzy:
            out.append("#, fuzzy")
        out.append("msgid " + _quote(entry.msgid))
        out.append("msgstr " + _quote(entry.msgstr))
        out.append("")
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text("\n".join(out), encoding="utf-8")


def header(domain, language=None, language_name=None):
    lines = [
        f"Project-Id-Version: {domain}",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: 8bit",
        "Plural-Forms: nplurals=1; plural=0",
    ]
    if language:
        lines += [f"Language-Code: {language}", f"Language-Name: {language_name or language}"]
        lines += [f"Language: {language}"]
    lines += ["Preferred-Encodings: utf-8", f"Domain: {domain}"]
    return "".join(line + "\n" for line in lines)
