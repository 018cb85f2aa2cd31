"""Accessible SVG charts drawn on the server (no JavaScript library).

Each chart is an ``<svg role="img">`` labelled by its ``<title>`` and ``<desc>`` (what it shows,
in words, and where the numbers are), with labelled axes, a legend in words and a ``<title>``
tooltip on every bar. Text uses ``currentColor`` and the page's font, so it follows the theme;
series colours are distinguishable for the common colour-vision deficiencies and each series is
also named in the legend. The same numbers are always in a table next to the chart.

All text given to these functions must be plain (already translated) strings: it is escaped here.
"""

from danang.portal import money
from xml.sax.saxutils import escape

import math

# The Okabe-Ito palette, told apart by readers with the common colour-vision deficiencies.
PALETTE = ("#0072B2", "#E69F00", "#CC79A7", "#009E73", "#56B4E9")
GREEN, BLUE, VERMILLION, ORANGE, SKY = "#009E73", "#0072B2", "#D55E00", "#E69F00", "#56B4E9"
FONT = 'font-family="inherit" font-size="12"'


def _attr(value):
    return escape(str(value), {'"': "&quot;"})


def nice_step(maximum, ticks=5):
    """A round step (1, 2 or 5 times a power of ten) giving about ``ticks`` grid lines."""
    if maximum <= 0:
        return 1
    raw = maximum / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return max(1, int(factor * power))
    return max(1, int(10 * power))


def _short(label, limit=30):
    return label if len(label) <= limit else label[: limit - 1] + "…"


def _colour(series, position):
    """A series is (key, name) or (key, name, colour)."""
    item = series[position]
    return item[2] if len(item) > 2 else _colour(series, position)


def _legend(series, x, y):
    parts = []
    for index, (_key, name, *_colour_given) in enumerate(series):
        colour = _colour(series, index)
        parts.append(
            f'<rect x="{x}" y="{y - 10}" width="12" height="12" fill="{colour}"/>'
            f'<text x="{x + 16}" y="{y}" {FONT} fill="currentColor">{escape(name)}</text>'
        )
        x += 28 + 7 * len(name)
    return "".join(parts)


def _open(chart_id, width, height, title, description):
    """The svg element, its accessible name and description, and the title shown on top."""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="dn-chart" role="img" id="{_attr(chart_id)}" '
        f'viewBox="0 0 {width} {height}" width="100%" preserveAspectRatio="xMinYMin meet" '
        f'aria-labelledby="{_attr(chart_id)}-title {_attr(chart_id)}-desc">'
        f'<title id="{_attr(chart_id)}-title">{escape(title)}</title>'
        f'<desc id="{_attr(chart_id)}-desc">{escape(description)}</desc>'
        f'<text x="0" y="16" font-family="inherit" font-size="15" font-weight="bold" fill="currentColor" '
        f'aria-hidden="true">{escape(title)}</text>'
    )


def stacked_bars(chart_id, title, description, rows, series, value_axis_label, category_axis_label):
    """Horizontal stacked bars: one bar per row, one segment per series.

    ``rows``: [(label, {series key: number})]; ``series``: [(key, name[, colour])].
    """
    label_width, right, top, bar, gap = 230, 24, 62, 16, 6
    plot_width = 800 - label_width - right
    height = top + len(rows) * (bar + gap) + 56
    maximum = max([sum(values.get(key, 0) for key, *_rest in series) for _label, values in rows] + [0])
    step = nice_step(maximum)
    scale_max = max(step, math.ceil(maximum / step) * step)
    unit = plot_width / scale_max
    parts = [_open(chart_id, 800, height, title, description)]
    parts.append(_legend(series, label_width, 42))
    bottom = top + len(rows) * (bar + gap)
    for tick in range(0, scale_max + 1, step):
        x = label_width + tick * unit
        parts.append(
            f'<line x1="{x:.1f}" y1="{top - 4}" x2="{x:.1f}" y2="{bottom}" stroke="currentColor" stroke-opacity="0.15"/>'
            f'<text x="{x:.1f}" y="{bottom + 14}" {FONT} text-anchor="middle" fill="currentColor">{money.grouped(tick)}</text>'
        )
    for index, (label, values) in enumerate(rows):
        y = top + index * (bar + gap)
        total = sum(values.get(key, 0) for key, *_rest in series)
        parts.append(
            f'<text x="{label_width - 8}" y="{y + bar - 4}" {FONT} text-anchor="end" fill="currentColor">'
            f"{escape(_short(label))}</text>"
        )
        x = label_width
        for position, (key, name, *_rest) in enumerate(series):
            value = values.get(key, 0)
            if not value:
                continue
            width = value * unit
            parts.append(
                f'<rect x="{x:.1f}" y="{y}" width="{width:.1f}" height="{bar}" fill="{_colour(series, position)}">'
                f"<title>{escape(label)}: {escape(name)} {money.grouped(value)}</title></rect>"
            )
            x += width
        parts.append(
            f'<text x="{x + 4:.1f}" y="{y + bar - 4}" {FONT} fill="currentColor">{money.grouped(total)}</text>'
        )
    parts.append(
        f'<line x1="{label_width}" y1="{top - 4}" x2="{label_width}" y2="{bottom}" stroke="currentColor"/>'
        f'<text x="{label_width + plot_width / 2:.0f}" y="{bottom + 36}" {FONT} text-anchor="middle" '
        f'fill="currentColor" font-weight="bold">{escape(value_axis_label)}</text>'
        f'<text x="12" y="{top + (bottom - top) / 2:.0f}" {FONT} text-anchor="middle" fill="currentColor" '
        f'font-weight="bold" transform="rotate(-90 12 {top + (bottom - top) / 2:.0f})">{escape(category_axis_label)}</text>'
    )
    parts.append("</svg>")
    return "".join(parts)


def grouped_columns(chart_id, title, description, columns, series, value_axis_label, category_axis_label):
    """Vertical grouped columns: one group per column label (e.g. a month), one bar per series.

    ``columns``: [(label, {series key: number})]; ``series``: [(key, name[, colour])].
    """
    left, right, top, bottom_space = 64, 16, 62, 62
    width = 800
    plot_width = width - left - right
    plot_height = 240
    height = top + plot_height + bottom_space
    maximum = max([values.get(key, 0) for _label, values in columns for key, *_rest in series] + [0])
    step = nice_step(maximum)
    scale_max = max(step, math.ceil(maximum / step) * step)
    bottom = top + plot_height
    parts = [_open(chart_id, width, height, title, description)]
    parts.append(_legend(series, left, 42))
    for tick in range(0, scale_max + 1, step):
        y = bottom - tick * plot_height / scale_max
        parts.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" stroke="currentColor" stroke-opacity="0.15"/>'
            f'<text x="{left - 6}" y="{y + 4:.1f}" {FONT} text-anchor="end" fill="currentColor">{money.grouped(tick)}</text>'
        )
    slot = plot_width / max(1, len(columns))
    bar = max(2.0, min(22.0, (slot - 6) / max(1, len(series))))
    for index, (label, values) in enumerate(columns):
        x0 = left + index * slot + (slot - bar * len(series)) / 2
        for position, (key, name, *_rest) in enumerate(series):
            value = values.get(key, 0)
            h = value * plot_height / scale_max
            parts.append(
                f'<rect x="{x0 + position * bar:.1f}" y="{bottom - h:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                f'fill="{_colour(series, position)}"><title>{escape(label)}: {escape(name)} {money.grouped(value)}</title></rect>'
            )
        parts.append(
            f'<text x="{left + index * slot + slot / 2:.1f}" y="{bottom + 16}" {FONT} text-anchor="middle" '
            f'fill="currentColor">{escape(label)}</text>'
        )
    parts.append(
        f'<line x1="{left}" y1="{bottom}" x2="{width - right}" y2="{bottom}" stroke="currentColor"/>'
        f'<line x1="{left}" y1="{top - 4}" x2="{left}" y2="{bottom}" stroke="currentColor"/>'
        f'<text x="{left + plot_width / 2:.0f}" y="{bottom + 44}" {FONT} text-anchor="middle" fill="currentColor" '
        f'font-weight="bold">{escape(category_axis_label)}</text>'
        f'<text x="14" y="{top + plot_height / 2:.0f}" {FONT} text-anchor="middle" fill="currentColor" '
        f'font-weight="bold" transform="rotate(-90 14 {top + plot_height / 2:.0f})">{escape(value_axis_label)}</text>'
    )
    parts.append("</svg>")
    return "".join(parts)
