"""1002 → 1003: the editors' notes a 1002 site shows citizens move to ``editor_notes``."""

from plone import api
from tests.upgrades.test_v1003 import upgrade_from_1002

PLACEHOLDER = "Mã thủ tục 1.899001 là mã tạm của cổng, chưa được đối chiếu với Cơ sở dữ liệu quốc gia."
REFERENCE = "mức thu tham khảo, cần đối chiếu nghị quyết của HĐND thành phố"


def as_1002_left_it(portal):
    with api.env.adopt_roles(["Manager"]):
        return api.content.create(
            container=portal["thu-tuc"], type="Service", id="1.899001", code="1.899001",
            title="Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ", sector="hoat-dong-xay-dung",
            levels=["district"], online_level=2, processing_time=15.0,
            description=f"Cấp giấy phép xây dựng nhà ở riêng lẻ. {PLACEHOLDER}",
            fees=[{"name": "Lệ phí cấp phép", "amount": 50000, "legal_basis": REFERENCE}],
            components=[{"name": "Đơn đề nghị cấp giấy phép xây dựng (theo mẫu)", "originals": 1},
                        {"name": "Tờ khai theo mẫu", "originals": 1}],
        )


def test_notes_move_out_of_the_description_and_the_fees(portal):
    service = as_1002_left_it(portal)
    upgrade_from_1002()
    assert service.description == "Cấp giấy phép xây dựng nhà ở riêng lẻ."
    assert service.fees[0]["legal_basis"] == ""
    assert service.editor_notes == f"{PLACEHOLDER} Lệ phí cấp phép: {REFERENCE}."
    assert [row["name"] for row in service.components] == ["Đơn đề nghị cấp giấy phép xây dựng", "Tờ khai"]
    # Run twice (a second upgrade, or `make load` afterwards): nothing moves twice.
    upgrade_from_1002()
    assert service.editor_notes == f"{PLACEHOLDER} Lệ phí cấp phép: {REFERENCE}."

