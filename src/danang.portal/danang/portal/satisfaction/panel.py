"""The rating panel of a dossier (a viewlet of dossier.panels.IDossierPanels).

Shown once the result is returned. Whoever may act as the applicant sees the rating form (a plain
POST form to the portal-level ``@@danh-gia-ho-so``, so it works for a token bearer and without
JavaScript) or, once rated, the rating given; the dossier's officials see the rating (or that
there is none yet). Anyone else sees nothing. ``@@danh-gia-ho-so`` renders the same panel, with
the refused input and its errors.
"""

from danang.portal.satisfaction.access import RATING_VIEW
from danang.portal.satisfaction.levels import level_title
from danang.portal.satisfaction.levels import LEVELS
from danang.portal.satisfaction.rating import COMMENT_MAX_LENGTH
from danang.portal.satisfaction.rating import is_staff
from danang.portal.satisfaction.rating import NotAllowed
from danang.portal.satisfaction.rating import RATED_STATE
from danang.portal.satisfaction.rating import rater_role
from danang.portal.satisfaction.rating import rating_of
from plone import api
from plone.app.layout.viewlets.common import ViewletBase
from plone.protect.authenticator import createToken
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile

# What the panel shows: the form, the applicant's own rating, or the officials' view of it.
FORM, RATED, STAFF = "form", "rated", "staff"


class RatingPanel(ViewletBase):
    index = ViewPageTemplateFile("templates/panel.pt")

    # Set by @@danh-gia-ho-so when it shows a refused submission again.
    errors = None
    values = None

    def update(self):
        self.dossier = self.context
        self.rating = rating_of(self.dossier)
        self.mode = self._mode()

    def _mode(self):
        if api.content.get_state(self.dossier, default=None) != RATED_STATE:
            return None
        if is_staff(self.dossier):
            return STAFF
        try:
            rater_role(self.dossier, self.request)
        except NotAllowed:
            return None
        return RATED if self.rating is not None else FORM

    def render(self):
        if self.mode is None:
            return ""
        return self.index()

    def action(self):
        return f"{api.portal.get().absolute_url()}/@@{RATING_VIEW}"

    def hidden_fields(self):
        """The dossier's code and the token the page was reached with (if any): a token bearer
        posts the same fields to the portal-level view."""
        fields = {"code": self.dossier.dossier_code}
        token = self.request.form.get("t")
        if isinstance(token, str) and token:
            fields["t"] = token
        return sorted(fields.items())

    def authenticator(self):
        return createToken()

    def levels(self):
        chosen = (self.values or {}).get("level")
        return [
            {"id": level, "title": title, "input_id": f"dn-satisfaction-{level}", "checked": level == chosen}
            for level, title in LEVELS
        ]

    def comment(self):
        return (self.values or {}).get("comment") or ""

    def error(self, field):
        return (self.errors or {}).get(field)

    def max_length(self):
        return COMMENT_MAX_LENGTH

    def level_title(self):
        return level_title(self.rating["level"]) if self.rating else None

    def rated_at(self):
        return self.rating["time"].strftime("%H:%M %d/%m/%Y") if self.rating else ""
