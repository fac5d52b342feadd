"""The pre-checks of an upload, decided once for the window and `imagedeck images add`.

Before anything is sent, every file is checked by content; a file the marketplace cannot
take is refused with the check's reason. Files in a format the marketplace can convert
(AutoScout24: GIF to JPEG) raise one question, "Convert to JPEG?"; files already on the
listing (or twice among the new ones) raise another, "upload them anyway?"; the
marketplace's image limit (`Capabilities.image_limit`) refuses the files beyond it. The
window answers the questions with dialogs, the CLI from its options (`--convert`; a
duplicate is always skipped), through the small `UploadQuestions` Protocol, so a file the
window refuses is refused by the CLI the same way and with the same message.

The plan does no I/O of its own: the caller passes how to check files (a thread pool, the
window's decode pool) and the listing's images with their MD5s.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

from imagedeck.marketplaces.base import Capabilities
from imagedeck.marketplaces.registry import display_name
from imagedeck.marketplaces.upload_file import CheckedFile
from imagedeck.texts import QT_TRANSLATE_NOOP
from imagedeck.uploads.validate import AS24_ONLY_JPG_PNG, UploadRefused

K = TypeVar("K")

Checker = Callable[[Sequence[Path], bool], Awaitable[list[CheckedFile | UploadRefused]]]
"""Checks files by content, in order; `True` lets convertible formats be converted."""


class UploadQuestions(Protocol):
    """What the plan needs a person (or the command line's options) to decide."""

    def convert(self, names: Sequence[str]) -> bool:
        """May the files `names` (in a format the marketplace does not take) be converted?"""
        ...

    def upload_duplicates(self, duplicates: Sequence[Duplicate[Any]]) -> bool:
        """Upload these files, whose pictures are on the listing already, anyway?"""
        ...


@dataclass(frozen=True)
class AnsweredQuestions:
    """Answers given in advance (the CLI's `--convert`; duplicates skipped unless told)."""

    may_convert: bool = False
    duplicates_too: bool = False

    def convert(self, names: Sequence[str]) -> bool:
        return self.may_convert

    def upload_duplicates(self, duplicates: Sequence[Duplicate[Any]]) -> bool:
        return self.duplicates_too


@dataclass(frozen=True)
class Refusal(Generic[K]):
    """A file that cannot be uploaded and why (one sentence to show beside its name)."""

    key: K
    path: Path
    reason: str


@dataclass(frozen=True)
class Duplicate(Generic[K]):
    """A file whose picture is on the listing already (`existing`: image id, `place`:
    1-based as the marketplace numbers it) or earlier among the new files (`twin`)."""

    key: K
    file: CheckedFile
    existing: str = ""
    place: int = 0
    twin: Path | None = None

    @property
    def why(self) -> str:
        if self.twin is not None:
            return QT_TRANSLATE_NOOP("UploadPlan", "the same picture as {name}").format(
                name=self.twin.name
            )
        return QT_TRANSLATE_NOOP("UploadPlan", "already on this listing as image {place}").format(
            place=self.place
        )

    def line(self, translate: Callable[[str], str] = str) -> str:
        """ "name: why", the line the duplicate question shows (`why` put through
        `translate`: the window shows it in the interface language)."""
        return f"{self.file.path.name}: {translate(self.why)}"


@dataclass
class UploadPlan(Generic[K]):
    """The files to send (in order), and those refused or skipped with their reasons."""

    accepted: list[tuple[K, CheckedFile]] = field(default_factory=list)
    refused: list[Refusal[K]] = field(default_factory=list)
    skipped: list[Duplicate[K]] = field(default_factory=list)


def beyond_limit_reason(marketplace: str, limit: int, count: int, room: int) -> str:
    """Why a file does not fit into the listing's image limit (same words in window and CLI)."""
    return QT_TRANSLATE_NOOP(
        "UploadPlan",
        "{marketplace} allows at most {limit} images per listing: it has {count}, so {room} "
        "more fit",
    ).format(marketplace=display_name(marketplace), limit=limit, count=count, room=room)


def offers_conversion(capabilities: Capabilities, refused: UploadRefused) -> bool:
    """A refusal that a conversion may cure (a GIF for AutoScout24, not a broken file)."""
    return bool(capabilities.upload.convertible) and str(refused.reason).startswith(
        AS24_ONLY_JPG_PNG
    )


async def plan_upload(
    marketplace: str,
    capabilities: Capabilities,
    files: Sequence[tuple[K, Path]],
    *,
    check: Checker,
    questions: UploadQuestions,
    listed: Sequence[tuple[str, str]] = (),
    queued: int = 0,
    on_refused: Callable[[Refusal[K]], None] | None = None,
) -> UploadPlan[K]:
    """Decide which of `files` (key, path) go to the listing; see the module docstring.

    `listed` is the listing's images as the marketplace numbers them: (id, MD5; "" when
    unknown). `queued` counts files already on their way (they take room under the limit).
    `on_refused` hears each refusal as it is decided (the window marks the tile at once).
    The accepted files keep the order of `files`.
    """
    plan: UploadPlan[K] = UploadPlan()

    def refuse(key: K, path: Path, reason: str) -> None:
        refusal = Refusal(key, path, reason)
        plan.refused.append(refusal)
        if on_refused is not None:
            on_refused(refusal)

    checked: list[tuple[int, K, CheckedFile]] = []
    to_convert: list[tuple[int, K, Path]] = []
    results = await check([path for _, path in files], False)
    for index, ((key, path), result) in enumerate(zip(files, results, strict=True)):
        if isinstance(result, CheckedFile):
            checked.append((index, key, result))
        elif offers_conversion(capabilities, result):
            to_convert.append((index, key, path))
        else:
            refuse(key, path, result.reason)
    if to_convert:
        if questions.convert([path.name for _, _, path in to_convert]):
            converted = await check([path for _, _, path in to_convert], True)
            for (index, key, path), result in zip(to_convert, converted, strict=True):
                if isinstance(result, CheckedFile):
                    checked.append((index, key, result))
                else:
                    refuse(key, path, result.reason)
        else:
            for index, key, path in to_convert:
                refuse(key, path, _first_refusal(results[index]))
    checked.sort(key=lambda entry: entry[0])
    kept = _without_duplicates(checked, listed, questions, plan)
    limit = capabilities.image_limit
    if limit is not None:
        room = max(0, limit - len(listed) - max(0, queued))
        for _, key, file in kept[room:]:
            refuse(key, file.path, beyond_limit_reason(marketplace, limit, len(listed), room))
        kept = kept[:room]
    plan.accepted = [(key, file) for _, key, file in kept]
    return plan


def _first_refusal(result: CheckedFile | UploadRefused) -> str:
    return result.reason if isinstance(result, UploadRefused) else ""


def _without_duplicates(
    checked: list[tuple[int, K, CheckedFile]],
    listed: Sequence[tuple[str, str]],
    questions: UploadQuestions,
    plan: UploadPlan[K],
) -> list[tuple[int, K, CheckedFile]]:
    """Ask about files whose MD5 is on the listing (or twice among the new ones): upload
    them anyway, or skip them (they go to `plan.skipped`)."""
    places: dict[str, tuple[str, int]] = {}
    for place, (image_id, md5) in enumerate(listed, 1):
        if md5:
            places.setdefault(md5.lower(), (image_id, place))
    seen: dict[str, CheckedFile] = {}
    kept: list[tuple[int, K, CheckedFile]] = []
    dupes: list[tuple[int, Duplicate[K]]] = []
    for index, key, file in checked:
        md5 = file.md5.lower()
        if md5 in places:
            existing, place = places[md5]
            dupes.append((index, Duplicate(key, file, existing=existing, place=place)))
        elif md5 in seen:
            dupes.append((index, Duplicate(key, file, twin=seen[md5].path)))
        else:
            seen[md5] = file
            kept.append((index, key, file))
    if dupes and questions.upload_duplicates([dupe for _, dupe in dupes]):
        kept += [(index, dupe.key, dupe.file) for index, dupe in dupes]
        kept.sort(key=lambda entry: entry[0])
    else:
        plan.skipped = [dupe for _, dupe in dupes]
    return kept
