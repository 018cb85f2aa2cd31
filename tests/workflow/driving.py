"""Drive a test dossier to a given state the way the officials and the applicant would."""

from workflow_people import as_user
from danang.portal.deadlines.working_calendar import TIMEZONE
from danang.portal.workflow.actions import attach_result
from danang.portal.workflow.actions import attach_supplement
from danang.portal.workflow.actions import perform
from datetime import datetime
from plone import api
from plone.app.testing import logout


def at(*args):
    """A moment in Da Nang's time zone: at(2025, 3, 3, 9)."""
    return datetime(*args, tzinfo=TIMEZONE)


RESULT = {"component": "Giấy phép xây dựng", "filename": "giay-phep.pdf",
          "data": b"%PDF-1.4\n% result\n%%EOF\n", "content_type": "application/pdf"}
SUPPLEMENT = {"component": "Bản vẽ mặt bằng", "filename": "mat-bang.pdf",
              "data": b"%PDF-1.4\n% supplement\n%%EOF\n", "content_type": "application/pdf"}

# (user, transition, inputs); "attach_result" / "attach_supplement" are uploads, not transitions.
STEPS = {
    "accept": ("sxd-desk", "accept", {}),
    "refuse": ("sxd-desk", "refuse", {"comment": "Thủ tục không thuộc thẩm quyền"}),
    "start": ("sxd-specialist", "start_processing", {}),
    "supplement": ("sxd-specialist", "request_supplement", {"missing_items": ["Bản vẽ mặt bằng", "Giấy tờ đất"]}),
    "upload_supplement": ("citizen", "attach_supplement", {}),
    "supply": ("citizen", "supply", {}),
    "payment": ("sxd-specialist", "request_payment", {"comment": "Lệ phí 75.000 đồng"}),
    "paid": ("sxd-desk", "confirm_payment", {}),
    "withdraw": ("citizen", "withdraw", {}),
    "stop": ("sxd-leader", "stop", {"comment": "Công trình đang tranh chấp"}),
    "upload_result": ("sxd-specialist", "attach_result", {}),
    "finish": ("sxd-leader", "finish", {}),
    "return": ("sxd-desk", "return_result", {}),
}
PATHS = {
    "new": [],
    "received": ["accept"],
    "refused": ["refuse"],
    "processing": ["accept", "start"],
    "supplement": ["accept", "start", "supplement"],
    "payment": ["accept", "start", "payment"],
    "withdrawn": ["withdraw"],
    "stopped": ["accept", "start", "stop"],
    "finished": ["accept", "start", "upload_result", "finish"],
    "returned": ["accept", "start", "upload_result", "finish", "return"],
}


def step(portal, dossier, name):
    user, transition, inputs = STEPS[name]
    as_user(portal, user)
    try:
        if transition == "attach_result":
            return attach_result(dossier, RESULT)
        if transition == "attach_supplement":
            return attach_supplement(dossier, [SUPPLEMENT])
        return perform(dossier, transition, **inputs)
    finally:
        logout()


def drive(portal, dossier, state):
    for name in PATHS[state]:
        step(portal, dossier, name)
    assert api.content.get_state(dossier) == state
    return dossier
