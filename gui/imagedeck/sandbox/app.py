"""The sandbox as one ASGI application: both marketplaces at their real paths, plus files.

`create_app(state, faults)` is all a server needs; SandboxServer runs it on loopback. Unknown
paths answer in the style of the API they fall under (plentymarkets JSON under /rest/, the
AutoScout24 envelope under /vehicles), everything else plain text.
"""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response

from .as24.envelope import As24Error, error_response
from .as24.guard import As24Context
from .as24.routes import as24_routes
from .fault_middleware import FaultMiddleware
from .faults import Faults
from .files import file_routes
from .plenty.guard import PlentyContext
from .plenty.routes import plenty_routes
from .plenty.throttle import PlentyThrottle
from .state import SandboxState

MAX_BODY_BYTES = 64 * 1024 * 1024


async def _no_route(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 404
    path = request.url.path
    if path.startswith("/rest/"):
        ctx: PlentyContext = request.app.state.plenty
        kind = "read" if request.method in ("GET", "HEAD") else "write"
        headers = ctx.throttle.headers(kind, "unmatched", ctx.faults)
        message = "Route not found." if status == 404 else "Method not allowed."
        body = {"error": {"code": status, "message": message}}
        return JSONResponse(body, status_code=status, headers=headers)
    if path.startswith("/vehicles"):
        return error_response(request, None, As24Error(status, 99901))
    return PlainTextResponse("Not Found" if status == 404 else "Method Not Allowed", status)


def create_app(state: SandboxState, faults: Faults) -> Starlette:
    """The ASGI app serving `state`, misbehaving as `faults` says (read on every request)."""
    app = Starlette(
        routes=[*plenty_routes(), *as24_routes(), *file_routes()],
        middleware=[Middleware(FaultMiddleware, state=state, faults=faults)],
        exception_handlers={404: _no_route, 405: _no_route},
        max_body_size=MAX_BODY_BYTES,
    )
    app.state.sandbox = state
    app.state.faults = faults
    app.state.plenty = PlentyContext(state, faults, PlentyThrottle(state.clock))
    app.state.as24 = As24Context(state, faults)
    app.state.drop_connection = None  # set by the server that can close sockets
    return app
