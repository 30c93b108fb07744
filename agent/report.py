"""Pages to share and PNG charts: `mlb-agent report` writes the day's board and a page per game as files.

The pages are drawn by agent/pages.py from the same templates `mlb-agent serve` uses, with their assets
inline, so a file opens offline and requests nothing. The PNG chart (for notebooks and messages) is drawn
here with matplotlib from the same rows, palette and window.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from pathlib import Path
from typing import Any

import matplotlib.dates as mdates
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import FuncFormatter

from agent import db, jsonout, pages
from agent.pages import NEW_YORK, PANELS, UnknownGame, day_page, game_page, series, title
from agent.tables import signed_price

__all__ = ["UnknownGame", "day_page", "game_figure", "game_page", "page_data", "title", "write_day", "write_game"]
Row = dict[str, Any]
MOVE_SIGNALS = {"steam": ("steam", "#c0392b"), "reverse_line_movement": ("RLM", "#b35900")}
# Links between the files report writes.
FILE_LINKS = {"day": "day-{day}.html", "game": "game-{game_id}.html", "board": "", "bets": ""}


# ---------------------------------------------------------------- chart


def cents(price: float) -> float:
    """American odds on a line without the gap between -100 and +100: -110 -> -10, +120 -> 20."""
    return price - 100 if price >= 100 else price + 100


def american(value: float, _pos: object = None) -> str:
    """A tick of the price axis: even money (0) reads -100, as curated states even money."""
    price = round(value + 100 if value > 0 else value - 100)
    return f"+{price}" if price > 0 else str(price)


def _price_panel(ax: Any, data: dict[str, Any], chart: dict[str, Any], key: str) -> None:
    panel = chart["panels"][key]
    market = key.split("_")[0]
    ax.set_title(
        panel["title"] + (f" (fair close {signed_price(panel['fair_price'])})" if panel["fair_price"] else ""),
        fontsize=10,
    )
    if panel["folded"] or not panel["books"]:
        ax.axis("off")
        ax.text(
            0.5,
            0.5,
            panel["folded"] or "no timed prices",
            ha="center",
            va="center",
            wrap=True,
            fontsize=9,
            transform=ax.transAxes,
        )
        return
    ax.yaxis.set_major_formatter(FuncFormatter(american))
    for book, rows in series(data["lines"], *key.split("_")).items():
        color = next(b["color"] for b in panel["books"] if b["book"] == book)
        xs, ys = [r["observed_at"] for r in rows], [cents(r["american_price"]) for r in rows]
        until = next(b["until"] for b in panel["books"] if b["book"] == book)
        if until > xs[-1].timestamp():  # a close was on offer until first pitch
            xs, ys = [*xs, datetime.fromtimestamp(until, NEW_YORK)], [*ys, ys[-1]]
        (line,) = ax.step(xs, ys, where="post", color=color, linewidth=1.6, label=book)
        line.set_gid(f"series-{key}-{rows[0]['book_key']}")
        ax.plot(xs[0], ys[0], "o", color=color, markersize=5)
        for r in rows:
            if r["is_close"]:
                ax.plot(
                    r["observed_at"],
                    cents(r["american_price"]),
                    "s",
                    color=color,
                    markersize=6,
                    markeredgecolor="black",
                )
        if market != "moneyline" and rows[0]["line"] is not None:
            ax.annotate(
                f"{rows[0]['line']:+g}" if market == "spread" else f"{rows[0]['line']:g}",
                (xs[0], ys[0]),
                fontsize=6,
                xytext=(2, 3),
                textcoords="offset points",
                annotation_clip=True,
            )
    if panel["fair_price"] is not None:
        ax.axhline(cents(panel["fair_price"]), color="black", linestyle=":", linewidth=1)
    window = chart["window"]
    ax.set_xlim(datetime.fromtimestamp(window["start"], NEW_YORK), datetime.fromtimestamp(window["end"], NEW_YORK))
    for s in data["signals"]:
        if (s["market"], s["side"]) == tuple(key.split("_")) and s["signal"] in MOVE_SIGNALS:
            label, color = MOVE_SIGNALS[s["signal"]]
            ax.axvline(s["known_at"], color=color, linewidth=1.5)
            # The label inside the frame: right of the line, or left of it in the chart's right third.
            at = (s["known_at"].timestamp() - window["start"]) / (window["end"] - window["start"])
            ax.annotate(
                f"{label} {s['known_at'].astimezone(NEW_YORK):%H:%M}",
                (s["known_at"], 0.97),
                xycoords=("data", "axes fraction"),
                fontsize=7,
                va="top",
                color=color,
                fontweight="bold",
                ha="right" if at > 0.66 else "left",
                xytext=(-3 if at > 0.66 else 3, 0),
                textcoords="offset points",
                annotation_clip=True,
            )
    start = data["game"]["start_time"]
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%H:%M", tz=NEW_YORK))  # type: ignore[no-untyped-call]
    ax.tick_params(axis="both", labelsize=7)
    ax.grid(alpha=0.3)
    if start:
        ax.axvline(start, color="grey", linestyle="--", linewidth=1)


def game_figure(data: dict[str, Any]) -> Figure:
    """The game's price chart as a figure: a panel per market and side, the legend beside them."""
    chart = pages.chart_data(data)
    fig = Figure(figsize=(13, 11), layout="constrained")
    axes = fig.subplots(3, 2)
    fig.suptitle(title(data["game"]) + " (times New York)", fontsize=12)
    for ax, (market, side) in zip(axes.flat, PANELS, strict=True):
        _price_panel(ax, data, chart, f"{market}_{side}")
    if chart["legend"]:
        handles = [Line2D([], [], color=b["color"], linewidth=2.5) for b in chart["legend"]]
        handles += [
            Line2D([], [], marker=m, color="grey", linestyle="", markeredgecolor=e)
            for m, e in (("o", "grey"), ("s", "black"))
        ]
        handles += [Line2D([], [], color=c, linewidth=1.5) for _, c in MOVE_SIGNALS.values()]
        labels = [b["book"] for b in chart["legend"]] + ["open", "close", "steam", "RLM"]
        fig.legend(handles=handles, labels=labels, loc="outside right upper", fontsize=8)
    else:
        fig.text(0.5, 0.5, "no timed prices for this game (SBRO open/close lines only)", ha="center", fontsize=12)
    return fig


# ---------------------------------------------------------------- writers


# What a page is made from: its rows, this module, the templates and the assets (a change of any draws it again).
_CODE = hashlib.sha256(
    b"".join(
        p.read_bytes()
        for p in sorted(
            [Path(__file__), Path(pages.__file__), *pages.HERE.glob("templates/*"), *pages.STATIC.rglob("*.*")]
        )
    )
).hexdigest()


def made_from(data: Any) -> str:
    return hashlib.sha256((_CODE + jsonout.dumps(data)).encode()).hexdigest()[:32]


def _unchanged(path: Path, mark: bytes) -> bool:
    """True when the file carries the mark near its start (a page's meta tag, a PNG's text chunk)."""
    try:
        with path.open("rb") as f:
            return mark in f.read(4096)
    except OSError:
        return False


def write_game(conn: db.Connection, game_id: int, out_dir: Path, png: bool = True) -> list[Path]:
    """The game's page (and PNG chart); a page made from the same rows by the same code is left as it is."""
    data = pages.game_data(conn, game_id)
    page, png_path = out_dir / f"game-{game_id}.html", out_dir / f"game-{game_id}.png"
    written = [page, png_path] if png else [page]
    stamp = made_from(data)
    out_dir.mkdir(parents=True, exist_ok=True)
    if not _unchanged(page, f'<meta name="made-from" content="{stamp}">'.encode()):
        page.write_text(game_page(data, live=False, links=FILE_LINKS, now=None, stamp=stamp), encoding="utf-8")
    if png and not _unchanged(png_path, f"made-from {stamp}".encode()):
        game_figure(data).savefig(png_path, dpi=80, metadata={"Description": f"made-from {stamp}"})
    return written


def write_day(conn: db.Connection, day: date, out_dir: Path, png: bool = False) -> list[Path]:
    """The day's board and a page per game; an unchanged board is not rewritten."""
    data = pages.day_data(conn, day)
    out_dir.mkdir(parents=True, exist_ok=True)
    board = out_dir / f"day-{day}.html"
    text = day_page(data, live=False, links=FILE_LINKS, now=None)
    if not board.exists() or board.read_text(encoding="utf-8") != text:
        board.write_text(text, encoding="utf-8")
    written = [board]
    for g in data["games"]:
        written += write_game(conn, g["game_id"], out_dir, png)
    return written


def page_data(path: Path) -> Any:
    """The JSON a page file carries (for tests and scripts)."""
    return pages.page_data(path.read_text(encoding="utf-8"))
