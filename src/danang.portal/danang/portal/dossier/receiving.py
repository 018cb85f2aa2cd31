"""Which agency's desk receives a dossier.

A city service names its agency. A district or ward procedure is performed by the People's
Committee of every (or some) district or ward: the dossier goes to the one the applicant chose,
or else to the committee of the applicant's ward or district (docs/domain/dossier-codes.md, catalogue/performers).
"""

from danang.portal import _
from danang.portal import units
from danang.portal.catalogue.performers import committee_codes
from danang.portal.catalogue.performers import performing_agencies
from danang.portal.catalogue.performers import reorganised
from danang.portal.data.units import CITY_CODE
from danang.portal.data.units import get_unit
from danang.portal.dossier.errors import CollectionPlaceError
from danang.portal.dossier.errors import DeskError
from danang.portal.dossier.errors import ReceivingUnitError
from danang.portal.dossier.numbering import agency_by_code
from datetime import date

# Decree 118/2025/NĐ-CP, in force from 1 July 2025: the one-stop desks of the city receive a
# dossier for any procedure, regardless of the administrative boundary (docs/reorganisation.md);
# before, a dossier was received by the unit performing it (Decree 61/2018).
RECEIPT_ANYWHERE_FROM = date(2025, 7, 1)


def _areas_of_address(applicant):
    """Unit codes of the applicant's address, nearest first: ward, district, ward's district;
    after a reorganisation, then the units that hold an old ward's territory today (an address
    from an old ID card: docs/reorganisation.md)."""
    ward = applicant.get("ward")
    district = applicant.get("district")
    areas = [ward, district]
    ward_unit = get_unit(ward)
    if ward_unit is not None:
        areas.append(ward_unit.get("parent"))
    if ward and reorganised():
        for old in units.with_code(ward):
            areas.extend(unit.code for unit in units.current(old.id))
    return [code for code in dict.fromkeys(areas) if code]


def receiving_agency_code(service, applicant=None, unit=None):
    """The code of the Agency that receives the dossier.

    ``unit`` is what the applicant or the desk chose: an agency code, or the statistics code of a
    district or ward (whose People's Committee receives). It must perform the service.
    """
    performing = performing_agencies(service)
    if unit == CITY_CODE and getattr(service, "agency", None):
        unit = None  # "the city": the city service's own agency
    if unit:
        if unit in performing:
            return unit
        if get_unit(unit) is not None:
            committees = committee_codes([unit])
            if committees and committees[0] in performing:
                return committees[0]
        where = get_unit(unit)
        agency = None if where else agency_by_code(unit)
        raise ReceivingUnitError(
            _(
                "error_unit_not_performing_service",
                default="Thủ tục này không thực hiện tại ${unit}.",
                mapping={"unit": where["name"] if where else (agency.Title() if agency is not None else unit)},
            )
        )
    if getattr(service, "agency", None):
        return service.agency
    for code in committee_codes(_areas_of_address(applicant or {})):
        if code in performing:
            return code
    if len(performing) == 1:
        return performing[0]
    raise ReceivingUnitError(
        _(
            "error_unit_not_resolved",
            default="Chưa xác định được cơ quan tiếp nhận hồ sơ: vui lòng chọn nơi nộp hồ sơ "
            "(quận, huyện hoặc phường, xã thực hiện thủ tục).",
        )
    )


def competent_and_desk(service, applicant=None, unit=None, desk=None, day=None):
    """(competent agency code, receiving desk's agency code) of a dossier received at ``desk``
    (an agency code; None: the competent unit's own desk) on ``day`` (a date).

    A desk that performs the service receives it for itself. From RECEIPT_ANYWHERE_FROM any
    standing one-stop desk receives it for the competent unit (``unit`` as chosen, else the
    service's agency or the committee of the applicant's address); before, it must perform it.
    """
    if not desk:
        code = receiving_agency_code(service, applicant, unit)
        return code, code
    if not unit:
        try:
            return receiving_agency_code(service, applicant, desk), desk
        except ReceivingUnitError as error:
            if day is not None and day < RECEIPT_ANYWHERE_FROM:
                raise DeskError(error.message) from None
    code = receiving_agency_code(service, applicant, unit)
    if code != desk and day is not None and day < RECEIPT_ANYWHERE_FROM:
        raise DeskError(
            _(
                "error_desk_not_competent",
                default="Trước ngày 01/07/2025, hồ sơ chỉ được tiếp nhận tại cơ quan thực hiện thủ tục.",
            )
        )
    return code, desk


def chooses_desks(day):
    """Whether an applicant chooses the desk that receives the dossier and the one that hands
    over the result on ``day`` (a date): from RECEIPT_ANYWHERE_FROM; before, both are the
    competent unit's."""
    return day >= RECEIPT_ANYWHERE_FROM


def collection_desk(desk, collect_at, day):
    """The agency code of the desk where the result is collected: ``collect_at`` when chosen,
    else the desk that received the dossier (``desk``). Before RECEIPT_ANYWHERE_FROM only the
    receiving unit hands it over. Whether it stands is create.py's check."""
    if not collect_at or collect_at == desk:
        return desk
    if not chooses_desks(day):
        raise CollectionPlaceError(
            _(
                "error_collect_before_reorganisation",
                default="Trước ngày 01/07/2025, kết quả chỉ được trả tại cơ quan tiếp nhận hồ sơ.",
            )
        )
    return collect_at


def collection_place(dossier):
    """Where the applicant collects the result, as a message for pages and slips: "Nhận trực
    tiếp tại <desk>" when collected in person, else the delivery answered (post, online); None
    for a dossier made before the collection place was kept (``collect_at_unit``)."""
    code = getattr(dossier, "collect_at_unit", None)
    answer = (getattr(dossier, "answers", None) or {}).get("result_delivery")
    value = answer.get("value") if isinstance(answer, dict) else None
    if value and value != "in_person":
        return answer.get("display") or value
    if not code:
        return None
    agency = agency_by_code(code)
    return _(
        "collect_at_desk",
        default="Nhận trực tiếp tại ${desk}",
        mapping={"desk": agency.Title() if agency is not None else code},
    )
