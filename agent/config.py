"""Agent configuration: config.toml, overridden by MLB_* environment variables.

Secrets (a source's key, a DATABASE_URL that may hold a password) come only
from the environment; a config file that contains one is refused. Each source's
section is its module's Config (agent/sources).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, create_model, model_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

SECRET_KEYS = frozenset({"odds_api_key", "database_url", "password", "api_key"})
BROWSER_USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"


class _Section(BaseModel):
    """A config section: unknown keys are typos, so they are errors."""

    model_config = ConfigDict(extra="forbid")


class HttpSettings(_Section):
    """How every source is fetched."""

    timeout_seconds: float = 20.0
    max_retries: int = Field(4, ge=0, le=10)
    backoff_base_seconds: float = 1.0
    backoff_max_seconds: float = 60.0
    max_in_flight: int = Field(4, ge=1, le=32)
    user_agent: str = BROWSER_USER_AGENT
    # Bounds of one response: a body is streamed and cut at this size (too_large), and a request that has
    # no whole body within the deadline, however slowly it keeps arriving, is stopped (deadline_exceeded).
    max_body_bytes: int = Field(64 * 2**20, ge=1024)
    deadline_seconds: float = Field(120.0, gt=0)


class SourceSettings(_Section):
    """Settings every source shares."""

    enabled: bool = True
    base_url: str
    interval_minutes: int = Field(15, ge=1)
    # Shorter than a minute, when set (it wins over interval_minutes): for a live-day run or a source you poll hard.
    interval_seconds: float | None = Field(None, gt=0)
    min_request_interval_seconds: float = Field(1.0, ge=0)
    # The source's own size cap, when it differs from http.max_body_bytes.
    max_body_bytes: int | None = Field(None, ge=1024)

    def interval(self) -> float:
        """Seconds between two collections of the source."""
        return self.interval_seconds if self.interval_seconds is not None else self.interval_minutes * 60.0


def _sources_model() -> type[_Section]:
    """[sources]: one section per source module, its Config (agent/sources; nothing to list here)."""
    from agent import sources

    fields: dict[str, Any] = {name: (m.Config, m.Config()) for name, m in sources.modules().items()}
    return create_model("SourcesSettings", __base__=_Section, **fields)


if TYPE_CHECKING:

    class SourcesSettings(_Section):
        """Each source's section by its name (built from the source modules at import)."""

        def __getattr__(self, name: str) -> Any: ...

else:
    SourcesSettings = _sources_model()


class DatabaseSettings(_Section):
    """The connection comes from DATABASE_URL or the libpq PG* variables."""

    agent_role: str = "mlb_agent"
    analyst_role: str = "mlb_analyst"
    connect_timeout_seconds: int = 10


class PipelineSettings(_Section):
    """Zone switches; mirrored into the database's settings table."""

    enable_staging: bool = True
    enable_curated: bool = True
    auto_promotion: bool = True


class WebhookSettings(_Section):
    """One webhook mlb-agent watch posts alerts to. Its URL is a secret: the config names the variable holding it."""

    url_env: str = Field(pattern=r"^[A-Z][A-Z0-9_]*$")
    format: Literal["slack", "discord", "json"] = "json"
    timeout_seconds: float = Field(10.0, gt=0, le=120)


# A webhook from the environment alone: the variable that holds its URL, its name and its format. A table in the
# config naming the same variable wins.
ENV_WEBHOOKS = {
    "MLB_SLACK_WEBHOOK_URL": ("slack", "slack"),
    "MLB_DISCORD_WEBHOOK_URL": ("discord", "discord"),
    "MLB_WEBHOOK_URL": ("webhook", "json"),
}


class AlertsSettings(_Section):
    """How mlb-agent watch delivers the database's alerts (what an alert is: alerts.* in pipeline.settings)."""

    webhooks: dict[str, WebhookSettings] = {}
    max_attempts: int = Field(5, ge=1, le=20)
    backoff_base_seconds: float = Field(2.0, ge=0)
    backoff_max_seconds: float = Field(60.0, ge=0)
    catch_up_hours: int = Field(6, ge=0, le=168)
    # Put before each alert's game page (game-<id>.html, what mlb-agent report writes): e.g. a URL where reports/ is
    # served, or file:///home/me/mlb/reports/.
    page_base_url: str = ""
    reconnect_min_seconds: float = Field(1.0, gt=0)
    reconnect_max_seconds: float = Field(60.0, gt=0)

    @model_validator(mode="after")
    def _webhooks_from_the_environment(self) -> AlertsSettings:
        """MLB_SLACK_WEBHOOK_URL, MLB_DISCORD_WEBHOOK_URL or MLB_WEBHOOK_URL (json), once set, is a webhook."""
        named = {hook.url_env for hook in self.webhooks.values()}
        for env, (name, fmt) in ENV_WEBHOOKS.items():
            if os.environ.get(env) and env not in named:
                key = name if name not in self.webhooks else f"{name}_from_environment"
                self.webhooks[key] = WebhookSettings(url_env=env, format=fmt)
        return self


class _SecretFreeToml(TomlConfigSettingsSource):
    """A TOML source that refuses secrets, which belong in the environment."""

    def __init__(self, settings_cls: type[BaseSettings], toml_file: Path) -> None:
        super().__init__(settings_cls, toml_file=toml_file)
        found = sorted(_secret_paths(self.toml_data))
        if found:
            raise ValueError(f"config file holds secrets ({', '.join(found)}); set them in the environment")


def _secret_paths(data: dict[str, Any], prefix: str = "") -> list[str]:
    paths: list[str] = []
    for key, value in data.items():
        if key.lower() in SECRET_KEYS:
            paths.append(prefix + key)
        if isinstance(value, dict):
            paths.extend(_secret_paths(value, f"{prefix}{key}."))
    return paths


# The project's own config.toml, wherever the command is run from.
DEFAULT_CONFIG = Path(__file__).resolve().parent.parent / "config.toml"


def config_path() -> Path:
    """MLB_CONFIG (relative to the working directory, like any path a user types), else the project's config.toml.
    A file MLB_CONFIG names must exist: a typo never silently runs on the defaults."""
    named = os.environ.get("MLB_CONFIG")
    if not named:
        return DEFAULT_CONFIG
    path = Path(named)
    if not path.is_file():
        raise ConfigError(f"MLB_CONFIG names {path.resolve()}, which is not a file")
    return path


class Settings(BaseSettings):
    """Everything the agent reads; see config.toml for documented defaults."""

    model_config = SettingsConfigDict(env_prefix="MLB_", env_nested_delimiter="__", extra="forbid")

    http: HttpSettings = HttpSettings()
    sources: SourcesSettings = SourcesSettings()
    database: DatabaseSettings = DatabaseSettings()
    pipeline: PipelineSettings = PipelineSettings()
    alerts: AlertsSettings = AlertsSettings()
    database_url: SecretStr | None = Field(None, validation_alias="DATABASE_URL")

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml = _SecretFreeToml(settings_cls, toml_file=config_path())
        return (init_settings, env_settings, toml)


class ConfigError(ValueError):
    """The configuration cannot be used; the message says why in one line."""


def load_settings() -> Settings:
    try:
        return Settings()
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ConfigError(f"{where}: {first['msg']}") from exc
    except ValueError as exc:
        raise ConfigError(str(exc)) from exc
