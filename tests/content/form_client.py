"""A test browser for the editors' add and edit forms, through the functional layer's publisher.

`Editor.submit()` posts a form the way a browser does after the datagrid's JavaScript has turned
typed rows into real rows (``.0``, ``.1``, ...).
"""

from lxml import html
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from plone.testing.zope import Browser
from urllib.parse import urlencode


def form_values(page, form_id):
    """Name/value pairs a browser would send for the form as rendered (no button)."""
    tree = html.fromstring(page)
    form = tree.get_element_by_id(form_id)
    values = []
    for element in form.iter("input", "select", "textarea"):
        name = element.get("name")
        if not name or element.get("type") in ("submit", "button", "image", "file"):
            continue
        if element.tag == "select":
            selected = [option.get("value") for option in element.iter("option") if option.get("selected") is not None]
            if not selected and element.get("multiple") is None:
                options = list(element.iter("option"))
                selected = [options[0].get("value")] if options else []
            values.extend((name, value) for value in selected)
        elif element.get("type") in ("checkbox", "radio"):
            if element.get("checked") is not None:
                values.append((name, element.get("value") or "on"))
        elif element.tag == "textarea":
            values.append((name, element.text or ""))
        else:
            values.append((name, element.get("value") or ""))
    return values


def rows(field, items):
    """Form values of datagrid rows: what the widget's JavaScript posts for typed rows."""
    values = {f"form.widgets.{field}.count": str(len(items))}
    for index, row in enumerate(items):
        prefix = f"form.widgets.{field}.{index}"
        values[f"{prefix}-empty-marker"] = "1"
        for key, value in row.items():
            values[f"{prefix}.widgets.{key}"] = value
    return values


class Editor:
    def __init__(self, app, portal):
        self.portal = portal
        self.browser = Browser(app)
        self.browser.handleErrors = False
        self.browser.addHeader("Authorization", f"Basic {SITE_OWNER_NAME}:{SITE_OWNER_PASSWORD}")

    def language(self, code):
        self.browser.addHeader("Cookie", f"I18N_LANGUAGE={code}")

    def submit(self, url, changes, button="form.buttons.save", form_id="form"):
        """Open the form at url, apply changes (name -> value or list of values), submit it."""
        self.browser.open(url)
        values = [(name, value) for name, value in form_values(self.browser.contents, form_id)]
        drop = set(changes)
        # Grid rows replace the blank rows the form rendered (and their counter).
        for field in {name.split(".")[2] for name in changes if name.endswith(".count")}:
            drop.update(name for name, _value in values if name.startswith(f"form.widgets.{field}."))
        values = [(name, value) for name, value in values if name not in drop]
        for name, value in changes.items():
            for item in value if isinstance(value, list) else [value]:
                values.append((name, item))
        values.append((button, "Save"))
        action = html.fromstring(self.browser.contents).get_element_by_id(form_id).get("action") or url
        self.browser.post(action, urlencode(values))
        return self.browser.contents

    def cell_errors(self, input_id):
        """Error messages shown in the grid cell holding this input."""
        tree = html.fromstring(self.browser.contents)
        cell = tree.get_element_by_id(input_id).getparent()
        return [" ".join(node.text_content().split()) for node in cell.find_class("invalid-feedback")]

    def errors(self, field_id=None):
        """Error messages shown next to a field (its wrapper's id), or all field errors."""
        tree = html.fromstring(self.browser.contents)
        scope = tree.get_element_by_id(f"formfield-{field_id}") if field_id else tree
        return [" ".join(node.text_content().split()) for node in scope.find_class("invalid-feedback")]
