"""The pages a person reads: the day's board, a page per game and the bets placed, from the analyst views.

One set of Jinja2 templates (agent/templates, autoescaped) draws them for both readers: `mlb-agent serve`, which
links its assets and updates an open page when the database announces a change, and `mlb-agent report`, which
writes files that carry their assets inline and open offline. The charts are drawn in the browser by uPlot,
vendored in agent/static/vendor (scripts/vendor_uplot.sh), from the JSON the page carries.
"""

from __future__ import annotations

import itertools
import json
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from agent import db, jsonout
from agent.tables import signed_price, text

NEW_YORK = ZoneInfo("America/New_York")
HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
Row = dict[str, Any]

# One colour per book that stays apart for every reader: Okabe and Ito's colour-blind-safe eight, then Paul Tol's
# muted set for more books (the PNG chart uses the same list).
PALETTE = [
    "#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7", "#000000", "#F0E442",
    "#332288", "#88CCEE", "#117733", "#AA4499", "#882255", "#44AA99", "#999933", "#DDCC77",
]  # fmt: skip

# (market, side) panels of a game, in the order they are drawn: away/home, over/under.
PANELS = [
    ("moneyline", "away"),
    ("moneyline", "home"),
    ("spread", "away"),
    ("spread", "home"),
    ("total", "over"),
    ("total", "under"),
]
MARKET_NAMES = {"moneyline": "Moneyline", "spread": "Run line", "total": "Total"}
MARKET_SHORT = {"moneyline": "ML", "spread": "RL", "total": "total"}
# Signals as short badges; steam and reverse line movement stand out.
BADGES = {
    "steam": ("STEAM", "hot"),
    "reverse_line_movement": ("RLM", "hot"),
    "sharp_action": ("sharp", "mild"),
    "book_disagreement": ("books differ", "mild"),
    "arbitrage": ("arb", "mild"),
    "fade_the_public": ("public heavy", "quiet"),
}


class UnknownGame(ValueError):
    """No such game, or no games on a day: said in words, with what there is."""


# ---------------------------------------------------------------- what there is

GAME_DATES = "SELECT min(game_date) AS first, max(game_date) AS last FROM curated.game_board"
NEAREST_DAY = """SELECT game_date, string_agg(game_id || ' ' || matchup, ', ' ORDER BY start_time, game_id) AS games
  FROM curated.game_board WHERE game_date = (SELECT max(game_date) FROM curated.game_board) GROUP BY 1"""
LATEST_DAY = (
    "SELECT max(game_date) AS day FROM staging.games WHERE game_date <= (now() AT TIME ZONE 'America/New_York')::date"
)


def what_there_is(conn: db.Connection) -> str:
    """Which dates hold games, and the latest day's game ids: what a person asking for a missing one needs next."""
    [span] = db.fetch_all(conn, GAME_DATES)
    if span["first"] is None:
        return "no games are stored yet (mlb-agent collect, or make demo for the sample day)"
    latest = db.fetch_all(conn, NEAREST_DAY)[0]
    return f"games are stored for {span['first']} to {span['last']}; on {latest['game_date']}: {latest['games']}"


def default_day(conn: db.Connection) -> date | None:
    """Today in New York when it has games, else the latest day before it that has: the board a person opens."""
    [row] = db.fetch_all(conn, LATEST_DAY)
    day: date | None = row["day"]
    if day is None:
        [span] = db.fetch_all(conn, GAME_DATES)
        day = span["last"]
    return day


# ---------------------------------------------------------------- the day's board

DAY_QUERIES = {
    "games": "SELECT * FROM curated.game_board WHERE game_date = %(day)s ORDER BY start_time, game_number, matchup",
    "moves": """SELECT m.* FROM curated.market_moves m
                 WHERE m.game_id IN (SELECT game_id FROM staging.games WHERE game_date = %(day)s)""",
    "splits": """SELECT s.game_id, s.source, s.book, s.market, s.side, s.pick, s.bets_percent, s.money_percent,
                        s.observed_at
                   FROM curated.latest_splits s
                  WHERE s.game_id IN (SELECT game_id FROM staging.games WHERE game_date = %(day)s)
                  ORDER BY s.game_id, s.market, s.source, s.book NULLS FIRST, s.side""",
    "signals": """SELECT game_id, signal, market, side, pick, known_at, minutes_before_first_pitch, strength, result
                    FROM curated.signals_by_date WHERE game_date = %(day)s ORDER BY known_at, signal, market, side""",
    "bets": """SELECT bet_id, game_id, market, side, pick, line, american_price, stake, book, result, profit, clv,
                      clv_book, clv_note, placed_at
                 FROM curated.user_bet_results WHERE game_date = %(day)s ORDER BY placed_at, bet_id""",
    # The days before and after with games: the board's way to the neighbouring boards.
    "neighbours": """SELECT (SELECT max(game_date) FROM staging.games WHERE game_date < %(day)s) AS previous,
                            (SELECT min(game_date) FROM staging.games WHERE game_date > %(day)s) AS next""",
}


def _by_game(rows: list[Row]) -> dict[int, list[Row]]:
    out: dict[int, list[Row]] = {}
    for r in rows:
        out.setdefault(r["game_id"], []).append(r)
    return out


def badge(signal: Row) -> Row:
    """A signal as a short badge: its label, how loud, and the sentence behind it."""
    label, tone = BADGES.get(signal["signal"], (signal["signal"].replace("_", " "), "quiet"))
    when = signal["known_at"].astimezone(NEW_YORK).strftime("%H:%M") if signal["known_at"] else ""
    return {
        "label": f"{label} {MARKET_SHORT.get(signal['market'], signal['market'])} {signal['pick']}",
        "tone": tone,
        "signal": signal["signal"],
        "title": f"{signal['signal'].replace('_', ' ')} on {MARKET_NAMES.get(signal['market'], signal['market'])} "
        f"{signal['pick']}, known {when} New York" + (f", {signal['result']}" if signal.get("result") else ""),
    }


SOURCE_NAMES = {"action_network": "AN", "sbd": "SBD", "vsin": "VSIN"}
SOURCE_FULL_NAMES = {"action_network": "Action Network", "sbd": "SportsBettingDime", "vsin": "VSIN"}


def _view_name(source: str, book: str | None) -> str:
    """A split's source, and its book view shortly (VSIN Circa); a source's consensus view is the source."""
    name = SOURCE_NAMES.get(source, source)
    if not book or "consensus" in book.lower():
        return name
    return f"{name} {book.split()[0]}"


def split_views(splits: list[Row], market: str = "moneyline") -> list[Row]:
    """Each source's (and book view's) latest tickets and money on a market, away or over first."""
    views: dict[tuple[str, str | None], list[Row]] = {}
    for s in splits:
        if s["market"] == market:
            views.setdefault((s["source"], s["book"]), []).append(s)
    order = {"away": 0, "over": 0, "home": 1, "under": 1}
    return [
        {
            "label": _view_name(source, book),
            "sides": sorted(rows, key=lambda r: order.get(r["side"], 2)),
            "observed_at": max(r["observed_at"] for r in rows),
        }
        for (source, book), rows in sorted(views.items(), key=lambda kv: (kv[0][0], kv[0][1] or ""))
    ]


def day_data(conn: db.Connection, day: date) -> dict[str, Any]:
    """Everything the day's board shows: per game its row of curated.game_board, the move since open per market and
    side (curated.market_moves), each source's latest tickets and money (curated.latest_splits), its signals and
    the bets placed on it."""
    found = {
        key: db.fetch_all_params(conn, sql.replace("%(day)s", "%s"), (day,) * sql.count("%(day)s"))
        for key, sql in DAY_QUERIES.items()
    }
    if not found["games"]:
        raise UnknownGame(f"no games on {day}: {what_there_is(conn)}")
    moves, splits, signals, bets = (_by_game(found[k]) for k in ("moves", "splits", "signals", "bets"))
    [neighbours] = found["neighbours"]
    games = []
    for g in found["games"]:
        gid = g["game_id"]
        games.append(
            {
                **g,
                "moves": {f"{m['market']}_{m['side']}": m for m in moves.get(gid, [])},
                "splits": splits.get(gid, []),
                "split_views": split_views(splits.get(gid, [])),
                "signal_rows": signals.get(gid, []),
                "badges": [badge(s) for s in signals.get(gid, [])],
                "bets": bets.get(gid, []),
            }
        )
    return {"date": day, "games": games, "previous": neighbours["previous"], "next": neighbours["next"]}


# ---------------------------------------------------------------- a game

GAME_QUERIES = {
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
    "latest_splits": """SELECT source, book, market, side, pick, bets_percent, money_percent, money_minus_bets,
                               observed_at
                          FROM curated.latest_splits WHERE game_id = %s
                         ORDER BY market, source, book NULLS FIRST, side""",
    "moves": "SELECT * FROM curated.market_moves WHERE game_id = %s ORDER BY market, side",
    "bets": """SELECT bet_id, market, side, pick, line, american_price, stake, book, result, profit, clv, clv_book,
                      clv_note, placed_at
                 FROM curated.user_bet_results WHERE game_id = %s ORDER BY placed_at, bet_id""",
}


def game_data(conn: db.Connection, game_id: int) -> dict[str, Any]:
    """Every row a game page shows, from the analyst views."""
    data: dict[str, Any] = {key: db.fetch_all_params(conn, sql, (game_id,)) for key, sql in GAME_QUERIES.items()}
    if not data["board"]:
        raise UnknownGame(f"no game {game_id}: {what_there_is(conn)}")
    data["moves"] = {f"{m['market']}_{m['side']}": m for m in data["moves"]}
    data["badges"] = [badge(s) for s in data["signals"]]
    return {"game": data.pop("board")[0], **data}


def series(lines: list[Row], market: str, side: str) -> dict[str, list[Row]]:
    """Each book's change points of one market and side, in time order."""
    by_book: dict[str, list[Row]] = {}
    for row in lines:
        if row["market"] == market and row["side"] == side:
            by_book.setdefault(row["book"], []).append(row)
    return by_book


def book_colors(lines: list[Row]) -> dict[str, str]:
    """The same colour for a book on every panel, page and chart of the game."""
    return {b: PALETTE[i % len(PALETTE)] for i, b in enumerate(sorted({r["book"] for r in lines}))}


def _quote(row: Row, market: str) -> str:
    line = row["line"]
    points = "" if line is None else (f"{line:+g} " if market == "spread" else f"{line:g} ")
    return f"{points}{signed_price(row['american_price'])}"


def fold(by_book: dict[str, list[Row]], market: str) -> str | None:
    """A panel where no book ever moved, said in one line of text instead of a chart of flat lines."""
    if not by_book or any(len({(r["line"], r["american_price"]) for r in rows}) > 1 for rows in by_book.values()):
        return None
    quotes: dict[str, list[str]] = {}
    for book, rows in sorted(by_book.items()):
        quotes.setdefault(_quote(rows[0], market), []).append(book)
    if len(quotes) == 1:
        [(quote, books)] = quotes.items()
        return (
            f"{quote} at all {len(books)} books, unchanged" if len(books) > 1 else f"{quote} at {books[0]}, unchanged"
        )
    return "unchanged: " + "; ".join(f"{q} at {', '.join(b)}" for q, b in quotes.items())


def window(data: dict[str, Any]) -> dict[str, float | None]:
    """The time the charts open on: where the prices moved last, not the overnight open. It starts half an hour
    before the first move of the six hours before first pitch (or before the last move, when none is that recent)
    and ends just after first pitch (or the last price); the whole history is a click or a double-click away."""
    times = [r["observed_at"].timestamp() for r in data["lines"]]
    if not times:
        return {"start": None, "end": None, "first": None, "last": None}
    first, last = min(times), max(times)
    start_time = data["game"]["start_time"]
    pitch = start_time.timestamp() if start_time else last
    moves = sorted(
        r["observed_at"].timestamp()
        for market, side in PANELS
        for rows in series(data["lines"], market, side).values()
        for before, r in itertools.pairwise(rows)
        if (r["line"], r["american_price"]) != (before["line"], before["american_price"])
        and r["observed_at"].timestamp() <= pitch
    )
    recent = [t for t in moves if t >= pitch - 6 * 3600]
    start = max(first, (recent[0] if recent else moves[-1]) - 1800) if moves else first
    end = max(pitch if pitch >= start else last, start + 3600) + 600
    return {"start": start, "end": end, "first": first, "last": last}


def _until(rows: list[Row], first_pitch: datetime | None) -> float:
    """Until when a book's line is drawn: a book with a close was on offer at it until first pitch; any other
    until its last quote (a book that stopped quoting is not drawn on)."""
    last = rows[-1]["observed_at"]
    if first_pitch and any(r["is_close"] for r in rows) and last < first_pitch:
        return first_pitch.timestamp()
    return float(last.timestamp())


def chart_data(data: dict[str, Any]) -> dict[str, Any]:
    """What the charts draw, as JSON: per market and side each book's points (epoch seconds, line, American price),
    its colour and close, the panel folded to a line of text when nothing moved, the consensus fair price, the
    signals, the window the charts open on and first pitch."""
    colors = book_colors(data["lines"])
    start = data["game"]["start_time"]
    panels: dict[str, Any] = {}
    for market, side in PANELS:
        by_book = series(data["lines"], market, side)
        fair = next((c for c in data["closing"] if (c["market"], c["side"]) == (market, side)), None)
        pick = next((rows[0]["pick"] for rows in by_book.values()), fair["pick"] if fair else side)
        panels[f"{market}_{side}"] = {
            "title": f"{MARKET_NAMES[market]}: {pick}",
            "folded": fold(by_book, market),
            "fair_price": fair["fair_price"] if fair else None,
            "books": [
                {
                    "book": book,
                    "book_key": rows[0]["book_key"],
                    "color": colors[book],
                    "points": [[r["observed_at"].timestamp(), r["line"], r["american_price"]] for r in rows],
                    "close_price": next((r["american_price"] for r in rows if r["is_close"]), None),
                    "close_at": next((r["observed_at"].timestamp() for r in rows if r["is_close"]), None),
                    "until": _until(rows, start),
                }
                for book, rows in by_book.items()
            ],
            "signals": [
                {"signal": s["signal"], "label": BADGES[s["signal"]][0], "at": s["known_at"].timestamp()}
                for s in data["signals"]
                if (s["market"], s["side"]) == (market, side) and s["signal"] in ("steam", "reverse_line_movement")
            ],
        }
    return {
        "panels": panels,
        "legend": [{"book": b, "color": c} for b, c in colors.items()],
        "window": window(data),
        "first_pitch": start.timestamp() if start else None,
    }


# ---------------------------------------------------------------- the bets placed

BETS_QUERIES = {
    "bets": """SELECT bet_id, game_id, game_date, matchup, market, pick, line, american_price, stake, book, result,
                      profit, clv, clv_book, clv_note, placed_at
                 FROM curated.user_bet_results ORDER BY placed_at DESC, bet_id DESC LIMIT 500""",
    "report": "SELECT * FROM curated.user_bet_report WHERE month IS NULL AND book IS NULL",
}


def bets_data(conn: db.Connection) -> dict[str, Any]:
    """The bets placed (the latest 500), graded with their CLV, and the record over all of them."""
    return {key: db.fetch_all(conn, sql) for key, sql in BETS_QUERIES.items()}


# ---------------------------------------------------------------- templates


def ny_time(value: datetime | None, fmt: str = "%H:%M") -> str:
    return "" if value is None else value.astimezone(NEW_YORK).strftime(fmt)


def _script_json(data: Any) -> Markup:
    """JSON inside <script type="application/json">: '</' cannot end the element."""
    return Markup(jsonout.dumps(data).replace("</", "<\\/"))


@cache
def _asset(name: str) -> str:
    return (STATIC / name).read_text(encoding="utf-8")


@cache
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        price=signed_price,
        units=text,
        ny=ny_time,
        json=_script_json,
        market_name=lambda m: MARKET_NAMES.get(m, m),
        market_short=lambda m: MARKET_SHORT.get(m, m),
        source_name=lambda s: SOURCE_FULL_NAMES.get(s, s),
    )
    env.globals["asset"] = lambda name: Markup(_asset(name))
    return env


def render(template: str, *, live: bool, links: dict[str, str], **context: Any) -> str:
    """A page: live (served: assets linked, updates announced) or not (a file: assets inline, opens offline).
    links maps 'day', 'game' and 'bets' to URL patterns with {day} and {game_id}."""
    return environment().get_template(template).render(live=live, links=links, **context)


# What the board draws from but its page data leaves out (a game's page carries them).
BOARD_ONLY = {"splits", "split_views", "signal_rows", "badges", "bets"}


def title(game: Row) -> str:
    when = game["start_time"].astimezone(NEW_YORK).strftime("%a %Y-%m-%d %H:%M %Z") if game["start_time"] else ""
    score = (
        f"final {game['away_team']} {game['away_score']}, {game['home_team']} {game['home_score']}"
        if game["status"] == "final"
        else game["status"]
    )
    return f"{game['away_name'] or game['away_team']} @ {game['home_name'] or game['home_team']}, {when} ({score})"


def game_page(
    data: dict[str, Any], *, live: bool, links: dict[str, str], now: datetime | None, stamp: str | None = None
) -> str:
    """A game's page (the template game.html)."""
    chart = chart_data(data)
    extra = {"stamp": stamp} if stamp else {}
    return render(
        "game.html",
        live=live,
        links=links,
        title=title(data["game"]),
        data=data,
        chart=chart,
        now=now,
        page_data={"game": data["game"], "chart": chart},
        **extra,
    )


def day_page(data: dict[str, Any], *, live: bool, links: dict[str, str], now: datetime | None) -> str:
    """A day's board (the template day.html)."""
    return render(
        "day.html",
        live=live,
        links=links,
        title=f"MLB board {data['date']}",
        data=data,
        now=now,
        # Each game's row of curated.game_board with its moves since open: what the board shows, for scripts
        # (the splits, signal rows and bets stay in the table; each game's page carries its own).
        page_data={
            "date": data["date"],
            "games": [{k: v for k, v in g.items() if k not in BOARD_ONLY} for g in data["games"]],
        },
    )


def page_data(html_text: str) -> Any:
    """The JSON a page carries (for tests and scripts)."""
    marker = '<script type="application/json" id="page-data">'
    start = html_text.index(marker) + len(marker)
    return json.loads(html_text[start : html_text.index("</script>", start)].replace("<\\/", "</"))
