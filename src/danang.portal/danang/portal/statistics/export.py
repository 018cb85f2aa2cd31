"""The statistics table as CSV: the same rows and columns as the page.

UTF-8 with a byte-order mark, so that Excel (which otherwise assumes the Windows code page) shows
Vietnamese; comma-separated, one header line whose column names carry their column group
("Đã giải quyết - Trước hạn"), one line per agency, per group total and the overall total.
"""

from danang.portal import _
from danang.portal.statistics.report import COLUMNS
from zope.i18n import translate

import csv
import io

BOM = "\ufeff"


def table_csv(table, period, language="vi"):
    """The CSV text (str, starting with the BOM) of ``report.table(...)`` for ``period``."""

    def text(message):
        return translate(message, target_language=language) if message is not None else ""

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(
        [
            text(_("stats_csv_period", default="Kỳ thống kê")),
            text(_("stats_csv_group", default="Nhóm")),
            text(_("stats_csv_code", default="Mã cơ quan")),
            text(_("stats_csv_agency", default="Cơ quan")),
        ]
        + [f"{text(group)} - {text(title)}" for _key, title, group in COLUMNS]
    )
    label = text(period.label())

    def line(group_title, row):
        writer.writerow([label, text(group_title), row["code"], text(row["title"])] + [row[key] for key, _t, _g in COLUMNS])

    for group in table["groups"]:
        for row in group["rows"]:
            line(group["title"], row)
        line(group["title"], group["total"])
    line(table["total"]["title"], table["total"])
    return BOM + buffer.getvalue()
