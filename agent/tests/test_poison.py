"""Poison never blocks the queue: each malformed payload of the unattended-operation
issue's corpus is replayed ahead of a good one; promotion quarantines it with a
reason, promotes the good one, and leaves nothing queued or failed."""

from __future__ import annotations

import itertools
import json
from datetime import date, timedelta
from typing import Any

import pytest

from agent import cli
from agent.tests.conftest import replay_file, replay_schedule_game

_pk = itertools.count(991000)


def mlb(game: Any) -> dict[str, Any]:
    return {"dates": [{"date": DAY, "games": [game]}]}


def mlb_game(**changes: Any) -> dict[str, Any]:
    game = {
        "gamePk": 990001,
        "gameDate": f"{DAY}T17:05:00Z",
        "gameNumber": 1,
        "status": {"codedGameState": "F"},
        "teams": {"home": {"team": {"id": 147}, "score": 3}, "away": {"team": {"id": 111}, "score": 2}},
    }
    game.update(changes)
    return game


def sbd_game(when: str) -> dict[str, Any]:
    return {
        "games": [
            {
                "_id": "poison",
                "date": when,
                "home": {"code": "NYY"},
                "away": {"code": "BOS"},
                "sportsbooks": [],
                "bettingSplits": {},
            }
        ]
    }


def odds_event(**changes: Any) -> list[Any]:
    outcome = {"name": "Over", "price": -110, "point": 8.5}
    outcome.update(changes.pop("outcome", {}))
    market = {"key": "totals", "last_update": f"{DAY}T16:00:00Z", "outcomes": [outcome]}
    market.update(changes.pop("market", {}))
    event = {
        "id": "poison",
        "commence_time": f"{DAY}T17:05:00Z",
        "home_team": "New York Yankees",
        "away_team": "Boston Red Sox",
        "bookmakers": [{"key": "draftkings", "markets": [market]}],
    }
    event.update(changes)
    return [event]


def history(updated_at: str) -> dict[str, Any]:
    point = {"value": None, "odds": -120, "updated_at": updated_at}
    return {"68": {"event": {"moneyline": [{"side": "home", "history": [point]}]}}}


# The corpus's own day, which no other test uses (its valid games must not land on the sample day).
DAY = "2002-07-14"

# (source, endpoint, body) for every malformed variant the adversarial review reported.
CORPUS = {
    "sbd game not an object": ("sbd", "betting_splits", {"games": [1]}),
    "sbd 30 February": ("sbd", "betting_splits", sbd_game("2025-02-30T17:05:00.000Z")),
    "sbd time noon": ("sbd", "betting_splits", sbd_game(f"{DAY}Tnoon")),
    "mlb 30 February": ("mlb_stats_api", "schedule", mlb(mlb_game(gameDate="2025-02-30T17:05:00Z"))),
    "mlb time noon": ("mlb_stats_api", "schedule", mlb(mlb_game(gameDate=f"{DAY}Tnoon"))),
    "mlb gamePk too big": ("mlb_stats_api", "schedule", mlb(mlb_game(gamePk=99999999999))),
    "mlb gamePk text": ("mlb_stats_api", "schedule", mlb(mlb_game(gamePk="abc"))),
    "mlb score too big": (
        "mlb_stats_api",
        "schedule",
        mlb(
            mlb_game(
                teams={"home": {"team": {"id": 147}, "score": 99999999999}, "away": {"team": {"id": 111}, "score": 2}}
            )
        ),
    ),
    "mlb game null": ("mlb_stats_api", "schedule", mlb(None)),
    "odds 30 February": ("odds_api", "odds", odds_event(commence_time="2025-02-30T17:05:00Z")),
    "odds last_update soon": ("odds_api", "odds", odds_event(market={"last_update": "soon"})),
    "odds point text": ("odds_api", "odds", odds_event(outcome={"point": "abc"})),
    "odds point 1e308": ("odds_api", "odds", odds_event(outcome={"point": 1e308})),
    "odds event null": ("odds_api", "odds", [None]),
    "an history 30 February": ("action_network", "history", history("2025-02-30T01:00:00Z")),
    "an history noon": ("action_network", "history", history(f"{DAY}Tnoon")),
    "an scoreboard game null": ("action_network", "scoreboard", {"games": [None]}),
}


def raw_id(admin, table: str, key: str) -> int:
    return admin.execute(f"SELECT max(id) AS id FROM raw_data.{table} WHERE request_key = %s", (key,)).fetchone()["id"]


@pytest.mark.parametrize("variant", sorted(CORPUS))
def test_poison_is_quarantined_and_the_queue_goes_on(admin, tmp_path, fresh_day, variant):
    source, endpoint, body = CORPUS[variant]
    table = admin.execute("SELECT raw_data.payload_table_for(%s, %s) AS t", (source, endpoint)).fetchone()["t"]
    key = f"poison-{fresh_day.isoformat()}" if endpoint == "history" else fresh_day.isoformat()
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(body))
    assert replay_file(source, endpoint, key, bad, "2025-06-14T12:00:00+00:00") == 0
    # A good schedule on another day, queued behind the bad payload.
    good_day: date = fresh_day + timedelta(days=4000)
    pk = next(_pk)
    assert replay_schedule_game(tmp_path, good_day, pk, "2025-06-14T12:00:00+00:00") == 0
    first_run = admin.execute("SELECT coalesce(max(id), 0) AS id FROM pipeline.runs").fetchone()["id"]

    cli.main(["pipeline", "run", "--zone", "staging"])

    assert admin.execute("SELECT count(*) AS n FROM pipeline.promotion_queue").fetchone()["n"] == 0
    assert admin.execute("SELECT count(*) AS n FROM staging.games WHERE game_pk = %s", (pk,)).fetchone()["n"] == 1
    statuses = {
        r["status"]
        for r in admin.execute(
            "SELECT status FROM pipeline.runs WHERE id > %s AND zone = 'staging' AND kind = 'promote'", (first_run,)
        )
    }
    # No run failed; "skipped" is a run that found another promotion holding the lock (the every-minute
    # job, if an earlier test left it a moment to fire), which says nothing about the poison.
    assert statuses <= {"succeeded", "degraded", "skipped"}, statuses
    assert statuses & {"succeeded", "degraded"}, statuses
    reasons = admin.execute(
        "SELECT rule, details FROM staging.validation_results WHERE raw_table = %s AND raw_id = %s",
        (table, raw_id(admin, table, key)),
    ).fetchall()
    assert reasons, f"{variant}: the payload yielded nothing and left no reason"
    for r in reasons:
        if r["rule"] == "promotion_error":
            assert r["details"]["error"] and r["details"]["sqlstate"]
