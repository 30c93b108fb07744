"""mlb-agent export: CSV, JSON and Parquet of the analyst views, streamed, checked against SQL."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from decimal import Decimal

import pyarrow.parquet as pq
import pytest

from agent import cli, export
from agent.tests.conftest import sample_game

DAY = "2025-06-14"


def test_csv_of_a_day_is_the_views_rows_with_every_digit(sample_day, tmp_path, capsys):
    out = tmp_path / "closing.csv"
    assert cli.main(["export", "curated.closing_lines", "--date", DAY, "--format", "csv", "-o", str(out)]) == 0
    rows = list(csv.DictReader(out.open()))
    expected = sample_day.execute("SELECT count(*) AS n FROM curated.closing_lines WHERE game_date = %s", (DAY,))
    assert len(rows) == expected.fetchone()["n"] == 90
    assert f"{len(rows)} rows written to {out}" in capsys.readouterr().err
    game = sample_game(sample_day, "TB", "BAL")
    exact = sample_day.execute(
        "SELECT close_fair_probability::text AS p FROM curated.market_consensus "
        "WHERE game_id = %s AND market = 'moneyline' AND side = 'home'",
        (game,),
    ).fetchone()["p"]
    # The view rounds for reading; the table exported as CSV keeps PostgreSQL's every digit.
    out2 = tmp_path / "consensus.csv"
    assert cli.main(["export", "market_consensus", "--game", str(game), "-o", str(out2)]) == 0
    home = next(r for r in csv.DictReader(out2.open()) if r["market"] == "moneyline" and r["side"] == "home")
    assert home["close_fair_probability"] == exact


def test_safe_when_piped_into_a_reader_that_stops(sample_day):
    """`mlb-agent export ... | head -2` printed `[Errno 32] Broken pipe` and exited 2 (issue 31)."""
    agent = [sys.executable, "-m", "agent.cli", "export", "curated.line_history", "--date", DAY, "--format", "csv"]
    with subprocess.Popen(agent, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        assert proc.stdout and proc.stderr
        head = [proc.stdout.readline() for _ in range(2)]
        proc.stdout.close()  # what head does after two lines
        err = proc.stderr.read().decode()
    assert head[0].startswith(b"game_id,") and proc.returncode == 0, err
    assert "Broken pipe" not in err and "Errno" not in err and "Traceback" not in err


def test_csv_booleans_read_true_and_false(sample_day, tmp_path):
    """CSV booleans were PostgreSQL's t/f (issue 31)."""
    out = tmp_path / "lines.csv"
    assert cli.main(["export", "curated.line_history", "--date", DAY, "--format", "csv", "-o", str(out)]) == 0
    closes = {r["is_close"] for r in csv.DictReader(out.open())}
    assert closes == {"true", "false"}


def test_json_has_numbers_as_numbers_and_snake_case_keys(sample_day, tmp_path):
    out = tmp_path / "board.json"
    game = sample_game(sample_day, "TB", "BAL")
    assert cli.main(["export", "curated.game_board", "--game", str(game), "--format", "json", "-o", str(out)]) == 0
    [row] = json.loads(out.read_text())
    assert row["matchup"] == "TB @ BAL" and row["home_fair_probability"] == 0.4704
    assert isinstance(row["best_home_price"], int) and isinstance(row["total"], float)
    assert row["start_time"] == "2025-06-14T17:05:00+00:00"
    assert all(k == k.lower() and " " not in k for k in row)


def test_parquet_streams_in_batches_with_types_kept(sample_day, tmp_path, monkeypatch):
    monkeypatch.setattr(export, "BATCH_ROWS", 500)  # several batches, one file
    out = tmp_path / "lines.parquet"
    assert cli.main(["export", "curated.line_history", "--date", DAY, "--format", "parquet", "-o", str(out)]) == 0
    table = pq.read_table(out)
    n = sample_day.execute("SELECT count(*) AS n FROM curated.line_history WHERE game_date = %s", (DAY,)).fetchone()
    assert table.num_rows == n["n"] > 1000
    types = {f.name: str(f.type) for f in table.schema}
    assert types["line"] == "decimal128(5, 1)" and types["american_price"] == "int32"
    assert types["observed_at"] == "timestamp[us, tz=UTC]" and types["is_close"] == "bool"
    lines = {v for v in table.column("line").to_pylist() if v is not None}
    assert Decimal("-1.5") in lines and Decimal("8.5") in lines


def test_json_streams_in_batches_too(sample_day, tmp_path, monkeypatch):
    monkeypatch.setattr(export, "BATCH_ROWS", 7)
    out = tmp_path / "signals.json"
    assert cli.main(["export", "curated.signals_by_date", "--season", "2025", "--format", "json", "-o", str(out)]) == 0
    rows = json.loads(out.read_text())
    n = sample_day.execute("SELECT count(*) AS n FROM curated.signals_by_date WHERE game_date = %s", (DAY,)).fetchone()
    assert len(rows) >= n["n"] > 7
    assert all(isinstance(r["minutes_before_first_pitch"], int) for r in rows)


def test_an_empty_selection_is_an_empty_file_with_its_columns(sample_day, tmp_path):
    out = tmp_path / "none.parquet"
    assert (
        cli.main(["export", "curated.game_board", "--date", "1800-01-01", "--format", "parquet", "-o", str(out)]) == 0
    )
    table = pq.read_table(out)
    assert table.num_rows == 0 and "matchup" in table.schema.names


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["export", "curated.nothing"], "no view or table 'curated.nothing'"),
        (["export", "pipeline.runs", "--date", DAY], "pipeline.runs has no game_date column"),
        (["export", "curated.game_board", "--format", "parquet"], "parquet needs a file"),
    ],
)
def test_export_mistakes_are_one_line_usage_errors(db_env, argv, message, capsys):
    assert cli.main(argv) == cli.EXIT_USAGE
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_export_date_format_is_explained(capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["export", "curated.game_board", "--date", "06/14/2025"])
    assert exit_.value.code == cli.EXIT_USAGE
    assert "expected a date as YYYY-MM-DD" in capsys.readouterr().err


def test_the_analyst_exports_views_but_not_raw(sample_day, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PGUSER", "mlb_analyst")
    assert cli.main(["export", "curated.closing_lines", "--date", DAY, "-o", str(tmp_path / "c.csv")]) == 0
    assert cli.main(["export", "raw_data.sbd_betting_splits", "-o", str(tmp_path / "r.csv")]) == cli.EXIT_DATABASE
    assert "not allowed: permission denied for raw_data.sbd_betting_splits" in capsys.readouterr().err
    assert not (tmp_path / "r.csv").exists()
