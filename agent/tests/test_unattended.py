"""Runs unattended: races between promotion and the curated refresh lose nothing."""

from __future__ import annotations

import hashlib
import itertools
import json
import subprocess
import threading
import time
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
        ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", str(ROOT / "db/revert/sources/sbd@v0.2.0.sql")],
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
