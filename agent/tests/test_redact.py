"""A key is masked in every form a response can carry it (issue 29, item 5): literal, URL-encoded in either hex
case, JSON-escaped (\\uXXXX, \\/), and any mixture per character; bytes outside a match stay exactly as they were."""

from __future__ import annotations

import json
from urllib.parse import quote, quote_plus

from agent import redact

KEY = "k/ey+1=2&SECRET"


def json_escaped(secret: str, upper: bool = False) -> str:
    return "".join(f"\\u{ord(c):04X}" if upper else f"\\u{ord(c):04x}" for c in secret)


def test_every_form_is_masked():
    for form in (
        KEY,
        quote(KEY, safe=""),
        quote(KEY, safe="").replace("%2F", "%2f"),
        quote_plus(KEY),
        json_escaped(KEY),
        json_escaped(KEY, upper=True),
        json.dumps(KEY)[1:-1].replace("/", "\\/"),
        "\\u006b/ey%2B1=2&\\u0053ECRET",
    ):
        assert redact.text(f"before {form} after", [KEY]) == "before *** after", form


def test_bytes_outside_a_match_are_kept_exactly():
    body = b"\xff\xfe not utf-8 " + quote(KEY, safe="").encode() + b" \x00 end"
    assert redact.data(body, [KEY]) == b"\xff\xfe not utf-8 *** \x00 end"


def test_a_json_body_is_checked_decoded_too():
    # A form the byte pattern does not know (a surrogate-pair escape of a BMP character is not valid JSON, so take
    # a key with a non-ASCII character escaped as its UTF-16 code unit): the decoded body still holds it.
    key = "clé-42"
    body = json.dumps({"echo": key}, ensure_ascii=True).encode()
    out = redact.body(body, [key])
    assert key not in json.loads(out)["echo"] and "***" in json.loads(out)["echo"]


def test_nothing_to_mask_leaves_the_body_as_it_is():
    body = b'{"a": 1}'
    assert redact.body(body, []) is body
    assert redact.body(body, [KEY]) == body
