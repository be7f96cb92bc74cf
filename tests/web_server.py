"""`onrecord serve` as a user starts it, on 127.0.0.1 and a free port, for tests that need a real
server (tokens, HEAD through uvicorn, workers, the browser); and Debian's Chromium for them."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

import pytest

CHROMIUM = os.environ.get("ONRECORD_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(db: str, *options: str, token: Optional[str] = None, wait: float = 60) -> Iterator[str]:
    """The URL of ``onrecord serve --db DB OPTIONS`` on 127.0.0.1, stopped afterwards."""
    port = free_port()
    binary = Path(sys.executable).with_name("onrecord")
    process = subprocess.Popen([str(binary), "serve", "--db", db, "--host", "127.0.0.1", "--port", str(port),
                                *options], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                urllib.request.urlopen(urllib.request.Request(url + "/api/stats", headers=headers), timeout=2)
                break
            except urllib.error.HTTPError:
                break  # it answers, if only to refuse
            except OSError:
                if process.poll() is not None:
                    pytest.fail("onrecord serve exited: " + process.stderr.read().decode())
                if time.monotonic() > deadline:
                    pytest.fail("onrecord serve did not answer")
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(20)


def chromium_or_skip() -> str:
    if not Path(CHROMIUM).exists():
        message = f"Chromium not found at {CHROMIUM}: apt-get install chromium"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return CHROMIUM
