"""``@@danang-ward-districts``: which district each ward belongs to, for the forms' ward filter."""

from danang.portal.data.units import units_of_level
from Products.Five.browser import BrowserView

import json


class WardDistricts(BrowserView):
    def __call__(self):
        parents = {ward["code"]: ward["parent"] for ward in units_of_level("ward")}
        response = self.request.response
        response.setHeader("Content-Type", "application/json; charset=utf-8")
        # Fixed by law between releases: let browsers and proxies keep it for a day.
        response.setHeader("Cache-Control", "public, max-age=86400")
        return json.dumps(parents)
