"""AutoScout24 Listing Creation API (v1.1) client: OAuth, vehicles, images, image order.

Contract: ../shared/api/autoscout24.md. Every answer is an envelope whose `_response.messages`
carry texts written for end users; those texts are what our errors show. The order is one
list (`imageorder`), so a save is a single PUT of the full permutation. Its images have no
names, availabilities or variation links: `supports_details` is False, `load_details` answers
nothing and `plan_details` refuses.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

from imagedeck.marketplaces.autoscout24 import validate
from imagedeck.marketplaces.autoscout24.listings import search_vehicles, vehicle_title
from imagedeck.marketplaces.base import (
    Capabilities,
    PlannedCall,
    UploadRules,
    delete_image_call,
)
from imagedeck.marketplaces.errors import (
    AuthError,
    DataError,
    MarketplaceError,
    NotFoundError,
    RateLimitError,
    TransientError,
    ValidationError,
)
from imagedeck.marketplaces.http import HttpClient, HttpResponse, ResponseObserver
from imagedeck.marketplaces.server_text import redirect_text, server_text
from imagedeck.marketplaces.session import AuthorisedSession, SessionClient
from imagedeck.marketplaces.tokens import Tokens, TokenStore, tokens_from_answer
from imagedeck.marketplaces.upload_file import CheckedFile
from imagedeck.marketplaces.waits import sane_seconds
from imagedeck.model.changes import DetailChange
from imagedeck.model.details import ImageDetails
from imagedeck.model.image import Image, ListingRef, ListingSummary
from imagedeck.model.listing_page import ListingPage

log = logging.getLogger(__name__)

NAME = "autoscout24"
#: Images a vehicle may hold (error 50084 beyond).
MAX_IMAGES = 30
#: AutoScout24 answers 50083 above this (sandbox/as24/images.py; the real limit is undocumented).
MAX_UPLOAD_BYTES = 10 * 1024 * 1024

CAPABILITIES = Capabilities(
    details=False,
    variations=False,
    search=True,
    upload=UploadRules(
        formats=frozenset({"jpg", "png"}),
        max_bytes=MAX_UPLOAD_BYTES,
        convertible=frozenset({"gif"}),
    ),
    upload_positions=False,
    listed_checksums=False,
    image_limit=MAX_IMAGES,
    visibility_cuts=True,
)
#: How often an upload whose answer was lost is sent again (safe, see `upload`).
UPLOAD_ATTEMPTS = 6
API_VERSION = "1.1"
TOKEN_PATH = "/auth/oauth/v2/token"
AUTHORIZE_PATH = "/auth/oauth/v2/authorize"

_AUTH_CODES = {99902, 99903, 99904}
_NOT_FOUND_CODES = {50080}
_TRANSIENT_CODES = {50000}


MARKETPLACE = "autoscout24"  # names the errors this module raises


def envelope_messages(body: Any) -> list[dict[str, Any]]:
    if isinstance(body, dict):
        response = body.get("_response") or {}
        messages = response.get("messages") if isinstance(response, dict) else None
        if isinstance(messages, list):
            return [m for m in messages if isinstance(m, dict)]
    return []


def raise_for_envelope(answer: HttpResponse) -> dict[str, Any]:
    """Return the envelope of a successful answer; raise with AutoScout24's own text otherwise."""
    body = answer.json()
    failed = not answer.ok
    if isinstance(body, dict) and (body.get("_response") or {}).get("type") == "Error":
        failed = True
    if not failed and isinstance(body, dict):
        return body
    errors = [m for m in envelope_messages(body) if m.get("messageType", "Error") == "Error"]
    redirect = redirect_text(answer)
    if redirect is not None:
        raise MarketplaceError(redirect, status=answer.status)
    if errors:
        first = errors[0]
        code = _int(first.get("code"))
        text = server_text("; ".join(str(m.get("text") or "") for m in errors))
    elif isinstance(body, dict) and "error" in body:  # OAuth-style error (401 invalid_token)
        code = body.get("error")
        text = server_text(str(body.get("error_description") or body.get("error")))
    else:
        code = None
        if answer.ok:  # a 2xx that is no envelope: an HTML page, cut-off JSON, a list
            raise DataError(
                f"AutoScout24 answered {answer.method} {urlsplit(answer.url).path} with "
                f"{_not_an_envelope(answer)} (HTTP {answer.status})",
                status=answer.status,
            )
        text = f"AutoScout24 answered with an unexpected reply (HTTP {answer.status})"
    if answer.status == 429:  # the same waiting rules as plentymarkets (waits.py)
        raise RateLimitError(
            f"AutoScout24 rate limit: {text}",
            retry_after=sane_seconds(answer.headers.get("retry-after")),
            code=code,
            status=429,
        )
    if answer.status == 401 or code in _AUTH_CODES:
        raise AuthError(
            f"AutoScout24 refused the access token: {text}",
            code=code,
            status=answer.status,
            marketplace=MARKETPLACE,
        )
    if answer.status == 403:
        raise AuthError(
            f"Not allowed: {text}", code=code, status=answer.status, marketplace=MARKETPLACE
        )
    if code in _NOT_FOUND_CODES or answer.status == 404:
        raise NotFoundError(text, code=code, status=answer.status, marketplace=MARKETPLACE)
    if code in _TRANSIENT_CODES or answer.status >= 500:
        raise TransientError(text, code=code, status=answer.status, marketplace=MARKETPLACE)
    if answer.status in (400, 422) or (code is not None and 50000 <= code <= 99999):
        raise ValidationError(text, code=code, status=answer.status, marketplace=MARKETPLACE)
    raise MarketplaceError(text, code=code, status=answer.status, marketplace=MARKETPLACE)


def _not_an_envelope(answer: HttpResponse) -> str:
    raw = answer.content.strip()
    if not raw:
        return "an empty answer"
    if "html" in answer.headers.get("content-type", "").lower() or raw[:1] == b"<":
        return "a web page (HTML) instead of data"
    if answer.json() is None:
        return "cut-off or invalid JSON"
    return "data of an unexpected shape (no envelope)"


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


class AutoScout24Client(SessionClient):
    """The AutoScout24 side of the `Marketplace` interface.

    Authorisation, in order of preference: a token already in the store; a refresh token
    (refresh grant — the answer rotates it, and the store persists the new one at once);
    otherwise the client-credentials grant, which only the sandbox offers (scripts and demo).
    """

    name = NAME
    capabilities = CAPABILITIES
    supports_details = CAPABILITIES.details

    def __init__(
        self,
        base_url: str,
        *,
        client_id: str,
        client_secret: str,
        tokens: TokenStore | None = None,
        language: str = "en-GB",
        observer: ResponseObserver | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.client_id = client_id
        self._client_secret = client_secret
        self.tokens = tokens or TokenStore()
        self.http = HttpClient(
            self.base_url,
            headers={
                "X-AS24-Version": API_VERSION,
                "Accept-Language": language,
                "Accept": "application/json",
            },
            observer=observer,
        )
        self.session = AuthorisedSession(self.http, self.tokens, self._renew, raise_for_envelope)

    # -- auth --------------------------------------------------------------------------
    async def _token_request(self, form: dict[str, str]) -> Tokens:
        answer = await self.http.request("POST", TOKEN_PATH, data=form)
        if answer.status >= 500:
            raise TransientError(
                f"AutoScout24's sign-in service failed (HTTP {answer.status})", status=answer.status
            )
        body = answer.json()
        if not answer.ok or not isinstance(body, dict) or not body.get("access_token"):
            detail = redirect_text(answer) or ""
            if isinstance(body, dict) and not detail:
                detail = server_text(str(body.get("error_description") or body.get("error") or ""))
            raise AuthError(
                f"AutoScout24 refused the sign-in: {detail or f'HTTP {answer.status}'}",
                code=body.get("error") if isinstance(body, dict) else None,
                status=answer.status,
            )
        return tokens_from_answer(body)

    async def exchange_code(self, code: str, redirect_uri: str) -> None:
        """Finish the authorization-code flow: trade the pasted code for tokens."""
        tokens = await self._token_request(
            {
                "grant_type": "authorization_code",
                "code": code,
                "client_id": self.client_id,
                "client_secret": self._client_secret,
                "redirect_uri": redirect_uri,
            }
        )
        self.tokens.set(tokens)

    async def _renew(self) -> None:
        current = self.tokens.get()
        if current and current.refresh_token:
            tokens = await self._token_request(
                {
                    "grant_type": "refresh_token",
                    "refresh_token": current.refresh_token,
                    "client_id": self.client_id,
                    "client_secret": self._client_secret,
                }
            )
        else:
            tokens = await self._token_request(
                {
                    "grant_type": "client_credentials",
                    "client_id": self.client_id,
                    "client_secret": self._client_secret,
                }
            )
        self.tokens.set(tokens)

    async def call(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        """An authorised call returning the envelope; raises with AutoScout24's own text."""
        answer = await self.session.call(method, path, **kwargs)
        return answer.json()

    # -- reading -----------------------------------------------------------------------
    async def list_listings(self) -> list[ListingSummary]:
        envelope = await self.call("GET", "/vehicles")
        vehicles = validate.vehicles(envelope)
        result = []
        for vehicle in vehicles:
            vehicle_id = str(vehicle.get("id") or "")
            if not vehicle_id:
                continue
            title = vehicle_title(vehicle)
            result.append(ListingSummary(ListingRef(NAME, vehicle_id), title or vehicle_id))
        return result

    async def search_listings(
        self, query: str = "", page: int = 1, per_page: int = 20
    ) -> ListingPage:
        """Page `page` of the account's vehicles that match `query` (autoscout24/listings.py)."""
        return await search_vehicles(self, query, page, per_page)

    async def load_images(self, listing: ListingRef) -> list[Image]:
        vehicle = listing.listing_id
        order_env = await self.call("GET", f"/vehicles/{vehicle}/imageorder")
        images_env = await self.call("GET", f"/vehicles/{vehicle}/images")
        order = validate.image_order(vehicle, order_env)
        records = {str(r.get("id")): r for r in validate.images(vehicle, images_env)}
        ordered = [records[i] for i in order if i in records]
        ordered += [r for i, r in records.items() if i not in set(order)]
        return [
            Image(
                id=str(r.get("id")),
                preview_url=r.get("href") or "",
                middle_url=r.get("href") or "",
                full_url=r.get("href") or "",
                file_type=str(r.get("type") or "").removeprefix("image/"),
                raw=r,
            )
            for r in ordered
        ]

    async def fetch_bytes(self, url: str) -> bytes:
        return await self.http.fetch_file(url)

    # -- writing -----------------------------------------------------------------------
    def plan_order(
        self, listing: ListingRef, current: Sequence[Image], wanted: Sequence[str]
    ) -> list[PlannedCall]:
        """One PUT of the full order, or nothing when the order is unchanged."""
        if [image.id for image in current] == list(wanted):
            return []
        return [
            PlannedCall(
                "PUT",
                f"/vehicles/{listing.listing_id}/imageorder",
                json=list(wanted),
                label=f"new order of {len(wanted)} images",
            )
        ]

    async def load_details(
        self, listing: ListingRef, images: Sequence[Image] | None = None
    ) -> dict[str, ImageDetails]:
        """AutoScout24 images have no details: nothing to load, no call made."""
        return {}

    def plan_details(
        self, listing: ListingRef, image_id: str, changes: Sequence[DetailChange]
    ) -> list[PlannedCall]:
        if not changes:
            return []
        raise ValidationError(
            "AutoScout24 images have no names, availabilities or variation links; "
            f"cannot save them for image {image_id}"
        )

    async def already_applied(self, call: PlannedCall) -> bool:
        """Every AutoScout24 call ImageDeck plans is an idempotent PUT: never applied "already"."""
        return False

    async def execute(self, call: PlannedCall) -> None:
        await self.call(call.method, call.path, json=call.json)

    async def upload(self, listing: ListingRef, checked: CheckedFile) -> Image:
        """Upload one checked JPG or PNG (multipart, field `file`); answers the new image.

        AutoScout24 answers the existing image's id when the same bytes (MD5) are uploaded
        to the vehicle again, so an upload whose answer was lost (network, 5xx, 50000) can be
        sent again without creating a duplicate: this is the documented server-side check,
        not a blind retry. The new image's `href` is read back with one GET so the caller
        can show it at once.
        """
        vehicle = listing.listing_id
        name = checked.path.with_suffix(f".{checked.format}").name
        envelope: dict[str, Any] = {}
        for attempt in range(1, UPLOAD_ATTEMPTS + 1):
            try:
                with checked.open_bytes() as body:  # at most 10 MB, streamed
                    files = {"file": (name, body, checked.mime)}
                    envelope = await self.call("POST", f"/vehicles/{vehicle}/images", files=files)
                break
            except TransientError:
                if attempt == UPLOAD_ATTEMPTS:
                    raise
                log.info("upload of %s: answer lost, sending it again", checked.path)
                await asyncio.sleep(0.2 * 2 ** (attempt - 1))
        image_id = str((envelope.get("_response") or {}).get("objectId") or "")
        if not image_id:
            raise MarketplaceError(
                f"AutoScout24 named no image id for the upload of {checked.path.name}"
            )
        href = ""
        try:
            got = await self.call("GET", f"/vehicles/{vehicle}/images/{image_id}")
            href = str(((got.get("_data") or {}).get("image") or {}).get("href") or "")
        except MarketplaceError as error:  # the upload itself succeeded: keep its id
            log.warning("could not read back image %s: %s", image_id, error)
        return Image(
            id=image_id,
            preview_url=href,
            middle_url=href,
            full_url=href,
            file_type=checked.format,
            width=checked.width,
            height=checked.height,
            size=checked.size,
            md5=checked.md5,
        )

    def plan_delete(self, listing: ListingRef, image_id: str) -> PlannedCall:
        """DELETE /vehicles/{id}/images/{imageId}; a 404 on a resumed save means done."""
        return delete_image_call(f"/vehicles/{listing.listing_id}/images/{image_id}", image_id)

    @staticmethod
    def upload_path(listing: ListingRef) -> str:
        """Where an upload is POSTed (the journal records it with the upload)."""
        return f"/vehicles/{listing.listing_id}/images"

    async def aclose(self) -> None:
        await self.http.aclose()
