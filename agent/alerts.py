"""mlb-agent watch: LISTEN for the database's signal alerts, print them, post them to webhooks.

The database decides what an alert is and announces each once (NOTIFY
mlb_signal_alerts, recorded in pipeline.signal_alerts). This module only
listens, formats and delivers, logging every attempt in pipeline.alert_deliveries.
On (re)connecting it first sends what a webhook missed while it was away.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Callable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import psycopg
from tenacity import Retrying, retry_if_result, stop_after_attempt, wait_exponential

from agent import db
from agent.config import AlertsSettings, ConfigError, Settings, WebhookSettings
from agent.tables import signed_price

log = logging.getLogger(__name__)
CHANNEL = "mlb_signal_alerts"
APPLICATION_NAME = "mlb-agent watch"  # how the listener shows in pg_stat_activity
NEW_YORK = ZoneInfo("America/New_York")
SIGNAL_NAMES = {
    "steam": "STEAM",
    "reverse_line_movement": "REVERSE LINE MOVE",
    "sharp_action": "SHARP ACTION",
    "book_disagreement": "BOOK DISAGREEMENT",
}


def webhook_urls(alerts: AlertsSettings) -> dict[str, str]:
    """Each configured webhook's URL, read from the environment variable it names (URLs are secrets)."""
    urls = {}
    for name, hook in alerts.webhooks.items():
        url = os.environ.get(hook.url_env, "")
        if not url.startswith(("http://", "https://")):
            raise ConfigError(f"alerts.webhooks.{name}: set {hook.url_env} to the webhook's http(s) URL")
        urls[name] = url
    return urls


def _clock(value: str | None) -> str:
    if not value:
        return "?"
    return datetime.fromisoformat(value).astimezone(NEW_YORK).strftime("%H:%M")


def text(alert: dict[str, Any], page_base_url: str = "") -> str:
    """One line a person reads: what, which game and side, when known, how the books moved and the game's page.
    A steam or reverse line movement names its movers in the order they moved, the first mover first, each with its
    price before -> after and the time (New York); other signals each book's open -> its price when known."""
    movers = alert.get("movers") or []
    if movers:
        moved = [
            f"{m['book']} {signed_price(m['price_before'])} -> {signed_price(m['price_after'])} "
            + _clock(m.get("moved_at"))
            for m in movers
        ]
        moves = f"first mover {alert.get('first_mover') or movers[0]['book']}: " + ", ".join(moved)
    else:
        moves = ", ".join(
            f"{b['book']} {signed_price(b['price_before'])} -> {signed_price(b['price_after'])}"
            for b in alert.get("books", [])
        )
    start = _clock(alert.get("start_time"))
    page = f" {page_base_url}{alert['game_page']}" if alert.get("game_page") else ""
    return (
        f"{SIGNAL_NAMES.get(alert.get('signal', ''), alert.get('signal'))}: {alert.get('matchup')} "
        f"({alert.get('game_date')} {start} New York) {alert.get('market')} {alert.get('pick')}, "
        f"known {_clock(alert.get('known_at'))}" + (f"; {moves}" if moves else "") + (f";{page}" if page else "")
    )


def body(fmt: str, alert: dict[str, Any], page_base_url: str = "") -> dict[str, Any]:
    """Slack incoming webhooks read "text", Discord webhooks "content" (2,000 characters); json posts the alert."""
    if fmt == "slack":
        return {"text": text(alert, page_base_url)}
    if fmt == "discord":
        return {"content": text(alert, page_base_url)[:2000]}
    return alert


def _record(conn: db.Connection, alert_id: int, name: str, attempt: int, status: int | None, error: str | None) -> None:
    conn.execute(
        """INSERT INTO pipeline.alert_deliveries (alert_id, webhook, attempt, status_code, error, delivered)
           VALUES (%s, %s, %s, %s, %s, %s)""",
        (alert_id, name, attempt, status, error, error is None),
    )


def deliver(
    conn: db.Connection,
    client: httpx.Client,
    name: str,
    hook: WebhookSettings,
    url: str,
    alert: dict[str, Any],
    settings: AlertsSettings,
    attempts_before: int = 0,
) -> bool:
    """Post one alert to one webhook, retrying with backoff; every attempt is logged. True when accepted."""
    number = attempts_before

    def attempt() -> bool:
        nonlocal number
        number += 1
        try:
            response = client.post(
                url, json=body(hook.format, alert, settings.page_base_url), timeout=hook.timeout_seconds
            )
        except httpx.HTTPError as exc:
            _record(conn, alert["alert_id"], name, number, None, f"network_error: {type(exc).__name__}")
            return False
        ok = response.is_success
        _record(
            conn,
            alert["alert_id"],
            name,
            number,
            response.status_code,
            None if ok else f"http_error: HTTP {response.status_code}",
        )
        return ok

    retrying = Retrying(
        stop=stop_after_attempt(settings.max_attempts),
        wait=wait_exponential(multiplier=settings.backoff_base_seconds, max=settings.backoff_max_seconds),
        retry=retry_if_result(lambda ok: not ok),
        retry_error_callback=lambda state: False,
    )
    delivered = bool(retrying(attempt))
    if not delivered:
        log.warning("alert %s not delivered to %s after %d attempts", alert["alert_id"], name, number - attempts_before)
    return delivered


def alert_id(payload: str) -> int | None:
    """The alert id a notification names, or None: anything but a JSON object with an integer alert_id is
    not one of ours (every role may NOTIFY any channel)."""
    try:
        note = json.loads(payload)
    except ValueError:
        return None
    value = note.get("alert_id") if isinstance(note, dict) else None
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def announced_alert(conn: db.Connection, alert: int) -> dict[str, Any] | None:
    """The announced alert of that id as pipeline.signal_alerts holds it, or None."""
    rows = db.fetch_all_params(
        conn,
        "SELECT jsonb_build_object('alert_id', alert_id) || payload AS p FROM pipeline.signal_alerts "
        "WHERE alert_id = %s AND announced",
        (alert,),
    )
    return rows[0]["p"] if rows else None


class Watcher:
    """Listens until stop() (or Ctrl-C); reconnects with backoff when the database goes away."""

    def __init__(self, settings: Settings, show: Callable[[str], None] = print) -> None:
        self.settings = settings
        self.alerts = settings.alerts
        self.urls = webhook_urls(settings.alerts)
        self.show = show
        self.stopping = threading.Event()
        self.listening = threading.Event()

    def stop(self) -> None:
        self.stopping.set()

    def send(self, conn: db.Connection, client: httpx.Client, name: str, alert: dict[str, Any]) -> None:
        """Deliver to one webhook unless it already has it (a catch-up and a notification can meet)."""
        done = db.fetch_all_params(
            conn,
            "SELECT count(*) AS attempts, coalesce(bool_or(delivered), false) AS delivered "
            "FROM pipeline.alert_deliveries WHERE alert_id = %s AND webhook = %s",
            (alert["alert_id"], name),
        )[0]
        if not done["delivered"]:
            hook = self.alerts.webhooks[name]
            deliver(conn, client, name, hook, self.urls[name], alert, self.alerts, int(done["attempts"]))

    def catch_up(self, conn: db.Connection, client: httpx.Client) -> None:
        """What each webhook missed while nobody listened (announced in the last catch_up_hours)."""
        since = f"{self.alerts.catch_up_hours} hours"
        shown: set[int] = set()
        for name in self.alerts.webhooks:
            for row in db.fetch_all_params(conn, "SELECT * FROM pipeline.alerts_to_deliver(%s, %s)", (name, since)):
                log.info("alert %s missed by %s: sending it now", row["alert_id"], name)
                if row["alert_id"] not in shown:
                    shown.add(row["alert_id"])
                    self.show(text(row["payload"], self.settings.alerts.page_base_url))
                self.send(conn, client, name, row["payload"])

    def listen_once(self, client: httpx.Client) -> None:
        with db.connect(self.settings, application_name=APPLICATION_NAME) as conn:
            conn.execute(f"LISTEN {CHANNEL}")
            self.catch_up(conn, client)
            self.listening.set()
            log.info("listening on %s", CHANNEL)
            while not self.stopping.is_set():
                # Queries cannot run while the notifies() generator holds the connection: gather, then handle.
                for note in list(conn.notifies(timeout=1.0)):
                    self.handle(conn, client, note.payload)

    def handle(self, conn: db.Connection, client: httpx.Client, payload: str) -> None:
        """One notification: the alert it names, read from the database, shown and delivered. A payload that
        names no announced alert is ignored and logged; an error on one alert is logged and the watch goes on."""
        number = alert_id(payload)
        alert = announced_alert(conn, number) if number is not None else None
        if alert is None:
            log.warning("notification on %s names no announced alert: ignored (%.200s)", CHANNEL, payload)
            return
        try:
            self.show(text(alert, self.settings.alerts.page_base_url))
            for name in self.alerts.webhooks:
                self.send(conn, client, name, alert)
        except psycopg.OperationalError:
            raise  # the connection is gone: reconnect
        except Exception as exc:
            log.error("alert %s: %s: %s", number, type(exc).__name__, str(exc).splitlines()[0] if str(exc) else "")

    def run(self) -> None:
        delay = self.alerts.reconnect_min_seconds
        with httpx.Client(follow_redirects=False) as client:
            while not self.stopping.is_set():
                try:
                    self.listen_once(client)
                    return
                except (psycopg.OperationalError, db.DatabaseUnavailable) as exc:
                    self.listening.clear()
                    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                    log.warning("database connection lost (%s); reconnecting in %.0f s", first, delay)
                    self.stopping.wait(delay)
                    delay = min(delay * 2, self.alerts.reconnect_max_seconds)
