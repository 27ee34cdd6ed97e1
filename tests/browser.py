"""A page in a real headless Chromium (Debian's) with the network off, for the tests of the
pages partygraph writes (the HTML export, the review page of a draft).

Chromium comes from Debian's ``chromium`` package, which ``.ci/setup`` installs. Outside CI a
machine without it skips those tests with that reason; in CI (``CI`` set) they fail instead.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def require_chromium() -> str:
    """Chromium's executable; skip (or, in CI, fail) when it is not installed."""
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    if executable:
        return executable
    message = "Chromium is not installed: apt-get install chromium (.ci/setup does)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@contextmanager
def open_page(page_file: Path, ready: str, *, width: int = 1400, height: int = 900,
              timeout_ms: int = 60_000) -> Iterator[tuple[Any, list[str], list[str]]]:
    """Open ``page_file`` offline and wait until the JavaScript ``ready`` is true.

    Yields (page, requests, errors): the playwright page, every non-``file://`` URL the page
    tried to load (each aborted), and the console errors and uncaught exceptions it raised.
    The browser is closed on leaving, on success or failure.
    """
    executable = require_chromium()
    from playwright.sync_api import Route, sync_playwright

    requests: list[str] = []
    errors: list[str] = []

    def guard(route: Route) -> None:
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            requests.append(route.request.url)
            route.abort()

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True,
                                             args=_FLAGS)
        try:
            context = browser.new_context(offline=True,
                                          viewport={"width": width, "height": height})
            page = context.new_page()
            page.route("**/*", guard)
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(page_file.as_uri())
            page.wait_for_function(f"{ready} === true", timeout=timeout_ms)
            yield page, requests, errors
        finally:
            browser.close()
