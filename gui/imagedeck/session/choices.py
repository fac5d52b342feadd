"""The answers a user can give to the session's questions (unsaved changes, a conflict,
unfinished saves). Plain values, so the Qt-free session can act on them; the dialogs that
ask are in ui/dialogs/questions.py."""

from __future__ import annotations

from enum import Enum


class Choice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"
    RELOAD = "reload"
    OVERWRITE = "overwrite"
    FINISH = "finish"
    LATER = "later"
