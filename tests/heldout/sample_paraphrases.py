"""Questions about Dave's own sample company (``humandb.connect(":dave:")``), in the words users type.

The company: employees (name, department, title, salary, hired_on, birthday, manager_id), customers (name,
email, city, country, signed_up_on), products (name, category, price) and orders (customer_id,
product_id, quantity, amount, status, ordered_at). Its data is fixed (one seed), so the references below
are run against a plain sqlite3 copy of it (see `build`).
"""

from __future__ import annotations

from typing import Any

from .common import Case


def build(con: Any) -> None:
    """Copy Dave's sample company into a plain sqlite3 connection (for running the reference SQL)."""
    from humandb.brain.sample_cache import open_sample

    open_sample(con)


IN_2025 = "o.ordered_at >= '2025-01-01' AND o.ordered_at < '2026-01-01'"
NEXT_BIRTHDAY = ("(strftime('%m-%d', birthday) < '11-18'), strftime('%m-%d', birthday)")

QUESTIONS: list[Case] = [
    # plain
    Case("how many employees do we have", "SELECT COUNT(*) FROM employees"),
    Case("headcount per dept", "SELECT department, COUNT(*) FROM employees GROUP BY department"),
    Case("avg salary in engineering", "SELECT AVG(salary) FROM employees WHERE department = 'Engineering'"),
    Case("how many custmers are in canada", "SELECT COUNT(*) FROM customers WHERE country = 'Canada'"),
    Case("how many orders were returned", "SELECT COUNT(*) FROM orders WHERE status = 'returned'"),
    Case("what's the total salary bill", "SELECT SUM(salary) FROM employees"),
    Case("how many different cities are our customers in", "SELECT COUNT(DISTINCT city) FROM customers"),
    Case("how many orders are still pending", "SELECT COUNT(*) FROM orders WHERE status = 'pending'"),
    Case("avg order amount", "SELECT AVG(amount) FROM orders"),
    Case("whats the biggest single order amount", "SELECT MAX(amount) FROM orders"),
    Case("average salary for the sales dept", "SELECT AVG(salary) FROM employees WHERE department = 'Sales'"),
    Case("when did gary join", "SELECT hired_on FROM employees WHERE name LIKE 'Gary %'"),
    # date ranges
    Case("how many orders got cancelled last year",
         "SELECT COUNT(*) FROM orders WHERE status = 'cancelled' "
         "AND ordered_at >= '2025-01-01' AND ordered_at < '2026-01-01'"),
    Case("total sales in 2025",
         "SELECT SUM(amount) FROM orders WHERE ordered_at >= '2025-01-01' AND ordered_at < '2026-01-01'",
         note="all statuses, as the amounts stand"),
    Case("revenue from delivered orders this year",
         "SELECT SUM(amount) FROM orders WHERE status = 'delivered' AND ordered_at >= '2026-01-01'"),
    Case("orders in march 2024",
         "SELECT COUNT(*) FROM orders WHERE ordered_at >= '2024-03-01' AND ordered_at < '2024-04-01'"),
    Case("total order amount last month",
         "SELECT SUM(amount) FROM orders WHERE ordered_at >= '2026-10-01' AND ordered_at < '2026-11-01'"),
    Case("how many orders in Q3 2025",
         "SELECT COUNT(*) FROM orders WHERE ordered_at >= '2025-07-01' AND ordered_at < '2025-10-01'"),
    Case("how many customers signed up since june",
         "SELECT COUNT(*) FROM customers WHERE signed_up_on >= '2026-06-01'"),
    Case("employees hired before 2015", "SELECT COUNT(*) FROM employees WHERE hired_on < '2015-01-01'"),
    Case("how many ppl were hired in 2020",
         "SELECT COUNT(*) FROM employees WHERE hired_on >= '2020-01-01' AND hired_on < '2021-01-01'"),
    # min / max / top-N / first and latest
    Case("highest paid employee", "SELECT name FROM employees ORDER BY salary DESC LIMIT 1"),
    Case("top 5 earners", "SELECT name FROM employees ORDER BY salary DESC LIMIT 5"),
    Case("who earns the least in engineering",
         "SELECT name FROM employees WHERE department = 'Engineering' AND salary IS NOT NULL "
         "ORDER BY salary ASC LIMIT 1"),
    Case("most expensive product", "SELECT name FROM products ORDER BY price DESC LIMIT 1"),
    Case("cheapest 2 products", "SELECT name FROM products ORDER BY price ASC LIMIT 2"),
    Case("when was our first order placed", "SELECT MIN(ordered_at) FROM orders", note="the planted 1987 order"),
    Case("5 most recent orders", "SELECT id FROM orders ORDER BY ordered_at DESC LIMIT 5"),
    # which Y has the most X
    Case("which product category brings in the most money",
         "SELECT p.category FROM products p JOIN orders o ON o.product_id = p.id GROUP BY p.category "
         "ORDER BY SUM(o.amount) DESC LIMIT 1"),
    Case("best selling product by units",
         "SELECT p.name FROM products p JOIN orders o ON o.product_id = p.id GROUP BY p.id "
         "ORDER BY SUM(o.quantity) DESC LIMIT 1"),
    Case("who is our best customer by total spend",
         "SELECT c.name FROM customers c JOIN orders o ON o.customer_id = c.id GROUP BY c.id "
         "ORDER BY SUM(o.amount) DESC LIMIT 1"),
    Case("top 3 customers by number of orders",
         "SELECT c.name FROM customers c JOIN orders o ON o.customer_id = c.id GROUP BY c.id "
         "ORDER BY COUNT(*) DESC LIMIT 3"),
    Case("which city has the most customers",
         "SELECT city FROM customers GROUP BY city ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("which department has the highest average salary",
         "SELECT department FROM employees GROUP BY department ORDER BY AVG(salary) DESC LIMIT 1"),
    # per-group breakdowns
    Case("customers per country", "SELECT country, COUNT(*) FROM customers GROUP BY country"),
    Case("orders by status", "SELECT status, COUNT(*) FROM orders GROUP BY status"),
    Case("orders month by month in 2025",
         "SELECT strftime('%Y-%m', ordered_at), COUNT(*) FROM orders "
         "WHERE ordered_at >= '2025-01-01' AND ordered_at < '2026-01-01' GROUP BY 1"),
    Case("number of orders per year", "SELECT strftime('%Y', ordered_at), COUNT(*) FROM orders GROUP BY 1"),
    Case("payroll broken down by department", "SELECT department, SUM(salary) FROM employees GROUP BY department"),
    Case("max salary for each department", "SELECT department, MAX(salary) FROM employees GROUP BY department"),
    Case("average price per category", "SELECT category, AVG(price) FROM products GROUP BY category"),
    Case("orders per product category in 2026",
         "SELECT p.category, COUNT(*) FROM orders o JOIN products p ON p.id = o.product_id "
         "WHERE o.ordered_at >= '2026-01-01' GROUP BY p.category"),
    # anti-joins
    Case("how many customers have never ordered anything",
         "SELECT COUNT(*) FROM customers WHERE id NOT IN (SELECT customer_id FROM orders)"),
    Case("how many products have never been ordered",
         "SELECT COUNT(*) FROM products WHERE id NOT IN (SELECT product_id FROM orders)", note="none: 0"),
    Case("employees with no manager", "SELECT name FROM employees WHERE manager_id IS NULL"),
    # self-reference
    Case("who is dave's manager",
         "SELECT m.name FROM employees e JOIN employees m ON m.id = e.manager_id WHERE e.name LIKE 'Dave %'"),
    Case("who reports to oscar park",
         "SELECT e.name FROM employees e JOIN employees m ON m.id = e.manager_id WHERE m.name = 'Oscar Park'"),
    Case("how many people report to troy li",
         "SELECT COUNT(*) FROM employees e JOIN employees m ON m.id = e.manager_id WHERE m.name = 'Troy Li'"),
    # NULLs
    Case("employees with no salary on file", "SELECT name FROM employees WHERE salary IS NULL"),
    # ratios
    Case("percentage of orders that were returned", "SELECT 100.0 * SUM(status = 'returned') / COUNT(*) FROM orders"),
    Case("what proportion of customers are from the uk",
         "SELECT 1.0 * SUM(country = 'United Kingdom') / COUNT(*) FROM customers"),
    Case("what share of sales comes from furniture",
         "SELECT SUM(CASE WHEN p.category = 'Furniture' THEN o.amount ELSE 0 END) / SUM(o.amount) "
         "FROM orders o JOIN products p ON p.id = o.product_id"),
    # comparison with an aggregate
    Case("how many employees earn more than the company average",
         "SELECT COUNT(*) FROM employees WHERE salary > (SELECT AVG(salary) FROM employees)"),
    Case("how many products are pricier than the average product",
         "SELECT COUNT(*) FROM products WHERE price > (SELECT AVG(price) FROM products)"),
    # yes / no
    Case("are there more customers in germany than france",
         "SELECT (SELECT COUNT(*) FROM customers WHERE country = 'Germany') > "
         "(SELECT COUNT(*) FROM customers WHERE country = 'France')"),
    Case("are there more returned orders than cancelled ones",
         "SELECT (SELECT COUNT(*) FROM orders WHERE status = 'returned') > "
         "(SELECT COUNT(*) FROM orders WHERE status = 'cancelled')"),
    # HAVING
    Case("departments with more than 30 people",
         "SELECT department FROM employees GROUP BY department HAVING COUNT(*) > 30"),
    Case("customers who spent over $14,000 in total",
         "SELECT c.name FROM customers c JOIN orders o ON o.customer_id = c.id GROUP BY c.id "
         "HAVING SUM(o.amount) > 14000"),
    # names and places
    Case("how many orders came from customers in london",
         "SELECT COUNT(*) FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.city = 'London'"),
    Case("list the people in finance", "SELECT name FROM employees WHERE department = 'Finance'"),
    Case("how many orders did erik black place",
         "SELECT COUNT(*) FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.name = 'Erik Black'"),
    Case("how many customers use gmail", "SELECT COUNT(*) FROM customers WHERE email LIKE '%@gmail.com'"),
    Case("how many distinct products have customers in germany ordered",
         "SELECT COUNT(DISTINCT o.product_id) FROM orders o JOIN customers c ON c.id = o.customer_id "
         "WHERE c.country = 'Germany'"),
    # composed
    Case("top 3 electronics products by revenue in 2025",
         f"SELECT p.name FROM products p JOIN orders o ON o.product_id = p.id WHERE p.category = 'Electronics' "
         f"AND {IN_2025} GROUP BY p.id ORDER BY SUM(o.amount) DESC LIMIT 3"),
    Case("top 5 us cities by number of orders",
         "SELECT c.city FROM customers c JOIN orders o ON o.customer_id = c.id WHERE c.country = 'United States' "
         "GROUP BY c.city ORDER BY COUNT(*) DESC LIMIT 5"),
    Case("how many orders have a negative quantity", "SELECT COUNT(*) FROM orders WHERE quantity < 0"),
    # people: ages and birthdays
    Case("oldest employee", "SELECT name FROM employees ORDER BY birthday ASC LIMIT 1"),
    Case("youngest person in sales",
         "SELECT name FROM employees WHERE department = 'Sales' ORDER BY birthday DESC LIMIT 1"),
    Case("whose birthday is next",
         f"SELECT name FROM employees WHERE strftime('%m-%d', birthday) = "
         f"(SELECT strftime('%m-%d', birthday) FROM employees ORDER BY {NEXT_BIRTHDAY} LIMIT 1)",
         note="two people share the next birthday"),
    # should be refused
    Case("what's the weather in scranton", None),
    Case("who is the funniest person in the office", None),
    Case("predict next quarter's sales", None),
    Case("will gary ever get his ledger pad back", None),
    Case("how many vacation days does dave have left", None),
    Case("what's our stock price today", None),
    Case("which customer is the nicest", None),
    Case("why did sales drop in january", None),
    Case("what's dave's favourite snack", None),
    Case("how many employees will quit next year", None),
    Case("what is the profit margin on staplers", None),
    Case("who should we promote next", None),
]
