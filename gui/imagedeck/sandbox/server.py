"""Run the sandbox on loopback in a background thread: the demo's and the tests' server.

`start()` binds the socket itself (port 0 = a free port, known before uvicorn starts), runs
uvicorn's `Server.serve()` in a daemon thread with its own asyncio loop and returns the base
URL once connections are accepted. uvicorn installs signal handlers only on the main thread;
the subclass below makes that explicit, so Ctrl+C stays with whoever owns the main thread.
`stop()` asks uvicorn to exit, waits for the thread and leaves no thread behind.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import sys
import threading
import time
from collections.abc import Iterator, MutableMapping
from typing import Any

import uvicorn

from .app import create_app
from .demo import build_demo_state
from .faults import Faults
from .plenty.throttle import PlentyThrottle
from .state import SandboxState

START_TIMEOUT_S = 10.0


class _ThreadServer(uvicorn.Server):
    """A uvicorn server that never touches signal handlers (it runs off the main thread)."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        """With `force_exit`, drop what is still being answered before uvicorn's shutdown:
        its own force only skips the waiting, and a handler still sleeping or drawing would
        keep the loop (and stop()) busy until it finished."""
        if self.force_exit:
            logging.getLogger("uvicorn.error").addFilter(_not_a_cancelled_answer)
            for task in list(self.server_state.tasks):
                task.cancel()
            for connection in list(self.server_state.connections):
                transport = getattr(connection, "transport", None)
                if transport is not None:
                    transport.abort()
        await super().shutdown(sockets)


def _not_a_cancelled_answer(record: logging.LogRecord) -> bool:
    """Drop uvicorn's "Exception in ASGI application" for an answer a stop cancelled on
    purpose (it is no error, and a traceback in the seller's terminal reads like one)."""
    error = record.exc_info[1] if record.exc_info else None
    return not isinstance(error, asyncio.CancelledError)


class SandboxServer:
    """Both marketplace emulators on one loopback port. Also a context manager."""

    def __init__(
        self,
        state: SandboxState | None = None,
        faults: Faults | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        warm_pictures: bool = True,
        catalogue: int | None = None,
        vehicles: int | None = None,
    ) -> None:
        self._sizes = (catalogue, vehicles)  # a reset rebuilds the same catalogue
        self.state = state if state is not None else build_demo_state(*self._sizes)
        self.faults = faults if faults is not None else Faults()
        self.host = host
        self.port = port
        self.base_url = ""
        self.app = create_app(self.state, self.faults)
        self.app.state.drop_connection = self._drop_connection
        self._warm = warm_pictures
        self._server: _ThreadServer | None = None
        self._thread: threading.Thread | None = None
        self._warmer: threading.Thread | None = None
        self._stopping = threading.Event()

    def __enter__(self) -> SandboxServer:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def start(self) -> str:
        """Serve in the background; returns the base URL once connections are accepted."""
        if self._thread is not None:
            return self.base_url
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY on accepted connections only for
        # such sockets, and without it every answer waits ~40 ms for a delayed ACK.
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        try:
            if sys.platform != "win32":  # a restart on a fixed port despite TIME_WAIT
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((self.host, self.port))
        except OSError:
            sock.close()
            raise
        self.port = sock.getsockname()[1]
        shown = f"[{self.host}]" if family == socket.AF_INET6 else self.host
        self.base_url = f"http://{shown}:{self.port}"
        config = uvicorn.Config(
            self.app,
            log_level="warning",
            access_log=False,
            lifespan="off",
            http="h11",
            ws="none",
            proxy_headers=False,
            timeout_graceful_shutdown=1,
        )
        self._server = _ThreadServer(config)
        self._stopping.clear()
        self.state.closing.clear()
        self._thread = threading.Thread(
            target=self._serve,
            args=(self._server, sock),
            name=f"imagedeck-sandbox-{self.port}",
            daemon=True,
        )
        self._thread.start()
        deadline = time.monotonic() + START_TIMEOUT_S
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                sock.close()
                raise RuntimeError(f"the sandbox could not start on {self.base_url}")
            time.sleep(0.002)
        if self._warm:
            self._warmer = threading.Thread(
                target=self._warm_pictures, name="imagedeck-sandbox-warm", daemon=True
            )
            self._warmer.start()
        return self.base_url

    def stop(self, wait: bool = True) -> None:
        """Stop serving and wait for the server (and picture warm-up) threads to end.

        Without uvicorn's graceful wait: a request still being answered is one the client
        gave up on (the demo window closed while its thumbnails were loading), and waiting
        for it made quitting the demo take seconds and print a traceback. `wait=False` (the
        demo, when the process ends next) does not even wait for a picture half drawn in a
        worker thread: those threads are daemons and end with the process."""
        self._stopping.set()
        self.state.closing.set()
        if self._server is not None:
            self._server.should_exit = True
            self._server.force_exit = True
        if not wait:
            self._thread = self._warmer = self._server = None
            return
        for thread in (self._warmer, self._thread):
            if thread is not None:
                thread.join(timeout=5)
        if self._thread is not None and self._thread.is_alive() and self._server is not None:
            self._server.force_exit = True
            self._thread.join(timeout=5)
        self._thread = self._warmer = self._server = None

    @staticmethod
    def _serve(server: uvicorn.Server, sock: socket.socket) -> None:
        """The server thread: serve until told to exit, then wait for the worker threads.

        Handlers render pictures in AnyIO's worker threads; they are told to stop when the
        loop ends, and joining them here means stop() leaves no thread behind.
        """
        loops: list[asyncio.AbstractEventLoop] = []

        async def serve() -> None:
            loops.append(asyncio.get_running_loop())
            await server.serve(sockets=[sock])

        asyncio.run(serve())
        for thread in threading.enumerate():
            if loops and getattr(thread, "loop", None) is loops[0]:
                thread.join(timeout=5)

    def reset(self, state: SandboxState | None = None) -> None:
        """Start over without restarting: fresh demo data (or `state`'s), no tokens, no
        recorded requests, faults off, throttle windows empty. Cheaper than a new server."""
        self.state.load(state if state is not None else build_demo_state(*self._sizes))
        self.faults.clear()
        self.app.state.plenty.throttle = PlentyThrottle(self.state.clock)

    def _drop_connection(self, scope: MutableMapping[str, Any]) -> bool:
        """Abort the socket that carried `scope`'s request: the client gets no answer."""
        server = self._server
        if server is None:
            return False
        for connection in list(server.server_state.connections):
            client = scope.get("client")
            if getattr(connection, "scope", None) is scope or (
                client is not None and getattr(connection, "client", None) == client
            ):
                connection.transport.abort()
                return True
        return False

    def _warm_pictures(self) -> None:
        """Compute the MD5s the first image list needs, so it answers at once.

        Demo files are drawn on demand and an ItemImage carries the full file's MD5 and size;
        doing that here while the client is still logging in hides the one-off cost.
        """
        with self.state.lock:
            files = [image.file for image in self.state.images.values()]
        for file in files:
            if self._stopping.is_set():
                return
            file.md5()
