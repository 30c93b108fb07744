"""Game pages, PNG charts and the day board, drawn from the analyst views.

Everything shown comes from curated.game_board, closing_lines, line_history,
signals_by_date and split_history; this module only lays it out. A page is one
HTML file with the chart inlined as SVG and its data as JSON: it opens offline
and requests nothing.
"""

from __future__ import annotations

import hashlib
import html
import io
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import matplotlib.dates as mdates
from matplotlib import colormaps
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import FuncFormatter

from agent import db, jsonout
from agent.tables import signed_price

NEW_YORK = ZoneInfo("America/New_York")
Row = dict[str, Any]

QUERIES = {
    "board": "SELECT * FROM curated.game_board WHERE game_id = %s",
    "closing": "SELECT * FROM curated.closing_lines WHERE game_id = %s ORDER BY market, side",
    # Bettable books' change points and closes: what a line chart draws (untimed SBRO lines have no moment).
    "lines": """SELECT book, book_key, market, side, pick, line, american_price, observed_at, is_close, is_live
                  FROM curated.line_history
                 WHERE game_id = %s AND is_bettable AND observed_at IS NOT NULL AND (is_change OR is_close)
                 ORDER BY market, side, book, observed_at, source, outlet""",
    "signals": """SELECT signal, market, side, pick, known_at, minutes_before_first_pitch, strength, result
                    FROM curated.signals_by_date WHERE game_id = %s ORDER BY known_at, signal, market, side""",
    "splits": """SELECT source, book, market, side, pick, bets_percent, money_percent, observed_at
                   FROM curated.split_history WHERE game_id = %s
                  ORDER BY market, side, source, book NULLS FIRST, observed_at""",
}
BOARD_SQL = "SELECT * FROM curated.game_board WHERE game_date = %s ORDER BY start_time, game_number, matchup"

# (market, side) panels of the price chart, in the order they are drawn: away/home, over/under.
PRICE_PANELS = [
    ("moneyline", "away"),
    ("moneyline", "home"),
    ("spread", "away"),
    ("spread", "home"),
    ("total", "over"),
    ("total", "under"),
]
MARKET_NAMES = {"moneyline": "Moneyline", "spread": "Run line", "total": "Total"}
MOVE_SIGNALS = ("steam", "reverse_line_movement")


class UnknownGame(ValueError):
    """No such game, or no games on a day: said in words, with what there is."""


GAME_DATES = "SELECT min(game_date) AS first, max(game_date) AS last FROM curated.game_board"
NEAREST_DAY = """SELECT game_date, string_agg(game_id || ' ' || matchup, ', ' ORDER BY start_time, game_id) AS games
  FROM curated.game_board WHERE game_date = (SELECT max(game_date) FROM curated.game_board) GROUP BY 1"""


def what_there_is(conn: db.Connection) -> str:
    """Which dates hold games, and the latest day's game ids: what a person asking for a missing one needs next."""
    [span] = db.fetch_all(conn, GAME_DATES)
    if span["first"] is None:
        return "no games are stored yet (mlb-agent collect, or make demo for the sample day)"
    latest = db.fetch_all(conn, NEAREST_DAY)[0]
    return f"games are stored for {span['first']} to {span['last']}; on {latest['game_date']}: {latest['games']}"


def game_data(conn: db.Connection, game_id: int) -> dict[str, Any]:
    """Every row a game page shows, from the analyst views."""
    data = {key: db.fetch_all_params(conn, sql, (game_id,)) for key, sql in QUERIES.items()}
    if not data["board"]:
        raise UnknownGame(f"no game {game_id}: {what_there_is(conn)}")
    return {"game": data.pop("board")[0], **data}


# ---------------------------------------------------------------- chart


def cents(price: float) -> float:
    """American odds on a line without the gap between -100 and +100: -110 -> -10, +120 -> 20."""
    return price - 100 if price >= 100 else price + 100


def american(value: float, _pos: object = None) -> str:
    price = round(value + 100 if value >= 0 else value - 100)
    return f"+{price}" if price > 0 else str(price)


def series(lines: list[Row], market: str, side: str) -> dict[str, list[Row]]:
    by_book: dict[str, list[Row]] = {}
    for row in lines:
        if row["market"] == market and row["side"] == side:
            by_book.setdefault(row["book"], []).append(row)
    return by_book


def _time_axis(ax: Any, first_pitch: datetime | None) -> None:
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%m-%d %H:%M", tz=NEW_YORK))  # type: ignore[no-untyped-call]
    ax.tick_params(axis="x", labelrotation=30, labelsize=7)
    ax.grid(alpha=0.3)
    if first_pitch:
        ax.axvline(first_pitch, color="grey", linestyle="--", linewidth=1, gid="first-pitch")


def _price_panel(ax: Any, data: dict[str, Any], market: str, side: str, colors: dict[str, Any]) -> None:
    game = data["game"]
    pick = game["home_team"] if side == "home" else game["away_team"] if side == "away" else side.title()
    ax.set_title(f"{MARKET_NAMES[market]}: {pick}", fontsize=10)
    ax.yaxis.set_major_formatter(FuncFormatter(american))
    for book, rows in series(data["lines"], market, side).items():
        xs, ys = [r["observed_at"] for r in rows], [cents(r["american_price"]) for r in rows]
        key = rows[0]["book_key"]
        (line,) = ax.step(xs, ys, where="post", color=colors[book], linewidth=1.2, label=book)
        line.set_gid(f"series-{market}-{side}-{key}")
        ax.plot(xs[0], ys[0], "o", color=colors[book], markersize=5, gid=f"open-{market}-{side}-{key}")
        for r in rows:
            if r["is_close"]:
                ax.plot(
                    r["observed_at"],
                    cents(r["american_price"]),
                    "s",
                    color=colors[book],
                    markersize=6,
                    markeredgecolor="black",
                    gid=f"close-{market}-{side}-{key}",
                )
            if market != "moneyline" and r["line"] is not None and r is rows[0]:
                ax.annotate(
                    f"{r['line']:+g}" if market == "spread" else f"{r['line']:g}",
                    (xs[0], ys[0]),
                    fontsize=6,
                    xytext=(2, 3),
                    textcoords="offset points",
                )
    for c in data["closing"]:
        if c["market"] == market and c["side"] == side and c["fair_price"] is not None:
            ax.axhline(cents(c["fair_price"]), color="black", linestyle=":", linewidth=1, gid=f"fair-{market}-{side}")
            ax.annotate(f"fair {signed_price(c['fair_price'])}", (0.01, 0.02), xycoords="axes fraction", fontsize=7)
    for s in data["signals"]:
        if s["signal"] in MOVE_SIGNALS and s["market"] == market and s["side"] == side:
            ax.axvline(
                s["known_at"],
                color="crimson" if s["signal"] == "steam" else "darkorange",
                linewidth=1.5,
                gid=f"signal-{s['signal']}-{market}-{side}",
            )
            label = "steam" if s["signal"] == "steam" else "RLM"
            ax.annotate(
                f"{label} {s['known_at'].astimezone(NEW_YORK):%H:%M}",
                (s["known_at"], 1.0),
                xycoords=("data", "axes fraction"),
                fontsize=7,
                va="top",
                color="crimson" if s["signal"] == "steam" else "darkorange",
            )
    _time_axis(ax, game["start_time"])


def _points_panel(ax: Any, data: dict[str, Any], market: str, side: str, colors: dict[str, Any]) -> None:
    title = "Total (runs)" if market == "total" else f"Run line points: {data['game']['home_team']}"
    ax.set_title(title, fontsize=10)
    for book, rows in series(data["lines"], market, side).items():
        (line,) = ax.step(
            [r["observed_at"] for r in rows],
            [float(r["line"]) for r in rows],
            where="post",
            color=colors[book],
            linewidth=1.2,
        )
        line.set_gid(f"points-{market}-{side}-{rows[0]['book_key']}")
    _time_axis(ax, data["game"]["start_time"])


def _splits_panel(ax: Any, data: dict[str, Any], market: str, side: str) -> None:
    rows = [r for r in data["splits"] if r["market"] == market and r["side"] == side]
    pick = rows[0]["pick"] if rows else side
    ax.set_title(f"Tickets vs money: {MARKET_NAMES[market]} {pick}", fontsize=10)
    ax.set_ylim(0, 100)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: f"{v:.0f}%"))
    groups: dict[str, list[Row]] = {}
    for r in rows:
        groups.setdefault(r["source"] + (f" ({r['book']})" if r["book"] else ""), []).append(r)
    for i, (name, group) in enumerate(groups.items()):
        color = colormaps["tab10"](i)
        xs = [r["observed_at"] for r in group]
        ax.plot(
            xs,
            [float(r["bets_percent"]) for r in group],
            "--",
            marker="o",
            markersize=4,
            color=color,
            label=f"{name} tickets",
            gid=f"splits-{market}-{side}-{name}-tickets",
        )
        ax.plot(
            xs,
            [float(r["money_percent"]) for r in group],
            "-",
            marker="s",
            markersize=4,
            color=color,
            label=f"{name} money",
            gid=f"splits-{market}-{side}-{name}-money",
        )
    if groups:
        ax.legend(fontsize=6, loc="best")
    else:
        ax.text(0.5, 0.5, "no splits", ha="center", transform=ax.transAxes)
    _time_axis(ax, data["game"]["start_time"])


def game_figure(data: dict[str, Any]) -> Figure:
    books = sorted({r["book"] for r in data["lines"]})
    colors = {b: colormaps["tab20"](i % 20) for i, b in enumerate(books)}
    fig = Figure(figsize=(13, 20), layout="constrained")
    axes = fig.subplots(5, 2)
    fig.suptitle(title(data["game"]), fontsize=13)
    for ax, (market, side) in zip(axes.flat[:6], PRICE_PANELS, strict=True):
        _price_panel(ax, data, market, side, colors)
    _points_panel(axes[3][0], data, "total", "over", colors)
    _splits_panel(axes[3][1], data, "moneyline", "home")
    _points_panel(axes[4][0], data, "spread", "home", colors)
    _splits_panel(axes[4][1], data, "total", "over")
    if books:
        handles = [Line2D([], [], color=colors[b], linewidth=2) for b in books]
        handles += [
            Line2D([], [], marker=m, color="grey", linestyle="", markeredgecolor=e)
            for m, e in (("o", "grey"), ("s", "black"))
        ]
        fig.legend(
            handles=handles,
            labels=[*books, "open", "close"],
            loc="outside lower center",
            ncols=min(len(books) + 2, 9),
            fontsize=8,
        )
    else:
        fig.text(0.5, 0.5, "no timed prices for this game (SBRO open/close lines only)", ha="center", fontsize=12)
    return fig


def title(game: Row) -> str:
    when = game["start_time"].astimezone(NEW_YORK).strftime("%a %Y-%m-%d %H:%M %Z") if game["start_time"] else ""
    score = (
        f"final {game['away_team']} {game['away_score']}, {game['home_team']} {game['home_score']}"
        if game["status"] == "final"
        else game["status"]
    )
    return f"{game['away_name'] or game['away_team']} @ {game['home_name'] or game['home_team']}, {when} ({score})"


# ---------------------------------------------------------------- pages

STYLE = """body{font-family:sans-serif;margin:1.5em;color:#222}table{border-collapse:collapse;margin:1em 0}
td,th{border:1px solid #ccc;padding:3px 7px;font-size:13px;text-align:left}th{background:#eee}
td.n{text-align:right}.win{color:#070}.loss{color:#a00}svg{max-width:100%;height:auto}"""


def _cell(value: Any) -> str:
    if value is None:
        return "<td></td>"
    if isinstance(value, datetime):
        return f"<td>{value.astimezone(NEW_YORK):%Y-%m-%d %H:%M}</td>"
    text = html.escape(str(value))
    if isinstance(value, int | float) or (isinstance(value, str) and value in ("win", "loss")):
        css = "n" if not isinstance(value, str) else value
        return f'<td class="{css}">{text}</td>'
    return f"<td>{text}</td>"


def table(rows: list[Row], columns: list[str], id_: str) -> str:
    if not rows:
        return f'<p id="{id_}">none</p>'
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = "".join("<tr>" + "".join(_cell(r.get(c)) for c in columns) + "</tr>" for r in rows)
    return f'<table id="{id_}"><tr>{head}</tr>{body}</table>'


def _page(heading: str, body: str, data: Any) -> str:
    payload = jsonout.dumps(data).replace("</", "<\\/")
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(heading)}</title>'
        f"<style>{STYLE}</style></head><body><h1>{html.escape(heading)}</h1>{body}"
        f'<script type="application/json" id="page-data">{payload}</script></body></html>\n'
    )


def chart_data(data: dict[str, Any]) -> dict[str, Any]:
    """What the chart draws, as JSON: per market and side each book's points (time, line, price) and close,
    the consensus fair price, and the signals."""
    out: dict[str, Any] = {"series": {}, "fair_price": {}, "signals": data["signals"]}
    for market, side in PRICE_PANELS:
        key = f"{market}_{side}"
        out["series"][key] = [
            {
                "book": book,
                "book_key": rows[0]["book_key"],
                "points": [[r["observed_at"], r["line"], r["american_price"]] for r in rows],
                "close_price": next((r["american_price"] for r in rows if r["is_close"]), None),
            }
            for book, rows in series(data["lines"], market, side).items()
        ]
        out["fair_price"][key] = next(
            (c["fair_price"] for c in data["closing"] if (c["market"], c["side"]) == (market, side)), None
        )
    return out


def game_html(data: dict[str, Any], fig: Figure) -> str:
    svg = io.StringIO()
    fig.savefig(svg, format="svg")
    svg_text = svg.getvalue()
    svg_text = svg_text[svg_text.index("<svg") :]
    game = data["game"]
    body = (
        f'<p><a href="day-{game["game_date"]}.html">board of {game["game_date"]}</a> &middot; game {game["game_id"]}'
        f" &middot; times are New York (America/New_York)</p>"
        f'<div id="chart">{svg_text}</div>'
        "<h2>Closing lines</h2>"
        + table(
            data["closing"],
            [
                "market",
                "pick",
                "line",
                "books",
                "fair_probability",
                "fair_price",
                "best_close_price",
                "best_close_book",
                "best_pregame_price",
                "best_pregame_book",
                "best_pregame_at",
                "result",
            ],
            "closing-lines",
        )
        + "<h2>Signals</h2>"
        + table(
            data["signals"],
            ["signal", "market", "pick", "known_at", "minutes_before_first_pitch", "strength", "result"],
            "signals",
        )
        + "<h2>Strategy bets</h2>"
        + f'<p id="strategy-bets">{html.escape(game["strategy_bets"] or "none")}</p>'
    )
    return _page(title(game), body, {"game": game, "chart": chart_data(data)})


def day_html(day: date, games: list[Row]) -> str:
    rows = []
    for g in games:
        link = f'<a href="game-{g["game_id"]}.html">{html.escape(g["matchup"])}</a>'
        score = f"{g['away_score']}-{g['home_score']}" if g["status"] == "final" else g["status"]
        cells = [
            f"{g['first_pitch_new_york']:%H:%M}" if g["first_pitch_new_york"] else "",
            link,
            html.escape(score),
            _price_pair(g["away_fair_price"], g["home_fair_price"]),
            _best(g["best_away_price"], g["best_away_book"], g["best_away_at"])
            + " / "
            + _best(g["best_home_price"], g["best_home_book"], g["best_home_at"])
            + f" <small>{html.escape(g['prices_as_of'])}</small>",
            "" if g["home_run_line"] is None else f"{g['home_team']} {g['home_run_line']:+g}",
            ""
            if g["total"] is None
            else f"{g['total']:g}: o "
            + _best(g["best_over_price"], g["best_over_book"], g["best_over_at"])
            + ", u "
            + _best(g["best_under_price"], g["best_under_book"], g["best_under_at"]),
            html.escape(g["signals"] or ""),
            html.escape(g["strategy_bets"] or ""),
        ]
        rows.append(f'<tr id="game-{g["game_id"]}">' + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    head = "".join(
        f"<th>{h}</th>"
        for h in (
            "first pitch (NY)",
            "game",
            "result",
            "fair ML away / home",
            "best ML away / home (book, last shown): now before first pitch, then the close",
            "run line",
            "total: best over, under",
            "signals",
            "strategy bets",
        )
    )
    body = f'<table id="board"><tr>{head}</tr>{"".join(rows)}</table>' if games else "<p>no games</p>"
    return _page(f"MLB board {day}", body, {"date": day, "games": games})


def _price_pair(away: int | None, home: int | None) -> str:
    return "" if away is None and home is None else f"{signed_price(away)} / {signed_price(home)}"


def _best(price: int | None, book: str | None, at: datetime | None) -> str:
    """A best price with its book and when its source last showed it, on the New York clock."""
    if price is None:
        return "-"
    when = f", {at.astimezone(NEW_YORK):%H:%M}" if at else ""
    return f"{signed_price(price)} ({html.escape(book or '')}{when})"


# ---------------------------------------------------------------- writers


# What a page is made from: its rows and this module (a change of either draws it again).
_CODE = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()


def made_from(data: Any) -> str:
    return hashlib.sha256((_CODE + jsonout.dumps(data)).encode()).hexdigest()[:32]


def _unchanged(path: Path, stamp: str) -> bool:
    try:
        with path.open(encoding="utf-8") as f:
            return f'<meta name="made-from" content="{stamp}">' in f.read(600)
    except OSError:
        return False


def write_game(conn: db.Connection, game_id: int, out_dir: Path, png: bool = True) -> list[Path]:
    """The game's page (and PNG chart); a page made from the same rows by the same code is left as it is."""
    data = game_data(conn, game_id)
    page, chart = out_dir / f"game-{game_id}.html", out_dir / f"game-{game_id}.png"
    written = [page, chart] if png else [page]
    stamp = made_from(data)
    if _unchanged(page, stamp) and (not png or chart.exists()):
        return written
    fig = game_figure(data)
    out_dir.mkdir(parents=True, exist_ok=True)
    page.write_text(
        game_html(data, fig).replace("<head>", f'<head><meta name="made-from" content="{stamp}">', 1), encoding="utf-8"
    )
    if png:
        fig.set_layout_engine("none")  # laid out for the SVG already; solving it again costs a second
        fig.savefig(chart, dpi=80)
    return written


def write_day(conn: db.Connection, day: date, out_dir: Path, png: bool = False) -> list[Path]:
    games = db.fetch_all_params(conn, BOARD_SQL, (day,))
    if not games:
        raise UnknownGame(f"no games on {day}: {what_there_is(conn)}")
    out_dir.mkdir(parents=True, exist_ok=True)
    board = out_dir / f"day-{day}.html"
    text = day_html(day, games)
    if not board.exists() or board.read_text(encoding="utf-8") != text:  # an unchanged board is not rewritten
        board.write_text(text, encoding="utf-8")
    written = [board]
    for g in games:
        written += write_game(conn, g["game_id"], out_dir, png)
    return written


def page_data(path: Path) -> Any:
    """The JSON a page carries (for tests and scripts)."""
    text = path.read_text(encoding="utf-8")
    start = text.index('<script type="application/json" id="page-data">') + len(
        '<script type="application/json" id="page-data">'
    )
    return json.loads(text[start : text.index("</script>", start)].replace("<\\/", "</"))
