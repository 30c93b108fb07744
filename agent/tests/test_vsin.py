"""VSIN pages in both layouts, with the extra text real team cells carry; nothing unread is dropped.
The fixtures are this project's own: no real VSIN page is archived publicly (docs/sources.md)."""

from __future__ import annotations

from typing import Any

from agent import cli
from agent.tests.conftest import replay_file, replay_schedule_game

HEADER = (
    "<tr><th>Team</th><th>Moneyline</th><th>Handle</th><th>Bets</th><th>Total</th><th>Handle</th><th>Bets</th>"
    "<th>Run Line</th><th>Handle</th><th>Bets</th></tr>"
)


def _one_row_per_game() -> str:
    """The layout read so far, with a rotation number, History and VSiN Pro Picks in the team cell,
    and a row whose team cell names one team only."""
    good = (
        '<tr><td class="game"><span>(901)</span> <a href="/mlb/teams/nym">New York Mets</a> <a href="#">History</a><br>'
        '<span>(902)</span> <a href="/mlb/teams/phi">Philadelphia Phillies</a> <a href="#">VSiN Pro Picks</a></td>'
        "<td>+120<br>-140</td><td>40%<br>60%</td><td>72%<br>28%</td><td>8.5<br>8.5</td><td>55%<br>45%</td>"
        "<td>52%<br>48%</td><td>+1.5 -160<br>-1.5 +140</td><td>45%<br>55%</td><td>50%<br>50%</td></tr>"
    )
    broken = '<tr><td class="game"><a href="#">Mets vs Phillies</a></td><td>+120<br>-140</td></tr>'
    return f'<html><body><table class="freezetable">{HEADER}{good}{broken}</table></body></html>'


def _one_row_per_team() -> str:
    """The newer layout: table.sp-table, one tr.sp-row per team, paired by data-gamecode; one team
    row without its partner."""

    def row(code: str, team: str, ml: str, handle: str, bets: str, rl: str) -> str:
        return (
            f'<tr class="sp-row" data-gamecode="{code}"><td class="sp-team"><span>(905)</span> {team} '
            f"<a>History</a></td><td>{ml}</td><td>{handle}</td><td>{bets}</td><td>8.5</td><td>50%</td><td>50%</td>"
            f"<td>{rl}</td><td>50%</td><td>50%</td></tr>"
        )

    rows = (
        row("G1", "New York Mets", "+118", "41%", "70%", "+1.5 -158")
        + row("G1", "Philadelphia Phillies", "-138", "59%", "30%", "-1.5 +138")
        + row("G9", "Atlanta Braves", "-110", "50%", "50%", "-1.5 +150")
    )
    return f'<html><body><table class="sp-table">{HEADER}{rows}</table></body></html>'


def _reasons(admin: Any, key: str) -> list[str]:
    rows = admin.execute(
        """SELECT v.rule FROM staging.validation_results v JOIN raw_data.vsin_data r ON r.id = v.raw_id
            WHERE v.raw_table = 'vsin_data' AND r.request_key = %s AND v.severity = 'reject' ORDER BY v.rule""",
        (key,),
    ).fetchall()
    return [r["rule"] for r in rows]


def _prices(admin: Any, key: str) -> list[tuple[str, int]]:
    rows = admin.execute(
        """SELECT l.side, l.american_price FROM staging.betting_lines l JOIN raw_data.vsin_data r ON r.id = l.raw_id
            WHERE l.raw_table = 'vsin_data' AND r.request_key = %s AND l.market = 'moneyline' ORDER BY l.side""",
        (key,),
    ).fetchall()
    return [(r["side"], r["american_price"]) for r in rows]


def test_both_vsin_layouts_are_read_and_unreadable_rows_say_why(admin, tmp_path, fresh_day):
    day = fresh_day.isoformat()
    # Mets at Phillies: VSIN states no home team, the schedule does.
    assert replay_schedule_game(tmp_path, fresh_day, 996000 + fresh_day.toordinal() % 3999, home=143, away=121) == 0

    classic, newer = tmp_path / "classic.html", tmp_path / "newer.html"
    classic.write_text(_one_row_per_game())
    newer.write_text(_one_row_per_team())
    assert replay_file("vsin", "betting_splits", f"{day}:draftkings", classic, f"{day}T15:00:00+00:00") == 0
    assert replay_file("vsin", "betting_splits", f"{day}:circa", newer, f"{day}T15:00:00+00:00") == 0
    assert cli.main(["pipeline", "run", "--zone", "staging"]) == 0

    # Names found through the extras; the sides from the schedule (Phillies at home).
    assert _prices(admin, f"{day}:draftkings") == [("away", 120), ("home", -140)]
    assert _prices(admin, f"{day}:circa") == [("away", 118), ("home", -138)]
    splits = admin.execute(
        """SELECT s.side, s.bets_percent, s.money_percent FROM staging.betting_splits s JOIN raw_data.vsin_data r
             ON r.id = s.raw_id WHERE s.raw_table = 'vsin_data' AND r.request_key = %s AND s.market = 'moneyline'
            ORDER BY s.side""",
        (f"{day}:circa",),
    ).fetchall()
    assert [(r["side"], float(r["bets_percent"]), float(r["money_percent"])) for r in splits] == [
        ("away", 70.0, 41.0),
        ("home", 30.0, 59.0),
    ]
    # What could not be read is a reason, not a dropped row.
    assert "unreadable_team_cell" in _reasons(admin, f"{day}:draftkings")
    assert "unpaired_team_rows" in _reasons(admin, f"{day}:circa")
