"""Headless Chromium (the Debian package) driven over the DevTools protocol, for tests that watch a page live:
open it, read what it shows, wait for it to change, take screenshots at a given width. Every request that does not
go to this machine is sent to a recording proxy, so a test can assert that the page asked the network for nothing."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.request
from base64 import b64decode
from pathlib import Path
from typing import Any

from websockets.sync.client import connect

needs = shutil.which("chromium")
# Chromium as a test opens a page: headless, nothing of its own fetched in the background.
HEADLESS = [
    "chromium",
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--hide-scrollbars",
    "--no-first-run",
    "--disable-extensions",
    "--disable-background-networking",
    "--disable-component-update",
]


class Browser:
    """One headless Chromium and its first tab."""

    def __init__(self, proxy_url: str) -> None:
        self.profile = tempfile.TemporaryDirectory(prefix="mlb-chromium-", ignore_cleanup_errors=True)
        self.stack = contextlib.ExitStack()
        self.process = subprocess.Popen(
            [
                *HEADLESS,
                f"--proxy-server={proxy_url}",  # loopback is not proxied: the served app answers directly
                "--remote-debugging-port=0",
                f"--user-data-dir={self.profile.name}",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # its helper processes in a group of their own, ended together
        )
        port_file = Path(self.profile.name) / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not port_file.exists() or not port_file.read_text().strip():
            if time.monotonic() > deadline or self.process.poll() is not None:
                self.close()
                raise RuntimeError("chromium did not start its DevTools endpoint")
            time.sleep(0.05)
        port = int(port_file.read_text().split()[0])
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as reply:
            page = next(t for t in json.load(reply) if t["type"] == "page")
        self.ws = self.stack.enter_context(connect(page["webSocketDebuggerUrl"], max_size=64 * 2**20, open_timeout=10))
        self._id = 0
        self.call("Page.enable")
        self.call("Runtime.enable")

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        self._id += 1
        self.ws.send(json.dumps({"id": self._id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv(timeout=60))
            if message.get("id") == self._id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                result: dict[str, Any] = message.get("result", {})
                return result

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (awaited when it is a promise)."""
        reply = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in reply:
            raise RuntimeError(f"{expression}: {reply['exceptionDetails']}")
        return reply["result"].get("value")

    def open(self, url: str, width: int = 1280, height: int = 1000) -> None:
        """Open url at a window width (a phone is 420) and wait until it has loaded."""
        self.call(
            "Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=width < 600
        )
        self.call("Page.navigate", url=url)
        self.wait_for("document.readyState === 'complete'")

    def wait_for(self, condition: str, timeout: float = 15.0) -> float:
        """Poll a JavaScript condition until it holds; returns the seconds it took."""
        started = time.monotonic()
        while not self.evaluate(f"Boolean({condition})"):
            if time.monotonic() - started > timeout:
                raise AssertionError(f"not within {timeout} s: {condition}")
            time.sleep(0.05)
        return time.monotonic() - started

    def screenshot(self, path: Path, width: int, full_page: bool = True) -> None:
        """A PNG of the page at this width, the whole page tall (as a person scrolling sees it)."""
        self.call(
            "Emulation.setDeviceMetricsOverride", width=width, height=1000, deviceScaleFactor=1, mobile=width < 600
        )
        time.sleep(0.3)  # the page lays itself out at the new width, charts redraw
        height = int(self.evaluate("document.documentElement.scrollHeight")) if full_page else 1000
        self.call(
            "Emulation.setDeviceMetricsOverride",
            width=width,
            height=min(height, 12000),
            deviceScaleFactor=1,
            mobile=width < 600,
        )
        time.sleep(0.2)
        shot = self.call("Page.captureScreenshot", format="png", captureBeyondViewport=False)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b64decode(shot["data"]))

    def close(self) -> None:
        self.stack.close()
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        # The helpers of the group end a moment after the browser: the profile goes once they have.
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                os.killpg(self.process.pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.05)
        self.profile.cleanup()
