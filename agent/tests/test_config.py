"""Config: TOML defaults, environment overrides, secrets only from the environment."""

from pathlib import Path

import pytest
from pydantic import ValidationError

from agent import cli, sources
from agent.config import ConfigError, Settings, config_path, load_settings

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch):
    for key in ("ODDS_API_KEY", "DATABASE_URL"):
        monkeypatch.delenv(key, raising=False)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text)
    return path


def test_shipped_config_loads(monkeypatch):
    monkeypatch.setenv("MLB_CONFIG", str(ROOT / "config.toml"))
    s = Settings()
    assert s.sources.action_network.book_ids[:2] == [15, 30]
    assert s.sources.vsin.views[0] == ""
    assert s.http.max_retries == 4


def test_toml_values_are_read(monkeypatch, tmp_path):
    monkeypatch.setenv("MLB_CONFIG", str(write(tmp_path, "[http]\ntimeout_seconds = 3.5\n")))
    assert Settings().http.timeout_seconds == 3.5


def test_environment_overrides_toml(monkeypatch, tmp_path):
    path = write(tmp_path, "[sources.sbd]\nenabled = true\ninterval_minutes = 9\n")
    monkeypatch.setenv("MLB_CONFIG", str(path))
    monkeypatch.setenv("MLB_SOURCES__SBD__INTERVAL_MINUTES", "42")
    monkeypatch.setenv("MLB_SOURCES__SBD__ENABLED", "false")
    s = Settings()
    assert s.sources.sbd.interval_minutes == 42
    assert s.sources.sbd.enabled is False


def test_secret_in_config_file_is_refused(monkeypatch, tmp_path):
    path = write(tmp_path, '[sources.odds_api]\napi_key = "abc123"\n')
    monkeypatch.setenv("MLB_CONFIG", str(path))
    with pytest.raises(ValueError, match=r"sources\.odds_api\.api_key"):
        Settings()


def test_top_level_secret_in_config_file_is_refused(monkeypatch, tmp_path):
    monkeypatch.setenv("MLB_CONFIG", str(write(tmp_path, 'odds_api_key = "abc123"\n')))
    with pytest.raises(ValueError, match="odds_api_key"):
        Settings()


def test_secrets_come_from_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("MLB_CONFIG", str(write(tmp_path, "")))
    monkeypatch.setenv("ODDS_API_KEY", "k-123")
    s = Settings()
    assert sources.secret("odds_api") == "k-123"
    assert sources.secrets() == ["k-123"]
    assert "k-123" not in repr(s)
    monkeypatch.delenv("ODDS_API_KEY")
    assert sources.missing_secret("odds_api") == "ODDS_API_KEY"


def test_unknown_key_is_an_error(monkeypatch, tmp_path):
    monkeypatch.setenv("MLB_CONFIG", str(write(tmp_path, "[http]\ntimeout_secs = 3\n")))
    with pytest.raises(ValidationError):
        Settings()


def test_a_missing_config_file_is_named_as_an_error(monkeypatch, tmp_path, capsys):
    """MLB_CONFIG=/nonexistent.toml once ran on the defaults, exit 0, silently (issue 31)."""
    monkeypatch.setenv("MLB_CONFIG", str(tmp_path / "absent.toml"))
    with pytest.raises(ConfigError, match=r"absent\.toml, which is not a file"):
        load_settings()
    assert cli.main(["status"]) == cli.EXIT_CONFIG
    assert f"MLB_CONFIG names {tmp_path / 'absent.toml'}, which is not a file" in capsys.readouterr().err


def test_without_mlb_config_the_projects_config_is_read_from_anywhere(monkeypatch, tmp_path):
    """The config path was relative to the working directory: run elsewhere, the project's config was not read."""
    monkeypatch.delenv("MLB_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)
    assert config_path() == ROOT / "config.toml"
    assert Settings().sources.mlb_stats_api.base_url == "https://statsapi.mlb.com"
