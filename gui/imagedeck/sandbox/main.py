"""`imagedeck sandbox`: run both marketplace emulators until Ctrl+C.

cli.py wires this in with `add_sandbox_arguments(parser)` and `run_sandbox(args)`; the same
works standalone as `python -m imagedeck.sandbox`. The first line printed is the base URL
(scripts read it), then the demo credentials.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from typing import TextIO

from .faults import Faults

DEFAULT_PORT = 8123


def add_sandbox_arguments(parser: argparse.ArgumentParser) -> None:
    """The sandbox's options: where to listen and which faults to inject."""
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help=f"port (0 = any free; {DEFAULT_PORT})"
    )
    parser.add_argument(
        "--catalogue",
        type=_count,
        metavar="N",
        help="plentymarkets catalogue items beside the demo's (default 230; e.g. 5000)",
    )
    parser.add_argument(
        "--vehicles", type=_count, metavar="N", help="AutoScout24 catalogue vehicles (default 38)"
    )
    faults = parser.add_argument_group("fault injection (all off by default)")
    faults.add_argument("--latency-ms", type=float, default=0.0, help="added to every request")
    faults.add_argument("--write-budget", type=int, help="plentymarkets writes per period")
    faults.add_argument("--write-period", type=float, default=1.0, help="seconds (default 1)")
    faults.add_argument("--read-budget", type=int, help="plentymarkets reads per period")
    faults.add_argument("--read-period", type=float, default=1.0, help="seconds (default 1)")
    faults.add_argument("--error-rate", type=_rate, default=0.0, help="chance of a 5xx page")
    faults.add_argument("--drop-rate", type=_rate, default=0.0, help="chance of no answer")
    faults.add_argument(
        "--drop-when",
        choices=("before", "after", "either"),
        default="before",
        help="whether a dropped request was applied first (default before = not applied)",
    )
    faults.add_argument("--token-ttl", type=float, help="seconds an access token lives")
    faults.add_argument("--token-max-calls", type=int, help="calls an access token answers")
    faults.add_argument("--seed", type=int, help="seed of the random faults")


def faults_from_args(args: argparse.Namespace) -> Faults:
    """The Faults the parsed options ask for."""
    return Faults(
        latency_ms=args.latency_ms,
        write_budget=args.write_budget,
        write_period_s=args.write_period,
        read_budget=args.read_budget,
        read_period_s=args.read_period,
        error_rate=args.error_rate,
        drop_rate=args.drop_rate,
        drop_when=args.drop_when,
        token_ttl_s=args.token_ttl,
        token_max_calls=args.token_max_calls,
        seed=args.seed,
    )


def run_sandbox(
    args: argparse.Namespace | Sequence[str] | None = None, out: TextIO | None = None
) -> int:
    """Serve until interrupted; `args` are parsed options or a raw argument list."""
    if not isinstance(args, argparse.Namespace):
        parser = argparse.ArgumentParser(
            prog="imagedeck sandbox", description="Local emulator of plentymarkets and AutoScout24."
        )
        add_sandbox_arguments(parser)
        args = parser.parse_args(args)
    out = out or sys.stdout
    # Here, not at the top: every command's parser takes add_sandbox_arguments, and the
    # server stack (uvicorn, starlette, the picture drawing) cost a non-demo start ~0.3 s.
    from .server import SandboxServer

    server = SandboxServer(
        faults=faults_from_args(args),
        host=args.host,
        port=args.port,
        catalogue=args.catalogue,
        vehicles=args.vehicles,
    )
    try:
        base = server.start()
    except OSError as error:
        print(f"The sandbox cannot listen on {args.host}:{args.port}: {error}", file=sys.stderr)
        return 1
    print(f"ImageDeck sandbox running at {base}", file=out)
    print(f"  plentymarkets: base URL {base}, user demo, password demo", file=out)
    print(f"  AutoScout24:   base URL {base}, client id demo, client secret demo", file=out)
    print("Press Ctrl+C to stop.", file=out, flush=True)
    try:
        while True:
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


def _count(text: str) -> int:
    """A catalogue size: a whole number from 0 to 100,000 (ids must not reach the next range)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 0 <= value <= 100_000:
        raise argparse.ArgumentTypeError("a catalogue size is from 0 to 100000")
    return value


def _rate(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError("a rate is between 0 and 1")
    return value
