"""The standard DB-API 2.0 compliance suite (the ``dbapi-compliance`` package) run against HumanDB.

The suite leaves two tests to each driver, ``test_nextset`` and ``test_setoutputsize``; they are
overridden here with what HumanDB really does.
"""

from __future__ import annotations

import dbapi20

import humandb


class TestHumanDBCompliance(dbapi20.DatabaseAPI20Test):
    driver = humandb
    connect_args = (":memory:",)
    connect_kw_args = {"sla": "instant", "exact": True, "show": False, "sound": False}  # noqa: RUF012
    lower_func = "lower"  # callproc calls SQLite's lower() function

    def test_nextset(self) -> None:
        # SQLite gives one result set per statement, so there is never a next set.
        con = self._connect()
        try:
            cur = con.cursor()
            self.assertRaises(humandb.Error, cur.nextset)  # nothing executed yet
            self.executeDDL1(cur)
            self.assertRaises(humandb.Error, cur.nextset)  # DDL has no result set
            for sql in self._populate():
                cur.execute(sql)
            self.assertRaises(humandb.Error, cur.nextset)  # neither has an INSERT
            cur.execute(f"select name from {self.table_prefix}booze order by name")
            self.assertEqual(cur.fetchone(), (self.samples[0],))
            self.assertIsNone(cur.nextset())
            # Asking for the next set leaves the current one alone.
            self.assertEqual(cur.fetchall(), [(name,) for name in self.samples[1:]])
        finally:
            con.close()

    def test_setoutputsize(self) -> None:
        # Accepted and ignored: SQLite sizes its own values, so results are the same with or without.
        con = self._connect()
        try:
            cur = con.cursor()
            self.executeDDL1(cur)
            long_name = "x" * 300
            cur.execute(f"insert into {self.table_prefix}booze values (?)", (long_name,))
            cur.execute(f"select name from {self.table_prefix}booze")
            plain = (cur.description, cur.fetchall())
            cur.setinputsizes((5,))
            cur.setoutputsize(10)
            cur.setoutputsize(10, 0)
            cur.execute(f"select name from {self.table_prefix}booze")
            self.assertEqual((cur.description, cur.fetchall()), plain)
            self.assertEqual(plain[1], [(long_name,)])
        finally:
            con.close()
