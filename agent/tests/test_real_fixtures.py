"""The real recorded payloads in ../shared/fixtures/real replay into raw and
both SBRO seasons import every row. Skipped cleanly when ../shared is absent."""

from __future__ import annotations

import hashlib

import openpyxl
import pytest

from agent import cli
from agent.tests.conftest import REAL_FIXTURES, replay_file

pytestmark = pytest.mark.skipif(not REAL_FIXTURES.is_dir(), reason="../shared/fixtures/real absent")

PAYLOADS = [
    ("sbd", "betting_splits", "sbd/betting-splits-2025-06-13.json", "sbd_betting_splits"),
    ("mlb_stats_api", "schedule", "mlb_stats_api/schedule-2022-04-07.json", "mlb_stats_api"),
    (
        "mlb_stats_api",
        "schedule",
        "mlb_stats_api/schedule-2022-10-11_2022-10-13.json",
        "mlb_stats_api",
    ),
    ("odds_api", "odds", "odds_api/odds-baseball_mlb-2022-09-17.json", "odds_api_responses"),
]


@pytest.mark.parametrize(("source", "endpoint", "relpath", "table"), PAYLOADS)
def test_real_payload_replays_into_raw(admin, source, endpoint, relpath, table):
    path = REAL_FIXTURES / relpath
    key = f"real:{path.name}"
    assert replay_file(source, endpoint, key, path, fetched_at="2025-06-13T17:00:00+00:00") == 0
    row = admin.execute(f"SELECT * FROM raw_data.{table} WHERE request_key = %s", (key,)).fetchone()
    assert row["body_sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert row["payload"] is not None
    assert row["fetched_at"].isoformat() == "2025-06-13T17:00:00+00:00"
    lines = admin.execute(
        "SELECT count(*) AS n FROM raw_data.betting_lines_raw WHERE raw_id = %s AND raw_table = %s",
        (row["id"], table),
    ).fetchone()
    if source in ("sbd", "odds_api"):
        assert lines["n"] > 0


def test_real_sbd_lines_keep_home_and_away_from_their_fields(admin):
    path = REAL_FIXTURES / "sbd/betting-splits-2025-06-13.json"
    cli.main(
        [
            "replay",
            "--source",
            "sbd",
            "--endpoint",
            "betting_splits",
            "--request-key",
            "real:sbd-sides",
            str(path),
        ]
    )
    row = admin.execute("""
        SELECT l.home_team_text, l.away_team_text FROM raw_data.betting_lines_raw l
          JOIN raw_data.sbd_betting_splits r ON r.id = l.raw_id AND l.raw_table = 'sbd_betting_splits'
         WHERE r.request_key = 'real:sbd-sides' AND l.source_game_id = '20250613.06-MLB-PIT@CHC' LIMIT 1
    """).fetchone()
    assert (row["home_team_text"], row["away_team_text"]) == ("CHC", "PIT")


@pytest.mark.parametrize("season", ["2014", "2018"])
def test_sbro_season_imports_every_row(admin, season):
    path = REAL_FIXTURES / f"sbro/mlb-odds-{season}.xlsx"
    assert cli.main(["import-sbro", str(path)]) == 0
    row = admin.execute(
        "SELECT * FROM raw_data.sbro_odds WHERE request_key = %s ORDER BY id DESC LIMIT 1",
        (path.name,),
    ).fetchone()
    assert row["body_sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    # Independent count of the spreadsheet's non-empty rows, header included.
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    expected = {
        ws.title: sum(1 for r in ws.iter_rows(values_only=True) if any(v is not None for v in r))
        for ws in workbook.worksheets
    }
    stored = {s["name"]: sum(1 for r in s["rows"] if any(v is not None for v in r)) for s in row["payload"]["sheets"]}
    assert stored == expected
    sheet1 = row["payload"]["sheets"][0]["rows"]
    assert sheet1[0][:4] == ["Date", "Rot", "VH", "Team"]
    # Two lines per row for moneylines (open and close) in the raw view.
    games = expected["Sheet1"] - 1
    ml = admin.execute(
        "SELECT count(*) AS n FROM raw_data.moneylines_raw WHERE raw_table = 'sbro_odds' AND raw_id = %s",
        (row["id"],),
    ).fetchone()
    assert ml["n"] == 2 * games
