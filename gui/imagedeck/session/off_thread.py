"""Run blocking work (SQLite on the journal) off the GUI thread and await its answer.

The GUI thread runs the qasync loop and must never block on SQLite (design.md, Threads). A
thread per call rather than a pool: journal reads are rare (start-up, a failed resume), and
a thread that ends with its call leaves nothing running when the window closes.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


async def off_thread(work: Callable[[], T]) -> T:
    """`work()` on a thread of its own; its result (or exception) comes back here."""
    loop = asyncio.get_running_loop()
    answer: asyncio.Future[T] = loop.create_future()

    def deliver(result: T | None, error: BaseException | None) -> None:
        if answer.done():
            return  # the awaiting task was cancelled meanwhile
        if error is not None:
            answer.set_exception(error)
        else:
            answer.set_result(result)  # type: ignore[arg-type]

    def run() -> None:
        try:
            result = work()
        except BaseException as error:  # handed to the awaiting task, not lost here
            outcome: tuple[T | None, BaseException | None] = (None, error)
        else:
            outcome = (result, None)
        with contextlib.suppress(RuntimeError):  # the loop closed meanwhile: nobody waits
            loop.call_soon_threadsafe(deliver, *outcome)

    threading.Thread(target=run, name="imagedeck-journal").start()
    return await answer
