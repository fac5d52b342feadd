"""Coroutines started from Qt slots, kept alive and never failing silently.

asyncio holds only weak references to tasks, so a task started from a button click and
stored nowhere may be garbage-collected mid-flight; and an exception in a task nobody
awaits is only logged when the task is collected, if ever. This keeps a reference until
the task ends and hands any crash to a callback that shows it to the user.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

log = logging.getLogger(__name__)


class BackgroundTasks:
    """Owns the tasks a window starts; `cancel_all` when the window goes away."""

    def __init__(self, on_error: Callable[[BaseException], None] | None = None) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()
        self._on_error = on_error

    def spawn(self, coroutine: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        task = asyncio.ensure_future(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._finished)
        return task

    def cancel_all(self) -> None:
        for task in list(self._tasks):
            task.cancel()

    async def wait(self) -> None:
        """Until every task started so far has ended (tests, shutdown)."""
        while self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)

    def _finished(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        error = task.exception()
        if error is None:
            return
        log.error("background task failed", exc_info=error)
        if self._on_error is not None:
            self._on_error(error)
