#!/usr/bin/env python3
"""Writes the project's sample day (sample/), in the real payload formats of
every source, as files `mlb-agent replay sample/` stores with their original
fetch times. Deterministic: running it again writes the same bytes.

The day is invented for this project (Saturday 2025-06-14, New York time):
15 games, including a Rays-Orioles doubleheader, a rained-out Twins-White Sox
game, a steam move on Yankees-Red Sox (every book moves Boston within five
minutes, DraftKings first) and a reverse line movement on Mets-Phillies (72% of
tickets on the Mets while the line moves toward Philadelphia)."""

from __future__ import annotations

import hashlib
import json
import random
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

OUT = Path(__file__).resolve().parent.parent / "sample"
NY = ZoneInfo("America/New_York")
DAY = "2025-06-14"

# code: (MLB Stats API id, MLB name, Action Network id, AN abbr, SBD code, SBD city, SBD team)
TEAMS = {
    "BAL": (110, "Baltimore Orioles", 187, "BAL", "BAL", "Baltimore", "Orioles"),
    "TB": (139, "Tampa Bay Rays", 189, "TB", "TB", "Tampa Bay", "Rays"),
    "NYM": (121, "New York Mets", 213, "NYM", "NYM", "New York", "Mets"),
    "PHI": (143, "Philadelphia Phillies", 212, "PHI", "PHI", "Philadelphia", "Phillies"),
    "NYY": (147, "New York Yankees", 191, "NYY", "NYY", "New York", "Yankees"),
    "BOS": (111, "Boston Red Sox", 190, "BOS", "BOS", "Boston", "Red Sox"),
    "DET": (116, "Detroit Tigers", 195, "DET", "DET", "Detroit", "Tigers"),
    "CLE": (114, "Cleveland Guardians", 193, "CLE", "CLE", "Cleveland", "Indians"),
    "MIN": (142, "Minnesota Twins", 196, "MIN", "MIN", "Minnesota", "Twins"),
    "CWS": (145, "Chicago White Sox", 194, "CWS", "CHW", "Chicago", "White Sox"),
    "PIT": (134, "Pittsburgh Pirates", 203, "PIT", "PIT", "Pittsburgh", "Pirates"),
    "CHC": (112, "Chicago Cubs", 206, "CHC", "CHC", "Chicago", "Cubs"),
    "MIL": (158, "Milwaukee Brewers", 208, "MIL", "MIL", "Milwaukee", "Brewers"),
    "STL": (138, "St. Louis Cardinals", 207, "STL", "STL", "St. Louis", "Cardinals"),
    "KC": (118, "Kansas City Royals", 192, "KC", "KC", "Kansas City", "Royals"),
    "HOU": (117, "Houston Astros", 199, "HOU", "HOU", "Houston", "Astros"),
    "SEA": (136, "Seattle Mariners", 197, "SEA", "SEA", "Seattle", "Mariners"),
    "TEX": (140, "Texas Rangers", 200, "TEX", "TEX", "Texas", "Rangers"),
    "MIA": (146, "Miami Marlins", 214, "MIA", "MIA", "Miami", "Marlins"),
    "ATL": (144, "Atlanta Braves", 215, "ATL", "ATL", "Atlanta", "Braves"),
    "CIN": (113, "Cincinnati Reds", 202, "CIN", "CIN", "Cincinnati", "Reds"),
    "WSH": (120, "Washington Nationals", 216, "WSH", "WAS", "Washington", "Nationals"),
    "ARI": (109, "Arizona Diamondbacks", 205, "ARI", "ARI", "Arizona", "Diamondbacks"),
    "SF": (137, "San Francisco Giants", 209, "SF", "SF", "San Francisco", "Giants"),
    "COL": (115, "Colorado Rockies", 210, "COL", "COL", "Colorado", "Rockies"),
    "LAD": (119, "Los Angeles Dodgers", 204, "LAD", "LAD", "Los Angeles", "Dodgers"),
    "ATH": (133, "Athletics", 201, "ATH", "OAK", "Oakland", "Athletics"),
    "SD": (135, "San Diego Padres", 211, "SD", "SD", "San Diego", "Padres"),
}


@dataclass
class Game:
    pk: int  # MLB gamePk
    an_id: int  # Action Network game id
    away: str
    home: str
    et: str  # first pitch, New York time HH:MM
    p_home: float  # fair home win probability at the open
    total: float
    score: tuple[int, int] | None  # (away, home); None = postponed
    game_number: int = 1
    double_header: str = "N"
    innings: int = 9

    @property
    def start(self) -> datetime:
        local = datetime.fromisoformat(f"{DAY}T{self.et}:00").replace(tzinfo=NY)
        return local.astimezone(UTC)


GAMES = [
    Game(777101, 258101, "TB", "BAL", "13:05", 0.47, 8.5, (5, 2), 1, "S"),
    Game(777102, 258102, "TB", "BAL", "18:35", 0.49, 8.5, (3, 4), 2, "S"),
    Game(777103, 258103, "NYM", "PHI", "16:05", 0.53, 8.0, (3, 6)),
    Game(777104, 258104, "NYY", "BOS", "19:15", 0.52, 9.0, (4, 7)),
    Game(777105, 258105, "DET", "CLE", "18:10", 0.50, 7.5, (2, 1)),
    Game(777106, 258106, "MIN", "CWS", "14:10", 0.40, 8.5, None),
    Game(777107, 258107, "PIT", "CHC", "14:20", 0.60, 7.5, (1, 4)),
    Game(777108, 258108, "MIL", "STL", "19:15", 0.51, 8.0, (5, 4), 1, "N", 10),
    Game(777109, 258109, "KC", "HOU", "19:10", 0.56, 8.0, (2, 6)),
    Game(777110, 258110, "SEA", "TEX", "20:05", 0.50, 8.5, (7, 3)),
    Game(777111, 258111, "MIA", "ATL", "19:15", 0.64, 8.5, (0, 5)),
    Game(777112, 258112, "CIN", "WSH", "16:05", 0.46, 9.0, (6, 5)),
    Game(777113, 258113, "ARI", "SF", "16:05", 0.52, 7.5, (3, 2)),
    Game(777114, 258114, "COL", "LAD", "22:10", 0.71, 9.5, (2, 8)),
    Game(777115, 258115, "ATH", "SD", "20:40", 0.58, 8.0, (5, 3)),
]

# Action Network ids and catalogue entries as the real catalogue states them (scripts/action_network_books.json):
# consensus, open, and the NJ outlets of DraftKings, FanDuel, BetMGM, Caesars and Fanatics.
CATALOGUE = json.loads((Path(__file__).resolve().parent / "action_network_books.json").read_text())["books"]
BOOKS = {b["id"]: b for b in CATALOGUE if b["id"] in (15, 30, 68, 69, 75, 123, 2988)}
BETTABLE = [68, 69, 75, 123, 2988]
STEAM_GAME, RLM_GAME = 777104, 777103


def american(prob: float) -> int:
    """American odds for an implied probability, rounded like a book would."""
    prob = min(max(prob, 0.05), 0.95)
    if prob >= 0.5:
        return -int(round(100 * prob / (1 - prob)))
    return int(round(100 * (1 - prob) / prob))


def ml_prices(p_home: float, book: int) -> tuple[int, int]:
    vig = {68: 0.022, 69: 0.021, 75: 0.024, 123: 0.023, 2988: 0.020, 15: 0.021, 30: 0.022}[book]
    return american(1 - p_home + vig), american(p_home + vig)


def rl_prices(p_home: float, book: int) -> tuple[float, int, float, int]:
    """(away points, away price, home points, home price): the favourite lays 1.5."""
    vig = 0.022
    fav_home = p_home >= 0.5
    p_fav = max(p_home, 1 - p_home)
    p_fav_cover = p_fav - 0.17 + (0.002 if book == 75 else 0)
    fav_price, dog_price = american(p_fav_cover + vig), american(1 - p_fav_cover + vig)
    if fav_home:
        return 1.5, dog_price, -1.5, fav_price
    return -1.5, fav_price, 1.5, dog_price


def total_prices(skew: float) -> tuple[int, int]:
    return american(0.5 + skew + 0.024), american(0.5 - skew + 0.024)


def timeline(game: Game, rng: random.Random) -> list[tuple[datetime, float]]:
    """Fair home probability over time, from the open to first pitch."""
    open_at = datetime.fromisoformat("2025-06-13T16:00:00+00:00")
    points = [(open_at, game.p_home)]
    p = game.p_home
    if game.pk == RLM_GAME:
        # Public on the Mets, yet the price moves toward the Phillies.
        for hours, step in ((18, 0.012), (22, 0.010), (24.5, 0.008)):
            p += step
            points.append((open_at + timedelta(hours=hours), p))
        return points
    for _ in range(rng.randint(2, 4)):
        last = points[-1][0]
        when = last + timedelta(minutes=rng.randint(90, 300))
        if when >= game.start - timedelta(minutes=20):
            break
        p += rng.choice((-1, 1)) * rng.choice((0.006, 0.009, 0.012))
        points.append((when, p))
    if game.pk == STEAM_GAME:
        steam_at = game.start - timedelta(minutes=73)
        points = [pt for pt in points if pt[0] < steam_at - timedelta(minutes=30)]
        points.append((steam_at, points[-1][1] + 0.035))
    return points


def book_lag(book: int, game: Game, index: int, last: int) -> timedelta:
    """How long after the market move this book's price changed."""
    if index == 0:
        return timedelta()
    if game.pk == STEAM_GAME and index == last:
        # The steam: DraftKings moves first; the others follow within five minutes.
        return timedelta(minutes={68: 0, 69: 1, 75: 2, 123: 3, 2988: 4, 15: 5}.get(book, 0))
    return timedelta(minutes=(book * 7 + index * 3) % 11)


def iso(ts: datetime) -> str:
    return ts.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def outcome(side: str, odds: int, value: float | None, book: int, game: Game,
            history: list[dict[str, object]] | None = None,
            tickets: float | None = None, money: float | None = None) -> dict[str, object]:
    out: dict[str, object] = {"event_id": game.an_id, "book_id": book, "side": side,
                              "odds": odds, "value": value, "is_live": False}
    if tickets is not None:
        out["bet_info"] = {"tickets": {"value": None, "percent": tickets},
                           "money": {"value": None, "percent": money}}
    if history is not None:
        out["history"] = history
    return out


def splits_for(game: Game, rng: random.Random) -> dict[str, tuple[float, float]]:
    """(tickets %, money %) for the away, over sides of each market."""
    if game.pk == RLM_GAME:
        return {"moneyline": (72.0, 42.0), "spread": (68.0, 45.0), "total": (61.0, 55.0)}
    if game.pk == STEAM_GAME:
        return {"moneyline": (58.0, 31.0), "spread": (55.0, 38.0), "total": (64.0, 60.0)}
    fav_away = game.p_home < 0.5
    t = rng.uniform(55, 75) if fav_away else rng.uniform(28, 48)
    return {"moneyline": (round(t, 0), round(t + rng.uniform(-12, 12), 0)),
            "spread": (round(100 - t + rng.uniform(-8, 8), 0), round(rng.uniform(35, 65), 0)),
            "total": (round(rng.uniform(55, 78), 0), round(rng.uniform(40, 70), 0))}


def action_network(rng: random.Random) -> tuple[dict[str, object], dict[int, dict[str, object]]]:
    snapshot_at = datetime.fromisoformat("2025-06-14T15:00:00+00:00")
    games_json = []
    histories: dict[int, dict[str, object]] = {}
    for game in GAMES:
        points = timeline(game, rng)
        split = splits_for(game, rng)
        total_skew = rng.uniform(-0.02, 0.02)
        markets: dict[str, object] = {}
        history: dict[str, object] = {}
        for book in BOOKS:
            book_points = points[:1] if book == 30 else points
            last = len(book_points) - 1
            stamped = [(t + book_lag(book, game, i, last), p) for i, (t, p) in enumerate(book_points)]
            stamped = [pt for pt in stamped if pt[0] < game.start]
            ml_hist: dict[str, list[dict[str, object]]] = {"away": [], "home": []}
            rl_hist: dict[str, list[dict[str, object]]] = {"away": [], "home": []}
            tot_hist: dict[str, list[dict[str, object]]] = {"over": [], "under": []}
            for t, p in stamped:
                away_ml, home_ml = ml_prices(p, book)
                ml_hist["away"].append({"odds": away_ml, "value": None, "updated_at": iso(t), "line_status": "normal"})
                ml_hist["home"].append({"odds": home_ml, "value": None, "updated_at": iso(t), "line_status": "normal"})
                ap, aprice, hp, hprice = rl_prices(p, book)
                rl_hist["away"].append({"odds": aprice, "value": ap, "updated_at": iso(t), "line_status": "normal"})
                rl_hist["home"].append({"odds": hprice, "value": hp, "updated_at": iso(t), "line_status": "normal"})
                over, under = total_prices(total_skew)
                tot_hist["over"].append({"odds": over, "value": game.total, "updated_at": iso(t), "line_status": "normal"})
                tot_hist["under"].append({"odds": under, "value": game.total, "updated_at": iso(t), "line_status": "normal"})
            # The scoreboard shows each book's price at snapshot time.
            current = [pt for pt in stamped if pt[0] <= snapshot_at] or stamped[:1]
            p_now = current[-1][1]
            away_ml, home_ml = ml_prices(p_now, book)
            ap, aprice, hp, hprice = rl_prices(p_now, book)
            over, under = total_prices(total_skew)
            with_splits = book == 15
            ta, ma = split["moneyline"]
            ts, ms = split["spread"]
            to, mo = split["total"]
            markets[str(book)] = {"event": {
                "moneyline": [
                    outcome("away", away_ml, None, book, game, None, ta if with_splits else None, ma),
                    outcome("home", home_ml, None, book, game, None, 100 - ta if with_splits else None, 100 - ma),
                ],
                "spread": [
                    outcome("away", aprice, ap, book, game, None, ts if with_splits else None, ms),
                    outcome("home", hprice, hp, book, game, None, 100 - ts if with_splits else None, 100 - ms),
                ],
                "total": [
                    outcome("over", over, game.total, book, game, None, to if with_splits else None, mo),
                    outcome("under", under, game.total, book, game, None, 100 - to if with_splits else None, 100 - mo),
                ],
            }}
            last_ml = ml_prices(stamped[-1][1], book)
            last_rl = rl_prices(stamped[-1][1], book)
            history[str(book)] = {"event": {
                "moneyline": [outcome("away", last_ml[0], None, book, game, ml_hist["away"]),
                              outcome("home", last_ml[1], None, book, game, ml_hist["home"])],
                "spread": [outcome("away", last_rl[1], last_rl[0], book, game, rl_hist["away"]),
                           outcome("home", last_rl[3], last_rl[2], book, game, rl_hist["home"])],
                "total": [outcome("over", over, game.total, book, game, tot_hist["over"]),
                          outcome("under", under, game.total, book, game, tot_hist["under"])],
            }}
        histories[game.an_id] = history
        teams = []
        for code in (game.away, game.home):
            mlb_id, name, an_id, abbr, *_ = TEAMS[code]
            teams.append({"id": an_id, "full_name": name, "display_name": name.split()[-1],
                          "abbr": abbr, "url_slug": name.lower().replace(" ", "-")})
        games_json.append({
            "id": game.an_id, "status": "scheduled" if game.score else "postponed",
            "real_status": "scheduled" if game.score else "postponed",
            "start_time": iso(game.start), "home_team_id": TEAMS[game.home][2],
            "away_team_id": TEAMS[game.away][2], "league_name": "mlb", "season": 2025,
            "teams": teams, "markets": markets,
        })
    return {"games": games_json, "league": {"id": 8, "name": "mlb"}}, histories


def sbd(rng: random.Random) -> dict[str, object]:
    games = []
    for i, game in enumerate(GAMES):
        if not game.score:
            continue  # SBD drops postponed games from its feed
        split = splits_for(game, random.Random(game.pk))
        books = []
        for name, book in (("draftkings", 68), ("fanduel", 69), ("betmgm", 75), ("caesars", 123)):
            a, h = ml_prices(game.p_home + 0.004, book)
            ap, aprice, hp, hprice = rl_prices(game.p_home, book)
            over, under = total_prices(0.0)

            def odds(price: int) -> dict[str, object]:
                dec = 1 + (price / 100 if price > 0 else 100 / -price)
                return {"american": f"{price:+d}", "decimal": f"{dec:.2f}", "fractional": "",
                        "probability": f"{1 / dec:.2f}", "best": False}

            books.append({"_id": name, "name": name, "odds": {
                "moneyline": {"away": odds(a), "home": odds(h)},
                "spread": {"away": {"points": f"{ap:+.1f}", "odds": odds(aprice)},
                           "home": {"points": f"{hp:+.1f}", "odds": odds(hprice)}},
                "total": {"over": {"points": f"{game.total:g}", "odds": odds(over)},
                          "under": {"points": f"{game.total:g}", "odds": odds(under)}},
            }})
        away, home = TEAMS[game.away], TEAMS[game.home]

        def side(t: float, m: float, n: int) -> dict[str, object]:
            return {"bets": round(n * t / 100), "betsPercentage": t, "stakePercentage": m}

        ta, ma = split["moneyline"]
        ts, ms = split["spread"]
        to, mo = split["total"]
        updated = "2025-06-14T15:58:41.112Z"
        games.append({
            "_id": f"20250614.{i + 1:02d}-MLB-{away[4]}@{home[4]}",
            "date": iso(game.start),
            "home": {"_id": f"MLB_{home[4]}", "code": home[4], "city": home[5], "team": home[6]},
            "away": {"_id": f"MLB_{away[4]}", "code": away[4], "city": away[5], "team": away[6]},
            "sportsbooks": books,
            "bettingSplits": {
                "moneyline": {"updated": updated, "bets": 20000, "away": side(ta, ma, 20000),
                              "home": side(100 - ta, 100 - ma, 20000)},
                "spread": {"updated": updated, "bets": 4000, "away": side(ts, ms, 4000),
                           "home": side(100 - ts, 100 - ms, 4000)},
                "total": {"updated": updated, "bets": 9000, "over": side(to, mo, 9000),
                          "under": side(100 - to, 100 - mo, 9000)},
            },
        })
    return {"group": DAY, "games": games}


def vsin(view: str) -> str:
    rows = []
    for game in GAMES:
        if not game.score:
            continue
        split = splits_for(game, random.Random(game.pk + len(view)))
        a, h = ml_prices(game.p_home, 68)
        over, under = total_prices(0.0)
        ap, aprice, hp, hprice = rl_prices(game.p_home, 68)
        away, home = TEAMS[game.away][1], TEAMS[game.home][1]
        ta, ma = split["moneyline"]
        to, mo = split["total"]
        ts, ms = split["spread"]
        rows.append(
            "<tr>"
            f'<td class="game"><a href="/mlb/teams/{game.away.lower()}">{away}</a><br>'
            f'<a href="/mlb/teams/{game.home.lower()}">{home}</a></td>'
            f"<td>{a:+d}<br>{h:+d}</td><td>{ma:.0f}%<br>{100 - ma:.0f}%</td><td>{ta:.0f}%<br>{100 - ta:.0f}%</td>"
            f"<td>{game.total:g}<br>{game.total:g}</td><td>{mo:.0f}%<br>{100 - mo:.0f}%</td><td>{to:.0f}%<br>{100 - to:.0f}%</td>"
            f"<td>{ap:+.1f} {aprice:+d}<br>{hp:+.1f} {hprice:+d}</td><td>{ms:.0f}%<br>{100 - ms:.0f}%</td><td>{ts:.0f}%<br>{100 - ts:.0f}%</td>"
            "</tr>"
        )
    header = (
        '<tr><th><span><a class="txt-color-white" href="/mlb/games/?gamedate=2025-06-14">Saturday,Jun 14</a></span></th>'
        "<th>Moneyline</th><th>Handle</th><th>Bets</th><th>Total</th><th>Handle</th><th>Bets</th>"
        "<th>Run Line</th><th>Handle</th><th>Bets</th></tr>"
    )
    title = {"": "DraftKings", "circa": "Circa Sports"}[view]
    return (
        "<!DOCTYPE html>\n<html><head><title>MLB Betting Splits | VSiN</title></head><body>\n"
        f'<main><h1>MLB Betting Splits - {title}</h1>\n<table class="freezetable">\n<thead>{header}</thead>\n'
        f"<tbody>\n{chr(10).join(rows)}\n</tbody></table></main>\n</body></html>\n"
    )


def mlb_schedule() -> dict[str, object]:
    games = []
    for game in GAMES:
        away_id, away_name = TEAMS[game.away][:2]
        home_id, home_name = TEAMS[game.home][:2]
        entry: dict[str, object] = {
            "gamePk": game.pk, "gameType": "R", "season": "2025", "gameDate": game.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "officialDate": DAY,
            "teams": {"away": {"team": {"id": away_id, "name": away_name}},
                      "home": {"team": {"id": home_id, "name": home_name}}},
            "doubleHeader": game.double_header, "gameNumber": game.game_number,
            "scheduledInnings": 9, "dayNight": "day" if game.et < "17:00" else "night",
        }
        if game.score is None:
            entry["status"] = {"abstractGameState": "Final", "codedGameState": "D",
                               "detailedState": "Postponed", "statusCode": "DR", "reason": "Rain"}
            entry["rescheduleDate"] = "2025-06-15T17:10:00Z"
        else:
            a, h = game.score
            entry["status"] = {"abstractGameState": "Final", "codedGameState": "F",
                               "detailedState": "Final", "statusCode": "F"}
            teams = entry["teams"]
            assert isinstance(teams, dict)
            teams["away"].update({"score": a, "isWinner": a > h})
            teams["home"].update({"score": h, "isWinner": h > a})
            entry["linescore"] = {"currentInning": game.innings, "scheduledInnings": 9,
                                  "teams": {"away": {"runs": a}, "home": {"runs": h}}}
        games.append(entry)
    return {"copyright": "Sample data written for the mlb-betting pipeline; not MLB data.",
            "totalItems": len(games), "totalGames": len(games), "dates": [
                {"date": DAY, "totalGames": len(games), "games": games}]}


def odds_api() -> list[dict[str, object]]:
    events = []
    for game in GAMES:
        if not game.score:
            continue
        away, home = TEAMS[game.away][1], TEAMS[game.home][1]
        bookmakers = []
        for key, title, book in (("draftkings", "DraftKings", 68), ("fanduel", "FanDuel", 69),
                                 ("betmgm", "BetMGM", 75), ("williamhill_us", "Caesars", 123)):
            a, h = ml_prices(game.p_home, book)
            ap, aprice, hp, hprice = rl_prices(game.p_home, book)
            over, under = total_prices(0.0)
            stamp = "2025-06-14T16:08:12Z"
            bookmakers.append({"key": key, "title": title, "last_update": stamp, "markets": [
                {"key": "h2h", "last_update": stamp, "outcomes": [{"name": home, "price": h}, {"name": away, "price": a}]},
                {"key": "spreads", "last_update": stamp, "outcomes": [
                    {"name": home, "price": hprice, "point": hp}, {"name": away, "price": aprice, "point": ap}]},
                {"key": "totals", "last_update": stamp, "outcomes": [
                    {"name": "Over", "price": over, "point": game.total},
                    {"name": "Under", "price": under, "point": game.total}]},
            ]})
        events.append({"id": hashlib.md5(str(game.pk).encode()).hexdigest(), "sport_key": "baseball_mlb",
                       "sport_title": "MLB", "commence_time": game.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
                       "home_team": home, "away_team": away, "bookmakers": bookmakers})
    return events


def write(source: str, endpoint: str, raw_table: str, key: str, url: str, params: dict[str, object],
          fetched: str, body: bytes, content_type: str, extra: dict[str, str] | None = None) -> None:
    folder = OUT / source
    folder.mkdir(parents=True, exist_ok=True)
    finished = datetime.fromisoformat(fetched)
    started = finished - timedelta(milliseconds=240)
    ext = ".html" if "html" in content_type else ".json"
    stem = f"{finished.strftime('%Y%m%dT%H%M%S%fZ')}_{endpoint}_{key.replace(':', '_')}"
    (folder / f"{stem}{ext}").write_bytes(body)
    meta = {"source": source, "endpoint": endpoint, "raw_table": raw_table, "request_key": key, "url": url,
            "params": params, "status": 200, "content_type": content_type, "started_at": started.isoformat(),
            "finished_at": finished.isoformat(), "retries": 0, "sha256": hashlib.sha256(body).hexdigest(),
            "body_file": f"{stem}{ext}", "quota": extra or {}}
    (folder / f"{stem}.meta.json").write_text(json.dumps(meta, indent=2) + "\n")


def dump(obj: object) -> bytes:
    return json.dumps(obj, separators=(",", ":")).encode()


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    rng = random.Random(20250614)
    an = "https://api.actionnetwork.com"
    books = {"books": list(BOOKS.values())}
    write("action_network", "books", "action_network_books", "books", f"{an}/web/v1/books", {},
          "2025-06-14T12:00:00+00:00", dump(books), "application/json")
    scoreboard, histories = action_network(rng)
    write("action_network", "scoreboard", "action_network_games", DAY, f"{an}/web/v2/scoreboard/publicbetting/mlb",
          {"bookIds": ",".join(map(str, BOOKS)), "date": DAY.replace("-", ""), "periods": "event"},
          "2025-06-14T15:00:00+00:00", dump(scoreboard), "application/json")
    for i, (game_id, history) in enumerate(histories.items()):
        write("action_network", "history", "action_network_odds", str(game_id),
              f"{an}/web/v2/markets/event/{game_id}/history", {},
              f"2025-06-15T06:00:{i:02d}+00:00", dump(history), "application/json")
    write("sbd", "betting_splits", "sbd_betting_splits", DAY,
          "https://srfeeds.sportsbettingdime.com/v2/matchups/mlb/betting-splits",
          {"books": "betmgm,bet365,fanatics,draftkings,caesars,fanduel"}, "2025-06-14T16:00:00+00:00",
          dump(sbd(rng)), "application/json")
    for i, view in enumerate(("", "circa")):
        write("vsin", "betting_splits", "vsin_data", f"{DAY}:{view or 'draftkings'}",
              "https://data.vsin.com/mlb/betting-splits/", {"view": view} if view else {},
              f"2025-06-14T16:05:0{i}+00:00", vsin(view).encode(), "text/html; charset=UTF-8")
    write("mlb_stats_api", "schedule", "mlb_stats_api", DAY, "https://statsapi.mlb.com/api/v1/schedule",
          {"sportId": 1, "date": DAY, "hydrate": "linescore"}, "2025-06-15T07:00:00+00:00",
          dump(mlb_schedule()), "application/json")
    write("odds_api", "odds", "odds_api_responses", DAY, "https://api.the-odds-api.com/v4/sports/baseball_mlb/odds",
          {"regions": "us", "markets": "h2h,spreads,totals", "oddsFormat": "american", "dateFormat": "iso"},
          "2025-06-14T16:10:00+00:00", dump(odds_api()), "application/json",
          {"x-requests-remaining": "477", "x-requests-used": "23", "x-requests-last": "3"})
    print(f"wrote {sum(1 for _ in OUT.rglob('*.meta.json'))} payloads to {OUT}")


if __name__ == "__main__":
    main()
