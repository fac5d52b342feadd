"""A misbehaving shop on 127.0.0.1: the hostile server of the trust-at-the-edges tests.

Real HTTP on loopback (a threaded `http.server`), so ImageDeck's own client, retries, waits
and error paths run unchanged. By default it answers like a small, well-behaved plentymarkets
system (login, one item with three images, position PUTs); a test then scripts what one route
does instead: a status, headers and a body, a list of such answers in turn, an answer that
never comes (`HANG`), or a function of the request. Every request is recorded, so a test can
count what ImageDeck sent and check that no secret went where it should not.

Used from test modules as a fixture (`hostile` in tests/test_hostile_*.py).
"""

from __future__ import annotations

import json
import os
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

TOKEN = "tok-SECRET-access-123456"
REFRESH = "tok-SECRET-refresh-654321"


@dataclass
class Reply:
    """One scripted answer."""

    status: int = 200
    body: bytes | str | Any = b""
    headers: dict[str, str] = field(default_factory=dict)

    def encoded(self) -> tuple[bytes, dict[str, str]]:
        headers = dict(self.headers)
        if isinstance(self.body, bytes):
            return self.body, headers
        if isinstance(self.body, str):
            headers.setdefault("Content-Type", "text/plain; charset=utf-8")
            return self.body.encode(), headers
        headers.setdefault("Content-Type", "application/json")
        return json.dumps(self.body).encode(), headers


HANG = object()  # never answer (until the server stops)


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


Script = Reply | object | list | Callable[[Seen], Any]


def image(image_id: Any, position: Any) -> dict[str, Any]:
    """A plentymarkets ItemImage record as the real API sends it (the parts ImageDeck reads)."""
    return {
        "id": image_id,
        "itemId": 101,
        "position": position,
        "fileType": "jpg",
        "url": f"http://127.0.0.1/pictures/{image_id}.jpg",
        "urlPreview": f"http://127.0.0.1/pictures/{image_id}-preview.jpg",
        "urlMiddle": "",
        "width": 800,
        "height": 600,
        "size": 1000,
        "md5Checksum": "0" * 32,
        "updatedAt": "2026-01-01T00:00:00+00:00",
        "names": [],
        "availabilities": [],
    }


class _QuietServer(ThreadingHTTPServer):
    """A client that hangs up mid-answer (a timeout, a cancel) is no news for these tests."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass


class HostileServer:
    """Threaded HTTP server with per-route scripts; `requests` lists what arrived."""

    def __init__(self) -> None:
        self.requests: list[Seen] = []
        self.routes: list[tuple[str, re.Pattern[str], Script]] = []
        self.images = [image(11, 0), image(12, 1), image(13, 2)]
        self.vehicle_order = ["a1", "a2"]
        self._stop = threading.Event()
        self._lock = threading.Lock()
        handler = self._handler_class()
        self.httpd = _QuietServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    # -- scripting -----------------------------------------------------------------------
    def on(self, method: str, path: str, script: Script) -> None:
        """Answer `method path` (a regex matched in full) with `script` from now on; later
        scripts win. A list is answered one element per request, its last one repeated."""
        self.routes.insert(0, (method, re.compile(path), script))

    def count(self, method: str | None = None, path: str | None = None) -> int:
        return sum(
            1
            for r in self.requests
            if (method is None or r.method == method)
            and (path is None or re.fullmatch(path, r.path.split("?")[0]))
        )

    # -- lifecycle -----------------------------------------------------------------------
    def __enter__(self) -> HostileServer:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self._thread.join(timeout=5)

    # -- answering -----------------------------------------------------------------------
    def _default(self, seen: Seen) -> Any:
        path = seen.path.split("?")[0]
        if seen.method == "POST" and path in ("/rest/login", "/rest/login/refresh"):
            return Reply(200, {"accessToken": TOKEN, "refreshToken": REFRESH, "expiresIn": 3600})
        if seen.method == "GET" and path == "/rest/items/101/images":
            return Reply(200, self.images)
        if seen.method == "GET" and path == "/rest/items/101/variation_images":
            return Reply(200, [])
        if seen.method == "POST" and path == "/auth/oauth/v2/token":
            return Reply(200, {"access_token": TOKEN, "refresh_token": REFRESH, "expires_in": 3600})
        if path == "/vehicles/7/imageorder":
            if seen.method == "PUT":
                self.vehicle_order = [str(i) for i in json.loads(seen.body or b"[]")]
            return Reply(200, {"_data": {"imageOrder": self.vehicle_order}, "_response": {}})
        if seen.method == "GET" and path == "/vehicles/7/images":
            images = [{"id": i, "href": f"http://127.0.0.1/v/{i}.jpg"} for i in ["a1", "a2"]]
            return Reply(200, {"_data": {"images": images}, "_response": {}})
        match = re.fullmatch(r"/rest/items/101/images/(\d+)", path)
        if seen.method == "PUT" and match:
            body = json.loads(seen.body or b"{}")
            for record in self.images:
                if str(record["id"]) == match.group(1):
                    record["position"] = body.get("position", record["position"])
                    return Reply(200, record)
        return Reply(404, {"error": {"message": "No query results", "code": 404}})

    def _answer(self, seen: Seen) -> Any:
        with self._lock:
            self.requests.append(seen)
            for method, pattern, script in self.routes:
                if method == seen.method and pattern.fullmatch(seen.path.split("?")[0]):
                    if isinstance(script, list):
                        return script.pop(0) if len(script) > 1 else script[0]
                    return script
        return self._default

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_args: object) -> None:
                pass

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                seen = Seen(self.command, self.path, dict(self.headers.items()), body)
                script = server._answer(seen)
                if callable(script) and not isinstance(script, Reply):
                    script = script(seen)
                if script is HANG:
                    server._stop.wait(30)
                    self.close_connection = True
                    return
                assert isinstance(script, Reply), script
                content, headers = script.encoded()
                try:
                    self.send_response(script.status)
                    for name, value in headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(content)))
                    self.end_headers()
                    self.wfile.write(content)
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True

            do_GET = do_POST = do_PUT = do_DELETE = _serve  # noqa: N815

        return Handler


def plenty(server: HostileServer, *rest: str) -> list[str]:
    """The `plentymarkets --base-url … --username …` part of a command, then `rest`."""
    return ["plentymarkets", "--base-url", server.base_url, "--username", "seller", *rest]


def as24(server: HostileServer, *rest: str) -> list[str]:
    """The `autoscout24 --base-url …` part of a command, then `rest`."""
    return ["autoscout24", "--base-url", server.base_url, *rest]


def readable_by_others(folder: Path) -> list[str]:
    """Files and folders under `folder` (itself included) that another user could read."""
    if os.name != "posix":
        return []
    found = []
    for path in [folder, *folder.rglob("*")]:
        mode = path.stat().st_mode & 0o777
        if mode & 0o077:
            found.append(f"{path} {mode:o}")
    return found
