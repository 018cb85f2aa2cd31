"""Find every message of the ``danang.portal`` domain in the package's source.

Sources, and what counts as a message in each:

* Python: calls ``_("msgid", default="…")`` of the package's message factory;
* page templates (.pt): ``i18n:translate`` (msgid from the attribute, or the element's text) and
  ``i18n:attributes``, inside ``i18n:domain="danang.portal"``; the default is the element's text
  with its ``i18n:name`` parts written ``${name}``, whitespace collapsed as Chameleon does;
* GenericSetup and supermodel XML: the same ``i18n:`` attributes (type titles, action titles);
* ZCML: ``title`` and ``description`` of directives in files declaring
  ``i18n_domain="danang.portal"`` (zope.configuration makes those messages of that domain).
"""

from dataclasses import dataclass
from dataclasses import field
from html.entities import name2codepoint
from lxml import etree
from pathlib import Path

import ast
import re

DOMAIN = "danang.portal"
I18N_NS = "http://xml.zope.org/namespaces/i18n"
TAL_NS = "http://xml.zope.org/namespaces/tal"
PACKAGE_DIR = Path(__file__).resolve().parent.parent
# Not part of the running portal: the locales tooling itself.
SKIP_DIRS = {"locales", "__pycache__"}
XML_ENTITIES = {"amp", "lt", "gt", "quot", "apos"}


@dataclass
class Message:
    msgid: str
    defaults: set = field(default_factory=set)
    references: set = field(default_factory=set)

    @property
    def default(self):
        """The default text; None if there is none. Several different defaults are an error
        reported by the checker (see conflicts())."""
        return sorted(self.defaults)[0] if self.defaults else None


class Messages(dict):
    def add(self, msgid, default, reference):
        if not msgid:
            return
        message = self.setdefault(msgid, Message(msgid))
        if default is not None:
            message.defaults.add(default)
        message.references.add(reference)

    def conflicts(self):
        return {msgid: message for msgid, message in self.items() if len(message.defaults) > 1}


def normalize(text):
    return " ".join((text or "").split())


def _files(root, suffix):
    for path in sorted(Path(root).rglob(f"*{suffix}")):
        if not SKIP_DIRS.intersection(path.relative_to(root).parts[:-1]):
            yield path


def _reference(path, root, line=None):
    relative = Path(path).relative_to(root).as_posix()
    return f"{relative}:{line}" if line else relative


# Python --------------------------------------------------------------------------------------


def _string(node):
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _uses_package_factory(tree):
    """True when the module's ``_`` is danang.portal's message factory."""
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == DOMAIN:
            if any(alias.name == "_" and alias.asname in (None, "_") for alias in node.names):
                return True
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "_" for target in node.targets
        ):
            return True  # the package's own `_ = MessageFactory(PACKAGE_NAME)`
    return False


def extract_python(path, root, messages):
    tree = ast.parse(Path(path).read_text(encoding="utf-8"), filename=str(path))
    if not _uses_package_factory(tree):
        return
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_"):
            continue
        if not node.args:
            continue
        msgid = _string(node.args[0])
        if msgid is None:
            continue
        default = None
        for keyword in node.keywords:
            if keyword.arg == "default":
                default = _string(keyword.value)
        if default is None and len(node.args) > 1:
            default = _string(node.args[1])
        messages.add(msgid, default, _reference(path, root, node.lineno))


# Templates and XML ---------------------------------------------------------------------------


def _parse_markup(path):
    text = Path(path).read_text(encoding="utf-8")

    # HTML entities (&nbsp;) are not XML: write them as characters before parsing.
    def entity(match):
        name = match.group(1)
        if name in XML_ENTITIES or name not in name2codepoint:
            return match.group(0)
        return chr(name2codepoint[name])

    text = re.sub(r"&([A-Za-z][A-Za-z0-9]*);", entity, text)
    parser = etree.XMLParser(recover=True, resolve_entities=False, remove_comments=True)
    return etree.fromstring(text.encode("utf-8"), parser)


def _attribute(element, namespace, name):
    value = element.get(f"{{{namespace}}}{name}")
    if value is None:
        # Templates that use the prefixes without declaring them.
        value = element.get(f"{'i18n' if namespace == I18N_NS else 'tal'}:{name}")
    return value


def _domain(element):
    while element is not None:
        domain = _attribute(element, I18N_NS, "domain")
        if domain:
            return domain
        element = element.getparent()
    return None


def _text_with_names(element):
    """Element's content with each i18n:name child written as ${name}."""
    parts = [element.text or ""]
    for child in element:
        if not isinstance(child.tag, str):
            parts.append(child.tail or "")
            continue
        name = _attribute(child, I18N_NS, "name")
        if name:
            parts.append(f"${{{name}}}")
        else:
            parts.append(_text_with_names(child))
        parts.append(child.tail or "")
    return normalize("".join(parts))


def _is_dynamic(element):
    return any(
        _attribute(element, TAL_NS, name) is not None for name in ("content", "replace")
    )


def extract_markup(path, root, messages, domain=DOMAIN):
    tree = _parse_markup(path)
    if tree is None:
        return
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        translate = _attribute(element, I18N_NS, "translate")
        attributes = _attribute(element, I18N_NS, "attributes")
        if translate is None and attributes is None:
            continue
        if _domain(element) != domain:
            continue
        reference = _reference(path, root, element.sourceline)
        if translate is not None:
            default = _text_with_names(element)
            msgid = translate.strip()
            if msgid:
                messages.add(msgid, default or None, reference)
            elif default and not _is_dynamic(element):
                # The text is the msgid (GenericSetup titles): no separate default.
                messages.add(default, None, reference)
        if attributes:
            dynamic = _attribute(element, TAL_NS, "attributes") or ""
            for spec in attributes.split(";"):
                words = spec.split()
                if not words:
                    continue
                name = words[0]
                value = normalize(element.get(name))
                if len(words) > 1:
                    messages.add(words[1], value or None, reference)
                elif value and not re.search(rf"(^|;)\s*{re.escape(name)}\s", dynamic):
                    messages.add(value, None, reference)


# ZCML ----------------------------------------------------------------------------------------


def extract_zcml(path, root, messages, domain=DOMAIN):
    tree = _parse_markup(path)
    if tree is None or tree.get("i18n_domain") != domain:
        return
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        for name in ("title", "description"):
            value = normalize(element.get(name))
            if value:
                messages.add(value, None, _reference(path, root, element.sourceline))


def extract(root=PACKAGE_DIR):
    """All messages of the domain found under the package directory."""
    root = Path(root)
    messages = Messages()
    for path in _files(root, ".py"):
        extract_python(path, root, messages)
    for suffix in (".pt", ".xml", ".html"):
        for path in _files(root, suffix):
            extract_markup(path, root, messages)
    for path in _files(root, ".zcml"):
        extract_zcml(path, root, messages)
    return messages
