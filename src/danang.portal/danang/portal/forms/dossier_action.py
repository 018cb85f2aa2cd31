"""Which e-forms make dossiers: the one that holds a "Tạo hồ sơ" action (forms/action.py)."""

from danang.portal.forms.action import ICreateDossier
from danang.portal.forms.parsed import form_actions
from zope.schema import getFieldsInOrder


def dossier_action(form):
    """The form's "Tạo hồ sơ" action, or None when the form creates no dossier."""
    for _name, action in getFieldsInOrder(form_actions(form)):
        if ICreateDossier.providedBy(action):
            return action
    return None
