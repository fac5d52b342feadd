"""Adding files and deleting images in the plain-Python gallery: one undo step each, events
an adapter can mirror row by row, temporary ids swapped for the server's in place."""

from __future__ import annotations

from pathlib import Path

import pytest

from imagedeck.model.gallery import (
    DirtyChanged,
    FailuresChanged,
    Gallery,
    Inserted,
    Moved,
    Removed,
    Renamed,
    UploadChanged,
)
from imagedeck.model.image import Image, ListingRef
from imagedeck.model.local_images import UploadState, is_temp_id

ITEM = ListingRef("plentymarkets", "7")


def loaded(count: int = 4) -> Gallery:
    gallery = Gallery()
    images = [Image(id=str(100 + i), position=10 * i) for i in range(count)]
    gallery.load(ITEM, images)
    return gallery


def test_insert_files_is_one_undo_step_with_temporary_ids_in_place() -> None:
    gallery = loaded()
    events: list = []
    gallery.subscribe(events.append)
    ids = gallery.insert_files(1, [Path("/x/a.jpg"), Path("/x/b.jpg")])
    assert all(is_temp_id(i) for i in ids)
    assert gallery.order == ("100", ids[0], ids[1], "101", "102", "103")
    assert [e for e in events if isinstance(e, Inserted)] == [Inserted(1), Inserted(2)]
    assert gallery.dirty and gallery.undo_label == "Add 2 images"
    assert gallery.local_file(ids[0]).state is UploadState.WAITING
    assert gallery.saveable_order == ("100", "101", "102", "103")
    gallery.undo()
    assert gallery.order == ("100", "101", "102", "103") and not gallery.dirty
    gallery.redo()
    assert gallery.order[1:3] == tuple(ids)


def test_events_replayed_on_a_list_give_the_gallery_order() -> None:
    gallery = loaded(6)
    shadow = list(gallery.order)

    def mirror(event) -> None:
        if isinstance(event, Inserted):
            shadow.insert(event.row, gallery.order[event.row])
        elif isinstance(event, Removed):
            shadow.pop(event.row)
        elif isinstance(event, Moved):
            shadow.insert(event.dest, shadow.pop(event.source))
        elif isinstance(event, Renamed):
            shadow[event.row] = event.new_id

    gallery.subscribe(mirror)
    gallery.insert_files(3, ["/a.png", "/b.png", "/c.png"])
    gallery.remove([0, 4, 8])
    gallery.move([1], 0)
    for _ in range(3):
        gallery.undo()
        assert shadow == list(gallery.order)
    for _ in range(3):
        gallery.redo()
        assert shadow == list(gallery.order)


def test_upload_finished_swaps_the_id_in_place_and_in_the_history() -> None:
    gallery = loaded()
    (temp,) = gallery.insert_files(2, ["/photos/front.jpg"])
    events: list = []
    gallery.subscribe(events.append)
    gallery.set_upload_state(temp, UploadState.UPLOADING, 40)
    assert UploadChanged(temp) in events
    assert gallery.local_file(temp).describe() == "uploading 40 %"
    new = Image(id="555", position=20)  # the server put it after 101 (position 10)
    gallery.upload_finished(temp, new)
    assert Renamed(2, temp, "555") in events
    assert gallery.order == ("100", "101", "555", "102", "103")
    assert gallery.loaded_order == ("100", "101", "102", "555", "103")  # (20, 555) > (20, 102)
    assert gallery.local_file("555").state is UploadState.DONE
    assert gallery.dirty  # the server shows it after 102, the seller wants it before
    gallery.undo()  # the add, under its new id
    assert gallery.order == ("100", "101", "102", "103")
    assert gallery.deleted_ids == ("555",)  # on the server, not wanted: Save deletes it
    gallery.redo()
    assert gallery.order[2] == "555"


def test_remove_is_one_step_and_lists_what_save_deletes() -> None:
    gallery = loaded(5)
    events: list = []
    gallery.subscribe(events.append)
    assert gallery.remove([1, 3])
    assert gallery.order == ("100", "102", "104")
    assert gallery.deleted_ids == ("101", "103")
    assert DirtyChanged(True) in events
    assert [e for e in events if isinstance(e, Removed)] == [Removed(3), Removed(1)]
    assert {i.id for i in gallery.loaded_images} == {"100", "101", "102", "103", "104"}
    gallery.undo()
    assert gallery.order == ("100", "101", "102", "103", "104") and not gallery.dirty
    assert gallery.deleted_ids == ()


def test_deleting_the_main_image_with_a_chosen_successor_is_one_step() -> None:
    gallery = loaded(4)
    gallery.remove([0], new_main="103")
    assert gallery.order == ("103", "101", "102")
    assert gallery.undo_label == "Delete image"
    gallery.undo()
    assert gallery.order == ("100", "101", "102", "103")
    with pytest.raises(ValueError, match="image 100 cannot become the main image"):
        gallery.remove([0], new_main="100")


def test_a_failed_upload_leaves_the_grid_for_the_failure_list() -> None:
    """A refused file is not an image of the listing: not numbered, counted or saved,
    and a reload keeps it apart (issue 15: it stayed as tile #7 after Save and F5)."""
    gallery = loaded(3)
    events = []
    gallery.subscribe(events.append)
    ok, bad = gallery.insert_files(1, ["/a.jpg", "/broken.jpg"])
    gallery.edit_details([bad], lambda d: d.with_name("de", "kaputt"), "Set name")
    gallery.set_upload_state(bad, UploadState.FAILED, reason="damaged")
    assert Removed(2) in events and FailuresChanged() in events
    assert bad not in gallery.order and len(gallery) == 4
    assert [(i, f.reason) for i, f in gallery.failed_uploads] == [(bad, "damaged")]
    assert bad not in gallery.details_by_id
    gallery.upload_finished(ok, Image(id="900", position=5))
    assert gallery.order == ("100", "900", "101", "102")
    assert not gallery.dirty
    gallery.load(ITEM, list(gallery.loaded_images))
    assert gallery.order == ("100", "900", "101", "102")
    assert [i for i, _ in gallery.failed_uploads] == [bad]
    while gallery.undo():  # the history never brings the failed tile back
        assert bad not in gallery.order
    assert gallery.take_failed(bad).path == Path("/broken.jpg")
    assert gallery.failed_uploads == ()


def test_a_failed_upload_deleted_meanwhile_is_forgotten_and_another_listing_clears() -> None:
    gallery = loaded(2)
    a, b = gallery.insert_files(0, ["/a.jpg", "/b.jpg"])
    gallery.remove([gallery.index_of(a)])
    gallery.set_upload_state(a, UploadState.FAILED, reason="refused")
    gallery.set_upload_state(b, UploadState.FAILED, reason="refused")
    assert [i for i, _ in gallery.failed_uploads] == [b]
    gallery.load(ListingRef("plentymarkets", "8"), [Image(id="1", position=0)])
    assert gallery.failed_uploads == ()


def test_discard_files_takes_a_tile_out_of_the_grid_and_the_history() -> None:
    gallery = loaded(2)
    a, b = gallery.insert_files(1, ["/a.jpg", "/dup.jpg"])
    gallery.discard_files([b])
    assert gallery.order == ("100", a, "101")
    gallery.undo()
    assert gallery.order == ("100", "101")
    gallery.redo()
    assert gallery.order == ("100", a, "101")


def test_another_listing_drops_added_tiles() -> None:
    gallery = loaded(2)
    gallery.insert_files(0, ["/a.jpg"])
    gallery.load(ListingRef("plentymarkets", "8"), [Image(id="1", position=0)])
    assert gallery.order == ("1",)


def test_details_of_an_added_file_wait_for_its_server_id() -> None:
    from imagedeck.model.details import ImageDetails, ImageName

    gallery = loaded(2)
    (temp,) = gallery.insert_files(0, ["/front.jpg"])
    named = ImageDetails(names=(ImageName("de", "Front"),))
    gallery.edit_details([temp], lambda _d: named, "Set name")
    assert temp not in gallery.details_by_id  # a save now would not send it
    gallery.upload_finished(temp, Image(id="300", position=0))
    assert gallery.details_by_id["300"] == named
    assert gallery.changed_details == {"300": named}


def test_undo_history_survives_a_save_and_undo_is_then_a_new_unsaved_edit() -> None:
    """Issue 15: Save cleared the undo history. Kept across the reload a save ends with,
    undo steps back as a new, unsaved edit; a step about an image the save deleted (it is
    gone from the server) loses that image."""
    gallery = loaded(4)
    gallery.move_to_front([2])  # 102 100 101 103
    gallery.remove([gallery.index_of("103")])  # 102 100 101
    saved = [Image(id=i, position=10 * n) for n, i in enumerate(("102", "100", "101"))]
    gallery.load(ITEM, saved, keep_history=True)  # what the server holds after the save
    assert not gallery.dirty and gallery.undo_label == "Make main image"
    assert gallery.undo()  # the delete of 103 cannot come back: that step was dropped
    assert gallery.order == ("100", "101", "102") and gallery.dirty
    assert gallery.redo() and not gallery.dirty
    gallery.load(ITEM, saved)  # an ordinary reload (F5) starts afresh
    assert gallery.undo_label is None
