"""The officials (in their unit groups) and citizens of the workflow and notification tests."""

from plone import api
from plone.app.testing import login
from plone.app.testing import logout

# user id -> (agency code, group suffix); "citizen" owns the dossiers, "other-citizen" does not.
OFFICIALS = {
    "sxd-desk": ("SXD", "desk"),
    "sxd-specialist": ("SXD", "specialist"),
    "sxd-leader": ("SXD", "leader"),
    "hc-desk": ("UBND-492", "desk"),
    "hc-specialist": ("UBND-492", "specialist"),
    "hc-leader": ("UBND-492", "leader"),
}
CITIZENS = ("citizen", "other-citizen")
PASSWORD = "secret-pw-123"


def create_people():
    with api.env.adopt_roles(["Manager"]):
        for user_id, (code, suffix) in OFFICIALS.items():
            api.user.create(email=f"{user_id}@example.org", username=user_id, password=PASSWORD)
            api.group.add_user(groupname=f"{code}-{suffix}", username=user_id)
        for user_id in CITIZENS:
            api.user.create(email=f"{user_id}@example.org", username=user_id, password=PASSWORD)
    return OFFICIALS


def as_user(portal, user_id):
    logout()
    login(portal, user_id)
