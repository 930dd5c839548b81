"""The SELECT being put together, as sqlglot expressions: what is selected, the joins, filters, groups,
order and limit; and how Dave would say it in words."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlglot import exp

from humandb.brain.catalog import Column, Table

__all__ = ["Query", "agg", "line_revenue", "literal", "ref", "table_ref", "value_of"]


def ref(table: str, column: str) -> exp.Column:
    """table.column, quoted only where SQLite needs it."""
    return exp.Column(this=exp.to_identifier(column), table=exp.to_identifier(table))


def value_of(column: Column) -> exp.Expression:
    """A column's value; for a line's revenue (see `line_revenue`), price × quantity (× (1 − discount))."""
    if "*" not in column.name:
        return ref(column.table, column.name)
    price, quantity, *discount = column.name.split("*")
    product: exp.Expression = exp.Mul(this=ref(column.table, price), expression=ref(column.table, quantity))
    if discount:
        product = exp.Mul(this=product, expression=exp.Paren(this=exp.Sub(
            this=literal(1), expression=ref(column.table, discount[0]))))
    return product


def line_revenue(table: Table) -> Column | None:
    """What a line of a sale brings in, where a table has a unit price and a quantity (order lines, invoice
    lines): their product, less the discount if there is one. A virtual column named "price*quantity"."""
    numbers = [c for c in table.columns if c.numeric and not c.key]
    price = next((c for c in numbers if set(c.parts) & {"price", "cost", "rate"}), None)
    quantity = next((c for c in numbers if set(c.parts) & {"quantity", "qty"} or c.parts == ("units",)), None)
    if price is None or quantity is None:
        return None
    discount = next((c for c in numbers if "discount" in c.parts), None)
    name = "*".join([price.name, quantity.name] + ([discount.name] if discount is not None else []))
    return Column(table.name, name, "REAL", "number")


def table_ref(name: str, alias: str = "") -> exp.Table:
    table = exp.Table(this=exp.to_identifier(name))
    if alias:
        table.set("alias", exp.TableAlias(this=exp.to_identifier(alias)))
    return table


def literal(value: object) -> exp.Expression:
    if isinstance(value, str):
        return exp.Literal.string(value)
    if isinstance(value, float) and value.is_integer():
        return exp.Literal.number(int(value))
    return exp.Literal.number(str(value))


def agg(function: str, argument: exp.Expression | None = None, distinct: bool = False) -> exp.Expression:
    """COUNT(*), COUNT(DISTINCT x), SUM(x), AVG(x), MIN(x), MAX(x)."""
    inner: exp.Expression = argument if argument is not None else exp.Star()
    if distinct:
        inner = exp.Distinct(expressions=[inner])
    kinds: dict[str, type[exp.Expression]] = {"count": exp.Count, "sum": exp.Sum, "avg": exp.Avg, "min": exp.Min,
                                        "max": exp.Max}
    return kinds[function](this=inner)


def is_aggregate(expression: exp.Expression) -> bool:
    return isinstance(expression, exp.AggFunc) or bool(expression.find(exp.AggFunc))


@dataclass
class Query:
    entity: str
    select: list[exp.Expression] = field(default_factory=list)
    where: list[exp.Expression] = field(default_factory=list)
    group: list[exp.Expression] = field(default_factory=list)
    having: list[exp.Expression] = field(default_factory=list)
    order: list[exp.Ordered] = field(default_factory=list)
    limit: int | None = None
    distinct: bool = False
    joins: list[exp.Join] = field(default_factory=list)
    joined: set[str] = field(default_factory=set)
    fanout: bool = False  # joined to a table with many rows per entity row
    said: list[str] = field(default_factory=list)
    bare: bool = False  # no FROM: the select items are whole subqueries
    outer: bool = False  # joins keep the entity's rows that have no partner (counts of zero)
    at: int = -1  # the position of the word whose filters are being added
    where_at: list[int] = field(default_factory=list)  # where each filter came from, in the question
    per: list[exp.Expression] = field(default_factory=list)  # average the last select item over rows of these

    def filter(self, *conditions: exp.Expression) -> None:
        for condition in conditions:
            self.where.append(condition)
            self.where_at.append(self.at)

    def add_select(self, *items: exp.Expression) -> None:
        for item in items:
            if item not in self.select:
                self.select.append(item)

    def add_group(self, *items: exp.Expression) -> None:
        for item in items:
            if item not in self.group:
                self.group.append(item)

    def order_by(self, expression: exp.Expression, descending: bool) -> None:
        self.order = [exp.Ordered(this=expression.copy(), desc=descending, nulls_first=not descending)]

    def expression(self) -> exp.Select:
        select = exp.Select(expressions=[item.copy() for item in self.select or [exp.Star()]])
        if not self.bare:
            select = select.from_(table_ref(self.entity), copy=False)
        if self.distinct:
            select.set("distinct", exp.Distinct())
        for join in self.joins:
            select = select.join(join.copy(), copy=False)
        if self.where:
            select = select.where(exp.and_(*[item.copy() for item in self.where]), copy=False)
        if self.group:
            select = select.group_by(*[item.copy() for item in self.group], copy=False)
        if self.having:
            select = select.having(exp.and_(*[item.copy() for item in self.having]), copy=False)
        if self.order:
            select = select.order_by(*[item.copy() for item in self.order], copy=False)
        if self.limit is not None:
            select = select.limit(self.limit, copy=False)
        return self._averaged(select) if self.per else select

    def _averaged(self, select: exp.Select) -> exp.Select:
        """"Average order value", "average number of tracks per album": the total (or count) per row of `per`,
        then the average of those totals (per group, if there is one)."""
        *labels, total = [item.copy() for item in self.select]
        names = [f"g{n}" for n in range(len(labels))]
        select.set("expressions", [*[exp.alias_(item, name) for item, name in zip(labels, names, strict=True)],
                                   exp.alias_(total, "v")])
        select = select.group_by(*[item.copy() for item in self.per], copy=False)
        outer = exp.select(*[exp.column(name) for name in names], exp.Avg(this=exp.column("v"))).from_(
            exp.Subquery(this=select, alias=exp.TableAlias(this=exp.to_identifier("each_row"))))
        if names:
            outer = outer.group_by(*[exp.column(name) for name in names])
        return outer

    def read_as(self) -> str:
        return " ".join(self.said) if self.said else f"everything in {self.entity}"
