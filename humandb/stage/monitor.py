"""Drawing Dave's monitor bezel with its post-its, for the terminal (rich)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from humandb.dave.bezel import CAPACITY, PostIt, loose

__all__ = ["draw"]

_INK = {
    "yellow": "black on yellow1",
    "pink": "black on pink1",
    "green": "black on pale_green1",
    "blue": "black on light_sky_blue1",
    "orange": "black on orange1",
}


def _note(postit: PostIt, width: int = 18) -> Any:
    """A post-it: its label in whole words on up to two lines (cut with "…" when longer), never mid-word."""
    import textwrap

    from rich.text import Text

    lines = textwrap.wrap(postit.label, width - 2, break_long_words=True) or [""]
    if len(lines) > 2:
        lines = [lines[0], lines[1][: width - 3] + "…"]
    return Text("\n".join(f" {line} ".ljust(width) for line in lines), style=_INK.get(postit.colour, "reverse"))


def draw(postits: Sequence[PostIt]) -> Any:
    """A rich renderable: the monitor with post-its stuck on its top, left and right edges."""
    from rich.console import Group
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    sides = {place: [p for p in postits if p.place == place] for place in ("top", "left", "right")}
    top = Table.grid(padding=(0, 2))
    for _ in sides["top"]:
        top.add_column(vertical="top")
    if sides["top"]:
        top.add_row(*[_note(p, 16) for p in sides["top"]])
    screen = Panel(Text("\n  SELECT * FROM my_patience;\n", style="green"), title="Dave's monitor",
                   subtitle=f"{len(loose(postits))}/{CAPACITY} post-its", width=36, height=7)
    grid = Table.grid(padding=(0, 1))
    for _ in range(3):
        grid.add_column(vertical="top")
    grid.add_row(Group(*[_note(p) for p in sides["left"]]), screen, Group(*[_note(p) for p in sides["right"]]))
    above = Table.grid()
    above.add_column(width=20)
    above.add_column()
    above.add_row("", top)
    return Group(above, grid)
