#!/usr/bin/env python3
"""A live day: the whole product run for a slate on the real clock and scored against a known truth.

    make live-day                                   # bench/scenarios/slate.json (about 25 minutes)
    make live-day SCENARIO=bench/scenarios/short.json

A local source server on 127.0.0.1 serves The Odds API, SportsBettingDime and the MLB Stats API in their real
formats, every response computed from the scenario's true market at the moment it is asked for (each book's
moneyline over time, the public's tickets, the schedule with its rainout, delay and late final) and from the
scenario's faults (5xx and 429 bursts, a source down, slow, malformed or dated a day off). The real
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
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import psycopg
from psycopg.rows import dict_row

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


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# ----------------------------------------------------------------------------- the truth


@dataclass
class Game:
    key: str
    pk: int
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
    quotes: dict[tuple[str, str], tuple[int, int, float]] = field(default_factory=dict)  # odds_api: what it showed
    events: list[str] = field(default_factory=list)  # the games it listed


class Sources:
    """The three sources in their real formats, computed from the truth at the moment of each request."""

    def __init__(self, truth: Truth) -> None:
        self.truth = truth
        self.log: list[Served] = []
        self.lock = threading.Lock()
        self.previous: dict[str, tuple[bytes, dict[tuple[str, str], tuple[int, int, float]], list[str]]] = {}

    def now(self) -> float:
        return (datetime.now(UTC) - self.truth.t0).total_seconds()

    def fault(self, source: str, t: float) -> dict[str, Any] | None:
        for f in self.truth.faults:
            if f["source"] == source and f["from"] <= t < f["to"]:
                return f
        return None

    def odds_api(self, t: float) -> tuple[bytes, dict[tuple[str, str], tuple[int, int, float]], list[str]]:
        events, shown, listed = [], {}, []
        for g in self.truth.games.values():
            if g.postponed_at is not None and t >= g.postponed_at:
                continue
            if t >= g.start(t):
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
            listed.append(g.key)
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
        return json.dumps(events).encode(), shown, listed

    def sbd(self, t: float, day_off: bool) -> bytes:
        games = []
        for g in self.truth.games.values():
            if (g.postponed_at is not None and t >= g.postponed_at) or t >= g.start(t):
                continue
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
        return json.dumps({"group": self.truth.day.isoformat(), "games": games}).encode()

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

    def answer(self, path: str) -> tuple[int, bytes, dict[str, str], Served]:
        started = self.now()
        source = path.strip("/").split("/")[0]
        f = self.fault(source, started)
        kind = f["kind"] if f else None
        served = Served(source, started, started, 200, kind)
        if kind == "slow":
            time.sleep(f["seconds"] if f else 0)
        t = self.now()
        headers: dict[str, str] = {}
        if kind == "http_500":
            status, body = 500, b'{"message": "internal error"}'
        elif kind == "http_429":
            status, body, headers = 429, b'{"message": "rate limited"}', {"Retry-After": "1"}
        elif kind == "malformed":
            status, body = 200, b'{"games": [{"_id": '
        elif source == "odds_api":
            status = 200
            body, served.quotes, served.events = self.odds_api(t)
        elif source == "sbd":
            status, body = 200, self.sbd(t, kind == "day_off")
        elif source == "mlb_stats_api":
            status, body = 200, self.schedule(t)
        else:
            status, body = 404, b"{}"
        if kind == "duplicate" and source in self.previous:
            # The body served before, byte for byte (the raw zone keeps it as unchanged), and what it showed.
            body, served.quotes, served.events = self.previous[source]
        if status == 200 and kind != "malformed":
            self.previous[source] = (body, served.quotes, served.events)
        served.status, served.ended = status, self.now()
        return status, body, headers, served


def serve(sources: Sources) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            path = urlsplit(self.path).path
            f = sources.fault(path.strip("/").split("/")[0], sources.now())
            if f and f["kind"] == "down":
                with sources.lock:
                    sources.log.append(Served(path.strip("/").split("/")[0], sources.now(), sources.now(), 0, "down"))
                self.close_connection = True
                self.connection.close()
                return
            status, body, headers, served = sources.answer(path)
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
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


def score(
    truth: Truth,
    sources: Sources,
    seen: dict[tuple[Any, ...], float],
    receiver: Receiver,
    rss: list[tuple[float, int]],
    backends: list[int],
    conn: psycopg.Connection[Any],
) -> dict[str, Any]:
    t0 = truth.t0.timestamp()
    # The Odds API's bookmaker keys as books (williamhill_us is Caesars).
    key = {
        r["source_book_key"]: r["book_key"]
        for r in conn.execute(
            """SELECT i.source_book_key, b.book_key FROM staging.sportsbook_source_ids i
             JOIN staging.sportsbooks b USING (sportsbook_id) WHERE i.source = 'odds_api'"""
        ).fetchall()
    }
    odds = sorted(
        (s for s in sources.log if s.source == "odds_api" and s.status == 200 and s.fault != "malformed"),
        key=lambda s: s.ended,
    )
    # Freshness: each published change, from the first fetch that showed it to curated showing it.
    latencies, missed = [], []
    for (game, book), path in truth.prices.items():
        g = truth.games[game]
        for at, home, _away in path:
            fetch = next((s for s in odds if s.quotes.get((game, book), (0, 0, -1))[2] == at), None)
            if fetch is None:
                continue  # superseded (or the book stopped) before any fetch showed it
            when = truth.at(at)
            shown = [
                v
                for (pk, b, side, price, since), v in seen.items()
                if pk == g.pk and b == key.get(book) and side == "home" and price == home and since == when
            ]
            if shown:
                latencies.append(max(0.0, min(shown) - (t0 + fetch.ended)))
            else:
                missed.append(f"{game} {book} {home} at {at:g}s")
    freshness = (
        {
            "changes": len(latencies) + len(missed),
            "p50_seconds": round(quantile(latencies, 0.5), 2),
            "p95_seconds": round(quantile(latencies, 0.95), 2),
            "max_seconds": round(max(latencies), 2),
            "never_visible": missed,
        }
        if latencies
        else {"changes": 0, "never_visible": missed}
    )

    # Closes: the price its source showed at its last fetch before first pitch, none where that is older than
    # the window.
    rows = conn.execute(
        """SELECT g.game_pk, b.book_key, e.side, e.close_price, e.close_refusal
             FROM curated.betting_lines_enhanced e JOIN staging.games g USING (game_id)
             JOIN staging.sportsbooks b USING (sportsbook_id)
            WHERE g.game_pk = ANY (%s) AND e.market = 'moneyline'""",
        ([g.pk for g in truth.games.values()],),
    ).fetchall()
    product = {(r["game_pk"], r["book_key"], r["side"]): (r["close_price"], r["close_refusal"]) for r in rows}
    closes: dict[str, Any] = {"compared": 0, "equal": 0, "refused_with_reason": 0, "wrong": []}
    window = truth.window_minutes * 60
    for g in truth.games.values():
        if g.postponed_at is not None:
            continue
        for book in truth.books:
            before = [s for s in odds if s.ended < g.real_start and (g.key, book) in s.quotes]
            if not before:
                continue
            last = before[-1]
            home, away, _ = last.quotes[(g.key, book)]
            fresh = last.ended >= g.real_start - window
            for side, price in (("home", home), ("away", away)):
                closes["compared"] += 1
                got, refusal = product.get((g.pk, key.get(book), side), (None, None))
                if fresh and got == price:
                    closes["equal"] += 1
                elif not fresh and got is None and refusal:
                    closes["refused_with_reason"] += 1
                else:
                    closes["wrong"].append(
                        {
                            "game": g.key,
                            "book": book,
                            "side": side,
                            "truth": price if fresh else None,
                            "product": got,
                            "refusal": refusal,
                        }
                    )

    # Signals: steam and reverse line movement against the planted events.
    pk_of = {g.key: g.pk for g in truth.games.values()}
    found = conn.execute(
        """SELECT g.game_pk, m.movement_type, m.side, fm.book_key AS first_mover
             FROM curated.movement_analysis m JOIN staging.games g USING (game_id)
             LEFT JOIN staging.sportsbooks fm ON fm.sportsbook_id = m.first_mover_sportsbook_id
            WHERE g.game_pk = ANY (%s) AND m.market = 'moneyline'""",
        (list(pk_of.values()),),
    ).fetchall()
    signals: dict[str, Any] = {}
    planted = {
        "steam": {(pk_of[e["game"]], e["side"]) for e in truth.steams},
        "reverse_line_movement": {(pk_of[e["game"]], "home" if e["public"] == "away" else "away") for e in truth.rlms},
    }
    for kind, want in planted.items():
        got = {(r["game_pk"], r["side"]) for r in found if r["movement_type"] == kind}
        hit = len(got & want)
        signals[kind] = {
            "planted": len(want),
            "found": len(got),
            "precision": round(hit / len(got), 3) if got else (1.0 if not want else 0.0),
            "recall": round(hit / len(want), 3) if want else 1.0,
        }
    signals["share_of_games"] = {
        r["signal"]: float(r["percent_of_games"])
        for r in conn.execute(
            "SELECT signal, percent_of_games FROM curated.signal_rates WHERE game_date = %s", (truth.day,)
        ).fetchall()
    }

    # Alerts: each planted event alerted once, its latency from the fetch that showed it, first mover right.
    game_ids = {
        r["game_pk"]: r["game_id"]
        for r in conn.execute(
            "SELECT game_pk, game_id FROM staging.games WHERE game_pk = ANY (%s)", (list(pk_of.values()),)
        ).fetchall()
    }
    names = {
        r["book_key"]: r["name"] for r in conn.execute("SELECT book_key, name FROM staging.sportsbooks").fetchall()
    }
    alerts = []
    for kind, events in (("steam", truth.steams), ("reverse_line_movement", truth.rlms)):
        for e in events:
            side = e["side"] if kind == "steam" else ("home" if e["public"] == "away" else "away")
            posts = [
                (at, p)
                for at, p in receiver.posts
                if p.get("signal") == kind
                and p.get("game_id") == game_ids.get(pk_of[e["game"]])
                and p.get("side") == side
            ]
            # Shown by the fetch after the move that completed it (and, for RLM, the splits after it).
            done = (
                e["at"]
                + sorted(after for _, after in e["books"])[min(len(e["books"]), 3 if kind == "steam" else 2) - 1]
            )
            fetch = next(
                (
                    s
                    for s in sources.log
                    if s.source == "odds_api" and s.status == 200 and s.fault != "malformed" and s.started >= done
                ),
                None,
            )
            if kind == "reverse_line_movement":
                split = next(
                    (
                        s
                        for s in sources.log
                        if s.source == "sbd"
                        and s.status == 200
                        and s.fault not in ("malformed", "day_off")
                        and s.started >= done
                    ),
                    None,
                )
                fetch = max((x for x in (fetch, split) if x), key=lambda s: s.ended, default=None)
            latency = round(posts[0][0] - (t0 + fetch.ended), 2) if posts and fetch else None
            alerts.append(
                {
                    "event": kind,
                    "game": e["game"],
                    "alerts": len(posts),
                    "latency_seconds": latency,
                    "first_mover": posts[0][1].get("first_mover") if posts else None,
                    "first_mover_right": bool(posts)
                    and posts[0][1].get("first_mover") == names.get(key.get(e["books"][0][0], "")),
                }
            )

    # Completeness: every request logged, every stated element accounted for, pipeline runs completed.
    attempts = conn.execute(
        """SELECT source, sum(1 + retry_count)::int AS n, count(*)::int AS rows FROM raw_data.collection_log
            WHERE started_at >= %s GROUP BY source""",
        (truth.t0,),
    ).fetchall()
    logged = {r["source"]: r["n"] for r in attempts}
    requests: dict[str, int] = {}
    for s in sources.log:
        requests[s.source] = requests.get(s.source, 0) + 1
    accounting = conn.execute(
        """SELECT coalesce(sum(unaccounted), 0)::int AS unaccounted, coalesce(sum(elements), 0)::int AS elements
             FROM pipeline.raw_row_accounting a
            WHERE (a.raw_table, a.raw_id) IN (SELECT raw_table, raw_id FROM raw_data.collection_log
                                               WHERE started_at >= %s AND raw_id IS NOT NULL)""",
        (truth.t0,),
    ).fetchone() or {"unaccounted": None, "elements": None}
    runs = conn.execute(
        """SELECT count(*)::int AS runs,
                  count(*) FILTER (WHERE status IN ('succeeded', 'degraded', 'skipped'))::int AS completed
             FROM pipeline.runs WHERE started_at >= %s""",
        (truth.t0,),
    ).fetchone() or {"runs": 0, "completed": 0}
    completeness = {
        "requests_served": requests,
        "requests_logged": logged,
        "every_request_logged": all(logged.get(k, 0) >= v for k, v in requests.items()),
        "elements": accounting["elements"],
        "unaccounted": accounting["unaccounted"],
        "pipeline_runs": runs["runs"],
        "pipeline_runs_completed_percent": round(100 * runs["completed"] / runs["runs"], 2) if runs["runs"] else 100.0,
    }
    half = len(rss) // 2
    resources = {
        "agent_rss_kib_first_half_max": max(k for _, k in rss[:half]) if half else None,
        "agent_rss_kib_second_half_max": max(k for _, k in rss[half:]) if rss else None,
        "agent_rss_flat": bool(half) and max(k for _, k in rss[half:]) <= 1.1 * max(k for _, k in rss[:half]),
        "pipeline_backend_rss_kib_peak": max(backends) if backends else None,
    }
    return {
        "freshness": freshness,
        "closes": closes,
        "signals": signals,
        "alerts": alerts,
        "completeness": completeness,
        "resources": resources,
    }


# ----------------------------------------------------------------------------- the day


def agent_config(truth: Truth, base: str, hook_env: str, path: Path) -> None:
    polls = truth.polls
    path.write_text(f"""
[database]
agent_role = "mlb_agent"
[http]
timeout_seconds = 5
max_retries = 2
backoff_base_seconds = 0.2
backoff_max_seconds = 2
deadline_seconds = 10
[sources.action_network]
enabled = false
[sources.vsin]
enabled = false
[sources.sbd]
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

    with psycopg.connect("", autocommit=True) as probe:
        # The product runs all day: its drain is running before the slate's first fetch (pg_cron starts one each
        # minute), as on any day but a fresh cluster's first minute.
        waited = time.monotonic()
        while not probe.execute(RUNNING_DRAIN).fetchone() and time.monotonic() - waited < 70:
            time.sleep(0.5)
    t0 = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=2)
    truth = load(scenario, t0)
    sources = Sources(truth)
    server = serve(sources)
    receiver = Receiver()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    with psycopg.connect("", autocommit=True, row_factory=dict_row) as conn:
        clash = conn.execute(
            "SELECT count(*) AS n FROM staging.games WHERE game_date = %s AND home_team IN (SELECT team_code FROM"
            " staging.teams WHERE mlb_team_id = ANY (%s))",
            (truth.day, [g.home for g in truth.games.values()]),
        ).fetchone()
        if clash and clash["n"]:
            raise SystemExit(
                f"the database already holds {clash['n']} games of today's slate ({truth.day}): a live day runs on a"
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
            "UPDATE pipeline.settings SET value = %s WHERE key = 'lines.close_window_minutes'",
            (json.dumps(truth.window_minutes),),
        )
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
            result |= score(truth, sources, seen, receiver, rss, backends, conn)
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
    for kind in ("steam", "reverse_line_movement"):
        x = s[kind]
        say(f"{kind:<11} planted {x['planted']}, found {x['found']}: precision {x['precision']}, recall {x['recall']}")
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
