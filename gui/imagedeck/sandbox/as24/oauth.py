"""AutoScout24's OAuth 2.0 endpoints: authorize (code grant) and token.

The sandbox has no login page: for a known client the authorize step redirects at once with a
single-use code (ten minutes) and the caller's `state`, so a desktop app's browser round trip
and a headless test both work. Any redirect URI is accepted (the real one is registered in
advance). The token endpoint takes a form (not JSON) with the client's id and secret in the
form or as HTTP Basic. Refresh rotates: the answer has a new refresh token and the old one is
dead (invalid_grant). Sandbox extra: `grant_type=client_credentials` gives scripts a token
without the browser step (no refresh token). Demo client: id `demo`, secret `demo`.
"""

from __future__ import annotations

import base64
import binascii
import math
import urllib.parse
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response

ACCESS_LIFETIME_S = 3600
REFRESH_LIFETIME_S = 14 * 86400
_NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


def _oauth_error(error: str, description: str, status: int = 400) -> JSONResponse:
    body = {"error": error, "error_description": description}
    return JSONResponse(body, status_code=status, headers=_NO_STORE)


async def authorize(request: Request) -> Response:
    """GET or POST with response_type=code, client_id, redirect_uri and optional state."""
    state = request.app.state.as24.state
    params: dict[str, Any] = dict(request.query_params)
    if request.method == "POST":
        params.update({k: v for k, v in (await request.form()).items() if isinstance(v, str)})
    client_id, redirect_uri = params.get("client_id", ""), params.get("redirect_uri", "")
    if client_id not in state.oauth_clients:
        return _oauth_error("invalid_client", "Unknown client_id.")
    if not redirect_uri:
        return _oauth_error("invalid_request", "redirect_uri is required.")
    answer: dict[str, str] = {}
    if params.get("response_type") != "code":
        answer["error"] = "unsupported_response_type"
    else:
        answer["code"] = state.tokens.issue_code(client_id, redirect_uri)
    if params.get("state"):
        answer["state"] = params["state"]
    separator = "&" if "?" in redirect_uri else "?"
    return RedirectResponse(redirect_uri + separator + urllib.parse.urlencode(answer), 302)


def _client(request: Request, form: dict[str, str]) -> tuple[str, str]:
    """Client id and secret from HTTP Basic or, failing that, from the form."""
    scheme, _, encoded = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() == "basic":
        try:
            user, _, secret = base64.b64decode(encoded).decode().partition(":")
            return urllib.parse.unquote(user), urllib.parse.unquote(secret)
        except (binascii.Error, UnicodeDecodeError):
            return "", ""
    return form.get("client_id", ""), form.get("client_secret", "")


async def token(request: Request) -> Response:
    """Trade a code, a refresh token or (sandbox extra) client credentials for tokens."""
    ctx = request.app.state.as24
    if "application/x-www-form-urlencoded" not in request.headers.get("content-type", ""):
        return _oauth_error("invalid_request", "The request must be form-encoded.")
    form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
    client_id, secret = _client(request, form)
    if ctx.state.oauth_clients.get(client_id) != secret or not client_id:
        return _oauth_error("invalid_client", "Client authentication failed.")
    grant = form.get("grant_type", "")
    tokens = ctx.state.tokens
    if grant == "authorization_code":
        code, redirect_uri = form.get("code", ""), form.get("redirect_uri", "")
        if not tokens.redeem_code(code, client_id, redirect_uri):
            return _oauth_error("invalid_grant", "The authorization code is invalid or expired.")
    elif grant == "refresh_token":
        if not tokens.redeem_refresh("as24", form.get("refresh_token", ""), client_id):
            return _oauth_error("invalid_grant", "The refresh token is invalid or expired.")
    elif grant == "client_credentials":
        pass
    elif not grant:
        return _oauth_error("invalid_request", "grant_type is required.")
    else:
        return _oauth_error("unsupported_grant_type", f"Unsupported grant_type {grant!r}.")
    refresh_life = None if grant == "client_credentials" else REFRESH_LIFETIME_S
    issued = tokens.issue(
        "as24", ACCESS_LIFETIME_S, client_id=client_id, refresh_lifetime_s=refresh_life
    )
    expires = ACCESS_LIFETIME_S
    if ctx.faults.token_ttl_s is not None:
        expires = max(1, math.ceil(ctx.faults.token_ttl_s))
    body: dict[str, Any] = {
        "access_token": issued.value,
        "token_type": "Bearer",
        "expires_in": expires,
    }
    if issued.refresh_token:
        body["refresh_token"] = issued.refresh_token
    return JSONResponse(body, headers=_NO_STORE)
