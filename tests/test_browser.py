"""The HTML report in a real browser: headless Chromium driven over the DevTools protocol (on a
pipe, so no extra dependency). No console errors, no network request, every chart drawn."""

from __future__ import annotations

import base64
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from checker.config import load_config
from checker.report import RenderOptions
from checker.report.html import render_html
from checker.timeline import build_timeline

ROOT = Path(__file__).resolve().parent.parent
#: Where Debian's chromium package puts the browser (.ci/install-chromium.sh installs it).
CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
#: Seconds to wait for one DevTools answer before giving up (a stuck browser fails the test).
ANSWER_TIMEOUT = 20
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--remote-debugging-pipe",
)


def find_chromium() -> str | None:
    explicit = os.environ.get("CLAIMCHECK_CHROMIUM")
    if explicit:
        return explicit if Path(explicit).exists() else None
    return next((path for name in CANDIDATES if (path := shutil.which(name))), None)


class Browser:
    """A tiny DevTools client: JSON messages ending in NUL on fds 3 (in) and 4 (out)."""

    def __init__(self, binary: str, profile: Path) -> None:
        import fcntl  # POSIX only; the fixture skips elsewhere

        to_browser, self._write = os.pipe()
        self._read, from_browser = os.pipe()
        # Out of the way of 3 and 4 (close-on-exec), then placed on 3 and 4 in the child only.
        ends = [fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10) for fd in (to_browser, from_browser)]
        os.close(to_browser)
        os.close(from_browser)

        def wire() -> None:  # in the child, before exec: dup2 leaves 3 and 4 inheritable
            os.dup2(ends[0], 3)
            os.dup2(ends[1], 4)

        self.process = subprocess.Popen(
            [binary, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
            close_fds=False,  # our own descriptors are close-on-exec; 3 and 4 must survive
            preexec_fn=wire,  # noqa: PLW1509 - the test is single-threaded
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for fd in ends:
            os.close(fd)
        self._buffer = b""
        self._next = 0
        self.events: list[dict] = []

    def send(self, method: str, session: str | None = None, **params) -> dict:
        self._next += 1
        message = {"id": self._next, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        os.write(self._write, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + ANSWER_TIMEOUT
        while time.monotonic() < deadline:
            reply = self._receive()
            if reply.get("id") == self._next:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)
        raise TimeoutError(f"no answer to {method}")

    def _receive(self) -> dict:
        while b"\0" not in self._buffer:
            ready, _, _ = select.select([self._read], [], [], ANSWER_TIMEOUT)
            if not ready:
                raise TimeoutError(f"the browser said nothing for {ANSWER_TIMEOUT} s")
            chunk = os.read(self._read, 1 << 20)
            if not chunk:
                raise RuntimeError("the browser closed the pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def close(self) -> None:
        try:
            self.send("Browser.close")
        except (RuntimeError, TimeoutError, OSError):
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        os.close(self._write)
        os.close(self._read)


def open_page(browser: Browser, url: str, width: int, height: int) -> str:
    """A new tab showing ``url`` at the given viewport, with logs and network watched."""
    target = browser.send("Target.createTarget", url="about:blank")["targetId"]
    session = browser.send("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
    for domain in ("Page", "Runtime", "Log", "Network"):
        browser.send(f"{domain}.enable", session)
    browser.send(
        "Emulation.setDeviceMetricsOverride",
        session,
        width=width,
        height=height,
        deviceScaleFactor=1,
        mobile=width < 600,
    )
    browser.send("Page.navigate", session, url=url)
    deadline = time.monotonic() + ANSWER_TIMEOUT
    while (
        evaluate(browser, session, "document.readyState + ' ' + location.href") != f"complete {url}"
    ):
        if time.monotonic() > deadline:
            raise TimeoutError(f"{url} did not load")
        time.sleep(0.05)
    return session


def evaluate(browser: Browser, session: str, expression: str):
    answer = browser.send("Runtime.evaluate", session, expression=expression, returnByValue=True)
    return answer["result"].get("value")


def screenshot(browser: Browser, session: str, path: Path, full_page: bool = False) -> None:
    params: dict = {"format": "png"}
    if full_page:
        size = browser.send("Page.getLayoutMetrics", session)["cssContentSize"]
        params.update(
            captureBeyondViewport=True,
            clip={"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1},
        )
    data = browser.send("Page.captureScreenshot", session, **params)["data"]
    path.write_bytes(base64.b64decode(data))


def problems(events: list[dict]) -> list[str]:
    """Console errors, uncaught exceptions, failed loads and any request leaving the file."""
    found = []
    for event in events:
        method, params = event.get("method"), event.get("params", {})
        if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            found.append(f"console: {params.get('args')}")
        elif method == "Runtime.exceptionThrown":
            found.append(f"exception: {params.get('exceptionDetails', {}).get('text')}")
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            found.append(f"log: {params['entry'].get('text')}")
        elif method == "Network.requestWillBeSent":
            url = params.get("request", {}).get("url", "")
            if not url.startswith(("file:", "data:", "about:")):
                found.append(f"network request: {url}")
    return found


CHARTS_DRAWN = """[...document.querySelectorAll('svg.chart')].filter(svg => {
  const box = svg.getBoundingClientRect();
  return box.width > 100 && box.height > 50 && svg.querySelectorAll('a.mark').length > 0;
}).map(svg => svg.dataset.metric)"""


@pytest.fixture(scope="module")
def chromium() -> str:
    binary = find_chromium()
    if os.name != "posix":
        pytest.skip("the DevTools pipe client needs POSIX file descriptors")
    if binary is None:
        pytest.skip("no Chromium found (run .ci/install-chromium.sh, or set CLAIMCHECK_CHROMIUM)")
    return binary


@pytest.fixture()
def report_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, set[str]]:
    monkeypatch.chdir(ROOT)
    config = load_config(ROOT)
    validation, report = build_timeline([], config)
    assert report is not None, [p.render() for p in validation.problems]
    page = tmp_path / "report.html"
    page.write_text(render_html(report, RenderOptions()), encoding="utf-8")
    return page, {c.metric for c in report.claims}


def test_report_renders_in_chromium(
    chromium: str, report_page: tuple[Path, set[str]], tmp_path: Path
) -> None:
    page, metrics = report_page
    with tempfile.TemporaryDirectory() as profile:
        browser = Browser(chromium, Path(profile))
        try:
            session = open_page(browser, page.as_uri(), 1280, 900)
            drawn = evaluate(browser, session, CHARTS_DRAWN)
            screenshot(browser, session, tmp_path / "report-desktop.png")
            screenshot(browser, session, tmp_path / "report-desktop-full.png", full_page=True)
            phone = open_page(browser, page.as_uri(), 400, 860)
            wider = evaluate(browser, phone, "document.documentElement.scrollWidth")
            screenshot(browser, phone, tmp_path / "report-phone.png")
            time.sleep(0.1)  # let late console events arrive
            evaluate(browser, phone, "1")
        finally:
            browser.close()
    assert problems(browser.events) == []
    assert sorted(drawn) == sorted(metrics)
    assert wider <= 400, "the page scrolls sideways on a phone"
    assert (tmp_path / "report-desktop.png").stat().st_size > 10_000
