"""Promotion to staging seen from outside: locks, the sample day, real payloads."""

from __future__ import annotations

import psycopg
import pytest

from agent import cli
from agent.tests.conftest import REAL_FIXTURES, SAMPLE, replay_file


def promote(admin) -> dict:
    return admin.execute("SELECT * FROM staging.promote(100000)").fetchone()


def test_overlapping_promotion_is_skipped(admin):
    with psycopg.connect("", autocommit=False) as holder:
        holder.execute("SELECT pipeline.lock('staging.promote')")  # what a running promotion holds
        run = promote(admin)
        holder.rollback()
    assert run["status"] == "skipped"
    assert run["detail"]["reason"] == "another promotion holds the lock"
    assert promote(admin)["status"] == "succeeded"


def test_disabled_zone_promotes_nothing(admin):
    admin.execute("UPDATE pipeline.settings SET value = 'false' WHERE key = 'pipeline.staging_enabled'")
    try:
        run = promote(admin)
    finally:
        admin.execute("UPDATE pipeline.settings SET value = 'true' WHERE key = 'pipeline.staging_enabled'")
    assert run["status"] == "skipped"
    assert "staging_enabled" in run["detail"]["reason"]


def test_sample_day_promotes_completely(admin):
    assert cli.main(["replay", str(SAMPLE)]) == 0
    assert promote(admin)["status"] == "succeeded"
    games = admin.execute(
        "SELECT game_pk, home_team, away_team, game_number, status FROM staging.games "
        "WHERE game_date = '2025-06-14' ORDER BY game_pk"
    ).fetchall()
    assert len(games) == 15
    assert all(g["game_pk"] for g in games)  # every game is the MLB schedule's
    doubleheader = [g for g in games if (g["home_team"], g["away_team"]) == ("BAL", "TB")]
    assert [g["game_number"] for g in doubleheader] == [1, 2]
    assert [g["status"] for g in games if g["home_team"] == "CWS"] == ["postponed"]
    # Every source's games matched to the schedule; no team left unknown.
    unmatched = admin.execute("""
        SELECT rule, source, record_ref FROM staging.validation_results v
         JOIN staging.raw_payloads p ON p.raw_table = v.raw_table AND p.raw_id = v.raw_id
         WHERE v.game_date = '2025-06-14' AND v.severity = 'reject' AND p.request_key NOT LIKE 'fault:%%'""").fetchall()
    assert unmatched == []
    per_source = dict(
        admin.execute("""
        SELECT m.source, count(DISTINCT g.game_id) AS n FROM staging.game_source_ids m JOIN staging.games g USING (game_id)
         WHERE g.game_date = '2025-06-14' GROUP BY m.source""").fetchall()
        and [
            (r["source"], r["n"])
            for r in admin.execute("""
        SELECT m.source, count(DISTINCT g.game_id) AS n FROM staging.game_source_ids m JOIN staging.games g USING (game_id)
         WHERE g.game_date = '2025-06-14' GROUP BY m.source""").fetchall()
        ]
    )
    assert per_source["mlb_stats_api"] == 15
    assert per_source["action_network"] == 15
    assert per_source["sbd"] == 14  # SBD drops the postponed game
    assert per_source["odds_api"] == 14
    # VSIN lists no times: its doubleheader rows are matched by page order.
    assert per_source["vsin"] == 14
    dupes = admin.execute("""
        SELECT count(*) - count(DISTINCT (game_id, sportsbook_id, market, side, source, line_timing, observed_at)) AS n
          FROM staging.betting_lines""").fetchone()
    assert dupes["n"] == 0


@pytest.mark.skipif(not REAL_FIXTURES.is_dir(), reason="../shared/fixtures/real absent")
@pytest.mark.parametrize(
    ("source", "endpoint", "relpath"),
    [
        ("sbd", "betting_splits", "sbd/betting-splits-2025-06-13.json"),
        ("mlb_stats_api", "schedule", "mlb_stats_api/schedule-2022-04-07.json"),
        ("mlb_stats_api", "schedule", "mlb_stats_api/schedule-2022-10-11_2022-10-13.json"),
        ("odds_api", "odds", "odds_api/odds-baseball_mlb-2022-09-17.json"),
    ],
)
def test_real_payloads_match_every_team(admin, source, endpoint, relpath):
    key = f"staging:{relpath}"
    replay_file(source, endpoint, key, REAL_FIXTURES / relpath, fetched_at="2025-06-13T17:00:00+00:00")
    raw = admin.execute("SELECT raw_table, raw_id FROM staging.raw_payloads WHERE request_key = %s", (key,)).fetchone()
    # Queued again in case an earlier run of this suite stored the same body.
    admin.execute(
        "INSERT INTO pipeline.promotion_queue (raw_table, raw_id) VALUES (%s, %s) ON CONFLICT DO NOTHING",
        (raw["raw_table"], raw["raw_id"]),
    )
    assert promote(admin)["status"] == "succeeded"
    games = admin.execute(
        "SELECT count(*) AS n FROM staging.source_games_raw WHERE raw_table = %s AND raw_id = %s",
        (raw["raw_table"], raw["raw_id"]),
    ).fetchone()["n"]
    problems = admin.execute(
        """
        SELECT rule, record_ref, details FROM staging.validation_results
         WHERE raw_table = %s AND raw_id = %s AND entity = 'game'""",
        (raw["raw_table"], raw["raw_id"]),
    ).fetchall()
    mapped = admin.execute(
        """
        SELECT count(*) AS n FROM staging.game_source_ids m WHERE m.source = %s AND m.source_game_id IN (
          SELECT source_game_id FROM staging.source_games_raw WHERE raw_table = %s AND raw_id = %s)""",
        (source, raw["raw_table"], raw["raw_id"]),
    ).fetchone()["n"]
    # Every team a payload names is matched; games whose payload names no teams
    # (two in the recorded post-season file have "teams": {}) are quarantined as such.
    missing = [p for p in problems if p["rule"] == "missing_team"]
    assert games > 0
    assert [p for p in problems if p["rule"] != "missing_team"] == []
    assert mapped + len(missing) == games


@pytest.mark.skipif(not REAL_FIXTURES.is_dir(), reason="../shared/fixtures/real absent")
@pytest.mark.parametrize("season", ["2014", "2018"])
def test_sbro_season_promotes_completely(admin, season):
    path = REAL_FIXTURES / f"sbro/mlb-odds-{season}.xlsx"
    assert cli.main(["import-sbro", str(path)]) == 0
    assert promote(admin)["status"] == "succeeded"
    pairs = admin.execute(
        "SELECT count(*) AS n FROM staging.source_games_raw WHERE source = 'sbro' AND source_game_id LIKE %s",
        (f"{path.name}:%",),
    ).fetchone()["n"]
    summary = admin.execute(
        """
        WITH g AS (
          SELECT DISTINCT g.* FROM staging.game_source_ids m JOIN staging.games g USING (game_id)
           WHERE m.source = 'sbro' AND m.source_game_id LIKE %s)
        SELECT count(*) AS games,
               count(*) FILTER (WHERE status = 'final' AND home_score IS NOT NULL AND away_score IS NOT NULL) AS finals,
               count(*) FILTER (WHERE (SELECT count(DISTINCT (l.side, l.line_timing)) FROM staging.betting_lines l
                                        WHERE l.game_id = g.game_id AND l.market = 'moneyline') = 4) AS open_close_moneylines,
               count(*) FILTER (WHERE EXISTS (SELECT 1 FROM staging.betting_lines l
                                        WHERE l.game_id = g.game_id AND l.market = 'spread')) AS run_lines,
               count(*) FILTER (WHERE (SELECT count(DISTINCT l.side) FROM staging.betting_lines l
                                        WHERE l.game_id = g.game_id AND l.market = 'total') = 2) AS totals
          FROM g""",
        (f"{path.name}:%",),
    ).fetchone()
    assert pairs > 2400
    assert summary["games"] == pairs
    assert summary["finals"] == pairs
    # A handful of SBRO cells are blank or garbage; they are quarantined, the rest are complete.
    rejected = admin.execute(
        """
        SELECT count(DISTINCT split_part(record_ref, ':', 3)) AS n FROM staging.validation_results
         WHERE source = 'sbro' AND entity = 'line' AND severity = 'reject' AND record_ref LIKE %s""",
        (f"{path.name}:%",),
    ).fetchone()["n"]
    assert summary["open_close_moneylines"] >= pairs - rejected
    assert summary["run_lines"] >= pairs - rejected
    assert summary["totals"] >= pairs - rejected
