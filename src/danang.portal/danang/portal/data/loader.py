"""Build the catalogue (sectors, agencies, services) from the data files in ``catalogue/``.

    from danang.portal.data.loader import load_all
    report = load_all(portal)            # the shipped files
    print(report.summary())

Every record is checked first (schema fields, codes unique in the files and in the site, references
to sectors, agencies and related services); if anything is wrong a ``LoadError`` lists all problems
and nothing is written. Then sectors, agencies and services are written in that order into the
folders ``linh-vuc``, ``co-quan`` and ``thu-tuc``: items are matched by code and updated in place
(re-running never duplicates), new items are published. The caller commits the transaction.

Each loader accepts other sources instead of the shipped files: a path, a list of paths, or a list
of record dicts (as ``danang.portal.devtools.sample.generate_services`` returns); ``None`` skips a kind.
"""

from collections import Counter
from danang.portal import _
from danang.portal.data.files import AGENCIES_FILE
from danang.portal.data.files import REAL_SERVICES_FILE
from danang.portal.data.files import SAMPLE_SERVICES_FILE
from danang.portal.data.files import SECTORS_FILE
from danang.portal.data.folders import ensure_folders
from danang.portal.data.issues import in_language
from danang.portal.data.issues import LoadError
from danang.portal.data.progress import ProgressBar
from danang.portal.data.sources import read
from danang.portal.data.units import get_unit
from danang.portal.data.validation import RecordChecker
from plone import api
from plone.dexterity.utils import createContentInContainer
from Products.CMFCore.indexing import processQueue
from Products.CMFCore.utils import getToolByName
from z3c.relationfield import RelationValue
from z3c.relationfield.event import updateRelations
from zope.component import getUtility
from zope.event import notify
from zope.intid.interfaces import IIntIds
from zope.lifecycleevent import ObjectModifiedEvent

import time
import transaction

SERVICES_FILES = (REAL_SERVICES_FILE, SAMPLE_SERVICES_FILE)
# Savepoints keep memory flat while thousands of objects are created in one transaction.
SAVEPOINT_EVERY = 250


class Kind:
    def __init__(self, name, portal_type, folder, label, reference=None):
        self.name = name
        self.portal_type = portal_type
        self.folder = folder
        self.label = label
        self.reference = reference  # vocabulary whose values are this kind's codes


SECTORS = Kind(
    "sectors", "Sector", "linh-vuc", _("data_kind_sectors", default="Lĩnh vực"), "danang.portal.Sectors"
)
AGENCIES = Kind(
    "agencies", "Agency", "co-quan", _("data_kind_agencies", default="Cơ quan"), "danang.portal.Agencies"
)
SERVICES = Kind("services", "Service", "thu-tuc", _("data_kind_services", default="Thủ tục"))
KINDS = (SECTORS, AGENCIES, SERVICES)
RELATED = "related"  # services: codes of related services, stored as relatedItems relations


class LoadReport:
    """What a load did: per kind, how many items were created, updated or left unchanged."""

    def __init__(self):
        self.counts = {kind.name: Counter() for kind in KINDS}
        self.not_in_files = {}
        self.seconds = 0.0
        self.cpu_seconds = 0.0  # the machine may be busy with other work: CPU time tells the cost

    def count(self, kind_name, outcome):
        return self.counts[kind_name][outcome]

    def total(self, outcome):
        return sum(counter[outcome] for counter in self.counts.values())

    def summary(self, language="vi"):
        lines = []
        for kind in KINDS:
            counter = self.counts[kind.name]
            if not sum(counter.values()):
                continue
            line = in_language(
                _(
                    "data_report_kind",
                    default="${kind}: ${created} tạo mới, ${updated} cập nhật, ${unchanged} không đổi.",
                    mapping={
                        "kind": in_language(kind.label, language),
                        "created": counter["created"],
                        "updated": counter["updated"],
                        "unchanged": counter["unchanged"],
                    },
                ),
                language,
            )
            extra = self.not_in_files.get(kind.name)
            if extra:
                line += " " + in_language(
                    _(
                        "data_report_not_in_files",
                        default="${count} mục trên cổng không có trong tệp (giữ nguyên).",
                        mapping={"count": extra},
                    ),
                    language,
                )
            lines.append(line)
        lines.append(
            in_language(
                _(
                    "data_report_duration",
                    default="Thời gian nạp: ${seconds} giây (CPU: ${cpu} giây).",
                    mapping={"seconds": f"{self.seconds:.1f}", "cpu": f"{self.cpu_seconds:.1f}"},
                ),
                language,
            )
        )
        return "\n".join(lines)

    def __repr__(self):
        counts = {name: dict(counter) for name, counter in self.counts.items()}
        return f"<LoadReport {counts} {self.seconds:.1f}s, CPU {self.cpu_seconds:.1f}s>"


def load_all(site, progress=True, sectors=SECTORS_FILE, agencies=AGENCIES_FILE, services=SERVICES_FILES):
    """Load sectors, then agencies, then services; returns a LoadReport, raises LoadError."""
    return _Load(site, progress).run({"sectors": sectors, "agencies": agencies, "services": services})


def load_sectors(site, source=SECTORS_FILE, progress=False):
    return _Load(site, progress).run({"sectors": source})


def load_agencies(site, source=AGENCIES_FILE, progress=False):
    return _Load(site, progress).run({"agencies": source})


def load_services(site, source=SERVICES_FILES, progress=False):
    return _Load(site, progress).run({"services": source})


class _Existing:
    """Items of one type already in the site, by code (one catalog query per type)."""

    def __init__(self, site, portal_type):
        catalog = getToolByName(site, "portal_catalog")
        self.by_code = {}
        for brain in catalog.unrestrictedSearchResults(portal_type=portal_type):
            if brain.code:
                self.by_code.setdefault(brain.code, []).append(brain)

    def codes(self):
        return set(self.by_code)

    def get(self, code):
        brains = self.by_code.get(code) or []
        return brains[0]._unrestrictedGetObject() if len(brains) == 1 else None


class _Load:
    def __init__(self, site, progress):
        self.site = site
        self.progress = progress
        self.report = LoadReport()
        self.outcomes = {}  # kind name -> {code: created | updated | unchanged}

    # -- reading and checking ------------------------------------------------------------------

    def run(self, sources):
        started, cpu_started = time.monotonic(), time.process_time()
        issues = []
        entries = {kind.name: read(sources.get(kind.name), issues) for kind in KINDS}
        existing = {kind.name: _Existing(self.site, kind.portal_type) for kind in KINDS}
        known = {
            kind.name: existing[kind.name].codes()
            | {entry.code for entry in entries[kind.name] if isinstance(entry.code, str)}
            for kind in KINDS
        }
        references = {kind.reference: known[kind.name] for kind in KINDS if kind.reference}
        checked = {}
        for kind in KINDS:
            extra = (RELATED,) if kind is SERVICES else ()
            checker = RecordChecker(self.site, kind.portal_type, references, extra_keys=extra)
            checked[kind.name] = []
            for entry in entries[kind.name]:
                values, found = checker.check(entry)
                if kind is SERVICES and RELATED in entry.values:
                    values[RELATED] = self._related(entry, known["services"], found)
                issues.extend(found)
                checked[kind.name].append((entry, values))
            code_title = checker.fields["code"].title
            issues.extend(self._duplicates(checked[kind.name], code_title))
            issues.extend(self._ambiguous(checked[kind.name], existing[kind.name], code_title))
        issues.extend(self._agency_rules(checked["agencies"], existing["agencies"]))
        if issues:
            raise LoadError(issues)

        with api.env.adopt_roles(["Manager"]):
            ensure_folders(self.site)
            for kind in KINDS:
                if checked[kind.name]:
                    self._write(kind, checked[kind.name], existing[kind.name])
            if checked["services"]:
                self._relate(checked["services"], existing["services"])
            # Index now, while this site is the current one: the queue would otherwise run at commit,
            # when a caller may already have left the site (and the time would not be counted here).
            processQueue()
        for kind in KINDS:
            if sources.get(kind.name) is not None:
                loaded = {values.get("code") for _entry, values in checked[kind.name]}
                self.report.not_in_files[kind.name] = len(existing[kind.name].codes() - loaded)
        self.report.seconds = time.monotonic() - started
        self.report.cpu_seconds = time.process_time() - cpu_started
        return self.report

    def _related(self, entry, known_services, issues):
        raw = entry.values[RELATED]
        if raw in (None, ""):
            return []
        if entry.from_text and isinstance(raw, str):
            raw = [code.strip() for code in raw.split("|") if code.strip()]
        title = _("label_related_services", default="Thủ tục liên quan")
        if not isinstance(raw, list) or not all(isinstance(code, str) for code in raw):
            message = _("data_error_related_list", default="Cần một danh sách mã thủ tục.")
            issues.append(entry.issue(RELATED, message, title))
            return []
        for index, code in enumerate(raw):
            if code == entry.code:
                issues.append(
                    entry.issue(
                        f"{RELATED}[{index}]",
                        _("data_error_related_self", default="Thủ tục không thể liên quan đến chính nó."),
                        title,
                    )
                )
            elif code not in known_services:
                issues.append(
                    entry.issue(
                        f"{RELATED}[{index}]",
                        _(
                            "data_error_unknown_service",
                            default="Thủ tục “${value}” không có trong tệp thủ tục đang nạp và chưa có trên "
                            "cổng.",
                            mapping={"value": code},
                        ),
                        title,
                    )
                )
        return list(raw)

    @staticmethod
    def _duplicates(checked, code_title):
        """Codes must be unique in the files; case is ignored since URLs are lowercase."""
        first = {}
        issues = []
        for entry, values in checked:
            code = values.get("code")
            if not code:
                continue
            seen = first.setdefault(code.lower(), entry)
            if seen is not entry:
                issues.append(
                    entry.issue(
                        "code",
                        _(
                            "data_error_duplicate_code",
                            default="Mã “${code}” trùng với ${file}, ${location}; mỗi mã chỉ dùng một lần.",
                            mapping={"code": code, "file": seen.file, "location": in_language(seen.location)},
                        ),
                        code_title,
                    )
                )
        return issues

    @staticmethod
    def _ambiguous(checked, existing, code_title):
        """An update must find exactly one item with the code; several mean duplicates in the site."""
        issues = []
        for entry, values in checked:
            brains = existing.by_code.get(values.get("code")) or []
            if len(brains) > 1:
                issues.append(
                    entry.issue(
                        "code",
                        _(
                            "data_error_code_in_site_twice",
                            default="Trên cổng đã có ${count} mục cùng mã “${code}” (${paths}); hãy xử "
                            "lý trùng lặp trước khi nạp.",
                            mapping={
                                "count": len(brains),
                                "code": values["code"],
                                "paths": ", ".join(brain.getPath() for brain in brains),
                            },
                        ),
                        code_title,
                    )
                )
        return issues

    @staticmethod
    def _agency_rules(checked, existing):
        """People's Committees sit at their unit's level; a ward committee's parent is its district's."""
        areas = {code: brains[0].area_code for code, brains in existing.by_code.items()}
        for _entry, values in checked:
            if values.get("code"):
                areas[values["code"]] = values.get("area_code")
        issues = []
        expected_level = {"district_committee": "district", "ward_committee": "ward"}
        for entry, values in checked:
            kind, unit = values.get("kind"), get_unit(values.get("area_code"))
            if kind not in expected_level or unit is None:
                continue
            if unit["level"] != expected_level[kind] or values.get("level") != expected_level[kind]:
                issues.append(
                    entry.issue(
                        "area_code",
                        _(
                            "data_error_committee_level",
                            default="Loại cơ quan “${kind}” phải có cấp “${level}” và đơn vị hành chính "
                            "cùng cấp; đơn vị ${unit} là cấp “${unit_level}”.",
                            mapping={
                                "kind": kind,
                                "level": expected_level[kind],
                                "unit": unit["name"],
                                "unit_level": unit["level"],
                            },
                        ),
                    )
                )
            elif kind == "ward_committee" and areas.get(values.get("parent_agency")) != unit["parent"]:
                issues.append(
                    entry.issue(
                        "parent_agency",
                        _(
                            "data_error_committee_parent",
                            default="UBND phường, xã phải trực thuộc UBND của quận, huyện có mã đơn vị "
                            "${district}.",
                            mapping={"district": unit["parent"]},
                        ),
                    )
                )
        return issues

    # -- writing -------------------------------------------------------------------------------

    def _write(self, kind, checked, existing):
        folder = self.site[kind.folder]
        outcomes = self.outcomes.setdefault(kind.name, {})
        bar = ProgressBar(in_language(kind.label), len(checked), enabled=self.progress)
        workflow = getToolByName(self.site, "portal_workflow")
        for number, (_entry, values) in enumerate(checked, 1):
            fields = {name: value for name, value in values.items() if name != RELATED}
            code = fields["code"]
            obj = existing.get(code)
            if obj is None:
                obj = createContentInContainer(folder, kind.portal_type, checkConstraints=False, **fields)
                if workflow.getInfoFor(obj, "review_state", None) != "published":
                    workflow.doActionFor(obj, "publish")
                existing.by_code[code] = [_Created(obj)]
                outcomes[code] = "created"
            else:
                changed = [name for name, value in fields.items() if getattr(obj, name, None) != value]
                for name in changed:
                    setattr(obj, name, fields[name])
                if changed:
                    obj.reindexObject()
                    notify(ObjectModifiedEvent(obj))  # versions the change, as an edit form's save does
                outcomes[code] = "updated" if changed else "unchanged"
            if number % SAVEPOINT_EVERY == 0:
                transaction.savepoint(optimistic=True)
            bar.advance()
        bar.finish()
        self.report.counts[kind.name].update(outcomes.values())

    def _relate(self, checked, existing):
        """Related services by code become relatedItems relations (second pass: targets exist now)."""
        intids = getUtility(IIntIds)
        outcomes = self.outcomes["services"]
        for _entry, values in checked:
            if RELATED not in values:
                continue
            obj = existing.get(values["code"])
            wanted = [intids.getId(existing.get(code)) for code in values[RELATED]]
            current = [relation.to_id for relation in (getattr(obj, "relatedItems", None) or [])]
            if wanted == current:
                continue
            obj.relatedItems = [RelationValue(to_id) for to_id in wanted]
            updateRelations(obj, None)
            if outcomes[values["code"]] == "unchanged":
                outcomes[values["code"]] = "updated"
                notify(ObjectModifiedEvent(obj))
        self.report.counts["services"] = Counter(outcomes.values())


class _Created:
    """Stands in for a catalog brain of an item created during this load."""

    def __init__(self, obj):
        self.obj = obj

    def _unrestrictedGetObject(self):
        return self.obj
