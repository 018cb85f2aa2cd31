"""The calendar in the registry: initialised from the data file, used by due_date, edited in the
control panel."""

from danang.portal.deadlines import api as deadlines
from danang.portal.deadlines.data import shipped_lines
from danang.portal.deadlines.install import initialise_calendar
from danang.portal.deadlines.install import merge_shipped
from danang.portal.deadlines.working_calendar import TIMEZONE
from datetime import date
from datetime import datetime
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from plone.app.testing import TEST_USER_NAME
from plone.app.testing import TEST_USER_PASSWORD
from plone.testing.zope import Browser

import pytest
import requests
import transaction

PREFIX = "danang.portal.calendar"


def record(name):
    return api.portal.get_registry_record(f"{PREFIX}.{name}")


def set_record(name, value):
    api.portal.set_registry_record(f"{PREFIX}.{name}", value)


def test_records_are_initialised_from_the_data_file(portal):
    assert record("days_off") == shipped_lines("days_off")
    assert record("working_days") == shipped_lines("working_days")
    assert record("cutoff_time") == "16:00"
    assert record("working_hours") == ["07:30-11:30", "13:00-17:00"]
    # Reinstalling keeps what administrators edited.
    set_record("days_off", ["2031-01-01|Tết Dương lịch"])
    assert initialise_calendar() == 0
    assert record("days_off") == ["2031-01-01|Tết Dương lịch"]


def test_due_date_follows_the_registry(portal):
    received = datetime(2031, 3, 3, 9, tzinfo=TIMEZONE)  # a Monday in a year the file does not have
    assert deadlines.due_date(received, 1, "working_days") == datetime(2031, 3, 4, 17, tzinfo=TIMEZONE)
    # An extra day off announced by the government, typed in by an administrator.
    set_record("days_off", list(record("days_off")) + ["2031-03-04|Ngày nghỉ đột xuất"])
    assert not deadlines.is_working_day(date(2031, 3, 4))
    assert deadlines.due_date(received, 1, "working_days") == datetime(2031, 3, 5, 17, tzinfo=TIMEZONE)
    # A Saturday to be worked.
    set_record("working_days", list(record("working_days")) + ["2031-03-08|Làm bù"])
    assert deadlines.is_working_day(date(2031, 3, 8))
    assert deadlines.working_days_between(date(2031, 3, 3), date(2031, 3, 10)) == 5
    # The cut-off and the working hours.
    set_record("cutoff_time", "09:00")
    assert deadlines.receipt_day(received) == date(2031, 3, 5)
    set_record("working_hours", ["08:00-12:00"])
    assert deadlines.due_date(datetime(2031, 3, 3, 8, tzinfo=TIMEZONE), 2, "hours") == datetime(
        2031, 3, 3, 10, tzinfo=TIMEZONE
    )


def test_merge_adds_shipped_days_missing_from_the_records(portal):
    set_record("days_off", ["2025-01-29|Mùng một Tết (sửa tay)"])
    set_record("working_days", ["2025-05-02|Đi làm (quyết định của thành phố)"])
    added = merge_shipped()
    days_off = record("days_off")
    assert "2025-01-29|Mùng một Tết (sửa tay)" in days_off
    # A day the administrator moved to the other list stays there.
    assert not any(line.startswith("2025-05-02") for line in days_off)
    assert len(days_off) == len(shipped_lines("days_off")) - 1
    assert added == len(shipped_lines("days_off")) - 2 + len(shipped_lines("working_days"))


def test_control_panel_is_registered(portal):
    configlets = api.portal.get_tool("portal_controlpanel").listActions()
    assert "danang-calendar" in [configlet.getId() for configlet in configlets]


@pytest.fixture
def browser(functional):
    return Browser(functional["app"])


def test_control_panel_needs_a_manager(functional):
    url = f"http://{functional['host']}:{functional['port']}/plone/@@danang-calendar-controlpanel"
    for auth in (None, (TEST_USER_NAME, TEST_USER_PASSWORD)):
        response = requests.get(url, auth=auth, allow_redirects=False, timeout=30)
        assert response.status_code in (302, 401, 403)
        assert "2025-01-29" not in response.text


def test_control_panel_edits_the_calendar(functional, browser):
    url = f"{functional['portal'].absolute_url()}/@@danang-calendar-controlpanel"
    browser.addHeader("Authorization", f"Basic {SITE_OWNER_NAME}:{SITE_OWNER_PASSWORD}")
    browser.open(url)
    assert "Lịch làm việc, hạn xử lý hồ sơ" in browser.contents
    assert "2025-01-29|Tết Nguyên Đán" in browser.contents
    days_off = browser.getControl(name="form.widgets.days_off")
    # A malformed line is refused with a Vietnamese message; nothing is saved.
    days_off.value = days_off.value + "\n02/09/2031|Quốc khánh"
    browser.getControl(name="form.buttons.save").click()
    assert "không đúng dạng" in browser.contents
    transaction.begin()
    assert "2031-09-02|Quốc khánh" not in record("days_off")
    # A well-formed one is saved and used at once.
    days_off = browser.getControl(name="form.widgets.days_off")
    days_off.value = days_off.value.replace("02/09/2031|Quốc khánh", "2031-09-02|Quốc khánh")
    browser.getControl(name="form.widgets.cutoff_time").value = "15:30"
    browser.getControl(name="form.buttons.save").click()
    transaction.begin()
    assert "2031-09-02|Quốc khánh" in record("days_off")
    assert record("cutoff_time") == "15:30"
    assert not deadlines.is_working_day(date(2031, 9, 2))


def test_control_panel_rejects_a_bad_cutoff_and_hours(functional, browser):
    url = f"{functional['portal'].absolute_url()}/@@danang-calendar-controlpanel"
    browser.addHeader("Authorization", f"Basic {SITE_OWNER_NAME}:{SITE_OWNER_PASSWORD}")
    browser.open(url)
    browser.getControl(name="form.widgets.cutoff_time").value = "4pm"
    browser.getControl(name="form.widgets.working_hours").value = "13:00-17:00\n07:30-11:30"
    browser.getControl(name="form.buttons.save").click()
    assert "Giờ phải có dạng GG:PP" in browser.contents
    assert "theo thứ tự trong ngày" in browser.contents
    transaction.begin()
    assert record("cutoff_time") == "16:00"


def test_records_written_around_the_form_do_not_break_due_dates(portal):
    # Someone edits the registry directly (Configuration Registry, a script) with bad values.
    set_record("days_off", ["not a date", "2031-03-04|Ngày nghỉ"])
    set_record("working_hours", ["13:00-17:00", "07:30-14:00"])
    set_record("cutoff_time", "later")
    received = datetime(2031, 3, 3, 9, tzinfo=TIMEZONE)
    assert deadlines.due_date(received, 1, "working_days") == datetime(2031, 3, 5, 17, tzinfo=TIMEZONE)
