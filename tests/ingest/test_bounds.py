"""Hostile input stays bounded: a gzip bomb, a huge WARC header or record, an empty or cut
archive, and files that are not regular files each end in one line, never a hang or a traceback."""
from __future__ import annotations

import gzip
import os
import socket
import subprocess
import sys

import pytest

import news_fixtures as nf
from onrecord.ingest import InputError
from onrecord.ingest import warc as warc_module
from onrecord.ingest.warc import read_warc
from repo_paths import REPO
from source_helpers import located


def _errors(path) -> list[str]:
    return [str(i) for i in read_warc(str(path)) if isinstance(i, InputError)]


def _gzip_of_zeros(path, megabytes: int) -> None:
    block = b"\0" * (1 << 20)
    with gzip.open(path, "wb", compresslevel=9) as f:
        for _ in range(megabytes):
            f.write(block)


def test_gzip_bomb_empty_and_cut_archives_through_the_command(news_articles, tmp_path):
    """1 GB of zeros in a 1 MB .warc.gz, an empty .warc.gz and one missing its last byte, through
    ``onrecord extract``: one line each, exit code 1, and the process's peak memory under 500 MB."""
    bomb, empty = tmp_path / "bomb.warc.gz", tmp_path / "empty.warc.gz"
    _gzip_of_zeros(bomb, 1024)
    assert bomb.stat().st_size < 1_100_000
    empty.write_bytes(b"")
    whole, cut = tmp_path / "whole.warc.gz", tmp_path / "cut.warc.gz"
    nf.write_warc(news_articles[:1], whole, extra_records=False)
    cut.write_bytes(whole.read_bytes()[:-1])
    # the peak of this process's own memory (VmHWM): getrusage's ru_maxrss would also count the
    # pytest process it was forked from, which holds every model the suite has loaded
    script = ("import re, sys\n"
              "from onrecord.cli import main\n"
              "try:\n    main(['extract', *sys.argv[1:]])\n"
              "finally:\n"
              "    hwm = re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1)\n"
              "    print('peak_kb=' + hwm, file=sys.stderr)\n")
    run = subprocess.run([sys.executable, "-c", script, str(bomb), str(empty), str(cut)], capture_output=True,
                         text=True, env={**os.environ, "PYTHONPATH": str(REPO / "src")}, timeout=300)
    assert "Traceback" not in run.stderr
    assert run.returncode == 1
    lines = run.stderr.strip().splitlines()
    assert lines[0] == (f"{bomb}: a header line over 64 KB at byte 0; the archive is not read further "
                        "(0 pages read before it)")
    assert lines[1] == f"{empty}: empty file, not a WARC archive"
    assert lines[2].startswith(f"{cut}: archive breaks at byte ")
    assert lines[3] == f"{cut}: 1 HTML page read, 2 other records skipped"  # a note, not a skip
    assert lines[4].startswith("onrecord: 1 article, ") and lines[4].endswith("; 3 skipped (see above)")
    assert int(lines[-1].removeprefix("peak_kb=")) < 500 * 1024
    assert run.stdout.count("\n") == 1  # the page before the cut


def test_decompression_stops_at_the_limit(tmp_path, monkeypatch):
    """Short lines of zeros pass the header-line cap; the decompressed-size limit still stops them."""
    monkeypatch.setattr(warc_module, "MIN_DECOMPRESSED_LIMIT", 4 * 1024 * 1024)
    monkeypatch.setattr(warc_module, "MAX_HEADER_LINES", 10**9)
    archive = tmp_path / "lines.warc.gz"
    with gzip.open(archive, "wb") as f:
        for _ in range(16):
            f.write(b"\n" * (1 << 20))
    errors = _errors(archive)
    assert len(errors) == 1 and "over 4 MB decompressed" in errors[0]


def test_a_header_of_endless_lines_is_refused(tmp_path):
    archive = tmp_path / "header.warc"
    archive.write_bytes(b"WARC/1.0\r\n" + b"X-Pad: 1\r\n" * 5000 + b"\r\n")
    errors = _errors(archive)
    assert len(errors) == 1 and "a record header over 1,000 lines" in errors[0]


def test_a_record_over_the_size_limit_is_skipped_and_the_rest_read(news_articles, tmp_path, monkeypatch):
    archive = tmp_path / "crawl.warc.gz"
    nf.write_warc(news_articles, archive)
    monkeypatch.setattr(warc_module, "MAX_RECORD_BYTES", 2000)  # the pages are larger, the requests smaller
    items = list(read_warc(str(archive)))
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert [i for i in items if isinstance(i, tuple)] == []
    assert errors and all("over the limit of 2,000; skipped" in e for e in errors)


def test_empty_and_cut_archives_say_so(news_articles, tmp_path):
    empty = tmp_path / "empty.warc.gz"
    empty.write_bytes(b"")
    assert _errors(empty) == [f"{empty}: empty file, not a WARC archive"]
    whole, cut = tmp_path / "whole.warc.gz", tmp_path / "cut.warc.gz"
    nf.write_warc(news_articles, whole)
    cut.write_bytes(whole.read_bytes()[:-1])  # the gzip trailer of the last record loses a byte
    errors = _errors(cut)
    assert len(errors) == 1 and errors[0].startswith(f"{cut}: archive breaks at byte ")
    found = [i for i in read_warc(str(cut)) if isinstance(i, tuple)]
    assert len(found) == len(news_articles)  # the last record is not a page: every page was read


@pytest.mark.parametrize("name", ["pipe.txt", "pipe.jsonl", "pipe.warc.gz", "pipe.html"])
def test_a_fifo_is_refused_not_waited_on(tmp_path, name):
    fifo = tmp_path / name
    os.mkfifo(fifo)
    found, errors = located([fifo])
    assert found == []
    assert [str(e) for e in errors] == [f"{fifo}: not a regular file but a FIFO (named pipe); skipped"]


def test_a_fifo_in_a_folder_and_a_socket_and_a_device_are_refused(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "a.txt")
    (folder / "b.txt").write_text("The minister said the plan would work.", encoding="utf-8")
    sock_path = folder / "c.txt"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(sock_path))
    try:
        found, errors = located([folder, "/dev/zero"])
    finally:
        server.close()
    assert [a.id for a, _ in found] == ["b"]
    assert [str(e) for e in errors] == [
        f"{folder / 'a.txt'}: not a regular file but a FIFO (named pipe); skipped",
        f"{sock_path}: not a regular file but a socket; skipped",
        "/dev/zero: not a regular file but a device; skipped"]
