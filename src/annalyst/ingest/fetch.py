"""Fetching URLs safely: http(s) only, no loopback/private/link-local addresses (checked after DNS resolution and
again on every redirect) unless ``allow_private``, a time limit, a size cap and a content-type check.

``fetch_timeout`` is a deadline for the whole fetch (connecting, every header line, every redirect hop, the body):
every socket read and write is given only the time left, so a server trickling header lines one at a time, or a chain
of slow redirects, cannot hold a fetch longer than the deadline. Every failure while fetching one URL (a malformed
URL or redirect target, a body that does not decompress, a refused address) is raised as ``FetchError`` or
``RefusedURL`` naming the URL, never as an ``httpx`` exception.

The network edge is injectable: ``transport`` (an ``httpx`` transport; tests pass ``httpx.MockTransport``) and
``resolver`` (host, port -> IP addresses). Nothing else in annalyst opens a connection.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from dataclasses import dataclass
from typing import Callable
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from ..errors import FetchError, RefusedURL
from ..settings import Settings
from .metadata import utc_now

__all__ = ["Fetcher", "Fetched", "check_address", "ACCEPTED_TYPES"]

ACCEPTED_TYPES = (
    "text/html", "application/xhtml+xml", "text/plain", "application/rss+xml", "application/atom+xml",
    "application/xml", "text/xml", "application/rdf+xml", "application/json", "application/x-ndjson",
    "application/jsonl", "application/feed+json",
)
MAX_REDIRECTS = 5
_SHARED = ipaddress.ip_network("100.64.0.0/10")  # carrier-grade NAT: not "private" to ipaddress, private to us
_IETF = ipaddress.ip_network("192.0.0.0/24")  # IETF protocol assignments (DS-Lite, NAT64 discovery, dummy address)

Resolver = Callable[[str, int], list[str]]


@dataclass
class Fetched:
    url: str
    content: bytes
    content_type: str
    charset: str | None
    fetched_at: str
    #: the validators the server sent (``ETag``, ``Last-Modified``), for a later conditional GET
    etag: str | None = None
    last_modified: str | None = None


def _system_resolver(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise OSError(f"cannot resolve host {host!r} ({exc.strerror or exc})") from None
    return sorted({str(info[4][0]) for info in infos})


class _Refused(Exception):
    """Raised inside the connection layer; ``Fetcher.fetch`` turns it into ``RefusedURL`` naming the URL."""


class _Deadline(threading.local):
    """The monotonic time the current thread's fetch must end by (None outside a fetch)."""

    at: float | None = None

    def left(self, timeout: float | None) -> float | None:
        """``timeout`` cut to the time left before the deadline; raises ``httpcore.ReadTimeout`` once it has passed."""
        if self.at is None:
            return timeout
        left = self.at - time.monotonic()
        if left <= 0:
            raise httpcore.ReadTimeout("the fetch deadline (fetch_timeout) has passed")
        return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A connection whose every read and write gets only the time left before the fetch's deadline."""

    def __init__(self, inner: httpcore.NetworkStream, deadline: _Deadline) -> None:
        self._inner = inner
        self._deadline = deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, timeout=self._deadline.left(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, timeout=self._deadline.left(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context, server_hostname: str | None = None,  # noqa: ANN001
                  timeout: float | None = None) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(ssl_context, server_hostname=server_hostname,
                                      timeout=self._deadline.left(timeout))
        return _DeadlineStream(inner, self._deadline)

    def get_extra_info(self, info: str):  # noqa: ANN201
        return self._inner.get_extra_info(info)


class _PinnedBackend(httpcore.SyncBackend):
    """Resolves the host itself and connects only to addresses that pass ``check_address``: the address checked is
    the address connected to, so a DNS server answering a public address to the check and a private one to the
    connection (DNS rebinding) gets nowhere. With ``check=False`` (``allow_private``) every address is allowed.
    Every connection keeps to the fetch's deadline."""

    def __init__(self, resolver: Resolver, deadline: _Deadline, check: bool = True) -> None:
        self._resolver = resolver
        self._deadline = deadline
        self._check = check

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options=None) -> httpcore.NetworkStream:  # noqa: ANN001
        timeout = self._deadline.left(timeout)
        if not self._check:
            stream = super().connect_tcp(host, port, timeout=timeout, local_address=local_address,
                                         socket_options=socket_options)
            return _DeadlineStream(stream, self._deadline)
        try:
            addresses = [str(ipaddress.ip_address(host))]
        except ValueError:
            try:
                addresses = self._resolver(host, port)
            except OSError as exc:
                raise httpcore.ConnectError(str(exc)) from None
        if not addresses:
            raise httpcore.ConnectError(f"cannot resolve host {host!r}")
        for ip in addresses:
            why = check_address(ip)
            if why:
                raise _Refused(f"{host} resolves to {ip}, {why} (pass --allow-private to fetch it)")
        error: Exception | None = None
        for ip in addresses:
            try:
                stream = super().connect_tcp(ip, port, timeout=timeout, local_address=local_address,
                                             socket_options=socket_options)
                return _DeadlineStream(stream, self._deadline)
            except httpcore.ConnectError as exc:
                error = exc
        raise error or httpcore.ConnectError(f"cannot connect to {host}")


def _pinned_transport(resolver: Resolver, deadline: _Deadline, check: bool = True) -> httpx.HTTPTransport:
    transport = httpx.HTTPTransport()
    transport._pool._network_backend = _PinnedBackend(resolver, deadline, check)  # no public hook for the backend
    return transport


def check_address(ip: str) -> str | None:
    """Why ``ip`` may not be fetched (loopback, private, link-local ...), or None when it is a public address."""
    addr = ipaddress.ip_address(ip.split("%", 1)[0])
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped:
        addr = addr.ipv4_mapped
    if isinstance(addr, ipaddress.IPv6Address) and addr.sixtofour:
        inner = check_address(str(addr.sixtofour))  # 6to4 carries packets to the IPv4 address inside it
        if inner:
            return f"a 6to4 address wrapping {addr.sixtofour}, {inner}"
    if isinstance(addr, ipaddress.IPv6Address) and addr.is_site_local:
        return "a site-local address"
    if addr.is_loopback:
        return "a loopback address"
    if addr.is_link_local:
        return "a link-local address"
    if addr.is_unspecified:
        return "an unspecified address"
    if addr.is_multicast:
        return "a multicast address"
    if isinstance(addr, ipaddress.IPv4Address) and addr in _SHARED:
        return "a shared (carrier-grade NAT) address"
    if addr.is_private:
        return "a private address"
    if addr.is_reserved:
        return "a reserved address"
    wrapped_public = isinstance(addr, ipaddress.IPv6Address) and addr.sixtofour is not None  # checked above
    if (isinstance(addr, ipaddress.IPv4Address) and addr in _IETF) or not (addr.is_global or wrapped_public):
        return "a special-purpose address (not globally reachable)"
    return None


def _bad_host(host: str) -> str | None:
    """Why ``host`` is not a usable host name (an empty label, a label over 63 characters, not encodable as IDNA),
    or None. Address literals pass."""
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
        return None
    except ValueError:
        pass
    labels = host[:-1].split(".") if host.endswith(".") else host.split(".")
    for label in labels:
        if not label:
            return "an empty label"
        if len(label) > 63:
            return f"a label of {len(label)} characters (at most 63)"
    if len(host) > 253:
        return f"{len(host)} characters (at most 253)"
    if not host.isascii():
        try:
            host.encode("idna")
        except UnicodeError as exc:
            return f"not a valid international name: {exc}"
    return None


def _check_parses(url: str) -> None:
    """Raise ``RefusedURL`` when the HTTP client cannot represent ``url`` (so it never raises its own error)."""
    try:
        httpx.URL(url)
    except (httpx.InvalidURL, ValueError, UnicodeError) as exc:
        raise RefusedURL(url, f"malformed URL ({exc})") from None


class Fetcher:
    def __init__(
        self,
        settings: Settings | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
        resolver: Resolver | None = None,
    ) -> None:
        self.settings = settings or Settings()
        self._resolver = resolver or _system_resolver
        self._transport = transport
        self._deadline = _Deadline()
        self._http: httpx.Client | None = None

    @property
    def _client(self) -> httpx.Client:
        """The HTTP client, made on the first fetch (making one loads TLS certificates: ~20 ms)."""
        if self._http is None:
            transport = self._transport
            if transport is None:
                transport = _pinned_transport(self._resolver, self._deadline, check=not self.settings.allow_private)
            self._http = httpx.Client(
                transport=transport,
                timeout=httpx.Timeout(self.settings.fetch_timeout),
                follow_redirects=False,
                headers={"User-Agent": self.settings.user_agent,
                         "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5"},
            )
        return self._http

    def close(self) -> None:
        if self._http is not None:
            self._http.close()
            self._http = None

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def check_url(self, url: str) -> None:
        """Raise ``RefusedURL`` unless ``url`` may be fetched (scheme, then every address its host resolves to)."""
        bad = next((ch for ch in url if ord(ch) < 0x20 or ord(ch) == 0x7F), None)
        if bad is not None:
            raise RefusedURL(url, f"malformed URL (control character {bad!r})")
        try:
            parts = urlsplit(url)
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError as exc:
            raise RefusedURL(url, f"malformed URL ({exc})") from None
        if parts.scheme not in ("http", "https"):
            raise RefusedURL(url, f"only http and https URLs are fetched, not {parts.scheme or 'a bare path'}://")
        host = parts.hostname
        if not host:
            raise RefusedURL(url, "the URL has no host")
        why = _bad_host(host)
        if why:
            raise RefusedURL(url, f"malformed host name {host!r} ({why})")
        if parts.username or parts.password:
            raise RefusedURL(url, "URLs with credentials are not fetched")
        if self.settings.allow_private:
            _check_parses(url)
            return
        try:
            addresses = [str(ipaddress.ip_address(host))]  # an address literal needs no lookup
        except ValueError:
            addresses = None
        try:
            addresses = addresses or self._resolver(host, port)
        except OSError as exc:
            raise FetchError(url, str(exc)) from None
        if not addresses:
            raise FetchError(url, f"cannot resolve host {host!r}")
        for ip in addresses:
            why = check_address(ip)
            if why:
                raise RefusedURL(url, f"{host} resolves to {ip}, {why} (pass --allow-private to fetch it)")
        _check_parses(url)

    def fetch(self, url: str) -> Fetched:
        """The page at ``url``, following up to ``MAX_REDIRECTS`` redirects (each target checked like ``url``), all
        within ``fetch_timeout`` seconds. Raises ``RefusedURL`` or ``FetchError`` naming ``url``, nothing else."""
        fetched = self._fetch_within_deadline(url, {})
        if fetched is None:  # 304 without a condition asked: nothing to read
            raise FetchError(url, "HTTP 304 Not Modified to an unconditional request")
        return fetched

    def fetch_if_changed(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Fetched | None:
        """A conditional GET (``If-None-Match: etag``, ``If-Modified-Since: last_modified``) of ``url``, checked
        and bounded like ``fetch``: None when the server answers 304 Not Modified, else the page with its new
        validators (``Fetched.etag``, ``Fetched.last_modified``)."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self._fetch_within_deadline(url, headers)

    def _fetch_within_deadline(self, url: str, headers: dict[str, str]) -> Fetched | None:
        deadline = time.monotonic() + self.settings.fetch_timeout
        self._deadline.at = deadline
        try:
            return self._fetch(url, deadline, headers)
        finally:
            self._deadline.at = None

    def _fetch(self, url: str, deadline: float, headers: dict[str, str]) -> Fetched | None:
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            try:
                self.check_url(current)
            except RefusedURL as exc:
                if current == url:
                    raise
                raise RefusedURL(url, f"redirected to {current!r}: {exc.reason}") from None
            if time.monotonic() > deadline:
                raise FetchError(url, f"timed out after {self.settings.fetch_timeout:g} s")
            location = None
            try:
                with self._client.stream("GET", current, headers=headers) as response:
                    if response.status_code == 304:  # Not Modified (``fetch`` refuses it: it asked no condition)
                        return None
                    if response.is_redirect:
                        location = response.headers.get("location")
                        if not location:
                            raise FetchError(url, f"HTTP {response.status_code} redirect without a Location")
                    else:
                        return self._read(url, current, response, deadline)
            except _Refused as exc:
                raise RefusedURL(url, str(exc)) from None
            except httpx.TimeoutException:
                raise FetchError(url, f"timed out after {self.settings.fetch_timeout:g} s") from None
            except httpx.InvalidURL as exc:
                # httpx parses a redirect's Location while reading the response: data:, javascript:, mailto: and
                # "http:host" targets fail there, before the redirect can be checked
                raise RefusedURL(url, f"redirected to a URL that is not fetched ({exc})") from None
            except httpx.DecodingError as exc:
                raise FetchError(url, f"the body does not decode as its Content-Encoding says ({exc})") from None
            except httpx.TransportError as exc:
                raise FetchError(url, f"cannot connect ({exc.__class__.__name__}: {exc})") from None
            except (httpx.HTTPError, httpx.StreamError) as exc:
                raise FetchError(url, f"cannot fetch ({exc.__class__.__name__}: {exc})") from None
            except (ValueError, UnicodeError) as exc:  # a Location httpx cannot even represent
                raise RefusedURL(url, f"malformed URL or redirect target ({exc.__class__.__name__}: {exc})") from None
            try:
                current = urljoin(current, location)
            except ValueError as exc:
                raise RefusedURL(url, f"malformed redirect target {location!r} ({exc})") from None
        raise FetchError(url, f"more than {MAX_REDIRECTS} redirects")

    def _read(self, url: str, final: str, response: httpx.Response, deadline: float) -> Fetched:
        if response.status_code >= 400:
            raise FetchError(url, f"HTTP {response.status_code} {response.reason_phrase}".strip())
        ctype = response.headers.get("content-type", "")
        media = ctype.split(";")[0].strip().lower()
        if media and media not in ACCEPTED_TYPES:
            raise FetchError(url, f"content type {media} is not a page, text or feed")
        limit = self.settings.max_bytes
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > limit:
            raise FetchError(url, f"page is {int(declared) / 1e6:.1f} MB, over the {limit / 1e6:.0f} MB limit (max_bytes)")
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise FetchError(url, f"page is over the {limit / 1e6:.0f} MB limit (max_bytes)")
            if time.monotonic() > deadline:
                raise FetchError(url, f"timed out after {self.settings.fetch_timeout:g} s")
            chunks.append(chunk)
        return Fetched(
            url=final, content=b"".join(chunks), content_type=media, charset=response.charset_encoding,
            fetched_at=utc_now(), etag=response.headers.get("etag"), last_modified=response.headers.get("last-modified"),
        )
