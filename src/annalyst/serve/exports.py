"""Export endpoints: events and clusters as JSON Lines (the architecture.md record, nested), CSV or Parquet (flat:
one value per cell, lists joined with "; "); the actor network as GraphML; a dyad series as CSV. Streams are read
from the store in bounded batches.

The pages' own downloads (``/search.csv``, ``/search.jsonl``, a dyad's timeline) are the rows on screen: see
``download`` below, which ``pages`` calls."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path as FsPath
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import FileResponse, StreamingResponse
from starlette.background import BackgroundTask

from ..export import CLUSTER_COLUMNS, EVENT_COLUMNS, flat_cluster, flat_event, write_records
from .formats import DYAD_COLUMNS, dyad_rows, graphml
from .params import filters
from .queries import Filters, iter_clusters, iter_events
from .render import MEDIA, stream_records
from .views import dyad_series, network

__all__ = ["router", "download_shape"]

_Format = Annotated[str, Query(pattern="^(jsonl|csv|parquet)$", description="jsonl (the record), csv or parquet")]
_Id = Annotated[str, Path(min_length=1, max_length=200)]


def _store(request: Request) -> Any:
    return request.app.state.ctx.store


def download_shape(kind: str) -> tuple[list[str], Any]:
    """The flat CSV/Parquet columns and row maker of ``kind`` records (``cluster`` or ``event``)."""
    return (CLUSTER_COLUMNS, flat_cluster) if kind == "cluster" else (EVENT_COLUMNS, flat_event)


def _records_response(records: Any, fmt: str, name: str, kind: str) -> Any:
    headers = {"content-disposition": f'attachment; filename="{name}.{fmt}"'}
    columns, flat = download_shape(kind)
    if fmt == "parquet":
        fd, tmp = tempfile.mkstemp(prefix="annalyst-", suffix=".parquet")
        os.close(fd)
        path = FsPath(tmp)
        try:
            write_records(records, "parquet", path, columns=columns, flat=flat)
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        return FileResponse(path, media_type="application/vnd.apache.parquet", filename=f"{name}.parquet",
                            background=BackgroundTask(path.unlink, missing_ok=True))
    if fmt == "jsonl":
        return StreamingResponse(stream_records(records, fmt), media_type=MEDIA[fmt], headers=headers)
    return StreamingResponse(stream_records(records, fmt, columns, flat), media_type=MEDIA[fmt], headers=headers)


def router() -> APIRouter:
    r = APIRouter(tags=["export"])

    @r.get("/api/v1/export/events", summary="Every event matching the filters, as JSONL, CSV or Parquet")
    def export_events(request: Request, f: Filters = Depends(filters), format: _Format = "jsonl") -> Any:  # noqa: A002
        return _records_response(iter_events(_store(request), f), format, "events", "event")

    @r.get("/api/v1/export/clusters", summary="Every cluster matching the filters, as JSONL, CSV or Parquet")
    def export_clusters(request: Request, f: Filters = Depends(filters), format: _Format = "jsonl") -> Any:  # noqa: A002
        return _records_response(iter_clusters(_store(request), f), format, "clusters", "cluster")

    @r.get("/api/v1/export/network.graphml", summary="The actor network as GraphML")
    def export_network(request: Request, f: Filters = Depends(filters),
                       max_nodes: Annotated[int, Query(ge=2, le=2000)] = 300,
                       max_edges: Annotated[int, Query(ge=1, le=20000)] = 5000) -> Any:
        net = network(_store(request), f, max_nodes=max_nodes, max_edges=max_edges)
        return StreamingResponse(graphml(net), media_type="application/graphml+xml",
                                 headers={"content-disposition": 'attachment; filename="network.graphml"'})

    @r.get("/network.graphml", include_in_schema=False)
    def network_graphml(request: Request, f: Filters = Depends(filters),
                        max_nodes: Annotated[int, Query(ge=2, le=2000)] = 60) -> Any:
        net = network(_store(request), f, max_nodes=max_nodes)
        return StreamingResponse(graphml(net), media_type="application/graphml+xml",
                                 headers={"content-disposition": 'attachment; filename="network.graphml"'})

    @r.get("/api/v1/export/dyads/{a}/{b}", summary="A dyad's series as CSV or JSONL, one row per point")
    def export_dyad(request: Request, a: _Id, b: _Id, f: Filters = Depends(filters),
                    format: Annotated[str, Query(pattern="^(csv|jsonl)$")] = "csv") -> Any:  # noqa: A002
        series = dyad_series(_store(request), a, b, f, limit=1_000_000)
        return StreamingResponse(stream_records(dyad_rows(series), format, DYAD_COLUMNS), media_type=MEDIA[format],
                                 headers={"content-disposition": f'attachment; filename="dyad.{format}"'})

    return r
