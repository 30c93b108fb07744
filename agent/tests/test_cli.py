"""The CLI's help, exit codes and one-line errors."""

import subprocess
import sys

import pytest

from agent import cli
from agent.tests.conftest import ROOT


def test_help_lists_commands(capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert "mlb-agent" in out
    assert "status" in out


def test_console_script_help_runs():
    proc = subprocess.run([sys.executable, "-m", "agent.cli", "--help"], capture_output=True, text=True, check=False)
    assert proc.returncode == 0
    assert "raw_data" in proc.stdout


def test_unknown_command_is_usage_error(capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(["no-such-command"])
    assert exc.value.code == 2


def test_unreachable_database_is_one_line_error(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("MLB_CONFIG", str(tmp_path / "none.toml"))
    monkeypatch.setenv("DATABASE_URL", f"postgresql:///x?host={tmp_path}&port=1")
    assert cli.main(["status"]) == cli.EXIT_DATABASE
    err = capsys.readouterr().err
    assert err.startswith("error: database unreachable")
    assert "Traceback" not in err


def test_status_reports_deployed_schemas(db_env, capsys):
    assert cli.main(["status", "--json"]) == 0
    out = capsys.readouterr().out
    for schema in ("raw_data", "staging", "curated", "pipeline"):
        assert f'"schema": "{schema}"' in out


def test_a_date_in_another_format_says_which_format(capsys):
    """`collect --date 06/14/2025` once said "invalid _date value", naming a private function."""
    with pytest.raises(SystemExit) as exc:
        cli.main(["collect", "--date", "06/14/2025"])
    assert exc.value.code == cli.EXIT_USAGE
    err = capsys.readouterr().err
    assert "YYYY-MM-DD" in err and "06/14/2025" in err and "_date" not in err


def test_import_sbro_of_a_file_that_is_not_a_spreadsheet_is_one_line(db_env, capsys):
    """`import-sbro README.md` once printed a full traceback."""
    assert cli.main(["import-sbro", "--season", "2015", str(ROOT / "README.md")]) == cli.EXIT_USAGE
    err = capsys.readouterr().err
    assert "README.md is not an .xlsx spreadsheet" in err and "Traceback" not in err


def test_reports_print_text_as_it_is_never_as_emoji(capsys):
    """rich turned OU:V:close into an emoji."""
    from agent import operations

    operations.print_report({"quarantined": [{"record_ref": "OU:V:close", "rule": "missing_price"}]}, False)
    out = capsys.readouterr().out
    assert "OU:V:close" in out


def test_collect_with_the_database_down_says_so_once(monkeypatch, capsys):
    """With the database down `collect` once exited 1 and printed the error once per source."""
    monkeypatch.setenv("PGHOST", "127.0.0.1")
    monkeypatch.setenv("PGPORT", "1")
    monkeypatch.delenv("DATABASE_URL", raising=False)
    assert cli.main(["collect"]) == cli.EXIT_DATABASE
    captured = capsys.readouterr()
    assert captured.err.count("database unreachable") == 1
    assert "Collection" not in captured.out


def test_the_projects_own_cluster_is_not_taken_for_an_external_server(tmp_path):
    """After `eval "$(make -s pg-env)"`, `make db-stop` refused ("a server this project did not start")."""
    import os

    script = str(ROOT / "scripts" / "dev.sh")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG") and k != "DATABASE_URL"}
    own = subprocess.run([script, "pg-env"], capture_output=True, text=True, env=env, check=True).stdout
    assert own.startswith("export PGHOST=")
    host = own.split("PGHOST='", 1)[1].split("'", 1)[0]
    again = subprocess.run([script, "pg-env"], capture_output=True, text=True, env={**env, "PGHOST": host}, check=True)
    assert again.stdout == own  # still the project's own cluster
    other = subprocess.run(
        [script, "pg-env"], capture_output=True, text=True, env={**env, "PGHOST": str(tmp_path)}, check=True
    )
    assert other.stdout.startswith("# using your own server")
