#!/usr/bin/env python3
"""Freshness: how long a fetched change takes to reach curated with the real pg_cron jobs running.

Against a database whose pg_cron runs the project's jobs (cron.database_name is this database): a game is
scheduled on a date nobody uses, then a The Odds API body with a new price is stored through
raw_data.record_attempt (as the agent stores a fetch), at a random moment, `--changes` times; for each the
script polls curated.betting_lines_enhanced until the price shows, and prints fetched -> staging and
fetched -> curated (p50, p95, max). With --drain-seconds 0 only the every-minute jobs run.

    .venv/bin/python bench/freshness.py --changes 10                 # the drain (pipeline.drain_seconds 58)
    .venv/bin/python bench/freshness.py --changes 4 --drain-seconds 0

It turns pipeline.auto_promotion on for the run and puts it and pipeline.drain_seconds back afterwards.
Never run it on a database whose promotion you have paused for a reason."""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta

import psycopg
from psycopg.rows import dict_row

from agent import cli


def _body(day: date, event: str, home: int, away: int, at: datetime) -> bytes:
    return json.dumps(
        [
            {
                "id": event,
                "sport_key": "baseball_mlb",
                "commence_time": f"{day.isoformat()}T23:05:00Z",
                "home_team": "New York Yankees",
                "away_team": "Boston Red Sox",
                "bookmakers": [
                    {
                        "key": "draftkings",
                        "title": "DraftKings",
                        "last_update": at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                        "markets": [
                            {
                                "key": "h2h",
                                "outcomes": [
                                    {"name": "New York Yankees", "price": home},
                                    {"name": "Boston Red Sox", "price": away},
                                ],
                            }
                        ],
                    }
                ],
            }
        ]
    ).encode()


def _store(source: str, endpoint: str, key: str, body: bytes, at: datetime) -> None:
    """Store a fetch as the agent stores one (mlb-agent replay: raw_data.record_attempt)."""
    with tempfile.NamedTemporaryFile(suffix=".json") as f:
        f.write(body)
        f.flush()
        argv = [
            "replay",
            "--source",
            source,
            "--endpoint",
            endpoint,
            "--request-key",
            key,
            "--fetched-at",
            at.isoformat(),
        ]
        if cli.main([*argv, f.name]) != 0:
            raise SystemExit(f"replay of {source} {endpoint} failed")


# The newest staged home price of the game from The Odds API, and curated's latest DraftKings home moneyline.
POLL = """
SELECT (SELECT l.american_price FROM staging.betting_lines l JOIN staging.games g USING (game_id)
         WHERE g.game_pk = %(pk)s AND l.source = 'odds_api' AND l.side = 'home'
         ORDER BY l.observed_at DESC LIMIT 1) AS staged,
       (SELECT e.latest_price FROM curated.betting_lines_enhanced e JOIN staging.games g USING (game_id)
          JOIN staging.sportsbooks b USING (sportsbook_id)
         WHERE g.game_pk = %(pk)s AND b.book_key = 'draftkings' AND e.market = 'moneyline'
           AND e.side = 'home') AS curated
"""
RUNNING_DRAIN = "SELECT 1 FROM pg_stat_activity WHERE query = 'CALL pipeline.drain()' AND state = 'active'"
SAVED = "SELECT key, value FROM pipeline.settings WHERE key IN ('pipeline.auto_promotion', 'pipeline.drain_seconds')"


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--changes", type=int, default=10)
    ap.add_argument("--drain-seconds", type=int, default=58)
    ap.add_argument("--seed", type=int, default=28)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    with psycopg.connect("", autocommit=True, row_factory=dict_row) as conn:
        saved = {r["key"]: r["value"] for r in conn.execute(SAVED)}
        day = date(1901, 1, 1) + timedelta(days=int(time.time()) % 30000)  # a date no one uses
        game_pk = 880_000 + int(time.time()) % 100_000
        schedule = {
            "dates": [
                {
                    "date": day.isoformat(),
                    "games": [
                        {
                            "gamePk": game_pk,
                            "gameDate": f"{day.isoformat()}T23:05:00Z",
                            "gameNumber": 1,
                            "status": {"codedGameState": "S"},
                            "teams": {"home": {"team": {"id": 147}}, "away": {"team": {"id": 111}}},
                        }
                    ],
                }
            ]
        }
        staged: list[float] = []
        curated: list[float] = []
        try:
            conn.execute("UPDATE pipeline.settings SET value = 'true' WHERE key = 'pipeline.auto_promotion'")
            conn.execute(
                "UPDATE pipeline.settings SET value = %s WHERE key = 'pipeline.drain_seconds'",
                (json.dumps(args.drain_seconds),),
            )
            # A drain already running keeps the length it started with: wait for it to end.
            while args.drain_seconds == 0 and conn.execute(RUNNING_DRAIN).fetchone():
                time.sleep(0.5)
            noon = datetime(day.year, day.month, day.day, 12, tzinfo=UTC)
            _store("mlb_stats_api", "schedule", day.isoformat(), json.dumps(schedule).encode(), noon)
            for k in range(args.changes):
                time.sleep(rng.uniform(0.5, 5.0))
                price = -110 - 5 * (k + 1)
                fetched = time.monotonic()
                at = noon + timedelta(minutes=k + 1)
                _store("odds_api", "odds", day.isoformat(), _body(day, f"fresh-{game_pk}", price, 100 - 5 * k, at), at)
                seen_staging = None
                while True:
                    row = conn.execute(POLL, {"pk": game_pk}).fetchone()
                    now = time.monotonic()
                    if seen_staging is None and row and row["staged"] == price:
                        seen_staging = now - fetched
                    if row and row["curated"] == price:
                        staged.append(seen_staging if seen_staging is not None else now - fetched)
                        curated.append(now - fetched)
                        break
                    if now - fetched > 300:
                        raise SystemExit(f"change {k} not in curated after 300 s")
                    time.sleep(0.05)
                print(f"change {k + 1}: staging {staged[-1]:.2f} s, curated {curated[-1]:.2f} s", flush=True)
        finally:
            for key, value in saved.items():
                conn.execute("UPDATE pipeline.settings SET value = %s WHERE key = %s", (json.dumps(value), key))
    for name, values in (("fetched -> staging", staged), ("fetched -> curated", curated)):
        print(
            f"{name}: p50 {statistics.median(values):.2f} s, p95 {_quantile(values, 0.95):.2f} s, "
            f"max {max(values):.2f} s ({len(values)} changes, drain {args.drain_seconds} s)"
        )


if __name__ == "__main__":
    main()
