"""What every AutoScout24 resource route checks before its own work.

Order: `X-AS24-Version` (missing 99913, "1.0" 99906, anything but "1.1" 99908, all 400), then
the bearer token (missing 99902, two Authorization headers 99903, unknown or dead 99904, all
401 with `WWW-Authenticate: Bearer error="invalid_token"`). An `Accept-Language` that is
present but empty or unsupported adds warning 20500 to a successful answer. No rate limits
are documented for AutoScout24, so there are none.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ..faults import Faults
from ..state import SandboxState
from .envelope import As24Error, Reply, envelope, error_response, message

LANGUAGES = frozenset(
    {"en-GB", "de-DE", "de-AT", "it-IT", "fr-FR", "fr-BE", "nl-NL", "nl-BE", "es-ES", "pl-PL"}
)


@dataclass
class As24Context:
    state: SandboxState
    faults: Faults

    def base_url(self, request: Request) -> str:
        return str(request.base_url).rstrip("/")


Handler = Callable[[Request, As24Context, str | None], Awaitable[Reply]]


def _check_version(request: Request) -> None:
    versions = request.headers.getlist("x-as24-version")
    if not versions:
        raise As24Error(400, 99913)
    version = versions[0].strip()
    if version == "1.0":
        raise As24Error(400, 99906, version)
    if version != "1.1":
        raise As24Error(400, 99908)


def _check_token(request: Request, ctx: As24Context) -> None:
    challenge = {"WWW-Authenticate": 'Bearer error="invalid_token"'}
    headers = request.headers.getlist("authorization")
    if len(headers) > 1:
        raise As24Error(401, 99903, headers=challenge)
    scheme, _, token = (headers[0] if headers else "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise As24Error(401, 99902, headers=challenge)
    if not ctx.state.tokens.use("as24", token.strip(), ctx.faults):
        raise As24Error(401, 99904, headers=challenge)


def as24_endpoint(handler: Handler) -> Callable:
    """Wrap `handler` into a Starlette endpoint that answers in the envelope."""

    async def endpoint(request: Request) -> Response:
        ctx: As24Context = request.app.state.as24
        raw = await request.body()
        multipart = "multipart/" in request.headers.get("content-type", "")
        body = raw.decode("utf-8", "replace") if raw and not multipart else None
        try:
            _check_version(request)
            _check_token(request, ctx)
            reply = await handler(request, ctx, body)
        except As24Error as error:
            return error_response(request, body, error)
        language = request.headers.get("accept-language")
        if language is not None and language.strip() not in LANGUAGES:
            reply.messages.append(message(20500))
        content = envelope(request, body, reply, error=False)
        return JSONResponse(content, status_code=reply.status)

    endpoint.__name__ = handler.__name__
    endpoint.__doc__ = handler.__doc__
    return endpoint
