"""`python -m imagedeck` is the same as the `imagedeck` command."""

import sys

from imagedeck.cli.main import main

sys.exit(main())
