""""Where": a question that asks for a place. "Where have grey herons been seen most often?" is "which site
have grey herons been seen most often?" on a log of sightings at sites: the place is a table of places or a
column naming one (city, region, location). Where the catalog records no place, "where" is refused, never
dropped (dropped, it would leave "grey herons seen most often": a species, not a place)."""

from __future__ import annotations

from humandb.brain.catalog import Catalog, name_parts
from humandb.reading.questions.words import singular

__all__ = ["PLACE_PARTS", "places"]

# The last word of a table's or column's name that makes it a place.
PLACE_PARTS = frozenset("""site location place venue city town country region area branch store shop office
warehouse county district zone station address""".split())
_MOST = 4  # places tried: each is one more reading of the question


def places(catalog: Catalog) -> list[tuple[str, str | None]]:
    """The catalog's places as a question would name them, each with the table a place column is on: tables
    of places first (None), then place columns. A column is a place only of its own rows (where observers
    live); a place table is where linked rows happened (where a sighting was)."""
    tables: list[tuple[str, str | None]] = [
        (" ".join(parts), None) for table in catalog.tables.values()
        if (parts := [singular(part) for part in name_parts(table.name)]) and parts[-1] in PLACE_PARTS]
    columns: list[tuple[str, str | None]] = [
        (" ".join(column.parts), table.name) for table in catalog.tables.values() for column in table.columns
        if column.parts and column.parts[-1] in PLACE_PARTS and not column.numeric and not column.key]
    return list(dict.fromkeys(tables + columns))[:_MOST]
