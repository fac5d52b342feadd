"""What every plentymarkets route does around its own work: auth, limits, errors, headers.

Order as a client meets it: no valid bearer token -> 401; over the budget -> 429; otherwise
the handler runs, and whatever it answers (success or PlentyError) leaves with the throttle
headers. Calls that fail authentication are not counted but still carry the headers.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ..faults import Faults
from ..state import SandboxState
from .errors import PlentyError, too_many_requests, unauthenticated
from .throttle import PlentyThrottle


@dataclass
class PlentyContext:
    """What plentymarkets handlers work with."""

    state: SandboxState
    faults: Faults
    throttle: PlentyThrottle

    def base_url(self, request: Request) -> str:
        """The URL the client reached us at; file URLs in answers are built on it."""
        return str(request.base_url).rstrip("/")


Handler = Callable[[Request, PlentyContext], Awaitable[Any]]


def bearer_token(request: Request) -> str | None:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    return token.strip() or None if scheme.lower() == "bearer" else None


async def json_body(request: Request) -> Any:
    """The parsed JSON body; an unreadable body counts as empty (Laravel sees no input)."""
    raw = await request.body()
    try:
        return json.loads(raw) if raw.strip() else {}
    except (ValueError, UnicodeDecodeError):
        return {}


def plenty_endpoint(handler: Handler, *, public: bool = False) -> Callable:
    """Wrap `handler` into a Starlette endpoint; `public` routes (login) need no token."""

    async def endpoint(request: Request) -> Response:
        ctx: PlentyContext = request.app.state.plenty
        kind = "read" if request.method in ("GET", "HEAD") else "write"
        route = f"{request.method} {request.scope['route'].path}"
        try:
            if not public:
                token = bearer_token(request)
                if token is None or not ctx.state.tokens.use("plenty", token, ctx.faults):
                    raise unauthenticated()
                refusal = ctx.throttle.charge(kind, route, ctx.faults)
                if refusal:
                    raise too_many_requests(refusal)
            result = await handler(request, ctx)
            response = result if isinstance(result, Response) else JSONResponse(result)
        except PlentyError as error:
            response = JSONResponse(error.body, status_code=error.status)
        response.headers.update(ctx.throttle.headers(kind, route, ctx.faults))
        if response.status_code == 429 and ctx.faults.retry_after_s is not None:
            response.headers["Retry-After"] = f"{ctx.faults.retry_after_s:g}"
        return response

    endpoint.__name__ = handler.__name__
    endpoint.__doc__ = handler.__doc__
    return endpoint
