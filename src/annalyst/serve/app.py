"""The web application: ``create_app(store, write=False, token=None)`` builds a FastAPI app over a store.

Nothing happens at import. The app is read-only unless built with ``write=True`` and a token; then the ingest,
extract and actor-correction endpoints (and the upload page) exist, and each request to them must carry
``Authorization: Bearer <token>`` (compared in constant time). Every response carries security headers (a
Content-Security-Policy with no inline script), and request bodies are capped.
"""

from __future__ import annotations

import hmac
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Awaitable, Callable

from ..api import Annalyst
from ..errors import AnnalystError, ConfigError, InputError, NotFound
from ..settings import check_token
from ..store import Store

log = logging.getLogger(__name__)

__all__ = ["create_app", "ServeContext", "SECURITY_HEADERS", "MAX_BODY", "MAX_UPLOAD"]

HERE = Path(__file__).parent

#: largest request body accepted by ordinary endpoints, and by the upload/ingest endpoints
MAX_BODY = 1_000_000
MAX_UPLOAD = 50_000_000

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
}


@dataclass
class ServeContext:
    """What every route reads: the workspace, whether writes are on, and the token."""

    annalyst: Annalyst
    write: bool = False
    token: str | None = None
    jobs: Any = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def store(self) -> Store:
        return self.annalyst.store

    def token_ok(self, header: str | None) -> bool:
        """True when ``header`` is ``Bearer <token>`` with the right token (constant-time comparison)."""
        if not self.write or not self.token or not header:
            return False
        scheme, _, given = header.partition(" ")
        if scheme.lower() != "bearer":
            return False
        return hmac.compare_digest(given.strip().encode("utf-8"), self.token.encode("utf-8"))


def _workspace(store: str | Annalyst) -> Annalyst:
    return store if isinstance(store, Annalyst) else Annalyst(db=str(store))


_SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


class SecurityMiddleware:
    """Adds the security headers to every response and refuses bodies over the limit (413) — by the declared
    Content-Length up front, and by counting while the body streams in."""

    def __init__(self, app: Callable[..., Awaitable[None]], *, max_body: int = MAX_BODY, max_upload: int = MAX_UPLOAD,
                 upload_paths: tuple[str, ...] = ("/api/v1/ingest", "/upload")) -> None:
        self.app = app
        self.max_body = max_body
        self.max_upload = max_upload
        self.upload_paths = upload_paths

    async def __call__(self, scope: dict[str, Any], receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        limit = self.max_upload if path.startswith(self.upload_paths) else self.max_body
        headers = dict(scope.get("headers") or [])
        # a write request is checked for its token before any of its body is read or parsed
        ctx = getattr(getattr(scope.get("app"), "state", None), "ctx", None)
        if scope.get("method") not in _SAFE_METHODS and ctx is not None and ctx.write:
            auth = headers.get(b"authorization")
            if not auth:
                await self._answer(send, 401, "this endpoint needs Authorization: Bearer <token>",
                                   [(b"www-authenticate", b"Bearer")])
                return
            if not ctx.token_ok(auth.decode("latin-1")):
                await self._answer(send, 403, "wrong token")
                return
        declared = headers.get(b"content-length")
        if declared is not None:
            try:
                too_big = int(declared) > limit
            except ValueError:
                too_big = True
            if too_big:
                await self._refuse(send, limit)
                return
        received = 0
        started = False

        async def counting_receive() -> dict[str, Any]:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    # an HTTPException passes through FastAPI's body parsing (which turns others into 400)
                    from fastapi import HTTPException

                    raise HTTPException(413, f"request body larger than {limit} bytes")
            return message

        async def secured_send(message: dict[str, Any]) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items() if k.encode() not in present]
                message = dict(message, headers=list(message.get("headers", [])) + extra)
            await send(message)

        try:
            await self.app(scope, counting_receive, secured_send)
        except Exception as exc:  # noqa: BLE001 - only the size refusal is handled here
            if getattr(exc, "status_code", None) != 413 or started:
                raise
            await self._refuse(send, limit)

    async def _refuse(self, send: Callable, limit: int) -> None:
        await self._answer(send, 413, f"request body larger than {limit} bytes")

    async def _answer(self, send: Callable, status: int, detail: str,
                      extra: list[tuple[bytes, bytes]] | None = None) -> None:
        import json

        body = json.dumps({"detail": detail}).encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        headers += [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()] + list(extra or [])
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def create_app(store: str | Annalyst, write: bool = False, token: str | None = None, *,
               max_body: int = MAX_BODY, max_upload: int = MAX_UPLOAD) -> Any:
    """A FastAPI app serving the pages, their JSON twins and downloads, and the REST API under ``/api/v1``.

    ``store`` is a store path/URL or an ``Annalyst`` workspace. ``write=True`` needs a ``token`` (at least 16
    characters) and adds the write endpoints.
    """
    from fastapi import FastAPI, Request
    from fastapi.exceptions import RequestValidationError
    from fastapi.responses import JSONResponse
    from fastapi.staticfiles import StaticFiles
    from starlette.exceptions import HTTPException as StarletteHTTPException

    from . import api, apidocs, exports, pages, upload
    from .render import error_response

    if write:
        if not token:
            raise ConfigError("--write needs a token: set ANNALYST_TOKEN (or pass token=...)")
        try:
            check_token(token)
        except ValueError as exc:
            raise ConfigError(f"the write token: {exc}") from None
    an = _workspace(store)
    ctx = ServeContext(annalyst=an, write=write, token=token if write else None)
    an.store.query_timeout = an.settings.query_timeout  # every read of a request is bounded (SECURITY.md)
    _tune_for_reading(an.store)  # opens (and migrates) now, so a bad store fails at start, not at the first request

    app = FastAPI(
        title="annalyst",
        version="1",
        description="Sourced political events (PLOVER) extracted from news articles: read-only unless started with --write.",
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.ctx = ctx
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.exception_handler(NotFound)
    async def _not_found(request: Request, exc: NotFound) -> Any:
        return error_response(request, 404, str(exc))

    @app.exception_handler(ConfigError)
    async def _bad_value(request: Request, exc: ConfigError) -> Any:
        return error_response(request, 400, str(exc))

    @app.exception_handler(InputError)
    async def _bad_input(request: Request, exc: InputError) -> Any:
        return error_response(request, 400, str(exc))

    @app.exception_handler(AnnalystError)
    async def _failed(request: Request, exc: AnnalystError) -> Any:
        # the reason (a store path, a file name) is for the server's log, never for the client
        log.error("%s %s failed: %s: %s", request.method, request.url.path, exc.__class__.__name__, exc)
        return error_response(request, 500, f"{exc.__class__.__name__}: the server could not answer this request")

    @app.exception_handler(Exception)
    async def _server_error(request: Request, exc: Exception) -> Any:
        # answered by the outermost middleware, so the security headers are added here
        response = error_response(request, 500, "internal error: the server could not answer this request")
        for k, v in SECURITY_HEADERS.items():
            response.headers[k] = v
        return response

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Any:
        response = error_response(request, exc.status_code, str(exc.detail))
        for k, v in (exc.headers or {}).items():
            response.headers[k] = v
        return response

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Any:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": _plain_errors(exc.errors())}, status_code=422)
        return error_response(request, 422, "; ".join(f"{'.'.join(map(str, e.get('loc', ())))}: {e.get('msg')}" for e in exc.errors()))

    app.include_router(api.router())
    app.include_router(exports.router())
    if write:
        app.include_router(upload.router())
        app.include_router(upload.upload_page_router())
    app.include_router(pages.router())
    app.include_router(apidocs.router())
    from . import alerts as alert_pages

    app.include_router(alert_pages.router())
    app.add_middleware(SecurityMiddleware, max_body=max_body, max_upload=max_upload)
    return app


#: SQLite page cache per connection (KiB, as a negative cache_size) and memory-mapped reads (bytes)
SQLITE_CACHE_KIB = 65_536
SQLITE_MMAP = 1 << 30


def _tune_for_reading(store: Store) -> None:
    """A server reads far more than it writes: on SQLite give each connection a larger page cache and
    memory-mapped reads (the OS page cache then serves random reads of a large store)."""
    if store.dialect != "sqlite":
        return
    import sqlalchemy as sa

    def _pragmas(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
        cur.execute(f"PRAGMA mmap_size={SQLITE_MMAP}")
        cur.close()

    sa.event.listen(store.engine, "connect", _pragmas)
    store.engine.dispose()  # connections opened before the listener get the pragmas when reopened


def _plain_errors(errors: Any) -> list[dict[str, Any]]:
    out = []
    for e in errors:
        out.append({"loc": [str(x) for x in e.get("loc", ())], "msg": str(e.get("msg")), "type": str(e.get("type"))})
    return out
