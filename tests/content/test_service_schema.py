"""The Service schema: fields, fieldsets, computed values and the validation rules themselves."""

from danang.portal.content.codes import InvalidServiceCode
from danang.portal.content.rows import IChannelRow
from danang.portal.content.rows import IComponentRow
from danang.portal.content.rows import IFeeRow
from danang.portal.content.service import IService
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from plone.dexterity.utils import createContentInContainer
from plone.supermodel.interfaces import FIELDSETS_KEY
from zope.i18n import translate
from zope.interface import Invalid
from zope.schema import getFieldNames
from zope.schema.interfaces import ConstraintNotSatisfied
from zope.schema.interfaces import TooSmall

import pytest


@pytest.fixture
def manager(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    return portal


@pytest.fixture
def sector(manager):
    return createContentInContainer(manager["linh-vuc"], "Sector", title="Hộ tịch", code="ho-tich")


def make_service(portal, **values):
    data = dict(
        title="Đăng ký khai sinh", code="1.001193", sector="ho-tich", levels=["ward"],
        online_level=4, processing_time=1, processing_unit="working_days",
    )
    data.update(values)
    return createContentInContainer(portal["thu-tuc"], "Service", **data)


class TestFields:
    @pytest.mark.parametrize(
        "name",
        [
            "code", "sector", "levels", "online_level", "in_force", "sample", "agency", "units",
            "deciding_authority", "delegated_agency", "coordinating_agencies", "procedure_type",
            "decision", "audiences", "conditions", "steps", "channels", "components",
            "number_of_sets", "processing_time", "processing_unit", "fees", "result", "legal_basis",
        ],
    )
    def test_field(self, name):
        assert name in getFieldNames(IService)

    def test_fieldsets_an_editor_understands(self):
        labels = [translate(fieldset.label, target_language="vi") for fieldset in IService.queryTaggedValue(FIELDSETS_KEY)]
        assert labels == [
            "Cơ quan thực hiện",
            "Đối tượng, điều kiện",
            "Trình tự, cách thức",
            "Thành phần hồ sơ",
            "Thời hạn, phí, lệ phí",
            "Kết quả, căn cứ pháp lý",
            # Editors' notes, which citizens do not see (editor_notes).
            "Ghi chú nội bộ",
        ]

    @pytest.mark.parametrize(
        "row_schema,names",
        [
            (IChannelRow, ["channel", "time_limit", "fee", "description"]),
            (IComponentRow, ["case", "name", "originals", "copies", "required", "form"]),
            (IFeeRow, ["name", "amount", "case", "legal_basis", "exemptions"]),
        ],
    )
    def test_rows(self, row_schema, names):
        assert getFieldNames(row_schema) == names


class TestComputed:
    def test_rows_stored_as_dicts(self, manager, sector):
        service = make_service(
            manager,
            fees=[{"name": "Lệ phí", "amount": 50000}, {"name": "Phí", "amount": 25000}],
            channels=[{"channel": "online", "time_limit": "3 ngày"}],
        )
        assert service.fees[0] == {"name": "Lệ phí", "amount": 50000}
        assert service.total_fee == 75000

    @pytest.mark.parametrize("level,mode", [(2, "partial"), (3, "partial"), (4, "full")])
    def test_online_mode(self, manager, sector, level, mode):
        service = make_service(manager, online_level=level)
        assert service.online_mode == mode

    def test_id_from_code(self, manager, sector):
        # Stable, readable URLs: the code, normalised by Plone's name chooser.
        assert make_service(manager, code="2.000806").getId() == "2-000806"


class TestValidation:
    @pytest.mark.parametrize("code", ["1.009130", "2.000806", "1.009130.H17", "2.001263-DNG"])
    def test_good_codes(self, code):
        IService["code"].validate(code)

    @pytest.mark.parametrize("code", ["12345", "3.009130", "1.0091", "1,009130", "", "1.009130 "])
    def test_bad_code(self, portal, code):
        with pytest.raises(InvalidServiceCode) as info:
            IService["code"].validate(code) if code else IService["code"]._validate(code)
        message = info.value.doc()
        assert translate(message, target_language="vi").startswith("Mã thủ tục phải có dạng 1.009130")
        assert translate(message, target_language="en").startswith("The procedure code must look like 1.009130")

    def test_negative_fee(self):
        IFeeRow["amount"].validate(0)
        with pytest.raises(TooSmall):
            IFeeRow["amount"].validate(-1)

    @pytest.mark.parametrize("name", ["originals", "copies"])
    def test_negative_copies(self, name):
        with pytest.raises(TooSmall):
            IComponentRow[name].validate(-1)

    def test_unknown_sector(self, manager, sector):
        field = IService["sector"].bind(manager["thu-tuc"])
        field.validate("ho-tich")
        with pytest.raises(ConstraintNotSatisfied):
            field.validate("linh-vuc-khong-co")

    def test_city_service_needs_agency(self, manager, sector):
        service = make_service(manager, levels=["city"], agency=None)
        with pytest.raises(Invalid) as info:
            IService.validateInvariants(service)
        message = info.value.args[0]
        assert translate(message, target_language="vi") == "Thủ tục cấp thành phố phải có cơ quan thực hiện."
        assert translate(message, target_language="en") == "A city-level procedure must name its implementing agency."

    def test_district_service_without_agency(self, manager, sector):
        IService.validateInvariants(make_service(manager, levels=["district"]))
