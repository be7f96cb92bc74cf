"""A Spark job's inputs: the list of files (one task each), and reading one file in a task.

Local paths are read where they are, through the same readers as ``onrecord extract``. A URL
with a scheme (``hdfs://``, ``s3a://``, ``s3://``, ``file://``) is copied by the task to a
temporary file through pyarrow's file systems, then read by the same readers under its URL,
so ids and messages name the URL. Folders are listed on the driver, as ``onrecord extract``
lists them.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from typing import Iterable, Iterator, Union
from urllib.parse import urlparse

from onrecord.ingest import InputError, iter_located_articles
from onrecord.ingest.base import Located, Note
from onrecord.ingest.files import JSONL_SUFFIXES, TEXT_SUFFIXES, read_file
from onrecord.ingest.sources import Reader
from onrecord.ingest.warc import WARC_SUFFIXES, read_warc

# what a job reads: the batch formats (web pages and feeds belong to `onrecord ingest`)
JOB_SUFFIXES = WARC_SUFFIXES + JSONL_SUFFIXES + TEXT_SUFFIXES
REMOTE_SCHEMES = ("hdfs", "s3a", "s3", "file", "gs", "abfs", "abfss")


def is_remote(path: str) -> bool:
    return urlparse(path).scheme.lower() in REMOTE_SCHEMES


def list_inputs(paths: Iterable[str]) -> list[str]:
    """Every file a job reads, in order: a local folder becomes its files (sorted, recursively,
    hidden ones skipped, as ``onrecord extract`` reads it); files and URLs stay as given. A
    path that is neither is kept too: its task reports it, so the job's failures list it."""
    files: list[str] = []
    for path in paths:
        if not is_remote(path) and os.path.isdir(path):
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                files.extend(os.path.join(root, name) for name in sorted(names)
                             if not name.startswith(".") and name.lower().endswith(Reader.FOLDER_SUFFIXES))
        else:
            files.append(path)
    return files


def read_input_list(path: str) -> list[str]:
    """The inputs a list file names, one a line (as Common Crawl's ``warc.paths``); blank lines
    and ``#`` comments are skipped."""
    with open(path, encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip() and not line.lstrip().startswith("#")]


def read_input(path: str) -> Iterator[Union[Located, InputError, Note]]:
    """The articles of one input file, or one-line reports of what could not be read."""
    if not is_remote(path):
        yield from iter_located_articles([path], notes=lambda line: None)
        return
    if not path.lower().endswith(JOB_SUFFIXES):
        yield InputError(path, None, "unsupported file type: a job reads .warc(.gz), .jsonl and .txt files")
        return
    with tempfile.TemporaryDirectory(prefix="onrecord-") as folder:
        local = os.path.join(folder, os.path.basename(urlparse(path).path) or "input")
        try:
            _copy(path, local)
        except (OSError, ValueError) as e:  # pyarrow raises these for missing files and bad URLs
            yield InputError(path, None, f"cannot read: {str(e).strip().splitlines()[0] if str(e).strip() else e}")
            return
        if path.lower().endswith(WARC_SUFFIXES):
            yield from read_warc(path, local=local)
        else:
            yield from read_file(path, local=local)


def _copy(url: str, local: str) -> None:
    # pyarrow is a dependency already; it ships no type information, and only remote inputs need it
    from pyarrow import fs  # noqa: PLC0415  (see above)

    filesystem, where = fs.FileSystem.from_uri(url.replace("s3a://", "s3://", 1))
    with filesystem.open_input_stream(where) as source, open(local, "wb") as target:
        shutil.copyfileobj(source, target, 1 << 20)
