"""Texts the session shows about saves that need a little logic to word.

Every text is marked with `QT_TRANSLATE_NOOP("MainWindow", …)`: the window used to word
these itself, and the German catalogue keeps them under that context.
"""

from __future__ import annotations

from collections.abc import Sequence

from imagedeck.session.jobs import Job, ResumeJob
from imagedeck.texts import QT_TRANSLATE_NOOP, Text


def error_text(error: BaseException) -> str:
    """An exception's message, still translatable when it was raised with a `Text`."""
    if len(error.args) == 1 and isinstance(error.args[0], Text):
        return error.args[0]
    return str(error)


def joined(texts: Sequence[str], separator: str = "; ") -> Text:
    """`texts` joined by `separator`, each shown in the interface language where it can."""
    values = {f"part{number}": text for number, text in enumerate(texts)}
    return Text("", separator.join("{" + key + "}" for key in values), values)


def cancelled_summary(job: Job, done: int, total: int) -> Text:
    """How far a cancelled save got: "Save cancelled — 3 of 7 changes were saved"."""
    resuming = isinstance(job, ResumeJob)
    if total and done and resuming:
        text = QT_TRANSLATE_NOOP(
            "MainWindow",
            "Finishing the save of {listing} cancelled — {done} of {total} changes were saved",
        )
    elif total and done:
        text = QT_TRANSLATE_NOOP(
            "MainWindow", "Save cancelled — {done} of {total} changes were saved"
        )
    elif resuming:  # nothing answered yet (the engine may or may not have told the total)
        text = QT_TRANSLATE_NOOP(
            "MainWindow",
            "Finishing the save of {listing} cancelled before any change was confirmed",
        )
    else:
        text = QT_TRANSLATE_NOOP("MainWindow", "Save cancelled before any change was confirmed")
    return text.format(listing=job.listing.describe(), done=done, total=total)
