"""Test data of the dossier tests: one department, two district and one ward committee, and a
city, a district and a ward service. Codes are test codes, not the city's real unit codes."""

from plone import api
from Products.CMFCore.indexing import processQueue

AGENCIES = (
    # id, title, code, kind, level, area, dossier unit code
    ("sxd", "Sở Xây dựng (thử nghiệm)", "SXD", "department", "city", "48", "T-SXD"),
    ("ubnd-hai-chau", "UBND quận Hải Châu (thử nghiệm)", "UBND-492", "district_committee", "district", "492", "T-HC"),
    ("ubnd-thanh-khe", "UBND quận Thanh Khê (thử nghiệm)", "UBND-491", "district_committee", "district", "491", "T-TK"),
    ("ubnd-thanh-binh", "UBND phường Thanh Bình (thử nghiệm)", "UBND-20227", "ward_committee", "ward", "20227", "T-TB"),
)
SERVICES = (
    # id, title, code, levels, agency, processing time, unit
    ("city", "Cấp giấy phép xây dựng (thử nghiệm)", "1.009130", ["city"], "SXD", 15, "working_days"),
    ("district", "Đăng ký hộ kinh doanh (thử nghiệm)", "2.000575", ["district"], None, 3, "working_days"),
    ("ward", "Chứng thực bản sao (thử nghiệm)", "2.000815", ["ward"], None, 8, "hours"),
)
APPLICANT = {
    "name": "Nguyễn Văn Thử",
    "id_number": "048090001234",
    "birth_date": "1990-05-17",
    "address": "12 Lê Lợi",
    "district": "492",
    "ward": "20227",
    "phone": "0905 123 456",
    "email": "thu@example.org",
}
PDF = b"%PDF-1.4\n% sample dossier attachment\n%%EOF\n"


def build_catalogue(portal):
    """Create the test agencies and services (as Manager); return the services by id."""
    with api.env.adopt_roles(["Manager"]):
        for agency_id, title, code, kind, level, area, unit_code in AGENCIES:
            api.content.create(
                container=portal["co-quan"],
                type="Agency",
                id=agency_id,
                title=title,
                code=code,
                kind=kind,
                level=level,
                area_code=area,
                dossier_unit_code=unit_code,
            )
        services = {}
        for service_id, title, code, levels, agency, time, unit in SERVICES:
            services[service_id] = api.content.create(
                container=portal["thu-tuc"],
                type="Service",
                id=service_id,
                title=title,
                code=code,
                sector="xay-dung",
                levels=levels,
                agency=agency,
                online_level=3,
                processing_time=time,
                processing_unit=unit,
                components=[{"name": "Đơn đề nghị", "required": True, "originals": 1, "copies": 0}],
            )
    # Agencies exist long before anyone submits: index them now, as a real site has them.
    processQueue()
    return services


def pdf_upload(component="Đơn đề nghị", filename="don-de-nghi.pdf"):
    return {"component": component, "filename": filename, "data": PDF, "content_type": "application/pdf"}
