"""Helpers for tests of citizen accounts, the look-up and REST submission (invented sample data).

A small catalogue (the Hải Châu district committee and a level-3 construction-permit service with
its generated form, both published), citizen accounts with a profile, and dossiers submitted by
them through ``create_dossier``.
"""

from danang.portal.dossier.create import create_dossier
from danang.portal.forms import testing as form_testing
from plone import api
from Products.CMFCore.indexing import processQueue

CITIZEN = {
    "username": "hoa",
    "password": "mat-khau-hoa-2025",
    "email": "hoa.nguyen@example.com",
    "properties": {
        "fullname": "Nguyễn Thị Hoà",
        "phone": "0905123456",
        "id_number": "048190001234",
        "address": "12 Lê Duẩn",
        "district": "492",
        "ward": "20233",
    },
}
OTHER_CITIZEN = {
    "username": "lan",
    "password": "mat-khau-lan-2025",
    "email": "lan.tran@example.com",
    "properties": {
        "fullname": "Trần Thị Lan",
        "phone": "0935987654",
        "id_number": "048190009876",
        "address": "5 Bạch Đằng",
        "district": "492",
        "ward": "20236",
    },
}
APPLICANT = dict(form_testing.APPLICANT)


def site_url(functional):
    """The test server's URL of the site (the layer's portal.absolute_url() says nohost)."""
    return f"http://{functional['host']}:{functional['port']}/{functional['portal'].getId()}"


def add_catalogue(portal):
    """The Hải Châu committee and its published construction-permit service (level 3, with its
    generated form); returns the service."""
    with api.env.adopt_roles(["Manager"]):
        form_testing.make_agency(portal)
        service = form_testing.make_service(portal)
        api.content.transition(obj=service, to_state="published")
    # The receiving unit is found by a catalog search that does not flush the indexing queue.
    processQueue()
    return service


def add_citizen(citizen=CITIZEN):
    with api.env.adopt_roles(["Manager"]):
        return api.user.create(
            email=citizen["email"],
            username=citizen["username"],
            password=citizen["password"],
            properties=dict(citizen["properties"]),
        )


def pdf_file(component="Đơn đề nghị cấp giấy phép xây dựng", filename="don.pdf"):
    return {
        "component": component,
        "filename": filename,
        "data": form_testing.PDF,
        "content_type": "application/pdf",
    }


def submit_as(service, citizen=None, applicant=None):
    """A dossier submitted online by a logged-in citizen (or anonymously when citizen is None)."""
    if applicant is None:
        applicant = dict(APPLICANT) if citizen is None else _applicant_of(citizen)
    if citizen is None:
        return create_dossier(service, applicant, {}, [pdf_file()])
    with api.env.adopt_user(username=citizen["username"]):
        return create_dossier(service, applicant, {}, [pdf_file()])


def _applicant_of(citizen):
    properties = citizen["properties"]
    return {
        "name": properties["fullname"],
        "id_number": properties["id_number"],
        "address": properties["address"],
        "district": properties["district"],
        "ward": properties["ward"],
        "phone": properties["phone"],
        "email": citizen["email"],
    }
