"""An accounting of every raw row (issue 29): pipeline.raw_row_accounting gives, per raw row and kind of element
(payload, game, line, split), what it states and what became of each element: staged, refused with a reason, or
set aside by a named rule. Over the sample day, every real fixture and both real SBRO seasons, no element is
unaccounted and every refused element has its reason; each run's rejected count is the reasons it recorded.
(make digests checks the same over a tenth of the benchmark season.)"""

from __future__ import annotations

from typing import Any

import pytest

from agent import cli
from agent.tests.conftest import REAL_FIXTURES, SAMPLE, replay_file

FIXTURES = [
    ("sbd", "betting_splits", "sbd/betting-splits-2025-06-13.json"),
    ("mlb_stats_api", "schedule", "mlb_stats_api/schedule-2022-04-07.json"),
    ("mlb_stats_api", "schedule", "mlb_stats_api/schedule-2022-10-11_2022-10-13.json"),
    ("odds_api", "odds", "odds_api/odds-baseball_mlb-2022-09-17.json"),
]

FAULTS = """SELECT raw_table, raw_id, entity, elements, staged, refused, reasons, set_aside, unaccounted
              FROM pipeline.raw_row_accounting
             WHERE state = 'accounted' AND (unaccounted > 0 OR refused <> reasons
                                            OR elements <> staged + refused + unaccounted
                                               + (SELECT coalesce(sum(v::int), 0) FROM jsonb_each_text(set_aside) s(k, v)))"""


def accounts(admin: Any, raw_table: str, raw_ids: list[int]) -> list[dict[str, Any]]:
    return admin.execute(
        "SELECT * FROM pipeline.raw_row_accounting WHERE raw_table = %s AND raw_id = ANY (%s) ORDER BY raw_id, entity",
        (raw_table, raw_ids),
    ).fetchall()


def test_the_sample_day_is_accounted_for(sample_day):
    rows = sample_day.execute(
        "SELECT a.* FROM pipeline.raw_row_accounting a WHERE a.fetched_at::date BETWEEN '2025-06-13' AND '2025-06-15' "
        "AND a.request_key IN (SELECT request_key FROM pipeline.raw_rows() WHERE request_key LIKE '2025-06-14%%' "
        "OR request_key IN ('books', '258101'))"
    ).fetchall()
    assert rows and {r["state"] for r in rows} == {"accounted"}
    assert {r["entity"] for r in rows} == {"payload", "game", "line", "split"}
    assert sum(r["staged"] for r in rows if r["entity"] == "line") > 1000
    assert [r for r in rows if r["unaccounted"] or r["refused"] != r["reasons"]] == []


@pytest.mark.skipif(not REAL_FIXTURES.is_dir(), reason="../shared/fixtures/real absent")
def test_every_real_fixture_and_both_sbro_seasons_are_accounted_for(admin):
    keys = []
    for source, endpoint, relpath in FIXTURES:
        key = f"accounting:{relpath}"
        assert replay_file(source, endpoint, key, REAL_FIXTURES / relpath, "2025-06-13T17:00:00+00:00") == 0
        keys.append(key)
    seasons = sorted((REAL_FIXTURES / "sbro").glob("*.xlsx"))
    assert len(seasons) == 2
    assert cli.main(["import-sbro", *map(str, seasons)]) == 0
    loaded = admin.execute(
        "SELECT raw_table, raw_id FROM pipeline.raw_rows() WHERE request_key = ANY (%s) OR raw_table = 'sbro_odds'",
        (keys,),
    ).fetchall()
    for row in loaded:  # promoted again, whatever an earlier test of this suite did with the same bodies
        admin.execute(
            "INSERT INTO pipeline.promotion_queue (raw_table, raw_id) VALUES (%s, %s) ON CONFLICT DO NOTHING",
            (row["raw_table"], row["raw_id"]),
        )
    runs = admin.execute("SELECT id, rows_rejected, detail FROM staging.promote(100000)").fetchall()
    by_table: dict[str, list[int]] = {}
    for row in loaded:
        by_table.setdefault(row["raw_table"], []).append(row["raw_id"])
    found = [a for table, ids in by_table.items() for a in accounts(admin, table, ids)]
    assert {a["state"] for a in found} == {"accounted"}
    lines = {a["raw_table"]: a for a in found if a["entity"] == "line" and a["raw_table"] == "sbro_odds"}
    assert lines and lines["sbro_odds"]["elements"] > 10000
    assert [a for a in found if a["unaccounted"] or a["refused"] != a["reasons"]] == []
    # The run's rejected count is the reasons of the raw rows it promoted: one per refused element.
    for run in runs:
        reasons = admin.execute(
            """SELECT count(DISTINCT (v.raw_table, v.raw_id, v.entity, v.record_ref)) AS n
                 FROM staging.validation_results v
                 JOIN staging.raw_row_accounts a ON a.raw_table = v.raw_table AND a.raw_id = v.raw_id AND a.entity = v.entity
                WHERE a.pipeline_run_id = %s AND v.severity = 'reject'""",
            (run["id"],),
        ).fetchone()["n"]
        assert run["rows_rejected"] == reasons > 0
        assert run["detail"]["unaccounted"] == 0


def test_no_raw_row_this_suite_promoted_has_an_unaccounted_element(admin):
    """Whatever the tests before this one stored and promoted (bad payloads, replays, copies, conflicts)."""
    assert admin.execute(FAULTS).fetchall() == []


def test_the_accounting_names_each_fate(admin, tmp_path):
    """A replayed payload's lines are set aside, by name, for the copy staged first; a bad one is refused."""
    body = (SAMPLE / "sbd").glob("*_betting_splits_2025-06-14.json")
    path = next(body)
    for key in ("accounting:copy-a", "accounting:copy-b"):
        assert replay_file("sbd", "betting_splits", key, path, "2025-06-14T16:00:00+00:00") == 0
    ids = [
        r["raw_id"]
        for r in admin.execute(
            "SELECT raw_id FROM pipeline.raw_rows() WHERE request_key IN ('accounting:copy-a', 'accounting:copy-b') "
            "ORDER BY raw_id"
        ).fetchall()
    ]
    for raw_id in ids:
        admin.execute(
            "INSERT INTO pipeline.promotion_queue (raw_table, raw_id) VALUES ('sbd_betting_splits', %s) ON CONFLICT DO NOTHING",
            (raw_id,),
        )
    admin.execute("SELECT * FROM staging.promote(100000)")
    older, newer = (next(a for a in accounts(admin, "sbd_betting_splits", [i]) if a["entity"] == "line") for i in ids)
    # Same fetch time: the later stored raw row is the newer copy (staging.raw_copy).
    assert older["staged"] == 0 and set(older["set_aside"]) <= {"newer_copy_in_batch", "newer_copy_already_staged"}
    assert (
        older["elements"] == newer["elements"]
        and sum(older["set_aside"].values()) == older["elements"] - older["refused"]
    )
    assert newer["staged"] + newer["refused"] + sum(newer["set_aside"].values()) == newer["elements"]
