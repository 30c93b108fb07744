"""Small pure pieces: Retry-After, URL redaction, the VSIN table rendering."""

from datetime import UTC, datetime

from agent.fetch import Request, retry_after_seconds
from agent.sources import vsin


def test_retry_after_delta_seconds():
    assert retry_after_seconds("7") == 7.0


def test_retry_after_http_date():
    now = datetime(2025, 6, 14, 12, 0, 0, tzinfo=UTC)
    assert retry_after_seconds("Sat, 14 Jun 2025 12:00:30 GMT", now) == 30.0


def test_retry_after_garbage_is_ignored():
    assert retry_after_seconds("soon") is None
    assert retry_after_seconds(None) is None


def test_redacted_url_hides_secret_params():
    req = Request(
        "odds_api",
        "odds",
        "odds_api_responses",
        "k",
        "https://x/odds",
        params={"regions": "us"},
        secret_params={"apiKey": "abc"},
    )
    assert req.redacted_url() == "https://x/odds?regions=us&apiKey=***"
    assert "abc" not in req.redacted_url()


def test_vsin_render_keeps_every_cell_text_in_order():
    html = (
        b"<table id='t'><tr><th>Game</th><th>ML</th></tr>"
        b"<tr><td><a href='/a'>Mets</a><br>Yankees</td><td>+120<br>-140</td></tr></table>"
        b"<p>outside</p><table><tr><td>second</td></tr></table>"
    )
    out = vsin.render(html)
    first, second = out["tables"]
    assert first["attrs"] == {"id": "t"}
    assert [c["texts"] for c in first["rows"][1]] == [["Mets", "Yankees"], ["+120", "-140"]]
    assert first["rows"][1][0]["links"] == ["/a"]
    assert first["rows"][0][0]["tag"] == "th"
    assert second["rows"] == [[{"tag": "td", "attrs": {}, "texts": ["second"], "links": []}]]
