"""Questions in plain English with the SQL they mean: the corpus that judges the English reader.

`SAMPLE` asks about Dave's sample company (employees, customers, products, orders); `LIBRARY` asks
about a small lending library that `build_library` writes into any DB-API connection, to show that
nothing in the reader is tied to the sample's tables.

The reference SQL selects only the essential answer columns; an English answer may carry more (a name
beside a price), and rows are compared in order only when the reference has ORDER BY. "Today" is
2026-11-18, so "last year" is 2025 and "this year" is 2026.

Conventions the references follow, beyond the obvious ones:
- "how many different/distinct X" counts distinct values; listing a plain column ("list the
  departments", "what are the categories") lists its distinct values.
- A row of an entity is named by its name column (`name`, or `title` for books); orders, which have no
  name, are named by their id.
- "which <entity>" reached through a join ("products in returned orders") lists each one once (DISTINCT).
- Grouping by customer, product, author or member groups by the id and shows the name (customer names
  repeat in the sample); joins are inner joins, so customers without orders do not appear.
- "in YYYY" is the half-open range of that year, "in March 2025" of that month; "before YYYY" is
  < YYYY-01-01, "after YYYY" is >= (YYYY+1)-01-01, "since YYYY" is >= YYYY-01-01; on an integer year
  column (authors.born) the same words compare the number ("born before 1950" is born < 1950).
- "per year"/"each year" groups by the year as an INTEGER.
- "100k" is 100000, "$5" is 5, number words ("two", "four") are numbers.
- "no <column>" / "not been <verb>ed" is IS NULL ("no manager": manager_id IS NULL; "not been returned":
  returned_on IS NULL); "negative amount" is amount < 0.
- Synonyms: pay, earnings, earns, paid -> salary; staff, people, workers -> employees; revenue, sales ->
  amount; clients -> customers; items -> products; purchases -> orders; cost, priced, cheap, expensive ->
  price; hired -> hired_on; born -> birthday (born for authors); joined -> signed_up_on (joined_on for
  members); placed -> ordered_at; headcount -> COUNT(*); units -> quantity; longest/shortest book -> pages.
"""

from __future__ import annotations

import datetime
import sqlite3

__all__ = ["LIBRARY", "SAMPLE", "build_library"]

_Y2022 = "ordered_at >= '2022-01-01' AND ordered_at < '2023-01-01'"
_Y2023 = "ordered_at >= '2023-01-01' AND ordered_at < '2024-01-01'"
_Y2024 = "ordered_at >= '2024-01-01' AND ordered_at < '2025-01-01'"
_Y2025 = "ordered_at >= '2025-01-01' AND ordered_at < '2026-01-01'"
_Y2026 = "ordered_at >= '2026-01-01' AND ordered_at < '2027-01-01'"
_ORDERS_CUSTOMERS = "FROM orders o JOIN customers c ON c.id = o.customer_id"
_ORDERS_PRODUCTS = "FROM orders o JOIN products p ON p.id = o.product_id"

SAMPLE: list[tuple[str, str]] = [
    # counts
    ("How many employees are there?", "SELECT COUNT(*) FROM employees"),
    ("how many customers do we have", "SELECT COUNT(*) FROM customers"),
    ("Number of products", "SELECT COUNT(*) FROM products"),
    ("count the orders", "SELECT COUNT(*) FROM orders"),
    ("How many employees work in Engineering?", "SELECT COUNT(*) FROM employees WHERE department = 'Engineering'"),
    ("how many custmers are in Germany?", "SELECT COUNT(*) FROM customers WHERE country = 'Germany'"),
    ("How many orders were cancelled?", "SELECT COUNT(*) FROM orders WHERE status = 'cancelled'"),
    ("What's the number of pending orders?", "SELECT COUNT(*) FROM orders WHERE status = 'pending'"),
    ("how many products are in the Kitchen category", "SELECT COUNT(*) FROM products WHERE category = 'Kitchen'"),
    ("How many clients live in London?", "SELECT COUNT(*) FROM customers WHERE city = 'London'"),
    ("count the staff in sales", "SELECT COUNT(*) FROM employees WHERE department = 'Sales'"),
    ("How many different countries are our customers from?", "SELECT COUNT(DISTINCT country) FROM customers"),
    ("how many departments are there", "SELECT COUNT(DISTINCT department) FROM employees"),
    ("How many employees have no manager?", "SELECT COUNT(*) FROM employees WHERE manager_id IS NULL"),
    ("number of delivered ordres", "SELECT COUNT(*) FROM orders WHERE status = 'delivered'"),
    ("How many Software Engineers do we have?", "SELECT COUNT(*) FROM employees WHERE title = 'Software Engineer'"),
    ("how many purchases have been shipped", "SELECT COUNT(*) FROM orders WHERE status = 'shipped'"),
    ("how many employes have no salary", "SELECT COUNT(*) FROM employees WHERE salary IS NULL"),
    # sums
    ("What is the total revenue?", "SELECT SUM(amount) FROM orders"),
    ("total amount of delivered orders", "SELECT SUM(amount) FROM orders WHERE status = 'delivered'"),
    ("What is the total salary of all employees?", "SELECT SUM(salary) FROM employees"),
    ("sum of salaries in the Data department", "SELECT SUM(salary) FROM employees WHERE department = 'Data'"),
    ("total quantity ordered", "SELECT SUM(quantity) FROM orders"),
    ("What's the total pay for Support?", "SELECT SUM(salary) FROM employees WHERE department = 'Support'"),
    ("sum of the prices of all Furniture products", "SELECT SUM(price) FROM products WHERE category = 'Furniture'"),
    ("total revenue from returned orders", "SELECT SUM(amount) FROM orders WHERE status = 'returned'"),
    ("What is the totl amount of pending orders?", "SELECT SUM(amount) FROM orders WHERE status = 'pending'"),
    ("Total earnings of the Finance department", "SELECT SUM(salary) FROM employees WHERE department = 'Finance'"),
    ("How much revenue came from cancelled orders?", "SELECT SUM(amount) FROM orders WHERE status = 'cancelled'"),
    # averages
    ("What is the average salary?", "SELECT AVG(salary) FROM employees"),
    ("average salary in Engineering", "SELECT AVG(salary) FROM employees WHERE department = 'Engineering'"),
    ("What's the mean price of our products?", "SELECT AVG(price) FROM products"),
    ("avrage order amount", "SELECT AVG(amount) FROM orders"),
    ("What's the typical pay in Marketing?", "SELECT AVG(salary) FROM employees WHERE department = 'Marketing'"),
    ("average price of Electronics products", "SELECT AVG(price) FROM products WHERE category = 'Electronics'"),
    ("average order quantity", "SELECT AVG(quantity) FROM orders"),
    ("mean amount of returned orders", "SELECT AVG(amount) FROM orders WHERE status = 'returned'"),
    ("average salary of software engineers", "SELECT AVG(salary) FROM employees WHERE title = 'Software Engineer'"),
    ("What is the average price of kitchen items?", "SELECT AVG(price) FROM products WHERE category = 'Kitchen'"),
    # min/max
    ("What is the highest salary?", "SELECT MAX(salary) FROM employees"),
    ("lowest salary", "SELECT MIN(salary) FROM employees"),
    ("Which product is the most expensive?", "SELECT name FROM products ORDER BY price DESC LIMIT 1"),
    ("What's the cheapest product?", "SELECT name FROM products ORDER BY price ASC LIMIT 1"),
    ("Who is the oldest employee?", "SELECT name FROM employees ORDER BY birthday ASC LIMIT 1"),
    ("who is the youngest employee", "SELECT name FROM employees ORDER BY birthday DESC LIMIT 1"),
    ("Who is our newest customer?", "SELECT name FROM customers ORDER BY signed_up_on DESC LIMIT 1"),
    ("Who is the longest-serving employee?", "SELECT name FROM employees ORDER BY hired_on ASC LIMIT 1"),
    ("Who was hired most recently?", "SELECT name FROM employees ORDER BY hired_on DESC LIMIT 1"),
    ("What is the largest order amount?", "SELECT MAX(amount) FROM orders"),
    ("Who earns the most?", "SELECT name FROM employees ORDER BY salary DESC LIMIT 1"),
    (
        "most expensive Kitchen product",
        "SELECT name FROM products WHERE category = 'Kitchen' ORDER BY price DESC LIMIT 1",
    ),
    ("When was the first order placed?", "SELECT MIN(ordered_at) FROM orders"),
    ("date of the latest order", "SELECT MAX(ordered_at) FROM orders"),
    ("highest price in Wellness", "SELECT MAX(price) FROM products WHERE category = 'Wellness'"),
    ("What's the highest salery in Sales?", "SELECT MAX(salary) FROM employees WHERE department = 'Sales'"),
    ("biggest quantity in a single order", "SELECT MAX(quantity) FROM orders"),
    (
        "cheapest prodct in Furniture",
        "SELECT name FROM products WHERE category = 'Furniture' ORDER BY price ASC LIMIT 1",
    ),
    # listing
    ("List all departments", "SELECT DISTINCT department FROM employees"),
    ("show me the products in the Wellness category", "SELECT name FROM products WHERE category = 'Wellness'"),
    ("Which employees work in Finance?", "SELECT name FROM employees WHERE department = 'Finance'"),
    ("give me the names of customers in Dublin", "SELECT name FROM customers WHERE city = 'Dublin'"),
    ("What are the product categories?", "SELECT DISTINCT category FROM products"),
    ("list the countries our customers are from", "SELECT DISTINCT country FROM customers"),
    ("show all order statuses", "SELECT DISTINCT status FROM orders"),
    ("Which employees have no manager?", "SELECT name FROM employees WHERE manager_id IS NULL"),
    ("Show me the emails of employees in Data", "SELECT email FROM employees WHERE department = 'Data'"),
    ("list the job titles in Engineering", "SELECT DISTINCT title FROM employees WHERE department = 'Engineering'"),
    ("show me customers from Scranton", "SELECT name FROM customers WHERE city = 'Scranton'"),
    ("Which cities do customers in Canada live in?", "SELECT DISTINCT city FROM customers WHERE country = 'Canada'"),
    ("list all products", "SELECT name FROM products"),
    ("What are the names of the Sales Managers?", "SELECT name FROM employees WHERE title = 'Sales Manager'"),
    ("give me every employee in the Data departmnet", "SELECT name FROM employees WHERE department = 'Data'"),
    # value filters
    ("Which customers are from France?", "SELECT name FROM customers WHERE country = 'France'"),
    ("show me the shipped orders", "SELECT id FROM orders WHERE status = 'shipped'"),
    ("list the returned orders", "SELECT id FROM orders WHERE status = 'returned'"),
    ("products in the Office Supplies category", "SELECT name FROM products WHERE category = 'Office Supplies'"),
    ("employees with the title Data Scientist", "SELECT name FROM employees WHERE title = 'Data Scientist'"),
    ("Who are the QA Engineers?", "SELECT name FROM employees WHERE title = 'QA Engineer'"),
    ("customers in New York", "SELECT name FROM customers WHERE city = 'New York'"),
    ("clients from the United Kingdom", "SELECT name FROM customers WHERE country = 'United Kingdom'"),
    ("Which items are in Electronics?", "SELECT name FROM products WHERE category = 'Electronics'"),
    ("What is Troy Li's salary?", "SELECT salary FROM employees WHERE name = 'Troy Li'"),
    ("What's Erik Black's email?", "SELECT email FROM customers WHERE name = 'Erik Black'"),
    ("How much does the Pro Monitor cost?", "SELECT price FROM products WHERE name = 'Pro Monitor'"),
    ("Which department does Troy Li work in?", "SELECT department FROM employees WHERE name = 'Troy Li'"),
    ("When was Alexa Cooper hired?", "SELECT hired_on FROM employees WHERE name = 'Alexa Cooper'"),
    ("what category is the Vintage Kettle in", "SELECT category FROM products WHERE name = 'Vintage Kettle'"),
    ("people in marketing", "SELECT name FROM employees WHERE department = 'Marketing'"),
    ("customers in paris", "SELECT name FROM customers WHERE city = 'Paris'"),
    ("show workers whose title is Support Team Lead", "SELECT name FROM employees WHERE title = 'Support Team Lead'"),
    # comparisons
    ("employees earning more than 150000", "SELECT name FROM employees WHERE salary > 150000"),
    ("show products under 20", "SELECT name FROM products WHERE price < 20"),
    ("How many orders are over 1000?", "SELECT COUNT(*) FROM orders WHERE amount > 1000"),
    ("products that cost at least 500", "SELECT name FROM products WHERE price >= 500"),
    ("How many orders have a quantity above 5?", "SELECT COUNT(*) FROM orders WHERE quantity > 5"),
    (
        "employees with a salary between 100000 and 120000",
        "SELECT name FROM employees WHERE salary BETWEEN 100000 AND 120000",
    ),
    ("products priced between 50 and 100", "SELECT name FROM products WHERE price BETWEEN 50 AND 100"),
    ("staff paid less than 45000", "SELECT name FROM employees WHERE salary < 45000"),
    ("how many products cost below 10", "SELECT COUNT(*) FROM products WHERE price < 10"),
    ("items under $5", "SELECT name FROM products WHERE price < 5"),
    ("employees earning over 100k", "SELECT name FROM employees WHERE salary > 100000"),
    ("Which products are more expensive than 700?", "SELECT name FROM products WHERE price > 700"),
    ("list prodcts cheaper than 3", "SELECT name FROM products WHERE price < 3"),
    ("How many orders have a negative amount?", "SELECT COUNT(*) FROM orders WHERE amount < 0"),
    ("How many employees earn at most 50000?", "SELECT COUNT(*) FROM employees WHERE salary <= 50000"),
    ("how many orders have a quantity of at least 9", "SELECT COUNT(*) FROM orders WHERE quantity >= 9"),
    # dates
    ("How many orders were placed in 2023?", f"SELECT COUNT(*) FROM orders WHERE {_Y2023}"),
    ("number of orders before 2024", "SELECT COUNT(*) FROM orders WHERE ordered_at < '2024-01-01'"),
    ("How many customers signed up after 2024?", "SELECT COUNT(*) FROM customers WHERE signed_up_on >= '2025-01-01'"),
    ("What was the revenue last year?", f"SELECT SUM(amount) FROM orders WHERE {_Y2025}"),
    ("how many orders this year", f"SELECT COUNT(*) FROM orders WHERE {_Y2026}"),
    (
        "Which employees were hired in 2024?",
        "SELECT name FROM employees WHERE hired_on >= '2024-01-01' AND hired_on < '2025-01-01'",
    ),
    ("Who was hired before 2012?", "SELECT name FROM employees WHERE hired_on < '2012-01-01'"),
    (
        "How many clients joined last year?",
        "SELECT COUNT(*) FROM customers WHERE signed_up_on >= '2025-01-01' AND signed_up_on < '2026-01-01'",
    ),
    ("How many employees were born after 2000?", "SELECT COUNT(*) FROM employees WHERE birthday >= '2001-01-01'"),
    ("total sales in 2022", f"SELECT SUM(amount) FROM orders WHERE {_Y2022}"),
    (
        "how many orders were placed in March 2025",
        "SELECT COUNT(*) FROM orders WHERE ordered_at >= '2025-03-01' AND ordered_at < '2025-04-01'",
    ),
    (
        "How many customers have signed up since 2026?",
        "SELECT COUNT(*) FROM customers WHERE signed_up_on >= '2026-01-01'",
    ),
    (
        "employees hired this year",
        "SELECT name FROM employees WHERE hired_on >= '2026-01-01' AND hired_on < '2027-01-01'",
    ),
    ("How many ordres were placed last year?", f"SELECT COUNT(*) FROM orders WHERE {_Y2025}"),
    ("average order amount in 2024", f"SELECT AVG(amount) FROM orders WHERE {_Y2024}"),
    ("How many customers signed up on 2026-10-31?", "SELECT COUNT(*) FROM customers WHERE signed_up_on = '2026-10-31'"),
    # grouping
    ("How many employees per department?", "SELECT department, COUNT(*) FROM employees GROUP BY department"),
    ("average salary by department", "SELECT department, AVG(salary) FROM employees GROUP BY department"),
    ("number of customers by country", "SELECT country, COUNT(*) FROM customers GROUP BY country"),
    ("total revenue for each status", "SELECT status, SUM(amount) FROM orders GROUP BY status"),
    ("how many products in each category", "SELECT category, COUNT(*) FROM products GROUP BY category"),
    ("average price per category", "SELECT category, AVG(price) FROM products GROUP BY category"),
    ("highest salary in each department", "SELECT department, MAX(salary) FROM employees GROUP BY department"),
    ("count of orders per status", "SELECT status, COUNT(*) FROM orders GROUP BY status"),
    ("customers per city", "SELECT city, COUNT(*) FROM customers GROUP BY city"),
    ("cheapest price in each category", "SELECT category, MIN(price) FROM products GROUP BY category"),
    (
        "number of orders per year",
        "SELECT CAST(SUBSTR(ordered_at, 1, 4) AS INTEGER), COUNT(*) FROM orders"
        " GROUP BY CAST(SUBSTR(ordered_at, 1, 4) AS INTEGER)",
    ),
    ("sum of salaries per department", "SELECT department, SUM(salary) FROM employees GROUP BY department"),
    (
        "How many employees were hired each year?",
        "SELECT CAST(SUBSTR(hired_on, 1, 4) AS INTEGER), COUNT(*) FROM employees"
        " GROUP BY CAST(SUBSTR(hired_on, 1, 4) AS INTEGER)",
    ),
    (
        "how many staff per title in Engineering",
        "SELECT title, COUNT(*) FROM employees WHERE department = 'Engineering' GROUP BY title",
    ),
    ("max price per categry", "SELECT category, MAX(price) FROM products GROUP BY category"),
    # top-N
    (
        "top 5 customers by total amount",
        f"SELECT c.name {_ORDERS_CUSTOMERS} GROUP BY c.id ORDER BY SUM(o.amount) DESC LIMIT 5",
    ),
    ("top 3 earners", "SELECT name FROM employees ORDER BY salary DESC LIMIT 3"),
    ("5 most expensive products", "SELECT name FROM products ORDER BY price DESC LIMIT 5"),
    ("What are the two cheapest products?", "SELECT name FROM products ORDER BY price ASC LIMIT 2"),
    (
        "top 10 products by revenue",
        f"SELECT p.name {_ORDERS_PRODUCTS} GROUP BY p.id ORDER BY SUM(o.amount) DESC LIMIT 10",
    ),
    (
        "Which 3 products sold the most units?",
        f"SELECT p.name {_ORDERS_PRODUCTS} GROUP BY p.id ORDER BY SUM(o.quantity) DESC LIMIT 3",
    ),
    (
        "top 3 departments by headcount",
        "SELECT department FROM employees GROUP BY department ORDER BY COUNT(*) DESC LIMIT 3",
    ),
    (
        "top 5 cities by number of customers",
        "SELECT city FROM customers GROUP BY city ORDER BY COUNT(*) DESC LIMIT 5",
    ),
    ("the 3 most recent orders", "SELECT id FROM orders ORDER BY ordered_at DESC LIMIT 3"),
    ("10 highest paid employees", "SELECT name FROM employees ORDER BY salary DESC LIMIT 10"),
    (
        "top 3 countries by revenue",
        f"SELECT c.country {_ORDERS_CUSTOMERS} GROUP BY c.country ORDER BY SUM(o.amount) DESC LIMIT 3",
    ),
    ("5 youngest employees", "SELECT name FROM employees ORDER BY birthday DESC LIMIT 5"),
    (
        "top 2 categories by sales",
        f"SELECT p.category {_ORDERS_PRODUCTS} GROUP BY p.category ORDER BY SUM(o.amount) DESC LIMIT 2",
    ),
    (
        "top 5 custmers by number of orders",
        f"SELECT c.name {_ORDERS_CUSTOMERS} GROUP BY c.id ORDER BY COUNT(*) DESC LIMIT 5",
    ),
    # joins
    ("customer names with their order totals", f"SELECT c.name, SUM(o.amount) {_ORDERS_CUSTOMERS} GROUP BY c.id"),
    ("what's each customer's total order amount", f"SELECT c.name, SUM(o.amount) {_ORDERS_CUSTOMERS} GROUP BY c.id"),
    (
        "How many orders came from customers in Germany?",
        f"SELECT COUNT(*) {_ORDERS_CUSTOMERS} WHERE c.country = 'Germany'",
    ),
    ("products in returned orders", f"SELECT DISTINCT p.name {_ORDERS_PRODUCTS} WHERE o.status = 'returned'"),
    (
        "total revenue from customers in France",
        f"SELECT SUM(o.amount) {_ORDERS_CUSTOMERS} WHERE c.country = 'France'",
    ),
    ("How many orders did Erik Black place?", f"SELECT COUNT(*) {_ORDERS_CUSTOMERS} WHERE c.name = 'Erik Black'"),
    (
        "What did Rachel White buy?",
        "SELECT DISTINCT p.name FROM orders o JOIN customers c ON c.id = o.customer_id"
        " JOIN products p ON p.id = o.product_id WHERE c.name = 'Rachel White'",
    ),
    ("revenue by product category", f"SELECT p.category, SUM(o.amount) {_ORDERS_PRODUCTS} GROUP BY p.category"),
    ("average order amount by country", f"SELECT c.country, AVG(o.amount) {_ORDERS_CUSTOMERS} GROUP BY c.country"),
    (
        "Which customers ordered the Pro Monitor?",
        "SELECT DISTINCT c.name FROM orders o JOIN customers c ON c.id = o.customer_id"
        " JOIN products p ON p.id = o.product_id WHERE p.name = 'Pro Monitor'",
    ),
    ("number of orders per product category", f"SELECT p.category, COUNT(*) {_ORDERS_PRODUCTS} GROUP BY p.category"),
    (
        "sales of Electronics in 2025",
        f"SELECT SUM(o.amount) {_ORDERS_PRODUCTS} WHERE p.category = 'Electronics'"
        " AND o.ordered_at >= '2025-01-01' AND o.ordered_at < '2026-01-01'",
    ),
    ("orders from customers in London", f"SELECT o.id {_ORDERS_CUSTOMERS} WHERE c.city = 'London'"),
    (
        "Which customers have more than 50 orders?",
        f"SELECT c.name {_ORDERS_CUSTOMERS} GROUP BY c.id HAVING COUNT(*) > 50",
    ),
    (
        "How many Furniture purchases were returned?",
        f"SELECT COUNT(*) {_ORDERS_PRODUCTS} WHERE p.category = 'Furniture' AND o.status = 'returned'",
    ),
    (
        "what's the total quantity of Wellness products ordered",
        f"SELECT SUM(o.quantity) {_ORDERS_PRODUCTS} WHERE p.category = 'Wellness'",
    ),
    # ordering
    (
        "staff earning more than 130000 sorted by salary descending",
        "SELECT name FROM employees WHERE salary > 130000 ORDER BY salary DESC",
    ),
    ("products over 300, cheapest first", "SELECT name FROM products WHERE price > 300 ORDER BY price ASC"),
    (
        "departments sorted by headcount",
        "SELECT department, COUNT(*) FROM employees GROUP BY department ORDER BY COUNT(*) ASC",
    ),
    (
        "categories ordered by average price descending",
        "SELECT category, AVG(price) FROM products GROUP BY category ORDER BY AVG(price) DESC",
    ),
    ("list customers in Scranton alphabetically", "SELECT name FROM customers WHERE city = 'Scranton' ORDER BY name"),
    (
        "countries by number of customers, most first",
        "SELECT country, COUNT(*) FROM customers GROUP BY country ORDER BY COUNT(*) DESC",
    ),
    (
        "employees hired in 2026, most recent first",
        "SELECT name FROM employees WHERE hired_on >= '2026-01-01' AND hired_on < '2027-01-01' ORDER BY hired_on DESC",
    ),
    (
        "list the people hired before 2014 ordered by hire date",
        "SELECT name FROM employees WHERE hired_on < '2014-01-01' ORDER BY hired_on",
    ),
]

_BOOKS_AUTHORS = "FROM books b JOIN authors a ON a.id = b.author_id"
_LOANS_BOOKS = "FROM loans l JOIN books b ON b.id = l.book_id"
_LOANS_MEMBERS = "FROM loans l JOIN members m ON m.id = l.member_id"

LIBRARY: list[tuple[str, str]] = [
    # counts
    ("How many books are there?", "SELECT COUNT(*) FROM books"),
    ("how many books are in the Mystery genre", "SELECT COUNT(*) FROM books WHERE genre = 'Mystery'"),
    ("number of late loans", "SELECT COUNT(*) FROM loans WHERE status = 'late'"),
    ("How many members live in Riverton?", "SELECT COUNT(*) FROM members WHERE city = 'Riverton'"),
    ("how many boks have more than 400 pages", "SELECT COUNT(*) FROM books WHERE pages > 400"),
    ("How many loans have not been returned?", "SELECT COUNT(*) FROM loans WHERE returned_on IS NULL"),
    # sums
    ("total price of all books", "SELECT SUM(price) FROM books"),
    (
        "What's the total number of pages of Science Fiction books?",
        "SELECT SUM(pages) FROM books WHERE genre = 'Science Fiction'",
    ),
    # averages
    ("What is the average number of pages?", "SELECT AVG(pages) FROM books"),
    ("average price of Poetry books", "SELECT AVG(price) FROM books WHERE genre = 'Poetry'"),
    # min/max
    ("Which book has the most pages?", "SELECT title FROM books ORDER BY pages DESC LIMIT 1"),
    ("Who is the oldest author?", "SELECT name FROM authors ORDER BY born ASC LIMIT 1"),
    ("What is the cheapest book?", "SELECT title FROM books ORDER BY price ASC LIMIT 1"),
    ("Who is the newest member?", "SELECT name FROM members ORDER BY joined_on DESC LIMIT 1"),
    ("shortest book", "SELECT title FROM books ORDER BY pages ASC LIMIT 1"),
    # listing
    ("list the genres", "SELECT DISTINCT genre FROM books"),
    ("Which books did Agatha Crane write?", f"SELECT b.title {_BOOKS_AUTHORS} WHERE a.name = 'Agatha Crane'"),
    ("show me the members in Lakeside", "SELECT name FROM members WHERE city = 'Lakeside'"),
    # value filters
    ("Poetry books", "SELECT title FROM books WHERE genre = 'Poetry'"),
    ("which authors are from Japan", "SELECT name FROM authors WHERE country = 'Japan'"),
    # joins
    ("books by authors from the United Kingdom", f"SELECT b.title {_BOOKS_AUTHORS} WHERE a.country = 'United Kingdom'"),
    ("Which members have late loans?", f"SELECT DISTINCT m.name {_LOANS_MEMBERS} WHERE l.status = 'late'"),
    ("Which books are currently out?", f"SELECT DISTINCT b.title {_LOANS_BOOKS} WHERE l.status = 'out'"),
    ("How many loans did Nora Bishop make?", f"SELECT COUNT(*) {_LOANS_MEMBERS} WHERE m.name = 'Nora Bishop'"),
    # grouping
    ("number of books per genre", "SELECT genre, COUNT(*) FROM books GROUP BY genre"),
    ("avrage pages by genre", "SELECT genre, AVG(pages) FROM books GROUP BY genre"),
    ("number of loans for each status", "SELECT status, COUNT(*) FROM loans GROUP BY status"),
    ("How many books does each author have?", f"SELECT a.name, COUNT(*) {_BOOKS_AUTHORS} GROUP BY a.id"),
    ("how many members in each city", "SELECT city, COUNT(*) FROM members GROUP BY city"),
    # comparisons
    ("books with more than 500 pages", "SELECT title FROM books WHERE pages > 500"),
    ("books under 10", "SELECT title FROM books WHERE price < 10"),
    ("authors born before 1950", "SELECT name FROM authors WHERE born < 1950"),
    ("books priced between 15 and 20", "SELECT title FROM books WHERE price BETWEEN 15 AND 20"),
    # dates
    ("books published before 1970", "SELECT title FROM books WHERE published < '1970-01-01'"),
    (
        "How many loans were made last year?",
        "SELECT COUNT(*) FROM loans WHERE loaned_on >= '2025-01-01' AND loaned_on < '2026-01-01'",
    ),
    (
        "how many loans this year",
        "SELECT COUNT(*) FROM loans WHERE loaned_on >= '2026-01-01' AND loaned_on < '2027-01-01'",
    ),
    ("members who joined after 2024", "SELECT name FROM members WHERE joined_on >= '2025-01-01'"),
    (
        "books published last year",
        "SELECT title FROM books WHERE published >= '2025-01-01' AND published < '2026-01-01'",
    ),
    # top-N
    (
        "top 3 most borrowed books",
        f"SELECT b.title {_LOANS_BOOKS} GROUP BY b.id ORDER BY COUNT(*) DESC LIMIT 3",
    ),
    (
        "Which member has borrowed the most books?",
        f"SELECT m.name {_LOANS_MEMBERS} GROUP BY m.id ORDER BY COUNT(*) DESC LIMIT 1",
    ),
    ("2 most expensive books", "SELECT title FROM books ORDER BY price DESC LIMIT 2"),
    # ordering
    ("books sorted by pages", "SELECT title FROM books ORDER BY pages"),
    ("Poetry books, newest first", "SELECT title FROM books WHERE genre = 'Poetry' ORDER BY published DESC"),
    ("authors ordered by birth year", "SELECT name FROM authors ORDER BY born"),
]

# -- the library --------------------------------------------------------------------------------

_AUTHORS = [
    (1, "Agatha Crane", "United Kingdom", 1890),
    (2, "Ray Holloway", "United States", 1920),
    (3, "Ingrid Solberg", "Norway", 1948),
    (4, "Lucia Moretti", "Italy", 1975),
    (5, "Kenji Watanabe", "Japan", 1962),
    (6, "Margaret Okafor", "Nigeria", 1981),
    (7, "Henry Ashford", "United Kingdom", 1935),
    (8, "Elena Vasquez", "Mexico", 1990),
]

_BOOKS = [  # pages and prices are all different, so "the longest" and "the cheapest" have one answer
    (1, "The Silent Parlour", 1, "Mystery", 288, "1931-04-12", 8.99),
    (2, "Murder at Low Tide", 1, "Mystery", 312, "1936-09-03", 9.49),
    (3, "A Poison in Paddington", 1, "Mystery", 256, "1942-02-17", 7.99),
    (4, "The Vicar Sees Nothing", 1, "Mystery", 231, "1951-11-30", 6.99),
    (5, "Rust on the Red Planet", 2, "Science Fiction", 198, "1950-06-01", 11.50),
    (6, "The Clockwork Sky", 2, "Science Fiction", 342, "1958-03-22", 12.99),
    (7, "Children of the Static", 2, "Science Fiction", 276, "1966-10-08", 10.25),
    (8, "Frost on the Fjord", 3, "Mystery", 412, "1989-01-15", 14.99),
    (9, "The Ferryman Lies", 3, "Mystery", 389, "1995-05-20", 13.75),
    (10, "Black Ice", 3, "Mystery", 455, "2003-09-09", 15.99),
    (11, "Snow Blind", 3, "Mystery", 367, "2011-12-01", 16.49),
    (12, "Lemons in Winter", 4, "Poetry", 96, "2004-04-04", 18.00),
    (13, "The Salt Letters", 4, "Poetry", 112, "2009-07-14", 19.50),
    (14, "Small Hours", 4, "Poetry", 88, "2017-03-03", 17.25),
    (15, "Neon Tide", 5, "Science Fiction", 520, "1994-08-18", 21.99),
    (16, "The Last Orbit of Mira", 5, "Science Fiction", 604, "2001-02-27", 24.99),
    (17, "Signal from Kepler Nine", 5, "Science Fiction", 478, "2012-10-10", 22.50),
    (18, "Quiet Machines", 5, "Science Fiction", 433, "2020-06-30", 26.00),
    (19, "Rivers of Empire", 6, "History", 688, "2014-05-05", 32.00),
    (20, "The Salt Road", 6, "History", 544, "2018-09-21", 29.50),
    (21, "Kingdoms of the Delta", 6, "History", 731, "2022-01-12", 35.99),
    (22, "The Long Retreat", 7, "History", 402, "1968-04-30", 9.99),
    (23, "Iron and Steam", 7, "History", 498, "1974-10-17", 12.49),
    (24, "A Short History of Tea", 7, "History", 214, "1983-06-06", 8.49),
    (25, "The Map Makers", 7, "History", 377, "1991-11-11", 13.99),
    (26, "Paper Birds", 8, "Poetry", 72, "2015-02-14", 14.50),
    (27, "Desert Psalms", 8, "Poetry", 104, "2019-08-08", 15.25),
    (28, "What the Rain Keeps", 8, "Poetry", 81, "2023-03-21", 16.75),
    (29, "Salt and Marigold", 8, "Poetry", 118, "2025-10-02", 19.99),
    (30, "The Keeper's Debt", 3, "Mystery", 398, "2025-04-18", 17.99),
]

_MEMBERS = [
    (1, "Nora Bishop", "Riverton", "2019-02-11"),
    (2, "Owen Castillo", "Lakeside", "2019-06-23"),
    (3, "Priya Raman", "Riverton", "2020-01-08"),
    (4, "Quentin Hale", "Oakham", "2020-09-30"),
    (5, "Rosa Lindqvist", "Lakeside", "2021-03-14"),
    (6, "Samuel Ortiz", "Millbrook", "2021-07-19"),
    (7, "Tara Nguyen", "Riverton", "2022-02-02"),
    (8, "Umar Siddiqui", "Oakham", "2022-11-27"),
    (9, "Vera Kowalski", "Lakeside", "2023-04-05"),
    (10, "Walter Brennan", "Riverton", "2023-08-16"),
    (11, "Xenia Pappas", "Millbrook", "2024-01-21"),
    (12, "Yusuf Demir", "Riverton", "2024-10-09"),
    (13, "Zoe Whitaker", "Lakeside", "2025-03-03"),
    (14, "Aidan Kerr", "Oakham", "2025-09-12"),
    (15, "Beatrix Lowe", "Riverton", "2026-06-01"),
]

_LIBRARY_SCHEMA = [
    "CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT, country TEXT, born INTEGER)",
    "CREATE TABLE books (id INTEGER PRIMARY KEY, title TEXT, author_id INTEGER, genre TEXT, pages INTEGER,"
    " published DATE, price REAL)",
    "CREATE TABLE members (id INTEGER PRIMARY KEY, name TEXT, city TEXT, joined_on DATE)",
    "CREATE TABLE loans (id INTEGER PRIMARY KEY, book_id INTEGER, member_id INTEGER, loaned_on DATE,"
    " returned_on DATE, status TEXT)",
]

_LOANS = 60
_FAVOURITES = {7: 15, 11: 10, 13: 11}  # every 7th loan is "Neon Tide", every 11th "Black Ice", every 13th "Snow Blind"
_KEENEST_MEMBER = 1  # "Nora Bishop" borrows every sixth book


def _loans() -> list[tuple[int, int, int, str, str | None, str]]:
    """Sixty loans, one every 17 days from 2024-02-11 to 2026-11-10, to members who had joined and of
    books already published. The last four are still out; every eighth (from the sixth) came back late,
    after five weeks; the rest came back within two or three weeks."""
    start = datetime.date(2024, 2, 11)
    rows = []
    for number in range(1, _LOANS + 1):
        loaned = start + datetime.timedelta(days=17 * (number - 1))
        day = loaned.isoformat()
        members = [member[0] for member in _MEMBERS if member[3] <= day]
        books = [book[0] for book in _BOOKS if book[5] <= day]
        member = _KEENEST_MEMBER if number % 6 == 0 else members[(number * 4) % len(members)]
        every = [book for step, book in _FAVOURITES.items() if number % step == 0]
        book = every[0] if every else books[(number * 11) % len(books)]
        if number > _LOANS - 4:
            returned, status = None, "out"
        elif number % 8 == 6:
            returned, status = (loaned + datetime.timedelta(days=35)).isoformat(), "late"
        else:
            returned, status = (loaned + datetime.timedelta(days=12 + number % 9)).isoformat(), "returned"
        rows.append((number, book, member, day, returned, status))
    return rows


def build_library(con: sqlite3.Connection) -> None:
    """Create and fill authors, books, members and loans through any DB-API connection (SQL that SQLite
    and DuckDB both read). The data is fixed: 8 authors, 30 books, 15 members, 60 loans."""
    for statement in _LIBRARY_SCHEMA:
        con.execute(statement)
    cursor = con.cursor()
    cursor.executemany("INSERT INTO authors VALUES (?, ?, ?, ?)", _AUTHORS)
    cursor.executemany("INSERT INTO books VALUES (?, ?, ?, ?, ?, ?, ?)", _BOOKS)
    cursor.executemany("INSERT INTO members VALUES (?, ?, ?, ?)", _MEMBERS)
    cursor.executemany("INSERT INTO loans VALUES (?, ?, ?, ?, ?, ?)", _loans())
    con.commit()
