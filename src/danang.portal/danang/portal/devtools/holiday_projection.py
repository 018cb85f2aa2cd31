"""Project a year's days off from the Labour Code and the lunar calendar (``holidays`` package).

A maintainer's tool to extend holidays.json with a new year before the government announces it:

    .venv/bin/python -m danang.portal.devtools.holiday_projection 2031 2032

prints the year blocks to paste into the file. The ``holidays`` package knows the lunar dates of
Tết and Giỗ Tổ Hùng Vương, the compensatory days of the Labour Code and some past swaps; it does
not know every yearly decision of the Prime Minister (days swapped with a working Saturday, the
day added next to 2/9), so projected years are marked "projected" and must be checked against the
official announcement, then changed to "announced".
"""

from datetime import date

import json
import sys


def project_year(year):
    """{"days_off": [...], "working_days": [...]} of one year, names in Vietnamese."""
    import holidays  # a maintainer's dependency only: the portal reads the data file

    calendar = holidays.country_holidays("VN", years=[year], language="vi")
    days_off = [
        {"date": day.isoformat(), "name": name}
        for day, name in sorted(calendar.items())
        if day.year == year
    ]
    working_days = [
        {"date": day.isoformat(), "name": "Ngày làm việc bù (hoán đổi ngày nghỉ)"}
        for day in sorted(getattr(calendar, "weekend_workdays", ()))
        if day.year == year
    ]
    return {"days_off": days_off, "working_days": working_days}


def main(argv=None):
    years = [int(arg) for arg in (argv if argv is not None else sys.argv[1:])] or [date.today().year + 1]
    blocks = {year: project_year(year) for year in years}
    output = {
        "years": {str(year): "projected" for year in years},
        "days_off": [entry for block in blocks.values() for entry in block["days_off"]],
        "working_days": [entry for block in blocks.values() for entry in block["working_days"]],
    }
    json.dump(output, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
