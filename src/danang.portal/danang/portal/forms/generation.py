"""Generate, and keep up to date, the submission form ``nop-ho-so`` of each level 3-4 service.

A generated form remembers a fingerprint of the fields and actions it was given. When an editor
changes them through the web the fingerprint no longer matches: the form is then "customised" and
regeneration leaves it alone. A service holding an EasyForm that was not generated has its own
form and gets none.
"""

from Acquisition import aq_base
from danang.portal import _
from danang.portal.content.service import IService
from danang.portal.forms import model
from html import escape
from persistent.mapping import PersistentMapping
from plone import api
from plone.app.textfield.value import RichTextValue
from plone.dexterity.utils import createContentInContainer
from plone.supermodel import loadString
from plone.supermodel import serializeSchema
from zope.annotation.interfaces import IAnnotations
from zope.container.interfaces import IContainerModifiedEvent
from zope.i18n import translate

import hashlib

FORM_ID = "nop-ho-so"
ANNOTATION_KEY = "danang.portal.forms.generated"
ONLINE_LEVELS = (3, 4)

CREATED = "created"
UPDATED = "updated"
UNCHANGED = "unchanged"
CUSTOMISED = "customised"
OWN_FORM = "own-form"
NOT_ONLINE = "not-online"


def _text(message):
    return translate(message, target_language=api.portal.get_default_language() or "vi")


def canonical(xml, actions=False):
    """The XML as plone.supermodel writes it, so formatting never looks like an edit."""
    schema = loadString(xml).schema
    if actions:
        # EasyForm's action editor drops widget hints before saving; do the same.
        schema.setTaggedValue("plone.autoform.widgets", {})
    return serializeSchema(schema)


def _digest(*texts):
    digest = hashlib.sha256()
    for text in texts:
        digest.update((text or "").encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()


def _fingerprint(fields_xml, actions_xml):
    """What the form means, whatever its formatting (parses the XML: slower)."""
    return _digest(canonical(fields_xml), canonical(actions_xml, actions=True))


def generation_info(form):
    """What was generated into this form (fingerprint, components), or None if not generated."""
    return IAnnotations(form).get(ANNOTATION_KEY)


def is_generated(form):
    return generation_info(form) is not None


def is_customised(form):
    """True when an editor changed the fields or actions of a generated form."""
    info = generation_info(form)
    if info is None:
        return False
    if _digest(form.fields_model, form.actions_model) == info.get("written"):
        return False  # untouched since generated: no need to parse
    # Saved through the web, maybe without a change: compare meanings, not text.
    return _fingerprint(form.fields_model or "", form.actions_model or "") != info["fingerprint"]


def needs_form(service):
    return (getattr(service, "online_level", None) or 0) in ONLINE_LEVELS


def submission_forms(service):
    return [obj for obj in service.objectValues() if getattr(aq_base(obj), "portal_type", None) == "EasyForm"]


def _prologue(service):
    procedure = _text(
        _(
            "form_prologue_service",
            default="Thủ tục: ${title} (mã ${code})",
            mapping={"title": service.Title(), "code": service.code},
        )
    )
    instructions = _text(
        _(
            "form_prologue",
            default="Vui lòng khai đầy đủ thông tin và đính kèm bản điện tử (bản quét hoặc ảnh "
            "chụp rõ nét) của từng giấy tờ. Các mục có dấu * là bắt buộc. Sau khi nộp, bạn nhận "
            "được giấy tiếp nhận hồ sơ có mã hồ sơ để tra cứu.",
        )
    )
    html = f'<p class="lead">{escape(procedure)}</p><p>{escape(instructions)}</p>'
    return RichTextValue(html, "text/html", "text/x-html-safe")


def _source(service):
    """The generated XML before canonicalisation, and its digest (cheap: no parsing)."""
    fields_xml, actions_xml = model.fields_model(service), model.actions_model()
    return fields_xml, actions_xml, _digest(fields_xml, actions_xml)


def _write(form, service, source=None):
    fields_xml, actions_xml, source_digest = source or _source(service)
    fields_xml = canonical(fields_xml)
    actions_xml = canonical(actions_xml, actions=True)
    form.fields_model = fields_xml
    form.actions_model = actions_xml
    IAnnotations(form)[ANNOTATION_KEY] = PersistentMapping(
        fingerprint=_fingerprint(fields_xml, actions_xml),
        written=_digest(fields_xml, actions_xml),
        source=source_digest,
        components=PersistentMapping(model.component_fields(service)),
    )
    form.reindexObject()


def _sync_state(form, service):
    """The form is public exactly when its service is."""
    service_state = api.content.get_state(service, default=None)
    form_state = api.content.get_state(form, default=None)
    if service_state is None or form_state is None:
        return  # no workflow: nothing to align
    if service_state == "published" and form_state != "published":
        with api.env.adopt_roles(["Manager"]):
            api.content.transition(obj=form, to_state="published")
    elif service_state != "published" and form_state == "published":
        with api.env.adopt_roles(["Manager"]):
            api.content.transition(obj=form, to_state="private")


def _create(service):
    form = createContentInContainer(
        service,
        "EasyForm",
        checkConstraints=False,  # generated for the editor, whatever roles they hold
        id=FORM_ID,
        title=_text(_("form_title", default="Nộp hồ sơ trực tuyến")),
        description=service.Title(),
    )
    form.submitLabel = _text(_("form_submit_label", default="Nộp hồ sơ"))
    form.form_tabbing = False  # one long page: an error is never hidden in another tab
    form.autofocus = False
    form.useCancelButton = False
    form.exclude_from_nav = True
    form.thankstitle = _text(_("form_thanks_title", default="Đã nộp hồ sơ"))
    form.formPrologue = _prologue(service)
    _write(form, service)
    return form


def ensure_form(service):
    """Create or refresh the service's generated form. Returns (form or None, outcome)."""
    if not needs_form(service):
        return None, NOT_ONLINE
    forms = submission_forms(service)
    generated = [form for form in forms if is_generated(form)]
    if forms and not generated:
        return forms[0], OWN_FORM
    if not generated:
        form = _create(service)
        _sync_state(form, service)
        return form, CREATED
    form = generated[0]
    if is_customised(form):
        return form, CUSTOMISED
    source = _source(service)
    if source[2] == generation_info(form).get("source"):
        _sync_state(form, service)
        return form, UNCHANGED
    _write(form, service, source)
    _sync_state(form, service)
    return form, UPDATED


def service_changed(service, event):
    """Subscriber: a service added or edited through the web gets (or refreshes) its form."""
    if not IService.providedBy(service) or IContainerModifiedEvent.providedBy(event):
        return  # adding the form itself notifies its container: nothing to regenerate
    ensure_form(service)


def service_transitioned(service, event):
    for form in submission_forms(service):
        if is_generated(form):
            _sync_state(form, service)
