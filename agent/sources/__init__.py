"""One module per source: what to request, and nothing else.

Each module offers plan(settings, days) -> requests, and may offer
follow_up(settings, result) -> further requests (Action Network histories) and
render(body) -> a lossless JSON rendering of a non-JSON body (VSIN HTML).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from types import ModuleType
from typing import Any

from agent.config import Settings, SourceSettings
from agent.fetch import Request, Result
from agent.sources import action_network, mlb_stats_api, odds_api, sbd, vsin

MODULES: dict[str, ModuleType] = {
    "action_network": action_network,
    "sbd": sbd,
    "vsin": vsin,
    "mlb_stats_api": mlb_stats_api,
    "odds_api": odds_api,
}


def source_settings(settings: Settings, source: str) -> SourceSettings:
    value = getattr(settings.sources, source)
    assert isinstance(value, SourceSettings)
    return value


def plan(settings: Settings, source: str, days: Sequence[date]) -> list[Request]:
    planner: Callable[[Settings, Sequence[date]], list[Request]] = MODULES[source].plan
    return planner(settings, days)


def follow_up(settings: Settings, result: Result) -> list[Request]:
    fn = getattr(MODULES.get(result.request.source), "follow_up", None)
    return list(fn(settings, result)) if fn else []


def render(source: str, body: bytes) -> dict[str, Any] | None:
    fn = getattr(MODULES.get(source), "render", None)
    return fn(body) if fn else None
