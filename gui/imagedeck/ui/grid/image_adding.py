"""Adding photos from disk in the window: tiles at once, questions first, uploads after.

A drop (or Add Images…) puts one tile per file at the drop place straight away, as one undo
step, and starts decoding each file's local thumbnail in the decode pool. Then, without
blocking the GUI, the files go through the upload plan that `imagedeck images add` uses
too (sync/upload_plan.py: checks by content, "Convert to JPEG?", files already on the
listing, the image limit); this module answers its questions with dialogs, and what the
plan refuses becomes a failed tile naming the reason while the other files go on. What is
left goes to the save worker as one UploadJob; its
per-file reports update the tiles (uploading NN %, done, failed) and swap each temporary id
for the server's when the file has arrived.

Save while uploads run waits for them (`wait_before_save`), then saves the order with the
new images in it: the order a Save sends must only name images the marketplace holds.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from imagedeck.marketplaces.errors import MarketplaceError
from imagedeck.marketplaces.registry import capabilities_of
from imagedeck.model.image import Image, ListingRef
from imagedeck.model.local_images import UploadState, is_temp_id
from imagedeck.session.listing_session import ListingSession
from imagedeck.settings import load_settings
from imagedeck.sync.upload_engine import UploadRequest
from imagedeck.sync.upload_plan import Duplicate, plan_upload
from imagedeck.ui.common.translated import error_text, plural, translated
from imagedeck.ui.common.translations import choose_language
from imagedeck.ui.grid.file_drops import IMAGE_SUFFIXES, expand_folders
from imagedeck.ui.grid.image_deleting import StatusSink
from imagedeck.ui.grid.image_file_dialog import ask_image_files
from imagedeck.ui.grid.local_thumbnails import decode_local_file
from imagedeck.ui.grid.thumbnail_grid import ThumbnailGrid
from imagedeck.ui.grid.thumbnail_loader import ThumbnailLoader, thumbnail_edge
from imagedeck.ui.grid.upload_questions import ask_convert, ask_upload_duplicates
from imagedeck.ui.workers.save_worker import SaveWorker, UploadJob
from imagedeck.uploads.duplicates import with_md5s
from imagedeck.uploads.image_names import details_on_arrival, names_from_file
from imagedeck.uploads.validate import CheckedFile, UploadRefused, check_file

MESSAGE_MS = 8000
T = TypeVar("T")


class ImageAdder(QObject):
    """Adds files to the open listing of `session`, shown in `grid`; see the module
    docstring. Uploads run on `worker`; thumbnails decode in `loader`'s pool."""

    def __init__(
        self,
        session: ListingSession,
        worker: SaveWorker,
        grid: ThumbnailGrid,
        loader: ThumbnailLoader,
        status: StatusSink,
    ) -> None:
        super().__init__(grid)
        self._session, self._worker, self._grid = session, worker, grid
        self._loader, self._status = loader, status
        self.gallery = session.gallery
        self.ask_convert = ask_convert
        self.ask_duplicates = ask_upload_duplicates  # attributes: tests answer them
        self.ask_files = ask_image_files
        self.preferences = lambda: load_settings().uploads
        self._save_waiting = False
        self._checking = 0  # drops still being checked (not yet handed to the worker)
        self._md5_cache: dict[str, str] = {}  # AutoScout24 image id → MD5 (downloaded once)
        worker.upload_state.connect(self._on_state)
        worker.uploaded.connect(self._on_uploaded)
        worker.uploads_finished.connect(self._on_job_finished)

    # -- entry points --------------------------------------------------------------------
    def choose_files(self) -> None:
        """Add Images… (Ctrl+I): a file dialog; the files go after the selection (or at
        the end)."""
        if self.gallery.listing is None:
            self._status.show_error(self.tr("Open a listing first, then add images to it."))
            return
        paths = self.ask_files(self._grid.window(), IMAGE_SUFFIXES)  # Pictures or the last
        if paths:
            self.add(paths, self.row_after_selection())

    def window_parent(self) -> QWidget:
        """The window the questions are asked over."""
        return self._grid.window()

    def row_after_selection(self) -> int:
        rows = self._grid.selected_rows()
        return rows[-1] + 1 if rows else len(self.gallery)

    def add(self, paths: Sequence[Path], row: int) -> list[str]:
        """Tiles for `paths` (folders expanded) before `row`, then check and upload them.
        Returns the new tiles' temporary ids."""
        listing = self.gallery.listing
        if listing is None:
            self._status.show_error(self.tr("Open a listing first, then drop images on it."))
            return []
        files = expand_folders(paths)
        if not files:
            names = ", ".join(p.name for p in paths)
            self._status.show_error(self.tr("No image files in {names}.").format(names=names))
            return []
        prefs = self.preferences()  # what the shop gives each file (the panel shows it):
        named = self._name_languages() if prefs and prefs.names_from_file_name else ()
        ids = self.gallery.insert_files(row, files, details_on_arrival(listing, files, named))
        for image_id, path in zip(ids, files, strict=True):
            self._session.tasks.spawn(self._local_thumbnail(image_id, path))
        self._checking += 1
        self._session.tasks.spawn(
            self._check_and_submit(listing, list(zip(ids, files, strict=True)))
        )
        self._status.bar.showMessage(
            plural(self.tr("Adding %n image(s)…", "", len(ids)), len(ids)), MESSAGE_MS
        )
        return ids

    @property
    def busy(self) -> bool:
        """Files still being checked or uploaded."""
        return self._checking > 0 or self.gallery.uploads_pending

    def wait_before_save(self) -> bool:
        """True (and Save is run later) while files are still on their way."""
        if not self.busy:
            return False
        self._save_waiting = True
        count = len(self.gallery.pending_uploads)
        self._status.bar.showMessage(
            plural(self.tr("Save waits for %n upload(s) to finish…", "", count), count)
        )
        return True

    # -- local thumbnails ----------------------------------------------------------------
    async def _local_thumbnail(self, image_id: str, path: Path) -> None:
        """Decode the file's own picture in the decode pool (never on the GUI thread)."""
        loop = asyncio.get_running_loop()
        model = self._grid.gallery_model()
        try:
            picture = await loop.run_in_executor(
                self._loader.executor, decode_local_file, path, thumbnail_edge(self._grid)
            )
        except Exception as error:  # damaged, a bomb, unreadable: the tile says so
            model.set_thumbnail_failed(image_id, _reason(error))
            return
        model.set_thumbnail(image_id, picture)

    # -- checking ------------------------------------------------------------------------
    async def _check_and_submit(self, listing: ListingRef, files: list[tuple[str, Path]]) -> None:
        try:
            requests = await self._checked_requests(listing, files)
        except Exception as error:  # a bug must not leave tiles waiting for ever
            for image_id, path in files:
                local = self.gallery.local_file(image_id)
                if local is not None and local.pending:
                    self._fail(
                        image_id,
                        path,
                        self.tr("could not be checked: {error}").format(error=error_text(error)),
                    )
            raise
        finally:
            self._checking -= 1
        if self.gallery.listing != listing:
            return
        if requests:
            job = UploadJob(
                self._session.clients.connection(listing.marketplace),
                listing,
                tuple(requests),
                self.preferences(),
            )
            self._worker.submit(job)
        elif self._save_waiting and not self.busy:
            self._run_waiting_save()

    async def _checked_requests(
        self, listing: ListingRef, files: list[tuple[str, Path]]
    ) -> list[UploadRequest]:
        """The shared pre-checks (`sync.upload_plan`), the questions answered by dialogs."""
        marketplace = listing.marketplace
        capabilities = capabilities_of(marketplace)
        by_md5 = await self._listing_md5s(listing)
        listed = [(image_id, by_md5.get(image_id, "")) for image_id in self.gallery.saveable_order]
        plan = await plan_upload(
            marketplace,
            capabilities,
            files,
            check=partial(self._check_files, marketplace),
            questions=DialogQuestions(self),
            listed=listed,
            queued=len(self.gallery.pending_uploads) - len(files),
            on_refused=lambda refusal: self._fail(refusal.key, refusal.path, refusal.reason),
        )
        if plan.skipped:
            self.gallery.discard_files([dupe.key for dupe in plan.skipped])
            lines = "; ".join(dupe.line(translated) for dupe in plan.skipped)
            self._status.bar.showMessage(self.tr("Skipped {files}").format(files=lines), MESSAGE_MS)
        checked = sorted(plan.accepted, key=lambda pair: self._row(pair[0]))
        prefs = self.preferences()
        named = prefs is not None and prefs.names_from_file_name
        languages = self._name_languages()
        return [
            UploadRequest(
                image_id,
                file.path,
                self._position_for(image_id) if capabilities.upload_positions else None,
                convert=bool(file.original_format and file.original_format != file.format),
                names=names_from_file(file.path, languages)
                if named and capabilities.details
                else (),
            )
            for image_id, file in checked
        ]

    async def _check_files(
        self, marketplace: str, paths: Sequence[Path], convert: bool
    ) -> list[CheckedFile | UploadRefused]:
        """Each file checked in the window's decode pool, one after the other."""
        results: list[CheckedFile | UploadRefused] = []
        for path in paths:
            try:
                results.append(
                    await self._in_pool(partial(check_file, convert=convert), path, marketplace)
                )
            except UploadRefused as refused:
                results.append(refused)
        return results

    async def _listing_md5s(self, listing: ListingRef) -> dict[str, str]:
        """Image id → MD5 of the images in the grid. plentymarkets lists checksums;
        AutoScout24's are computed from a download, once per image."""
        images = [image for image in self.gallery if not is_temp_id(image.id)]
        if not capabilities_of(listing.marketplace).listed_checksums:
            missing = [i for i in images if not i.md5 and i.id not in self._md5_cache]
            if missing:
                try:
                    client = self._session.clients.client(listing.marketplace)
                    for image in await with_md5s(client, missing):
                        if image.md5:
                            self._md5_cache[image.id] = image.md5
                except MarketplaceError:
                    pass  # AutoScout24 itself collapses a duplicate upload onto the old image
        return {image.id: image.md5 or self._md5_cache.get(image.id, "") for image in images}

    async def _in_pool(self, function: Callable[..., T], *args: object) -> T:
        """Run file work in the window's decode pool. Not asyncio.to_thread: on the qasync
        loop that starts Qt threads nobody shuts down."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._loader.executor, function, *args)

    def _position_for(self, image_id: str) -> int:
        """plentymarkets' position for a file at its tile's place: that of the nearest
        server image before it, so the shop shows it there (ties sort by id, and a new id
        is larger); Save corrects whatever this cannot express."""
        row = self._row(image_id)
        for image in reversed(self.gallery.images[:row]):
            if not is_temp_id(image.id) and image.position is not None:
                return image.position
        return 0

    def _row(self, image_id: str) -> int:
        try:
            return self.gallery.index_of(image_id)
        except KeyError:
            return len(self.gallery)

    def _fail(self, image_id: str, path: Path, reason: str) -> None:
        """`reason` stays as given on the tile (a model `Text` is translated where it is
        shown); the status bar shows it in the interface language now."""
        self.gallery.set_upload_state(image_id, UploadState.FAILED, reason=reason)
        self._status.show_error(f"{path.name}: {translated(reason)}")

    # -- worker reports ------------------------------------------------------------------
    def _on_state(
        self, job: UploadJob, key: str, state: UploadState, percent: int, reason: str
    ) -> None:
        if state is UploadState.DONE:
            return  # `uploaded` swaps the id and marks it done
        self.gallery.set_upload_state(key, state, percent, reason)
        local = self.gallery.local_file(key)
        name = local.path.name if local else key
        if state is UploadState.FAILED:
            self._status.show_error(f"{name}: {translated(reason)}")
        elif state is UploadState.UPLOADING:
            left = len(self.gallery.pending_uploads)
            self._status.bar.showMessage(
                self.tr("Uploading {name}: {percent} % ({left} to go)").format(
                    name=name, percent=percent, left=left
                ),
                MESSAGE_MS,
            )

    def _on_uploaded(self, job: UploadJob, key: str, image: Image) -> None:
        self.gallery.upload_finished(key, image)

    def _on_job_finished(self, job: UploadJob) -> None:
        if not self.gallery.uploads_pending:
            self._status.bar.showMessage(self.tr("Uploads finished."), MESSAGE_MS)
        if self._save_waiting and not self.busy:
            self._run_waiting_save()

    def _name_languages(self) -> tuple[str, ...]:
        """The seller's languages: those the listing's images are already named in, else
        the interface language (a new shop's first images)."""
        named = {
            lang for details in self.gallery.details_by_id.values() for lang in details.languages
        }
        return tuple(sorted(named)) or (choose_language(load_settings().language),)

    def _run_waiting_save(self) -> None:
        self._save_waiting = False
        self._session.save()


class DialogQuestions:
    """The upload plan's questions (`sync.upload_plan.UploadQuestions`) asked by dialogs:
    the adder's `ask_convert` and `ask_duplicates` (attributes, so tests answer them)."""

    def __init__(self, adder: ImageAdder) -> None:
        self._adder = adder

    def convert(self, names: Sequence[str]) -> bool:
        return self._adder.ask_convert(self._adder.window_parent(), list(names))

    def upload_duplicates(self, duplicates: Sequence[Duplicate[Any]]) -> bool:
        lines = [dupe.line(translated) for dupe in duplicates]
        return self._adder.ask_duplicates(self._adder.window_parent(), lines)


def _reason(error: BaseException) -> str:
    """Why a local thumbnail failed, in the interface language (shown on the tile)."""
    if isinstance(error, OSError):
        return QCoreApplication.translate("ImageAdder", "cannot be read ({error})").format(
            error=error.strerror or str(error)
        )
    return error_text(error) or type(error).__name__
