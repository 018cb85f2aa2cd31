"""The reorganisation plan: its file (JSON, docs/reorganisation.md) and its checks.

``read_plan(path)`` parses the file; ``check_plan(plan, site)`` lists every inconsistency, each
naming its section, row and field, before anything is written (like the data loader's
``LoadError``, data/issues.py). A plan that was applied already passes again: what it created is
recognised, so a re-run is allowed and changes nothing (operation.py).
"""

from danang.portal import _
from danang.portal.content.codes import SHORT_CODE
from danang.portal.data.issues import json_record
from danang.portal.data.issues import LoadError
from danang.portal.data.issues import LoadIssue
from danang.portal.vocabularies.fixed import AGENCY_KINDS
from danang.portal.vocabularies.fixed import IMPLEMENTING_LEVELS
from dataclasses import dataclass
from dataclasses import field
from datetime import date
from pathlib import Path
from plone import api

import json

LEVELS = {term.value for term in IMPLEMENTING_LEVELS}
KINDS = {term.value for term in AGENCY_KINDS}
GROUP_SUFFIXES = ("desk", "specialist", "leader")
NEW_AGENCY_FIELDS = ("code", "title", "kind", "level", "area_code", "dossier_unit_code")


@dataclass
class Plan:
    """A parsed plan file (sections as lists of dicts, see docs/reorganisation.md)."""

    path: str
    id: str
    title: str
    effective: date
    reason: str
    new_agencies: list = field(default_factory=list)
    dissolved: list = field(default_factory=list)
    competence: list = field(default_factory=list)
    groups: list = field(default_factory=list)
    groups_follow_successors: bool = True

    def successor_of(self):
        """{dissolved agency code: its default successor's code}."""
        return {row["agency"]: row["successor"] for row in self.dissolved}


def _issue(plan_path, section, index, code, key, message):
    return LoadIssue(plan_path, json_record(index, code), f"{section}.{key}" if key else section, message)


def _date(value):
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


def read_plan(path):
    """The Plan in the file ``path``; LoadError when it is not a plan (bad JSON, missing keys)."""
    path = str(path)
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise LoadError([LoadIssue(path, None, None, _(
            "plan_error_unreadable",
            default="Không đọc được tệp kế hoạch (JSON): ${error}",
            mapping={"error": str(error)},
        ))]) from None
    issues = []
    if not isinstance(data, dict):
        data = {}
        issues.append(LoadIssue(path, None, None, _("plan_error_not_object", default="Tệp kế hoạch phải là một đối tượng JSON.")))
    for key in ("id", "title", "effective", "reason"):
        if not isinstance(data.get(key), str) or not data.get(key).strip():
            issues.append(LoadIssue(path, None, key, _("plan_error_missing", default="Thiếu giá trị (chuỗi ký tự).")))
    effective = _date(data.get("effective")) if isinstance(data.get("effective"), str) else None
    if data.get("effective") and effective is None:
        issues.append(LoadIssue(path, None, "effective", _("plan_error_date", default="Ngày không hợp lệ (dạng YYYY-MM-DD).")))
    sections = {}
    for key in ("new_agencies", "dissolved", "competence", "groups"):
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(row, dict) for row in value):
            issues.append(LoadIssue(path, None, key, _("plan_error_list", default="Phải là danh sách các đối tượng.")))
            value = []
        sections[key] = value
    if issues:
        raise LoadError(issues)
    return Plan(
        path=path,
        id=data["id"].strip(),
        title=data["title"].strip(),
        effective=effective,
        reason=data["reason"].strip(),
        groups_follow_successors=bool(data.get("groups_follow_successors", True)),
        **sections,
    )


def _agencies_on_site():
    """{code: agency} of every agency of the site, whatever the current user may see."""
    catalog = api.portal.get_tool("portal_catalog")
    return {brain.code: brain._unrestrictedGetObject() for brain in catalog.unrestrictedSearchResults(portal_type="Agency")}


def _service_codes():
    catalog = api.portal.get_tool("portal_catalog")
    return {brain.code for brain in catalog.unrestrictedSearchResults(portal_type="Service")}


def check_plan(plan, effective=None):
    """Every inconsistency of ``plan`` with itself and with the site (LoadIssue list).

    ``effective``: the date given on the command line, which must be the plan's.
    """
    issues = []
    path = plan.path
    if effective is not None and effective != plan.effective:
        issues.append(LoadIssue(path, None, "effective", _(
            "plan_error_effective_mismatch",
            default="Ngày hiệu lực của kế hoạch (${plan}) khác ngày đã nhập (${given}).",
            mapping={"plan": plan.effective.isoformat(), "given": effective.isoformat()},
        )))
    existing = _agencies_on_site()
    new_codes = {}
    for index, row in enumerate(plan.new_agencies):
        code = row.get("code")
        for key in NEW_AGENCY_FIELDS:
            if not isinstance(row.get(key), str) or not row.get(key).strip():
                issues.append(_issue(path, "new_agencies", index, code, key, _("plan_error_missing", default="Thiếu giá trị (chuỗi ký tự).")))
        if not isinstance(code, str) or not code:
            continue
        for key in ("code", "dossier_unit_code"):
            if isinstance(row.get(key), str) and not SHORT_CODE.match(row[key]):
                issues.append(_issue(path, "new_agencies", index, code, key, _(
                    "plan_error_short_code",
                    default="Mã chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới (tối đa 40 ký tự).",
                )))
        if code in new_codes:
            issues.append(_issue(path, "new_agencies", index, code, "code", _(
                "plan_error_duplicate_code",
                default="Mã ${code} đã có ở bản ghi [${other}].",
                mapping={"code": code, "other": new_codes[code]},
            )))
        new_codes.setdefault(code, index)
        if row.get("kind") not in KINDS and row.get("kind"):
            issues.append(_issue(path, "new_agencies", index, code, "kind", _(
                "plan_error_kind", default="Loại cơ quan không hợp lệ: ${value}.", mapping={"value": str(row.get("kind"))}
            )))
        if row.get("level") not in LEVELS and row.get("level"):
            issues.append(_issue(path, "new_agencies", index, code, "level", _(
                "plan_error_level", default="Cấp không hợp lệ: ${value}.", mapping={"value": str(row.get("level"))}
            )))
        agency = existing.get(code)
        if agency is not None and getattr(agency, "created_by_plan", None) != plan.id:
            issues.append(_issue(path, "new_agencies", index, code, "code", _(
                "plan_error_code_taken",
                default="Cổng đã có cơ quan mã ${code} (${title}) không do kế hoạch này tạo.",
                mapping={"code": code, "title": agency.Title()},
            )))

    def standing(code):
        """The code names an agency that exists after the plan and is not dissolved by it."""
        return code in new_codes or (code in existing and code not in dissolved_codes)

    dissolved_codes = {}
    for index, row in enumerate(plan.dissolved):
        code = row.get("agency")
        if not isinstance(code, str) or not code:
            issues.append(_issue(path, "dissolved", index, None, "agency", _("plan_error_missing", default="Thiếu giá trị (chuỗi ký tự).")))
            continue
        if code in dissolved_codes:
            issues.append(_issue(path, "dissolved", index, code, "agency", _(
                "plan_error_dissolved_twice",
                default="Cơ quan ${code} đã được giải thể ở bản ghi [${other}].",
                mapping={"code": code, "other": dissolved_codes[code]},
            )))
        dissolved_codes.setdefault(code, index)
        if code not in existing:
            issues.append(_issue(path, "dissolved", index, code, "agency", _(
                "plan_error_unknown_agency", default="Cổng không có cơ quan mã ${code}.", mapping={"code": code}
            )))
        elif code in new_codes:
            issues.append(_issue(path, "dissolved", index, code, "agency", _(
                "plan_error_dissolve_new", default="Cơ quan ${code} do chính kế hoạch này tạo.", mapping={"code": code}
            )))
    for index, row in enumerate(plan.dissolved):
        code = row.get("agency")
        for key, value in [("successor", row.get("successor"))] + [("also", value) for value in row.get("also") or ()]:
            if not isinstance(value, str) or not value:
                issues.append(_issue(path, "dissolved", index, code, key, _("plan_error_missing", default="Thiếu giá trị (chuỗi ký tự).")))
            elif not standing(value):
                issues.append(_issue(path, "dissolved", index, code, key, _(
                    "plan_error_successor",
                    default="Cơ quan kế thừa ${successor} không có trên cổng hoặc trong kế hoạch, hoặc cũng bị giải thể.",
                    mapping={"successor": value},
                )))

    services = _service_codes()
    for index, row in enumerate(plan.competence):
        label = row.get("service") or row.get("sector") or row.get("from_level")
        if not any(row.get(key) for key in ("service", "sector", "from_level")):
            issues.append(_issue(path, "competence", index, None, None, _(
                "plan_error_competence_match",
                default="Dòng phải chọn thủ tục theo mã (service), lĩnh vực (sector) hoặc cấp cũ (from_level).",
            )))
        if row.get("service") and row["service"] not in services:
            issues.append(_issue(path, "competence", index, label, "service", _(
                "plan_error_unknown_service", default="Danh mục không có thủ tục mã ${code}.", mapping={"code": row["service"]}
            )))
        if row.get("from_level") and row["from_level"] not in LEVELS:
            issues.append(_issue(path, "competence", index, label, "from_level", _(
                "plan_error_level", default="Cấp không hợp lệ: ${value}.", mapping={"value": str(row["from_level"])}
            )))
        levels = row.get("levels")
        if levels is not None and (not isinstance(levels, list) or not levels or set(levels) - LEVELS):
            issues.append(_issue(path, "competence", index, label, "levels", _(
                "plan_error_levels", default="Cấp thực hiện mới phải là danh sách trong: city, district, ward."
            )))
        if levels is None and not row.get("agency"):
            issues.append(_issue(path, "competence", index, label, "levels", _(
                "plan_error_competence_target", default="Dòng phải cho cấp thực hiện mới (levels) hoặc cơ quan mới (agency)."
            )))
        agency = row.get("agency")
        if agency and not standing(agency):
            issues.append(_issue(path, "competence", index, label, "agency", _(
                "plan_error_competence_agency",
                default="Cơ quan ${code} không có trên cổng hoặc trong kế hoạch, hoặc bị giải thể.",
                mapping={"code": agency},
            )))
        if levels and "city" in levels and not agency:
            issues.append(_issue(path, "competence", index, label, "agency", _(
                "plan_error_city_agency", default="Thủ tục chuyển lên cấp thành phố phải có cơ quan thực hiện (agency)."
            )))

    for index, row in enumerate(plan.groups):
        for key in ("from", "to"):
            value = row.get(key)
            agency_code, _sep, suffix = (value or "").rpartition("-")
            if not value or suffix not in GROUP_SUFFIXES or not agency_code:
                issues.append(_issue(path, "groups", index, row.get("from"), key, _(
                    "plan_error_group",
                    default="Nhóm phải có dạng <mã cơ quan>-desk, -specialist hoặc -leader.",
                )))
            elif agency_code not in existing and agency_code not in new_codes:
                issues.append(_issue(path, "groups", index, row.get("from"), key, _(
                    "plan_error_unknown_agency", default="Cổng không có cơ quan mã ${code}.", mapping={"code": agency_code}
                )))
            elif key == "to" and not standing(agency_code):
                issues.append(_issue(path, "groups", index, row.get("from"), key, _(
                    "plan_error_group_dissolved", default="Nhóm đích thuộc cơ quan bị giải thể ${code}.", mapping={"code": agency_code}
                )))
    return issues


def checked_plan(path, effective=None):
    """Read and check the plan; LoadError listing every problem, or the Plan."""
    plan = read_plan(path)
    issues = check_plan(plan, effective)
    if issues:
        raise LoadError(issues)
    return plan
