"""How long the minimal-write plan takes for 5,000 images (a few moves, and a reversal).

Run:  .venv/bin/python -m benchmarks.plan_bench
The functional tests check the plan's soundness only; timing lives here.
"""

from __future__ import annotations

import time

from imagedeck.model.plan import plan_positions


def main() -> None:
    shown = [(k, 10 * k) for k in range(1, 5001)]
    few = list(shown)
    for source, dest in [(4999, 0), (2500, 10), (17, 4000)]:
        few.insert(dest, few.pop(source))
    for name, wanted in (("few moves", few), ("reverse", shown[::-1])):
        started = time.perf_counter()
        plan = plan_positions(wanted)
        elapsed = time.perf_counter() - started
        print(f"{name}: {len(plan)} writes planned in {elapsed * 1000:.1f} ms")


if __name__ == "__main__":
    main()
