"""Who may read the record when the server is shared.

On the loopback address only this machine's users can connect, and the server is open. Bound
to any other address it wants a token, unless its user says ``--no-auth`` (``serving_token``
decides). The token comes as an ``Authorization: Bearer`` header (scripts) or as the cookie the
login form sets (browsers); the cookie holds a digest of the token, not the token itself.
"""
from __future__ import annotations

import hashlib
import hmac
import ipaddress
from typing import Optional
from urllib.parse import quote

from starlette.requests import HTTPConnection
from starlette.responses import JSONResponse, RedirectResponse
from starlette.types import ASGIApp, Receive, Scope, Send

MIN_TOKEN_CHARS = 16
COOKIE = "onrecord_session"
LOGIN, STATIC = "/login", "/static/"  # open to all: the login form and its stylesheet


def is_loopback(host: str) -> bool:
    """Whether ``host`` is reachable from this machine only: 127.0.0.0/8, ::1 or localhost.
    A host name other than localhost may resolve anywhere, so it is not."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def serving_token(host: str, token: Optional[str], no_auth: bool) -> Optional[str]:
    """The token a server on ``host`` must require, or None for an open server. A ValueError
    says why it may not start: shared without a token (and without ``no_auth``), a token too
    short to resist guessing, or a token and ``no_auth`` together."""
    if token is not None and no_auth:
        raise ValueError("a token and --no-auth contradict each other; pass one of them")
    if token is not None:
        if len(token) < MIN_TOKEN_CHARS:
            raise ValueError(f"the token is {len(token)} characters; use at least {MIN_TOKEN_CHARS} "
                             "(python -c 'import secrets; print(secrets.token_urlsafe())' makes one)")
        return token
    if is_loopback(host) or no_auth:
        return None
    raise ValueError(f"refusing to serve the record on {host} without a token: pass --token or set "
                     "ONRECORD_TOKEN (or --no-auth to let anyone who can reach it read it)")


def session_value(token: str) -> str:
    """What the login cookie holds for ``token``."""
    return hmac.new(token.encode(), b"onrecord login cookie", hashlib.sha256).hexdigest()


def token_matches(given: str, token: str) -> bool:
    return hmac.compare_digest(given.encode(), token.encode())


def safe_next(path: Optional[str]) -> str:
    """Where to go after logging in: a path on this server, never another site."""
    if not path or not path.startswith("/") or path.startswith("//") or "\\" in path:
        return "/"
    return path


class TokenGate:
    """Lets a request through only with the token (header or cookie); the API answers 401 and
    pages send the browser to the login form. With no token, everyone passes."""

    def __init__(self, app: ASGIApp, token: Optional[str]):
        self.app = app
        self.token = token
        self.cookie = session_value(token) if token else ""

    def allowed(self, connection: HTTPConnection) -> bool:
        path = connection.url.path
        if self.token is None or path == LOGIN or path.startswith(STATIC):
            return True
        scheme, _, given = connection.headers.get("authorization", "").partition(" ")
        if scheme.lower() == "bearer" and token_matches(given.strip(), self.token):
            return True
        return token_matches(connection.cookies.get(COOKIE, ""), self.cookie)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        connection = HTTPConnection(scope)
        if self.allowed(connection):
            await self.app(scope, receive, send)
            return
        path = connection.url.path
        if path.startswith("/api"):
            response: JSONResponse | RedirectResponse = JSONResponse(
                {"detail": "this server wants a token: send it as 'Authorization: Bearer TOKEN'"},
                status_code=401, headers={"WWW-Authenticate": "Bearer"})
        else:
            wanted = path + ("?" + connection.url.query if connection.url.query else "")
            response = RedirectResponse("/login?next=" + quote(wanted, safe=""), status_code=303)
        await response(scope, receive, send)
