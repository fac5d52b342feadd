"""`python -m imagedeck.sandbox [options]`: the sandbox without the app's CLI."""

import sys

from .main import run_sandbox

sys.exit(run_sandbox(sys.argv[1:]))
