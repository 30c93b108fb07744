"""Game pages, charts and the day board as a person sees them: opened offline in
headless Chromium (the Debian package), their data checked against SQL written
here, a screenshot kept in test-output/, and no network request made."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from agent import cli, report
from agent.tests import browser
from agent.tests.conftest import ROOT, sample_game

OUT = ROOT / "test-output" / "report"
DAY = "2025-06-14"
# Requests Chromium makes for itself (clock, component updates, sign-in), not for the page.
BROWSER_OWN_HOSTS = re.compile(r"(^|[./])(google\.com|googleapis\.com|gvt1\.com|gstatic\.com)(:\d+)?($|/)")

needs_chromium = pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium is not installed")


class Recorder:
    """An HTTP proxy on 127.0.0.1 that answers 404 to everything and records what it was asked."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, str]] = []
        seen = self.requests

        class Handler(BaseHTTPRequestHandler):
            def __getattr__(self, name: str) -> Any:
                if not name.startswith("do_"):
                    raise AttributeError(name)

                def record() -> None:
                    seen.append((self.command, self.path))
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()

                return record

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def page_requests(self) -> list[tuple[str, str]]:
        return [(m, p) for m, p in self.requests if not BROWSER_OWN_HOSTS.search(p.split("://")[-1])]


@pytest.fixture
def proxy() -> Iterator[Recorder]:
    recorder = Recorder()
    yield recorder
    recorder.httpd.shutdown()


def chromium(page: Path, proxy: Recorder, *args: str) -> str:
    """Open page in headless Chromium with every request sent to the recording proxy; returns stdout."""
    done = subprocess.run(
        [
            *browser.HEADLESS,
            f"--proxy-server={proxy.url}",
            "--proxy-bypass-list=<-loopback>",
            "--virtual-time-budget=3000",
            *args,
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", head[16:24])
    return width, height


@pytest.fixture
def steam_game(sample_day) -> int:
    """Yankees at Red Sox: the sample's steam move (Boston moneyline and run line, 22:04Z)."""
    return sample_game(sample_day, "NYY", "BOS")


@pytest.fixture
def pages(sample_day, steam_game) -> Path:
    assert cli.main(["report", "day", DAY, "-o", str(OUT)]) == 0
    assert cli.main(["report", "game", str(steam_game), "-o", str(OUT)]) == 0
    return OUT


@needs_chromium
def test_the_proxy_catches_a_page_that_loads_from_the_network(tmp_path, proxy):
    """The check below can fail: a page with a CDN script and a remote image is caught."""
    page = tmp_path / "cdn.html"
    page.write_text(
        '<html><body><img src="http://example.com/x.png"><script src="https://cdn.example.org/a.js">'
        "</script>x</body></html>"
    )
    chromium(page, proxy, "--dump-dom")
    assert {p for _, p in proxy.page_requests()} == {"http://example.com/x.png", "cdn.example.org:443"}


@needs_chromium
def test_game_page_shows_every_book_the_open_close_fair_price_and_the_steam(pages, sample_day, steam_game, proxy):
    """The file a person shares opens offline and draws the same charts `mlb-agent serve` does (the charting library
    inline), from the same rows."""
    game = steam_game
    page = pages / f"game-{game}.html"
    dom = chromium(page, proxy, "--dump-dom")
    assert proxy.page_requests() == [], "the page made network requests"
    assert not re.search(r"""(src|href)=["']https?:""", page.read_text()), "the page links out"

    # Every bettable book with timed prices for this game, by SQL written here, is in the legend and a drawn series.
    books = {
        r["book_key"]: r["book"]
        for r in sample_day.execute(
            """SELECT DISTINCT b.book_key, b.name AS book FROM staging.betting_lines l
                 JOIN staging.sportsbooks b USING (sportsbook_id)
                WHERE l.game_id = %(game)s AND b.is_bettable AND l.observed_at IS NOT NULL AND l.market = 'moneyline'""",
            {"game": game},
        ).fetchall()
    }
    assert len(books) >= 4
    for name in books.values():
        assert f'data-book="{name}"' in dom
    data = report.page_data(page)
    chart = data["chart"]
    drawn = [k for k, p in chart["panels"].items() if p["books"] and not p["folded"]]
    assert dom.count('class="uplot') == len(drawn) >= 4, "a chart was not drawn"
    home = chart["panels"]["moneyline_home"]["books"]
    assert {b["book"] for b in home} == set(books.values())
    assert len({b["color"] for b in chart["legend"]}) == len(chart["legend"]), "two books share a colour"
    # The close marked per book is curated's close (the last pre-game price), at the exact price.
    closes = {
        r["name"]: r["close_price"]
        for r in sample_day.execute(
            """SELECT b.name, e.close_price FROM curated.betting_lines_enhanced e
                 JOIN staging.sportsbooks b USING (sportsbook_id)
                WHERE e.game_id = %(game)s AND e.market = 'moneyline' AND e.side = 'home' AND b.is_bettable
                  AND e.close_at IS NOT NULL""",
            {"game": game},
        ).fetchall()
    }
    assert {b["book"]: b["close_price"] for b in home if b["close_price"] is not None} == closes
    fair = sample_day.execute(
        """SELECT staging.implied_probability_to_american(close_fair_probability) AS p
             FROM curated.market_consensus WHERE game_id = %(game)s AND market = 'moneyline' AND side = 'home'""",
        {"game": game},
    ).fetchone()["p"]
    assert chart["panels"]["moneyline_home"]["fair_price"] == fair
    # Game 4 (NYY @ BOS) has a steam move on the Red Sox moneyline and run line at 22:04Z, inside the window the
    # charts open on (the hours where the prices moved, not the 30-hour history).
    steam_at = datetime(2025, 6, 14, 22, 4, tzinfo=UTC).timestamp()
    for key in ("moneyline_home", "spread_home"):
        assert [(s["label"], s["at"]) for s in chart["panels"][key]["signals"]] == [("STEAM", steam_at)]
    assert chart["window"]["start"] < steam_at < chart["window"]["end"]
    assert (
        chart["window"]["end"] - chart["window"]["start"]
        < 4 * 3600
        < chart["window"]["last"] - chart["window"]["first"]
    )
    assert data["game"]["away_score"] == 4 and data["game"]["home_score"] == 7
    assert isinstance(data["game"]["home_fair_probability"], float)
    assert "New York Yankees @ Boston Red Sox" in dom and "final NYY 4, BOS 7" in dom

    shot = pages / "screenshot-game-steam.png"
    chromium(page, proxy, f"--screenshot={shot}", "--window-size=1300,1900")
    assert png_size(shot) == (1300, 1900) and shot.stat().st_size > 50_000
    assert proxy.page_requests() == []
    # The PNG chart for notebooks and messages: a panel per market and side, the legend beside them.
    assert png_size(pages / f"game-{game}.png") == (1040, 880)


@needs_chromium
def test_day_board_lists_every_game_and_links_its_page(pages, sample_day, proxy):
    page = pages / f"day-{DAY}.html"
    dom = chromium(page, proxy, "--dump-dom")
    assert proxy.page_requests() == []
    games = sample_day.execute(
        "SELECT game_id, away_team, home_team FROM staging.games WHERE game_date = %s ORDER BY start_time", (DAY,)
    ).fetchall()
    assert len(games) == 15
    for g in games:
        assert f'<tr id="game-{g["game_id"]}"' in dom
        assert f'href="game-{g["game_id"]}.html">{g["away_team"]} @ {g["home_team"]}</a>' in dom
        assert (pages / f"game-{g['game_id']}.html").is_file()
    # The best home moneyline of the Rays-Orioles opener, its book and when its source last showed it, as the board
    # says: the best close (the game is over), never the best of the side over the whole day.
    first = sample_game(sample_day, "TB", "BAL", 1)
    best = sample_day.execute(
        """SELECT prices_as_of, best_home_price, best_home_book, best_home_at AT TIME ZONE 'America/New_York' AS at
             FROM curated.game_board WHERE game_id = %s""",
        (first,),
    ).fetchone()
    assert best["prices_as_of"] == "close"
    row = re.search(rf'<tr id="game-{first}"(.*?)</tr>', dom, re.S)
    cells = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", row.group(1))) if row else ""
    shown = f"BAL {best['best_home_price']:+d} {best['best_home_book']} {best['at']:%H:%M}"
    assert shown in cells, (shown, cells)
    assert "postponed" in dom  # MIN @ CWS
    shot = pages / f"screenshot-day-{DAY}.png"
    chromium(page, proxy, f"--screenshot={shot}", "--window-size=1400,1200")
    assert png_size(shot) == (1400, 1200)


def test_report_of_an_unknown_game_or_an_empty_day_says_so_in_words(sample_day, capsys, tmp_path):
    """It answered with a SQL query to run, and a day without games exited 0 with an empty board (issue 31)."""
    assert cli.main(["report", "game", "999999", "-o", str(OUT)]) == cli.EXIT_USAGE
    err = capsys.readouterr().err
    assert "no game 999999: games are stored for " in err and "SELECT" not in err
    game = sample_game(sample_day, "TB", "BAL")
    latest = sample_day.execute("SELECT max(game_date) AS d FROM curated.game_board").fetchone()["d"]
    assert f"on {latest}: " in err and (latest != date.fromisoformat(DAY) or f"{game} TB @ BAL" in err)
    assert cli.main(["report", "day", "2031-06-15", "-o", str(tmp_path / "empty")]) == cli.EXIT_USAGE
    assert "no games on 2031-06-15: games are stored for " in capsys.readouterr().err
    assert not (tmp_path / "empty").exists()


def test_a_game_with_untimed_lines_only_says_so_instead_of_drawing(admin, tmp_path):
    """An SBRO-only game has open/close prices without moments: the chart says so, nothing is invented."""
    run = admin.execute("INSERT INTO pipeline.runs (zone, kind) VALUES ('staging', 'promote') RETURNING id").fetchone()
    game = admin.execute(
        """INSERT INTO staging.games (game_date, home_team, away_team, status, home_score, away_score, status_source,
                                      status_fetched_at, quality_score, raw_table, raw_id, pipeline_run_id)
           VALUES ('1901-04-20', 'DET', 'CLE', 'final', 3, 1, 'sbro', now(), 1, 'sbro_odds', 1, %s) RETURNING game_id""",
        (run["id"],),
    ).fetchone()["game_id"]
    admin.execute(
        """INSERT INTO staging.betting_lines (game_id, sportsbook_id, market, side, american_price, line_timing, source,
                                              quality_score, raw_table, raw_id, raw_fetched_at, pipeline_run_id)
           SELECT %s, sportsbook_id, 'moneyline', 'home', -130, 'close', 'sbro', 1, 'sbro_odds', 1, now(), %s
             FROM staging.sportsbooks WHERE book_key = 'sbro'""",
        (game, run["id"]),
    )
    try:
        assert cli.main(["report", "game", str(game), "-o", str(tmp_path), "--no-png"]) == 0
        text = (tmp_path / f"game-{game}.html").read_text()
        assert "no timed prices for this game" in text
        assert report.page_data(tmp_path / f"game-{game}.html")["chart"]["panels"]["moneyline_home"]["books"] == []
    finally:
        admin.execute("DELETE FROM staging.games WHERE game_id = %s", (game,))


def test_a_second_report_rewrites_nothing_unchanged(sample_day, tmp_path, monkeypatch):
    """A second `make demo` took 39.6 s rewriting 15 unchanged pages (issue 31): a page made from the same rows by
    the same code is left as it is, and one whose code (or rows) changed is made again."""
    game = sample_game(sample_day, "NYY", "BOS")
    first = report.write_game(sample_day, game, tmp_path, png=True)
    times = [p.stat().st_mtime_ns for p in first]
    assert [p.name for p in first] == [f"game-{game}.html", f"game-{game}.png"]
    assert report.write_game(sample_day, game, tmp_path, png=True) == first
    assert [p.stat().st_mtime_ns for p in first] == times
    monkeypatch.setattr(report, "_CODE", "another version of the page code")
    report.write_game(sample_day, game, tmp_path, png=True)
    assert all(p.stat().st_mtime_ns != t for p, t in zip(first, times, strict=True))
