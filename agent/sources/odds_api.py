"""The Odds API: current MLB odds; the key comes from ODDS_API_KEY and is never stored."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from agent.config import Settings
from agent.fetch import Request


def plan(settings: Settings, days: Sequence[date]) -> list[Request]:
    cfg = settings.sources.odds_api
    key = settings.odds_api_key.get_secret_value() if settings.odds_api_key else ""
    return [
        Request(
            "odds_api",
            "odds",
            "odds_api_responses",
            max(days).isoformat(),
            f"{cfg.base_url}/v4/sports/baseball_mlb/odds",
            params={
                "regions": cfg.regions,
                "markets": cfg.markets,
                "oddsFormat": "american",
                "dateFormat": "iso",
            },
            secret_params={"apiKey": key} if key else {},
        )
    ]
