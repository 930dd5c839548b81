// The rest of the page: the menu on small screens, copy buttons, the benchmark table, and Dave on pricing.
(() => {
  "use strict";

  const calm = window.matchMedia("(prefers-reduced-motion: reduce)");

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, calm.matches ? 0 : ms));
  }

  // --- the menu: one row of links on a wide screen, a button on a narrow one ------------------------------

  const menu = document.getElementById("menu-button");
  const nav = document.getElementById("site-nav");
  const narrow = window.matchMedia("(max-width: 860px)");

  function closeMenu() {
    nav.removeAttribute("data-open");
    menu.setAttribute("aria-expanded", "false");
  }

  function fitMenu() {
    menu.hidden = !narrow.matches;
    if (!narrow.matches) closeMenu();
  }

  document.documentElement.classList.add("js-menu");
  menu.addEventListener("click", () => {
    const open = menu.getAttribute("aria-expanded") !== "true";
    nav.toggleAttribute("data-open", open);
    menu.setAttribute("aria-expanded", String(open));
  });
  nav.addEventListener("click", (event) => {
    if (event.target.closest("a")) closeMenu();
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && nav.hasAttribute("data-open")) {
      closeMenu();
      menu.focus();
    }
  });
  narrow.addEventListener("change", fitMenu);
  fitMenu();

  // --- copy ------------------------------------------------------------------------------------------

  for (const button of document.querySelectorAll("[data-copy]")) {
    button.addEventListener("click", async () => {
      const note = button.parentElement.querySelector(".copy-note");
      try {
        await navigator.clipboard.writeText(button.dataset.copy);
        if (note) note.textContent = "Copied. Dave saw you do that.";
      } catch (error) {
        if (note) note.textContent = "Your browser wouldn't let us copy. Dave suggests typing it; it builds character.";
      }
    });
  }

  // --- benchmarks ------------------------------------------------------------------------------------

  const QUERY_NAMES = {
    "SELECT COUNT(*) FROM orders": "Count the orders",
    "SELECT department, AVG(salary) FROM employees GROUP BY department": "Average salary by department",
    "SELECT c.country, SUM(o.amount) FROM orders o JOIN customers c ON c.id = o.customer_id GROUP BY c.country":
      "Sales by country (a join)",
  };

  function seconds(value) {
    if (value === null || value === undefined) return null;
    const ms = value * 1000;
    if (ms < 1) return `${ms.toFixed(2)} ms`;
    if (ms < 100) return `${ms.toFixed(1)} ms`;
    if (ms < 1000) return `${ms.toFixed(0)} ms`;
    return `${value.toFixed(2)} s`;
  }

  // The jokes' names are recorded in lower case ("gut feeling"); the table's rows start with a capital.
  function sentenceCase(text) {
    return text ? text[0].toUpperCase() + text.slice(1) : text;
  }

  function row(label, cells) {
    const tr = document.createElement("tr");
    const th = el("th", null, label);
    th.scope = "row";
    tr.appendChild(th);
    for (const [column, text, small] of cells) {
      const td = tr.insertCell();
      td.dataset.label = column;
      td.textContent = text;
      if (small) td.appendChild(el("small", null, small));
      if (column.startsWith("HumanDB")) td.className = "bench-dave";
    }
    return tr;
  }

  function renderBench(bench) {
    const dave = "HumanDB (Dave)";
    const rows = [];
    const missing = "not installed when recorded";
    if (Array.isArray(bench.per_query) && bench.per_query.length) {
      bench.per_query.forEach((query, i) => {
        const duck = seconds(query.duckdb_seconds);
        rows.push(row(QUERY_NAMES[query.sql] || `Query ${i + 1}`, [
          ["SQLite", seconds(query.sqlite_seconds)],
          ["DuckDB", duck || "—", duck ? null : missing],
          [dave, `${query.humandb_business_hours} business hours`],
        ]));
      });
    } else {
      const hours = (bench.humandb_business_hours || []).reduce((sum, value) => sum + value, 0);
      const duck = seconds(bench.duckdb_seconds);
      rows.push(row(`All ${bench.queries.length} queries`, [
        ["SQLite", seconds(bench.sqlite_seconds)],
        ["DuckDB", duck || "—", duck ? null : missing],
        [dave, `${hours.toFixed(1)} business hours`, `about ${(hours / 8).toFixed(1)} working days`],
      ]));
    }
    for (const joke of bench.jokes || []) {
      rows.push(row(sentenceCase(joke.row), [["SQLite", joke.machines], ["DuckDB", joke.machines], [dave, joke.dave]]));
    }
    document.getElementById("bench-body").replaceChildren(...rows);
    document.getElementById("bench-queries").replaceChildren(...bench.queries.map((query) => {
      const item = el("li");
      item.appendChild(el("code", null, query));
      return item;
    }));
    document.getElementById("bench-card").dataset.source = "measured";
  }

  // A file can't fetch (the browser refuses), and the table in the HTML holds the same recorded numbers.
  if (window.location.protocol !== "file:") {
    fetch("data/bench.json", { headers: { Accept: "application/json" } })
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then(renderBench)
      .catch(() => {
        // the numbers in the HTML stay; they were true when recorded
      });
  }

  // --- pricing: Dave answers the buttons himself ---------------------------------------------------------

  const REPLIES = {
    free: {
      you: "I'd like the Free plan, please.",
      dave: [
        "Sure. You're in the pile now.",
        "It's a good pile. Mostly paid tickets on top, but I get to the bottom eventually. Usually by Thursday.",
        "No card needed. Emotional support not guaranteed, but I'll nod if you look stressed.",
      ],
    },
    pro: {
      you: "Pro, please. Where do I pay?",
      dave: [
        "Forty-nine a month, plus snacks.",
        "There's no checkout page. There's a drawer. The drawer is the checkout page.",
        "Salt and vinegar counts double. Anything with raisins is a downgrade.",
      ],
    },
    enterprise: {
      you: "Let's talk Enterprise.",
      dave: [
        "Let's talk.",
        "Sorry, I was on mute. Unlimited analysts, an overnight human, a Slack workspace, pizza every quarter.",
        "The SLA we'll figure out together. The equity, I've figured out already. Mine.",
        "Calendar invite coming. It'll say “sync”. It's always “sync”.",
      ],
    },
  };

  const dialog = document.getElementById("plan-dialog");
  const chat = document.getElementById("plan-chat");
  const typing = document.getElementById("plan-typing");
  const title = document.getElementById("plan-dialog-title");
  let conversation = 0; // a newer click makes an older conversation stop talking

  async function talk(plan) {
    const reply = REPLIES[plan];
    if (!reply) return;
    const mine = ++conversation;
    title.textContent = `Dave, about ${plan === "enterprise" ? "Enterprise" : plan === "pro" ? "Pro" : "Free"}`;
    dialog.dataset.plan = plan;
    chat.replaceChildren(el("li", "you", reply.you));
    if (typeof dialog.showModal === "function") {
      if (!dialog.open) dialog.showModal();
    } else {
      dialog.setAttribute("open", "");
    }
    for (const line of reply.dave) {
      typing.hidden = false;
      await sleep(450 + line.length * 12);
      if (mine !== conversation || !dialog.open) return;
      typing.hidden = true;
      chat.appendChild(el("li", "dave", line));
    }
    typing.hidden = true;
  }

  for (const button of document.querySelectorAll(".plan-button")) {
    button.addEventListener("click", () => talk(button.dataset.plan));
  }
  dialog.addEventListener("close", () => {
    conversation += 1;
    typing.hidden = true;
  });
})();
