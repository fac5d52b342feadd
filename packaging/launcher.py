"""The frozen app's entry point: the same `main()` as the `imagedeck` console script."""

import sys

from imagedeck.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
