"""plentymarkets (PlentyONE) REST client: login, images, positions, image details.

Contract: ../shared/api/plentymarkets.md. The awkward parts handled here: the image list is
not in position order (we sort by (position, id)), positions are sparse and may repeat, token
answers come in two spellings, the refresh key is undocumented (JSON first, form fallback),
and errors arrive in several shapes, sometimes with a 2xx status (answers.py reads them).
Names, availabilities and variation links are read and planned in details.py; sending them
is here, including the one non-idempotent case: a POST whose answer was lost is checked on
the server before it is sent again.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from typing import Any

from imagedeck.marketplaces.base import (
    Capabilities,
    PlannedCall,
    UploadRules,
    delete_image_call,
)
from imagedeck.marketplaces.errors import (
    AuthError,
    NotFoundError,
    TransientError,
)
from imagedeck.marketplaces.http import HttpClient, HttpResponse, ResponseObserver
from imagedeck.marketplaces.plentymarkets import validate
from imagedeck.marketplaces.plentymarkets.answers import (
    display_order,
    error_message,
    image_from_record,
    raise_for_answer,
)
from imagedeck.marketplaces.plentymarkets.details import (
    answer_matches,
    details_of_images,
    plan_detail_calls,
)
from imagedeck.marketplaces.plentymarkets.listings import item_names, search_items
from imagedeck.marketplaces.plentymarkets.listings import variations_page as item_variations
from imagedeck.marketplaces.plentymarkets.upload import upload_body, upload_fields
from imagedeck.marketplaces.retry import MAX_ATTEMPTS
from imagedeck.marketplaces.session import AuthorisedSession, SessionClient
from imagedeck.marketplaces.tokens import TokenStore, tokens_from_answer
from imagedeck.marketplaces.upload_file import CheckedFile, find_duplicate
from imagedeck.model.changes import DetailChange
from imagedeck.model.details import ImageDetails
from imagedeck.model.image import Image, ListingRef, ListingSummary
from imagedeck.model.listing_page import ListingPage
from imagedeck.model.plan import plan_positions

log = logging.getLogger(__name__)

NAME = "plentymarkets"
#: plentymarkets refuses larger uploads ("larger than 25 MB", sandbox/plenty/upload.py).
MAX_UPLOAD_BYTES = 25 * 1024 * 1024

CAPABILITIES = Capabilities(
    details=True,
    variations=True,
    search=True,
    upload=UploadRules(formats=frozenset({"jpg", "png", "gif", "svg"}), max_bytes=MAX_UPLOAD_BYTES),
    upload_positions=True,
    listed_checksums=True,
)

#: How often a POST whose answer was lost is checked and sent again before the save stops:
#: as often as an idempotent call is retried.
POST_ATTEMPTS = MAX_ATTEMPTS


class PlentyClient(SessionClient):
    """The plentymarkets side of the `Marketplace` interface."""

    name = NAME
    capabilities = CAPABILITIES
    supports_details = CAPABILITIES.details

    def __init__(
        self,
        base_url: str,
        username: str,
        password: str,
        *,
        tokens: TokenStore | None = None,
        observer: ResponseObserver | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.username = username
        self._password = password
        self.tokens = tokens or TokenStore()
        self.http = HttpClient(
            self.base_url, headers={"Accept": "application/json"}, observer=observer
        )
        self.session = AuthorisedSession(self.http, self.tokens, self._renew, raise_for_answer)

    # -- auth --------------------------------------------------------------------------
    async def login(self) -> None:
        """Log in with user name and password; raises AuthError with plentymarkets' message."""
        answer = await self.http.request(
            "POST", "/rest/login", json={"username": self.username, "password": self._password}
        )
        if answer.status >= 500 or answer.status == 429:
            raise_for_answer(answer)  # a hiccup, not a refusal: retried like any other call
        if not answer.ok:
            message, code = error_message(answer)
            raise AuthError(
                f"plentymarkets refused the login of {self.username!r}: {message}",
                code=code,
                status=answer.status,
            )
        tokens = tokens_from_answer(validate.token_answer(answer))
        if not tokens.access_token:
            raise AuthError("plentymarkets' login answer carried no access token")
        self.tokens.set(tokens)

    async def _renew(self) -> None:
        """Renew the access token: refresh grant (JSON, then form), else log in again."""
        current = self.tokens.get()
        if current and current.refresh_token:
            forms: tuple[dict[str, Any], ...] = (
                {"json": {"refreshToken": current.refresh_token}},
                {"data": {"refresh_token": current.refresh_token}},
            )
            for kwargs in forms:
                answer = await self.http.request("POST", "/rest/login/refresh", **kwargs)
                if answer.ok and isinstance(answer.json(), dict):
                    tokens = tokens_from_answer(answer.json(), keep_refresh=current.refresh_token)
                    if tokens.access_token:
                        self.tokens.set(tokens)
                        return
        await self.login()

    async def call(self, method: str, path: str, **kwargs: Any) -> HttpResponse:
        """An authorised, throttled call; raises a MarketplaceError subclass on failure."""
        return await self.session.call(method, path, **kwargs)

    # -- reading -----------------------------------------------------------------------
    async def list_listings(self) -> list[ListingSummary]:
        answer = await self.call("GET", "/rest/items", params={"itemsPerPage": 50, "page": 1})
        summaries = []
        for entry in validate.entries("the items", answer):
            item_id = str(entry.get("id"))
            names = item_names(entry)
            title = names[0][1] if names else f"Item {item_id}"
            summaries.append(ListingSummary(ListingRef(NAME, item_id), title, names=names))
        return summaries

    async def list_variations(self, item_id: str) -> list[tuple[str, str]]:
        """(variation id, label) pairs of one item, for the open-listing picker."""
        answer = await self.call("GET", f"/rest/items/{item_id}/variations")
        result = []
        for entry in validate.entries(f"the variations of item {item_id}", answer):
            label = entry.get("name") or entry.get("number") or ""
            vid = str(entry.get("id"))
            result.append((vid, f"{vid} {label}".strip()))
        return result

    async def search_listings(
        self, query: str = "", page: int = 1, per_page: int = 50
    ) -> ListingPage:
        """Page `page` of the items matching an id, item number or name (listings.py)."""
        return await search_items(self, query, page, per_page)

    async def variations_page(self, item_id: str, page: int = 1, per_page: int = 50) -> ListingPage:
        """Page `page` of an item's variations, each a listing of its own."""
        return await item_variations(self, item_id, page, per_page)

    async def load_records(self, listing: ListingRef) -> list[dict[str, Any]]:
        """The raw ItemImage records of an item or one variation, in display order."""
        if listing.variation_id:
            path = f"/rest/items/{listing.listing_id}/variations/{listing.variation_id}/images"
        else:
            path = f"/rest/items/{listing.listing_id}/images"
        answer = await self.call("GET", path)
        return display_order(validate.image_records(listing.describe(), answer))

    async def load_images(self, listing: ListingRef) -> list[Image]:
        """The images in display order; each keeps its record (names, availabilities) in `raw`."""
        return [image_from_record(r) for r in await self.load_records(listing)]

    async def load_details(
        self, listing: ListingRef, images: Sequence[Image] | None = None
    ) -> dict[str, ImageDetails]:
        """Names, availabilities and variation links of every image of the listing.

        Names and availabilities come from the image records (`images`, read now if not
        given); the links of the whole item from one call, whichever variation is open.
        """
        if images is None:
            images = await self.load_images(listing)
        answer = await self.call("GET", f"/rest/items/{listing.listing_id}/variation_images")
        return details_of_images(images, validate.variation_links(listing.describe(), answer))

    async def load_with_details(
        self, listing: ListingRef
    ) -> tuple[list[Image], dict[str, ImageDetails]]:
        """Images and their details in two calls: what opening a listing needs."""
        images = await self.load_images(listing)
        return images, await self.load_details(listing, images)

    async def fetch_bytes(self, url: str) -> bytes:
        return await self.http.fetch_file(url)

    # -- writing -----------------------------------------------------------------------
    def plan_order(
        self, listing: ListingRef, current: Sequence[Image], wanted: Sequence[str]
    ) -> list[PlannedCall]:
        """One position PUT per image that must move; every other image keeps its position."""
        by_id = {image.id: image for image in current}
        pairs = [(int(image_id), by_id[image_id].position or 0) for image_id in wanted]
        new_positions = plan_positions(pairs)
        calls = []
        for image_id in wanted:
            if int(image_id) in new_positions:
                position = new_positions[int(image_id)]
                calls.append(
                    PlannedCall(
                        "PUT",
                        f"/rest/items/{listing.listing_id}/images/{image_id}",
                        json={"itemId": int(listing.listing_id), "position": position},
                        label=f"image {image_id} → position {position}",
                    )
                )
        return calls

    def plan_details(
        self, listing: ListingRef, image_id: str, changes: Sequence[DetailChange]
    ) -> list[PlannedCall]:
        """One name, availability or variation-link call per change (see details.py)."""
        return plan_detail_calls(listing.listing_id, image_id, changes)

    async def already_applied(self, call: PlannedCall) -> bool:
        """Whether the POST `call` already took effect: its `check` GET shows the values."""
        check = call.meta.get("check")
        if not check:
            return False
        try:
            answer = await self.call("GET", check["path"])
        except NotFoundError:
            return False
        return answer_matches(answer.json(), check["match"])

    async def execute(self, call: PlannedCall) -> None:
        """Send one planned call; a DELETE of something already gone counts as done."""
        try:
            if call.method == "POST" and call.meta.get("check"):
                await self._post_checked(call)
            else:
                await self.call(call.method, call.path, json=call.json)
        except NotFoundError:
            if call.method == "DELETE" and call.meta.get("absent_is_done"):
                log.info("%s: already gone on the server", call.label or call.path)
                return
            raise

    async def _post_checked(self, call: PlannedCall) -> None:
        """Send a POST; when the answer is lost (network, 5xx), look whether it took effect
        before sending it again, so a name or link is never created twice."""
        for attempt in range(1, POST_ATTEMPTS + 1):
            try:
                await self.call("POST", call.path, json=call.json)
                return
            except TransientError:
                if await self.already_applied(call):
                    return
                if attempt == POST_ATTEMPTS:
                    raise
                await asyncio.sleep(0.2 * 2 ** (attempt - 1))

    async def upload(
        self,
        listing: ListingRef,
        checked: CheckedFile,
        position: int | None = None,
        names: Sequence[Mapping[str, str]] = (),
        on_percent: Callable[[int], None] | None = None,
    ) -> Image:
        """Upload one checked file to the item; answers the new image.

        `on_percent` hears how much of the streamed body has been handed to the network
        (0-99 while sending, 100 once the image is there): the tile's "uploading NN %".

        The body is streamed (see upload.py). When the answer is lost (network, 5xx)
        the upload may or may not have arrived, so before sending it again the item's images
        are read and searched for the file's MD5: a file found there is the one that arrived,
        and it is answered instead of uploading a second copy. Callers check for duplicates
        before uploading (`uploads.duplicates`), so an MD5 match here means our upload.
        """
        item = ListingRef(NAME, listing.listing_id)
        path = PlentyClient.upload_path(listing)
        report = on_percent or (lambda _percent: None)
        body, length = upload_body(
            upload_fields(listing.listing_id, checked, position, names), checked
        )

        def counted() -> AsyncIterator[bytes]:
            async def chunks() -> AsyncIterator[bytes]:
                sent = 0
                async for chunk in body():
                    sent += len(chunk)
                    report(min(99, sent * 100 // max(1, length)))
                    yield chunk

            return chunks()

        headers = {"Content-Type": "application/json", "Content-Length": str(length)}
        for attempt in range(1, POST_ATTEMPTS + 1):
            try:
                answer = await self.call("POST", path, stream=counted, headers=headers)
            except TransientError:
                arrived = find_duplicate(checked, await self.load_images(item))
                if arrived is not None:
                    log.info("upload of %s arrived although its answer was lost", checked.path)
                    report(100)
                    return arrived
                if attempt == POST_ATTEMPTS:
                    raise
                await asyncio.sleep(0.2 * 2 ** (attempt - 1))
                continue
            record = validate.image_record(
                listing.describe(),
                validate.body(answer, f"the upload of {checked.path.name}"),
                f"the answer to the upload of {checked.path.name}",
            )
            report(100)
            return image_from_record(record)
        raise AssertionError("unreachable")  # pragma: no cover

    def plan_delete(self, listing: ListingRef, image_id: str) -> PlannedCall:
        """DELETE /rest/items/{id}/images/{imageId}: item-wide (a variation's page shows the
        item's images); a 404 on a resumed save means an earlier attempt already did it."""
        return delete_image_call(f"/rest/items/{listing.listing_id}/images/{image_id}", image_id)

    @staticmethod
    def upload_path(listing: ListingRef) -> str:
        """Where an upload is POSTed (the journal records it with the upload)."""
        return f"/rest/items/{listing.listing_id}/images/upload"

    async def aclose(self) -> None:
        await self.http.aclose()
