"""Freshness (issue 28): the pg_cron job mlb-pipeline-drain promotes a fetched change and rebuilds curated at
once, not a minute later. The job's procedure is called here as pg_cron calls it (CALL, its own session),
while payloads arrive; the latency it gives is measured in `make live-day`, not asserted as a speed."""

from __future__ import annotations

import json
import threading
import time
from datetime import date
from typing import Any

import psycopg

from agent.tests.conftest import replay_file, replay_schedule_game


def _odds(day: date, game_pk: int, home: int, away: int, last_update: str) -> list[dict[str, Any]]:
    """A The Odds API body: the Red Sox at the Yankees, one book."""
    return [
        {
            "id": f"fresh-{game_pk}",
            "sport_key": "baseball_mlb",
            "commence_time": f"{day.isoformat()}T17:05:00Z",
            "home_team": "New York Yankees",
            "away_team": "Boston Red Sox",
            "bookmakers": [
                {
                    "key": "draftkings",
                    "title": "DraftKings",
                    "last_update": last_update,
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


def _curated_home_price(admin: psycopg.Connection[Any], game_pk: int) -> int | None:
    row = admin.execute(
        """SELECT e.latest_price FROM curated.betting_lines_enhanced e JOIN staging.games g USING (game_id)
            JOIN staging.sportsbooks b USING (sportsbook_id)
           WHERE g.game_pk = %s AND b.book_key = 'draftkings' AND e.market = 'moneyline' AND e.side = 'home'""",
        (game_pk,),
    ).fetchone()
    return None if row is None else row["latest_price"]


def test_the_drain_carries_each_change_to_curated_while_it_runs(admin, tmp_path, fresh_day):
    """Three prices arrive one after another while the drain runs: each is in curated before the next is
    fetched and before the drain ends, with no promotion or rebuild called by anyone else."""
    game_pk = 990_000 + fresh_day.toordinal() % 9_000
    assert replay_schedule_game(tmp_path, fresh_day, game_pk) == 0
    admin.execute("UPDATE pipeline.settings SET value = 'true' WHERE key = 'pipeline.auto_promotion'")
    drained = threading.Event()

    def drain() -> None:
        with psycopg.connect("", autocommit=True) as conn:
            conn.execute("CALL pipeline.drain(30)")
        drained.set()

    runner = threading.Thread(target=drain)
    runner.start()
    try:
        seen: list[int] = []
        for step, home in enumerate((-120, -135, -150)):
            path = tmp_path / f"odds-{step}.json"
            path.write_text(json.dumps(_odds(fresh_day, game_pk, home, 110 - step * 10, f"{fresh_day}T12:0{step}:00Z")))
            assert replay_file("odds_api", "odds", fresh_day.isoformat(), path, f"{fresh_day}T12:0{step}:30+00:00") == 0
            deadline = time.monotonic() + 25
            while _curated_home_price(admin, game_pk) != home and time.monotonic() < deadline:
                time.sleep(0.1)
            seen.append(_curated_home_price(admin, game_pk) or 0)
            assert not drained.is_set(), "the change reached curated only after the drain ended"
        assert seen == [-120, -135, -150]
    finally:
        admin.execute("UPDATE pipeline.settings SET value = 'false' WHERE key = 'pipeline.auto_promotion'")
        runner.join(timeout=60)
    runs = admin.execute(
        "SELECT count(*) AS n FROM pipeline.runs WHERE zone = 'curated' AND status = 'succeeded' AND started_at > now() - interval '2 minutes'"
    ).fetchone()
    assert runs["n"] >= 3  # a rebuild per arrival (the drain's, or the minute job's)


def test_a_failing_step_does_not_end_the_drain(admin):
    """A step that fails (here: every lock wait bounded at zero would be refused, so a setting cannot do it; the
    queue's table locked by another session makes the promotion give up its wait) is logged and retried on the
    next pass, and the drain runs to its end."""
    admin.execute("UPDATE pipeline.settings SET value = 'true' WHERE key = 'pipeline.auto_promotion'")
    admin.execute("UPDATE pipeline.settings SET value = '1' WHERE key = 'pipeline.lock_timeout_seconds'")
    try:
        with psycopg.connect("", autocommit=False) as holder:
            holder.execute("LOCK TABLE pipeline.promotion_queue IN ACCESS EXCLUSIVE MODE")
            with psycopg.connect("", autocommit=True) as conn:
                notices: list[str] = []
                conn.add_notice_handler(lambda d: notices.append(d.message_primary or ""))
                started = time.monotonic()
                conn.execute("CALL pipeline.drain(3)")
                elapsed = time.monotonic() - started
            holder.rollback()
    finally:
        admin.execute("UPDATE pipeline.settings SET value = 'false' WHERE key = 'pipeline.auto_promotion'")
        admin.execute("UPDATE pipeline.settings SET value = '10' WHERE key = 'pipeline.lock_timeout_seconds'")
    assert elapsed >= 3
    assert any("pipeline.drain: promotion failed" in n and "55P03" in n for n in notices)
