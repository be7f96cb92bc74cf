"""Whole answers remembered until the store changes: the same GET, asked again of an unchanged
store, is answered with the bytes sent the first time, without running the route.

Readers ask the same few pages over and over (the front page, the most quoted speakers, the
statistics), and the store changes only when an ingest writes. The answers are kept per worker
process under the store's change counter (``onrecord.query.memo``), like the answers the query
layer remembers, so an ingest shows at the next request; at most ``MAX_BYTES`` of them, the least
recently asked going first.

Only complete 200 answers in HTML or JSON without a cookie are kept, keyed by the path, the query
string and the Host header (the API's ``next`` links carry it). The middleware sits inside the
token check, so an answer is only ever given to a request that was let in.
"""
from __future__ import annotations

from collections import OrderedDict
from typing import Callable, Optional

from anyio import to_thread
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from onrecord.query import memo
from onrecord.store import Store

MAX_BYTES = 64 * 1024 * 1024   # per worker process
MAX_ANSWER = 2 * 1024 * 1024   # a bigger answer is sent, not kept
KEPT_TYPES = (b"text/html", b"application/json")

Key = tuple[bytes, bytes, bytes]


class Answer:
    """What was sent: the start message's status and headers, and the body."""
    __slots__ = ("start", "body")

    def __init__(self, start: Message, body: bytes):
        self.start, self.body = start, body


class RememberedAnswers:
    """ASGI middleware keeping whole GET answers of ``store_of()`` while its version holds."""

    def __init__(self, app: ASGIApp, store_of: Callable[[], Store], max_bytes: int = MAX_BYTES):
        self.app, self.store_of, self.max_bytes = app, store_of, max_bytes
        self.kept: OrderedDict[Key, Answer] = OrderedDict()
        self.version, self.size = -1, 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        version = await self._version() if scope["type"] == "http" and scope["method"] == "GET" else None
        if version is None:
            await self.app(scope, receive, send)
            return
        key = (scope.get("raw_path") or scope["path"].encode(), scope["query_string"], _host(scope))
        if version > self.version:  # the store changed: forget every answer
            self.kept.clear()
            self.version, self.size = version, 0
        elif version == self.version and key in self.kept:
            answer = self.kept[key]
            self.kept.move_to_end(key)
            await send(_copy(answer.start))  # outer middlewares add headers to the message they get
            await send({"type": "http.response.body", "body": answer.body})
            return
        start: Optional[Message] = None
        body: list[bytes] = []

        async def keeping(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body" and start is not None:
                body.append(message.get("body", b""))
                if not message.get("more_body", False) and version == self.version and _keepable(start):
                    self._keep(key, Answer(_copy(start), b"".join(body)))
            await send(message)

        await self.app(scope, receive, keeping)

    async def _version(self) -> Optional[int]:
        """The store's version for this request; None (nothing kept or given) when it cannot
        be read: the route then meets the same fault and answers it as it does. SQLite's is read
        here, from a file header, in microseconds; PostgreSQL's is a query, which waits for a
        pooled connection and the network, so it runs in a worker thread, not the event loop's."""
        store = self.store_of()
        try:
            if store.dialect == "sqlite":
                return memo.current_version(store)
            return await to_thread.run_sync(memo.current_version, store)
        except Exception:  # noqa: BLE001 - the route reports the database's trouble
            return None

    def _keep(self, key: Key, answer: Answer) -> None:
        if len(answer.body) > MAX_ANSWER:
            return
        old = self.kept.pop(key, None)
        if old is not None:
            self.size -= len(old.body)
        self.kept[key] = answer
        self.size += len(answer.body)
        while self.size > self.max_bytes:
            _, dropped = self.kept.popitem(last=False)
            self.size -= len(dropped.body)


def _copy(start: Message) -> Message:
    return {**start, "headers": list(start.get("headers", []))}


def _host(scope: Scope) -> bytes:
    return next((value for name, value in scope["headers"] if name == b"host"), b"")


def _keepable(start: Message) -> bool:
    """A 200 in HTML or JSON that sets no cookie."""
    if start["status"] != 200:
        return False
    headers = dict(start.get("headers", []))
    return b"set-cookie" not in headers and headers.get(b"content-type", b"").startswith(KEPT_TYPES)
