// The rest of the page: copy buttons, the benchmark table from data/bench.json, and Dave on pricing.
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

  function seconds(value) {
    if (value === null || value === undefined) return null;
    if (value < 1) return `${(value * 1000).toFixed(1)} ms`;
    return `${value.toFixed(2)} s`;
  }

  function cell(row, text, small, dave) {
    const td = row.insertCell();
    td.textContent = text;
    if (small) td.appendChild(el("small", null, small));
    if (dave) td.className = "bench-dave";
    return td;
  }

  function renderBench(bench) {
    const body = document.getElementById("bench-body");
    const hours = (bench.humandb_business_hours || []).reduce((sum, value) => sum + value, 0);
    const days = hours / 8;
    const rows = [];
    const time = document.createElement("tr");
    const head = el("th", null, `time (${bench.queries.length} queries)`);
    head.scope = "row";
    time.appendChild(head);
    cell(time, seconds(bench.sqlite_seconds));
    const duck = seconds(bench.duckdb_seconds);
    cell(time, duck || "—", duck ? null : "not installed on the bench machine");
    cell(time, `${hours.toFixed(1)} business hours`,
      `about ${days.toFixed(1)} working days. Worked out in ${seconds(bench.humandb_seconds)}; the rest is Dave.`, true);
    rows.push(time);
    for (const joke of bench.jokes || []) {
      const row = document.createElement("tr");
      const th = el("th", null, joke.row);
      th.scope = "row";
      row.appendChild(th);
      cell(row, joke.machines);
      cell(row, joke.machines);
      cell(row, joke.dave, null, true);
      rows.push(row);
    }
    body.replaceChildren(...rows);

    const list = document.getElementById("bench-queries");
    list.replaceChildren(...bench.queries.map((query, i) => {
      const item = el("li");
      item.appendChild(el("code", null, query));
      const spent = (bench.humandb_business_hours || [])[i];
      if (spent !== undefined) item.appendChild(document.createTextNode(` — Dave: ${spent} business hours`));
      return item;
    }));
    document.getElementById("bench-note").textContent =
      "Measured by humandb bench --json and stored with the site. Lower is better, unless you value the company.";
  }

  fetch("data/bench.json", { headers: { Accept: "application/json" } })
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
    .then(renderBench)
    .catch(() => {
      // the round figures in the HTML stay; they were true at the time
    });

  // --- pricing: Dave answers the buttons himself ---------------------------------------------------------

  const REPLIES = {
    free: {
      you: "I'd like the Free plan, please.",
      dave: [
        "Sure. You're in the pile now. 📎",
        "It's a good pile. Mostly paid tickets on top, but I get to the bottom eventually. Usually by Thursday.",
        "No card needed. Emotional support not guaranteed, but I'll nod if you look stressed.",
      ],
    },
    pro: {
      you: "Pro, please. Where do I pay?",
      dave: [
        "Forty-nine a month, plus snacks. 🍪",
        "There's no checkout page. There's a drawer. The drawer is the checkout page.",
        "Salt and vinegar counts double. Anything with raisins is a downgrade.",
      ],
    },
    enterprise: {
      you: "Let's talk Enterprise.",
      dave: [
        "Let's talk. 📞",
        "Sorry, I was on mute. Unlimited analysts, an overnight human, a Slack workspace, pizza every quarter.",
        "The SLA we'll figure out together. The equity, I've figured out already. Mine.",
        "Calendar invite coming. It'll say \"sync\". It's always \"sync\".",
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
