"""Charts as SVG drawn on the server (no script, no CDN): a DPO can paste them into the annual
accountability report. Colours are set with presentation attributes, which the console's CSP
allows, never with inline styles."""

from __future__ import annotations

from collections import Counter
from datetime import date
from xml.sax.saxutils import escape

PALETTE = (
    "#0b5cad",
    "#d1495b",
    "#edae49",
    "#00798c",
    "#66a182",
    "#8d96a3",
    "#2e4057",
    "#9b5de5",
    "#f15bb5",
    "#00bbf9",
    "#6a4c93",
)


def weekly_bars(
    weeks: list[date], per_week: dict[date, Counter[str]], label: dict[str, str], title: str
) -> str:
    """Stacked bars: requests received per week, by type, with a legend."""
    width, height, left, bottom, top = 720, 300, 40, 40, 30
    types = sorted({t for counts in per_week.values() for t in counts})
    colour = {t: PALETTE[i % len(PALETTE)] for i, t in enumerate(types)}
    peak = max((sum(c.values()) for c in per_week.values()), default=0) or 1
    plot_h = height - bottom - top
    slot = (width - left - 210) / max(len(weeks), 1)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="{escape(title)}" font-family="sans-serif" font-size="11">',
        f"<title>{escape(title)}</title>",
        f'<line x1="{left}" y1="{top + plot_h}" x2="{left + slot * len(weeks)}" '
        f'y2="{top + plot_h}" stroke="#4a5562"/>',
        f'<text x="{left - 6}" y="{top + 4}" text-anchor="end" fill="#1b1f24">{peak}</text>',
        f'<text x="{left - 6}" y="{top + plot_h}" text-anchor="end" fill="#1b1f24">0</text>',
    ]
    for i, week in enumerate(weeks):
        x, y = left + i * slot + slot * 0.15, float(top + plot_h)
        for request_type in types:
            name = escape(label.get(request_type, request_type))
            count = per_week[week][request_type]
            if not count:
                continue
            h = plot_h * count / peak
            y -= h
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{slot * 0.7:.1f}" height="{h:.1f}" '
                f'fill="{colour[request_type]}"><title>{name}: {count}</title></rect>'
            )
        parts.append(
            f'<text x="{x + slot * 0.35:.1f}" y="{top + plot_h + 14}" text-anchor="middle" '
            f'fill="#1b1f24">{week.strftime("%d/%m")}</text>'
        )
    for i, request_type in enumerate(types):
        top_y, fill = top + i * 18, colour[request_type]
        parts.append(
            f'<rect x="{width - 195}" y="{top_y}" width="12" height="12" fill="{fill}"/>'
            f'<text x="{width - 177}" y="{top_y + 10}" fill="#1b1f24">'
            f"{escape(label.get(request_type, request_type))}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def horizontal_bars(values: dict[str, int], label: dict[str, str], title: str) -> str:
    """One bar per key (open requests by state), with its count."""
    width, row, left = 720, 26, 220
    height = row * len(values) + 10
    peak = max(values.values(), default=0) or 1
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="{escape(title)}" font-family="sans-serif" font-size="12">',
        f"<title>{escape(title)}</title>",
    ]
    for i, (key, count) in enumerate(values.items()):
        y = 5 + i * row
        w = (width - left - 60) * count / peak
        parts.append(
            f'<text x="{left - 8}" y="{y + 15}" text-anchor="end" fill="#1b1f24">'
            f"{escape(label.get(key, key))}</text>"
            f'<rect x="{left}" y="{y + 3}" width="{w:.1f}" height="16" fill="#0b5cad"/>'
            f'<text x="{left + w + 6:.1f}" y="{y + 15}" fill="#1b1f24">{count}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
