"""`mlb-agent serve` as a person uses it (issue 31): the real command, logged in as the analyst, opened in headless
Chromium with every request off this machine caught; the board's and a game page's figures checked against SQL
written here; a new raw payload stored while the page is open, promoted by the real drain, and the page seen to
change within 5 s without a reload; screenshots kept at 1280 and 420 px in test-output/serve/."""

from __future__ import annotations

import contextlib
import json
import os
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import psycopg
import pytest

from agent import web
from agent.config import Settings
from agent.tables import signed_price, text
from agent.tests.browser import Browser, needs
from agent.tests.conftest import ROOT, replay_file, sample_game
from agent.tests.test_report import Recorder

OUT = ROOT / "test-output" / "serve"
NEW_YORK = ZoneInfo("America/New_York")
DAY = "2025-06-14"
needs_chromium = pytest.mark.skipif(needs is None, reason="chromium is not installed")


@pytest.fixture
def served(sample_day, db_env) -> Iterator[str]:
    """`mlb-agent serve --port 0` against the test database; yields its URL."""
    process = subprocess.Popen(
        [sys.executable, "-m", "agent.cli", "serve", "--port", "0"],
        cwd=ROOT,
        env={**os.environ},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    match = re.match(r"serving (http://127\.0\.0\.1:\d+) ", line)
    if not match:
        process.kill()
        pytest.fail(f"serve did not start: {line!r} {process.stderr.read() if process.stderr else ''}")
    try:
        yield match.group(1)
    finally:
        process.terminate()
        process.wait(timeout=20)


@pytest.fixture
def proxy() -> Iterator[Recorder]:
    recorder = Recorder()
    yield recorder
    recorder.httpd.shutdown()


@pytest.fixture
def browser(proxy) -> Iterator[Browser]:
    b = Browser(proxy.url)
    yield b
    b.close()


def _odds(commence: datetime, dk: tuple[int, int], last_update: datetime) -> list[dict[str, Any]]:
    """The Odds API body for a game to come: the Dodgers at the Padres, DraftKings and FanDuel."""

    def book(key: str, title: str, home: int, away: int) -> dict[str, Any]:
        return {
            "key": key,
            "title": title,
            "last_update": last_update.isoformat().replace("+00:00", "Z"),
            "markets": [
                {
                    "key": "h2h",
                    "outcomes": [
                        {"name": "San Diego Padres", "price": home},
                        {"name": "Los Angeles Dodgers", "price": away},
                    ],
                }
            ],
        }

    return [
        {
            "id": f"serve-{commence:%Y%m%d%H%M}",
            "sport_key": "baseball_mlb",
            "commence_time": commence.isoformat().replace("+00:00", "Z"),
            "home_team": "San Diego Padres",
            "away_team": "Los Angeles Dodgers",
            "bookmakers": [book("draftkings", "DraftKings", *dk), book("fanduel", "FanDuel", -115, 105)],
        }
    ]


def _store(tmp_path: Path, name: str, body: Any, key: str) -> None:
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(body))
    assert replay_file("odds_api", "odds", key, path, datetime.now(UTC).isoformat()) == 0


@pytest.fixture
def game_to_come(admin, tmp_path) -> Iterator[dict[str, Any]]:
    """A game two days ahead at 19:05 New York, priced now by two books; the drain runs while the test does."""
    day = (datetime.now(NEW_YORK) + timedelta(days=2)).date()
    commence = datetime(day.year, day.month, day.day, 19, 5, tzinfo=NEW_YORK).astimezone(UTC)
    admin.execute("UPDATE pipeline.settings SET value = 'true' WHERE key = 'pipeline.auto_promotion'")
    draining = psycopg.connect("", autocommit=True)

    def drain() -> None:
        with contextlib.suppress(psycopg.errors.QueryCanceled):
            draining.execute("CALL pipeline.drain(120)")

    runner = threading.Thread(target=drain)
    runner.start()
    try:
        _store(tmp_path, "first", _odds(commence, (-120, 110), datetime.now(UTC)), f"serve-{day}")
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            row = admin.execute(
                """SELECT b.game_id, b.best_home_price FROM curated.game_board b
                    WHERE b.game_date = %s AND b.home_team = 'SD' AND b.away_team = 'LAD'""",
                (day,),
            ).fetchone()
            if row and row["best_home_price"] == -115:
                break
            time.sleep(0.1)
        assert row and row["best_home_price"] == -115, row
        yield {
            "day": day,
            "commence": commence,
            "game_id": row["game_id"],
            "store": lambda body, name: _store(tmp_path, name, body, f"serve-{day}"),
        }
    finally:
        admin.execute("UPDATE pipeline.settings SET value = 'false' WHERE key = 'pipeline.auto_promotion'")
        draining.cancel_safe()  # the drain is done with: stop it rather than wait out its two minutes
        runner.join(timeout=60)
        draining.close()


def _row_text(browser: Browser, game_id: int) -> str:
    return str(browser.evaluate(f"document.getElementById('game-{game_id}').innerText"))


@needs_chromium
def test_the_served_board_is_the_database_and_changes_while_open(served, game_to_come, admin, browser, proxy):
    game = game_to_come
    # The board of the day with the game to come: its best prices now, each with its book, as SQL finds them.
    browser.open(f"{served}/day/{game['day']}", 1280)
    row = _row_text(browser, game["game_id"])
    assert "LAD" in row and "SD" in row and "prices now" in row
    assert re.search(r"SD\s+-115\s+FanDuel", row), row  # FanDuel's -115 beats DraftKings' -120
    assert re.search(r"LAD\s+\+110\s+DraftKings", row), row  # DraftKings' +110 beats FanDuel's +105
    marker = browser.evaluate("window.__opened = Math.random()")
    navigations = browser.evaluate("performance.getEntriesByType('navigation').length")

    # A new payload: DraftKings moves the Padres to -105. Stored while the page is open; the drain promotes it and
    # the database announces it; the page shows it without a reload.
    started = time.monotonic()
    game["store"](_odds(game["commence"], (-105, -115), datetime.now(UTC)), "second")
    waited = browser.wait_for(
        f"/SD\\s+-105\\s+DraftKings/.test(document.getElementById('game-{game['game_id']}').innerText)", timeout=10
    )
    seen_after = time.monotonic() - started
    assert seen_after <= 5, f"the open page showed the change {seen_after:.2f} s after the payload was stored"
    print(f"the open page showed the change {seen_after:.2f} s after the payload was stored")
    assert browser.evaluate("window.__opened") == marker, "the page reloaded"
    assert browser.evaluate("performance.getEntriesByType('navigation').length") == navigations
    assert waited <= seen_after
    best = admin.execute(
        "SELECT best_home_price, best_home_book FROM curated.game_board WHERE game_id = %s", (game["game_id"],)
    ).fetchone()
    assert (best["best_home_price"], best["best_home_book"]) == (-105, "DraftKings")
    assert browser.evaluate("document.getElementById('live').className") == "live on"

    # Filters act on what is shown: the team box keeps only the Padres' game.
    browser.evaluate(
        "(() => { const t = document.getElementById('team'); t.value = 'Padres'; t.dispatchEvent(new Event('input')); })()"
    )
    assert browser.evaluate("document.querySelectorAll('#board tbody tr:not(.hidden)').length") == 1
    browser.evaluate(
        "(() => { const t = document.getElementById('team'); t.value = ''; t.dispatchEvent(new Event('input')); })()"
    )

    OUT.mkdir(parents=True, exist_ok=True)
    for width in (1280, 420):
        browser.screenshot(OUT / f"board-live-{width}.png", width)
    assert proxy.page_requests() == [], "the served page asked the network for something"


@needs_chromium
def test_the_served_sample_board_shows_what_sql_says(served, sample_day, browser, proxy, tmp_path):
    """Every game of the sample day: the best closes with their books, the move from open, and a bet's CLV."""
    phi = sample_game(sample_day, "NYM", "PHI")
    bet = sample_day.execute(
        """SELECT curated.place_bet('2025-06-14', 'PHI', 'moneyline', 'PHI', NULL, '-138', 50, 'Fanatics',
                                    '2025-06-14 15:00-04', 'serve test') AS id"""
    ).fetchone()["id"]
    try:
        browser.open(f"{served}/day/{DAY}", 1280)
        games = sample_day.execute(
            """SELECT game_id, away_team, home_team, best_away_price, best_away_book, best_home_price, best_home_book
                 FROM curated.game_board WHERE game_date = %s""",
            (DAY,),
        ).fetchall()
        assert len(games) == 15
        for g in games:
            row = _row_text(browser, g["game_id"])
            for side in ("away", "home"):
                if g[f"best_{side}_price"] is not None:
                    shown = f"{g[f'{side}_team']}\n{signed_price(g[f'best_{side}_price'])}\n{g[f'best_{side}_book']}"
                    assert re.sub(r"\s+", " ", shown) in re.sub(r"\s+", " ", row), (shown, row)
        # The move from open, by SQL written here: the median of the books' opening implied probabilities.
        move = sample_day.execute(
            """SELECT staging.implied_probability_to_american(percentile_cont(0.5) WITHIN GROUP
                        (ORDER BY 1 / staging.american_to_decimal(e.open_price))::numeric) AS open_price
                 FROM curated.betting_lines_enhanced e
                WHERE e.game_id = %s AND e.market = 'moneyline' AND e.side = 'home' AND e.is_bettable
                  AND e.open_price IS NOT NULL""",
            (phi,),
        ).fetchone()
        assert f"open {signed_price(move['open_price'])}" in _row_text(browser, phi)
        clv = sample_day.execute("SELECT clv FROM curated.user_bet_results WHERE bet_id = %s", (bet,)).fetchone()["clv"]
        assert clv is not None and f"CLV {text(clv, 'clv')}" in _row_text(browser, phi)
        # The neighbouring days with games, by SQL written here.
        around = sample_day.execute(
            """SELECT (SELECT max(game_date) FROM staging.games WHERE game_date < %(d)s)::text AS previous,
                      (SELECT min(game_date) FROM staging.games WHERE game_date > %(d)s)::text AS next""",
            {"d": DAY},
        ).fetchone()
        for key in ("previous", "next"):
            link = browser.evaluate(f"(document.getElementById('{key}-day') || {{}}).getAttribute?.('href') ?? null")
            assert link == (f"/day/{around[key]}" if around[key] else None), (key, link)
        for width in (1280, 420):
            browser.screenshot(OUT / f"board-{DAY}-{width}.png", width)
        assert proxy.page_requests() == []
    finally:
        sample_day.execute("DELETE FROM curated.user_bets WHERE bet_id = %s", (bet,))


@needs_chromium
def test_the_served_game_page_draws_every_book_apart(served, sample_day, browser, proxy):
    """NYY @ BOS: the steam on the Red Sox. Every chart is drawn, each book a series in its own colour named in the
    legend beside the charts, the charts open where the prices moved, the steam marked inside the frame."""
    game = sample_game(sample_day, "NYY", "BOS")
    browser.open(f"{served}/game/{game}", 1280)
    browser.wait_for("document.body.dataset.charts !== undefined")
    books = {
        r["name"]
        for r in sample_day.execute(
            """SELECT DISTINCT b.name FROM staging.betting_lines l JOIN staging.sportsbooks b USING (sportsbook_id)
                WHERE l.game_id = %s AND b.is_bettable AND l.observed_at IS NOT NULL AND l.market = 'moneyline'""",
            (game,),
        ).fetchall()
    }
    legend = browser.evaluate("[...document.querySelectorAll('#legend li')].map(li => li.dataset.book)")
    assert set(legend) == books and len(books) >= 4
    colors = browser.evaluate("[...document.querySelectorAll('#legend .sw')].map(s => s.style.background)")
    assert len(set(colors)) == len(colors), "two books share a colour"
    series = browser.evaluate(
        "document.querySelector('[data-panel=moneyline_home]').uplot.series.slice(1).map(s => s.label)"
    )
    assert set(series) == books
    page = browser.evaluate("JSON.parse(document.getElementById('page-data').textContent)")
    chart = page["chart"]
    # The charts open on the hour of the steam (22:04Z), not the 30-hour history.
    shown = browser.evaluate(
        "[document.querySelector('[data-panel=moneyline_home]').uplot.scales.x.min, "
        "document.querySelector('[data-panel=moneyline_home]').uplot.scales.x.max]"
    )
    steam_at = datetime(2025, 6, 14, 22, 4, tzinfo=UTC).timestamp()
    assert shown[0] < steam_at < shown[1] and shown[1] - shown[0] < 4 * 3600
    assert chart["window"]["last"] - chart["window"]["first"] > 20 * 3600
    assert [s["label"] for s in chart["panels"]["moneyline_home"]["signals"]] == ["STEAM"]
    # The fair close the chart draws is curated's, by SQL written here.
    fair = sample_day.execute(
        """SELECT staging.implied_probability_to_american(close_fair_probability) AS p
             FROM curated.market_consensus WHERE game_id = %s AND market = 'moneyline' AND side = 'home'""",
        (game,),
    ).fetchone()["p"]
    assert chart["panels"]["moneyline_home"]["fair_price"] == fair
    assert f"fair close {signed_price(fair)}" in browser.evaluate(
        "document.getElementById('panel-moneyline_home').innerText"
    )
    # Splits readable: each source's latest tickets and money in a table.
    splits = browser.evaluate("document.getElementById('splits').innerText")
    latest = sample_day.execute(
        "SELECT bets_percent, money_percent FROM curated.latest_splits WHERE game_id = %s AND source = 'sbd' "
        "AND market = 'moneyline' AND side = 'home'",
        (game,),
    ).fetchone()
    assert f"{latest['bets_percent']:.0f}%" in splits and f"{latest['money_percent']:.0f}%" in splits
    # Zoom to the whole history and back.
    browser.evaluate("document.getElementById('zoom-all').click()")
    whole = browser.evaluate("document.querySelector('[data-panel=moneyline_home]').uplot.scales.x.min")
    assert whole <= chart["window"]["first"]
    browser.evaluate("document.getElementById('zoom-move').click()")
    for width in (1280, 420):
        browser.screenshot(OUT / f"game-{width}.png", width)
    assert proxy.page_requests() == []


def test_serve_reads_as_the_analyst_read_only_and_refuses_nonsense(served, admin):
    with urllib.request.urlopen(f"{served}/", timeout=10) as reply:
        assert re.search(r"/day/\d{4}-\d{2}-\d{2}$", reply.url), reply.url
    sessions = admin.execute(
        """SELECT DISTINCT usename FROM pg_stat_activity
            WHERE application_name = 'mlb-agent serve'"""
    ).fetchall()
    assert {s["usename"] for s in sessions} == {"mlb_analyst"}
    # The sessions it opens are read-only: a write is refused even where the analyst may write (bets).
    base, options = web.conninfo(Settings())
    with psycopg.connect(base, **options) as conn, pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
        conn.execute("DELETE FROM curated.user_bets WHERE false")
    for path, status, words in (
        ("/game/999999", 404, "no game 999999: games are stored for "),
        ("/day/2025-13-01", 400, "month must be in 1..12"),
        ("/nowhere", 404, "Not Found"),
    ):
        with pytest.raises(urllib.error.HTTPError) as caught:
            urllib.request.urlopen(f"{served}{path}", timeout=10)
        assert caught.value.code == status and words in caught.value.read().decode()


def test_every_relation_the_analyst_may_read_answers_the_analyst(game_to_come, sample_day):
    """The board was refused to the analyst (permission denied for function team_name_aliases, line_code, and for
    the raw zone behind the prices on offer): views run their functions with the reader's rights. Every column of
    every relation granted to mlb_analyst is read here as mlb_analyst, with a finished day and a game priced now."""
    relations = sample_day.execute(
        """SELECT g.table_schema || '.' || g.table_name AS relation,
                  string_agg(format('%I::text', c.column_name), ', ' ORDER BY c.ordinal_position) AS columns
             FROM information_schema.role_table_grants g
             JOIN information_schema.columns c ON (c.table_schema, c.table_name) = (g.table_schema, g.table_name)
            WHERE g.grantee = 'mlb_analyst' AND g.privilege_type = 'SELECT'
            GROUP BY 1 ORDER BY 1"""
    ).fetchall()
    assert len(relations) > 50
    refused = {}
    with psycopg.connect("", user="mlb_analyst", autocommit=True) as conn:
        for r in relations:
            try:
                conn.execute(
                    f"SELECT sum(length(concat({r['columns']}))) FROM (SELECT * FROM {r['relation']} LIMIT 500) x"
                )
            except psycopg.Error as exc:
                refused[r["relation"]] = str(exc).splitlines()[0]
        on_offer = conn.execute(
            "SELECT count(*) AS n FROM curated.prices_on_offer WHERE game_id = %s", (game_to_come["game_id"],)
        ).fetchone()
    assert refused == {}
    assert on_offer is not None and on_offer[0] == 4  # two books, two sides, read as the analyst


def _events(url: str, seconds: float, during: Any = None) -> list[str]:
    """The lines of /events read for a while (during() called once the stream is open)."""
    import http.client
    from urllib.parse import urlsplit

    where = urlsplit(url)
    conn = http.client.HTTPConnection(where.hostname or "127.0.0.1", where.port, timeout=seconds)
    conn.request("GET", "/events")
    reply = conn.getresponse()
    assert reply.status == 200 and reply.getheader("Content-Type", "").startswith("text/event-stream")
    lines = [reply.readline().decode().strip()]
    if during:
        during()
    deadline = time.monotonic() + seconds
    with contextlib.suppress(TimeoutError, OSError):
        while time.monotonic() < deadline:
            lines.append(reply.readline().decode().strip())
    conn.close()
    return lines


def test_a_notification_anyone_sends_only_makes_pages_look_again(served):
    """Any role may NOTIFY any channel: 400 notifications of nonsense (not JSON, NaN, 7,000 characters) in two
    seconds make open pages look again a few times, never more than once a second, and the app keeps serving."""

    def flood() -> None:
        with psycopg.connect("", user="mlb_analyst", autocommit=True) as conn:
            for i in range(400):
                payload = ["not json", '{"run_id": NaN}', '{"run_id": "' + "9" * 7000 + '"}', "</script>"][i % 4]
                conn.execute("SELECT pg_notify('mlb_curated_changes', %s)", (payload,))
                time.sleep(0.005)

    lines = _events(served, 4.0, flood)
    assert lines[0] == "retry: 3000"
    changes = [line for line in lines if line == "event: change"]
    assert 1 <= len(changes) <= 5, lines
    with urllib.request.urlopen(f"{served}/day/{DAY}", timeout=10) as reply:
        assert reply.status == 200


def test_the_charting_library_is_the_npm_release_its_record_names():
    """agent/static/vendor holds uPlot as npm published it (scripts/vendor_uplot.sh checks the tarball's integrity
    and records each file's hash): no file edited by hand, none missing."""
    import hashlib

    vendor = ROOT / "agent" / "static" / "vendor"
    record = json.loads((vendor / "uplot.json").read_text())
    assert record["package"] == "uplot" and record["npm_integrity"].startswith("sha512-")
    for name, digest in record["files"].items():
        assert hashlib.sha256((vendor / name).read_bytes()).hexdigest() == digest, name
    assert {p.name for p in vendor.iterdir()} == {*record["files"], "uplot.json"}
