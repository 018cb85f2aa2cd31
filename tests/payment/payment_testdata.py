"""Fees of the payment tests' services (test amounts, not the city's real fees)."""

from danang.portal.dossier.create import create_dossier
from dossier_testdata import APPLICANT
from dossier_testdata import pdf_upload
from plone import api

CASE_III = "Công trình cấp III"
CASE_IV = "Công trình cấp IV"
CITY_FEES = [
    {"name": "Lệ phí cấp giấy phép xây dựng", "amount": 75000, "case": "", "legal_basis": "Thử nghiệm"},
    {"name": "Phí thẩm định thiết kế", "amount": 500000, "case": CASE_III},
    {"name": "Phí thẩm định thiết kế", "amount": 300000, "case": CASE_IV},
]
CITY_COMPONENTS = [
    {"name": "Đơn đề nghị", "required": True, "originals": 1, "copies": 0, "case": ""},
    {"name": "Bản vẽ công trình cấp III", "required": True, "originals": 1, "copies": 0, "case": CASE_III},
    {"name": "Bản vẽ công trình cấp IV", "required": True, "originals": 1, "copies": 0, "case": CASE_IV},
]
DISTRICT_FEES = [{"name": "Lệ phí đăng ký hộ kinh doanh", "amount": 100000}]


def give_fees(services):
    with api.env.adopt_roles(["Manager"]):
        city = services["city"]
        city.fees = CITY_FEES
        city.components = CITY_COMPONENTS
        city.online_level = 4
        district = services["district"]
        district.fees = DISTRICT_FEES
        district.online_level = 3


def case_answer(key, text):
    """The answer the e-form's "Tạo hồ sơ" action stores for the case field."""
    return {"case": {"label": "Trường hợp", "value": key, "display": text}}


def submit(service, answers=None, user_id="citizen", **kwargs):
    """A new online dossier of ``user_id`` (None: an applicant without an account)."""
    applicant = dict(APPLICANT)
    if user_id:
        applicant["user_id"] = user_id
    return create_dossier(service, applicant, answers or {}, [pdf_upload()], **kwargs)
