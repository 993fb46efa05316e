"""Helpers of the watch tests: demo files dropped into watched folders, a local feed, a loopback webhook receiver and
a loopback workbench."""

from __future__ import annotations

import json
import shutil
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from annalyst.api import demo_corpus_path

DEMO = demo_corpus_path()
#: two demo articles reporting the Bannu bombing (the TTP attacking Pakistan): one in English, one in Urdu
FIRST = DEMO / "text" / "indusobserver_ttp-claims-bannu-blast.txt"
SECOND = DEMO / "text" / "sarhadnews_bannu-blast-ur.txt"


def drop(src: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(src, folder / src.name))


def write_feed(folder: Path, files: list[Path]) -> Path:
    """A local RSS feed in ``folder`` listing ``files`` (copied beside it), newest last."""
    folder.mkdir(parents=True, exist_ok=True)
    items = []
    for f in files:
        drop(f, folder)
        items.append(f"<item><title>{f.stem}</title><link>{f.name}</link><guid>{f.name}</guid></item>")
    path = folder / "feed.xml"
    path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>invented test feed'
                    '</title><link>https://feed.example/</link><description>test</description>'
                    + "".join(items) + "</channel></rss>\n", encoding="utf-8")
    return path


class Receiver:
    """A loopback HTTP server that records the JSON bodies POSTed to it."""

    def __init__(self) -> None:
        self.bodies: list[dict] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                n = int(self.headers.get("content-length") or 0)
                outer.bodies.append(json.loads(self.rfile.read(n)))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args) -> None:  # noqa: ANN002
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class Workbench:
    """The workbench app served by uvicorn on a free loopback port, in a thread; ``url`` is its base URL."""

    def __init__(self, app) -> None:  # noqa: ANN001
        import socket
        import time

        import uvicorn

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                                    lifespan="off"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)

    def close(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
