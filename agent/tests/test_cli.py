"""The CLI's help, exit codes and one-line errors."""

import subprocess
import sys

import pytest

from agent import cli


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
