"""Runs unattended: races between promotion and the curated refresh lose nothing."""

from __future__ import annotations

import hashlib
import itertools
import json
import subprocess
import threading
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest

from agent import cli
from agent.tests.conftest import ROOT, SAMPLE, replay_file, replay_schedule_game

_pk = itertools.count(992000)


def test_a_change_made_during_a_refresh_is_not_lost(admin, tmp_path, fresh_day):
    """The refresh takes a date, a promotion changes that date before the refresh commits:
    the date stays dirty and is rebuilt again (the lost update of the adversarial review)."""
    pk = next(_pk)
    assert replay_schedule_game(tmp_path, fresh_day, pk) == 0
    assert cli.main(["pipeline", "run", "--zone", "staging"]) == 0
    assert cli.main(["pipeline", "run", "--zone", "curated"]) == 0
    touch = "UPDATE staging.games SET updated_at = clock_timestamp() WHERE game_pk = %s"
    admin.execute(touch, (pk,))  # the date is dirty
    dirty = "SELECT count(*) AS n FROM pipeline.dirty_dates WHERE game_date = %s"
    assert admin.execute(dirty, (fresh_day,)).fetchone()["n"] == 1

    promotion = psycopg.connect("")  # a promotion that has changed the date and not yet committed
    promotion.execute(touch, (pk,))
    done: dict[str, Any] = {}

    def refresh() -> None:
        with psycopg.connect("", autocommit=True) as conn:
            done["row"] = conn.execute("SELECT * FROM curated.drain_dirty_dates(NULL)").fetchone()

    worker = threading.Thread(target=refresh)
    worker.start()
    time.sleep(1.0)
    promotion.commit()
    promotion.close()
    worker.join(timeout=60)
    assert "row" in done, "the refresh did not finish"
    # The change committed during the refresh keeps its date on the list for the next one.
    assert admin.execute(dirty, (fresh_day,)).fetchone()["n"] == 1
    assert cli.main(["pipeline", "run", "--zone", "curated"]) == 0
    assert admin.execute(dirty, (fresh_day,)).fetchone()["n"] == 0


def test_other_roles_cannot_stall_the_pipeline(admin, tmp_path, fresh_day):
    """The old advisory-lock keys held by the analyst change nothing; the new locks are not theirs to take."""
    analyst = psycopg.connect("", user="mlb_analyst", autocommit=True)
    try:
        analyst.execute("SELECT pg_advisory_lock(hashtext('mlb.staging.promote'))")
        analyst.execute("SELECT pg_advisory_lock(hashtext('mlb.curated.rebuild'))")
        analyst.execute("SELECT pg_advisory_lock(hashtext('mlb.curated.refresh'))")
        key = fresh_day.isoformat()
        analyst.execute("SELECT pg_advisory_lock(hashtextextended('raw_data.sbd_betting_splits:' || %s, 0))", (key,))
        payload = tmp_path / "sbd.json"
        payload.write_text(json.dumps({"games": []}))
        assert replay_file("sbd", "betting_splits", key, payload) == 0  # the agent is not blocked
        run = admin.execute("SELECT status FROM staging.promote()").fetchone()
        assert run["status"] == "succeeded"  # not skipped
        admin.execute("SELECT * FROM curated.drain_dirty_dates(1)")  # does not wait
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            analyst.execute("SELECT pipeline.lock('staging.promote')")
    finally:
        analyst.close()


@pytest.mark.parametrize(
    "forgery",
    [
        "INSERT INTO raw_data.sbd_betting_splits (collection_log_id, request_key, fetched_at, payload, body_sha256, "
        "body_bytes) VALUES (1, 'forged', '1990-01-01', '{}', repeat('0', 64), 2)",
        "INSERT INTO raw_data.collection_log (id, source, endpoint, started_at, finished_at, outcome) "
        "VALUES (999999999, 'sbd', 'x', now(), now(), 'network_error')",
        "SELECT nextval('raw_data.collection_log_id_seq')",
    ],
    ids=["raw row", "log row", "log id"],
)
def test_the_agent_writes_raw_only_through_record_attempt(db_env, forgery):
    with (
        psycopg.connect("", user="mlb_agent", autocommit=True) as agent,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        agent.execute(forgery)


def test_retention_keeps_what_staging_derives_from(admin):
    """After a real retention of everything older than a day, rebuilding the sample day from raw
    gives the same staging and curated rows (the retention destroyed 3,808 lines before)."""
    cli.main(["replay", str(SAMPLE)])
    assert cli.main(["pipeline", "run", "--zone", "staging"]) in (0, 1)
    counts = """SELECT (SELECT count(*) FROM staging.betting_lines l JOIN staging.games g USING (game_id)
                         WHERE g.game_date = '2025-06-14') AS lines,
                       (SELECT count(*) FROM staging.betting_splits s JOIN staging.games g USING (game_id)
                         WHERE g.game_date = '2025-06-14') AS splits"""
    admin.execute("SELECT * FROM staging.rebuild('2025-06-14')")
    before = admin.execute(counts).fetchone()
    assert before["lines"] > 0
    result = admin.execute("SELECT * FROM pipeline.apply_raw_retention('1 day', false)").fetchall()
    assert sum(r["rows_kept"] for r in result) > 0
    admin.execute("SELECT * FROM staging.rebuild('2025-06-14')")
    assert admin.execute(counts).fetchone() == before
    curated = admin.execute("SELECT lines, bets FROM curated.rebuild('2025-06-14')").fetchone()
    assert curated["lines"] > 0 and curated["bets"] > 0


def test_a_session_setting_cannot_delete_raw_rows(admin):
    with pytest.raises(psycopg.errors.InsufficientPrivilege), admin.transaction():
        admin.execute("SET LOCAL mlb.raw_retention = 'on'")
        admin.execute("DELETE FROM raw_data.sbd_betting_splits")


def test_reverting_a_source_refuses_while_it_holds_raw_rows(admin, tmp_path):
    """sqitch revert past a source's change used to drop its raw table; it now refuses (and drops nothing)."""
    cli.main(["replay", str(SAMPLE)])
    before = admin.execute("SELECT count(*) AS n FROM raw_data.sbd_betting_splits").fetchone()["n"]
    assert before > 0
    done = subprocess.run(
        ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", str(ROOT / "db/revert/sources/sbd/payload_tables.sql")],
        capture_output=True,
        text=True,
    )
    assert done.returncode != 0
    assert "refusing to drop raw_data.sbd_betting_splits" in done.stderr
    assert admin.execute("SELECT count(*) AS n FROM raw_data.sbd_betting_splits").fetchone()["n"] == before


def test_raw_keeps_the_bytes_exactly_as_received(admin, tmp_path, fresh_day):
    """Duplicate keys, \\u0000 and bytes that are not UTF-8 reach raw unchanged, and sha256(body) = body_sha256."""
    weird = b'{"games": [], "games": [], "note": "a\\u0000b", "x": "caf\xe9"}'
    path = tmp_path / "weird.json"
    path.write_bytes(weird)
    assert replay_file("sbd", "betting_splits", fresh_day.isoformat(), path) == 0
    row = admin.execute(
        "SELECT body, body_sha256, payload FROM raw_data.sbd_betting_splits WHERE request_key = %s",
        (fresh_day.isoformat(),),
    ).fetchone()
    assert bytes(row["body"]) == weird
    assert row["body_sha256"] == hashlib.sha256(weird).hexdigest()
    sbro = ROOT.parent / "shared" / "fixtures" / "real" / "sbro" / "mlb-odds-2014.xlsx"
    if sbro.exists():
        assert cli.main(["import-sbro", str(sbro)]) == 0
        stored = admin.execute(
            "SELECT body FROM raw_data.sbro_odds WHERE request_key = %s AND body IS NOT NULL ORDER BY id DESC LIMIT 1",
            (sbro.name,),
        ).fetchone()
        assert bytes(stored["body"]) == sbro.read_bytes()  # the spreadsheet itself, not only its cells


def _copies_of(admin: psycopg.Connection[Any], game_pk: int) -> tuple[list[Any], list[Any]]:
    """Every column of the game's staged lines and splits except the ids and run a table's insert order decides."""
    lines = admin.execute(
        """SELECT l.sportsbook_id, l.market, l.side, l.line, l.american_price, l.observed_at, l.line_timing,
                  l.is_opener, l.is_live, l.source, l.quality_score, l.raw_table, l.raw_id, l.raw_fetched_at
             FROM staging.betting_lines l JOIN staging.games g USING (game_id) WHERE g.game_pk = %s
            ORDER BY 1, 2, 3, 6, 10""",
        (game_pk,),
    ).fetchall()
    splits = admin.execute(
        """SELECT s.source, s.sportsbook_id, s.market, s.side, s.bets_percent, s.money_percent, s.bet_count,
                  s.observed_at, s.quality_score, s.raw_table, s.raw_id, s.raw_fetched_at
             FROM staging.betting_splits s JOIN staging.games g USING (game_id) WHERE g.game_pk = %s
            ORDER BY 1, 2, 3, 4, 8""",
        (game_pk,),
    ).fetchall()
    return lines, splits


def test_the_newest_copy_wins_in_promotion_and_rebuild_alike(admin, tmp_path, fresh_day):
    """A corrected copy of an observation (same book, market, side and stated time) replaces the stored one;
    a late replay of an older copy does not; rebuilding the date from raw gives the same rows and lineage."""
    pk = next(_pk)
    day = fresh_day.isoformat()
    assert replay_schedule_game(tmp_path, fresh_day, pk) == 0
    stated = f"{day}T15:00:00Z"

    def odds(home_price: int) -> list[Any]:
        market = {
            "key": "h2h",
            "last_update": stated,
            "outcomes": [{"name": "New York Yankees", "price": home_price}, {"name": "Boston Red Sox", "price": 110}],
        }
        return [
            {
                "id": f"ev{pk}",
                "commence_time": f"{day}T17:05:00Z",
                "home_team": "New York Yankees",
                "away_team": "Boston Red Sox",
                "bookmakers": [
                    {"key": "draftkings", "title": "DraftKings", "last_update": stated, "markets": [market]}
                ],
            }
        ]

    def splits(home_bets: int) -> dict[str, Any]:
        team = {
            "home": {"_id": "MLB_NYY", "code": "NYY", "city": "New York", "team": "Yankees"},
            "away": {"_id": "MLB_BOS", "code": "BOS", "city": "Boston", "team": "Red Sox"},
        }
        moneyline = {
            "updated": stated,
            "bets": 1000,
            "home": {"betsPercentage": home_bets, "stakePercentage": 50},
            "away": {"betsPercentage": 100 - home_bets, "stakePercentage": 50},
        }
        return {
            "group": day,
            "games": [
                {
                    "_id": f"sbd-{pk}",
                    "date": f"{day}T17:05:00.000Z",
                    **team,
                    "sportsbooks": [],
                    "bettingSplits": {"moneyline": moneyline},
                }
            ],
        }

    def replay(copy: str, price: int, bets: int, fetched_at: str) -> None:
        (tmp_path / f"odds-{copy}.json").write_text(json.dumps(odds(price)))
        (tmp_path / f"sbd-{copy}.json").write_text(json.dumps(splits(bets)))
        assert replay_file("odds_api", "odds", day, tmp_path / f"odds-{copy}.json", fetched_at) == 0
        assert replay_file("sbd", "betting_splits", day, tmp_path / f"sbd-{copy}.json", fetched_at) == 0
        assert cli.main(["pipeline", "run", "--zone", "staging"]) == 0

    def home_price_and_bets() -> tuple[int, float]:
        lines, split_rows = _copies_of(admin, pk)
        price = next(r["american_price"] for r in lines if r["side"] == "home")
        bets = next(r["bets_percent"] for r in split_rows if r["side"] == "home")
        return price, float(bets)

    replay("first", -123, 60, f"{day}T16:00:00Z")
    assert home_price_and_bets() == (-123, 60.0)
    replay("corrected", -140, 70, f"{day}T16:30:00Z")
    assert home_price_and_bets() == (-140, 70.0)  # the newer copy replaced the stored one
    replay("late-older", -150, 80, f"{day}T15:30:00Z")
    assert home_price_and_bets() == (-140, 70.0)  # stored later, fetched earlier: not newer

    promoted = _copies_of(admin, pk)
    assert all(str(r["raw_fetched_at"].date()) == day for r in promoted[0] + promoted[1])
    admin.execute("SELECT * FROM staging.rebuild(%s)", (fresh_day,)).fetchall()
    assert _copies_of(admin, pk) == promoted  # rebuild from raw: the same rows, the same lineage


def sbd_page(tmp_path: Path, page: date, on: date, pk: int, home: str = "SEA", away: str = "TEX") -> Path:
    """An SBD page dated `page` listing a game of these clubs (SBD codes; Rangers at Mariners unless told) on `on`,
    with a DraftKings moneyline."""
    game = {
        "_id": f"sbd-moved-{pk}",
        "date": f"{on.isoformat()}T17:05:00.000Z",
        "home": {"_id": f"MLB_{home}", "code": home},
        "away": {"_id": f"MLB_{away}", "code": away},
        "sportsbooks": [
            {
                "_id": "draftkings",
                "name": "draftkings",
                "odds": {"moneyline": {"home": {"american": "-130"}, "away": {"american": "+110"}}},
            }
        ],
    }
    path = tmp_path / f"sbd-{page.isoformat()}-{on.isoformat()}.json"
    path.write_text(json.dumps({"group": page.isoformat(), "games": [game]}))
    return path


def test_a_game_not_on_its_pages_date_is_refused_and_makes_no_phantom(admin, tmp_path, fresh_day):
    """An SBD page of the day listing a game on the eve (the live day's page dated a day off) made a phantom game on
    the eve. Now the game is game_not_on_page_date, its price refused with it, and no game is made; the corrected
    page's game and price go to the scheduled game."""
    pk = next(_pk)
    day, eve = fresh_day, fresh_day - timedelta(days=1)
    # Cubs at Brewers: not the clubs of the day-off test below, whose phantom on its eve may be this day.
    assert replay_schedule_game(tmp_path, day, pk, home=158, away=112) == 0
    page = sbd_page(tmp_path, day, eve, pk, "MIL", "CHC")
    assert replay_file("sbd", "betting_splits", day.isoformat(), page, f"{day}T12:00:00Z") == 0
    assert cli.main(["pipeline", "run", "--zone", "staging"]) == 0
    refused = admin.execute(
        "SELECT entity, rule FROM staging.validation_results WHERE raw_id = (SELECT max(id) FROM raw_data.sbd_betting_splits)"
        " AND raw_table = 'sbd_betting_splits' ORDER BY entity, rule"
    ).fetchall()
    assert [(r["entity"], r["rule"]) for r in refused] == [
        ("game", "game_not_on_page_date"),
        ("line", "unmatched_game"),
        ("line", "unmatched_game"),
    ]
    made = admin.execute(
        "SELECT count(*) AS n FROM staging.game_source_ids WHERE source = 'sbd' AND source_game_id = %s",
        (f"sbd-moved-{pk}",),
    ).fetchone()
    assert made is not None and made["n"] == 0

    page = sbd_page(tmp_path, day, day, pk, "MIL", "CHC")
    assert replay_file("sbd", "betting_splits", day.isoformat(), page, f"{day}T12:30:00Z") == 0
    assert cli.main(["pipeline", "run", "--zone", "staging"]) == 0
    prices = admin.execute(
        """SELECT g.game_pk, l.side FROM staging.betting_lines l JOIN staging.games g USING (game_id)
            WHERE l.source = 'sbd' AND g.game_date IN (%s, %s) AND g.home_team = 'MIL' ORDER BY l.side""",
        (eve, day),
    ).fetchall()
    assert [(r["game_pk"], r["side"]) for r in prices] == [(pk, "away"), (pk, "home")]


def test_a_payload_dated_a_day_off_is_flagged_and_its_correction_finds_the_scheduled_game(admin, tmp_path, fresh_day):
    """SBD once dated a game a day early: a phantom game was made and the corrected payload's prices went to it,
    unflagged. Now the phantom is warned game_not_in_schedule and the correction goes to the scheduled game. (The page
    here is dated the eve as a whole, so its own date does not give it away.)"""
    pk, other_pk = next(_pk), next(_pk)
    day, eve = fresh_day, fresh_day - timedelta(days=1)
    # Rangers at Mariners on the day (clubs no other test schedules); the schedule also covers
    # the eve with another game, so a Mariners game there is not in it.
    assert replay_schedule_game(tmp_path, day, pk, home=136, away=140) == 0
    assert replay_schedule_game(tmp_path, eve, other_pk, home=121, away=143) == 0

    def sbd(on: date) -> Path:
        return sbd_page(tmp_path, on, on, pk)

    assert replay_file("sbd", "betting_splits", day.isoformat(), sbd(eve), f"{day.isoformat()}T12:00:00Z") == 0
    assert cli.main(["pipeline", "run", "--zone", "staging"]) == 0
    warned = admin.execute(
        "SELECT rule, game_date FROM staging.validation_results WHERE record_ref = %s ORDER BY id",
        (f"game:sbd-moved-{pk}",),
    ).fetchall()
    assert [(r["rule"], r["game_date"]) for r in warned] == [("game_not_in_schedule", eve)]

    assert replay_file("sbd", "betting_splits", day.isoformat(), sbd(day), f"{day.isoformat()}T12:30:00Z") == 0
    assert cli.main(["pipeline", "run", "--zone", "staging"]) == 0
    rules = admin.execute(
        "SELECT rule, details FROM staging.validation_results WHERE record_ref = %s ORDER BY id",
        (f"game:sbd-moved-{pk}",),
    ).fetchall()
    assert [r["rule"] for r in rules] == ["game_not_in_schedule", "source_game_id_conflict"]
    assert rules[1]["details"]["known_date"] == eve.isoformat()
    prices = admin.execute(
        """SELECT g.game_pk, l.raw_fetched_at FROM staging.betting_lines l JOIN staging.games g USING (game_id)
            WHERE l.source = 'sbd' AND g.game_date IN (%s, %s) AND g.home_team = 'SEA' AND l.side = 'home'
            ORDER BY l.raw_fetched_at""",
        (eve, day),
    ).fetchall()
    # The wrong payload's price stays on its (flagged) phantom; the correction's is on the scheduled game.
    assert [r["game_pk"] for r in prices] == [None, pk]


def _odds_event(event_id: str, day: date, home: int, away: int) -> list[dict[str, Any]]:
    """A The Odds API body with one game (Brewers at home to the Reds) and one book, as sample/odds_api has it."""
    iso = f"{day.isoformat()}T23:05:00Z"
    return [
        {
            "id": event_id,
            "sport_key": "baseball_mlb",
            "commence_time": iso,
            "home_team": "Milwaukee Brewers",
            "away_team": "Cincinnati Reds",
            "bookmakers": [
                {
                    "key": "draftkings",
                    "title": "DraftKings",
                    "last_update": f"{day.isoformat()}T12:00:00Z",
                    "markets": [
                        {
                            "key": "h2h",
                            "outcomes": [
                                {"name": "Milwaukee Brewers", "price": home},
                                {"name": "Cincinnati Reds", "price": away},
                            ],
                        }
                    ],
                }
            ],
        }
    ]


def test_a_rescheduled_game_promotes_alike_in_one_batch_and_as_it_arrives(admin, tmp_path, fresh_day):
    """A source that keeps a game's id when the game moves to another day (whether The Odds API does is not
    verified: docs/sources.md): its payloads from before and after the move, promoted in one batch (a backfill, a
    rebuild) or one at a time, give the same games and lines, each payload's prices on the date it states. (One
    batch once put the first day's prices on the second day.)"""

    def run(first: date, one_batch: bool) -> list[tuple[Any, ...]]:
        second = first + timedelta(days=1)
        event = f"rescheduled-{first.isoformat()}"
        before, after = tmp_path / f"{event}-a.json", tmp_path / f"{event}-b.json"
        before.write_text(json.dumps(_odds_event(event, first, -120, 110)))
        after.write_text(json.dumps(_odds_event(event, second, -130, 120)))
        assert replay_file("odds_api", "odds", first.isoformat(), before, f"{first.isoformat()}T12:00:00+00:00") == 0
        if not one_batch:
            admin.execute("SELECT * FROM staging.promote(100000)")
        assert replay_file("odds_api", "odds", second.isoformat(), after, f"{second.isoformat()}T12:00:00+00:00") == 0
        admin.execute("SELECT * FROM staging.promote(100000)")
        rows = admin.execute(
            """SELECT g.game_date - %s AS day, l.side, l.american_price
                 FROM staging.betting_lines l JOIN staging.games g USING (game_id)
                WHERE g.home_team = 'MIL' AND g.away_team = 'CIN' AND g.game_date IN (%s, %s) AND l.source = 'odds_api'
                ORDER BY 1, 2""",
            (first, first, second),
        ).fetchall()
        return [tuple(r.values()) for r in rows]

    expected = [(0, "away", 110), (0, "home", -120), (1, "away", 120), (1, "home", -130)]
    assert run(fresh_day, one_batch=True) == expected
    assert run(fresh_day + timedelta(days=10), one_batch=False) == expected


def test_a_new_raw_season_neither_waits_for_nor_stops_a_promotion(admin):
    """The first payload of a season creates that season's raw partition (raw_data.add_payload_partitions)
    while a promotion is reading the table: the partition is attached beside the reader, so the agent does
    not wait for the promotion to commit, and the reader goes on."""
    season = admin.execute(
        "SELECT min(s) AS s FROM generate_series(1905, 1999) s WHERE to_regclass('raw_data.sbd_betting_splits_' || s) IS NULL"
    ).fetchone()["s"]
    reader = psycopg.connect("")  # a promotion in the middle of reading the raw table
    try:
        reader.execute("SELECT count(*) FROM raw_data.sbd_betting_splits")
        with psycopg.connect("", user="mlb_agent", autocommit=True) as agent:
            agent.execute("SET lock_timeout = '5s'")  # waiting for the reader would fail here
            stored = agent.execute(
                "SELECT (r).outcome FROM (SELECT raw_data.record_attempt('sbd', 'betting_splits', 'sbd_betting_splits', "
                "%s, now(), now(), p_http_status => 200, p_body => '{\"games\": []}') AS r) x",
                (f"{season}-06-01",),
            ).fetchone()
        assert stored == ("stored",)
        assert reader.execute("SELECT count(*) FROM raw_data.sbd_betting_splits").fetchone() is not None
    finally:
        reader.rollback()
        reader.close()
    filed = admin.execute(
        "SELECT season, tableoid::regclass::text AS part FROM raw_data.sbd_betting_splits WHERE request_key = %s",
        (f"{season}-06-01",),
    ).fetchone()
    assert (filed["season"], filed["part"]) == (season, f"raw_data.sbd_betting_splits_{season}")
