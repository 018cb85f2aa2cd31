"""Editors' add and edit forms of Service, Agency and Sector, submitted through the publisher.

Each rule's message must show next to the field (or grid cell) it is about, in Vietnamese, and in
English for an editor who chose English.
"""

from form_client import rows
from plone import api

import pytest
import transaction

CODE_FORMAT_VI = "Mã thủ tục phải có dạng 1.009130 hoặc 2.000806"
CODE_FORMAT_EN = "The procedure code must look like 1.009130 or 2.000806"
NEGATIVE_FEE_VI = "Mức thu không được là số âm; nhập 0 nếu miễn phí."
NEGATIVE_FEE_EN = "The amount cannot be negative; enter 0 if there is no charge."
CITY_AGENCY_VI = "Thủ tục cấp thành phố phải có cơ quan thực hiện."
CITY_AGENCY_EN = "A city-level procedure must name its implementing agency."
UNKNOWN_SECTOR_VI = "Chọn một lĩnh vực có trong danh mục lĩnh vực."


def service_values(**changes):
    values = {
        "form.widgets.IBasic.title": "Cấp giấy phép xây dựng",
        "form.widgets.code": "1.009130",
        "form.widgets.sector:list": "hoat-dong-xay-dung",
        "form.widgets.levels:list": ["district"],
        "form.widgets.online_level:list": "3",
        "form.widgets.processing_time": "15",
        "form.widgets.processing_unit:list": "working_days",
        "form.widgets.audiences:list": ["citizen", "business"],
    }
    values.update(changes)
    return values


def add_service_url(portal):
    return f"{portal.absolute_url()}/thu-tuc/++add++Service"


def service(portal, code):
    transaction.begin()
    brains = api.content.find(portal_type="Service", code=code, unrestricted=True)
    return brains[0]._unrestrictedGetObject() if len(brains) == 1 else None


def field_text(editor, field_id):
    return " ".join(editor.errors(field_id))


class TestServiceAddForm:
    def test_valid_service_with_rows(self, editor):
        editor.submit(
            add_service_url(editor.portal),
            service_values(
                **rows("channels", [
                    {"channel:list": "in_person", "time_limit": "15 ngày làm việc", "fee": "75.000 đồng"},
                    {"channel:list": "online", "time_limit": "15 ngày làm việc"},
                ]),
                **rows("components", [
                    {"name": "Đơn đề nghị cấp giấy phép", "originals": "1", "copies": "0",
                     "required:list": "selected", "required-empty-marker": "1"},
                    {"case": "Công trình liền kề", "name": "Bản cam kết", "originals": "1", "copies": "2",
                     "required-empty-marker": "1"},
                ]),
                **rows("fees", [{"name": "Lệ phí cấp giấy phép", "amount": "75000"}]),
            ),
        )
        assert editor.errors() == []
        added = service(editor.portal, "1.009130")
        assert added.getId() == "1-009130"
        assert [row["channel"] for row in added.channels] == ["in_person", "online"]
        assert added.components[1]["copies"] == 2
        assert added.components[1]["required"] is False
        assert added.fees == [
            {"name": "Lệ phí cấp giấy phép", "amount": 75000, "case": None, "legal_basis": None, "exemptions": None}
        ]
        assert added.total_fee == 75000

    def test_units_and_coordinating_agencies(self, editor):
        # Searchable multi-selects (pat-select2); the browser sends one value per choice.
        editor.submit(
            add_service_url(editor.portal),
            service_values(**{
                "form.widgets.units": ["492", "491"],
                "form.widgets.coordinating_agencies": ["SXD"],
            }),
        )
        assert editor.errors() == []
        added = service(editor.portal, "1.009130")
        assert added.units == ["492", "491"]
        assert added.coordinating_agencies == ["SXD"]

    def test_blank_grid_rows_are_not_errors(self, editor):
        # A form sent back with an error must not flag the grids' blank rows as missing input.
        editor.submit(add_service_url(editor.portal), service_values(**{"form.widgets.code": "xyz"}))
        assert editor.errors("form-widgets-channels") == []
        assert editor.errors("form-widgets-components") == []
        assert editor.errors("form-widgets-fees") == []

    @pytest.mark.parametrize("code", ["12345", "1.0091", "3.000001"])
    def test_bad_code(self, editor, code):
        editor.submit(add_service_url(editor.portal), service_values(**{"form.widgets.code": code}))
        assert field_text(editor, "form-widgets-code").startswith(CODE_FORMAT_VI)

    def test_bad_code_in_english(self, editor):
        editor.language("en")
        editor.submit(add_service_url(editor.portal), service_values(**{"form.widgets.code": "12345"}))
        assert field_text(editor, "form-widgets-code").startswith(CODE_FORMAT_EN)

    def test_duplicate_code(self, editor):
        editor.submit(add_service_url(editor.portal), service_values())
        editor.submit(add_service_url(editor.portal), service_values(**{"form.widgets.IBasic.title": "Bản sao"}))
        assert field_text(editor, "form-widgets-code") == (
            "Mã 1.009130 đã được dùng cho một mục khác; mỗi mã chỉ dùng một lần."
        )
        transaction.begin()
        assert len(api.content.find(portal_type="Service", code="1.009130", unrestricted=True)) == 1

    def test_duplicate_code_in_edit_form(self, editor):
        editor.submit(add_service_url(editor.portal), service_values())
        editor.submit(add_service_url(editor.portal), service_values(**{"form.widgets.code": "2.000806"}))
        edit_url = f"{editor.portal.absolute_url()}/thu-tuc/2-000806/@@edit"
        editor.submit(edit_url, {"form.widgets.code": "1.009130"})
        assert field_text(editor, "form-widgets-code").startswith("Mã 1.009130 đã được dùng")

    def test_editing_keeps_own_code(self, editor):
        editor.submit(add_service_url(editor.portal), service_values())
        edit_url = f"{editor.portal.absolute_url()}/thu-tuc/1-009130/@@edit"
        editor.submit(edit_url, {"form.widgets.IBasic.title": "Cấp giấy phép xây dựng (sửa)"})
        assert editor.errors() == []
        assert service(editor.portal, "1.009130").title == "Cấp giấy phép xây dựng (sửa)"

    def test_negative_fee(self, editor):
        editor.submit(
            add_service_url(editor.portal),
            service_values(**rows("fees", [{"name": "Lệ phí", "amount": "-5"}])),
        )
        assert editor.cell_errors("form-widgets-fees-0-widgets-amount") == [NEGATIVE_FEE_VI]
        assert field_text(editor, "form-widgets-fees").endswith(
            "Có ô chưa hợp lệ trong bảng; xem thông báo ngay tại ô đó."
        )

    def test_negative_fee_in_english(self, editor):
        editor.language("en")
        editor.submit(
            add_service_url(editor.portal),
            service_values(**rows("fees", [{"name": "Fee", "amount": "-5"}])),
        )
        assert editor.cell_errors("form-widgets-fees-0-widgets-amount") == [NEGATIVE_FEE_EN]

    def test_negative_copies(self, editor):
        editor.submit(
            add_service_url(editor.portal),
            service_values(**rows("components", [
                {"name": "Đơn", "originals": "1", "copies": "-1", "required-empty-marker": "1"},
            ])),
        )
        assert editor.cell_errors("form-widgets-components-0-widgets-copies") == ["Số bản không được là số âm."]

    def test_unknown_sector(self, editor):
        editor.submit(
            add_service_url(editor.portal),
            service_values(**{"form.widgets.sector:list": "linh-vuc-khong-co"}),
        )
        assert field_text(editor, "form-widgets-sector") == UNKNOWN_SECTOR_VI

    def test_city_service_without_agency(self, editor):
        editor.submit(add_service_url(editor.portal), service_values(**{"form.widgets.levels:list": ["city"]}))
        assert field_text(editor, "form-widgets-agency") == CITY_AGENCY_VI

    def test_city_service_without_agency_in_english(self, editor):
        editor.language("en")
        editor.submit(add_service_url(editor.portal), service_values(**{"form.widgets.levels:list": ["city"]}))
        assert field_text(editor, "form-widgets-agency") == CITY_AGENCY_EN

    def test_city_service_with_agency(self, editor):
        editor.submit(
            add_service_url(editor.portal),
            service_values(**{"form.widgets.levels:list": ["city"], "form.widgets.agency:list": "SXD"}),
        )
        assert editor.errors() == []

    def test_city_level_added_in_edit_form(self, editor):
        editor.submit(add_service_url(editor.portal), service_values())
        edit_url = f"{editor.portal.absolute_url()}/thu-tuc/1-009130/@@edit"
        editor.submit(edit_url, {"form.widgets.levels:list": ["district", "city"]})
        assert field_text(editor, "form-widgets-agency") == CITY_AGENCY_VI

    def test_form_labels_in_vietnamese(self, editor):
        editor.browser.open(add_service_url(editor.portal))
        page = editor.browser.contents
        for label in ("Mã thủ tục", "Cách thức thực hiện", "Thành phần hồ sơ", "Mức thu (đồng)", "Thêm Thủ tục hành chính"):
            assert label in page


class TestAgencyAndSectorForms:
    def agency_values(self, **changes):
        values = {
            "form.widgets.IBasic.title": "Sở Tư pháp",
            "form.widgets.code": "STP",
            "form.widgets.kind:list": "department",
            "form.widgets.level:list": "city",
            "form.widgets.area_code:list": "48",
            "form.widgets.dossier_unit_code": "STP-TAM",
        }
        values.update(changes)
        return values

    def test_add_agency(self, editor):
        editor.submit(f"{editor.portal.absolute_url()}/co-quan/++add++Agency", self.agency_values())
        assert editor.errors() == []
        transaction.begin()
        assert editor.portal["co-quan"]["stp"].code == "STP"

    def test_agency_bad_code(self, editor):
        editor.submit(
            f"{editor.portal.absolute_url()}/co-quan/++add++Agency",
            self.agency_values(**{"form.widgets.code": "Sở Tư pháp"}),
        )
        assert field_text(editor, "form-widgets-code").startswith("Mã chỉ gồm chữ cái không dấu")

    def test_agency_duplicate_code(self, editor):
        editor.submit(
            f"{editor.portal.absolute_url()}/co-quan/++add++Agency",
            self.agency_values(**{"form.widgets.code": "SXD"}),
        )
        assert field_text(editor, "form-widgets-code").startswith("Mã SXD đã được dùng")

    def test_sector_duplicate_code(self, editor):
        editor.submit(
            f"{editor.portal.absolute_url()}/linh-vuc/++add++Sector",
            {"form.widgets.IBasic.title": "Hộ tịch (2)", "form.widgets.code": "ho-tich"},
        )
        assert field_text(editor, "form-widgets-code").startswith("Mã ho-tich đã được dùng")

    def test_sector_duplicate_code_in_english(self, editor):
        editor.language("en")
        editor.submit(
            f"{editor.portal.absolute_url()}/linh-vuc/++add++Sector",
            {"form.widgets.IBasic.title": "Civil status", "form.widgets.code": "ho-tich"},
        )
        assert field_text(editor, "form-widgets-code") == (
            "The code ho-tich is already used by another item; each code may be used only once."
        )
