#!/usr/bin/env python3
"""A live day: the whole product run for a slate on the real clock and scored against a known truth.

    make live-day                                   # bench/scenarios/slate.json (about 25 minutes)
    make live-day SCENARIO=bench/scenarios/short.json

A local source server on 127.0.0.1 serves every source the scenario polls in its real format (The Odds API,
Action Network's catalogue, scoreboard and line histories with ids from the real catalogue, VSIN's split pages,
SportsBettingDime and the MLB Stats API), every response computed from the scenario's true market at the moment it
is asked for (each book's moneyline over time, the public's tickets, the schedule with its rainout, delay and late
final) and from the scenario's faults (5xx and 429 bursts, a source down, slow, malformed or dated a day off). The real
`mlb-agent run` polls it, the real pg_cron jobs promote (the drain, pipeline.drain), the real `mlb-agent watch`
posts to a local webhook receiver. At the end what the product says is compared with the truth derived from the
scenario alone; bench/live-day.json and a table give: freshness, closes, signals, alerts, completeness, resources.
The scenario format is docs/operations.md, "A live day". Runs against the database the PG* variables name, whose
pg_cron runs the project's jobs (a throwaway cluster under make live-day)."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

import psycopg
from psycopg.rows import dict_row

from agent.tables import signed_price  # American prices as bettors write them, the product's one rule

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import CATALOGUE  # (the real Action Network book catalogue's entries)
from run import TEAMS as AN_TEAMS  # (MLB id, Action Network id, SBD code: the real team list)
from run import iso as iso_ms  # (times as Action Network writes them)

ROOT = Path(__file__).resolve().parent.parent
NEW_YORK = ZoneInfo("America/New_York")
# MLB team id: (the name The Odds API uses, SportsBettingDime's code).
TEAMS = {
    108: ("Los Angeles Angels", "LAA"),
    110: ("Baltimore Orioles", "BAL"),
    111: ("Boston Red Sox", "BOS"),
    112: ("Chicago Cubs", "CHC"),
    113: ("Cincinnati Reds", "CIN"),
    114: ("Cleveland Guardians", "CLE"),
    116: ("Detroit Tigers", "DET"),
    117: ("Houston Astros", "HOU"),
    118: ("Kansas City Royals", "KC"),
    119: ("Los Angeles Dodgers", "LAD"),
    121: ("New York Mets", "NYM"),
    134: ("Pittsburgh Pirates", "PIT"),
    135: ("San Diego Padres", "SD"),
    136: ("Seattle Mariners", "SEA"),
    137: ("San Francisco Giants", "SF"),
    138: ("St. Louis Cardinals", "STL"),
    139: ("Tampa Bay Rays", "TB"),
    140: ("Texas Rangers", "TEX"),
    141: ("Toronto Blue Jays", "TOR"),
    142: ("Minnesota Twins", "MIN"),
    143: ("Philadelphia Phillies", "PHI"),
    144: ("Atlanta Braves", "ATL"),
    146: ("Miami Marlins", "MIA"),
    147: ("New York Yankees", "NYY"),
    158: ("Milwaukee Brewers", "MIL"),
}


# A scenario's books are The Odds API's keys; the same books' outlets at Action Network (the real catalogue's New
# Jersey ids) and VSIN's page views ("" is the bare page, DraftKings).
AN_BOOK = {"draftkings": 68, "fanduel": 69, "betrivers": 71, "betmgm": 75, "williamhill_us": 123, "fanatics": 2988}
AN_TEAM = {mlb: an for mlb, an, _ in AN_TEAMS}
VSIN_VIEW = {"draftkings": "", "fanduel": "fanduel", "betmgm": "mgm", "williamhill_us": "caesars"}
PRICE_SOURCES = ("odds_api", "action_network", "vsin")
SPLIT_SOURCES = ("sbd", "action_network", "vsin")


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def implied(price: int) -> float:
    """The implied probability of an American price."""
    return -price / (100 - price) if price < 0 else 100 / (price + 100)


# ----------------------------------------------------------------------------- the truth


@dataclass
class Game:
    key: str
    pk: int
    an_id: int
    home: int
    away: int
    first_pitch: float  # seconds after the start
    game_number: int
    doubleheader: bool
    final: tuple[int, int] | None
    final_at: float | None
    postponed_at: float | None
    delayed_at: float | None
    delayed_to: float | None

    def start(self, t: float) -> float:
        """First pitch as the sources state it at t (a delay is announced at delayed_at)."""
        if self.delayed_to is not None and self.delayed_at is not None and t >= self.delayed_at:
            return self.delayed_to
        return self.first_pitch

    @property
    def real_start(self) -> float:
        return self.delayed_to if self.delayed_to is not None else self.first_pitch


@dataclass
class Truth:
    """The scenario's market: every book's moneyline (home, away) from each moment on, the public's tickets."""

    t0: datetime
    day: date
    games: dict[str, Game]
    books: list[str]
    prices: dict[tuple[str, str], list[tuple[float, int, int]]]  # (game, book) -> [(at, home, away)] in time order
    stops: dict[tuple[str, str], float]  # (game, book) -> when the book stops quoting
    tickets: dict[str, list[tuple[float, float]]]  # game -> [(at, home ticket %)]
    steams: list[dict[str, Any]]
    rlms: list[dict[str, Any]]
    faults: list[dict[str, Any]]
    window_minutes: int
    duration: float
    polls: dict[str, float]

    def at(self, seconds: float) -> datetime:
        return self.t0 + timedelta(seconds=seconds)

    def quote(self, game: str, book: str, t: float) -> tuple[int, int, float] | None:
        """The book's price at t and since when, or None when it does not quote."""
        if t >= self.stops.get((game, book), float("inf")):
            return None
        current = None
        for at, home, away in self.prices.get((game, book), []):
            if at <= t:
                current = (home, away, at)
        return current

    def home_tickets(self, game: str, t: float) -> tuple[float, float]:
        share, since = 50.0, 0.0
        for at, pct in self.tickets.get(game, []):
            if at <= t:
                share, since = pct, at
        return share, since


def load(path: Path, t0: datetime) -> Truth:
    s = json.loads(path.read_text())
    day = t0.astimezone(NEW_YORK).date()
    games: dict[str, Game] = {}
    for i, g in enumerate(s["games"]):
        games[g["key"]] = Game(
            g["key"],
            990_000_000 + (int(t0.timestamp()) % 100_000) * 100 + i,
            (int(t0.timestamp()) % 100_000) * 100 + i,
            g["home"],
            g["away"],
            g["first_pitch"],
            g.get("game_number", 1),
            g.get("doubleheader", False),
            tuple(g["final"]) if g.get("final") else None,
            g.get("final_at"),
            g.get("postponed_at"),
            g.get("delayed_at"),
            g.get("delayed_to"),
        )
    books = s["books"]
    prices: dict[tuple[str, str], list[tuple[float, int, int]]] = {}
    for g in s["games"]:
        for b in books:
            prices[(g["key"], b)] = [(0.0, g["open"][0], g["open"][1])]
    steams: list[dict[str, Any]] = []
    rlms: list[dict[str, Any]] = []
    moves = list(s.get("moves", []))
    tickets: dict[str, list[tuple[float, float]]] = {}
    stops: dict[tuple[str, str], float] = {}
    for e in s.get("events", []):
        if e["kind"] in ("steam", "rlm"):
            for book, after in e["books"]:
                moves.append({"game": e["game"], "book": book, "at": e["at"] + after, "price": e["price"]})
            (steams if e["kind"] == "steam" else rlms).append(e)
            if e["kind"] == "rlm":
                home_pct = 100 - e["tickets"] if e["public"] == "away" else e["tickets"]
                tickets.setdefault(e["game"], []).append((e["public_from"], home_pct))
        elif e["kind"] == "stop_quoting":
            stops[(e["game"], e["book"])] = e["at"]
    for m in moves:
        prices[(m["game"], m["book"])].append((m["at"], m["price"][0], m["price"][1]))
    for v in prices.values():
        v.sort()
    return Truth(
        t0,
        day,
        games,
        books,
        prices,
        stops,
        tickets,
        steams,
        rlms,
        s.get("faults", []),
        s.get("close_window_minutes", 1),
        s["duration_seconds"],
        s["poll_seconds"],
    )


# ----------------------------------------------------------------------------- the sources


@dataclass
class Served:
    source: str
    started: float
    ended: float
    status: int
    fault: str | None
    request: str = ""  # the path and query asked for (a duplicate repeats the body served for the same request)
    quotes: dict[tuple[str, str], tuple[int, int, float]] = field(default_factory=dict)  # (game, book): what it showed
    splits: list[str] = field(default_factory=list)  # the games whose public splits it showed
    history: bool = False  # a change log: it shows each game's prices as on offer up to now or first pitch

    def shown_at(self, game: Game) -> float:
        """When this response showed its prices of the game on offer: its fetch, or for a change log fetched after
        first pitch, first pitch (the last point before it held until then)."""
        return min(self.ended, game.real_start) if self.history else self.ended


Shown = tuple[bytes, dict[tuple[str, str], tuple[int, int, float]], list[str]]  # body, quotes, games with splits


class Sources:
    """Every source in its real format, computed from the truth at the moment of each request."""

    def __init__(self, truth: Truth) -> None:
        self.truth = truth
        self.log: list[Served] = []
        self.lock = threading.Lock()
        self.previous: dict[str, Shown] = {}

    def now(self) -> float:
        """Seconds into the day; a request a moment before it starts is answered as at its start."""
        return max(0.0, (datetime.now(UTC) - self.truth.t0).total_seconds())

    def fault(self, source: str, t: float) -> dict[str, Any] | None:
        for f in self.truth.faults:
            if f["source"] == source and f["from"] <= t < f["to"]:
                return f
        return None

    def listed(self, g: Game, t: float) -> bool:
        """A pre-game board lists the game until first pitch, unless it was postponed."""
        return not (g.postponed_at is not None and t >= g.postponed_at) and t < g.start(t)

    def odds_api(self, t: float) -> Shown:
        events, shown = [], {}
        for g in self.truth.games.values():
            if not self.listed(g, t):
                continue
            home, away = TEAMS[g.home][0], TEAMS[g.away][0]
            bookmakers = []
            for b in self.truth.books:
                q = self.truth.quote(g.key, b, t)
                if q is None:
                    continue
                shown[(g.key, b)] = q
                when = iso(self.truth.at(q[2]))
                bookmakers.append(
                    {
                        "key": b,
                        "title": b,
                        "last_update": when,
                        "markets": [
                            {
                                "key": "h2h",
                                "last_update": when,
                                "outcomes": [{"name": home, "price": q[0]}, {"name": away, "price": q[1]}],
                            }
                        ],
                    }
                )
            events.append(
                {
                    "id": f"live-{g.pk}",
                    "sport_key": "baseball_mlb",
                    "sport_title": "MLB",
                    "commence_time": iso(self.truth.at(g.start(t))),
                    "home_team": home,
                    "away_team": away,
                    "bookmakers": bookmakers,
                }
            )
        return json.dumps(events).encode(), shown, []

    def sbd(self, t: float, day_off: bool) -> Shown:
        games, splits = [], []
        for g in self.truth.games.values():
            if not self.listed(g, t):
                continue
            splits.append(g.key)
            start = self.truth.at(g.start(t)) + (timedelta(days=1) if day_off else timedelta())
            home_pct, since = self.truth.home_tickets(g.key, t)
            side = {"bets": 0, "betsPercentage": "", "stakePercentage": ""}
            games.append(
                {
                    "_id": f"{start.strftime('%Y%m%d')}.{g.game_number:02d}-MLB-{TEAMS[g.away][1]}@{TEAMS[g.home][1]}",
                    "date": start.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                    "home": {"code": TEAMS[g.home][1]},
                    "away": {"code": TEAMS[g.away][1]},
                    "sportsbooks": [],
                    "bettingSplits": {
                        "moneyline": {
                            "bets": 1000,
                            "updated": iso(self.truth.at(since)),
                            "home": side
                            | {
                                "bets": round(10 * home_pct),
                                "betsPercentage": f"{home_pct:.2f}",
                                "stakePercentage": f"{home_pct:.2f}",
                            },
                            "away": side
                            | {
                                "bets": round(10 * (100 - home_pct)),
                                "betsPercentage": f"{100 - home_pct:.2f}",
                                "stakePercentage": f"{100 - home_pct:.2f}",
                            },
                        }
                    },
                }
            )
        return json.dumps({"group": self.truth.day.isoformat(), "games": games}).encode(), {}, splits

    def schedule(self, t: float) -> bytes:
        games = []
        for g in self.truth.games.values():
            if g.postponed_at is not None and t >= g.postponed_at:
                state = "D"
            elif g.final_at is not None and t >= g.final_at:
                state = "F"
            elif t >= g.start(t):
                state = "I"
            else:
                state = "S"
            teams: dict[str, Any] = {"home": {"team": {"id": g.home}}, "away": {"team": {"id": g.away}}}
            if state == "F" and g.final:
                teams["home"]["score"], teams["away"]["score"] = g.final
            games.append(
                {
                    "gamePk": g.pk,
                    "gameDate": iso(self.truth.at(g.start(t))),
                    "officialDate": self.truth.day.isoformat(),
                    "gameNumber": g.game_number,
                    "doubleHeader": "Y" if g.doubleheader else "N",
                    "status": {"codedGameState": state},
                    "teams": teams,
                }
            )
        return json.dumps({"dates": [{"date": self.truth.day.isoformat(), "games": games}]}).encode()

    def an_status(self, g: Game, t: float) -> str:
        if g.postponed_at is not None and t >= g.postponed_at:
            return "postponed"
        if g.final_at is not None and t >= g.final_at:
            return "complete"
        return "inprogress" if t >= g.start(t) else "scheduled"

    def an_scoreboard(self, t: float, asked: str) -> Shown:
        """/web/v2/scoreboard/publicbetting/mlb: the day's games, each book's moneyline now and the public's tickets
        and money at 15 (Consensus, whose price is the books' median) while the game is on the pre-game board."""
        if asked != self.truth.day.strftime("%Y%m%d"):
            return json.dumps({"games": []}).encode(), {}, []
        games, shown, splits = [], {}, []
        for g in self.truth.games.values():
            markets: dict[str, Any] = {}
            if self.listed(g, t):
                now = {b: q for b in self.truth.books if (q := self.truth.quote(g.key, b, t))}
                quotes = {b: q for b, q in now.items() if b in AN_BOOK}
                home_pct, _ = self.truth.home_tickets(g.key, t)
                every = list(now.values())
                if every:
                    consensus = (
                        sorted(q[0] for q in every)[len(every) // 2],
                        sorted(q[1] for q in every)[len(every) // 2],
                    )
                    markets["15"] = self.an_event(g, 15, consensus, (100 - home_pct, home_pct))
                    splits.append(g.key)
                for b, q in quotes.items():
                    markets[str(AN_BOOK[b])] = self.an_event(g, AN_BOOK[b], (q[0], q[1]), None)
                    shown[(g.key, b)] = q
            games.append(
                {
                    "id": g.an_id,
                    "status": self.an_status(g, t),
                    "real_status": self.an_status(g, t),
                    "start_time": iso_ms(self.truth.at(g.start(t))),
                    "home_team_id": AN_TEAM[g.home],
                    "away_team_id": AN_TEAM[g.away],
                    "league_name": "mlb",
                    "season": self.truth.day.year,
                    "teams": [{"id": AN_TEAM[g.away]}, {"id": AN_TEAM[g.home]}],
                    "markets": markets,
                }
            )
        return json.dumps({"games": games}).encode(), shown, splits

    @staticmethod
    def an_event(
        g: Game, book: int, price: tuple[int, int], away_home_pct: tuple[float, float] | None
    ) -> dict[str, Any]:
        outcomes = []
        for i, side in enumerate(("away", "home")):
            o: dict[str, Any] = {
                "event_id": g.an_id,
                "book_id": book,
                "side": side,
                "odds": price[1] if side == "away" else price[0],
                "value": None,
                "is_live": False,
            }
            if away_home_pct:
                pct = round(away_home_pct[i], 1)
                o["bet_info"] = {"tickets": {"value": None, "percent": pct}, "money": {"value": None, "percent": pct}}
            outcomes.append(o)
        return {"event": {"moneyline": outcomes}}

    def an_history(self, t: float, an_id: str) -> Shown:
        """/web/v2/markets/event/{id}/history: each quoting book's moneyline changes up to now (or first pitch), at
        the moment each was made. A book that stopped quoting the game is no longer in it (assumed: the real
        endpoint's treatment of a pulled market is not on record here)."""
        g = next((x for x in self.truth.games.values() if str(x.an_id) == an_id), None)
        if g is None:
            return b"{}", {}, []
        until = min(t, g.start(t))
        out, shown = {}, {}
        for b in self.truth.books:
            q = self.truth.quote(g.key, b, until)
            if b not in AN_BOOK or q is None:
                continue
            shown[(g.key, b)] = q
            path = [p for p in self.truth.prices[(g.key, b)] if p[0] <= until]
            out[str(AN_BOOK[b])] = {
                "event": {
                    "moneyline": [
                        {
                            "side": side,
                            "odds": q[k],
                            "value": None,
                            "book_id": AN_BOOK[b],
                            "history": [
                                {"odds": p[1 + k], "value": None, "updated_at": iso_ms(self.truth.at(p[0]))}
                                for p in path
                            ],
                        }
                        for k, side in ((0, "home"), (1, "away"))
                    ]
                }
            }
        return json.dumps(out).encode(), shown, []

    def vsin(self, t: float, view: str) -> Shown:
        """data.vsin.com/mlb/betting-splits/?view=: one book's page, a row per game (away team first), its moneyline
        and the public's handle and bets; a book that stopped quoting leaves its moneyline cell empty."""
        book = next((b for b, v in VSIN_VIEW.items() if v == view and b in self.truth.books), None)
        rows, splits = [], []
        shown: dict[tuple[str, str], tuple[int, int, float]] = {}
        for g in self.truth.games.values():
            if not self.listed(g, t):
                continue
            q = self.truth.quote(g.key, book, t) if book else None
            home_pct, _ = self.truth.home_tickets(g.key, t)
            if q and book:
                shown[(g.key, book)] = q
            splits.append(g.key)
            names = [TEAMS[g.away][0], TEAMS[g.home][0]]
            price = f"{signed_price(q[1])}<br>{signed_price(q[0])}" if q else ""
            pct = f"{round(100 - home_pct)}%<br>{round(home_pct)}%"
            team = "<br>".join(f'<a href="/mlb/teams/{n.split()[-1].lower()}">{n}</a>' for n in names)
            rows.append(f'<tr><td class="game">{team}</td><td>{price}</td><td>{pct}</td><td>{pct}</td></tr>')
        day = self.truth.day
        page = (
            "<!DOCTYPE html>\n<html><head><title>MLB Betting Splits | VSiN</title></head><body>\n<main>"
            '<table class="freezetable">\n<thead><tr><th><span><a class="txt-color-white" '
            f'href="/mlb/games/?gamedate={day.isoformat()}">{day.strftime("%A,%b %d")}</a></span></th>'
            "<th>Moneyline</th><th>Handle</th><th>Bets</th></tr></thead>\n<tbody>\n"
            + "\n".join(rows)
            + "\n</tbody></table></main></body></html>\n"
        )
        return page.encode(), shown, splits

    def respond(self, source: str, path: str, query: dict[str, list[str]], t: float, kind: str | None) -> Shown:
        if source == "odds_api":
            return self.odds_api(t)
        if source == "sbd":
            return self.sbd(t, kind == "day_off")
        if source == "mlb_stats_api":
            return self.schedule(t), {}, []
        if source == "vsin":
            return self.vsin(t, query.get("view", [""])[0])
        if path.endswith("/web/v1/books"):
            return json.dumps({"books": CATALOGUE}).encode(), {}, []
        if "/scoreboard/" in path:
            return self.an_scoreboard(t, query.get("date", [""])[0])
        return self.an_history(t, path.rstrip("/").split("/")[-2])

    def answer(self, url: str) -> tuple[int, bytes, dict[str, str], Served]:
        started = self.now()
        parts = urlsplit(url)
        source = parts.path.strip("/").split("/")[0]
        f = self.fault(source, started)
        kind = f["kind"] if f else None
        served = Served(source, started, started, 200, kind, url)
        served.history = source == "action_network" and parts.path.endswith("/history")
        if kind == "slow":
            time.sleep(f["seconds"] if f else 0)
        t = self.now()
        headers: dict[str, str] = {}
        status, body = 200, b""
        if kind == "http_500":
            status, body = 500, b'{"message": "internal error"}'
        elif kind == "http_429":
            status, body, headers = 429, b'{"message": "rate limited"}', {"Retry-After": "1"}
        elif kind == "malformed":
            body = b'{"games": [{"_id": '
        elif source in ("odds_api", "sbd", "mlb_stats_api", "vsin", "action_network"):
            body, served.quotes, served.splits = self.respond(source, parts.path, parse_qs(parts.query), t, kind)
        else:
            status, body = 404, b"{}"
        if kind == "duplicate" and url in self.previous:
            # The body served before, byte for byte (the raw zone keeps it as unchanged), and what it showed.
            body, served.quotes, served.splits = self.previous[url]
        if status == 200 and kind != "malformed":
            self.previous[url] = (body, served.quotes, served.splits)
        served.status, served.ended = status, self.now()
        return status, body, headers, served


def serve(sources: Sources) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            source = urlsplit(self.path).path.strip("/").split("/")[0]
            f = sources.fault(source, sources.now())
            if f and f["kind"] == "down":
                with sources.lock:
                    sources.log.append(Served(source, sources.now(), sources.now(), 0, "down", self.path))
                self.close_connection = True
                self.connection.close()
                return
            status, body, headers, served = sources.answer(self.path)
            try:
                self.send_response(status)
                self.send_header("Content-Type", "text/html" if source == "vsin" else "application/json")
                self.send_header("Content-Length", str(len(body)))
                for k, v in headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)
            finally:
                served.ended = sources.now()
                with sources.lock:
                    sources.log.append(served)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


class Receiver:
    """The webhook: every alert posted, with when it arrived."""

    def __init__(self) -> None:
        self.posts: list[tuple[float, dict[str, Any]]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                receiver.posts.append((time.time(), json.loads(body)))
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


# ----------------------------------------------------------------------------- watching the product


CURATED = """
SELECT g.game_pk, b.book_key, e.side, e.latest_price, e.latest_at
  FROM curated.betting_lines_enhanced e JOIN staging.games g USING (game_id)
  JOIN staging.sportsbooks b USING (sportsbook_id)
 WHERE g.game_pk = ANY (%s) AND e.market = 'moneyline'
"""


RUNNING_DRAIN = "SELECT 1 FROM pg_stat_activity WHERE query = 'CALL pipeline.drain()' AND state = 'active'"


def rss_kib(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def watch_product(
    truth: Truth,
    stop: threading.Event,
    seen: dict[tuple[Any, ...], float],
    agent_pid: int,
    rss: list[tuple[float, int]],
    backends: list[int],
) -> None:
    """Poll curated every 0.2 s: when each (game, book, side, price, since) first shows; sample memory every 2 s."""
    pks = [g.pk for g in truth.games.values()]
    last_sample = 0.0
    with psycopg.connect("", autocommit=True) as conn:
        while not stop.is_set():
            now = time.time()
            for pk, book, side, price, at in conn.execute(CURATED, (pks,)).fetchall():
                seen.setdefault((pk, book, side, price, at), now)
            if now - last_sample >= 2:
                last_sample = now
                kib = rss_kib(agent_pid)
                if kib:
                    rss.append((now, kib))
                for (pid,) in conn.execute(
                    "SELECT pid FROM pg_stat_activity WHERE query LIKE 'CALL pipeline.drain%%'"
                ).fetchall():
                    kib = rss_kib(pid)
                    if kib:
                        backends.append(kib)
            stop.wait(0.2)


# ----------------------------------------------------------------------------- scoring


def quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


@dataclass
class Day:
    """What a finished day left to score: the truth, what was served, what curated showed and the webhook got."""

    truth: Truth
    sources: Sources
    seen: dict[tuple[Any, ...], float]
    receiver: Receiver
    conn: psycopg.Connection[Any]
    key: dict[str, str]  # The Odds API's bookmaker keys as books (williamhill_us is Caesars)
    priced: list[Served]  # every response that showed prices, by when it ended
    pk_of: dict[str, int]  # scenario game key -> gamePk
    since: datetime  # when the agent was started: its attempts, runs and quarantines from then are the day's

    @property
    def t0(self) -> float:
        return self.truth.t0.timestamp()

    def rows(self, sql: str, *args: Any) -> list[dict[str, Any]]:
        return self.conn.execute(sql, args).fetchall()


def precision_recall(want: set[Any], got: set[Any]) -> dict[str, Any]:
    hit = len(got & want)
    return {
        "found": len(got),
        "precision": round(hit / len(got), 3) if got else (1.0 if not want else 0.0),
        "recall": round(hit / len(want), 3) if want else 1.0,
    }


def score_freshness(day: Day) -> dict[str, Any]:
    """Each published change, from the end of the first fetch that showed it to curated showing it."""
    latencies, missed = [], []
    for (game, book), path in day.truth.prices.items():
        g = day.truth.games[game]
        for at, home, _away in path:
            fetch = next((s for s in day.priced if s.quotes.get((game, book), (0, 0, -1))[2] == at), None)
            if fetch is None:
                continue  # superseded (or the book stopped) before any fetch showed it
            when = day.truth.at(at)
            # Curated's newest price of the book, observed at the change or later (a snapshot is observed when
            # fetched; a change log and The Odds API state the change's own time).
            shown = [
                v
                for (pk, b, side, price, since), v in day.seen.items()
                if pk == g.pk and b == day.key.get(book) and side == "home" and price == home and since >= when
            ]
            if shown:
                latencies.append(max(0.0, min(shown) - (day.t0 + fetch.ended)))
            else:
                missed.append(f"{game} {book} {home} at {at:g}s")
    if not latencies:
        return {"changes": 0, "never_visible": missed}
    return {
        "changes": len(latencies) + len(missed),
        "p50_seconds": round(quantile(latencies, 0.5), 2),
        "p95_seconds": round(quantile(latencies, 0.95), 2),
        "max_seconds": round(max(latencies), 2),
        "never_visible": missed,
    }


def score_closes(day: Day) -> tuple[dict[str, Any], dict[tuple[str, str], float]]:
    """Each book's close against the price shown by the last fetch of any source before first pitch (a change log
    fetched later shows it up to first pitch), or no close where that showing is older than the window. Also
    returns, per game and side, the lowest implied probability of a true close (the best price)."""
    product = {
        (r["game_pk"], r["book_key"], r["side"]): (r["close_price"], r["close_refusal"])
        for r in day.rows(
            """SELECT g.game_pk, b.book_key, e.side, e.close_price, e.close_refusal
                 FROM curated.betting_lines_enhanced e JOIN staging.games g USING (game_id)
                 JOIN staging.sportsbooks b USING (sportsbook_id)
                WHERE g.game_pk = ANY (%s) AND e.market = 'moneyline'""",
            list(day.pk_of.values()),
        )
    }
    closes: dict[str, Any] = {"compared": 0, "equal": 0, "refused_with_reason": 0, "wrong": []}
    best: dict[tuple[str, str], float] = {}
    window = day.truth.window_minutes * 60
    for g in day.truth.games.values():
        if g.postponed_at is not None:
            continue
        for book in day.truth.books:
            before = [
                (s.shown_at(g), s)
                for s in day.priced
                if (g.key, book) in s.quotes and (s.history or s.ended < g.real_start)
            ]
            if not before:
                continue
            shown_at, last = max(before, key=lambda x: x[0])
            home, away, _ = last.quotes[(g.key, book)]
            fresh = shown_at >= g.real_start - window
            for side, price in (("home", home), ("away", away)):
                closes["compared"] += 1
                if fresh:
                    best[(g.key, side)] = min(best.get((g.key, side), 1.0), implied(price))
                got, refusal = product.get((g.pk, day.key.get(book), side), (None, None))
                if fresh and got == price:
                    closes["equal"] += 1
                elif not fresh and got is None and refusal:
                    closes["refused_with_reason"] += 1
                else:
                    truth = price if fresh else None
                    closes["wrong"].append(
                        {"game": g.key, "book": book, "side": side, "truth": truth, "product": got, "refusal": refusal}
                    )
    return closes, best


def score_signals(day: Day, best: dict[tuple[str, str], float]) -> dict[str, Any]:
    """Steam and reverse line movement against the planted events; arbitrage at the close against the true closes
    (their best home and away prices imply less than 1 together); each signal's share of the slate's games."""
    pks = list(day.pk_of.values())
    found = day.rows(
        """SELECT g.game_pk, m.movement_type, m.side
             FROM curated.movement_analysis m JOIN staging.games g USING (game_id)
            WHERE g.game_pk = ANY (%s) AND m.market = 'moneyline'""",
        pks,
    )
    planted = {
        "steam": {(day.pk_of[e["game"]], e["side"]) for e in day.truth.steams},
        "reverse_line_movement": {
            (day.pk_of[e["game"]], "home" if e["public"] == "away" else "away") for e in day.truth.rlms
        },
    }
    signals: dict[str, Any] = {
        kind: {"planted": len(want)}
        | precision_recall(want, {(r["game_pk"], r["side"]) for r in found if r["movement_type"] == kind})
        for kind, want in planted.items()
    }
    arbs = {day.pk_of[k] for (k, side) in best if side == "home" and best[(k, side)] + best.get((k, "away"), 1.0) < 1}
    got = day.rows(
        """SELECT DISTINCT g.game_pk FROM curated.betting_analysis a JOIN staging.games g USING (game_id)
            WHERE g.game_pk = ANY (%s) AND a.market = 'moneyline' AND a.signal = 'arbitrage'""",
        pks,
    )
    signals["arbitrage"] = {"in_truth": len(arbs)} | precision_recall(arbs, {r["game_pk"] for r in got})
    signals["share_of_games"] = {
        r["signal"]: float(r["percent_of_games"])
        for r in day.rows(
            "SELECT signal, percent_of_games FROM curated.signal_rates WHERE game_date = %s", day.truth.day
        )
    }
    return signals


def score_alerts(day: Day) -> list[dict[str, Any]]:
    """Each planted event alerted once, its latency from the fetch that showed it (for a reverse line move, the
    later of that and the next splits), first mover right."""
    game_ids = {
        r["game_pk"]: r["game_id"]
        for r in day.rows(
            "SELECT game_pk, game_id FROM staging.games WHERE game_pk = ANY (%s)", list(day.pk_of.values())
        )
    }
    names = {r["book_key"]: r["name"] for r in day.rows("SELECT book_key, name FROM staging.sportsbooks")}
    alerts = []
    for kind, events in (("steam", day.truth.steams), ("reverse_line_movement", day.truth.rlms)):
        for e in events:
            side = e["side"] if kind == "steam" else ("home" if e["public"] == "away" else "away")
            posts = [
                (at, p)
                for at, p in day.receiver.posts
                if p.get("signal") == kind
                and p.get("game_id") == game_ids.get(day.pk_of[e["game"]])
                and p.get("side") == side
            ]
            completing, after = sorted(e["books"], key=lambda x: x[1])[
                min(len(e["books"]), 3 if kind == "steam" else 2) - 1
            ]
            done = e["at"] + after
            fetch = next(
                (
                    s
                    for s in day.priced
                    if s.started >= done and s.quotes.get((e["game"], completing), (0, 0, -1))[2] >= done
                ),
                None,
            )
            if kind == "reverse_line_movement":
                split = next(
                    (
                        s
                        for s in day.sources.log
                        if s.source in SPLIT_SOURCES
                        and s.status == 200
                        and s.fault not in ("malformed", "day_off")
                        and s.started >= done
                        and e["game"] in s.splits
                    ),
                    None,
                )
                fetch = max((x for x in (fetch, split) if x), key=lambda s: s.ended, default=None)
            first = posts[0][1].get("first_mover") if posts else None
            alerts.append(
                {
                    "event": kind,
                    "game": e["game"],
                    "alerts": len(posts),
                    "latency_seconds": round(posts[0][0] - (day.t0 + fetch.ended), 2) if posts and fetch else None,
                    "first_mover": first,
                    "first_mover_right": bool(posts) and first == names.get(day.key.get(e["books"][0][0], "")),
                }
            )
    return alerts


def score_completeness(day: Day) -> dict[str, Any]:
    """Every request logged, every stated element accounted for, what staging quarantined (every served element is
    good but the planted faults' payloads, so a rejected game, line or split is the product's error), the games
    payloads made off the schedule, pipeline runs completed."""
    logged = {
        r["source"]: r["n"]
        for r in day.rows(
            """SELECT source, sum(1 + retry_count)::int AS n FROM raw_data.collection_log
                WHERE started_at >= %s GROUP BY source""",
            day.since,
        )
    }
    requests: dict[str, int] = {}
    for s in day.sources.log:
        requests[s.source] = requests.get(s.source, 0) + 1
    (accounting,) = day.rows(
        """SELECT coalesce(sum(unaccounted), 0)::int AS unaccounted, coalesce(sum(elements), 0)::int AS elements
             FROM pipeline.raw_row_accounting a
            WHERE (a.raw_table, a.raw_id) IN (SELECT raw_table, raw_id FROM raw_data.collection_log
                                               WHERE started_at >= %s AND raw_id IS NOT NULL)""",
        day.since,
    )
    quarantined: dict[str, dict[str, int]] = {}
    for r in day.rows(
        """SELECT v.source, v.entity, v.rule, count(*)::int AS n FROM staging.validation_results v
            WHERE v.severity = 'reject' AND v.created_at >= %s GROUP BY 1, 2, 3 ORDER BY 1, 2, 3""",
        day.since,
    ):
        quarantined.setdefault(r["source"], {})[f"{r['entity']}:{r['rule']}"] = r["n"]
    off_schedule = day.rows(
        """SELECT g.game_date::text AS game_date, g.away_team || ' @ ' || g.home_team AS game, g.status_source AS source
             FROM staging.games g JOIN pipeline.runs r ON r.id = g.pipeline_run_id
            WHERE g.game_pk IS NULL AND r.started_at >= %s ORDER BY 1, 2""",
        day.since,
    )
    (runs,) = day.rows(
        """SELECT count(*)::int AS runs,
                  count(*) FILTER (WHERE status IN ('succeeded', 'degraded', 'skipped'))::int AS completed
             FROM pipeline.runs WHERE started_at >= %s""",
        day.since,
    )
    return {
        "requests_served": requests,
        "requests_logged": logged,
        "every_request_logged": all(logged.get(k, 0) >= v for k, v in requests.items()),
        "elements": accounting["elements"],
        "unaccounted": accounting["unaccounted"],
        "quarantined": quarantined,
        "games_off_schedule": off_schedule,
        "pipeline_runs": runs["runs"],
        "pipeline_runs_completed_percent": round(100 * runs["completed"] / runs["runs"], 2) if runs["runs"] else 100.0,
    }


def score_resources(rss: list[tuple[float, int]], backends: list[int]) -> dict[str, Any]:
    """The agent's RSS over the day (flat: the second half at most 10% over the first) and the drain's peak."""
    half = len(rss) // 2
    return {
        "agent_rss_kib_first_half_max": max(k for _, k in rss[:half]) if half else None,
        "agent_rss_kib_second_half_max": max(k for _, k in rss[half:]) if rss else None,
        "agent_rss_flat": bool(half) and max(k for _, k in rss[half:]) <= 1.1 * max(k for _, k in rss[:half]),
        "pipeline_backend_rss_kib_peak": max(backends) if backends else None,
    }


def score(
    truth: Truth,
    sources: Sources,
    seen: dict[tuple[Any, ...], float],
    receiver: Receiver,
    rss: list[tuple[float, int]],
    backends: list[int],
    conn: psycopg.Connection[Any],
    since: datetime,
) -> dict[str, Any]:
    key = {
        r["source_book_key"]: r["book_key"]
        for r in conn.execute(
            """SELECT i.source_book_key, b.book_key FROM staging.sportsbook_source_ids i
             JOIN staging.sportsbooks b USING (sportsbook_id) WHERE i.source = 'odds_api'"""
        ).fetchall()
    }
    priced = sorted(
        (s for s in sources.log if s.source in PRICE_SOURCES and s.status == 200 and s.fault != "malformed"),
        key=lambda s: s.ended,
    )
    day = Day(truth, sources, seen, receiver, conn, key, priced, {g.key: g.pk for g in truth.games.values()}, since)
    closes, best = score_closes(day)
    return {
        "freshness": score_freshness(day),
        "closes": closes,
        "signals": score_signals(day, best),
        "alerts": score_alerts(day),
        "completeness": score_completeness(day),
        "resources": score_resources(rss, backends),
    }


# ----------------------------------------------------------------------------- the day


def agent_config(truth: Truth, base: str, hook_env: str, path: Path) -> None:
    polls = truth.polls
    an_books = [15] + [AN_BOOK[b] for b in truth.books if b in AN_BOOK]
    views = [VSIN_VIEW[b] for b in truth.books if b in VSIN_VIEW]
    optional = {
        "action_network": f"book_ids = {json.dumps(an_books)}",
        "vsin": f"views = {json.dumps(views)}",
    }
    sections = "".join(
        f"""[sources.{name}]
base_url = "{base}/{name}"
interval_seconds = {polls[name]}
min_request_interval_seconds = 0
{extra}
"""
        if name in polls
        else f"[sources.{name}]\nenabled = false\n"
        for name, extra in optional.items()
    )
    path.write_text(f"""
[database]
agent_role = "mlb_agent"
[http]
timeout_seconds = 5
max_retries = 2
backoff_base_seconds = 0.2
backoff_max_seconds = 2
deadline_seconds = 10
{sections}[sources.sbd]
base_url = "{base}/sbd"
interval_seconds = {polls["sbd"]}
min_request_interval_seconds = 0
[sources.odds_api]
base_url = "{base}/odds_api"
interval_seconds = {polls["odds_api"]}
min_request_interval_seconds = 0
[sources.mlb_stats_api]
base_url = "{base}/mlb_stats_api"
interval_seconds = {polls["mlb_stats_api"]}
min_request_interval_seconds = 0
recollect_days = 0
[pipeline]
enable_staging = true
enable_curated = true
auto_promotion = true
[alerts]
catch_up_hours = 1
[alerts.webhooks.live_day]
url_env = "{hook_env}"
format = "json"
""")


def run(scenario: Path, out: Path | None, quiet: bool = False) -> dict[str, Any]:
    def say(*a: Any) -> None:
        if not quiet:
            print(*a, file=sys.stderr, flush=True)

    homes = [g["home"] for g in json.loads(scenario.read_text())["games"]]
    window = json.loads(scenario.read_text()).get("close_window_minutes", 1)
    with psycopg.connect("", autocommit=True, row_factory=dict_row) as conn:
        today = datetime.now(NEW_YORK).date()
        clash = conn.execute(
            "SELECT count(*) AS n FROM staging.games WHERE game_date = %s AND home_team IN (SELECT team_code FROM"
            " staging.teams WHERE mlb_team_id = ANY (%s))",
            (today, homes),
        ).fetchone()
        if clash and clash["n"]:
            raise SystemExit(
                f"the database already holds {clash['n']} games of today's slate ({today}): a live day runs on a"
                " database of its own (make live-day makes a throwaway cluster)"
            )
        saved = {
            r["key"]: r["value"]
            for r in conn.execute(
                "SELECT key, value FROM pipeline.settings"
                " WHERE key IN ('pipeline.auto_promotion', 'lines.close_window_minutes')"
            )
        }
        conn.execute("UPDATE pipeline.settings SET value = 'true' WHERE key = 'pipeline.auto_promotion'")
        conn.execute(
            "UPDATE pipeline.settings SET value = %s WHERE key = 'lines.close_window_minutes'", (json.dumps(window),)
        )
        # The product runs all day: its drain is running before the slate's first fetch (pg_cron starts one each
        # minute), as on any day but a fresh cluster's first minute, and has done what was waiting (the window's
        # setting marks every date for a rebuild; a database that has been promoted by hand has a queue).
        waited = time.monotonic()
        while time.monotonic() - waited < 300 and not (
            conn.execute(RUNNING_DRAIN).fetchone()
            and not conn.execute("SELECT 1 FROM pipeline.backlog WHERE waiting > 0").fetchone()
        ):
            time.sleep(0.5)
        t0 = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=2)
        truth = load(scenario, t0)
        sources = Sources(truth)
        server = serve(sources)
        receiver = Receiver()
        base = f"http://127.0.0.1:{server.server_address[1]}"
        with tempfile.TemporaryDirectory() as tmp:
            config = Path(tmp) / "config.toml"
            agent_config(truth, base, "LIVE_DAY_HOOK", config)
            env = os.environ | {
                "MLB_CONFIG": str(config),
                "ODDS_API_KEY": "live-day-key",
                "LIVE_DAY_HOOK": f"http://127.0.0.1:{receiver.server.server_address[1]}/hook",
            }
            env.pop("DATABASE_URL", None)
            exe = [sys.executable, "-m", "agent.cli"]
            since = datetime.now(UTC)
            logs = Path(tmp)
            watcher = subprocess.Popen(
                [*exe, "watch"], env=env, cwd=ROOT, stdout=(logs / "watch.log").open("w"), stderr=subprocess.STDOUT
            )
            time.sleep(1.5)
            agent = subprocess.Popen(
                [*exe, "run"], env=env, cwd=ROOT, stdout=(logs / "agent.log").open("w"), stderr=subprocess.STDOUT
            )
            stop = threading.Event()
            seen: dict[tuple[Any, ...], float] = {}
            rss: list[tuple[float, int]] = []
            backends: list[int] = []
            poller = threading.Thread(target=watch_product, args=(truth, stop, seen, agent.pid, rss, backends))
            poller.start()
            try:
                say(f"live day {scenario.name}: {len(truth.games)} games, {truth.duration:g} s, sources at {base}")
                while (datetime.now(UTC) - t0).total_seconds() < truth.duration:
                    time.sleep(1)
                    if agent.poll() is not None:
                        raise SystemExit(
                            f"mlb-agent run exited {agent.returncode}: {(logs / 'agent.log').read_text()[-2000:]}"
                        )
            finally:
                stop.set()
                poller.join()
                for p in (agent, watcher):
                    p.terminate()
                for p in (agent, watcher):
                    try:
                        p.wait(timeout=30)
                    except subprocess.TimeoutExpired:
                        p.kill()
                server.shutdown()
                receiver.server.shutdown()
                for key, value in saved.items():
                    conn.execute("UPDATE pipeline.settings SET value = %s WHERE key = %s", (json.dumps(value), key))
            result = {
                "scenario": scenario.name,
                "date": truth.day.isoformat(),
                "games": len(truth.games),
                "duration_seconds": truth.duration,
            }
            result |= score(truth, sources, seen, receiver, rss, backends, conn, since)
    if out:
        out.write_text(json.dumps(result, indent=2, default=str) + "\n")
    table(result, say)
    return result


def table(r: dict[str, Any], say: Any) -> None:
    f, c, s, comp, res = r["freshness"], r["closes"], r["signals"], r["completeness"], r["resources"]
    say(
        f"freshness   {f.get('changes')} changes: fetched -> curated p50 {f.get('p50_seconds')} s, p95 "
        f"{f.get('p95_seconds')} s, max {f.get('max_seconds')} s; never visible {len(f['never_visible'])}"
    )
    say(
        f"closes      {c['compared']} compared: {c['equal']} equal to the truth, {c['refused_with_reason']} refused "
        f"with a reason, {len(c['wrong'])} wrong"
    )
    for kind in ("steam", "reverse_line_movement", "arbitrage"):
        x = s[kind]
        truth_n = f"planted {x['planted']}" if "planted" in x else f"in the truth {x['in_truth']}"
        say(f"{kind:<11} {truth_n}, found {x['found']}: precision {x['precision']}, recall {x['recall']}")
    say("signals     share of games: " + ", ".join(f"{k} {v}%" for k, v in sorted(s["share_of_games"].items())))
    for a in r["alerts"]:
        say(
            f"alert       {a['event']} {a['game']}: {a['alerts']} sent, {a['latency_seconds']} s after the fetch, "
            f"first mover {a['first_mover']} ({'right' if a['first_mover_right'] else 'WRONG'})"
        )
    say(
        f"complete    requests {comp['requests_served']} logged {comp['requests_logged']}; elements "
        f"{comp['elements']}, unaccounted {comp['unaccounted']}; runs {comp['pipeline_runs']}, completed "
        f"{comp['pipeline_runs_completed_percent']}%"
    )
    say(f"quarantined {comp['quarantined']}")
    say(f"off schedule {len(comp['games_off_schedule'])} games made by payloads: {comp['games_off_schedule']}")
    say(
        f"resources   agent RSS max {res['agent_rss_kib_first_half_max']} KiB (first half), "
        f"{res['agent_rss_kib_second_half_max']} KiB (second half); pipeline backend peak "
        f"{res['pipeline_backend_rss_kib_peak']} KiB"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scenario", type=Path, default=ROOT / "bench" / "scenarios" / "slate.json")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "live-day.json")
    args = ap.parse_args()
    run(args.scenario, args.out)


if __name__ == "__main__":
    main()
