"""What README.md and docs/*.md quote Dave as saying is what he says: each quote of a printed output
(`# → ...` in an example) is checked against the example's real output, with the seed it gives, on the
tests' fixed morning. Regenerate them with `PYTHONPATH=. python -m tests.readme_quotes`."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from tests.readme_quotes import PAGES, Quote, heard, matches, quote_of, quotes

QUOTES = [quote for page in PAGES for quote in quotes(page)]


@functools.cache
def _printed(page: Path, example: int) -> dict[int, str]:
    return heard(page, example)


def test_the_readme_quotes_daves_words() -> None:
    readme = [quote for quote in QUOTES if quote.page.name == "README.md"]
    assert len(readme) >= 8
    assert any("1987" in quote.text for quote in readme) and any("post-it" in quote.text or "pink" in quote.text
                                                                  for quote in readme)


@pytest.mark.parametrize("quote", QUOTES, ids=[f"{q.page.stem}-{q.example}-{q.line}" for q in QUOTES])
def test_a_quote_is_what_the_example_prints(quote: Quote) -> None:
    printed = _printed(quote.page, quote.example)
    assert quote.line in printed, f"line {quote.line} of example {quote.example} printed nothing"
    assert matches(quote.text, printed[quote.line]), (quote.text, printed[quote.line])


@pytest.mark.parametrize(
    ("quote", "printed", "same"),
    [("One. Two.", "One. Two.", True), ("One. …", "One. Two. Three.", True), ("One. … Three.", "One. Two. Three.",
     True), ("… Three.", "One. Two. Three.", True), ("One. Two.", "One. Two. Three.", False),
     ("One. … Four.", "One. Two. Three.", False), ("Uno. …", "One. Two.", False), ("[(860,)]", "[(870,)]", False)],
)
def test_a_quote_leaves_words_out_only_where_it_says(quote: str, printed: str, same: bool) -> None:
    assert matches(quote, printed) is same


def test_a_quote_made_from_an_output_matches_it() -> None:
    said = ("18 thousand orders, and that's the whole binder. By the way, one order is dated 1987. "
            "I didn't want to bring it up. It was Katherine. I checked the initials.")
    for room in (20, 60, 100, 400):
        made = quote_of(said, room)
        assert len(made) <= room or " " not in made
        assert matches(made, said), (room, made)
    assert matches(quote_of("(1, 'a', 10.0)\n(2, 'b', 5.0)", 100), "(1, 'a', 10.0)\n(2, 'b', 5.0)")
