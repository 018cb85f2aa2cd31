"""A layer for the end-to-end tests: the portal with a small published catalogue (including a
level-3 construction permit with its generated e-form) behind a real WSGI server."""

from danang.portal.testing import FIXTURE
from plone import api
from plone.app.testing import FunctionalTesting
from plone.app.testing import PloneSandboxLayer
from plone.testing import zope as zope_testing
from pytest_plone import fixtures_factory
from tests.fixtures import forms as form_testing

import transaction

SECTORS = (("hoat-dong-xay-dung", "Hoạt động xây dựng"), ("ho-tich", "Hộ tịch"))
OTHER_SERVICES = (
    {"code": "1.001193", "title": "Thủ tục đăng ký khai sinh", "sector": "ho-tich", "levels": ["ward"],
     "online_level": 4, "processing_time": 1, "audiences": ["citizen"]},
    {"code": "1.009131", "title": "Cấp giấy phép sửa chữa, cải tạo công trình", "sector": "hoat-dong-xay-dung",
     "levels": ["district"], "online_level": 2, "processing_time": 10, "audiences": ["citizen"]},
)


class SubmissionFlowLayer(PloneSandboxLayer):
    defaultBases = (FIXTURE,)

    def setUpPloneSite(self, portal):
        with api.env.adopt_roles(["Manager"]):
            for code, title in SECTORS:
                sector = api.content.create(container=portal["linh-vuc"], type="Sector", code=code, title=title)
                api.content.transition(obj=sector, to_state="published")
            form_testing.make_agency(portal)
            services = [form_testing.make_service(portal, audiences=["citizen", "business"])]
            for record in OTHER_SERVICES:
                services.append(api.content.create(container=portal["thu-tuc"], type="Service", **record))
            for service in services:
                api.content.transition(obj=service, to_state="published")
        # plone.testing's zopeApp() swallows a failing commit at the end of the set-up: commit here.
        transaction.commit()


SUBMISSION_FLOW_FIXTURE = SubmissionFlowLayer()
SUBMISSION_FLOW_TESTING = FunctionalTesting(
    bases=(SUBMISSION_FLOW_FIXTURE, zope_testing.WSGI_SERVER_FIXTURE),
    name="DanangPortal:SubmissionFlow",
)

globals().update(fixtures_factory(((SUBMISSION_FLOW_TESTING, "submission_flow"),), keep_session=False))
