#!/usr/bin/env python3
"""Season-scale benchmark: generates a synthetic season in the real raw formats
(Action Network scoreboards and line histories, SBD splits, MLB schedule with
finals), then times each stage on one database and prints a table.

    make bench                       # full season: 2,430 games, 10 books, 50 points
    make bench ARGS="--games 243"    # a tenth of it

Runs against a throwaway cluster made by scripts/dev.sh (never your data)."""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import psycopg.sql

ROOT = Path(__file__).resolve().parent.parent
TEAMS = [  # (MLB id, Action Network id, SBD code)
    (109, 205, "ARI"),
    (133, 201, "OAK"),
    (144, 215, "ATL"),
    (110, 187, "BAL"),
    (111, 190, "BOS"),
    (112, 206, "CHC"),
    (145, 194, "CHW"),
    (113, 202, "CIN"),
    (114, 193, "CLE"),
    (115, 210, "COL"),
    (116, 195, "DET"),
    (117, 199, "HOU"),
    (118, 192, "KC"),
    (108, 198, "LAA"),
    (119, 204, "LAD"),
    (146, 214, "MIA"),
    (158, 208, "MIL"),
    (142, 196, "MIN"),
    (121, 213, "NYM"),
    (147, 191, "NYY"),
    (143, 212, "PHI"),
    (134, 203, "PIT"),
    (135, 211, "SD"),
    (137, 209, "SF"),
    (136, 197, "SEA"),
    (138, 207, "STL"),
    (139, 189, "TB"),
    (140, 200, "TEX"),
    (141, 188, "TOR"),
    (120, 216, "WAS"),
]
# Ten Action Network ids as the real catalogue states them (scripts/action_network_books.json): consensus, open,
# and the NJ outlets of DraftKings, FanDuel, BetRivers, BetMGM, bet365, Caesars, Fanatics and Unibet.
CATALOGUE = [
    b
    for b in json.loads((Path(__file__).resolve().parent.parent / "scripts" / "action_network_books.json").read_text())[
        "books"
    ]
    if b["id"] in (15, 30, 68, 69, 71, 75, 79, 123, 2988, 247)
]
BOOKS = [b["id"] for b in CATALOGUE]
SEASON_START = date(2024, 3, 28)
# --flat-totals: the generator before v0.2.3, whose totals never moved (-110/-110 at one line), to compare runs.
FLAT_TOTALS = False


def american(p: float) -> int:
    p = min(max(p, 0.05), 0.95)
    return -round(100 * p / (1 - p)) if p >= 0.5 else round(100 * (1 - p) / p)


def schedule(n_games: int, seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    games = []
    pairs: list[tuple[tuple[int, int, str], tuple[int, int, str]]] = []
    for i in range(n_games):
        day = SEASON_START + timedelta(days=i // 15)
        if i % 15 == 0:  # every club plays once a day
            order = rng.sample(TEAMS, len(TEAMS))
            pairs = [(order[k], order[k + 1]) for k in range(0, 30, 2)]
        home, away = pairs[i % 15]
        start = datetime(day.year, day.month, day.day, 23, 5, tzinfo=UTC) - timedelta(hours=rng.choice((0, 3, 6)))
        games.append(
            {
                "pk": 800000 + i,
                "an_id": 300000 + i,
                "day": day,
                "start": start,
                "home": home,
                "away": away,
                "p": rng.uniform(0.35, 0.65),
                "total": rng.choice((7.5, 8.0, 8.5, 9.0, 9.5)),
                "score": (rng.randint(0, 9), rng.randint(0, 9)),
            }
        )
    return games


def iso(ts: datetime) -> str:
    return ts.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def history_payload(g: dict[str, Any], points: int, rng: random.Random) -> dict[str, Any]:
    out: dict[str, Any] = {}
    open_at = g["start"] - timedelta(hours=30)
    step = timedelta(minutes=max(1, int(29 * 60 / points)))
    for book in BOOKS:
        p = g["p"]
        # The total moves like a market too: the over's probability walks, and when it strays far from even
        # the book moves the line half a run and prices the new line near even again.
        total, q = g["total"], 0.5
        hist: dict[str, list[dict[str, Any]]] = {k: [] for k in ("ml_h", "ml_a", "rl_h", "rl_a", "t_o", "t_u")}
        for k in range(points):
            p += rng.choice((-0.004, 0, 0.004))
            q += 0 if FLAT_TOTALS else rng.choice((-0.006, -0.003, 0, 0.003, 0.006))
            if q > 0.56 or q < 0.44:
                total, q = total + (0.5 if q > 0.5 else -0.5), 0.5 + (q - 0.5) / 4
            t = iso(open_at + k * step + timedelta(seconds=book % 60))
            fav = p >= 0.5
            hist["ml_h"].append({"odds": american(p + 0.022), "value": None, "updated_at": t})
            hist["ml_a"].append({"odds": american(1 - p + 0.022), "value": None, "updated_at": t})
            hist["rl_h"].append(
                {
                    "odds": american(p - 0.17 + 0.022) if fav else american(1.17 - p),
                    "value": -1.5 if fav else 1.5,
                    "updated_at": t,
                }
            )
            hist["rl_a"].append(
                {
                    "odds": american(1.17 - p) if fav else american(p - 0.17 + 0.022),
                    "value": 1.5 if fav else -1.5,
                    "updated_at": t,
                }
            )
            over, under = (-110, -110) if FLAT_TOTALS else (american(q + 0.022), american(1 - q + 0.022))
            hist["t_o"].append({"odds": over, "value": total, "updated_at": t})
            hist["t_u"].append({"odds": under, "value": total, "updated_at": t})

        def outcome(side: str, h: list[dict[str, Any]], book: int = book) -> dict[str, Any]:
            return {"side": side, "odds": h[-1]["odds"], "value": h[-1]["value"], "book_id": book, "history": h}

        out[str(book)] = {
            "event": {
                "moneyline": [outcome("home", hist["ml_h"]), outcome("away", hist["ml_a"])],
                "spread": [outcome("home", hist["rl_h"]), outcome("away", hist["rl_a"])],
                "total": [outcome("over", hist["t_o"]), outcome("under", hist["t_u"])],
            }
        }
    return out


def day_payloads(
    day: date, games: list[dict[str, Any]]
) -> Iterator[tuple[str, str, str, str, dict[str, Any] | list[Any]]]:
    """(source, endpoint, raw_table, request_key, payload) for one day's snapshots."""
    yield (
        "mlb_stats_api",
        "schedule",
        "mlb_stats_api",
        day.isoformat(),
        {
            "dates": [
                {
                    "date": day.isoformat(),
                    "games": [
                        {
                            "gamePk": g["pk"],
                            "gameDate": g["start"].strftime("%Y-%m-%dT%H:%M:%SZ"),
                            "gameNumber": 1,
                            "status": {"codedGameState": "F"},
                            "teams": {
                                "home": {"team": {"id": g["home"][0]}, "score": g["score"][0]},
                                "away": {"team": {"id": g["away"][0]}, "score": g["score"][1]},
                            },
                        }
                        for g in games
                    ],
                }
            ]
        },
    )
    yield (
        "action_network",
        "scoreboard",
        "action_network_games",
        day.isoformat(),
        {
            "games": [
                {
                    "id": g["an_id"],
                    "status": "complete",
                    "start_time": iso(g["start"]),
                    "home_team_id": g["home"][1],
                    "away_team_id": g["away"][1],
                    "teams": [{"id": g["home"][1]}, {"id": g["away"][1]}],
                    "markets": {
                        "15": {
                            "event": {
                                "moneyline": [
                                    {
                                        "side": "home",
                                        "odds": american(g["p"]),
                                        "book_id": 15,
                                        "bet_info": {"tickets": {"percent": 55}, "money": {"percent": 40}},
                                    },
                                    {
                                        "side": "away",
                                        "odds": american(1 - g["p"]),
                                        "book_id": 15,
                                        "bet_info": {"tickets": {"percent": 45}, "money": {"percent": 60}},
                                    },
                                ]
                            }
                        }
                    },
                }
                for g in games
            ]
        },
    )
    yield (
        "sbd",
        "betting_splits",
        "sbd_betting_splits",
        day.isoformat(),
        {
            "games": [
                {
                    "_id": f"{g['an_id']}-MLB",
                    "date": iso(g["start"]),
                    "home": {"code": g["home"][2]},
                    "away": {"code": g["away"][2]},
                    "sportsbooks": [],
                    "bettingSplits": {
                        "moneyline": {
                            "home": {"bets": 600, "betsPercentage": 60, "stakePercentage": 45},
                            "away": {"bets": 400, "betsPercentage": 40, "stakePercentage": 55},
                        }
                    },
                }
                for g in games
            ]
        },
    )


Body = tuple[str, str, str, str, str, datetime]  # source, endpoint, raw table, request key, body text, fetched at


def body(source: str, endpoint: str, table: str, key: str, payload: Any, fetched: datetime) -> Body:
    """A payload as the agent receives it: the text of the response."""
    return source, endpoint, table, key, json.dumps(payload, separators=(",", ":")), fetched


def store_bodies(conn: psycopg.Connection[Any], bodies: list[Body]) -> None:
    """What the agent does with fetched bodies: hash each and record it (raw_data.record_attempt)."""
    for source, endpoint, table, key, text, fetched in bodies:
        conn.execute(
            "SELECT raw_data.record_attempt(%s, %s, %s, %s, %s, %s, p_http_status => 200, p_body => %s, "
            "p_body_sha256 => %s, p_mode => 'replay', p_body_raw => %s)",
            (
                source,
                endpoint,
                table,
                key,
                fetched,
                fetched,
                text,
                hashlib.sha256(text.encode()).hexdigest(),
                text.encode(),
            ),
        )


def store(
    conn: psycopg.Connection[Any], source: str, endpoint: str, table: str, key: str, payload: Any, fetched: datetime
) -> None:
    store_bodies(conn, [body(source, endpoint, table, key, payload, fetched)])


def day_bodies(day: date, todays: list[dict[str, Any]], points: int, rng: random.Random) -> list[Body]:
    """A day's scoreboard, splits and schedule at noon UTC, and each game's history eight hours after it starts."""
    fetched = datetime(day.year, day.month, day.day, 12, tzinfo=UTC)
    bodies = [body(*payload, fetched) for payload in day_payloads(day, todays)]
    for g in todays:
        history, finished = history_payload(g, points, rng), g["start"] + timedelta(hours=8)
        bodies.append(body("action_network", "history", "action_network_odds", str(g["an_id"]), history, finished))
    return bodies


def store_day(
    conn: psycopg.Connection[Any], day: date, todays: list[dict[str, Any]], points: int, rng: random.Random
) -> None:
    """Generates and stores a day (day_bodies, then store_bodies)."""
    store_bodies(conn, day_bodies(day, todays, points, rng))


def timed(label: str, results: list[tuple[str, float, int | None]], rows: int | None = None) -> Any:
    class Timer:
        def __enter__(self) -> Timer:
            self.t = time.perf_counter()
            return self

        def __exit__(self, *exc: object) -> None:
            results.append((label, time.perf_counter() - self.t, self.rows))

        rows: int | None = None

    timer = Timer()
    timer.rows = rows
    return timer


def scalar(conn: psycopg.Connection[Any], sql: str) -> Any:
    row = conn.execute(sql).fetchone()
    return row[0] if row else None


# Every history point of the stored payloads, as text: what the bare baseline and the variants insert.
HISTORY_ROWS = """SELECT r.id, b.key AS book, m.key AS market, o->>'side' AS side, h->>'value' AS line,
                         h->>'odds' AS price, (h->>'updated_at')::timestamptz AS observed_at
                    FROM raw_data.action_network_odds r, jsonb_each(r.payload) b, jsonb_each(b.value->'event') m,
                         jsonb_array_elements(m.value) o, jsonb_array_elements(o->'history') h"""
# The payloads' history points inserted into table variants, each in one INSERT ... SELECT (issue 14's table): what a
# key, a unique natural key or narrow columns cost beside the bare copy, measured in the same run. The series variants
# (issue 30) store one row per raw row, book, market and side with the points as arrays (line in tenths, price, time),
# read back point by point through a view of the same columns as the row tables. (Gathering the baseline's rows into
# series instead, array_agg ... ORDER BY per side, took 259 s for the season: 22.7x the baseline; not kept.)
SERIES_TABLE = """CREATE TABLE bench_variant (vid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, id bigint NOT NULL,
        book int NOT NULL, market "char" NOT NULL, side "char" NOT NULL, line smallint[], price smallint[] NOT NULL,
        observed_at timestamptz[] NOT NULL, UNIQUE (id, book, market, side));
        CREATE INDEX ON bench_variant USING brin (id);
        CREATE VIEW bench_variant_points AS SELECT v.id, v.book, v.market, v.side, p.line, p.price, p.observed_at
          FROM bench_variant v
         CROSS JOIN LATERAL unnest(v.line, v.price, v.observed_at) AS p(line, price, observed_at)"""
VARIANTS = {
    "plain logged table": """CREATE TABLE bench_variant (id bigint, book text, market text, side text, line text,
                                                        price text, observed_at timestamptz)""",
    "+ surrogate primary key": """CREATE TABLE bench_variant (vid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id bigint, book text, market text, side text, line text, price text, observed_at timestamptz)""",
    "+ unique natural key on text columns": """CREATE TABLE bench_variant (
        vid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, id bigint, book text, market text, side text, line text,
        price text, observed_at timestamptz, UNIQUE NULLS NOT DISTINCT (id, book, market, side, observed_at))""",
    "narrow: small codes, pk, unique key, BRIN lineage": """CREATE TABLE bench_variant (
        vid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, id bigint NOT NULL, book int NOT NULL,
        market "char" NOT NULL, side "char" NOT NULL, line smallint, price smallint NOT NULL,
        observed_at timestamptz NOT NULL, UNIQUE (id, book, market, side, observed_at));
        CREATE INDEX ON bench_variant USING brin (id);
        CREATE VIEW bench_variant_points AS SELECT * FROM bench_variant""",
    "series: narrow, a row per side, from the JSON walk": SERIES_TABLE,
}
# The variants a reader's cost and the space are measured for: today's narrow row per price and the series.
READ_BACK = {"narrow: small codes, pk, unique key, BRIN lineage", "series: narrow, a row per side, from the JSON walk"}
VARIANT_SELECT = {
    "narrow: small codes, pk, unique key, BRIN lineage": f"""SELECT id, book::int, left(market, 1)::"char",
        left(side, 1)::"char", round(line::numeric * 10)::smallint, price::smallint, observed_at
        FROM ({HISTORY_ROWS}) h""",
    # Each outcome's history read typed by jsonb_to_recordset straight into its arrays: no row per point.
    "series: narrow, a row per side, from the JSON walk": """SELECT r.id, b.key::int, left(m.key, 1)::"char",
        left(o->>'side', 1)::"char", s.line, s.price, s.observed_at
        FROM raw_data.action_network_odds r, jsonb_each(r.payload) b, jsonb_each(b.value->'event') m,
             jsonb_array_elements(m.value) o,
             LATERAL (SELECT array_agg(round(x.value * 10)::smallint ORDER BY x.updated_at) AS line,
                             array_agg(x.odds::smallint ORDER BY x.updated_at) AS price,
                             array_agg(x.updated_at ORDER BY x.updated_at) AS observed_at
                        FROM jsonb_to_recordset(o->'history')
                             AS x(value numeric, odds int, updated_at timestamptz)) s""",
}


def insert_variants(conn: psycopg.Connection[Any], results: list[tuple[str, float, int | None]], rows: int) -> None:
    for name, ddl in VARIANTS.items():
        conn.execute("DROP VIEW IF EXISTS bench_variant_points")
        conn.execute("DROP TABLE IF EXISTS bench_variant")
        conn.execute(ddl)
        # From the payloads, as the baseline: the same JSON expansion, so only the table differs.
        select = VARIANT_SELECT.get(name, HISTORY_ROWS)
        columns = "id, book, market, side, line, price, observed_at"
        with timed(f"  variant: {name}", results, rows):
            conn.execute(f"INSERT INTO bench_variant ({columns}) {select}")
        if name in READ_BACK:  # what a reader pays: every point read back as a row, and the space the points take
            conn.execute("VACUUM ANALYZE bench_variant")
            with timed("    its points read back as rows (count, latest)", results, rows):
                scalar(conn, "SELECT count(*) + extract(epoch FROM max(observed_at)) FROM bench_variant_points")
            size = scalar(conn, "SELECT pg_total_relation_size('bench_variant')")
            results.append(("    its size with indexes (MB)", size / 2**20, None))
    conn.execute("DROP VIEW IF EXISTS bench_variant_points")
    conn.execute("DROP TABLE IF EXISTS bench_variant")


# Issue 30's series storage built as a promotion (bench/series_variant.sql): the line histories promoted again, into a
# series per game, book, outlet, market, side and raw row, in batches cut like the promotion's, and read back through a
# view of staging.betting_lines' columns, which must hold exactly the rows the promotion stored from them.
SERIES_SQL = ROOT / "bench" / "series_variant.sql"
COMPARED = (
    "game_id, sportsbook_id, market, side, line, american_price, decimal_price, implied_probability, observed_at, "
    "line_timing, is_opener, is_live, source, quality_score, raw_table, raw_id, outlet, stated_decimal_price"
)


def series_variant(
    conn: psycopg.Connection[Any], results: list[tuple[str, float, int | None]], workers: int
) -> dict[str, Any]:
    conn.execute(SERIES_SQL.read_text())
    cut = int(scalar(conn, "SELECT pipeline.setting_numeric('pipeline.batch_max_bytes')") or 2097152)
    batches: list[list[int]] = [[]]
    size = 0
    for raw_id, body_bytes in conn.execute("SELECT id, body_bytes FROM raw_data.action_network_odds ORDER BY id"):
        if batches[-1] and size + body_bytes > cut:
            batches.append([])
            size = 0
        batches[-1].append(raw_id)
        size += body_bytes
    queue = list(reversed(batches))
    lock = threading.Lock()

    def worker() -> None:
        with psycopg.connect("", autocommit=True) as c, measured("series variant promotion", c):
            while True:
                with lock:
                    if not queue:
                        return
                    ids = queue.pop()
                c.execute("SELECT bench_series_promote(%s, 0)", (ids,))

    with timed(f"  variant: series promotion of the histories ({workers} sessions)", results) as t:
        threads = [threading.Thread(target=worker) for _ in range(workers)]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        t.rows = scalar(conn, "SELECT sum(cardinality(observed_at)) FROM bench_series")
    seconds = results[-1][1]
    conn.execute("VACUUM ANALYZE bench_series")
    with timed("    its points read back as rows (count, latest)", results, t.rows):
        scalar(conn, "SELECT count(*) + extract(epoch FROM max(observed_at)) FROM bench_series_lines")
    # A reader's summary (each game, book, outlet, market and side's first and last moment and its points): grouped
    # from the promotion's rows, and from the series' array ends.
    keys = "game_id, sportsbook_id, outlet, market, side"
    with timed("    a summary per side from the promotion's rows", results):
        from_rows = conn.execute(
            f"SELECT {keys}, min(observed_at), max(observed_at), count(*) FROM staging.betting_line_rows"
            f" WHERE raw_table = 'action_network_odds' GROUP BY {keys} ORDER BY {keys}"
        ).fetchall()
    with timed("    the same from the series", results):
        from_series = conn.execute(
            f"SELECT {keys}, min(observed_at[1]), max(observed_at[cardinality(observed_at)]),"
            f" sum(cardinality(observed_at))::bigint FROM bench_series GROUP BY {keys} ORDER BY {keys}"
        ).fetchall()
    mine = f"SELECT {COMPARED} FROM bench_series_lines"
    theirs = f"SELECT {COMPARED} FROM staging.betting_lines WHERE raw_table = 'action_network_odds'"
    row = conn.execute(
        f"SELECT (SELECT count(*) FROM ({mine} EXCEPT ALL {theirs}) x),"
        f" (SELECT count(*) FROM ({theirs} EXCEPT ALL {mine}) y), (SELECT count(*) FROM ({theirs}) z)"
    ).fetchone()
    assert row is not None
    paths = dict(
        conn.execute("SELECT coalesce(row_path, 'series'), count(*) FROM bench_series_accounts GROUP BY 1").fetchall()
    )
    size = scalar(conn, "SELECT pg_total_relation_size('bench_series')") / 2**20
    results.append(("    its size with indexes (MB)", size, None))
    return {
        "seconds": round(seconds, 3),
        "batches": len(batches),
        "sessions": workers,
        "points": t.rows,
        "promotion_rows": row[2],
        "rows_only_in_series": row[0],
        "rows_only_in_promotion": row[1],
        "identical": row[0] == 0 and row[1] == 0 and row[2] == t.rows,
        "summaries_identical": from_rows == from_series,
        "raw_rows_by_path": paths,
        "megabytes": round(size),
    }


# The routines that set their own work_mem for bulk work (--work-mem replaces it in the bench's cluster).
WORK_MEM_ROUTINES = [
    "staging.promote(int)",
    "staging.promote_partition(int)",
    "staging.promote_raw_rows(bigint)",
    "curated.rebuild_dates(date[], bigint[])",
]

# Each phase's backends' peak resident memory (VmHWM, MB), read from /proc as they finish: what a promotion or
# refresh worker holds at its worst. VmHWM counts the shared buffers a backend touched (up to shared_buffers, shared by
# every backend), so each backend's private memory (RssAnon: its own heap) is also sampled every 20 ms while it works:
# what a backlog adds per backend.
PEAKS: dict[str, float] = {}
PRIVATE_PEAKS: dict[str, float] = {}
WATCHED: dict[int, str] = {}


def proc_kb(pid: int, field: str) -> int | None:
    """A field of /proc/PID/status in kB (None when /proc is not readable: another user's server)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    match = re.search(rf"^{field}:\s+(\d+) kB", status, re.M)
    return int(match.group(1)) if match else None


def sample_private_memory() -> None:
    while True:
        for pid, phase in list(WATCHED.items()):
            kb = proc_kb(pid, "RssAnon")
            if kb is not None:
                PRIVATE_PEAKS[phase] = max(PRIVATE_PEAKS.get(phase, 0.0), kb / 1024)
        time.sleep(0.02)


@contextlib.contextmanager
def measured(phase: str, c: psycopg.Connection[Any]) -> Iterator[None]:
    """The backend's private memory sampled while the block runs, and its peak resident memory (VmHWM) after it,
    each kept as the phase's peak when higher."""
    pid = c.info.backend_pid
    WATCHED[pid] = phase
    try:
        yield
    finally:
        del WATCHED[pid]
        kb = proc_kb(pid, "VmHWM")
        if kb is not None:
            PEAKS[phase] = max(PEAKS.get(phase, 0.0), kb / 1024)


def promote_all(conn: psycopg.Connection[Any], workers: int, batch: int) -> None:
    """Empty the queue as the promotion jobs would: one lane, or the reference lane by staging.promote() and then
    the line histories by `workers` concurrent sessions of staging.promote_partition()."""

    def until_empty(sql: str, done: str, c: psycopg.Connection[Any]) -> None:
        while scalar(c, done):
            run = c.execute(sql, (batch,)).fetchone()
            if run is None or run[0] not in ("succeeded", "skipped"):
                sys.exit(f"promotion did not succeed: {run}")
            if run[0] == "skipped":  # every partition with rows has its worker: wait for one to come free
                time.sleep(0.05)

    if workers == 1:
        with measured("promotion", conn):
            until_empty(
                "SELECT status, error_text FROM staging.promote(%s)",
                "SELECT count(*) FROM pipeline.promotion_queue",
                conn,
            )
        return
    # The reference lane alone, as job 1 takes it (its rows sort first); then the workers.
    while waiting := scalar(conn, "SELECT staging.reference_rows_queued()"):
        run = conn.execute("SELECT status, error_text FROM staging.promote(%s)", (min(waiting, batch),)).fetchone()
        if run is None or run[0] != "succeeded":
            sys.exit(f"promotion did not succeed: {run}")

    def worker() -> None:
        with psycopg.connect("", autocommit=True) as c, measured("promotion", c):
            until_empty(
                "SELECT status, error_text FROM staging.promote_partition(%s)",
                "SELECT count(*) FROM staging.history_lane_queue()",
                c,
            )

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    if scalar(conn, "SELECT count(*) FROM pipeline.promotion_queue"):
        sys.exit("promotion workers left rows in the queue")


def curate_all(conn: psycopg.Connection[Any], workers: int) -> None:
    """Rebuild curated for every date: one curated.rebuild_dates call, or with `workers` > 1 as the refresh jobs
    would, every date marked dirty and drained by that many concurrent curated.drain_dirty_dates() sessions, which
    split the dates by partition (pipeline.curated_partitions)."""
    if workers == 1:
        with psycopg.connect("", autocommit=True) as c, measured("curated refresh", c):
            c.execute("SELECT * FROM curated.rebuild_dates(ARRAY(SELECT DISTINCT game_date FROM staging.games))")
            c.execute("DELETE FROM pipeline.dirty_dates")
        return
    conn.execute(
        "INSERT INTO pipeline.dirty_dates (game_date) SELECT DISTINCT game_date FROM staging.games "
        "ON CONFLICT DO NOTHING"
    )

    def worker() -> None:
        with psycopg.connect("", autocommit=True) as c, measured("curated refresh", c):
            while scalar(c, "SELECT count(*) FROM pipeline.dirty_dates"):
                if not scalar(c, "SELECT dates FROM curated.drain_dirty_dates()"):
                    time.sleep(0.05)  # every partition with dirty dates has its worker: wait for one to come free

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()


class Replica:
    """A hot standby of the bench cluster (scripts/dev.sh replica), and the replay lag sampled every half second
    while the season loads: how far the readers' copy trails the primary under the heaviest write load."""

    def __init__(self) -> None:
        cluster = os.environ.get("MLB_BENCH_CLUSTER_DIR")
        if not cluster:
            sys.exit("--replica needs the bench's own cluster (make bench ARGS=--replica)")
        top = Path(tempfile.mkdtemp(prefix="mlb-bench-replica-", dir="/tmp"))
        top.chmod(0o755)
        self.top = top
        self.env = {
            **os.environ,
            "MLB_PGDATA": cluster,
            "MLB_PGPORT": os.environ["PGPORT"],
            "MLB_DB": os.environ["PGDATABASE"],
            "MLB_REPLICA_PGDATA": str(top / "replica"),
            "MLB_REPLICA_PGPORT": os.environ.get("MLB_BENCH_REPLICA_PGPORT", "54399"),
            "MLB_REPLICA_LISTEN": "",
        }
        subprocess.run([str(ROOT / "scripts" / "dev.sh"), "replica"], env=self.env, check=True, capture_output=True)
        self.lag_seconds: list[float] = []
        self.behind_bytes: list[float] = []
        self.done = threading.Event()
        self.sampler = threading.Thread(target=self.sample, daemon=True)
        self.sampler.start()

    def sample(self) -> None:
        with psycopg.connect("", autocommit=True) as conn:
            while not self.done.wait(0.5):
                row = conn.execute(
                    "SELECT coalesce(extract(epoch FROM replay_lag), 0), pg_wal_lsn_diff(sent_lsn, replay_lsn) "
                    "FROM pg_stat_replication"
                ).fetchone()
                if row:
                    self.lag_seconds.append(float(row[0]))
                    self.behind_bytes.append(float(row[1] or 0))

    def stop(self) -> list[tuple[str, float, int | None]]:
        self.done.set()
        self.sampler.join()
        drop = [str(ROOT / "scripts" / "dev.sh"), "replica-drop"]
        subprocess.run(drop, env=self.env, check=True, capture_output=True)
        shutil.rmtree(self.top, ignore_errors=True)
        lags = sorted(self.lag_seconds) or [0.0]
        return [
            ("replica: replay lag during the load, median", lags[len(lags) // 2], None),
            ("replica: replay lag during the load, max", lags[-1], None),
            ("  replica: WAL sent not yet replayed, max (MB)", max(self.behind_bytes or [0.0]) / 2**20, None),
        ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--games", type=int, default=2430)
    ap.add_argument("--points", type=int, default=50, help="history points per outcome")
    ap.add_argument("--sbro-dir", type=Path, default=ROOT.parent / "shared" / "fixtures" / "real" / "sbro")
    ap.add_argument(
        "--variants",
        action="store_true",
        help="also insert the baseline's rows into table variants (plain, keys, narrow), to measure the limit",
    )
    ap.add_argument(
        "--flat-totals", action="store_true", help="totals that never move, as the generator before v0.2.3 made them"
    )
    ap.add_argument(
        "--workers",
        type=int,
        default=1,
        help="promotion workers: the reference lane by staging.promote(), then the line histories by this many "
        "concurrent staging.promote_partition() sessions (pipeline.promotion_workers)",
    )
    ap.add_argument(
        "--batch-size",
        type=int,
        default=200,
        help="raw rows a promotion takes at once (the cron jobs take pipeline.batch_size, 500)",
    )
    ap.add_argument(
        "--batch-max-bytes",
        type=int,
        help="a variant: pipeline.batch_max_bytes, the bodies a promotion batch holds at most (default 2097152)",
    )
    ap.add_argument(
        "--rebuild-max-lines",
        type=int,
        help="a variant: pipeline.rebuild_max_lines, about the prices a refresh rebuilds at once (default 150000)",
    )
    ap.add_argument(
        "--work-mem",
        help="a variant: the work_mem the promotion and rebuild functions run with (their own: 256MB), e.g. 32MB",
    )
    ap.add_argument(
        "--replica",
        action="store_true",
        help="a hot standby of the bench cluster (make replica) streams the whole load; its replay lag is reported",
    )
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results.json", help="where to write the results")
    args = ap.parse_args()
    threading.Thread(target=sample_private_memory, daemon=True).start()
    replica = Replica() if args.replica else None
    global FLAT_TOTALS
    FLAT_TOTALS = args.flat_totals
    results: list[tuple[str, float, int | None]] = []
    games = schedule(args.games, seed=2024)
    days = sorted({g["day"] for g in games})
    rng = random.Random(7)
    new_day_games = schedule(15, seed=99)
    new_day = days[-1] + timedelta(days=1)
    for g in new_day_games:
        g["day"], g["pk"], g["an_id"] = new_day, g["pk"] + 100000, g["an_id"] + 100000
        g["start"] = datetime(new_day.year, new_day.month, new_day.day, 23, 5, tzinfo=UTC)

    with psycopg.connect("", autocommit=True) as conn:
        conn.execute("UPDATE pipeline.settings SET value = 'false' WHERE key = 'pipeline.auto_promotion'")
        if args.work_mem:
            for routine in WORK_MEM_ROUTINES:
                conn.execute(
                    psycopg.sql.SQL("ALTER FUNCTION {} SET work_mem = {}").format(
                        psycopg.sql.SQL(routine), psycopg.sql.Literal(args.work_mem)
                    )
                )
        for key, value in (
            ("pipeline.batch_max_bytes", args.batch_max_bytes),
            ("pipeline.rebuild_max_lines", args.rebuild_max_lines),
        ):
            if value:
                conn.execute("UPDATE pipeline.settings SET value = %s WHERE key = %s", (json.dumps(value), key))
        conn.execute(
            "SELECT raw_data.record_attempt('action_network', 'books', 'action_network_books', 'books', now(), now(), "
            "p_http_status => 200, p_body => %s)",
            (json.dumps({"books": CATALOGUE}),),
        )
        conn.execute("SELECT staging.promote()")
        observations = args.games * len(BOOKS) * 6 * args.points
        # The generator's time is not the agent's: only the storing of each day's bodies is timed.
        storing = 0.0
        for day in days:
            bodies = day_bodies(day, [g for g in games if g["day"] == day], args.points, rng)
            started = time.perf_counter()
            store_bodies(conn, bodies)
            storing += time.perf_counter() - started
        results.append(("load raw (hash + record_attempt per payload)", storing, len(games) + 3 * len(days)))
        with timed("baseline: bare INSERT ... SELECT of the histories", results, observations):
            conn.execute("DROP TABLE IF EXISTS bench_baseline")
            conn.execute(f"CREATE UNLOGGED TABLE bench_baseline AS {HISTORY_ROWS}")
        baseline = results[-1][1]
        if args.variants:
            insert_variants(conn, results, observations)
        conn.execute(
            "UPDATE pipeline.settings SET value = %s WHERE key = 'pipeline.promotion_workers'",
            (json.dumps(args.workers),),
        )
        label = "staging.promote until empty" if args.workers == 1 else f"{args.workers} promotion workers"
        with timed(f"raw -> staging ({label})", results) as t:
            promote_all(conn, args.workers, args.batch_size)
            t.rows = scalar(conn, "SELECT count(*) FROM staging.betting_lines")
        staging_time = results[-1][1]
        series = series_variant(conn, results, args.workers) if args.variants else None
        curated_label = "rebuild every date" if args.workers == 1 else f"every date by {args.workers} refresh workers"
        with timed(f"staging -> curated ({curated_label})", results) as t:
            curate_all(conn, args.workers)
            t.rows = scalar(conn, "SELECT count(*) FROM curated.strategy_results")
        # The same rebuild with no active strategy: what the backtests (both sides of every game, each strategy's
        # filters, prices at signals) cost of the curated time.
        conn.execute("ALTER TABLE curated.strategies DISABLE TRIGGER backtest_changed_strategy")
        conn.execute("UPDATE curated.strategies SET is_active = false")
        with timed("  the same without strategy backtests", results):
            conn.execute("SELECT * FROM curated.rebuild_dates(ARRAY(SELECT DISTINCT game_date FROM staging.games))")
        conn.execute("UPDATE curated.strategies SET is_active = true")
        conn.execute("ALTER TABLE curated.strategies ENABLE TRIGGER backtest_changed_strategy")
        conn.execute("SELECT * FROM curated.rebuild_dates(ARRAY(SELECT DISTINCT game_date FROM staging.games))")
        conn.execute("DELETE FROM pipeline.dirty_dates")
        with timed(f"curated.rebuild of one date ({days[len(days) // 2]})", results, 15):
            conn.execute("SELECT * FROM curated.rebuild(%s)", (days[len(days) // 2],))
        new_day_bodies = day_bodies(new_day, new_day_games, args.points, rng)  # fetched: not timed
        last_history = scalar(conn, "SELECT coalesce(max(id), 0) FROM raw_data.action_network_odds")
        with timed("incremental: one new day of 15 games, raw insert -> curated", results, 15):
            parts: list[tuple[str, float, int | None]] = []
            with timed("  of which raw insert (hash + record_attempt)", parts):
                store_bodies(conn, new_day_bodies)
            with timed(f"  of which raw -> staging ({label})", parts):
                promote_all(conn, args.workers, 1000)
            conn.execute("UPDATE pipeline.settings SET value = 'true' WHERE key = 'pipeline.auto_promotion'")
            with timed("  of which staging -> curated (refresh_dirty_dates)", parts):
                conn.execute("SELECT curated.refresh_dirty_dates()")
        results += parts
        curated_new = scalar(conn, f"SELECT count(*) FROM curated.enhanced_games WHERE game_date = '{new_day}'")
        if series:
            # The new day's histories as series, in one call (a day's 15 histories are about one batch's bytes).
            ids = [r[0] for r in conn.execute(f"SELECT id FROM raw_data.action_network_odds WHERE id > {last_history}")]
            with timed("  variant: the new day's histories as series (one call)", results, len(ids)):
                conn.execute("SELECT bench_series_promote(%s, 0)", (ids,))
            series["new_day_seconds"] = round(results[-1][1], 3)
        # A day as the agent fetches it: the reference payloads, then each game's history when it is over, each
        # promoted and refreshed as the every-minute jobs would (a history touches one game of the date).
        day2 = new_day + timedelta(days=1)
        arriving = [
            dict(g, day=day2, pk=g["pk"] + 100000, an_id=g["an_id"] + 100000, start=g["start"] + timedelta(days=1))
            for g in new_day_games
        ]
        day2_bodies = day_bodies(day2, arriving, args.points, rng)  # fetched: not timed
        reference, histories = day2_bodies[: -len(arriving)], day2_bodies[-len(arriving) :]
        staged, refreshed, last = 0.0, 0.0, 0.0
        with timed(f"incremental: a day arriving as fetched, {1 + len(histories)} arrivals", results, 15):
            for chunk in [reference] + [[h] for h in histories]:
                store_bodies(conn, chunk)
                started = time.perf_counter()
                promote_all(conn, args.workers, 1000)
                promoted = time.perf_counter()
                conn.execute("SELECT curated.refresh_dirty_dates()")
                last = time.perf_counter() - promoted
                staged, refreshed = staged + promoted - started, refreshed + last
        results += [
            (f"  of which raw -> staging ({label}), each arrival", staged, None),
            ("  of which staging -> curated (refresh_dirty_dates), each arrival", refreshed, None),
            ("  the last history's curated refresh (one game)", last, 1),
        ]

    for season_file in sorted(args.sbro_dir.glob("*.xlsx")) if args.sbro_dir.is_dir() else []:
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        with timed(f"SBRO import {season_file.name} (agent)", results):
            subprocess.run(
                [sys.executable, "-m", "agent.cli", "import-sbro", str(season_file)], check=True, capture_output=True
            )
        peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
        results.append(("  agent peak memory importing it (MB, max so far)", peak / 1024, None))
        with psycopg.connect("", autocommit=True) as conn, timed(f"SBRO promote + curated {season_file.name}", results):
            while scalar(conn, "SELECT count(*) FROM pipeline.promotion_queue"):
                if scalar(conn, "SELECT status FROM staging.promote(200)") == "failed":
                    sys.exit("SBRO promotion failed: see pipeline.run_history")
            conn.execute("SELECT * FROM curated.rebuild_dates(ARRAY(SELECT game_date FROM pipeline.dirty_dates))")
            conn.execute("DELETE FROM pipeline.dirty_dates")

    if replica:
        results += replica.stop()
    results += [(f"{phase} backend peak memory, max (VmHWM, MB)", mb, None) for phase, mb in PEAKS.items()]
    results += [
        (f"{phase} backend peak private memory, max (RssAnon, MB)", mb, None) for phase, mb in PRIVATE_PEAKS.items()
    ]

    print(
        f"\nSynthetic season: {args.games} games, {len(BOOKS)} books, 3 markets x 2 sides, {args.points} points "
        f"-> {observations:,} price observations\n"
    )
    print(f"{'stage':62} {'seconds':>9} {'rows':>12} {'rows/s':>12}")
    for label, seconds, rows in results:
        rate = f"{rows / seconds:,.0f}" if rows and seconds > 0 and "MB" not in label else ""
        shown = f"{seconds:9.2f}" if "MB" not in label else f"{seconds:9.0f}"
        print(f"{label:62} {shown} {rows if rows is not None else '':>12} {rate:>12}")
    print(f"\nstaging promotion / bare baseline: {staging_time / baseline:.1f}x")
    print(f"new day in curated: {curated_new} of 15 games")
    if series:
        print(
            f"series promotion / bare baseline: {series['seconds'] / baseline:.1f}x; its rows identical to the "
            f"promotion's: {series['identical']} ({series['rows_only_in_series']} only in series, "
            f"{series['rows_only_in_promotion']} only in the promotion); raw rows by path: {series['raw_rows_by_path']}"
        )
    args.out.write_text(
        json.dumps(
            {
                "games": args.games,
                "books": len(BOOKS),
                "points": args.points,
                "observations": observations,
                "promotion_workers": args.workers,
                "stages": [
                    {
                        "stage": label.strip(),
                        "seconds": round(seconds, 3) if "MB" not in label else None,
                        "megabytes": round(seconds) if "MB" in label else None,
                        "rows": rows,
                        "rows_per_second": round(rows / seconds)
                        if rows and seconds > 0 and "MB" not in label
                        else None,
                    }
                    for label, seconds, rows in results
                ],
                "staging_over_baseline": round(staging_time / baseline, 2),
                "new_day_curated_games": curated_new,
                **({"series_variant": series} if series else {}),
            },
            indent=2,
        )
        + "\n"
    )
    print(f"results: {args.out}")


if __name__ == "__main__":
    main()
