"""`python -m humandb` is the `humandb` command."""

import sys

from humandb.cli import main

sys.exit(main())
