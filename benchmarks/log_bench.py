"""Log redaction benchmark: what masking secrets costs per log line.

Run:  .venv/bin/python -m benchmarks.log_bench   (a few seconds)

Every line of the support log goes through `imagedeck.logs.redact` (patterns plus the
literal secrets the app knows). A save of 100 images logs a few hundred lines, so the
interesting figure is microseconds per line: plain lines (the common case), lines with a
secret, and a traceback, with 20 known secrets registered as in a busy session.
It also prints the bare `logging` cost of a line to the rotating file for comparison.
"""

from __future__ import annotations

import logging
import os
import tempfile
import time
import traceback

from imagedeck import logs

LINES = {
    "plain": "PUT http://127.0.0.1:8123/rest/items/101/images/1064 -> 200",
    "with secrets": (
        "request {'Authorization': 'Bearer eyJhbGciOiJIUzI1NiJ9.abc.def', 'Accept': 'json'} "
        "body password=Tr0ub4dor&3&refresh_token=rt-9f8e7d6c5b4a39281706"
    ),
}


def traceback_text() -> str:
    def deep(n: int) -> None:
        if n == 0:
            raise RuntimeError("token answer {'access_token': 'abcdef123456'}")
        deep(n - 1)

    try:
        deep(18)
    except RuntimeError:
        return traceback.format_exc()
    return ""


def per_call_us(function, argument: str, repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        function(argument)
    return (time.perf_counter() - start) / repeat * 1e6


def main() -> None:
    for number in range(20):
        logs.register_secret(f"known-secret-value-{number:04d}")
    cases = {**LINES, "traceback, 19 frames": traceback_text()}
    print(f"{'line':<24}{'chars':>7}{'redact µs':>12}")
    for name, text in cases.items():
        repeat = 2000 if len(text) < 500 else 300
        print(f"{name:<24}{len(text):>7}{per_call_us(logs.redact, text, repeat):>12.1f}")
    os.environ["IMAGEDECK_DATA_DIR"] = tempfile.mkdtemp(prefix="imagedeck-logbench-")
    logs.configure_logging()
    log = logging.getLogger("imagedeck.bench")
    start = time.perf_counter()
    repeat = 2000
    for _ in range(repeat):
        log.info("%s", LINES["plain"])
    elapsed = (time.perf_counter() - start) / repeat * 1e6
    logs.stop_logging()
    print(f"one plain line logged to the rotating file, redaction included: {elapsed:.1f} µs")


if __name__ == "__main__":
    main()
