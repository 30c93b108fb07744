"""Per-game summaries kept during promotion (issue 14): the open, close and latest picks promotion stores
are those a rebuild from raw stores; curated is rebuilt for the games a batch touched
and gives what a whole-date rebuild gives; two writers of one game leave its summary whole."""

from __future__ import annotations

import random
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
from psycopg.rows import dict_row

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import run as bench

from agent.tests.conftest import one
from agent.tests.test_parallel import store_season_day

# What a summary says, by natural keys: the picks as the lines they name, never by line id.
SUMMARIES = """
SELECT g.game_pk, s.sportsbook_id, s.market, s.side, s.observations, s.first_observed_at,
       s.last_observed_at, s.raw_table, s.raw_id,
       op.american_price AS open_price, op.observed_at AS open_at, op.raw_id AS open_raw,
       cl.american_price AS close_price, cl.observed_at AS close_at, cl.raw_id AS close_raw,
       la.american_price AS latest_price, la.observed_at AS latest_at, la.raw_id AS latest_raw
  FROM staging.line_summaries s JOIN staging.games g USING (game_id)
  LEFT JOIN staging.betting_line_rows op ON op.line_id = s.open_line_id
  LEFT JOIN staging.betting_line_rows cl ON cl.line_id = s.close_line_id
  JOIN staging.betting_line_rows la ON la.line_id = s.latest_line_id
 WHERE g.game_date = %s ORDER BY 1, 2, 3, 4
"""
CHANGES = """
SELECT g.game_pk, m.sportsbook_id, m.market, m.side, m.source, m.outlet, m.moved_at, m.previous_line, m.new_line,
       m.previous_price, m.new_price, m.minutes_since_last_change, m.is_live, m.raw_table, m.raw_id
  FROM staging.line_movements m JOIN staging.games g USING (game_id)
 WHERE g.game_date = %s ORDER BY 1, 2, 3, 4, 5, 6, 7
"""
CURATED = """
SELECT 'lines' AS t, to_jsonb(e) - 'pipeline_run_id' - 'close_line_id' - 'created_at' - 'game_id' AS row, g.game_pk
  FROM curated.betting_lines_enhanced e JOIN staging.games g USING (game_id) WHERE g.game_date = %(d)s
UNION ALL SELECT 'consensus', to_jsonb(c) - 'pipeline_run_id' - 'created_at' - 'game_id', g.game_pk
  FROM curated.market_consensus c JOIN staging.games g USING (game_id) WHERE g.game_date = %(d)s
UNION ALL SELECT 'movements', to_jsonb(m) - 'pipeline_run_id' - 'created_at' - 'game_id' - 'movement_id', g.game_pk
  FROM curated.movement_analysis m JOIN staging.games g USING (game_id) WHERE g.game_date = %(d)s
UNION ALL SELECT 'signals', to_jsonb(b) - 'pipeline_run_id' - 'created_at' - 'game_id' - 'analysis_id', g.game_pk
  FROM curated.betting_analysis b JOIN staging.games g USING (game_id) WHERE g.game_date = %(d)s
UNION ALL SELECT 'features', to_jsonb(f) - 'pipeline_run_id' - 'created_at' - 'game_id', g.game_pk
  FROM curated.feature_vectors f JOIN staging.games g USING (game_id) WHERE g.game_date = %(d)s
 ORDER BY 1, 3, 2
"""


def promote_in_small_batches(admin: psycopg.Connection[Any]) -> None:
    """Promotion as data arrives: a few raw rows a batch, so a game's lines come in more than one batch."""
    for _ in range(200):
        if not one(admin, "SELECT count(*) AS n FROM pipeline.promotion_queue")["n"]:
            return
        assert one(admin, "SELECT status FROM staging.promote(4)")["status"] == "succeeded"
    raise AssertionError("the queue did not drain")


def drain(admin: psycopg.Connection[Any]) -> dict[str, Any]:
    return one(admin, "SELECT * FROM curated.drain_dirty_dates(NULL)")


def test_promoted_summaries_and_curated_games_match_rebuilds(admin, fresh_day):
    store_season_day(admin, fresh_day, points=6)
    promote_in_small_batches(admin)
    assert not admin.execute(
        "SELECT 1 FROM staging.stale_line_summaries s JOIN staging.games g USING (game_id) WHERE g.game_date = %s",
        (fresh_day,),
    ).fetchall(), "every batch computed the games it touched"
    summaries = admin.execute(SUMMARIES, (fresh_day,)).fetchall()
    changes = admin.execute(CHANGES, (fresh_day,)).fetchall()
    # 15 games x 10 books x 6 outcomes; the moves of the generated markets
    assert len(summaries) == 15 * 10 * 6 and len(changes) > 100
    # Promotion marked each game it touched; the drain rebuilds those games.
    marked = one(
        admin,
        "SELECT count(DISTINCT game_id) AS games, bool_and(game_id IS NOT NULL) AS named FROM pipeline.dirty_dates "
        "WHERE game_date = %s",
        (fresh_day,),
    )
    assert (marked["games"], marked["named"]) == (15, True)
    assert drain(admin)["games"] >= 15
    by_game = admin.execute(CURATED, {"d": fresh_day}).fetchall()
    assert sum(r["t"] == "lines" for r in by_game) == len(summaries)

    # One rule everywhere: the date rebuilt from raw, then curated whole, gives the same rows.
    admin.execute("SELECT * FROM staging.rebuild(%s)", (fresh_day,))
    assert admin.execute(SUMMARIES, (fresh_day,)).fetchall() == summaries
    assert admin.execute(CHANGES, (fresh_day,)).fetchall() == changes
    admin.execute("SELECT * FROM curated.rebuild(%s)", (fresh_day,))
    assert admin.execute(CURATED, {"d": fresh_day}).fetchall() == by_game


def test_a_new_history_rebuilds_its_game_alone(admin, fresh_day):
    games = store_season_day(admin, fresh_day, points=4)
    promote_in_small_batches(admin)
    drain(admin)
    runs = "SELECT g.game_pk, max(e.pipeline_run_id) AS run FROM curated.betting_lines_enhanced e JOIN staging.games g USING (game_id) WHERE g.game_date = %s GROUP BY 1"
    before = {r["game_pk"]: r["run"] for r in admin.execute(runs, (fresh_day,)).fetchall()}

    # A later fetch of one game's history, with two more points.
    g = games[3]
    later = g["start"] + timedelta(hours=9)
    bench.store(
        admin,
        "action_network",
        "history",
        "action_network_odds",
        str(g["an_id"]),
        bench.history_payload(g, 6, random.Random(99)),
        later,
    )
    promote_in_small_batches(admin)
    assert drain(admin)["games"] == 1, "only the game the batch touched"
    after = {r["game_pk"]: r["run"] for r in admin.execute(runs, (fresh_day,)).fetchall()}
    assert [pk for pk in after if after[pk] != before[pk]] == [g["pk"]]

    # And it is what the whole date's rebuild gives.
    by_game = admin.execute(CURATED, {"d": fresh_day}).fetchall()
    admin.execute("SELECT * FROM curated.rebuild(%s)", (fresh_day,))
    assert admin.execute(CURATED, {"d": fresh_day}).fetchall() == by_game


def test_two_writers_of_one_game_leave_its_summary_whole(admin, fresh_day):
    """Each writer computes the game at the end of its transaction; the second waits for the first's lock and
    then sees its committed lines, so neither misses the other's observation."""
    run = one(admin, "INSERT INTO pipeline.runs (zone, kind) VALUES ('staging', 'promote') RETURNING id")["id"]
    game = one(
        admin,
        "INSERT INTO staging.games (game_date, start_time, home_team, away_team, status, status_source, "
        "status_fetched_at, quality_score, raw_table, raw_id, pipeline_run_id) VALUES (%s, %s, 'NYY', 'BOS', "
        "'scheduled', 'odds_api', now(), 1, 'odds_api_responses', 1, %s) RETURNING game_id",
        (fresh_day, datetime(fresh_day.year, fresh_day.month, fresh_day.day, 23, tzinfo=UTC), run),
    )["game_id"]
    insert = (
        "INSERT INTO staging.betting_lines (game_id, sportsbook_id, market, side, american_price, observed_at, source, "
        "quality_score, raw_table, raw_id, raw_fetched_at, pipeline_run_id) SELECT %s, sportsbook_id, 'moneyline', "
        "'home', %s, %s, 'action_network', 1, 'action_network_odds', %s, now(), %s FROM staging.sportsbooks "
        "WHERE book_key = 'draftkings'"
    )
    noon = datetime(fresh_day.year, fresh_day.month, fresh_day.day, 12, tzinfo=UTC)
    first = psycopg.connect("", row_factory=dict_row)
    try:
        first.execute(insert, (game, -110, noon, 1, run))
        first.execute("SELECT staging.refresh_line_summaries(%s, %s)", (run, [game]))  # holds the game, uncommitted
        done: dict[str, Any] = {}

        def second_writer() -> None:
            with psycopg.connect("", row_factory=dict_row) as second:
                second.execute(insert, (game, -120, noon + timedelta(hours=1), 2, run))
                done["n"] = one(second, "SELECT staging.refresh_line_summaries(%s, %s) AS n", (run, [game]))["n"]
                second.commit()

        writer = threading.Thread(target=second_writer)
        writer.start()
        time.sleep(1.0)
        assert "n" not in done, "the second writer waits for the first one's game"
        first.commit()
        writer.join(timeout=30)
    finally:
        first.close()
    assert done.get("n") == 1
    summary = one(
        admin,
        "SELECT s.observations, la.raw_id AS latest_raw FROM staging.line_summaries s "
        "JOIN staging.betting_line_rows la ON la.line_id = s.latest_line_id WHERE s.game_id = %s",
        (game,),
    )
    assert summary == {"observations": 2, "latest_raw": 2}
    assert not admin.execute("SELECT 1 FROM staging.stale_line_summaries WHERE game_id = %s", (game,)).fetchall()
