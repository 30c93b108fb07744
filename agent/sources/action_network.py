"""Action Network: book catalogue, scoreboard per date, line history per game.

It rejects requests without browser-like headers, so they are sent."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date

from pydantic import Field

from agent.config import SourceSettings
from agent.fetch import Request, Result

HEADERS = {
    "Accept": "application/json, text/plain, */*",
    "Referer": "https://www.actionnetwork.com/",
    "Origin": "https://www.actionnetwork.com",
}


class Config(SourceSettings):
    """[sources.action_network]"""

    base_url: str = "https://api.actionnetwork.com"
    # Ids as the real /web/v1/books catalogue states them: 15 Consensus and 30 Open (not books, kept for
    # analysis), then the New Jersey outlets of the major brands: 68 DK NJ, 69 FanDuel NJ, 71 BetRivers NJ,
    # 75 BetMGM NJ, 79 bet365 NJ, 123 Caesars NJ, 2988 Fanatics NJ. (972 is BetRivers NY, not Fanatics.)
    book_ids: list[int] = Field(default_factory=lambda: [15, 30, 68, 69, 71, 75, 79, 123, 2988])
    collect_history: bool = True


def plan(cfg: Config, days: Sequence[date]) -> list[Request]:
    books = Request(
        "action_network",
        "books",
        "action_network_books",
        "books",
        f"{cfg.base_url}/web/v1/books",
        headers=HEADERS,
    )
    scoreboards = [
        Request(
            "action_network",
            "scoreboard",
            "action_network_games",
            day.isoformat(),
            f"{cfg.base_url}/web/v2/scoreboard/publicbetting/mlb",
            params={
                "bookIds": ",".join(map(str, cfg.book_ids)),
                "date": day.strftime("%Y%m%d"),
                "periods": "event",
            },
            headers=HEADERS,
        )
        for day in days
    ]
    return [books, *scoreboards]


def follow_up(cfg: Config, result: Result) -> list[Request]:
    """Each game on a scoreboard gets its line history fetched."""
    if result.request.endpoint != "scoreboard" or not cfg.collect_history or not result.body:
        return []
    if result.status is None or not 200 <= result.status < 300:
        return []
    try:
        games = json.loads(result.body).get("games") or []
    except (ValueError, AttributeError):
        return []
    ids = [g["id"] for g in games if isinstance(g, dict) and isinstance(g.get("id"), int)]
    return [
        Request(
            "action_network",
            "history",
            "action_network_odds",
            str(game_id),
            f"{cfg.base_url}/web/v2/markets/event/{game_id}/history",
            headers=HEADERS,
        )
        for game_id in ids
    ]
