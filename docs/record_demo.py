"""Record `humandb demo --fast` from a real run as docs/demo.svg (for the README).

    python docs/record_demo.py
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from rich.console import Console
from rich.text import Text

WIDTH = 100


def main() -> None:
    env = {**os.environ, "COLUMNS": str(WIDTH), "FORCE_COLOR": "1", "TERM": "xterm-256color"}
    env.pop("NO_COLOR", None)
    run = subprocess.run([sys.executable, "-m", "humandb", "demo", "--fast", "--no-sound"], capture_output=True,
                         text=True, env=env, check=True)
    console = Console(record=True, width=WIDTH, file=open(os.devnull, "w"))  # noqa: SIM115 - recording only
    console.print(Text.from_ansi(run.stderr))
    target = Path(__file__).with_name("demo.svg")
    console.save_svg(str(target), title="humandb demo")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
