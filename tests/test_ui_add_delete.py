"""Adding photos by dropping files on the grid, and deleting images, end to end on the real
sandbox as a seller would: the drop goes to the grid's viewport as real QDragEnter/QDragMove/
QDrop events with file URLs at a chosen place; tiles appear at once; uploads run on the save
worker; a broken file is reported by name and the others go on; Save puts the new images
where they were dropped. Delete, undo before saving (nothing deleted), delete and save (gone
on the server). Questions are answered through the window's attributes, never a dialog."""

from __future__ import annotations

import asyncio
import re
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from imagedeck.marketplaces.connection import demo_connections
from imagedeck.model.image import ListingRef
from imagedeck.model.local_images import UploadState, is_temp_id
from imagedeck.sandbox.demo import VEHICLE_SMALL
from imagedeck.settings import UploadPreferences
from imagedeck.ui.app.app import build_main_window
from imagedeck.ui.app.main_window import MainWindow
from imagedeck.ui.dialogs.questions import Choice
from imagedeck.ui.grid.thumbnail_state import ThumbnailState
from qt_support import run, shot_path

TEST_IMAGES = Path(__file__).parent / "data" / "testimages"
ITEM_102 = ListingRef("plentymarkets", "102")
VEHICLE = ListingRef("autoscout24", VEHICLE_SMALL)
GOOD = ["hopper.jpg", "flower.jpg", "hopper.png", "hopper_gray.jpg"]
BROKEN = "truncated_jpeg.jpg"
WAIT_MS = 120_000


@pytest.fixture
def window(window):
    """conftest's window, wide enough for the grid, uploading files as they are (the
    preferences' own tests are issue5x's)."""
    window.adder.preferences = lambda: UploadPreferences(strip_location=False)
    window.resize(1300, 800)
    return window


@pytest.fixture
def photos(tmp_path: Path) -> list[Path]:
    """The drop: a broken file in the middle of four good ones, in a folder of the seller's."""
    names = GOOD[:2] + [BROKEN] + GOOD[2:]
    for name in names:
        shutil.copy(TEST_IMAGES / name, tmp_path / name)
    return [tmp_path / name for name in names]


def open_listing(qtbot: QtBot, window: MainWindow, listing: ListingRef) -> None:
    assert run(qtbot, window.open_listing(listing)), window.status.error.text()
    run(qtbot, window.loader.wait_idle(), timeout=60)


def drop_files(window: MainWindow, paths: list[Path], before_row: int) -> QPoint:
    """Drag-enter, drag-move and drop `paths` on the left half of the tile at `before_row`."""
    grid = window.grid
    rect = grid.visualRect(window.model.index(before_row))
    point = QPoint(rect.left() + rect.width() // 4, rect.center().y())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    viewport = grid.viewport()
    enter = QDragEnterEvent(point, actions, mime, buttons, mods)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted(), "the grid must accept files from the file manager"
    move = QDragMoveEvent(point, actions, mime, buttons, mods)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    assert grid._drop_target_shown is not None and grid._drop_target_shown.row == before_row
    drop = QDropEvent(QPointF(point), actions, mime, buttons, mods)
    QApplication.sendEvent(viewport, drop)
    assert drop.isAccepted()
    return point


def wait_for_uploads(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.adder.busy, timeout=WAIT_MS)


def save(qtbot: QtBot, window: MainWindow) -> None:
    window.save()
    qtbot.waitUntil(lambda: not window.saving and not window.adder.busy, timeout=WAIT_MS)
    assert not window.status.error.text() or "truncated" in window.status.error.text()


def test_plentymarkets_drop_of_five_files_with_a_broken_one(qtbot, window, sandbox, photos):
    open_listing(qtbot, window, ITEM_102)
    before = [str(i) for i in sandbox.state.plenty_order(102)]
    assert len(before) == 12
    drop_files(window, photos, before_row=2)
    # At once: five tiles at the dropped place, each with an upload state.
    order = window.gallery.order
    assert len(order) == 17 and all(is_temp_id(i) for i in order[2:7])
    assert order[:2] == tuple(before[:2]) and order[7:] == tuple(before[2:])
    assert window.gallery.local_file(order[4]).path.name == BROKEN
    window.grab().save(shot_path("issue5-plenty-uploading.png"))

    wait_for_uploads(qtbot, window)
    # The broken file left the grid for the failure list: 12 + 4 images, numbered as such.
    assert len(window.gallery) == 16
    ((_, broken),) = window.gallery.failed_uploads
    assert broken.state is UploadState.FAILED and broken.reason and broken.path.name == BROKEN
    assert BROKEN in window.status.error.text()
    assert window.failed_uploads.isVisible() and window.failed_uploads.list.count() == 1
    window.grab().save(shot_path("issue15-p2-failed-uploads-list.png"))
    new_ids = list(window.gallery.order[2:6])
    assert len(new_ids) == 4 and not any(is_temp_id(i) for i in new_ids)
    assert sandbox.state.count("POST", "/rest/items/102/images/upload", status=200) == 4
    # The local thumbnails stay on the tiles after the id swap.
    assert all(window.model.thumbnail_state(i) == ThumbnailState.READY for i in new_ids)
    window.grab().save(shot_path("issue5-plenty-uploaded.png"))

    save(qtbot, window)
    server = [str(i) for i in sandbox.state.plenty_order(102)]
    assert server == before[:2] + new_ids + before[2:]
    assert window.gallery.order == tuple(server) and not window.gallery.dirty
    run(qtbot, window.open_listing(ITEM_102))  # F5: the window numbers what the server has
    assert window.gallery.order == tuple(server)
    assert [f.path.name for _, f in window.gallery.failed_uploads] == [BROKEN]  # still listed
    window.failed_uploads.remove_selected()
    assert window.gallery.failed_uploads == () and window.failed_uploads.isHidden()


def test_autoscout24_drop_of_five_files_with_a_broken_one(qtbot, window, sandbox, photos):
    open_listing(qtbot, window, VEHICLE)
    before = sandbox.state.vehicle_order(VEHICLE_SMALL)
    drop_files(window, photos, before_row=1)
    assert len(window.gallery) == len(before) + 5
    wait_for_uploads(qtbot, window)
    assert BROKEN in window.status.error.text()
    assert len(window.gallery) == len(before) + 4
    new_ids = list(window.gallery.order[1:5])
    assert len(new_ids) == 4 and not any(is_temp_id(i) for i in new_ids)
    assert window.gallery.dirty  # AutoScout24 appended them; the seller wants them at 2
    save(qtbot, window)
    assert sandbox.state.vehicle_order(VEHICLE_SMALL) == before[:1] + new_ids + before[1:]


def test_save_pressed_during_uploads_waits_and_then_saves_the_dropped_place(
    qtbot, window, sandbox, photos
):
    open_listing(qtbot, window, VEHICLE)
    before = sandbox.state.vehicle_order(VEHICLE_SMALL)
    drop_files(window, photos[:1], before_row=0)
    window.save()  # straight after the drop
    qtbot.waitUntil(lambda: not window.adder.busy and not window.saving, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.gallery.dirty, timeout=WAIT_MS)
    order = sandbox.state.vehicle_order(VEHICLE_SMALL)
    assert order[1:] == before and order[0] == window.gallery.order[0]


def select_rows(window: MainWindow, rows: list[int]) -> None:
    selection = window.grid.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(window.model.index(row), QItemSelectionModel.SelectionFlag.Select)


@pytest.mark.parametrize("listing", [ITEM_102, VEHICLE], ids=["plentymarkets", "autoscout24"])
def test_delete_undo_before_save_deletes_nothing_and_delete_save_does(
    qtbot, window, sandbox, listing
):
    open_listing(qtbot, window, listing)
    asked: list[int] = []
    window.deleter.ask_delete = lambda _parent, count: asked.append(count) or True
    before = list(window.gallery.order)
    select_rows(window, [2, 3])
    window.grid.setFocus()
    qtbot.keyClick(window.grid, Qt.Key.Key_Delete)
    assert asked == [2]
    assert list(window.gallery.order) == before[:2] + before[4:]  # gone from the grid at once
    qtbot.waitUntil(lambda: window.commands.undo.text() == "&Undo Delete 2 images")
    window.commands.undo.trigger()
    assert list(window.gallery.order) == before and not window.gallery.dirty
    sandbox.state.clear_requests()
    window.save()
    assert sandbox.state.count("DELETE") == 0

    select_rows(window, [2, 3])
    window.image_actions.delete.trigger()
    save(qtbot, window)
    assert sandbox.state.count("DELETE") == 2
    if listing.marketplace == "plentymarkets":
        server = [str(i) for i in sandbox.state.plenty_order(102)]
    else:
        server = sandbox.state.vehicle_order(VEHICLE_SMALL)
    assert server == before[:2] + before[4:]


def test_deleting_the_main_image_asks_which_becomes_main(qtbot, window, sandbox):
    open_listing(qtbot, window, ITEM_102)
    before = list(window.gallery.order)
    window.deleter.ask_delete = lambda *_a: True
    offered: list[list[str]] = []
    window.deleter.ask_new_main = lambda _parent, choices: offered.append(choices) or 2
    select_rows(window, [0])
    window.image_actions.delete.trigger()
    assert offered[0][0] == f"Image 2 (id {before[1]})"  # the default: the next image
    assert window.gallery.order[0] == before[3]
    assert window.gallery.undo_label == "Delete image"
    save(qtbot, window)
    assert [str(i) for i in sandbox.state.plenty_order(102)][0] == before[3]
    assert before[0] not in [str(i) for i in sandbox.state.plenty_order(102)]


def test_a_file_already_on_the_listing_is_skipped_unless_the_seller_insists(
    qtbot, window, sandbox, tmp_path
):
    open_listing(qtbot, window, ITEM_102)
    third = window.gallery[2]
    client = window.clients.client("plentymarkets")
    copy = tmp_path / "again.png"
    copy.write_bytes(run(qtbot, client.fetch_bytes(third.full_url)))
    asked: list[list[str]] = []
    window.adder.ask_duplicates = lambda _parent, lines: asked.append(lines) or False
    sandbox.state.clear_requests()
    drop_files(window, [copy], before_row=0)
    wait_for_uploads(qtbot, window)
    assert asked == [["again.png: already on this listing as image 3"]]
    assert len(window.gallery) == 12 and not window.gallery.dirty  # the tile is gone
    assert sandbox.state.count("POST") == 0
    assert "already on this listing as image 3" in window.status.bar.currentMessage()

    window.adder.ask_duplicates = lambda *_a: True  # insist
    drop_files(window, [copy], before_row=0)
    wait_for_uploads(qtbot, window)
    assert sandbox.state.count("POST", re.compile(r"/images/upload$"), status=200) == 1
    assert len(sandbox.state.plenty_order(102)) == 13


def test_autoscout24_asks_before_converting_a_gif(qtbot, window, sandbox, tmp_path):
    open_listing(qtbot, window, VEHICLE)
    gif = tmp_path / "hopper.gif"
    shutil.copy(TEST_IMAGES / "hopper.gif", gif)
    window.adder.ask_convert = lambda _parent, names: names == ["hopper.gif"]
    drop_files(window, [gif], before_row=0)
    wait_for_uploads(qtbot, window)
    new = window.gallery.order[0]
    assert not is_temp_id(new) and sandbox.state.vehicle_order(VEHICLE_SMALL)[-1] == new

    window.adder.ask_convert = lambda *_a: False
    drop_files(window, [gif], before_row=0)
    wait_for_uploads(qtbot, window)
    ((_, skipped),) = window.gallery.failed_uploads
    assert skipped.state is UploadState.FAILED
    assert "AutoScout24 accepts only JPG and PNG" in skipped.reason


def test_a_folder_adds_its_images_sorted_by_name(qtbot, window, sandbox, tmp_path):
    folder = tmp_path / "shoot"
    folder.mkdir()
    for name in ["b.jpg", "a.png", "notes.txt", ".hidden.jpg"]:
        source = TEST_IMAGES / ("hopper.png" if name.endswith("png") else "flower.jpg")
        (folder / name).write_bytes(source.read_bytes() if name != "notes.txt" else b"hi")
    open_listing(qtbot, window, ITEM_102)
    drop_files(window, [folder], before_row=1)
    names = [window.gallery.local_file(i).path.name for i in window.gallery.order[1:3]]
    assert names == ["a.png", "b.jpg"] and len(window.gallery) == 14
    wait_for_uploads(qtbot, window)


def test_autoscout24_thirty_image_limit_is_checked_before_uploading(
    qtbot, window, sandbox, tmp_path
):
    from imagedeck.sandbox.demo import VEHICLE_FULL

    open_listing(qtbot, window, ListingRef("autoscout24", VEHICLE_FULL))
    photo = tmp_path / "one_more.jpg"
    shutil.copy(TEST_IMAGES / "hopper.jpg", photo)
    sandbox.state.clear_requests()
    drop_files(window, [photo], before_row=0)
    wait_for_uploads(qtbot, window)
    ((temp, local),) = window.gallery.failed_uploads
    assert local.state is UploadState.FAILED
    assert "at most 30 images" in local.reason
    assert sandbox.state.count("POST") == 0
    # Not the 31st image: the grid still holds the 30, the first 15 of them as before.
    assert window.gallery.order == tuple(sandbox.state.vehicle_order(VEHICLE_FULL))
    # Retry adds the file again (and is refused again, for the same reason).
    window.failed_uploads.retry_selected()
    wait_for_uploads(qtbot, window)
    assert [f.path.name for _, f in window.gallery.failed_uploads] == ["one_more.jpg"]
    assert len(window.gallery) == 30 and sandbox.state.count("POST") == 0


def test_upload_preferences_are_applied_and_the_file_on_disk_is_untouched(
    qtbot, window, sandbox, tmp_path
):
    """plentymarkets: downscaled to the chosen long edge and named after the file, in each
    language the listing's images are named in."""
    photo = tmp_path / "Fahrzeug_Front-links.jpg"
    shutil.copy(TEST_IMAGES / "flower.jpg", photo)  # 480 x 360
    on_disk = photo.read_bytes()
    window.adder.preferences = lambda: UploadPreferences(
        downscale=True, max_long_edge=200, names_from_file_name=True
    )
    open_listing(qtbot, window, ITEM_102)
    drop_files(window, [photo], before_row=0)
    wait_for_uploads(qtbot, window)
    new_id = window.gallery.order[0]
    assert not is_temp_id(new_id), window.status.error.text()
    client = window.clients.client("plentymarkets")
    images = run(qtbot, client.load_images(ITEM_102))
    (record,) = [i.raw for i in images if i.id == new_id]
    assert max(record["width"], record["height"]) == 200
    languages = sorted({n["lang"] for i in images if i.id != new_id for n in i.raw["names"]})
    assert len(languages) >= 2  # item 102 names its images in German and English
    named = sorted((name["lang"], name["name"]) for name in record["names"])
    assert named == [(language, "Fahrzeug Front links") for language in languages]
    assert photo.read_bytes() == on_disk


def test_add_images_action_opens_a_file_dialog_and_inserts_after_the_selection(
    qtbot, window, sandbox, photos, monkeypatch
):
    chosen = [photos[0], photos[1]]
    window.adder.ask_files = lambda *_a: chosen
    open_listing(qtbot, window, ITEM_102)
    select_rows(window, [4])
    assert window.image_actions.add_images.shortcut().toString() == "Ctrl+I"
    window.image_actions.add_images.trigger()
    names = [window.gallery.local_file(i).path.name for i in window.gallery.order[5:7]]
    assert names == [photos[0].name, photos[1].name]
    wait_for_uploads(qtbot, window)
    save(qtbot, window)
    server = [str(i) for i in sandbox.state.plenty_order(102)]
    assert server[5:7] == list(window.gallery.order[5:7]) and len(server) == 14


def test_an_upload_interrupted_by_a_crash_is_finished_at_the_next_start(
    qasync_loop, qtbot, sandbox, tmp_path
):
    """The journal holds an upload that never got its answer; the next window offers to
    finish it, checks by MD5 and leaves exactly one copy on the listing."""
    from imagedeck.paths import journal_path
    from imagedeck.sync.journal import Journal
    from imagedeck.sync.upload_calls import send_upload, upload_call
    from imagedeck.uploads.validate import check_file

    photo = tmp_path / "front.jpg"
    shutil.copy(TEST_IMAGES / "hopper.jpg", photo)
    connection = demo_connections(sandbox.base_url)["plentymarkets"]
    checked = check_file(photo, "plentymarkets")
    with Journal(journal_path()) as journal:
        journal.begin(
            marketplace="plentymarkets",
            base_url=connection.base_url,
            account="demo",
            connection=connection.name,
            listing=ITEM_102,
            wanted=[],
            calls=[upload_call(ITEM_102, checked, 0)],
        )

    async def upload_and_lose_the_answer() -> None:
        client = connection.open_client()
        try:
            await send_upload(client, ITEM_102, checked, 0)
        finally:
            await client.aclose()

    # On a plain loop in its own thread, as the save worker would (not the GUI's qasync loop).
    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, upload_and_lose_the_answer()).result()
    assert len(sandbox.state.plenty_order(102)) == 13
    sandbox.state.clear_requests()

    window = build_main_window(demo_connections(sandbox.base_url))
    window.ask_resume = lambda *_a: Choice.FINISH
    window.show()
    try:
        qtbot.waitUntil(lambda: window._offered_resume and not window.saving, timeout=WAIT_MS)
        with Journal(journal_path()) as journal:
            assert journal.unfinished() == []
        assert len(sandbox.state.plenty_order(102)) == 13  # no second copy
        assert (
            sandbox.state.count("POST") == 0
            or sandbox.state.count("POST", "/rest/items/102/images/upload") == 0
        )
    finally:
        window.ask_unsaved = lambda *_a, **_k: Choice.DISCARD
        window.close()
        run(qtbot, window.aclose())
        window.deleteLater()


def test_every_test_image_dropped_at_once_fails_or_uploads_by_its_own_merit(
    qtbot, window, sandbox, tmp_path
):
    """The whole hostile folder in one drop on plentymarkets: each bad file gets a failed
    tile with its reason (the one validation gives), every good one is uploaded."""
    from imagedeck.uploads.validate import UploadRefused, check_file

    folder = tmp_path / "all"
    shutil.copytree(TEST_IMAGES, folder, ignore=shutil.ignore_patterns("*.md"))
    expected: dict[str, str] = {}
    for path in sorted(folder.iterdir()):
        try:
            check_file(path, "plentymarkets")
            expected[path.name] = ""
        except UploadRefused as refused:
            expected[path.name] = refused.reason
    assert {"not_an_image.jpg", "empty.png", "truncated_jpeg.jpg"} <= {
        name for name, reason in expected.items() if reason
    }
    open_listing(qtbot, window, ListingRef("plentymarkets", "103"))
    drop_files(window, [folder], before_row=0)
    wait_for_uploads(qtbot, window)
    outcome = {}
    for image_id in window.gallery.order:
        local = window.gallery.local_file(image_id)
        if local is not None:
            outcome[local.path.name] = ""
    for _, local in window.gallery.failed_uploads:
        outcome[local.path.name] = local.reason
    assert outcome == expected
    states = {
        window.gallery.local_file(i).path.name: window.model.thumbnail_state(i)
        for i in window.gallery.order
        if window.gallery.local_file(i) is not None
    }
    assert states["benign.svg"] == ThumbnailState.READY  # drawn by QtSvg once checked safe
    assert {"external_href.svg", "entity_expansion.svg"} <= set(outcome) - set(states)
    window.grab().save(shot_path("issue5-hostile-drop.png"))
    uploaded = sum(1 for reason in expected.values() if not reason)
    assert len(sandbox.state.plenty_order(103)) == 4 + uploaded


def test_the_panel_shows_what_a_fresh_upload_will_have_and_its_file_name(
    qtbot, window, sandbox, photos
):
    """Issue 15: before Save the panel showed every "Shown in" box empty; after Save all
    were checked, though the seller did nothing. It shows the shop's truth from the start,
    and the name of the file the image came from."""
    open_listing(qtbot, window, ITEM_102)
    drop_files(window, photos[:1], before_row=0)
    temp = window.gallery.order[0]
    select_rows(window, [0])
    panel = window.details
    groups = panel.availability.groups
    assert all(group.all_box.isChecked() for group in groups.values())
    assert panel.info.file_name.text() == photos[0].name
    window.grab().save(shot_path("issue15-p4-fresh-upload-panel.png"))
    wait_for_uploads(qtbot, window)
    new_id = window.gallery.order[0]
    assert new_id != temp and not window.gallery.details_dirty
    server = sandbox.state.plenty_image(102, int(new_id))
    assert {(a.type, a.value) for a in server.availabilities} == {
        ("mandant", -1),
        ("marketplace", -1),
        ("listing", -1),
    }
    save(qtbot, window)
    run(qtbot, window.open_listing(ITEM_102))  # what the shop really has, read back
    assert window.gallery.details(new_id) == window.gallery.loaded_details(new_id)
    select_rows(window, [window.gallery.index_of(new_id)])
    assert all(group.all_box.isChecked() for group in groups.values())


def test_the_file_dialog_opens_in_pictures_then_in_the_last_folder(qtbot, tmp_path, monkeypatch):
    """Issue 15: Add Images… opened in the process's working folder, and the German dialog
    showed "Ver…nis" in its Type column."""
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog, QTreeView

    from imagedeck.ui.grid.image_file_dialog import image_file_dialog, remember_folder
    from test_ui_german import interface_language

    pictures = tmp_path / "Bilder"
    pictures.mkdir()
    (tmp_path / "shoot").mkdir()
    monkeypatch.setattr(
        QStandardPaths, "writableLocation", staticmethod(lambda _where: str(pictures))
    )
    dialog = image_file_dialog(None, [".jpg"])
    qtbot.addWidget(dialog)
    assert dialog.directory().absolutePath() == str(pictures)
    remember_folder(tmp_path / "shoot")
    with interface_language("de"):
        dialog = image_file_dialog(None, [".jpg"])
        qtbot.addWidget(dialog)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setDirectory(str(tmp_path))
        assert dialog.directory().absolutePath() == str(tmp_path)
        from imagedeck.ui.grid.image_file_dialog import fit_columns

        fit_columns(dialog)
        dialog.setViewMode(QFileDialog.ViewMode.Detail)
        dialog.show()
        view = dialog.findChild(QTreeView)
        assert view is not None
        qtbot.waitUntil(lambda: view.model().rowCount(view.rootIndex()) >= 2)
        header = view.header()
        kind = view.model().index(0, 2, view.rootIndex()).data()
        assert kind == "Verzeichnis" or kind == "Ordner", kind
        assert header.sectionSize(2) >= view.fontMetrics().horizontalAdvance(kind)
        dialog.grab().save(shot_path("issue15-p16-file-dialog-de.png"))
        dialog.close()
    assert image_file_dialog(None, [".jpg"]).directory().absolutePath() == str(tmp_path / "shoot")
