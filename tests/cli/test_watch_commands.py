"""Watches end to end with the real command, store, web app and a local HTTP server: two ingests
of two halves, a check after each with exactly the new matches, the Atom feed, a webhook that
fails once and is retried, and `watch run` stopped by SIGTERM."""
from __future__ import annotations

import json
import signal
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import feedparser
from click.testing import CliRunner
from fastapi.testclient import TestClient

from onrecord.cli import main
from onrecord.cli.watch import post_webhook
from onrecord.query import open_read_only
from onrecord.web.app import create_app
from sample_store import TRUMP_ARTICLES, ingest, sample_lines


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(Path(sys.executable).with_name("onrecord")), *args], capture_output=True, text=True,
                          timeout=300)


def _quotes(db: str, *filters: str) -> set[str]:
    done = CliRunner().invoke(main, ["quotes", "--db", db, "--format", "jsonl", "--limit", "0", *filters])
    return {json.loads(line)["id"] for line in done.output.splitlines() if line.startswith("{")}


def _checked(db: str, name: str) -> list[str]:
    done = CliRunner().invoke(main, ["watch", "check", name, "--db", db, "--format", "jsonl"])
    assert done.exit_code == 0, done.output
    return [json.loads(line)["id"] for line in done.output.splitlines() if line.startswith("{")]


def test_two_ingests_two_checks_exactly_the_new_matches_and_the_feed(tmp_path):
    db = str(tmp_path / "record.db")
    halves = []
    for n, ids in enumerate((TRUMP_ARTICLES[:1], TRUMP_ARTICLES[1:])):
        halves.append(tmp_path / f"half{n}.jsonl")
        halves[-1].write_text("\n".join(sample_lines(ids)) + "\n", encoding="utf-8")
    assert _run("watch", "add", "trump", "--speaker", "Donald Trump", "--db", db).returncode == 0
    assert _run("watch", "add", "wall", "--search", "wall", "--kind", "indirect,mixed", "--db", db).returncode == 0
    seen: dict[str, list[str]] = {"trump": [], "wall": []}
    filters = {"trump": ["--speaker", "Donald Trump"], "wall": ["--search", "wall", "--kind", "indirect,mixed"]}
    for half in halves:
        before = {name: _quotes(db, *f) if Path(db).exists() else set() for name, f in filters.items()}
        done = ingest(db, half)
        assert "onrecord: watch trump:" in done.stderr and "onrecord: watch wall:" in done.stderr
        for name, f in filters.items():
            got = _checked(db, name)
            assert len(got) == len(set(got))
            assert set(got) == _quotes(db, *f) - before[name]
            assert not set(got) & set(seen[name])
            seen[name] += got
            assert _checked(db, name) == []  # a second check has nothing new
    assert seen["trump"] and seen["wall"]
    client = TestClient(create_app(open_read_only(db)))
    for name in ("trump", "wall"):
        answer = client.get(f"/watch/{name}.atom")
        assert answer.status_code == 200 and answer.headers["content-type"].startswith("application/atom+xml")
        feed = feedparser.parse(answer.content)
        assert not feed.bozo, feed.bozo_exception
        assert len(feed.entries) == len(seen[name])
        assert {e.id.rsplit("/", 1)[1].replace("%23", "#") for e in feed.entries} == set(seen[name])
    assert client.get("/watch/nobody.atom").status_code == 404


class _Hook(BaseHTTPRequestHandler):
    answers: list[int] = []
    bodies: list[dict] = []

    def do_POST(self) -> None:  # noqa: N802 (the name http.server calls)
        body = self.rfile.read(int(self.headers["Content-Length"]))
        status = self.answers.pop(0) if self.answers else 200
        if status == 200:
            self.bodies.append(json.loads(body))
        self.send_response(status)
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


def test_a_webhook_is_retried_with_back_off_and_a_refusal_is_final():
    server = HTTPServer(("127.0.0.1", 0), _Hook)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}/hook"
    try:
        _Hook.answers[:] = [503, 500]
        started = time.monotonic()
        assert post_webhook(url, {"watch": "w", "statements": [1]}, pause=0.05) is None
        assert time.monotonic() - started >= 0.05 + 0.1  # waited 1x, then 2x the pause
        assert _Hook.bodies[-1] == {"watch": "w", "statements": [1]}
        _Hook.answers[:] = [404, 200]
        assert post_webhook(url, {"watch": "w"}, pause=0.01) == "HTTP 404"
        assert _Hook.answers == [200]  # not sent again
    finally:
        server.shutdown()
        server.server_close()
    assert post_webhook(url, {}, tries=2, pause=0.01) is not None  # nobody listens: an error, not a crash


def test_watch_run_polls_and_stops_cleanly_on_sigterm(tmp_path):
    db = str(tmp_path / "record.db")
    source = tmp_path / "one.jsonl"
    source.write_text("\n".join(sample_lines(TRUMP_ARTICLES[:1])) + "\n", encoding="utf-8")
    assert _run("watch", "add", "trump", "--speaker", "Donald Trump", "--db", db).returncode == 0
    process = subprocess.Popen([str(Path(sys.executable).with_name("onrecord")), "watch", "run", str(source),
                                "--every", "1h", "--db", db, "--format", "jsonl"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 240
        lines = []
        while time.monotonic() < deadline:
            line = process.stderr.readline()
            lines.append(line)
            if "next poll" in line:
                break
        assert any("next poll" in line for line in lines), lines
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=30)
    finally:
        process.kill()
    assert process.returncode == 0, err
    assert "stopped" in err
    assert [json.loads(line)["watch"] for line in out.splitlines()] and all(
        json.loads(line)["speaker_entity_name"] == "Donald Trump" for line in out.splitlines())
