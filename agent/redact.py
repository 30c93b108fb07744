"""Secrets out of everything the agent keeps or prints, in every form a response can carry them.

A source may echo its key back literally, URL-encoded (`%2F` for `/`, in either hex case), or inside JSON
escaped (`\\u0053` for `S`, `\\/` for `/`), and in any mixture of those per character. One pattern per
secret matches each character in any of its forms, on bytes (a stored or saved body) and on text (a log line,
a header, an error). A JSON body is then decoded and checked: if the secret is still in it, in a form the
pattern cannot see, the body is kept as its redacted decoding instead."""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

MASK = "***"


def _forms(char: str) -> list[str]:
    """Every way one character of a secret can be written in a URL or a JSON string, as regex alternatives."""
    forms = [re.escape(char)]
    code = ord(char)
    if code < 0x10000:
        forms.append(rf"\\u{code:04x}")  # JSON \uXXXX, either hex case (the pattern ignores case only there)
    forms += ["".join(f"%{b:02x}" for b in char.encode())]
    if char == "/":
        forms.append(r"\\/")
    if char == " ":
        forms.append(r"\+")
    return forms


@cache
def _pattern(secret: str) -> re.Pattern[str]:
    parts = []
    for char in secret:
        alternatives = _forms(char)
        # Hex digits of escapes in either case: \u00AB, %2f.
        literal, *escaped = alternatives
        parts.append("(?:" + "|".join([literal, *(f"(?i:{e})" for e in escaped)]) + ")")
    return re.compile("".join(parts))


def text(value: str, secrets: list[str]) -> str:
    for secret in secrets:
        if secret:
            value = _pattern(secret).sub(MASK, value)
    return value


def data(value: bytes, secrets: list[str]) -> bytes:
    """Bytes masked where they spell a secret; every other byte is kept exactly (invalid UTF-8 included)."""
    if not any(secrets):
        return value
    return text(value.decode("utf-8", errors="surrogateescape"), secrets).encode("utf-8", errors="surrogateescape")


def _holds(node: Any, secret: str) -> bool:
    if isinstance(node, str):
        return secret in node
    if isinstance(node, dict):
        return any(_holds(k, secret) or _holds(v, secret) for k, v in node.items())
    if isinstance(node, list):
        return any(_holds(v, secret) for v in node)
    return False


def _scrub(node: Any, secrets: list[str]) -> Any:
    if isinstance(node, str):
        for secret in secrets:
            node = node.replace(secret, MASK)
        return node
    if isinstance(node, dict):
        return {_scrub(k, secrets): _scrub(v, secrets) for k, v in node.items()}
    if isinstance(node, list):
        return [_scrub(v, secrets) for v in node]
    return node


def body(value: bytes, secrets: list[str]) -> bytes:
    """A response body with every secret masked; a JSON body is also checked decoded."""
    secrets = [s for s in secrets if s]
    if not secrets:
        return value
    value = data(value, secrets)
    try:
        decoded = json.loads(value)
    except ValueError:
        return value
    if any(_holds(decoded, s) for s in secrets):
        return json.dumps(_scrub(decoded, secrets), ensure_ascii=False).encode()
    return value
