"""End to end in headless Chromium, after the reorganisation (the test plan of
tests/fixtures/reorganisation.py applied to the dossier tests' catalogue): a citizen of the new
ward Hải Châu finds a former district procedure now performed at the ward, takes it to the desk
of another ward (Thanh Khê), which receives it for Hải Châu (receipt regardless of the
administrative boundary), and Hải Châu's specialist (moved there from the dissolved district's
group) finds it in the worklist and starts processing it.

Screenshots go to $DANANG_SCREENSHOT_DIR (default: the test's temporary folder).
"""

from danang.portal.reorganisation.operation import reorganise
from danang.portal.reorganisation.plan import checked_plan
from datetime import date
from plone import api
from tests.fixtures.chromium import logged_in as login_page
from tests.fixtures.dossier_data import build_catalogue
from tests.fixtures.dossier_data import PDF
from tests.fixtures.reorganisation import HAI_CHAU
from tests.fixtures.reorganisation import THANH_KHE
from tests.fixtures.workflow_people import create_people
from tests.fixtures.workflow_people import PASSWORD

import os
import pytest
import time
import transaction

pytestmark = pytest.mark.e2e

TIMEOUT = 30_000


@pytest.fixture
def reorganised(functional, plan_file):
    portal = functional["portal"]
    services = build_catalogue(portal)
    create_people()
    with api.env.adopt_roles(["Manager"]):
        for obj in list(services.values()) + list(portal["co-quan"].objectValues()):
            api.content.transition(obj=obj, to_state="published")
        reorganise(checked_plan(plan_file(), date(2025, 7, 1)))
        api.user.create(email="tk-desk@example.org", username="tk-desk", password=PASSWORD)
        api.group.add_user(groupname=f"{THANH_KHE}-desk", username="tk-desk")
    transaction.commit()
    return f"http://{functional['host']}:{functional['port']}/{portal.getId()}"


def logged_in(chromium, site, user):
    return login_page(chromium, site, user, PASSWORD, TIMEOUT)


def test_former_district_procedure_at_another_wards_desk(chromium, reorganised, tmp_path):
    started = time.monotonic()
    site = reorganised
    folder = os.environ.get("DANANG_SCREENSHOT_DIR") or str(tmp_path)
    scan = tmp_path / "don-de-nghi.pdf"
    scan.write_bytes(PDF)

    # 1. The citizen: the former district procedure lists the new ward committees.
    citizen = chromium.new_context(locale="vi-VN").new_page()
    citizen.set_default_timeout(TIMEOUT)
    citizen.goto(f"{site}/thu-tuc/district")
    citizen.locator("details.dn-committees summary").click()
    committees = citizen.locator("details.dn-committees li").all_inner_texts()
    assert "UBND phường Hải Châu (thử nghiệm 2025)" in committees
    assert not [name for name in committees if "quận" in name]
    assert "không phụ thuộc nơi cư trú" in citizen.locator(".dn-receipt-anywhere").inner_text()
    citizen.screenshot(path=os.path.join(folder, "01-service.png"), full_page=True)
    # The dissolved district committee's page says so and names its successor.
    citizen.goto(f"{site}/co-quan/ubnd-hai-chau")
    assert "Đã giải thể từ 01/07/2025" in citizen.locator(".dn-dissolved").inner_text()
    assert "UBND phường Hải Châu (thử nghiệm 2025)" in citizen.locator(".dn-dissolved a").inner_text()

    # 2. The desk of Thanh Khê receives it for Hải Châu.
    desk = logged_in(chromium, site, "tk-desk")
    desk.goto(f"{site}/@@desk-receive")
    desk.select_option("#unit", THANH_KHE)
    desk.select_option("#competent_unit", HAI_CHAU)
    desk.fill("#service_code", "2.000575")
    desk.fill("#applicant_name", "Trần Thị Phường Mới")
    desk.fill("#applicant_phone", "0905 222 333")
    desk.set_input_files("#files", str(scan))
    desk.screenshot(path=os.path.join(folder, "02-desk.png"), full_page=True)
    desk.click("button[type=submit].btn-primary")
    desk.wait_for_load_state()
    assert "Đã tiếp nhận hồ sơ" in desk.content()
    code = desk.url.rstrip("/").rsplit("/", 1)[-1]
    assert code.startswith("20242.2025-"), code
    # The receiving desk sees it in its worklist.
    desk.goto(f"{site}/@@ban-lam-viec")
    assert code in desk.content()

    # 3. Hải Châu's specialist (moved from the dissolved district's group) processes it.
    specialist = logged_in(chromium, site, "hc-specialist")
    specialist.goto(f"{site}/@@ban-lam-viec")
    specialist.locator("a", has_text=code).first.click()
    specialist.wait_for_load_state()
    assert "UBND phường Thanh Khê (thử nghiệm 2025)" in specialist.locator(".dn-received-at").inner_text()
    specialist.click("button[name='submit-start_processing']")
    specialist.wait_for_load_state()
    specialist.screenshot(path=os.path.join(folder, "03-processing.png"), full_page=True)
    transaction.begin()
    dossier = api.content.find(portal_type="Dossier", dossier_code=code, unrestricted=True)[0]._unrestrictedGetObject()
    assert api.content.get_state(dossier) == "processing"
    assert (dossier.receiving_unit, dossier.received_at_unit) == (HAI_CHAU, THANH_KHE)
    print(f"\nreorganised-city e2e in {time.monotonic() - started:.1f} s")
