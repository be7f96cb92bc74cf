"""Statements over time as a bar chart: inline SVG for pages and HTML/PDF briefings, text for
Markdown. Months with no statement are shown as empty bars; a span of more than four years is
drawn by year so the bars stay readable."""
from __future__ import annotations

from html import escape

MAX_MONTH_BARS = 48


def periods(by_month: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Every month (or year) from the first to the last, with its count (0 when none)."""
    counts = {m: n for m, n in by_month if m and len(m) >= 7}
    if not counts:
        return []
    first, last = min(counts), max(counts)
    y, m = int(first[:4]), int(first[5:7])
    months = []
    while f"{y:04d}-{m:02d}" <= last:
        key = f"{y:04d}-{m:02d}"
        months.append((key, counts.get(key, 0)))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    if len(months) <= MAX_MONTH_BARS:
        return months
    years: dict[str, int] = {}
    for key, n in months:
        years[key[:4]] = years.get(key[:4], 0) + n
    return sorted(years.items())


def svg(by_month: list[tuple[str, int]], label: str = "Statements by month", width: int = 640,
        height: int = 180) -> str:
    """A bar chart as an <svg> element; every bar has a <title> with its period and count."""
    bars = periods(by_month)
    if not bars:
        return ""
    top = max(n for _, n in bars) or 1
    left, bottom, pad_top = 34, 26, 10
    plot_w, plot_h = width - left - 6, height - bottom - pad_top
    step = plot_w / len(bars)
    bar_w = max(1.0, min(step * 0.8, 40.0))
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(label)}" '
             f'xmlns="http://www.w3.org/2000/svg">', f"<title>{escape(label)}</title>",
             f'<line x1="{left}" y1="{pad_top + plot_h}" x2="{width - 4}" y2="{pad_top + plot_h}" class="axis"/>',
             f'<text x="{left - 4}" y="{pad_top + 4}" text-anchor="end" class="tick">{top}</text>',
             f'<text x="{left - 4}" y="{pad_top + plot_h}" text-anchor="end" class="tick">0</text>']
    every = max(1, round(len(bars) / 8))
    for i, (period, n) in enumerate(bars):
        h = plot_h * n / top
        x = left + i * step + (step - bar_w) / 2
        parts.append(f'<rect x="{x:.1f}" y="{pad_top + plot_h - h:.1f}" width="{bar_w:.1f}" height="{h:.1f}" '
                     f'class="bar"><title>{escape(period)}: {n}</title></rect>')
        if i % every == 0:  # every other label is "alt": a narrow screen shows half of them, larger
            alt = " alt" if (i // every) % 2 else ""
            parts.append(f'<text x="{left + i * step + step / 2:.1f}" y="{height - 8}" text-anchor="middle" '
                         f'class="tick{alt}">{escape(period)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def text(by_month: list[tuple[str, int]], width: int = 40) -> str:
    """The same chart as lines of text: period, count, a bar of block characters."""
    bars = periods(by_month)
    if not bars:
        return ""
    top = max(n for _, n in bars) or 1
    return "\n".join(f"{period:<7}  {n:>5}  " + "█" * (round(width * n / top) if n else 0) for period, n in bars)
