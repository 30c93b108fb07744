"""Sources, found by name: every module in this package that defines plan() is a source.

A source module is the whole of a source in the agent; adding one touches nothing else here:

- ``Config``: its section ``[sources.<name>]`` in config.toml (a SourceSettings with its own fields
  and defaults, base_url among them); ``MLB_SOURCES__<NAME>__<KEY>`` overrides it.
- ``plan(cfg, days) -> list[Request]``: what to request for these New York days.
- optionally ``follow_up(cfg, result) -> list[Request]`` (further requests a response calls for, such
  as Action Network's line histories), ``render(body) -> dict`` (a lossless JSON rendering of a body
  that is not JSON, such as VSIN's HTML), ``days(cfg, today) -> list[date]`` (the days a run collects,
  when not just today), ``TAKES_RANGES = True`` (a range of days is one request, not one a day), and
  ``SECRET_ENV`` (the environment variable holding its key: without it the source's requests are
  logged as skipped_no_key, and its value is redacted everywhere).

Its database side is the folder db/deploy/sources/<name>/ (docs/adding-a-source.md).
"""

from __future__ import annotations

import importlib
import os
import pkgutil
from collections.abc import Sequence
from datetime import date
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from agent.config import Settings, SourceSettings
    from agent.fetch import Request, Result


@cache
def modules() -> dict[str, ModuleType]:
    """Every source module of this package by name, in name order."""
    found = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        if callable(getattr(module, "plan", None)):
            found[info.name] = module
    return found


def names() -> tuple[str, ...]:
    return tuple(modules())


def source_settings(settings: Settings, source: str) -> SourceSettings:
    """The source's own config section."""
    from agent.config import SourceSettings

    value = getattr(settings.sources, source)
    assert isinstance(value, SourceSettings)
    return value


def secret(source: str) -> str | None:
    """The source's key from its SECRET_ENV variable, when it has one and it is set."""
    env = getattr(modules().get(source), "SECRET_ENV", None)
    return (os.environ.get(env) or None) if env else None


def missing_secret(source: str) -> str | None:
    """The variable a source needs and lacks (its requests are then skipped), or None."""
    env = getattr(modules().get(source), "SECRET_ENV", None)
    return env if env and not os.environ.get(env) else None


def secrets() -> list[str]:
    """Every source key set in the environment (for redaction)."""
    return [value for name in modules() if (value := secret(name))]


def takes_ranges(source: str) -> bool:
    """Whether the source asks for a range of days in one request (TAKES_RANGES), not day by day."""
    return bool(getattr(modules().get(source), "TAKES_RANGES", False))


def plan(settings: Settings, source: str, days: Sequence[date]) -> list[Request]:
    requests: list[Request] = modules()[source].plan(source_settings(settings, source), days)
    return requests


def days(settings: Settings, source: str, today: date) -> list[date]:
    fn = getattr(modules()[source], "days", None)
    return list(fn(source_settings(settings, source), today)) if fn else [today]


def follow_up(settings: Settings, result: Result) -> list[Request]:
    fn = getattr(modules().get(result.request.source), "follow_up", None)
    return list(fn(source_settings(settings, result.request.source), result)) if fn else []


def render(source: str, body: bytes) -> dict[str, Any] | None:
    fn = getattr(modules().get(source), "render", None)
    rendered: dict[str, Any] | None = fn(body) if fn else None
    return rendered
