"""`imagedeck --self-test`: prove that this build works end to end, headless, in seconds.

Installers are only worth something if the installed app starts. The self-test runs the
real app, frozen or not, through what a seller does first: the window opens on the embedded
sandbox's demo item 101, the grid paints every thumbnail, one image is made the main one and
saved, and a fresh client reads the order back from the server. It prints one line per step
with its time since the process started (the start-up figure the README reports) and exits
0, or 1 naming the step that failed and why. CI runs it on every built bundle and installer.

Nothing outside a temporary data folder is touched: the journal and thumbnail cache of a
real installation stay as they are.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TypeVar

from imagedeck.marketplaces.registry import PLENTYMARKETS
from imagedeck.paths import ENV_DATA_DIR

T = TypeVar("T")
DEMO_ITEM = "101"
STEP_TIMEOUT_S = 120.0  # generous: a cold frozen start on a shared CI runner is slow
ENV_REPORT = "IMAGEDECK_SELF_TEST_REPORT"
MIN_TILE_COLOURS = 16  # a painted photo has many colours; a placeholder tile has a few


class SelfTestFailed(Exception):
    """One step did not do what it must; the message names the step and the reason."""


@dataclass
class Report:
    """Step lines with their time since the process started, printed as they happen."""

    started: float
    lines: list[str] = field(default_factory=list)

    def step(self, text: str) -> None:
        self.emit(f"[{process_age(self.started):7.2f} s] {text}")

    def emit(self, line: str, *, error: bool = False) -> None:
        """Print `line`, and append it to $IMAGEDECK_SELF_TEST_REPORT when set: a windowed
        Windows build has no console, so CI reads the report from that file."""
        self.lines.append(line)
        print(line, file=sys.stderr if error else sys.stdout, flush=True)
        path = os.environ.get(ENV_REPORT)
        if path:
            with open(path, "a", encoding="utf-8") as report:
                report.write(line + "\n")


def process_age(fallback_start: float) -> float:
    """Seconds since this process started (Linux: from /proc, so the frozen bootloader's
    unpacking and the imports count too); elsewhere since `fallback_start`."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        with open("/proc/uptime", encoding="ascii") as uptime:
            up = float(uptime.read().split()[0])
        started_ticks = int(fields[19])  # field 22 of stat(5), counted after "pid (comm)"
        return up - started_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.perf_counter() - fallback_start


def use_offscreen_without_display() -> None:
    """Run headless where there is no display (CI, ssh); keep a chosen platform."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def run_self_test() -> int:
    """The whole self-test; the exit status for `imagedeck --self-test`."""
    started = time.perf_counter()
    use_offscreen_without_display()
    own_data = not os.environ.get(ENV_DATA_DIR)
    if own_data:
        os.environ[ENV_DATA_DIR] = tempfile.mkdtemp(prefix="imagedeck-selftest-")
    try:
        report = Report(started)
        try:
            _run(report)
        except SelfTestFailed as failure:
            report.emit(f"imagedeck: self-test FAILED: {failure}", error=True)
            return 1
        report.step("self-test passed")
        return 0
    finally:
        if own_data:
            shutil.rmtree(os.environ.pop(ENV_DATA_DIR), ignore_errors=True)


def _run(report: Report) -> None:
    """Start Qt and the sandbox, then drive the window on the qasync loop."""
    import qasync
    from PySide6.QtCore import QLibraryInfo, qVersion

    from imagedeck import __version__
    from imagedeck.resources import ResourceMissing, is_frozen
    from imagedeck.sandbox.server import SandboxServer
    from imagedeck.ui.app.app import create_application
    from imagedeck.ui.app.app_icon import app_icon

    try:
        app = create_application()
    except Exception as error:  # noqa: BLE001 - whatever stops the app, named as such
        raise SelfTestFailed(f"start the app: {type(error).__name__}: {error}") from error
    report.step(
        f"ImageDeck {__version__}, Qt {qVersion()}, platform {app.platformName()}, "
        f"Qt plugins in {QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)}"
    )
    try:
        app_icon(strict=True)
    except ResourceMissing as missing:
        raise SelfTestFailed(f"app icon: {missing}") from None
    if app.windowIcon().isNull():
        raise SelfTestFailed("app icon: the window icon is empty")
    if is_frozen() and __version__.endswith("+source"):
        raise SelfTestFailed("version: the bundle lacks the package metadata (copy_metadata)")
    report.step(_check_resources())
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        with SandboxServer() as server:
            report.step(f"sandbox running at {server.base_url}")
            with loop:
                loop.run_until_complete(_drive_window(report, server.base_url))
    finally:
        asyncio.set_event_loop(None)


def _check_resources() -> str:
    """Every picture under resources/ decodes and every .qm loads, with the image-format
    and translation support this build carries (an SVG icon needs Qt's SVG plugin)."""
    from PySide6.QtCore import QTranslator
    from PySide6.QtGui import QImageReader

    from imagedeck.resources import resources_dir

    folder = resources_dir()
    pictures = translations = 0
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        suffix = path.suffix.lower().lstrip(".")
        if suffix in {"png", "jpg", "jpeg", "svg", "ico", "gif", "webp"}:
            reader = QImageReader(str(path))
            if reader.read().isNull():
                problem = reader.errorString()
                raise SelfTestFailed(f"resources: {path.name} does not load: {problem}")
            pictures += 1
        elif suffix == "qm":
            if not QTranslator().load(str(path)):
                raise SelfTestFailed(f"resources: translation {path.name} does not load")
            translations += 1
    if not pictures:
        raise SelfTestFailed(f"resources: no pictures in {folder}")
    return f"resources: {pictures} pictures and {translations} translations load from {folder}"


async def _step(name: str, awaitable: Awaitable[T]) -> T:
    """Await one step with a timeout; any failure becomes SelfTestFailed naming the step."""
    try:
        return await asyncio.wait_for(awaitable, STEP_TIMEOUT_S)
    except TimeoutError:
        raise SelfTestFailed(f"{name}: no result within {STEP_TIMEOUT_S:.0f} s") from None
    except SelfTestFailed:
        raise
    except Exception as error:  # noqa: BLE001 - every failure is reported with its step
        raise SelfTestFailed(f"{name}: {type(error).__name__}: {error}") from error


async def _until(condition: Callable[[], bool]) -> None:
    """Let Qt and asyncio run until `condition` holds (the caller bounds the wait)."""
    while not condition():
        await asyncio.sleep(0.02)


async def _drive_window(report: Report, base_url: str) -> None:
    from imagedeck.marketplaces.connection import demo_connections
    from imagedeck.model.image import ListingRef
    from imagedeck.ui.app.app import build_main_window
    from imagedeck.ui.dialogs.questions import Choice

    connections = demo_connections(base_url)
    window = build_main_window(connections)
    window.ask_unsaved = lambda *_args, **_kwargs: Choice.DISCARD
    listing = ListingRef(PLENTYMARKETS, DEMO_ITEM)
    try:
        window.show()
        await _step("show the window", _until(window.isVisible))
        report.step("window shown")
        if not await _step("open demo item 101", window.open_listing(listing)):
            raise SelfTestFailed(f"open demo item 101: {window.status.error.text()}")
        report.step(f"item {DEMO_ITEM} opened: {window.model.rowCount()} images")
        await _step("load thumbnails", window.loader.wait_idle())
        painted = _check_painted_grid(window)
        report.step(f"grid painted: {painted} thumbnails ready and drawn")
        await _step("save round trip", _save_round_trip(report, window, connections, listing))
        await _step("AutoScout24 vehicle", _autoscout24_round(report, window, connections))
    finally:
        window.close()
        await window.aclose()


def _check_painted_grid(window) -> int:
    """Every thumbnail is READY and the first tile, grabbed, shows a picture."""
    from imagedeck.ui.grid.thumbnail_state import ThumbnailState

    states = [window.model.thumbnail_state(image.id) for image in window.gallery]
    if not states:
        raise SelfTestFailed("paint the grid: the demo item has no images")
    not_ready = [s.name for s in states if s is not ThumbnailState.READY]
    if not_ready:
        raise SelfTestFailed(
            f"paint the grid: {len(not_ready)} of {len(states)} thumbnails not ready "
            f"({', '.join(sorted(set(not_ready)))})"
        )
    grid = window.grid
    tile = grid.visualRect(window.model.index(0))
    picture = grid.viewport().grab(tile).toImage()
    colours = {
        picture.pixel(x, y)
        for x in range(0, picture.width(), 3)
        for y in range(0, picture.height(), 3)
    }
    if len(colours) < MIN_TILE_COLOURS:
        raise SelfTestFailed(
            f"paint the grid: the first tile shows {len(colours)} colours, not a picture"
        )
    return len(states)


async def _autoscout24_round(report: Report, window, connections) -> None:
    """Both marketplaces work: open an AutoScout24 demo vehicle (its images have no known
    size), zoom in and out (every step re-renders thumbnails), make an image main, save."""
    from imagedeck.marketplaces.registry import AUTOSCOUT24
    from imagedeck.model.image import ListingRef
    from imagedeck.sandbox.demo import VEHICLE_SMALL

    vehicle = ListingRef(AUTOSCOUT24, VEHICLE_SMALL)
    if not await window.open_listing(vehicle):
        raise SelfTestFailed(f"open demo vehicle: {window.status.error.text()}")
    await window.loader.wait_idle()
    report.step(f"vehicle {VEHICLE_SMALL} opened: {window.model.rowCount()} images")
    errors: list[BaseException] = []
    hook = sys.excepthook
    sys.excepthook = lambda _kind, error, _trace: errors.append(error)  # errors in slots
    try:
        for action in (window.zoom.zoom_in, window.zoom.zoom_out, window.zoom.actual_size):
            action.trigger()
            window.zoom.apply_now()
            await window.loader.wait_idle()
    finally:
        sys.excepthook = hook
    if errors:
        raise SelfTestFailed(f"zoom: {type(errors[0]).__name__}: {errors[0]}")
    report.step(f"zoomed in and out: {_check_painted_grid(window)} thumbnails drawn")
    await _save_round_trip(report, window, connections, vehicle)


async def _save_round_trip(report: Report, window, connections, listing) -> None:
    """Make the last image the main one, save, and read the order back from the server."""
    last = window.gallery.order[-1]
    window.gallery.move_to_front([len(window.gallery.order) - 1])
    wanted = window.gallery.order
    began = time.perf_counter()
    window.save()
    if not window.saving:
        raise SelfTestFailed("save: pressing Save did not start a save")
    await _until(lambda: not window.saving)
    if window.status.error.text():
        raise SelfTestFailed(f"save: {window.status.error.text()}")
    client = connections[listing.marketplace].open_client()
    try:
        images = await client.load_images(listing)
    finally:
        await client.aclose()
    server_order = tuple(image.id for image in images)
    if server_order != wanted or server_order[0] != last:
        raise SelfTestFailed(
            f"save: the server shows {server_order[:3]}… first, wanted {wanted[:3]}…"
        )
    took = (time.perf_counter() - began) * 1000
    report.step(f"saved: image {last} is the main image on the server ({took:.0f} ms)")
