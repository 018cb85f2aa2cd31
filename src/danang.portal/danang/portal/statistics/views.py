"""The public statistics page ``<portal>/thong-ke``, its CSV export, the managers' rebuild page and
the viewlet showing a procedure's own figures on its page."""

from danang.portal import _
from danang.portal import clock
from danang.portal import legal
from danang.portal.deadlines.working_calendar import TIMEZONE
from danang.portal.labels import LabelsView
from danang.portal.national.sync_figures import sync_shares
from danang.portal.satisfaction.levels import LEVELS
from danang.portal.statistics import charts
from danang.portal.statistics.catalogue import catalogue_figures
from danang.portal.statistics.catalogue import targets
from danang.portal.statistics.export import table_csv
from danang.portal.statistics.period import END_UNITS
from danang.portal.statistics.period import FIRST_YEAR
from danang.portal.statistics.period import OLD_UNITS
from danang.portal.statistics.period import parse_period
from danang.portal.statistics.period import PeriodError
from danang.portal.statistics.period import unit_view
from danang.portal.statistics.report import agencies
from danang.portal.statistics.report import average_days
from danang.portal.statistics.report import COLUMNS
from danang.portal.statistics.report import DEFINITIONS
from danang.portal.statistics.report import on_time_share
from danang.portal.statistics.report import satisfaction
from danang.portal.statistics.report import successors_at
from danang.portal.statistics.report import table
from danang.portal.statistics.report import trend
from danang.portal.statistics.report import trend_window
from danang.portal.statistics.service_figures import service_figures
from danang.portal.statistics.service_figures import services_satisfaction
from danang.portal.statistics.store import get_store
from danang.portal.statistics.store import rebuild
from datetime import datetime
from datetime import timedelta
from plone import api
from plone.app.layout.viewlets.common import ViewletBase
from plone.memoize.view import memoize
from plone.protect.interfaces import IDisableCSRFProtection
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from urllib.parse import urlencode
from zExceptions import Forbidden
from zope.interface import alsoProvides

PAGE = "thong-ke"


def column_groups():
    """[(group heading, number of columns)] for the table's first header row."""
    groups = []
    for _key, _title, group in COLUMNS:
        if groups and groups[-1][0] is group:
            groups[-1][1] += 1
        else:
            groups.append([group, 1])
    return [tuple(group) for group in groups]


class StatisticsView(LabelsView):
    """``@@thong-ke``: the table, the catalogue figures, the targets, charts and definitions."""

    columns = COLUMNS
    definitions = DEFINITIONS
    levels = LEVELS

    def __call__(self):
        self.error = None
        self.units = END_UNITS
        try:
            self.period = parse_period(self.request.form, clock.now())
            self.units = unit_view(self.request.form)
        except PeriodError as error:
            self.error = error
            self.period = parse_period({}, clock.now())
            self.request.response.setStatus(400)
        return self.index()

    def units_toggle(self):
        """The link between the units at the period's end and the old units, when a
        reorganisation dissolved some by then (docs/reorganisation.md); else None."""
        last_day = (self.period.end - timedelta(seconds=1)).date()
        if not successors_at(last_day):
            return None
        if self.units == END_UNITS:
            label = _("stats_units_show_old", default="Xem theo đơn vị hành chính cũ (trước sắp xếp)")
            note = _(
                "stats_units_end_note",
                default="Số liệu theo các đơn vị hành chính đang hoạt động ngày ${day}; số liệu của đơn "
                "vị đã giải thể được cộng vào đơn vị kế thừa.",
                mapping={"day": last_day.strftime("%d/%m/%Y")},
            )
            params = {**self.period.params(), "units": OLD_UNITS}
        else:
            label = _("stats_units_show_end", default="Xem theo đơn vị hành chính hiện hành")
            note = _("stats_units_old_note", default="Số liệu theo đơn vị đã tiếp nhận hồ sơ, kể cả đơn vị đã giải thể.")
            params = self.period.params()
        return {"url": f"{self.portal_url()}/{PAGE}?{urlencode(params)}", "label": label, "note": note}

    def former_titles(self, row):
        known = agencies()
        return ", ".join(known[code]["title"] if code in known else code for code in row.get("former") or ())

    def column_groups(self):
        return column_groups()

    def legal_basis(self):
        """The one-stop rules in force at the period's end (legal.py), as the definitions' basis."""
        last_day = self.period.end - timedelta(microseconds=1)
        texts = ", ".join(text.number for text in legal.texts_in_force(last_day))
        return self.tr(_("stats_legal_basis", default="Căn cứ: ${texts}.", mapping={"texts": texts}))

    @memoize
    def store(self):
        return get_store()

    @memoize
    def table(self):
        return table(self.store(), self.period, self.units)

    @memoize
    def services_satisfaction(self):
        """The 20 most rated procedures of the period (all of them in @statistics)."""
        return services_satisfaction(self.store(), self.period, limit=20)

    @memoize
    def catalogue(self):
        return catalogue_figures()

    @memoize
    def targets(self):
        return targets(self.store(), self.period)

    @memoize
    def national_sync(self):
        """The share of the period's dossiers synchronised with the national portal, per unit."""
        return sync_shares(api.portal.get(), self.period.start, self.period.end)

    def portal_url(self):
        return api.portal.get().absolute_url()

    def query(self):
        return urlencode(self.period.params())

    def csv_url(self):
        return f"{self.portal_url()}/{PAGE}.csv?{self.query()}"

    def api_url(self):
        # ++api++ makes it a REST call for a browser too (no Accept: application/json header).
        return f"{self.portal_url()}/++api++/@statistics?{self.query()}"

    def form_values(self):
        params = self.period.params()
        now = self.period.now
        return {
            "period": params["period"],
            "year": params.get("year", now.year),
            "month": params.get("month", now.month),
            "quarter": params.get("quarter", (now.month - 1) // 3 + 1),
            "from": params.get("from", f"{now.year}-01"),
            "to": params.get("to", f"{now.year}-{now.month:02d}"),
            "years": list(range(now.year, FIRST_YEAR - 1, -1)),
        }

    def end_note(self):
        moment = self.period.end
        if self.period.ongoing:
            return _(
                "stats_end_now",
                default="Kỳ chưa kết thúc: số hồ sơ đang giải quyết, tạm dừng tính đến ${time}.",
                mapping={"time": moment.strftime("%H:%M %d/%m/%Y")},
            )
        return _(
            "stats_end_past",
            default="Số hồ sơ đang giải quyết, tạm dừng tính tại thời điểm cuối kỳ (hết ngày ${day}).",
            mapping={"day": (moment - timedelta(days=1)).strftime("%d/%m/%Y")},
        )

    def ratio(self, part, whole):
        return ratio(part, whole)

    def on_time(self, row):
        return on_time_share(row)

    def average_days(self, row):
        return average_days(row)

    def satisfaction(self, row):
        return satisfaction(row)

    def percent(self, value):
        if value is None:
            return "–"
        return f"{self.format_number(value)} %"

    # Charts: drawn only where there is something to see.

    def timeliness_chart(self, group):
        rows = [(row["title"], row) for row in group["rows"] if row["processed_total"]]
        if not rows:
            return None
        tr = self.tr
        series = [
            ("early", tr(_("stats_col_early", default="Trước hạn")), charts.GREEN),
            ("on_time", tr(_("stats_col_on_time", default="Đúng hạn")), charts.BLUE),
            ("late", tr(_("stats_col_late", default="Quá hạn")), charts.VERMILLION),
        ]
        title = tr(
            _(
                "stats_chart_timeliness_title",
                default="Hồ sơ đã giải quyết theo đơn vị: ${group}",
                mapping={"group": tr(group["title"])},
            )
        )
        description = tr(
            _(
                "stats_chart_timeliness_desc",
                default="Biểu đồ thanh ngang, mỗi đơn vị một thanh gồm số hồ sơ giải quyết trước hạn, "
                "đúng hạn và quá hạn trong ${period}. Số liệu đầy đủ ở bảng thống kê.",
                mapping={"period": tr(self.period.label())},
            )
        )
        return charts.stacked_bars(
            f"dn-chart-{group['id']}",
            title,
            description,
            rows,
            series,
            tr(_("stats_axis_dossiers", default="Số hồ sơ")),
            tr(_("stats_axis_unit", default="Đơn vị")),
        )

    @memoize
    def group_charts(self):
        return [chart for chart in (self.timeliness_chart(group) for group in self.table()["groups"]) if chart]

    @memoize
    def trend(self):
        first, last = trend_window(self.period)
        return trend(self.store(), first, last)

    @memoize
    def trend_chart(self):
        months = self.trend()
        if not any(month["received"] or month["processed"] for month in months):
            return None
        tr = self.tr
        series = [
            ("received", tr(_("stats_series_received", default="Tiếp nhận")), charts.BLUE),
            ("processed", tr(_("stats_series_processed", default="Đã giải quyết")), charts.GREEN),
            ("late", tr(_("stats_series_late", default="Trong đó quá hạn")), charts.VERMILLION),
        ]
        columns = [(self.month_label(month["month"]), month) for month in months]
        return charts.grouped_columns(
            "dn-chart-trend",
            tr(_("stats_chart_trend_title", default="Hồ sơ tiếp nhận và giải quyết theo tháng")),
            tr(
                _(
                    "stats_chart_trend_desc",
                    default="Biểu đồ cột, mỗi tháng từ ${first} đến ${last} ba cột: số hồ sơ tiếp nhận, "
                    "đã giải quyết và giải quyết quá hạn của tất cả các đơn vị. Số liệu ở bảng ngay dưới.",
                    mapping={"first": columns[0][0], "last": columns[-1][0]},
                )
            ),
            columns,
            series,
            tr(_("stats_axis_dossiers", default="Số hồ sơ")),
            tr(_("stats_axis_month", default="Tháng")),
        )

    def month_label(self, key):
        year, month = key.split("-")
        return f"{month}/{year}"


class StatisticsCSV(StatisticsView):
    """``thong-ke.csv``: the table of the period as CSV (400 and a plain message on bad input)."""

    def __call__(self):
        response = self.request.response
        try:
            period = parse_period(self.request.form, clock.now())
            self.units = unit_view(self.request.form)
        except PeriodError as error:
            response.setStatus(400)
            response.setHeader("Content-Type", "text/plain; charset=utf-8")
            return self.tr(error.message)
        self.period = period
        text = table_csv(self.table(), period, self.language())
        response.setHeader("Content-Type", "text/csv; charset=utf-8")
        response.setHeader("Content-Disposition", f'attachment; filename="thong-ke-{period.slug()}.csv"')
        return text.encode("utf-8")


class RebuildView(LabelsView):
    """``@@thong-ke-tinh-lai`` (managers): recompute every counter from the dossiers."""

    template = ViewPageTemplateFile("templates/rebuild.pt")

    def __call__(self):
        self.done = None
        if self.request.method == "POST" and self.request.form.get("rebuild"):
            authenticator = api.content.get_view("authenticator", self.context, self.request)
            if not authenticator.verify():
                raise Forbidden("invalid authenticator")
            alsoProvides(self.request, IDisableCSRFProtection)
            store = rebuild(api.portal.get())
            self.done = len(store.ledger)
        return self.template()

    def store(self):
        return get_store()

    def last_rebuilt(self):
        store = self.store()
        if store is None or not store.rebuilt:
            return ""
        return datetime.fromtimestamp(store.rebuilt, TIMEZONE).strftime("%d/%m/%Y %H:%M")


class ServiceFiguresViewlet(ViewletBase):
    """A procedure's figures this year on its page (below the content)."""

    index = ViewPageTemplateFile("templates/service_figures.pt")

    def update(self):
        super().update()
        self.labels = LabelsView(self.context, self.request)
        now = clock.now()
        self.figures = service_figures(get_store(), getattr(self.context, "code", None), now.year)
        self.page_url = f"{api.portal.get().absolute_url()}/{PAGE}"
        self.levels = LEVELS

    def percent(self, value):
        if value is None:
            return "–"
        return f"{self.labels.format_number(value)} %"


def ratio(part, whole):
    """"151/176 (86%)": the part, the whole and the whole percentage, as the city reports them."""
    if not whole:
        return f"{part}/{whole}"
    return f"{part}/{whole} ({int(100 * part / whole + 0.5)}%)"
