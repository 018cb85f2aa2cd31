"""Which e-forms make dossiers: the one that holds a "Tạo hồ sơ" action (forms/action.py)."""

from collective.easyform.api import get_actions
from danang.portal.forms.action import ICreateDossier
from zope.schema import getFieldsInOrder


def dossier_action(form):
    """The form's "Tạo hồ sơ" action, or None when the form creates no dossier."""
    for _name, action in getFieldsInOrder(get_actions(form)):
        if ICreateDossier.providedBy(action):
            return action
    return None
