"""``POST /@national-dossiers``: a dossier submitted on the national portal (docs/national.md).

Signed and replay-protected (national/intake.py); the national format is translated to the body of
``POST @dossiers`` and goes through that endpoint's checks (the service's e-form rules) and the
submission service: same validation, same dossier code, same worklist, same receipt. The national
code is kept beside ours; the same national dossier sent again answers the first one's dossier.
"""

from danang.portal.national import intake
from danang.portal.national import mapping
from danang.portal.publisher import write_turn
from danang.portal.services.dossiers.post import DossiersPost
from danang.portal.services.errors import APIError

import urllib.parse


class NationalDossiersPost(DossiersPost):
    national = None
    dossier = None

    def answer(self):
        path = urllib.parse.urlsplit(self.request.get("ACTUAL_URL") or self.request.getURL()).path
        try:
            nonce = intake.check_signature(self.request, path)
            # From the latest committed state (publisher/write_turn.py); then nothing is lost of
            # what is written below.
            write_turn.take(fresh=True)
            intake.use_nonce(nonce)
            self.national = intake.read(self.request.get("BODY") or b"")
        except intake.InboundRefused as refused:
            raise APIError(refused.status, refused.message, refused.errors) from None
        answer = self.submit()
        dossier = self.dossier
        answer["national_code"] = self.national["MaHoSoQG"]
        if getattr(dossier, "national_code", None) != self.national["MaHoSoQG"]:
            intake.keep_national_code(dossier, self.national["MaHoSoQG"])
        return answer

    def payload(self):
        return mapping.dossier_payload(self.national)

    def idempotency_key(self):
        return intake.idempotency_key(self.national)

    def created(self, dossier, agent, status=201):
        self.dossier = dossier
        return super().created(dossier, agent, status)
