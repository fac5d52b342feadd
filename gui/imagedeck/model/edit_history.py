"""The gallery's undo and redo stacks, and the id bookkeeping they need.

An `Edit` holds whole orders and the details of just the images it changed, so undo and
redo restore an exact prior state whatever came before. Two things rewrite the history
in place rather than adding to it: an upload that finishes swaps a temporary id for the
server's id in every entry (`rename`), and a file taken out for good (a skipped
duplicate) disappears from every entry (`forget`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from imagedeck.model.details import ImageDetails


@dataclass(frozen=True)
class Edit:
    """One undoable edit: its label, the full order before and after, and the details before
    and after of the images it changed (empty for a pure reorder). Not to be mutated."""

    label: str
    before: tuple[str, ...]
    after: tuple[str, ...]
    details_before: Mapping[str, ImageDetails] = field(default_factory=dict)
    details_after: Mapping[str, ImageDetails] = field(default_factory=dict)


class EditHistory:
    """Undo and redo stacks of `Edit`s; a new edit ends the redo branch."""

    def __init__(self) -> None:
        self._undo: list[Edit] = []
        self._redo: list[Edit] = []

    @property
    def undo_label(self) -> str | None:
        return self._undo[-1].label if self._undo else None

    @property
    def redo_label(self) -> str | None:
        return self._redo[-1].label if self._redo else None

    def snapshot(self) -> tuple[list[Edit], list[Edit]]:
        """Copies of the undo and redo stacks (to put back after a reload, `restore`)."""
        return self._undo[:], self._redo[:]

    def restore(self, stacks: tuple[list[Edit], list[Edit]]) -> None:
        self._undo[:], self._redo[:] = stacks

    def ids(self) -> set[str]:
        """Every image id any entry mentions."""
        return {i for e in [*self._undo, *self._redo] for i in (*e.before, *e.after)}

    def clear(self) -> None:
        self._undo.clear()
        self._redo.clear()

    def record(self, edit: Edit) -> None:
        """`edit` was just made: it goes on the undo stack and the redo branch ends."""
        self._undo.append(edit)
        self._redo.clear()

    def take_undo(self) -> Edit | None:
        """The edit to undo (moved to the redo stack), or None when there is none."""
        if not self._undo:
            return None
        edit = self._undo.pop()
        self._redo.append(edit)
        return edit

    def take_redo(self) -> Edit | None:
        """The edit to redo (moved back to the undo stack), or None when there is none."""
        if not self._redo:
            return None
        edit = self._redo.pop()
        self._undo.append(edit)
        return edit

    def rename(self, old: str, new: str) -> None:
        """Every entry speaks of `new` where it spoke of `old` (an upload got its id)."""

        def swap(ids: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(new if i == old else i for i in ids)

        def swap_keys(details: Mapping[str, Any]) -> dict[str, Any]:
            return {(new if k == old else k): v for k, v in details.items()}

        for stack in (self._undo, self._redo):
            stack[:] = [
                dataclasses.replace(
                    e,
                    before=swap(e.before),
                    after=swap(e.after),
                    details_before=swap_keys(e.details_before),
                    details_after=swap_keys(e.details_after),
                )
                for e in stack
            ]

    def forget(self, gone: str) -> None:
        """`gone` leaves every entry; entries left with nothing to do go with it."""
        for stack in (self._undo, self._redo):
            edits = [
                dataclasses.replace(
                    e,
                    before=tuple(i for i in e.before if i != gone),
                    after=tuple(i for i in e.after if i != gone),
                    details_before={k: v for k, v in e.details_before.items() if k != gone},
                    details_after={k: v for k, v in e.details_after.items() if k != gone},
                )
                for e in stack
            ]
            stack[:] = [e for e in edits if e.before != e.after or e.details_after]
