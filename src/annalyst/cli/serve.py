"""``annalyst serve`` (the web workbench and REST API) and the exports that need the serve queries:
``annalyst export network`` (GraphML) and ``annalyst export dyad A B`` (CSV)."""

from __future__ import annotations

import ipaddress
import sys
from typing import Annotated, Any, Optional

import typer

from ..errors import ConfigError
from .common import lit, DbOption, OutputOption, err, handles_errors, workspace

__all__ = ["register"]


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def register(app: typer.Typer) -> None:
    from .articles import export_app

    @app.command()
    @handles_errors
    def serve(
        db: DbOption = None,
        host: Annotated[str, typer.Option(help="Address to listen on (loopback by default).")] = "127.0.0.1",
        port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8000,
        write: Annotated[bool, typer.Option("--write", help="Enable the upload/ingest/extract/actor endpoints; needs ANNALYST_TOKEN.")] = False,
    ) -> None:
        """Serve the web workbench (pages with JSON twins, CSV/JSONL downloads) and the REST API under /api/v1."""
        try:
            import uvicorn
        except ModuleNotFoundError:
            raise ConfigError("annalyst serve needs uvicorn and fastapi (base dependencies): reinstall annalyst "
                              "with `pip install .` or `pip install 'annalyst[web]'`") from None
        from ..serve import create_app

        an = workspace(db, create=write, write=write)  # a write server may start on a new store and fill it by uploads
        token = an.settings.token if write else None
        application = create_app(an, write=write, token=token)
        if not _is_loopback(host):
            err.print(f"[yellow]warning:[/] listening on {lit(host)}: anyone who can reach it can read the store", highlight=False)
        sock = _bind(host, port)  # before "serving on": a busy port fails here, with exit 2
        err.print(f"store: {lit(an.store_url)}")
        err.print(f"serving on http://{lit(host)}:{port}/" + (" (write endpoints on)" if write else " (read-only)"))
        server = uvicorn.Server(uvicorn.Config(application, log_level="warning"))
        server.run(sockets=[sock])

    @export_app.command("network")
    @handles_errors
    def export_network(
        db: DbOption = None,
        fmt: Annotated[str, typer.Option("--format", "-f", help="graphml")] = "graphml",
        output: OutputOption = None,
        event_type: Annotated[Optional[str], typer.Option(help="Only this PLOVER event type.")] = None,
        since: Annotated[Optional[str], typer.Option(help="Events from this day (YYYY-MM-DD).")] = None,
        until: Annotated[Optional[str], typer.Option(help="Events up to this day (YYYY-MM-DD).")] = None,
        max_nodes: Annotated[int, typer.Option(help="Most connected actors kept.", min=2)] = 500,
        max_edges: Annotated[int, typer.Option(help="Heaviest edges kept.", min=1)] = 20000,
        window: Annotated[int, typer.Option(help="Most recent events (or clusters) read.", min=1)] = 1_000_000,
    ) -> None:
        """Export the actor network (actors as nodes, edges weighted by events) as GraphML."""
        from ..serve.formats import write_graphml
        from ..serve.queries import Filters
        from ..serve.views import network

        if fmt != "graphml":
            raise ConfigError(f"unknown network format {fmt!r}: graphml")
        f = Filters(event_type=event_type, since=since, until=until)
        with workspace(db) as an:
            net = network(an.store, f, max_nodes=max_nodes, max_edges=max_edges, window=window)
        if output:
            with output.open("w", encoding="utf-8") as fh:
                n = write_graphml(net, fh)
        else:
            n = write_graphml(net, sys.stdout)
        err.print(f"exported {len(net['nodes'])} actors and {n} edges" + (f" to {output}" if output else ""))

    @export_app.command("dyad")
    @handles_errors
    def export_dyad(
        a: Annotated[str, typer.Argument(help="First actor: id (RUS) or name.")],
        b: Annotated[str, typer.Argument(help="Second actor: id (AFG-TALIBAN) or name.")],
        db: DbOption = None,
        fmt: Annotated[str, typer.Option("--format", "-f", help="csv")] = "csv",
        output: OutputOption = None,
        event_type: Annotated[Optional[str], typer.Option(help="Only this PLOVER event type.")] = None,
        since: Annotated[Optional[str], typer.Option(help="From this day (YYYY-MM-DD).")] = None,
        until: Annotated[Optional[str], typer.Option(help="Up to this day (YYYY-MM-DD).")] = None,
    ) -> None:
        """Export the PLOVER-score series of the relation between two actors as CSV, one row per event."""
        from ..serve.formats import write_dyad_csv
        from ..serve.queries import Filters
        from ..serve.views import dyad_series

        if fmt != "csv":
            raise ConfigError(f"unknown dyad format {fmt!r}: csv")
        f = Filters(event_type=event_type, since=since, until=until)
        with workspace(db) as an:
            series = dyad_series(an.store, a, b, f, limit=10_000_000)
        if output:
            with output.open("w", encoding="utf-8", newline="") as fh:
                n = write_dyad_csv(series, fh)
        else:
            n = write_dyad_csv(series, sys.stdout)
        err.print(f"exported {n} points" + (f" to {output}" if output else ""))


def _bind(host: str, port: int) -> Any:
    """A listening socket on ``host:port``, or a ``ConfigError`` saying why not (port in use, unknown address)."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except OSError as exc:
        raise ConfigError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        raise ConfigError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    sock.set_inheritable(True)
    return sock
