"""The CLI's help, exit codes and one-line errors."""

import argparse
import re
import subprocess
import sys
import tomllib
from collections.abc import Iterator

import pytest
from rich.console import Console

from agent import cli, tables
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


def test_version_is_the_released_version():
    """--version said 0.1.0 through three releases (issue 31): it is the newest version CHANGELOG.md released, and
    the package's own."""
    released = re.search(r"^## v(\d+\.\d+\.\d+) ", (ROOT / "CHANGELOG.md").read_text(), re.M)
    assert released
    proc = subprocess.run([sys.executable, "-m", "agent.cli", "--version"], capture_output=True, text=True, check=False)
    assert proc.stdout.strip() == f"mlb-agent {released.group(1)}"
    assert tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"] == released.group(1)


def test_unknown_command_is_usage_error(capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(["no-such-command"])
    assert exc.value.code == 2


def test_unreachable_database_is_one_line_error(monkeypatch, tmp_path, capsys):
    (tmp_path / "empty.toml").write_text("")
    monkeypatch.setenv("MLB_CONFIG", str(tmp_path / "empty.toml"))
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


def _commands(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[str, argparse.ArgumentParser]]:
    yield " ".join(path), parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _commands(sub, (*path, name))


def test_every_option_has_help_and_every_command_an_example():
    missing_help, missing_example = [], []
    for name, parser in _commands(cli.build_parser()):
        for action in parser._actions:
            if not isinstance(action, argparse._SubParsersAction | argparse._HelpAction) and not action.help:
                missing_help.append(f"{name or 'mlb-agent'}: {action.dest}")
        if "examples:\n  mlb-agent " not in (parser.epilog or ""):
            missing_example.append(name or "mlb-agent")
    assert missing_help == [] and missing_example == []


def test_help_names_the_exit_codes(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = capsys.readouterr().out
    assert "exit codes: 0 ok, 1 a run or source failed, 2 usage or input error" in out
    assert (cli.EXIT_OK, cli.EXIT_FAILURE, cli.EXIT_USAGE, cli.EXIT_CONFIG, cli.EXIT_DATABASE) == (0, 1, 2, 3, 4)


def test_tables_read_at_80_columns():
    """A table too wide for 80 columns turns into one block per row, never an ellipsis."""
    console = Console(width=80, record=True, emoji=False)
    wide = [
        {
            "strategy_key": "favourite_moneyline_at_close",
            "season": 2025,
            "bets": 14,
            "wins": 8,
            "losses": 6,
            "pushes": 0,
            "voids": 1,
            "units": "-0.4132",
            "roi": "-0.0295",
            "average_clv": "-0.0213",
        }
    ]
    tables.print_rows(console, "Strategies", wide)
    narrow = [{"source": "sbd", "rows": 1}]
    tables.print_rows(console, "Raw", narrow)
    text = console.export_text()
    assert all(len(line) <= 80 for line in text.splitlines())
    assert "…" not in text
    assert "favourite_moneyline_at_close" in text and "average_clv" in text and "-0.0213" in text
    assert "-[ 1 ]" in text  # the wide one, vertically
    assert "┃ source ┃ rows ┃" in text  # the narrow one, as a table


def test_the_readme_puts_mlb_agent_on_path():
    """The README never said how `mlb-agent` gets on PATH (issue 31): its line, run in the project folder, finds the
    command `make demo` installed."""
    line = next(x for x in (ROOT / "README.md").read_text().splitlines() if x.startswith("export PATH="))
    venv = ROOT / ".venv" / "bin" / "mlb-agent"
    if not venv.exists():
        pytest.skip("no .venv in the project folder (make demo makes it)")
    found = subprocess.run(
        ["bash", "-c", f"{line.split('#')[0]} && command -v mlb-agent"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "HOME": "/tmp"},
        check=False,
    )
    assert found.stdout.strip() == str(venv), found


def test_a_missing_file_is_named_in_words(db_env, tmp_path, capsys):
    """`error: [Errno 2] No such file or directory: '/nonexistent.csv'` (issue 31)."""
    missing = tmp_path / "nonexistent.csv"
    assert cli.main(["bets", "import", str(missing)]) == cli.EXIT_USAGE
    err = capsys.readouterr().err
    assert f"error: {missing}: no such file or directory" in err and "Errno" not in err


def test_tables_show_numbers_in_bettors_units():
    """`roi 0.5073`, strength `0.03469861177112537256`, `117` without its +, `t`/`f` (issue 31)."""
    from decimal import Decimal

    row = {
        "american_price": 117,
        "best_home_price": -130,
        "decimal_price": Decimal("2.17"),
        "roi": Decimal("0.5073"),
        "roi_ci95_low": Decimal("-0.0863"),
        "average_clv": Decimal("0.0421"),
        "close_fair_probability": Decimal("0.4704"),
        "strength": Decimal("0.03469861177112537256"),
        "units": Decimal("-69.7700"),
        "is_active": True,
        "bets": 1525,
    }
    assert {c: tables.text(v, c) for c, v in row.items()} == {
        "american_price": "+117",
        "best_home_price": "-130",
        "decimal_price": "2.17",
        "roi": "+50.7%",
        "roi_ci95_low": "-8.6%",
        "average_clv": "+4.2%",
        "close_fair_probability": "47.0%",
        "strength": "0.0347",
        "units": "-69.77",
        "is_active": "yes",
        "bets": "1525",
    }
