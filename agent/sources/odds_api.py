"""The Odds API: current MLB odds; the key comes from ODDS_API_KEY and is never stored."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Literal

from agent import sources
from agent.config import SourceSettings
from agent.fetch import Request

# The key is read from this variable only (never from a file, never stored: the URL is logged redacted).
SECRET_ENV = "ODDS_API_KEY"


class Config(SourceSettings):
    """[sources.odds_api]"""

    base_url: str = "https://api.the-odds-api.com"
    interval_minutes: int = 60
    regions: str = "us"
    markets: str = "h2h,spreads,totals"
    # Stored with each row's request: staging reads every price in the format asked for (2 is decimal even money).
    odds_format: Literal["american", "decimal"] = "american"


def plan(cfg: Config, days: Sequence[date]) -> list[Request]:
    key = sources.secret("odds_api") or ""
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
                "oddsFormat": cfg.odds_format,
                "dateFormat": "iso",
            },
            secret_params={"apiKey": key} if key else {},
        )
    ]
