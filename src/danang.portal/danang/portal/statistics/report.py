"""The public statistics table (docs/domain/statuses.md) of a period, read from the counters.

Rows are the receiving agencies, grouped as city departments (with the city police and other city
bodies), district and ward committees; each group has its total, and the table an overall total.
No dossier is read: the flows of the period are the sum of its months' tallies, and the open
dossiers at an instant are the month-end tallies plus range counts over the live segments
(contributions.py). For every agency, the columns balance:

    carried over + received = processed + withdrawn + stopped + in progress + paused
"""

from collections import Counter
from danang.portal import _
from danang.portal import units as admin_units
from danang.portal.content.agency import IDissolvedAgency
from danang.portal.content.agency import is_dissolved
from danang.portal.data.units import get_unit
from danang.portal.data.units import units_of_level
from danang.portal.reorganisation.log import created_after
from danang.portal.satisfaction.levels import LEVEL_IDS
from danang.portal.satisfaction.shares import shares
from danang.portal.statistics.contributions import CHANNELS
from danang.portal.statistics.contributions import OPEN_KINDS
from danang.portal.statistics.contributions import TIMINGS
from danang.portal.statistics.contributions import UNIT
from danang.portal.statistics.facts import working_day_minutes
from danang.portal.statistics.months import shift
from danang.portal.statistics.period import END_UNITS
from datetime import timedelta
from plone import api
from unidecode import unidecode

import math

TOP = "\U0010ffff"

GROUPS = (
    ("city", _("stats_group_city", default="Sở, ban, ngành thành phố"), ("department", "police", "other")),
    ("district", _("stats_group_district", default="UBND quận, huyện"), ("district_committee",)),
    ("ward", _("stats_group_ward", default="UBND phường, xã"), ("ward_committee",)),
)
OTHER_GROUP = ("unknown", _("stats_group_unknown", default="Đơn vị khác"))

# (key, column heading, heading of the column group)
RECEIVED = _("stats_head_received", default="Số hồ sơ nhận giải quyết")
PROCESSED = _("stats_head_processed", default="Đã giải quyết")
CLOSED = _("stats_head_closed", default="Rút, dừng xử lý")
RUNNING = _("stats_head_running", default="Đang giải quyết")
PAUSED = _("stats_head_paused", default="Tạm dừng (chờ bổ sung, nghĩa vụ tài chính)")
COLUMNS = (
    ("carried", _("stats_col_carried", default="Kỳ trước chuyển qua"), RECEIVED),
    ("received_online", _("stats_col_online", default="Trực tuyến"), RECEIVED),
    ("received_in_person", _("stats_col_in_person", default="Trực tiếp"), RECEIVED),
    ("received_post", _("stats_col_post", default="Bưu chính công ích"), RECEIVED),
    ("received_total", _("stats_col_received_total", default="Tổng số"), RECEIVED),
    ("early", _("stats_col_early", default="Trước hạn"), PROCESSED),
    ("on_time", _("stats_col_on_time", default="Đúng hạn"), PROCESSED),
    ("late", _("stats_col_late", default="Quá hạn"), PROCESSED),
    ("processed_total", _("stats_col_processed_total", default="Tổng số"), PROCESSED),
    ("withdrawn", _("stats_col_withdrawn", default="Rút hồ sơ"), CLOSED),
    ("stopped", _("stats_col_stopped", default="Dừng xử lý"), CLOSED),
    ("running_within", _("stats_col_within", default="Trong hạn"), RUNNING),
    ("running_overdue", _("stats_col_overdue", default="Quá hạn"), RUNNING),
    ("paused_within", _("stats_col_within", default="Trong hạn"), PAUSED),
    ("paused_overdue", _("stats_col_overdue", default="Quá hạn"), PAUSED),
)
COLUMN_KEYS = tuple(key for key, _title, _group in COLUMNS)

DEFINITIONS = (
    (
        _("stats_def_received_term", default="Hồ sơ nhận giải quyết"),
        _(
            "stats_def_received",
            default="Hồ sơ được bộ phận một cửa tiếp nhận (trạng thái “Được tiếp nhận”, ngày ghi trên "
            "giấy tiếp nhận và hẹn trả kết quả), theo hình thức nộp: trực tuyến, trực tiếp, qua dịch vụ "
            "bưu chính công ích. Hồ sơ nộp trực tuyến đang chờ tiếp nhận hoặc bị từ chối tiếp nhận "
            "không được tính. Hồ sơ được thống kê tại cơ quan tiếp nhận, kể cả khi có bước chuyển "
            "xử lý liên thông sang cơ quan khác.",
        ),
    ),
    (
        _("stats_def_carried_term", default="Kỳ trước chuyển qua"),
        _(
            "stats_def_carried",
            default="Hồ sơ tiếp nhận trước ngày đầu kỳ và chưa giải quyết xong, chưa rút, chưa dừng "
            "xử lý trước ngày đầu kỳ (bằng số hồ sơ đang giải quyết và tạm dừng cuối kỳ trước).",
        ),
    ),
    (
        _("stats_def_processed_term", default="Đã giải quyết"),
        _(
            "stats_def_processed",
            default="Hồ sơ chuyển sang trạng thái “Đã xử lý xong” (có kết quả) trong kỳ; việc trả kết quả "
            "sau đó không tính lại. Trước hạn, đúng hạn, quá hạn: so ngày có kết quả với ngày hẹn trả "
            "theo ngày làm việc (xong đúng ngày hẹn là đúng hạn). Ngày hẹn là ngày trên giấy tiếp nhận, "
            "cộng thêm thời gian tạm dừng chờ công dân; hồ sơ đã có thư xin lỗi hẹn lại vẫn tính theo "
            "ngày hẹn này.",
        ),
    ),
    (
        _("stats_def_closed_term", default="Rút, dừng xử lý"),
        _(
            "stats_def_closed",
            default="Hồ sơ đã tiếp nhận mà công dân rút hoặc cơ quan dừng xử lý trong kỳ: không còn đang "
            "giải quyết, nhưng không tính là đã giải quyết.",
        ),
    ),
    (
        _("stats_def_running_term", default="Đang giải quyết"),
        _(
            "stats_def_running",
            default="Hồ sơ đang xử lý vào cuối kỳ (hoặc vào thời điểm xem, nếu kỳ chưa kết thúc): "
            "trong hạn nếu chưa quá ngày hẹn trả, quá hạn nếu đã quá.",
        ),
    ),
    (
        _("stats_def_paused_term", default="Tạm dừng"),
        _(
            "stats_def_paused",
            default="Hồ sơ vào cuối kỳ đang chờ công dân bổ sung giấy tờ hoặc thực hiện nghĩa vụ tài "
            "chính (thời hạn giải quyết ngừng tính): quá hạn nếu đã quá ngày hẹn trả khi bắt đầu tạm "
            "dừng, trong hạn nếu chưa.",
        ),
    ),
    (
        _("stats_def_time_term", default="Thời gian giải quyết"),
        _(
            "stats_def_time",
            default="Số ngày làm việc từ khi tiếp nhận đến khi có kết quả, không kể thời gian tạm dừng.",
        ),
    ),
    (
        _("stats_def_satisfaction_term", default="Mức độ hài lòng"),
        _(
            "stats_def_satisfaction",
            default="Đánh giá của người nộp hồ sơ sau khi nhận kết quả (rất hài lòng, hài lòng, không "
            "hài lòng), tính theo tháng đánh giá và cơ quan tiếp nhận.",
        ),
    ),
)


# --- Reading the counters -----------------------------------------------------------------------


def _range_count(live, unit, kind, before):
    return len(live.keys(min=(unit, kind), max=(unit, kind, before), excludemax=True))


def open_at(store, unit, moment, month_ending=None):
    """Counter of OPEN_KINDS for ``unit`` at the epoch second ``moment``.

    ``month_ending``: the month whose end ``moment`` is (the segments closed since then are in
    its tally); None when ``moment`` is now (no closed segment is open now).
    """
    counts = Counter()
    if store is None:
        return counts
    if month_ending is not None:
        tally = store.tally((UNIT, month_ending, unit))
        if tally is not None:
            for kind in OPEN_KINDS:
                counts[kind] += tally.get(f"end_{kind}")
    running = _range_count(store.live, unit, "running", moment)
    overdue = _range_count(store.live, unit, "due", moment)
    counts["running_overdue"] += overdue
    counts["running_within"] += running - overdue
    counts["paused_within"] += _range_count(store.live, unit, "paused_within", moment)
    counts["paused_overdue"] += _range_count(store.live, unit, "paused_overdue", moment)
    return counts


def flows(store, scope, first, last, by_month=False):
    """{owner: Counter} summed over the months first..last; with ``by_month``, {month: Counter}
    summed over all owners instead. A tally is read once, without loading anything else."""
    result = {}
    if store is None:
        return result
    for (_scope, month, owner), tally in store.tallies.items(min=(scope, first), max=(scope, last, TOP)):
        target = result.get(month if by_month else owner)
        if target is None:
            target = result[month if by_month else owner] = Counter()
        # Plain dict arithmetic: Counter.update is several times slower on thousands of tallies.
        for field, value in tally.counts.items():
            target[field] = target.get(field, 0) + value
    return result


def live_units(store):
    """Codes of the units with open segments (so that none is left out of the table)."""
    units = set()
    if store is None:
        return units
    key = store.live.minKey() if len(store.live) else None
    while key is not None:
        unit = key[0]
        units.add(unit)
        following = store.live.keys(min=(unit, TOP))
        key = following[0] if len(following) else None
    return units


# --- The table -----------------------------------------------------------------------------------


def agencies():
    """Agency rows' identity: {code: {"code", "title", "url", "kind", "area"}}, as a visitor sees
    them (every agency is public)."""
    catalog = api.portal.get_tool("portal_catalog")
    result = {}
    for brain in catalog.unrestrictedSearchResults(portal_type="Agency"):
        result[brain.code] = {
            "code": brain.code,
            "title": brain.Title,
            "url": brain.getURL(),
            "kind": brain.agency_kind,
            "area": brain.area_code,
        }
    return result


def _order(group_id, day=None):
    """Rows in the order of the units of ``day`` (the period's last day: docs/units.md)."""
    if group_id == "district":
        order = {unit["code"]: index for index, unit in enumerate(units_of_level("district", day))}
        return lambda row: (order.get(row["area"], len(order)), unidecode(row["title"]).lower())
    if group_id == "ward":
        districts = {unit["code"]: index for index, unit in enumerate(units_of_level("district", day))}
        wards = {unit["code"]: index for index, unit in enumerate(units_of_level("ward", day))}

        def key(row):
            unit = get_unit(row["area"], day) or {}
            return (districts.get(unit.get("parent"), len(districts)), wards.get(row["area"], len(wards)), row["title"])

        return key
    return lambda row: unidecode(row["title"]).lower()


def _row(identity, flow, opening, closing):
    row = dict(identity)
    row["carried"] = sum(opening[kind] for kind in OPEN_KINDS)
    for channel in CHANNELS:
        row[f"received_{channel}"] = flow.get(f"received_{channel}", 0)
    row["received_total"] = row["carried"] + sum(row[f"received_{channel}"] for channel in CHANNELS)
    for timing in TIMINGS:
        row[timing] = flow.get(timing, 0)
    row["processed_total"] = sum(row[timing] for timing in TIMINGS)
    row["withdrawn"] = flow.get("withdrawn", 0)
    row["stopped"] = flow.get("stopped", 0)
    for kind in OPEN_KINDS:
        row[kind] = closing[kind]
    row["work_minutes"] = flow.get("work_minutes", 0)
    for level in LEVEL_IDS:
        row[f"rating_{level}"] = flow.get(f"rating_{level}", 0)
    return row


def _total(rows, identity):
    total = dict(identity)
    for key in COLUMN_KEYS + ("work_minutes",) + tuple(f"rating_{level}" for level in LEVEL_IDS):
        total[key] = sum(row[key] for row in rows)
    return total


def on_time_share(row):
    """Share (%) of processed dossiers finished early or on time; None when none was processed."""
    if not row["processed_total"]:
        return None
    return round(100 * (row["early"] + row["on_time"]) / row["processed_total"], 1)


def average_days(row, day_minutes=None):
    """Average processing time in working days (one decimal); None when none was processed."""
    if not row["processed_total"]:
        return None
    day_minutes = day_minutes or working_day_minutes()
    return round(row["work_minutes"] / row["processed_total"] / day_minutes, 1)


def satisfaction(row):
    return shares({level: row[f"rating_{level}"] for level in LEVEL_IDS})


def successors_at(day):
    """{dissolved agency code: the standing agency that took it over by ``day``} (a date): the
    agencies a reorganisation dissolved on or before that day, followed to the last successor."""
    catalog = api.portal.get_tool("portal_catalog")
    direct = {}
    for brain in catalog.unrestrictedSearchResults(portal_type="Agency", object_provides=IDissolvedAgency.__identifier__):
        agency = brain._unrestrictedGetObject()
        if is_dissolved(agency, day) and getattr(agency, "successor", None):
            direct[agency.code] = agency.successor
    result = {}
    for code in direct:
        target, seen = direct[code], {code}
        while target in direct and target not in seen:
            seen.add(target)
            target = direct[target]
        result[code] = target
    return result


def _merged(rows, into):
    """One row of the units in ``rows`` (their columns added), as ``into`` (an identity)."""
    merged = dict(into)
    for key in COLUMN_KEYS + ("work_minutes",) + tuple(f"rating_{level}" for level in LEVEL_IDS):
        merged[key] = sum(row[key] for row in rows)
    merged["former"] = sorted(row["code"] for row in rows if row["code"] != into["code"])
    return merged


def table(store, period, units=END_UNITS):
    """The statistics table of ``period`` (period.Period): {"groups": [...], "total": row}.

    ``units``: ``"end"`` (default) shows the units standing at the period's end: the figures of
    agencies dissolved by then are added to their successor's row (a period that spans a
    reorganisation, docs/reorganisation.md), each row listing them in ``former``; ``"old"`` shows
    every unit as the dossiers were received. Totals are the same either way.
    """
    start = int(period.start.timestamp())
    end = int(period.end.timestamp())
    before = shift(period.first, -1)
    month_ending = None if period.ongoing else period.last
    by_unit = flows(store, UNIT, period.first, period.last)
    units_day = admin_units.day_of(period.end - timedelta(microseconds=1))
    known = agencies()
    last_day = (period.end - timedelta(seconds=1)).date()
    codes = (set(known) - created_after(last_day)) | set(by_unit) | live_units(store)
    kinds = {kind: group_id for group_id, _title, group_kinds in GROUPS for kind in group_kinds}
    grouped = {group_id: [] for group_id, _title, _kinds in GROUPS}
    grouped[OTHER_GROUP[0]] = []
    successor = successors_at(last_day) if units == END_UNITS else {}
    rows = {}
    for code in codes:
        identity = known.get(code) or {"code": code, "title": code, "url": None, "kind": None, "area": None}
        rows[code] = _row(identity, by_unit.get(code, Counter()), open_at(store, code, start, before), open_at(store, code, end, month_ending))
    members = {}
    for code in codes:
        members.setdefault(successor.get(code, code), []).append(rows[code])
    for code, parts in members.items():
        identity = known.get(code) or {"code": code, "title": code, "url": None, "kind": None, "area": None}
        row = _merged(parts, identity) if successor else parts[0]
        grouped[kinds.get(identity["kind"], OTHER_GROUP[0])].append(row)
    groups = []
    for group_id, title in [(group_id, title) for group_id, title, _kinds in GROUPS] + [OTHER_GROUP]:
        rows = sorted(grouped[group_id], key=_order(group_id, units_day))
        if not rows and group_id == OTHER_GROUP[0]:
            continue
        groups.append({"id": group_id, "title": title, "rows": rows, "total": _total(rows, {"code": group_id, "title": title})})
    total = _total([group["total"] for group in groups], {"code": "total", "title": _("stats_total", default="Tổng cộng")})
    return {"groups": groups, "total": total}


def trend(store, first, last):
    """Per month first..last: received (by channel), processed (by timing), over every unit."""
    by_month = flows(store, UNIT, first, last, by_month=True)
    months = []
    month = first
    while month <= last:
        counts = by_month.get(month, Counter())
        months.append(
            {
                "month": month,
                "received": sum(counts.get(f"received_{channel}", 0) for channel in CHANNELS),
                "received_online": counts.get("received_online", 0),
                "processed": sum(counts.get(timing, 0) for timing in TIMINGS),
                "late": counts.get("late", 0),
            }
        )
        month = shift(month, 1)
    return months


def trend_window(period):
    """The months the trend chart shows: the period, or the 12 months up to its end if shorter."""
    if len(period.months) >= 6:
        return period.first, period.last
    return shift(period.last, -11), period.last


def percent(part, whole):
    if not whole:
        return None
    return math.floor(1000 * part / whole + 0.5) / 10
