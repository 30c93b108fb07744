"""Alerts end to end: a raw payload -> the pipeline's cycle -> NOTIFY -> mlb-agent watch -> a local webhook,
once, and not again after a rebuild; retries logged; a lost connection caught up."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from agent import alerts
from agent.config import ConfigError, load_settings
from agent.tests.conftest import Reply, Server, replay_file

TEAMS = ("Milwaukee Brewers", "Cincinnati Reds")  # home, away
BOOKS = ("draftkings", "fanduel", "betmgm", "williamhill_us")


def odds_payload(commence: datetime, stamps: list[datetime], home: int, away: int) -> list[dict[str, Any]]:
    """A The Odds API odds body (the shape of sample/odds_api) with one game and four books."""
    books = []
    for key, at in zip(BOOKS, stamps, strict=True):
        iso = at.strftime("%Y-%m-%dT%H:%M:%SZ")
        books.append(
            {
                "key": key,
                "title": key,
                "last_update": iso,
                "markets": [
                    {
                        "key": "h2h",
                        "last_update": iso,
                        "outcomes": [{"name": TEAMS[0], "price": home}, {"name": TEAMS[1], "price": away}],
                    }
                ],
            }
        )
    return [
        {
            "id": f"alerts-test-{commence:%Y%m%d}",
            "sport_key": "baseball_mlb",
            "commence_time": commence.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "home_team": TEAMS[0],
            "away_team": TEAMS[1],
            "bookmakers": books,
        }
    ]


@pytest.fixture
def hooks(http_server: Server, monkeypatch, db_env) -> Server:
    http_server.route("/slack", Reply(200, b"ok", "text/plain"))
    http_server.route("/discord", Reply(500, b"busy", "text/plain"), Reply(204, b"", "text/plain"))
    monkeypatch.setenv("MLB_ALERTS__WEBHOOKS__SLACK__URL_ENV", "TEST_SLACK_URL")
    monkeypatch.setenv("MLB_ALERTS__WEBHOOKS__SLACK__FORMAT", "slack")
    monkeypatch.setenv("MLB_ALERTS__WEBHOOKS__DISCORD__URL_ENV", "TEST_DISCORD_URL")
    monkeypatch.setenv("MLB_ALERTS__WEBHOOKS__DISCORD__FORMAT", "discord")
    monkeypatch.setenv("TEST_SLACK_URL", f"{http_server.url}/slack")
    monkeypatch.setenv("TEST_DISCORD_URL", f"{http_server.url}/discord")
    monkeypatch.setenv("MLB_ALERTS__BACKOFF_BASE_SECONDS", "0.01")
    monkeypatch.setenv("MLB_ALERTS__RECONNECT_MIN_SECONDS", "0.2")
    return http_server


@pytest.fixture
def watcher(hooks) -> Iterator[tuple[alerts.Watcher, list[str]]]:
    shown: list[str] = []
    w = alerts.Watcher(load_settings(), show=shown.append)
    thread = threading.Thread(target=w.run, daemon=True)
    thread.start()
    assert w.listening.wait(10), "the watcher did not start listening"
    yield w, shown
    w.stop()
    thread.join(10)


def posts(server: Server, path: str) -> list[dict[str, Any]]:
    return [json.loads(body) for p, body in server.bodies if p == path]


def wait_for(check, seconds: float = 10) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if check():
            return True
        time.sleep(0.05)
    return check()


def test_a_steam_move_reaches_the_webhooks_once_within_one_cycle(admin, watcher, hooks, tmp_path):
    _w, shown = watcher
    now = datetime.now(UTC).replace(microsecond=0)
    # A game days ahead (a day per process, so a database this test ran in before holds no such game).
    commence = now + timedelta(days=1 + os.getpid() % 200, hours=3)
    day = commence.astimezone(alerts.NEW_YORK).date().isoformat()
    before = tmp_path / "before.json"
    before.write_text(json.dumps(odds_payload(commence, [now - timedelta(minutes=30)] * 4, -110, -110)))
    after = tmp_path / "after.json"
    moved = [now - timedelta(minutes=m) for m in (8, 7, 7, 6)]  # DraftKings first, all within two minutes
    after.write_text(json.dumps(odds_payload(commence, moved, -140, 120)))
    assert replay_file("odds_api", "odds", day, before, (now - timedelta(minutes=30)).isoformat()) == 0
    assert replay_file("odds_api", "odds", day, after, (now - timedelta(minutes=6)).isoformat()) == 0

    # One pipeline cycle: what the two every-minute pg_cron jobs run (tests call them; the jobs are off).
    started = time.monotonic()
    admin.execute("SELECT * FROM staging.promote(100000)")
    admin.execute("SELECT * FROM curated.drain_dirty_dates(NULL)")
    assert wait_for(lambda: len(posts(hooks, "/slack")) >= 1)
    assert wait_for(lambda: len(posts(hooks, "/discord")) >= 2)  # a 500, then accepted
    took = time.monotonic() - started

    [slack] = posts(hooks, "/slack")
    assert slack["text"].startswith(f"STEAM: CIN @ MIL ({day} ")
    assert "moneyline MIL" in slack["text"]
    # The movers in the order they moved, the first mover named, each with its time; Caesars, which did not move,
    # is not among them; and the game's page.
    clock = [alerts._clock((now - timedelta(minutes=m)).isoformat()) for m in (8, 7)]
    assert (
        f"first mover DraftKings: DraftKings -110 -> -140 {clock[0]}, BetMGM -110 -> -140 {clock[1]}, "
        f"FanDuel -110 -> -140 {clock[1]};"
    ) in slack["text"], slack["text"]
    assert "Caesars" not in slack["text"]
    assert posts(hooks, "/discord")[-1] == {"content": slack["text"]}
    assert shown == [slack["text"]]
    alert = admin.execute(
        "SELECT * FROM pipeline.signal_alerts WHERE payload->>'matchup' = 'CIN @ MIL' AND payload->>'game_date' = %s",
        (day,),
    ).fetchone()
    assert alert["signal"] == "steam" and alert["side"] == "home" and alert["announced"]
    assert slack["text"].endswith(f"; game-{alert['game_id']}.html")
    assert alert["payload"]["first_mover"] == "DraftKings"
    # Known when the third book moved (signals.steam_min_books): Caesars' move a minute later is not in "after".
    assert alert["known_at"] == now - timedelta(minutes=7)
    after_prices = {b["book"]: (b["price_before"], b["price_after"]) for b in alert["payload"]["books"]}
    assert after_prices == {
        "BetMGM": (-110, -140),
        "Caesars": (-110, -110),
        "DraftKings": (-110, -140),
        "FanDuel": (-110, -140),
    }
    deliveries = admin.execute(
        "SELECT webhook, attempt, status_code, error, delivered FROM pipeline.alert_deliveries WHERE alert_id = %s "
        "ORDER BY webhook, attempt",
        (alert["alert_id"],),
    ).fetchall()
    assert [tuple(d.values()) for d in deliveries] == [
        ("discord", 1, 500, "http_error: HTTP 500", False),
        ("discord", 2, 204, None, True),
        ("slack", 1, 200, None, True),
    ]
    print(f"raw payload -> webhook in {took:.2f} s (promotion, curated refresh, NOTIFY, delivery)")

    # A rebuild finds the steam again: nothing new is sent.
    admin.execute("SELECT * FROM curated.rebuild(%s)", (day,))
    admin.execute("SELECT * FROM staging.rebuild(%s)", (day,))
    admin.execute("SELECT * FROM curated.drain_dirty_dates(NULL)")
    time.sleep(1.5)
    assert len(posts(hooks, "/slack")) == 1 and shown == [slack["text"]]


def test_an_alert_announced_while_the_watcher_was_away_is_sent_when_it_reconnects(admin, watcher, hooks):
    w, _shown = watcher
    game = admin.execute(
        """INSERT INTO staging.games (game_date, start_time, home_team, away_team, status, status_source,
                                      status_fetched_at, quality_score, raw_table, raw_id, pipeline_run_id)
           VALUES (current_date + 1, now() + interval '1 day', 'SEA', 'HOU', 'scheduled', 'mlb_stats_api', now(), 1,
                   'mlb_stats_api', 1, (SELECT max(id) FROM pipeline.runs)) RETURNING game_id"""
    ).fetchone()["game_id"]
    try:
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = %s",
            (alerts.APPLICATION_NAME,),
        )
        w.listening.clear()
        admin.execute(
            """INSERT INTO curated.betting_analysis (game_id, market, side, signal, known_at, strength, details,
                                                     pipeline_run_id)
               VALUES (%s, 'total', 'over', 'steam', now(), 0.03, '{}', (SELECT max(id) FROM pipeline.runs))""",
            (game,),
        )
        assert w.listening.wait(10), "the watcher did not reconnect"
        assert wait_for(lambda: any("HOU @ SEA" in p["text"] for p in posts(hooks, "/slack")))
        assert next(p for p in posts(hooks, "/slack") if "HOU @ SEA" in p["text"])["text"].startswith(
            "STEAM: HOU @ SEA"
        )
    finally:
        admin.execute("DELETE FROM curated.betting_analysis WHERE game_id = %s", (game,))
        admin.execute("DELETE FROM staging.games WHERE game_id = %s", (game,))


def test_a_notification_can_name_an_alert_but_never_make_one_up(admin, watcher, hooks, caplog):
    """Every role may NOTIFY any channel (issue 29): a forged alert, an unknown id, a real id with made-up text and
    malformed JSON, sent by the analyst while the watcher runs. Nothing forged is shown or posted, nothing is
    marked delivered, the watcher keeps running, and the real alert it names is delivered as the database holds it."""
    w, shown = watcher
    game = admin.execute(
        """INSERT INTO staging.games (game_date, start_time, home_team, away_team, status, status_source,
                                      status_fetched_at, quality_score, raw_table, raw_id, pipeline_run_id)
           VALUES (current_date + 2, now() + interval '2 days', 'TEX', 'LAA', 'scheduled', 'mlb_stats_api', now(), 1,
                   'mlb_stats_api', 1, (SELECT max(id) FROM pipeline.runs)) RETURNING game_id"""
    ).fetchone()["game_id"]
    try:
        # A real alert the watcher has not been told of (written directly: no notification); a forger names it.
        admin.execute(
            """INSERT INTO pipeline.signal_alerts (game_id, market, side, signal, known_at, payload, announced)
               VALUES (%s, 'total', 'over', 'steam', now(), pipeline.alert_payload(%s, 'total', 'over', 'steam', now(), 0.03, '{}'), true)""",
            (game, game),
        )
        real = admin.execute(
            "SELECT alert_id, payload FROM pipeline.signal_alerts WHERE game_id = %s", (game,)
        ).fetchone()
        forged = [
            json.dumps(
                {"alert_id": 424242, "signal": "steam", "matchup": "FAKE ALERT", "market": "moneyline", "pick": "NYY"}
            ),
            json.dumps({"alert_id": "1; DROP TABLE x", "matchup": "FAKE"}),
            json.dumps({"alert_id": True}),
            "not json at all",
            json.dumps([1, 2, 3]),
            json.dumps({"alert_id": real["alert_id"], "matchup": "FAKE ALERT", "pick": "NYY"}),
        ]
        admin.execute("SET ROLE mlb_analyst")
        try:
            for payload in forged:
                admin.execute("SELECT pg_notify('mlb_signal_alerts', %s)", (payload,))
        finally:
            admin.execute("RESET ROLE")
        assert wait_for(lambda: any("LAA @ TEX" in p["text"] for p in posts(hooks, "/slack")))
        time.sleep(1.0)
        texts = [p["text"] for p in posts(hooks, "/slack")]
        assert not any("FAKE" in t for t in texts) and not any("FAKE" in t for t in shown)
        assert [t for t in texts if "LAA @ TEX" in t] == [
            alerts.text({"alert_id": real["alert_id"], **real["payload"]})
        ]
        assert (
            admin.execute("SELECT count(*) AS n FROM pipeline.alert_deliveries WHERE alert_id = 424242").fetchone()["n"]
            == 0
        )
        assert sum("names no announced alert" in r.message for r in caplog.records) == 5
        assert w.listening.is_set(), "the watcher is still listening"
    finally:
        admin.execute("DELETE FROM pipeline.signal_alerts WHERE game_id = %s", (game,))
        admin.execute("DELETE FROM staging.games WHERE game_id = %s", (game,))


def test_webhook_urls_are_secrets_from_the_environment(monkeypatch, db_env):
    monkeypatch.setenv("MLB_ALERTS__WEBHOOKS__SLACK__URL_ENV", "NOT_SET_ANYWHERE")
    monkeypatch.delenv("NOT_SET_ANYWHERE", raising=False)
    with pytest.raises(ConfigError, match="set NOT_SET_ANYWHERE to the webhook's http"):
        alerts.Watcher(load_settings())


def test_a_webhook_from_the_environment_alone(monkeypatch, tmp_path):
    """An exported MLB_SLACK_WEBHOOK_URL alone printed `webhooks: none` (issue 31): a table had to be uncommented."""
    (tmp_path / "config.toml").write_text("")
    monkeypatch.setenv("MLB_CONFIG", str(tmp_path / "config.toml"))
    monkeypatch.setenv("MLB_SLACK_WEBHOOK_URL", "https://hooks.example/slack")
    monkeypatch.setenv("MLB_WEBHOOK_URL", "http://127.0.0.1:9/json")
    monkeypatch.delenv("MLB_DISCORD_WEBHOOK_URL", raising=False)
    hooks = load_settings().alerts.webhooks
    assert {k: (h.url_env, h.format) for k, h in hooks.items()} == {
        "slack": ("MLB_SLACK_WEBHOOK_URL", "slack"),
        "webhook": ("MLB_WEBHOOK_URL", "json"),
    }
    assert alerts.webhook_urls(load_settings().alerts) == {
        "slack": "https://hooks.example/slack",
        "webhook": "http://127.0.0.1:9/json",
    }
    # A table naming the variable wins: one webhook, as configured.
    (tmp_path / "config.toml").write_text(
        '[alerts.webhooks.team]\nurl_env = "MLB_SLACK_WEBHOOK_URL"\nformat = "json"\n'
    )
    hooks = load_settings().alerts.webhooks
    assert {k: (h.url_env, h.format) for k, h in hooks.items()} == {
        "team": ("MLB_SLACK_WEBHOOK_URL", "json"),
        "webhook": ("MLB_WEBHOOK_URL", "json"),
    }


def test_bodies_for_slack_discord_and_json():
    alert = {
        "alert_id": 7,
        "signal": "reverse_line_movement",
        "matchup": "NYM @ PHI",
        "game_date": "2025-06-14",
        "start_time": "2025-06-14T20:05:00+00:00",
        "market": "moneyline",
        "pick": "PHI",
        "known_at": "2025-06-14T19:40:00+00:00",
        "books": [{"book": "FanDuel", "price_before": 105, "price_after": -102}],
    }
    line = "REVERSE LINE MOVE: NYM @ PHI (2025-06-14 16:05 New York) moneyline PHI, known 15:40; FanDuel +105 -> -102"
    assert alerts.body("slack", alert) == {"text": line}
    assert alerts.body("discord", alert) == {"content": line}
    assert alerts.body("json", alert) is alert
    # A movement names its movers in the order they moved, and the game's page after the configured base.
    alert |= {
        "first_mover": "FanDuel",
        "movers": [
            {"book": "FanDuel", "price_before": 105, "price_after": -102, "moved_at": "2025-06-14T19:31:00+00:00"},
            {"book": "BetMGM", "price_before": 104, "price_after": -101, "moved_at": "2025-06-14T19:38:00+00:00"},
        ],
        "game_page": "game-42.html",
    }
    assert alerts.text(alert, "https://me.example/reports/") == (
        "REVERSE LINE MOVE: NYM @ PHI (2025-06-14 16:05 New York) moneyline PHI, known 15:40; first mover FanDuel: "
        "FanDuel +105 -> -102 15:31, BetMGM +104 -> -101 15:38; https://me.example/reports/game-42.html"
    )


def test_mlb_agent_watch_runs_until_sigterm(db_env):
    """The command as an operator (or docker-compose) runs it: says what it listens to, stops cleanly on SIGTERM."""
    proc = subprocess.Popen(
        [str(Path(sys.executable).parent / "mlb-agent"), "watch"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        assert line.startswith("listening for alerts on mlb_signal_alerts; webhooks: none")
        time.sleep(0.5)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(10) == 0
    finally:
        proc.kill()
