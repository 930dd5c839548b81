// The live console: ask Dave over the same origin and show his beats as they arrive, then his answer.
// Without a server (a static host, a file) it plays the answers recorded by `humandb site record`.
(() => {
  "use strict";

  const MUTE_KEY = "humandb.muted";
  const KEEP_LINES = 80; // the transcript forgets its oldest lines, like Dave
  const PLACES = ["top", "left", "right", "bottom"];
  const COLOURS = ["yellow", "pink", "green", "blue", "orange", "purple"];

  const $ = (id) => document.getElementById(id);
  const screen = $("screen");
  const transcript = $("transcript");
  const typing = $("typing");
  const status = $("console-status");
  const form = $("ask");
  const input = $("question");
  const askButton = $("ask-button");
  const muteButton = $("mute");
  const chips = $("chips");
  const bezelNote = $("bezel-note");
  const calm = window.matchMedia("(prefers-reduced-motion: reduce)");

  const state = { mode: "connecting", busy: false, muted: readMuted(), recordings: [], cues: new Set() };

  // --- small helpers ---------------------------------------------------------------------------

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
  }

  function readMuted() {
    try {
      return window.localStorage.getItem(MUTE_KEY) === "1";
    } catch (error) {
      return false; // storage refused (a file, a strict browser): sound on, not remembered
    }
  }

  function writeMuted(muted) {
    try {
      window.localStorage.setItem(MUTE_KEY, muted ? "1" : "0");
    } catch (error) {
      // not remembered; still muted for this visit
    }
  }

  function setStatus(mode, text) {
    state.mode = mode;
    status.dataset.mode = mode;
    status.textContent = text;
  }

  function normalise(text) {
    return text.toLowerCase().replace(/\s+/g, " ").replace(/[;?.!\s]+$/, "").trim();
  }

  // --- the screen --------------------------------------------------------------------------------

  function addLine(node) {
    if (!calm.matches) node.classList.add("line--new");
    transcript.appendChild(node);
    while (transcript.children.length > KEEP_LINES) transcript.firstElementChild.remove();
    scrollDown();
    return node;
  }

  function scrollDown() {
    screen.scrollTop = screen.scrollHeight;
  }

  function showTyping(on) {
    typing.hidden = !on;
    if (on) scrollDown();
  }

  function systemLine(text) {
    return addLine(el("li", "line line--system", text));
  }

  function youLine(text) {
    return addLine(el("li", "line line--you", text));
  }

  function beatLine(beat) {
    if (beat.kind === "answer") return null; // his last words come with the answer itself
    const line = el("li", "line line--beat");
    line.dataset.kind = beat.kind || "work";
    line.appendChild(el("span", "at", `+${Number(beat.at || 0).toFixed(1)} s`));
    line.appendChild(el("span", "text", beat.text));
    return addLine(line);
  }

  // --- sound ---------------------------------------------------------------------------------------

  function playCue(cue) {
    // Cues live on the server (/sounds/); a static host has none, so recordings play only Dave's voice.
    if (state.muted || state.mode !== "live" || !cue || !/^[a-z0-9_-]+$/.test(cue)) return;
    const sound = new Audio(`/sounds/${cue}.wav`);
    state.cues.add(sound);
    sound.addEventListener("ended", () => state.cues.delete(sound));
    sound.play().catch(() => state.cues.delete(sound));
  }

  function renderMute() {
    muteButton.setAttribute("aria-pressed", String(state.muted));
    muteButton.textContent = state.muted ? "🔇 Muted" : "🔊 Sound on";
    muteButton.title = state.muted ? "Let Dave make noise again" : "Silence Dave's desk (remembered in this browser)";
  }

  function toggleMute() {
    state.muted = !state.muted;
    writeMuted(state.muted);
    renderMute();
    if (state.muted) {
      for (const sound of state.cues) sound.pause();
      state.cues.clear();
      for (const audio of transcript.querySelectorAll("audio")) audio.pause();
    }
  }

  // --- the bezel -----------------------------------------------------------------------------------

  function renderBezel(postits, fresh) {
    const before = new Set([...document.querySelectorAll(".postit[data-index]")].map((node) => node.dataset.index));
    const sides = {};
    for (const place of PLACES) {
      sides[place] = document.querySelector(`.bezel[data-place="${place}"]`);
      sides[place].replaceChildren();
    }
    for (const postit of postits || []) {
      const colour = COLOURS.includes(postit.colour) ? postit.colour : "yellow";
      const side = sides[PLACES.includes(postit.place) ? postit.place : "top"];
      const note = el("li", `postit postit--${colour}`);
      note.dataset.index = postit.index;
      note.appendChild(el("span", "postit-label", postit.label || postit.index));
      const columns = (postit.columns || []).join(", ");
      note.appendChild(el("span", "postit-index", `${postit.index} · ${postit.table}(${columns})`));
      note.title = `Index ${postit.index} on ${postit.table}(${columns}), a ${colour} post-it`;
      if (fresh && !before.has(postit.index) && !calm.matches) note.classList.add("postit--new");
      side.appendChild(note);
    }
    bezelNote.hidden = (postits || []).length > 0;
  }

  function renderTables(tables) {
    const list = $("tables");
    list.replaceChildren();
    for (const [name, columns] of Object.entries(tables || {})) {
      const item = el("li");
      item.appendChild(el("code", null, name));
      item.appendChild(document.createTextNode(`: ${columns.join(", ")}`));
      list.appendChild(item);
    }
  }

  function renderChips(questions) {
    chips.replaceChildren();
    for (const question of questions) {
      const item = el("li");
      item.appendChild(el("button", "chip", question)).type = "button";
      chips.appendChild(item);
    }
  }

  // --- Dave's answer -------------------------------------------------------------------------------

  function shown(value) {
    if (value === null || value === undefined) return { text: "NULL", kind: "null" };
    if (typeof value === "number") {
      const text = Number.isInteger(value) ? String(value) : String(Math.round(value * 10000) / 10000);
      return { text, kind: "number" };
    }
    return { text: String(value), kind: "" };
  }

  function fillTable(table, columns, rows, other) {
    table.replaceChildren();
    const head = table.createTHead().insertRow();
    for (const column of columns) {
      const th = el("th", null, column);
      th.scope = "col";
      head.appendChild(th);
    }
    const body = table.createTBody();
    rows.forEach((row, r) => {
      const tr = body.insertRow();
      row.forEach((value, c) => {
        const cell = shown(value);
        const td = tr.insertCell();
        td.textContent = cell.text;
        if (cell.kind) td.classList.add(cell.kind);
        const twin = other && other[r] ? other[r][c] : value;
        if (twin !== value) {
          td.classList.add("off");
          td.title = `The other version says ${shown(twin).text}`;
        }
      });
    });
  }

  function resultBlock(answer) {
    const block = el("div", "result");
    const tools = el("div", "result-tools");
    const count = answer.rowcount === 1 ? "1 row" : `${answer.rows.length} rows`;
    const caption = el("span", "meta", `${count}${answer.truncated ? " (the rest fell off the desk)" : ""}`);
    const toggle = el("button", "exact-toggle", "Show exact values");
    toggle.type = "button";
    toggle.setAttribute("aria-pressed", "false");
    tools.append(caption, toggle);
    const scroller = el("div", "table-scroll");
    scroller.tabIndex = 0;
    scroller.setAttribute("role", "region");
    scroller.setAttribute("aria-label", "Dave's result rows");
    const table = el("table", "result-table");
    scroller.appendChild(table);
    const draw = (exact) => {
      if (exact) fillTable(table, answer.columns, answer.exact_rows, answer.rows);
      else fillTable(table, answer.columns, answer.rows, answer.exact_rows);
      table.dataset.values = exact ? "exact" : "dave";
      toggle.setAttribute("aria-pressed", String(exact));
      scroller.setAttribute("aria-label", exact ? "Exact values, as SQLite said them" : "Dave's values, rounded the way people round");
    };
    toggle.addEventListener("click", () => draw(toggle.getAttribute("aria-pressed") !== "true"));
    draw(false);
    block.append(tools, scroller);
    return block;
  }

  function voiceBlock(audioB64) {
    const figure = el("figure", "voice");
    figure.appendChild(el("figcaption", null, "🎙️ Dave, out loud (mumbled)"));
    const audio = document.createElement("audio");
    audio.controls = true;
    audio.preload = "auto";
    audio.setAttribute("aria-label", "Dave's spoken answer");
    audio.src = `data:audio/wav;base64,${audioB64}`;
    figure.appendChild(audio);
    if (!state.muted) audio.play().catch(() => {}); // a browser may refuse autoplay; the controls stay
    return figure;
  }

  function hoursText(minutes) {
    const hours = minutes / 60;
    if (hours < 1) return `about ${Math.max(1, Math.round(minutes))} min`;
    return `about ${hours.toFixed(1)} business hours`;
  }

  function answerLine(answer) {
    const line = el("li", "line line--dave");
    let words = String(answer.text || "");
    const remarks = (answer.remarks || []).filter(Boolean);
    for (const remark of remarks) words = words.replace(remark, "").trim();
    const said = el("p");
    said.append(el("span", "speaker", "Dave: "), el("span", "words", words || "Hm."));
    line.appendChild(said);
    if (answer.read_as) line.appendChild(el("p", "read-as", `💭 Read as: ${answer.read_as}`));
    if (answer.sql) {
      const pre = el("pre", "sql-ran");
      pre.tabIndex = 0;
      pre.setAttribute("aria-label", "The SQL Dave ran");
      pre.appendChild(el("code", null, answer.sql));
      line.appendChild(pre);
    }
    if (remarks.length) {
      const list = el("ul", "remarks");
      list.setAttribute("aria-label", "What Dave noticed");
      for (const remark of remarks) list.appendChild(el("li", null, `📝 ${remark}`));
      line.appendChild(list);
    }
    if (Array.isArray(answer.columns)) line.appendChild(resultBlock(answer));
    if (answer.audio_b64) line.appendChild(voiceBlock(answer.audio_b64));
    const minutes = Number(answer.business_minutes || 0);
    const waited = Number(answer.wait_seconds || 0).toFixed(1);
    const eta = answer.eta ? ` He'd promised it ${answer.eta}.` : "";
    line.appendChild(el("p", "meta", `⏱ ${minutes.toFixed(1)} business minutes of Dave (${hoursText(minutes)}), shown to you in ${waited} s.${eta}`));
    addLine(line);
    if (answer.postits) renderBezel(answer.postits, true);
    return line;
  }

  function refusalLine(refusal) {
    const line = el("li", "line line--refusal");
    const said = el("p");
    said.append(el("span", "speaker", "Dave: "), el("span", "words", refusal.text || "No."));
    line.appendChild(said);
    const why = [refusal.cause, [refusal.error, refusal.status ? `HTTP ${refusal.status}` : ""].filter(Boolean).join(", ")]
      .filter(Boolean);
    if (why.length) line.appendChild(el("p", "cause", `Why: ${why[0]}${why[1] ? ` (${why[1]})` : ""}`));
    return addLine(line);
  }

  // --- live: the server's stream -------------------------------------------------------------------

  function parseEvent(block) {
    let name = "message";
    const data = [];
    for (const line of block.split("\n")) {
      if (!line || line.startsWith(":")) continue;
      const colon = line.indexOf(":");
      const field = colon < 0 ? line : line.slice(0, colon);
      let value = colon < 0 ? "" : line.slice(colon + 1);
      if (value.startsWith(" ")) value = value.slice(1);
      if (field === "event") name = value;
      else if (field === "data") data.push(value);
    }
    if (!data.length) return null;
    try {
      return { name, data: JSON.parse(data.join("\n")) };
    } catch (error) {
      return null;
    }
  }

  async function readEvents(response, onEvent) {
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
      buffer = buffer.replace(/\r\n?/g, "\n");
      let cut;
      while ((cut = buffer.indexOf("\n\n")) >= 0) {
        const event = parseEvent(buffer.slice(0, cut));
        buffer = buffer.slice(cut + 2);
        if (event) onEvent(event);
      }
      if (done) break;
    }
    const last = buffer.trim() ? parseEvent(buffer) : null;
    if (last) onEvent(last);
  }

  async function refusalFrom(response) {
    try {
      const body = await response.json();
      if (body && typeof body.text === "string") return body;
    } catch (error) {
      // not JSON: say what we know
    }
    return { text: "Dave looked at it and put it back in the tray.", cause: response.statusText || "no reason given",
             error: "HTTPError", status: response.status };
  }

  async function askLive(text) {
    let answered = false;
    let response;
    try {
      response = await fetch("/api/stream", {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "text/event-stream" },
        body: JSON.stringify({ sql: text }),
        credentials: "same-origin",
      });
    } catch (error) {
      refusalLine({ text: "The line to Dave's desk went dead. He may be at lunch.", cause: String(error.message || error),
                    error: "NetworkError" });
      return;
    }
    if (!response.ok) {
      refusalLine(await refusalFrom(response));
      return;
    }
    try {
      await readEvents(response, (event) => {
        if (event.name === "beat") {
          beatLine(event.data);
          playCue(event.data.cue);
        } else if (event.name === "answer") {
          answered = true;
          showTyping(false);
          answerLine(event.data);
        } else if (event.name === "refusal" || event.name === "error") {
          answered = true;
          refusalLine(event.data);
        }
      });
    } catch (error) {
      // the stream broke mid-way; whatever arrived stays on screen
    }
    if (!answered) {
      refusalLine({ text: "Dave started answering and then the phone rang. Try again?",
                    cause: "the stream ended before the answer", error: "StreamClosed" });
    }
  }

  // --- recorded: the tape ---------------------------------------------------------------------------

  async function playRecording(recording) {
    const started = performance.now();
    const elapsed = () => (performance.now() - started) / 1000;
    if (recording.refusal) {
      await sleep(400);
      refusalLine(recording.refusal);
      return;
    }
    for (const beat of recording.beats || []) {
      await sleep((Number(beat.at || 0) - elapsed()) * 1000);
      beatLine(beat);
    }
    await sleep((Number(recording.answer.wait_seconds || 0) - elapsed()) * 1000);
    showTyping(false);
    answerLine(recording.answer);
  }

  async function askRecorded(text) {
    const wanted = normalise(text);
    const recording = state.recordings.find((item) => normalise(item.question) === wanted);
    if (!recording) {
      showTyping(false);
      systemLine("📼 That one isn't on the tape. While Dave is out, he can only replay what he has already "
        + "answered: pick one of the recorded questions below.");
      return;
    }
    await playRecording(recording);
  }

  // --- asking ------------------------------------------------------------------------------------------

  async function ask(text) {
    text = text.trim();
    if (!text) {
      systemLine("🤨 Dave stares at the empty request for a while. Type some SQL or a question first.");
      input.focus();
      return;
    }
    if (state.busy) {
      systemLine("✋ Dave is still on the last one. He's one person.");
      return;
    }
    if (state.mode !== "live" && state.mode !== "recorded") {
      systemLine("🚪 Dave isn't reachable from here. Run humandb serve and open the page it prints.");
      return;
    }
    state.busy = true;
    askButton.disabled = true;
    askButton.textContent = "Dave is on it…";
    youLine(text);
    showTyping(true);
    try {
      if (state.mode === "live") await askLive(text);
      else await askRecorded(text);
    } finally {
      showTyping(false);
      state.busy = false;
      askButton.disabled = false;
      askButton.textContent = "Ask Dave";
    }
  }

  // --- starting up -------------------------------------------------------------------------------------

  async function loadDesk() {
    const response = await fetch("/api/desk", { headers: { Accept: "application/json" }, credentials: "same-origin" });
    const type = response.headers.get("content-type") || "";
    if (!response.ok || !type.includes("json")) throw new Error(`no desk (HTTP ${response.status})`);
    return response.json();
  }

  async function loadRecordings() {
    const response = await fetch("data/transcripts.json", { headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error(`no tape (HTTP ${response.status})`);
    const tape = await response.json();
    const recordings = Array.isArray(tape) ? tape : tape.transcripts;
    if (!Array.isArray(recordings) || !recordings.length) throw new Error("the tape is blank");
    return { recordings, recorded: Array.isArray(tape) ? "" : tape.recorded || "" };
  }

  async function start() {
    try {
      const desk = await loadDesk();
      renderBezel(desk.postits, false);
      renderTables(desk.tables);
      setStatus("live", "Dave is in. You have your own copy of his company's data; he'll answer as he gets to it.");
      return;
    } catch (error) {
      // no server behind this page: fall back to the tape
    }
    try {
      const tape = await loadRecordings();
      state.recordings = tape.recordings;
      const day = new Date(tape.recorded);
      const when = Number.isNaN(day.getTime()) ? ""
        : ` (recorded on ${day.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" })})`;
      setStatus("recorded", `📼 Dave is out of the office, so you're hearing recorded answers${when}. `
        + "Pick one of the recorded questions, or run humandb serve to ask him anything.");
      renderChips(state.recordings.map((item) => item.question));
      $("chips-title").textContent = "On the tape (Dave's recorded answers):";
      systemLine("📼 Playing recorded answers: Dave's real replies from an earlier session, timed as they happened.");
    } catch (error) {
      setStatus("offline", "Dave is out and his recordings are in another building. Run humandb serve to meet him.");
      askButton.disabled = true;
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    ask(input.value);
  });

  input.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" || event.isComposing || event.shiftKey) return;
    event.preventDefault(); // Enter and Ctrl+Enter both send; Shift+Enter is a new line
    form.requestSubmit();
  });

  chips.addEventListener("click", (event) => {
    const chip = event.target.closest(".chip");
    if (!chip) return;
    input.value = chip.textContent;
    ask(chip.textContent);
  });

  muteButton.addEventListener("click", toggleMute);
  renderMute();
  start();
})();
