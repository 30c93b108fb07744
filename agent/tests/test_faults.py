"""Faults: a promotion killed mid-batch, bad payloads in every source, replays."""

from __future__ import annotations

import hashlib
import json
import threading
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import psycopg
import pytest
from psycopg.types.json import Jsonb

from agent import cli
from agent.tests.conftest import SAMPLE, one, replay_file

STAGING_TABLES = ["games", "game_source_ids", "betting_lines", "betting_splits", "validation_results"]


def digest(admin, table: str) -> str:
    cols = [
        r["attname"]
        for r in admin.execute(
            "SELECT attname FROM pg_attribute WHERE attrelid = %s::regclass AND attnum > 0 AND NOT attisdropped "
            "AND attname NOT IN ('pipeline_run_id', 'line_id', 'split_id', 'id', 'game_id', 'updated_at', 'created_at') "
            "ORDER BY attnum",
            (f"staging.{table}",),
        ).fetchall()
    ]
    return admin.execute(
        f"SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM (SELECT {', '.join(cols)} "
        f"FROM staging.{table}) t"
    ).fetchone()["h"]


def test_killed_promotion_loses_nothing(admin):
    cli.main(["replay", str(SAMPLE)])
    admin.execute(
        "INSERT INTO pipeline.promotion_queue (raw_table, raw_id) SELECT raw_table, raw_id FROM staging.raw_payloads "
        "ON CONFLICT DO NOTHING"
    )
    queued = admin.execute("SELECT count(*) AS n FROM pipeline.promotion_queue").fetchone()["n"]
    # Slow the promotion down enough to kill it mid-batch.
    victim = psycopg.connect("", autocommit=True)
    pid = victim.info.backend_pid
    errors: list[Exception] = []

    def promote():
        try:
            victim.execute("SELECT pg_sleep(0.3), * FROM staging.promote(100000)")
        except psycopg.Error as exc:
            errors.append(exc)

    worker = threading.Thread(target=promote)
    worker.start()
    time.sleep(0.5)
    admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
    worker.join(timeout=30)
    assert errors, "the promotion should have been killed"
    # Nothing half-done: the queue is intact, and the next run finishes the job.
    assert admin.execute("SELECT count(*) AS n FROM pipeline.promotion_queue").fetchone()["n"] == queued
    assert admin.execute("SELECT status FROM staging.promote(100000)").fetchone()["status"] == "succeeded"
    after_kill = {t: digest(admin, t) for t in STAGING_TABLES}
    # A clean re-run of the same rows gives identical tables.
    admin.execute(
        "INSERT INTO pipeline.promotion_queue (raw_table, raw_id) SELECT raw_table, raw_id FROM staging.raw_payloads "
        "ON CONFLICT DO NOTHING"
    )
    assert admin.execute("SELECT status FROM staging.promote(100000)").fetchone()["status"] == "succeeded"
    assert {t: digest(admin, t) for t in STAGING_TABLES} == after_kill


# (source, endpoint, raw table, body, the reason it must be quarantined with)
BAD_PAYLOADS = [
    (
        "sbd",
        "betting_splits",
        "sbd_betting_splits",
        b'{"games": [{"_id": "x", "home": {"co',
        "payload_not_json",
    ),  # truncated
    ("mlb_stats_api", "schedule", "mlb_stats_api", b"<html><body>502 Bad Gateway</body></html>", "payload_not_json"),
    ("odds_api", "odds", "odds_api_responses", b"", "payload_not_json"),  # empty body
    (
        "odds_api",
        "odds",
        "odds_api_responses",
        b'{"message": "Usage quota has been reached"}',
        "unexpected_payload_shape",
    ),
    ("action_network", "scoreboard", "action_network_games", b'{"games": "not a list"}', "unexpected_payload_shape"),
    (
        "action_network",
        "history",
        "action_network_odds",
        b'{"15": {"event": {"moneyline": [{"side": "ho',
        "payload_not_json",
    ),
    ("action_network", "books", "action_network_books", b'{"books": {"15": "Consensus"}}', "unexpected_payload_shape"),
    ("sbd", "betting_splits", "sbd_betting_splits", b'{"games": 17}', "unexpected_payload_shape"),  # wrong types
    ("mlb_stats_api", "schedule", "mlb_stats_api", b'{"dates": {"date": "2025-06-14"}}', "unexpected_payload_shape"),
    (
        "vsin",
        "betting_splits",
        "vsin_data",
        b"<html><body><p>Service unavailable</p></body></html>",
        "unexpected_payload_shape",
    ),
    (
        "odds_api",
        "odds",
        "odds_api_responses",
        b'[{"id": "f1", "commence_time": "2025-06-14T20:05:00Z", "home_team": "Gotham Knights", "away_team": "New York Mets",'
        b' "bookmakers": [{"key": "draftkings", "markets": [{"key": "h2h", "outcomes": [{"name": "New York Mets", "price": "EVEN"},'
        b' {"name": "Gotham Knights", "price": "-"}]}]}]}]',
        "unknown_team",
    ),  # unknown team, odds like EVEN and "-"
]


@pytest.mark.parametrize(("source", "endpoint", "table", "body", "reason"), BAD_PAYLOADS)
def test_bad_payloads_are_kept_and_quarantined(admin, tmp_path, source, endpoint, table, body, reason):
    key = "fault:" + hashlib.sha256(body).hexdigest()[:12]
    if source == "vsin":
        key = "2025-06-14:fault" + key[6:]  # VSIN keys are date:view
    path = tmp_path / ("payload.html" if body.startswith(b"<") else "payload.json")
    path.write_bytes(body)
    assert replay_file(source, endpoint, key, path) == 0
    raw = admin.execute(f"SELECT * FROM raw_data.{table} WHERE request_key = %s", (key,)).fetchone()
    # Raw still holds every byte.
    assert raw["body_sha256"] == hashlib.sha256(body).hexdigest()
    assert (raw["payload"] is not None) or raw["body_text"] == body.decode()
    admin.execute("INSERT INTO pipeline.promotion_queue VALUES (%s, %s) ON CONFLICT DO NOTHING", (table, raw["id"]))
    assert admin.execute("SELECT status FROM staging.promote(100000)").fetchone()["status"] == "succeeded"
    problems = admin.execute(
        "SELECT rule FROM staging.validation_results WHERE raw_table = %s AND raw_id = %s", (table, raw["id"])
    ).fetchall()
    lines = admin.execute(
        "SELECT count(*) AS n FROM staging.betting_lines WHERE raw_table = %s AND raw_id = %s", (table, raw["id"])
    ).fetchone()["n"]
    assert reason in {p["rule"] for p in problems}
    assert lines == 0  # nothing of these payloads became a price


def test_good_rows_of_a_payload_promote_beside_bad_ones(admin, tmp_path):
    body = (
        # The sample's own SBD id for the game: SBD names each game by one id (a second is source_game_id_conflict).
        b'{"games": [{"_id": "20250614.03-MLB-NYM@PHI", "date": "2025-06-14T20:05:00.000Z", "home": {"code": "PHI"}, '
        b'"away": {"code": "NYM"}, "sportsbooks": [{"name": "draftkings", "odds": {"moneyline": '
        b'{"away": {"american": "EVEN"}, "home": {"american": "-"}}}}]}, '
        b'{"_id": "F2-MLB-XXX@PHI", "date": "2025-06-14T23:05:00.000Z", "home": {"code": "PHI"}, '
        b'"away": {"code": "XXX"}, "sportsbooks": []}]}'
    )
    path = tmp_path / "sbd.json"
    path.write_bytes(body)
    cli.main(["replay", str(SAMPLE)])
    assert replay_file("sbd", "betting_splits", "fault:mixed", path) == 0
    raw_id = admin.execute("SELECT id FROM raw_data.sbd_betting_splits WHERE request_key = 'fault:mixed'").fetchone()[
        "id"
    ]
    admin.execute(
        "INSERT INTO pipeline.promotion_queue VALUES ('sbd_betting_splits', %s) ON CONFLICT DO NOTHING", (raw_id,)
    )
    admin.execute("SELECT * FROM staging.promote(100000)")
    promoted = admin.execute(
        "SELECT side, american_price FROM staging.betting_lines WHERE raw_table = 'sbd_betting_splits' AND raw_id = %s",
        (raw_id,),
    ).fetchall()
    rules = {
        r["rule"]
        for r in admin.execute(
            "SELECT rule FROM staging.validation_results WHERE raw_table = 'sbd_betting_splits' AND raw_id = %s",
            (raw_id,),
        ).fetchall()
    }
    assert promoted == [{"side": "away", "american_price": 100}]  # EVEN on the Mets, matched to the sample's game
    assert {"unparseable_price", "unknown_team"} <= rules


def test_replaying_twice_changes_nothing(admin):
    cli.main(["replay", str(SAMPLE)])
    admin.execute("SELECT * FROM staging.promote(100000)")
    before = {t: digest(admin, t) for t in STAGING_TABLES}
    assert cli.main(["replay", str(SAMPLE)]) == 0
    admin.execute("SELECT * FROM staging.promote(100000)")
    assert {t: digest(admin, t) for t in STAGING_TABLES} == before


def test_agent_killed_mid_collection_leaves_no_partial_row(admin, http_server, tmp_path, fresh_day):
    import os
    import signal
    import subprocess
    import sys

    from agent.tests.conftest import ROOT, Reply
    from agent.tests.test_collect import serve_sample

    serve_sample(http_server)
    # Slow histories so the kill lands in the middle of the run.
    for game_id in range(258101, 258116):
        path = f"/web/v2/markets/event/{game_id}/history"
        http_server.route(path, Reply(200, http_server.routes[path][0].body, delay=0.4))
    env = {
        **os.environ,
        "MLB_CONFIG": str(ROOT / "config.toml"),
        "MLB_SOURCES__ACTION_NETWORK__BASE_URL": http_server.url,
        "MLB_SOURCES__ACTION_NETWORK__MIN_REQUEST_INTERVAL_SECONDS": "0",
    }
    argv = [sys.executable, "-m", "agent.cli", "collect", "--source", "action_network", "--date", fresh_day.isoformat()]
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(2.0)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    # Every stored row is whole and has its log row; every log row's raw row exists.
    orphans = admin.execute("""
        SELECT count(*) AS n FROM raw_data.action_network_odds r
          LEFT JOIN raw_data.collection_log l ON l.id = r.collection_log_id WHERE l.id IS NULL""").fetchone()["n"]
    assert orphans == 0
    stored = admin.execute(
        "SELECT r.body_sha256, r.payload FROM raw_data.action_network_odds r "
        "JOIN raw_data.collection_log l ON l.id = r.collection_log_id "
        "WHERE l.mode = 'collect' AND r.fetched_at > now() - interval '1 minute'"
    ).fetchall()
    assert all(r["payload"] is not None for r in stored)
    # The next run catches up: every history is now stored or unchanged.
    assert subprocess.run(argv, env=env, capture_output=True, check=False).returncode == 0
    done = admin.execute("""
        SELECT count(DISTINCT request_key) AS n FROM raw_data.collection_log
         WHERE endpoint = 'history' AND outcome IN ('stored', 'unchanged') AND started_at > now() - interval '2 minutes'""").fetchone()
    assert done["n"] == 15


def test_cron_jobs_survive_a_restart(admin, db_env):
    import os
    import subprocess

    cluster = os.environ.get("MLB_TEST_CLUSTER_DIR")
    if not cluster:
        pytest.skip("needs the throwaway cluster of `make test`")
    jobs_before = {r["jobname"] for r in admin.execute("SELECT jobname FROM pipeline.cron_jobs()").fetchall()}
    pg_ctl = [
        "/usr/lib/postgresql/15/bin/pg_ctl",
        "-D",
        f"{cluster}/data",
        "-w",
        "-m",
        "fast",
        "restart",
        "-l",
        f"{cluster}/log/postgres.log",
    ]
    if os.geteuid() == 0:
        pg_ctl = ["runuser", "-u", "postgres", "--", *pg_ctl]
    subprocess.run(pg_ctl, check=True, capture_output=True, cwd="/")
    with psycopg.connect("", autocommit=True) as conn:
        jobs_after = {r[0] for r in conn.execute("SELECT jobname FROM pipeline.cron_jobs()").fetchall()}
        deadline = time.monotonic() + 10
        launcher = 0
        while time.monotonic() < deadline and not launcher:
            launcher = conn.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'pg_cron launcher'"
            ).fetchone()[0]  # type: ignore[index]
            time.sleep(0.2)
    assert jobs_after == jobs_before >= {"mlb-staging-promote", "mlb-curated-refresh"}
    assert launcher == 1  # the scheduler is back and will run them on the next minute


def schedule_game(game_pk: int, day: date, status: str = "S", home: int = 143, away: int = 121) -> dict:
    """One game of an MLB Stats API schedule (Phillies host the Mets unless told)."""
    coded = {"S": ("Preview", "Scheduled"), "D": ("Final", "Postponed"), "F": ("Final", "Final")}[status]
    game = {
        "gamePk": game_pk,
        "gameType": "R",
        "gameDate": f"{day.isoformat()}T23:05:00Z",
        "officialDate": day.isoformat(),
        "teams": {"away": {"team": {"id": away}}, "home": {"team": {"id": home}}},
        "doubleHeader": "N",
        "gameNumber": 1,
        "status": {"abstractGameState": coded[0], "codedGameState": status, "detailedState": coded[1]},
    }
    if status == "F":
        game["teams"]["away"]["score"], game["teams"]["home"]["score"] = 2, 5  # type: ignore[index]
    return game


def replay_json(tmp_path, source: str, endpoint: str, key: str, payload: object) -> None:
    path = tmp_path / f"{key.replace(':', '_')}.json"
    path.write_text(json.dumps(payload))
    assert replay_file(source, endpoint, key, path) == 0


def replay_schedule(tmp_path, day: date, game: dict) -> None:
    """An MLB schedule of one day holding one game, fetched now."""
    replay_json(
        tmp_path, "mlb_stats_api", "schedule", f"fault:{day}", {"dates": [{"date": day.isoformat(), "games": [game]}]}
    )


def promote_and_refresh(admin) -> None:
    assert admin.execute("SELECT status FROM staging.promote(100000)").fetchone()["status"] == "succeeded"
    # What the refresh job does (it is off while pipeline.auto_promotion is off, as in tests).
    dates = admin.execute("DELETE FROM pipeline.dirty_dates RETURNING game_date").fetchall()
    admin.execute("SELECT * FROM curated.rebuild_dates(%s)", (sorted({d["game_date"] for d in dates}),))


def test_game_moved_to_another_date_leaves_the_old_date(admin, tmp_path, fresh_day):
    game_pk = 800000 + fresh_day.toordinal() % 100000
    moved_to = fresh_day + timedelta(days=1)
    replay_schedule(tmp_path, fresh_day, schedule_game(game_pk, fresh_day, home=158, away=138))
    promote_and_refresh(admin)
    curated_dates = "SELECT game_date FROM curated.enhanced_games WHERE game_pk = %s"
    assert admin.execute(curated_dates, (game_pk,)).fetchall() == [{"game_date": fresh_day}]
    # A later schedule has the same game (same gamePk) a day later. Other clubs than the
    # other tests' Mets at Phillies: the next test may get that day.
    replay_schedule(tmp_path, moved_to, schedule_game(game_pk, moved_to, home=158, away=138))
    promote_and_refresh(admin)
    staged_dates = "SELECT game_date FROM staging.games WHERE game_pk = %s"
    assert admin.execute(staged_dates, (game_pk,)).fetchall() == [{"game_date": moved_to}]
    assert admin.execute(curated_dates, (game_pk,)).fetchall() == [{"game_date": moved_to}]
    failed = admin.execute(
        "SELECT count(*) AS n FROM pipeline.runs WHERE zone = 'curated' AND status = 'failed' "
        "AND started_at > now() - interval '1 minute'"
    ).fetchone()["n"]
    assert failed == 0


def odds_api_event(event_id: str, day: date, price_home: int, price_away: int) -> dict:
    """One The Odds API event: Phillies host the Mets, a DraftKings moneyline seen at noon UTC (never in the future)."""
    seen = min(datetime(day.year, day.month, day.day, 12, tzinfo=UTC), datetime.now(UTC) - timedelta(hours=1))
    seen_text = seen.strftime("%Y-%m-%dT%H:%M:%SZ")
    return {
        "id": event_id,
        "sport_key": "baseball_mlb",
        "commence_time": f"{day.isoformat()}T23:05:00Z",
        "home_team": "Philadelphia Phillies",
        "away_team": "New York Mets",
        "bookmakers": [
            {
                "key": "draftkings",
                "title": "DraftKings",
                "last_update": seen_text,
                "markets": [
                    {
                        "key": "h2h",
                        "last_update": seen_text,
                        "outcomes": [
                            {"name": "New York Mets", "price": price_away},
                            {"name": "Philadelphia Phillies", "price": price_home},
                        ],
                    }
                ],
            }
        ],
    }


def test_postponed_game_with_odds_keeps_the_prices_and_grades_void(admin, tmp_path, fresh_day):
    game_pk = 800000 + fresh_day.toordinal() % 100000
    replay_schedule(tmp_path, fresh_day, schedule_game(game_pk, fresh_day, status="D"))
    replay_json(
        tmp_path, "odds_api", "odds", f"fault:odds:{fresh_day}", [odds_api_event(f"pp{game_pk}", fresh_day, -130, 110)]
    )
    promote_and_refresh(admin)
    game = admin.execute(
        "SELECT game_id, status, has_result FROM curated.enhanced_games WHERE game_pk = %s", (game_pk,)
    ).fetchone()
    assert (game["status"], game["has_result"]) == ("postponed", False)
    prices = admin.execute(
        "SELECT side, american_price FROM staging.betting_lines WHERE game_id = %s ORDER BY side", (game["game_id"],)
    ).fetchall()
    assert prices == [{"side": "away", "american_price": 110}, {"side": "home", "american_price": -130}]
    bets = admin.execute(
        "SELECT strategy_key, result, profit_units FROM curated.strategy_results WHERE game_id = %s", (game["game_id"],)
    ).fetchall()
    assert bets, "the closing-price strategies take this game's prices"
    assert {(b["result"], b["profit_units"]) for b in bets} == {("void", 0)}


def test_duplicated_game_in_a_payload_is_stored_once(admin, tmp_path, fresh_day):
    game_pk = 800000 + fresh_day.toordinal() % 100000
    replay_schedule(tmp_path, fresh_day, schedule_game(game_pk, fresh_day, status="F"))
    event = odds_api_event(f"dup{game_pk}", fresh_day, -130, 110)
    replay_json(tmp_path, "odds_api", "odds", f"fault:dup:{fresh_day}", [event, event])
    promote_and_refresh(admin)
    games = admin.execute("SELECT game_id FROM staging.games WHERE game_date = %s", (fresh_day,)).fetchall()
    assert len(games) == 1
    lines = admin.execute(
        "SELECT side, american_price, count(*) AS n FROM staging.betting_lines WHERE game_id = %s GROUP BY 1, 2 ORDER BY 1",
        (games[0]["game_id"],),
    ).fetchall()
    assert lines == [{"side": "away", "american_price": 110, "n": 1}, {"side": "home", "american_price": -130, "n": 1}]
    home_bet = admin.execute(
        "SELECT result, american_price, profit_units FROM curated.strategy_results "
        "WHERE game_id = %s AND strategy_key = 'home_moneyline_at_close'",
        (games[0]["game_id"],),
    ).fetchall()
    # Phillies won 5-2 at -130: one bet, graded at the price taken (100/130), not at -110.
    assert [(b["result"], b["american_price"], round(b["profit_units"], 4)) for b in home_bet] == [
        ("win", -130, Decimal("0.7692"))
    ]


def test_concurrent_promotions_one_runs_the_other_skips(admin):
    """Two manual promotions and the cron job's entry point at once: one works, the rest skip; same tables."""
    cli.main(["replay", str(SAMPLE)])
    admin.execute("SELECT * FROM staging.promote(100000)")
    before = {t: digest(admin, t) for t in STAGING_TABLES}
    admin.execute(
        "INSERT INTO pipeline.promotion_queue (raw_table, raw_id) SELECT raw_table, raw_id FROM staging.raw_payloads "
        "ON CONFLICT DO NOTHING"
    )
    last_run = admin.execute("SELECT max(id) AS id FROM pipeline.runs").fetchone()["id"]
    # The queue now holds every raw row other tests stored (real fixtures too): one batch
    # must take it all, so the byte cut (pipeline.batch_max_bytes) is lifted here.
    cut = one(admin, "SELECT value FROM pipeline.settings WHERE key = 'pipeline.batch_max_bytes'")["value"]
    admin.execute("UPDATE pipeline.settings SET value = '1073741824' WHERE key = 'pipeline.batch_max_bytes'")
    admin.execute("UPDATE pipeline.settings SET value = 'true' WHERE key = 'pipeline.auto_promotion'")
    start = threading.Barrier(3)

    def run(sql: str) -> None:
        with psycopg.connect("", autocommit=True) as conn:
            start.wait()
            conn.execute(sql)

    calls = ("SELECT staging.promote(100000)", "SELECT staging.promote(100000)", "SELECT staging.promote_scheduled()")
    workers = [threading.Thread(target=run, args=(sql,)) for sql in calls]
    try:
        for w in workers:
            w.start()
        for w in workers:
            w.join(timeout=60)
    finally:
        admin.execute("UPDATE pipeline.settings SET value = 'false' WHERE key = 'pipeline.auto_promotion'")
        admin.execute("UPDATE pipeline.settings SET value = %s WHERE key = 'pipeline.batch_max_bytes'", (Jsonb(cut),))
    runs = admin.execute(
        "SELECT status, rows_in FROM pipeline.runs WHERE id > %s AND zone = 'staging' ORDER BY id", (last_run,)
    ).fetchall()
    # promote_scheduled() does nothing once the queue is empty, and the real cron job
    # may fire in the same second: at least the two manual runs.
    assert len(runs) >= 2
    assert [r["status"] for r in runs if r["rows_in"] > 0] == ["succeeded"]  # one run did the work
    assert {r["status"] for r in runs if r["rows_in"] == 0} <= {"skipped", "succeeded"}
    assert admin.execute("SELECT count(*) AS n FROM pipeline.promotion_queue").fetchone()["n"] == 0
    assert {t: digest(admin, t) for t in STAGING_TABLES} == before


def test_concurrent_curated_rebuilds_wait_and_agree(admin):
    cli.main(["replay", str(SAMPLE)])
    admin.execute("SELECT * FROM staging.promote(100000)")
    admin.execute("SELECT * FROM curated.rebuild('2025-06-14')")
    snapshot = (
        "SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS h FROM (SELECT game_id, sportsbook_id, market, side, "
        "open_price, close_price, latest_price, close_fair_probability FROM curated.betting_lines_enhanced) t"
    )
    before = admin.execute(snapshot).fetchone()["h"]
    start = threading.Barrier(2)
    errors: list[Exception] = []

    def rebuild() -> None:
        try:
            with psycopg.connect("", autocommit=True) as conn:
                start.wait()
                conn.execute("SELECT * FROM curated.rebuild('2025-06-14')")
        except psycopg.Error as exc:
            errors.append(exc)

    workers = [threading.Thread(target=rebuild) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=60)
    assert errors == []  # the second waited for the first's lock instead of failing
    assert admin.execute(snapshot).fetchone()["h"] == before


INNINGS = ["1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th"]
PRICE_COLUMNS = ["Run Line", None, "Open OU", None, "Close OU", None]  # a blank header is the price of the one before


def test_bad_sbro_rows_are_quarantined_beside_good_ones(admin, tmp_path):
    """An SBRO spreadsheet with an unknown club and a garbage price: the good rows promote."""
    import openpyxl

    innings = [0] * 9
    rows: list[list[Any]] = [
        ["Date", "Rot", "VH", "Team", "Pitcher", *INNINGS, "Final", "Open", "Close", *PRICE_COLUMNS],
        [329, 901, "V", "CUB", "A-L", *innings, 8, -175, -200, -1.5, -125, 8, -105, 8, -120],
        [329, 902, "H", "MIA", "B-R", *innings, 4, 155, "NL", 1.5, 105, 8, -115, 8, 100],  # NL: no close price
        [329, 903, "V", "XXX", "C-R", *innings, 2, 110, 120, 1.5, -185, 7, -106, 7, -110],  # no such club
        [329, 904, "H", "STL", "D-L", *innings, 3, -130, -140, -1.5, 165, 7, -114, 7, -110],
    ]
    book = openpyxl.Workbook()
    sheet = book.create_sheet("2019")
    for row in rows:
        sheet.append(list(row))
    path = tmp_path / "mlb-odds-2019.xlsx"  # MIA is the Marlins from 2012: aliases are dated
    book.save(path)
    assert cli.main(["import-sbro", str(path)]) == 0
    raw = admin.execute(
        "SELECT id, body_sha256 FROM raw_data.sbro_odds WHERE request_key = %s ORDER BY id DESC", (path.name,)
    )
    raw_row = raw.fetchone()
    assert raw_row["body_sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()  # every byte kept
    assert admin.execute("SELECT status FROM staging.promote(100000)").fetchone()["status"] == "succeeded"
    rules = {
        r["rule"]
        for r in admin.execute(
            "SELECT rule FROM staging.validation_results WHERE raw_table = 'sbro_odds' AND raw_id = %s",
            (raw_row["id"],),
        ).fetchall()
    }
    assert {"unknown_team", "unparseable_price"} <= rules
    lines = admin.execute(
        """SELECT g.home_team, g.away_team, l.market, l.side, l.line_timing, l.american_price
             FROM staging.betting_lines l JOIN staging.games g USING (game_id)
            WHERE l.source = 'sbro' AND l.market = 'moneyline' AND g.game_date = '2019-03-29' AND g.home_team = 'MIA'
            ORDER BY l.side, l.line_timing""",
    ).fetchall()
    assert [(r["home_team"], r["away_team"], r["side"], r["line_timing"], r["american_price"]) for r in lines] == [
        ("MIA", "CHC", "away", "close", -200),
        ("MIA", "CHC", "away", "open", -175),
        ("MIA", "CHC", "home", "open", 155),  # the NL close is quarantined, not guessed
    ]


def test_one_payload_stating_two_prices_for_one_observation_is_quarantined(admin, tmp_path, fresh_day):
    """The same book listed twice in an event with different prices: neither is guessed right."""
    game_pk = 800000 + fresh_day.toordinal() % 100000
    replay_schedule(tmp_path, fresh_day, schedule_game(game_pk, fresh_day))
    event = odds_api_event(f"two{game_pk}", fresh_day, -130, 110)
    twice = dict(event["bookmakers"][0], markets=[dict(event["bookmakers"][0]["markets"][0])])
    twice["markets"][0]["outcomes"] = [
        {"name": "New York Mets", "price": 105},
        {"name": "Philadelphia Phillies", "price": -125},
    ]
    fanduel = dict(event["bookmakers"][0], key="fanduel", title="FanDuel")
    event["bookmakers"] = [event["bookmakers"][0], twice, fanduel]
    replay_json(tmp_path, "odds_api", "odds", f"fault:two:{fresh_day}", [event])
    promote_and_refresh(admin)
    raw_id = admin.execute(
        "SELECT id FROM raw_data.odds_api_responses WHERE request_key = %s", (f"fault:two:{fresh_day}",)
    ).fetchone()["id"]
    promoted = admin.execute(
        "SELECT b.book_key, l.side, l.american_price FROM staging.betting_lines l JOIN staging.sportsbooks b USING (sportsbook_id) "
        "WHERE l.raw_table = 'odds_api_responses' AND l.raw_id = %s ORDER BY 1, 2",
        (raw_id,),
    ).fetchall()
    assert [(r["book_key"], r["side"], r["american_price"]) for r in promoted] == [
        ("fanduel", "away", 110),
        ("fanduel", "home", -130),
    ]
    conflicts = admin.execute(
        "SELECT details->>'side' AS side FROM staging.validation_results "
        "WHERE raw_table = 'odds_api_responses' AND raw_id = %s AND rule = 'conflicting_duplicate' ORDER BY 1",
        (raw_id,),
    ).fetchall()
    assert [c["side"] for c in conflicts] == ["New York Mets", "Philadelphia Phillies"]
