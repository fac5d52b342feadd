"""POST /rest/login, /rest/login/refresh and /rest/logout.

Demo user `demo`, password `demo`. Login and refresh take JSON or a form (public clients use
both; the refresh key is `refreshToken` in JSON and `refresh_token` in a form, and either is
accepted in either). Refresh rotates: the old refresh token stops working. `expiresIn` is
86400 seconds, or Faults.token_ttl_s (rounded up) while that is set.
"""

from __future__ import annotations

import math
from typing import Any

from starlette.requests import Request

from ..faults import Faults
from .errors import PlentyError, invalid
from .guard import PlentyContext, bearer_token, json_body

ACCESS_LIFETIME_S = 86400
REFRESH_LIFETIME_S = 30 * 86400


async def _fields(request: Request) -> dict[str, Any]:
    """JSON or form fields, by Content-Type (a missing type is tried as JSON)."""
    content_type = request.headers.get("content-type", "")
    if "form" in content_type:
        form = await request.form()
        return {key: value for key, value in form.items() if isinstance(value, str)}
    body = await json_body(request)
    return body if isinstance(body, dict) else {}


def _token_data(ctx: PlentyContext, faults: Faults) -> dict[str, Any]:
    token = ctx.state.tokens.issue(
        "plenty", ACCESS_LIFETIME_S, refresh_lifetime_s=REFRESH_LIFETIME_S
    )
    expires = ACCESS_LIFETIME_S
    if faults.token_ttl_s is not None:
        expires = max(1, math.ceil(faults.token_ttl_s))
    return {
        "accessToken": token.value,
        "tokenType": "Bearer",
        "expiresIn": expires,
        "refreshToken": token.refresh_token,
    }


async def login(request: Request, ctx: PlentyContext) -> dict[str, Any]:
    """Log in with back-end user credentials."""
    fields = await _fields(request)
    username, password = fields.get("username"), fields.get("password")
    missing = {
        key: [f"The {key} field is required."]
        for key, value in (("username", username), ("password", password))
        if not isinstance(value, str) or not value
    }
    if missing:
        raise invalid(missing)
    if ctx.state.plenty_users.get(str(username)) != password:
        message = "The user credentials were incorrect."
        raise PlentyError(401, {"error": "invalid_credentials", "message": message})
    return _token_data(ctx, ctx.faults)


async def refresh(request: Request, ctx: PlentyContext) -> dict[str, Any]:
    """Trade a refresh token for new token data."""
    fields = await _fields(request)
    value = fields.get("refreshToken") or fields.get("refresh_token")
    if not isinstance(value, str) or not ctx.state.tokens.redeem_refresh("plenty", value):
        message = "The refresh token is invalid."
        raise PlentyError(401, {"error": "invalid_request", "message": message})
    return _token_data(ctx, ctx.faults)


async def logout(request: Request, ctx: PlentyContext) -> dict[str, Any]:
    """End the session: the access token and its refresh token stop working."""
    token = bearer_token(request)
    if token:
        ctx.state.tokens.revoke(token)
    return {}
