"""Parallel promotion (issue 14): workers split the line histories by game, never take one
row or one game twice, wait for the schedules, give the tables a one-lane rebuild gives, and
never wait for one another when they mark the same date dirty."""

from __future__ import annotations

import random
import sys
import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg.rows import dict_row

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import run as bench

from agent.tests.conftest import one

LINES = """
SELECT g.game_pk, l.sportsbook_id, l.outlet, l.market, l.side, l.line_timing, l.observed_at, l.line, l.american_price,
       l.is_opener, l.is_live, l.quality_score, l.raw_table, l.raw_id
  FROM staging.betting_lines l JOIN staging.games g USING (game_id)
 WHERE g.game_date = %s ORDER BY 1, 2, 3, 4, 5, 6, 7
"""


def store_season_day(admin: psycopg.Connection[Any], day: date, points: int = 6) -> list[dict[str, Any]]:
    """Fifteen games of the benchmark's generator on `day`: the book catalogue, schedule, scoreboard and splits
    (the reference lane) and each game's line history (the history lane)."""
    base = day.toordinal() % 100000
    games = [
        dict(
            g,
            pk=700000000 + base * 20 + i,
            an_id=600000000 + base * 20 + i,
            day=day,
            start=datetime(day.year, day.month, day.day, 23, 5, tzinfo=UTC) - timedelta(hours=3 * (i % 3)),
        )
        for i, g in enumerate(bench.schedule(15, seed=base))
    ]
    bench.store(
        admin,
        "action_network",
        "books",
        "action_network_books",
        f"books-{day}",
        {"books": bench.CATALOGUE},
        datetime(day.year, day.month, day.day, 6, tzinfo=UTC),
    )
    bench.store_day(admin, day, games, points, random.Random(base))
    return games


@pytest.fixture
def two_workers(admin):
    admin.execute("UPDATE pipeline.settings SET value = '2' WHERE key = 'pipeline.promotion_workers'")
    yield
    admin.execute("UPDATE pipeline.settings SET value = '1' WHERE key = 'pipeline.promotion_workers'")


def promote_reference_lane(admin: psycopg.Connection[Any]) -> None:
    """What job 1 does while reference rows wait: staging.promote() of just them (they sort first)."""
    waiting = one(admin, "SELECT staging.reference_rows_queued() AS n")["n"]
    assert one(admin, "SELECT status FROM staging.promote(%s)", (waiting,))["status"] == "succeeded"
    assert one(admin, "SELECT staging.reference_rows_queued() AS n")["n"] == 0


def test_two_workers_match_a_one_lane_rebuild(admin, fresh_day, two_workers):
    games = store_season_day(admin, fresh_day)
    promote_reference_lane(admin)
    history = {
        r["id"]
        for r in admin.execute(
            "SELECT r.id FROM raw_data.action_network_odds r JOIN pipeline.promotion_queue q ON q.raw_id = r.id "
            "AND q.raw_table = 'action_network_odds' WHERE r.request_key = ANY (%s)",
            ([str(g["an_id"]) for g in games],),
        ).fetchall()
    }
    assert len(history) == 15
    runs: list[dict[str, Any]] = []
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            with psycopg.connect("", row_factory=dict_row, autocommit=True) as conn:
                for _ in range(50):
                    run = one(conn, "SELECT * FROM staging.promote_partition(4)")
                    runs.append(run)
                    if (
                        run["status"] == "skipped"
                        and not one(conn, "SELECT count(*) AS n FROM staging.history_lane_queue()")["n"]
                    ):
                        return
        except BaseException as e:  # reported by the test
            errors.append(e)

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors
    done = [r for r in runs if r["status"] != "skipped"]
    assert {r["status"] for r in done} == {"succeeded"}
    lane = {
        r["partition"] for r in admin.execute("SELECT DISTINCT partition FROM staging.history_lane_queue()").fetchall()
    }
    assert not lane, "every partition was promoted"
    assert len({r["detail"]["partition"] for r in done}) >= 2, "the workers took several partitions"
    # Each history row was taken once: every one is some line's lineage, and the runs read no more rows than there were.
    assert sum(r["rows_in"] for r in done) >= 15
    lineage = {
        r["raw_id"]
        for r in admin.execute(
            "SELECT DISTINCT raw_id FROM staging.betting_lines WHERE raw_table = 'action_network_odds' AND raw_id = ANY (%s)",
            (sorted(history),),
        ).fetchall()
    }
    assert lineage == history
    assert not admin.execute(
        "SELECT 1 FROM staging.validation_results WHERE raw_table = 'action_network_odds' AND raw_id = ANY (%s) "
        "AND severity = 'reject'",
        (sorted(history),),
    ).fetchall()
    parallel = admin.execute(LINES, (fresh_day,)).fetchall()
    # games x books x outcomes x points (the scoreboard's own prices come beside them)
    assert sum(r["raw_table"] == "action_network_odds" for r in parallel) == 15 * 10 * 6 * 6

    # One rule everywhere: the one-lane rebuild from raw gives the same rows.
    admin.execute("SELECT * FROM staging.rebuild(%s)", (fresh_day,))
    assert admin.execute(LINES, (fresh_day,)).fetchall() == parallel


def test_workers_marking_one_date_never_wait(admin, fresh_day, two_workers):
    store_season_day(admin, fresh_day, points=3)
    promote_reference_lane(admin)
    admin.execute("DELETE FROM pipeline.dirty_dates WHERE game_date = %s", (fresh_day,))
    first = psycopg.connect("", row_factory=dict_row)  # a worker that has promoted and not committed
    try:
        run = one(first, "SELECT * FROM staging.promote_partition(100)")
        assert run["status"] == "succeeded"
        with psycopg.connect("", row_factory=dict_row, autocommit=True) as second:
            second.execute("SET lock_timeout = '3s'")  # waiting for the first worker would fail here
            other = one(second, "SELECT * FROM staging.promote_partition(100)")
            assert other["status"] == "succeeded"
            assert other["detail"]["partition"] != run["detail"]["partition"], "another partition, same date"
            marks = one(
                second,
                "SELECT count(DISTINCT marked_by) AS n, count(*) = count(DISTINCT game_id) AS by_game "
                "FROM pipeline.dirty_dates WHERE game_date = %s",
                (fresh_day,),
            )
            assert (marks["n"], marks["by_game"]) == (1, True)  # its own, a mark per game; the first worker's not yet
        first.commit()
    finally:
        first.close()
    marks = one(
        admin,
        "SELECT count(DISTINCT marked_by) AS n, count(DISTINCT game_date) AS d, count(DISTINCT game_id) AS games "
        "FROM pipeline.dirty_dates WHERE game_date = %s",
        (fresh_day,),
    )
    promoted = one(
        admin,
        "SELECT count(DISTINCT game_id) AS games FROM staging.betting_line_rows WHERE pipeline_run_id = ANY (%s)",
        ([run["id"], other["id"]],),
    )
    assert promoted["games"] > 1
    assert (marks["n"], marks["d"], marks["games"]) == (2, 1, promoted["games"]), (
        "two workers' marks of one date, a mark per game they promoted, counted as one date"
    )
    assert one(admin, "SELECT dirty_dates FROM pipeline.curated_summary")["dirty_dates"] >= 1


def test_a_worker_excludes_the_one_lane_promotion(admin, fresh_day, two_workers):
    store_season_day(admin, fresh_day, points=2)
    promote_reference_lane(admin)
    worker = psycopg.connect("", row_factory=dict_row)
    try:
        assert one(worker, "SELECT status FROM staging.promote_partition(1)")["status"] == "succeeded"
        run = one(admin, "SELECT status, detail FROM staging.promote(10)")
        assert (run["status"], run["detail"]["reason"]) == ("skipped", "another promotion holds the lock")
    finally:
        worker.rollback()
        worker.close()


def test_a_worker_with_nothing_to_take_leaves_the_lock(admin, fresh_day, two_workers):
    """Histories queued after a waiting schedule: the worker has nothing to take and holds no lock, so the
    promotion of the schedule (job 1) is not skipped for it."""
    # Histories other tests left queued (a worker rolled back) would be eligible: promote them first.
    while one(admin, "SELECT status FROM staging.promote_partition(1000)")["status"] == "succeeded":
        pass
    store_season_day(admin, fresh_day, points=2)  # the catalogue and schedule are queued before the histories
    worker = psycopg.connect("", row_factory=dict_row)
    try:
        run = one(worker, "SELECT status, detail FROM staging.promote_partition(100)")
        assert run["status"] == "skipped"
        assert run["detail"]["reason"].startswith("the queued line histories wait for reference rows")
        waiting = one(admin, "SELECT staging.reference_rows_queued() AS n")["n"]
        assert one(admin, "SELECT status FROM staging.promote(%s)", (waiting,))["status"] == "succeeded"
    finally:
        worker.rollback()
        worker.close()
    promote_reference_lane(admin)
    assert one(admin, "SELECT status FROM staging.promote_partition(100)")["status"] == "succeeded"


def test_two_sessions_create_a_season_once(admin):
    """Two promotions meeting a new season at once: the second waits for the first's partition, then uses it."""
    season = 2099
    admin.execute(f"DROP TABLE IF EXISTS staging.betting_line_rows_{season}")
    first = psycopg.connect("", row_factory=dict_row)
    try:
        assert one(first, "SELECT staging.add_line_partitions(ARRAY[%s]) AS n", (season,))["n"] == 1
        created: list[int] = []

        def second() -> None:
            with psycopg.connect("", row_factory=dict_row, autocommit=True) as conn:
                created.append(one(conn, "SELECT staging.add_line_partitions(ARRAY[%s]) AS n", (season,))["n"])

        waiting = threading.Thread(target=second)
        waiting.start()
        waiting.join(timeout=2)
        assert waiting.is_alive(), "the second session waits for the first's lock"
        first.commit()
        waiting.join(timeout=30)
        assert created == [0], "and then finds the partition made: nothing created twice"
    finally:
        first.close()
        admin.execute(f"DROP TABLE IF EXISTS staging.betting_line_rows_{season}")


def test_an_analysts_open_read_does_not_hold_a_new_seasons_promotion(admin):
    """Issue 29, item 1: an analyst's transaction left open after reading staging.betting_lines, and a new
    season's first payloads arrive. The promotion, bounded as every pipeline job is (pipeline.bound_lock_waits),
    makes the season's partition beside the reader instead of waiting for it (CREATE TABLE ... PARTITION OF
    waited for ACCESS EXCLUSIVE, indefinitely, and every later reader queued behind it)."""
    year = one(
        admin,
        "SELECT min(s) AS s FROM generate_series(1901, 1999) s WHERE to_regclass('staging.betting_line_rows_' || s) IS NULL "
        "AND to_regclass('raw_data.mlb_stats_api_' || s) IS NULL",  # a season nothing was stored for
    )["s"]
    day = date(year, 6, 14)
    store_season_day(admin, day, points=2)
    analyst = psycopg.connect("", user="mlb_analyst")  # psql -U mlb_analyst -c begin -c "select count(*) ..."
    try:
        analyst.execute("SELECT count(*) FROM staging.betting_lines")
        with psycopg.connect("", row_factory=dict_row, autocommit=True) as job:
            assert one(job, "SELECT pipeline.bound_lock_waits(p_session => true) AS t")["t"] == "10s"
            waiting = one(job, "SELECT count(*) AS n FROM pipeline.promotion_queue")["n"]
            run = one(job, "SELECT status, error_text FROM staging.promote(%s)", (waiting,))
        assert run == {"status": "succeeded", "error_text": None}
        stored = one(
            admin,
            "SELECT count(*) AS n, min(l.tableoid::regclass::text) AS part FROM staging.betting_line_rows l "
            "JOIN staging.games g USING (game_id) WHERE g.game_date = %s",
            (day,),
        )
        assert stored["n"] > 0 and stored["part"] == f"staging.betting_line_rows_{year}"
        assert analyst.execute("SELECT count(*) FROM staging.betting_lines").fetchone() is not None, "the read goes on"
    finally:
        analyst.rollback()
        analyst.close()


def test_a_pipeline_job_gives_up_a_lock_wait_and_keeps_its_rows_queued(admin, fresh_day):
    """Issue 29, item 1: with the games table locked by someone else, a bounded job fails after
    pipeline.lock_timeout_seconds (lock_not_available) instead of waiting; nothing it took is lost."""
    store_season_day(admin, fresh_day, points=2)
    queued = one(admin, "SELECT count(*) AS n FROM pipeline.promotion_queue")["n"]
    holder = psycopg.connect("")
    admin.execute("UPDATE pipeline.settings SET value = '1' WHERE key = 'pipeline.lock_timeout_seconds'")
    try:
        holder.execute("LOCK TABLE staging.games IN ACCESS EXCLUSIVE MODE")
        outcome: dict[str, Any] = {}

        def job() -> None:
            with psycopg.connect("", row_factory=dict_row, autocommit=True) as conn:
                conn.execute("SELECT pipeline.bound_lock_waits(p_session => true)")
                try:
                    outcome["run"] = one(conn, "SELECT status, error_text FROM staging.promote(%s)", (queued,))
                except psycopg.Error as exc:
                    outcome["error"] = exc.sqlstate

        worker = threading.Thread(target=job)
        worker.start()
        worker.join(timeout=60)
        assert not worker.is_alive(), "the job gave up its wait"
        assert outcome == {"run": {"status": "failed", "error_text": "canceling statement due to lock timeout"}}
    finally:
        holder.rollback()
        holder.close()
        admin.execute("UPDATE pipeline.settings SET value = default_value WHERE key = 'pipeline.lock_timeout_seconds'")
    assert one(admin, "SELECT count(*) AS n FROM pipeline.promotion_queue")["n"] == queued, (
        "its rows wait for the next run"
    )
    quarantined = one(
        admin,
        "SELECT count(*) AS n FROM staging.validation_results WHERE rule = 'promotion_error' "
        "AND pipeline_run_id = (SELECT max(id) FROM pipeline.runs WHERE zone = 'staging')",
    )["n"]
    assert quarantined == 0, "a wait is no bad payload"
