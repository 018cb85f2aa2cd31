"""Helpers for tests of online submission: services, agencies, sample files, a real SMTP server.

Used by tests/forms and tests/receipts (and usable from a developer's script). Applicants and
numbers here are invented sample data.
"""

from aiosmtpd.controller import Controller
from email import message_from_bytes
from email import policy
from plone import api

import io
import socket
import threading
import transaction

COMPONENTS = [
    {"case": "", "name": "Đơn đề nghị cấp giấy phép xây dựng", "originals": 1, "copies": 0,
     "required": True, "form": "mau-don.docx"},
    {"case": "", "name": "Bản vẽ thiết kế xây dựng", "originals": 2, "copies": 0,
     "required": True, "form": None},
    {"case": "", "name": "Giấy ủy quyền (nếu có)", "originals": 0, "copies": 1,
     "required": False, "form": None},
]

APPLICANT = {
    "name": "Nguyễn Thị Hoà",
    "id_number": "048 190 001 234",
    "birth_date": "1990-05-17",
    "address": "12 Lê Duẩn",
    "district": "492",
    "ward": "20233",
    "phone": "0905 123 456",
    "email": "hoa.nguyen@example.com",
}


def make_service(portal, code="1.009130", **fields):
    values = {
        "title": "Cấp giấy phép xây dựng nhà ở riêng lẻ",
        "sector": "hoat-dong-xay-dung",
        "levels": ["district"],
        "online_level": 3,
        "processing_time": 15.0,
        "processing_unit": "working_days",
        "components": [dict(row) for row in COMPONENTS],
    }
    values.update(fields)
    return api.content.create(container=portal["thu-tuc"], type="Service", id=code, code=code, **values)


def publish(obj):
    """Publish and commit, so the functional layer's server and browsers see it; returns obj."""
    api.content.transition(obj=obj, to_state="published")
    transaction.commit()
    return obj


def make_agency(portal, code="UBND-492", title="UBND quận Hải Châu", kind="district_committee",
                level="district", area="492", unit_code="H17.492"):
    agency = api.content.create(
        container=portal["co-quan"], type="Agency", id=code.lower(), code=code, title=title,
        kind=kind, level=level, area_code=area, dossier_unit_code=unit_code,
    )
    api.content.transition(obj=agency, to_state="published")
    return agency


# Sample files: the real types the forms accept, and impostors.
PDF = (
    b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages "
    b"/Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
)
DWG = b"AC1032\x00\x00\x00\x00\x00\x06\x01" + bytes(range(256)) * 4
DXF = b"  0\r\nSECTION\r\n  2\r\nHEADER\r\n  9\r\n$ACADVER\r\n  1\r\nAC1015\r\n  0\r\nENDSEC\r\n  0\r\nEOF\r\n"
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 256


def png():
    import segno

    buffer = io.BytesIO()
    segno.make("danang").save(buffer, kind="png")
    return buffer.getvalue()


def fill_submission(browser, files=None, **overrides):
    """Fill the generated form in a zope.testbrowser: valid applicant, given files, commitment."""
    values = dict(APPLICANT, **overrides)
    for name in ("name", "id_number", "birth_date", "address", "phone", "email", "request_note"):
        if name in values:
            browser.getControl(name=f"form.widgets.{name}").value = values[name]
    for name in ("district", "ward", "receiving_unit", "case", "result_delivery"):
        if values.get(name):
            browser.getControl(name=f"form.widgets.{name}:list").value = [values[name]]
    for name, (filename, data, content_type) in (files or {}).items():
        browser.getControl(name=f"form.widgets.{name}").add_file(io.BytesIO(data), content_type, filename)
    if values.get("commitment", True):
        browser.getControl(name="form.widgets.commitment:list").value = ["selected"]


def submit(browser):
    browser.getControl(name="form.buttons.submit").click()


class _Inbox:
    def __init__(self):
        self.messages = []
        self.arrived = threading.Event()

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(
            {
                "from": envelope.mail_from,
                "to": list(envelope.rcpt_tos),
                "message": message_from_bytes(envelope.original_content or envelope.content, policy=policy.default),
            }
        )
        self.arrived.set()
        return "250 Message accepted for delivery"


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class SMTPServer:
    """A real SMTP server on 127.0.0.1 (aiosmtpd) collecting what it receives; stops on exit."""

    def __init__(self):
        self.inbox = _Inbox()
        self.port = _free_port()
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)

    @property
    def messages(self):
        return self.inbox.messages

    def wait(self, timeout=10):
        return self.inbox.arrived.wait(timeout)

    def __enter__(self):
        self.controller.start()
        return self

    def __exit__(self, *exc):
        self.controller.stop()


def use_smtp_server(portal, server, sender="mot-cua@danang.example"):
    """Point the site's MailHost at a test SMTP server and give the site a sender address."""
    # Plone's SMTP mailer reads the registry (Products.CMFPlone.patches.sendmail).
    api.portal.set_registry_record("plone.smtp_host", "127.0.0.1")
    api.portal.set_registry_record("plone.smtp_port", server.port)
    portal.MailHost.smtp_queue = False
    api.portal.set_registry_record("plone.email_from_address", sender)
    api.portal.set_registry_record("plone.email_from_name", "Cổng dịch vụ công Đà Nẵng")
