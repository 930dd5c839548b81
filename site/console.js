// The live console: ask Dave over the same origin and show his beats as they come, then his answer.
// Without a server (a static host, or the page opened as a file) it plays the answers on the tape (data/tape.js).
(() => {
  "use strict";

  const MUTE_KEY = "humandb.muted";
  const KEEP_LINES = 80; // the transcript forgets its oldest lines, like Dave
  const BEAT_GAP_MS = 520; // beats due at the same moment still appear one by one, as he gets to them
  const PLACES = ["top", "left", "right", "bottom"];
  const COLOURS = ["yellow", "pink", "green", "blue", "orange", "purple"];
  const SVG = "http://www.w3.org/2000/svg";
  // The phrasebook starts beats with an emoji; the page draws its own icon instead (no boxes anywhere).
  const LEADING_EMOJI = /^(?:[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u200d\ufe0e\ufe0f\u20e3]+\s*)+/u;
  const KIND_ICONS = { receive: "glasses", contact: "phone", eta: "clock", queue: "ticket", sql: "pencil", team: "people" };
  const CUE_ICONS = { printer: "printer", pencil: "pencil", paper: "papers", stapler: "stapler", typing: "keyboard",
                      phone: "phone", ding: "bell", slurp: "mug", sigh: "mug" };
  const EMOJI_ICONS = [[/[\u{1F50D}\u{1F50E}\u{1F3AF}]/u, "search"], [/\u{1F9EE}/u, "calculator"],
                       [/[\u270F\u{1F4DD}]/u, "pencil"], [/\u{1F5A8}/u, "printer"], [/\u{1F4C5}/u, "calendar"],
                       [/[\u2615]/u, "mug"], [/[\u{1F4DE}\u260E]/u, "phone"]];

  const $ = (id) => document.getElementById(id);
  const monitor = $("monitor");
  const log = $("log");
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
  const fromFile = window.location.protocol === "file:";

  const state = {
    mode: "connecting", busy: false, muted: readMuted(), last: "",
    tape: null, taped: new Set(), // the recordings, and the post-its their replays have put up
    cueUrls: null, cues: new Map(), voices: new Set(),
  };

  // --- small helpers ---------------------------------------------------------------------------

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function icon(name) {
    const svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("class", "icon");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    const use = document.createElementNS(SVG, "use");
    use.setAttribute("href", `#i-${name}`);
    svg.appendChild(use);
    return svg;
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

  // Straight double quotes as a typesetter would set them.
  function curly(text) {
    return String(text).replace(/"([^"]*)"/g, "“$1”");
  }

  function unquote(text) {
    for (const [open, close] of [["“", "”"], ['"', '"']]) {
      if (text.length < 2 || !text.startsWith(open) || !text.endsWith(close)) continue;
      const inner = text.slice(1, -1);
      const balanced = open === close ? !inner.includes(open)
        : inner.split(open).length === inner.split(close).length;
      if (balanced) return inner.trim();
    }
    return null;
  }

  // Dave's words come as speech ("I'd need a form…"), labelled speech (Dave: “…”) or narration with speech
  // in it (Dave reads it twice. “…”): the page shows narration as narration and speech under his name,
  // never "Dave: Dave reads…", never quotes inside quotes.
  function said(text) {
    let words = String(text || "").trim();
    const label = /^Dave:\s*/.exec(words);
    if (label) words = words.slice(label[0].length);
    const speech = unquote(words);
    if (speech !== null) return { narration: "", speech };
    if (!label && /^Dave\b/.test(words)) {
      const open = words.search(/[“"]/);
      if (open > 0) {
        const quoted = unquote(words.slice(open).trim());
        if (quoted !== null) return { narration: words.slice(0, open).trim(), speech: quoted };
      }
      return { narration: words, speech: "" };
    }
    return { narration: "", speech: words };
  }

  // --- the screen --------------------------------------------------------------------------------

  function nearBottom() {
    return log.scrollHeight - log.scrollTop - log.clientHeight < 64;
  }

  function addLine(node, follow = true) {
    const stick = follow && (state.busy || nearBottom());
    if (!calm.matches) node.classList.add("line--new");
    transcript.appendChild(node);
    while (transcript.children.length > KEEP_LINES) transcript.firstElementChild.remove();
    if (stick) log.scrollTop = log.scrollHeight;
    return node;
  }

  // An answer lands with its first line at the top of the screen: Dave's words stay in view, the table
  // and the rest are a scroll away.
  function showFromTop(node) {
    log.scrollTop = Math.max(0, node.offsetTop - 8);
  }

  // While Dave works the monitor is where the visitor is looking: scroll the page just enough to show it.
  function bringMonitorIntoView() {
    const header = document.querySelector(".masthead");
    const top = (header ? header.getBoundingClientRect().bottom : 0) + 8;
    const bottom = window.innerHeight - 8;
    const box = monitor.getBoundingClientRect();
    if (box.top >= top && box.bottom <= bottom) return;
    const delta = box.height > bottom - top || box.top < top ? box.top - top : box.bottom - bottom;
    window.scrollBy({ top: delta, behavior: calm.matches ? "auto" : "smooth" });
  }

  function showTyping(on) {
    typing.hidden = !on;
    if (on && nearBottom()) log.scrollTop = log.scrollHeight;
  }

  function systemLine(text, iconName) {
    const line = el("li", "line line--system");
    if (iconName) line.appendChild(icon(iconName));
    line.appendChild(el("span", null, text));
    return addLine(line);
  }

  function youLine(text) {
    const line = el("li", "line line--you");
    line.appendChild(el("span", "visually-hidden", "You asked: "));
    line.appendChild(document.createTextNode(text));
    return addLine(line);
  }

  function beatIcon(beat, raw) {
    if (KIND_ICONS[beat.kind]) return KIND_ICONS[beat.kind];
    const lead = LEADING_EMOJI.exec(raw);
    for (const [pattern, name] of EMOJI_ICONS) if (lead && pattern.test(lead[0])) return name;
    return CUE_ICONS[beat.cue] || "papers";
  }

  function beatLine(beat, seconds) {
    const raw = String(beat.text || "");
    const line = el("li", "line line--beat");
    line.dataset.kind = beat.kind || "work";
    line.appendChild(el("span", "at", `${seconds.toFixed(1)} s`));
    line.appendChild(icon(beatIcon(beat, raw)));
    line.appendChild(el("span", "text", curly(raw.replace(LEADING_EMOJI, ""))));
    return addLine(line);
  }

  function helloLine(text, tables) {
    const line = el("li", "line line--hello");
    line.id = "hello";
    const mark = document.createElementNS(SVG, "svg");
    mark.setAttribute("class", "hello-mark");
    mark.setAttribute("viewBox", "0 0 64 64");
    mark.setAttribute("aria-hidden", "true");
    for (const transform of ["translate(8 16) scale(0.95)", "translate(57 4) scale(-0.95 0.95)"]) {
      const use = document.createElementNS(SVG, "use");
      use.setAttribute("href", "#i-foot");
      use.setAttribute("width", "24");
      use.setAttribute("height", "46");
      use.setAttribute("transform", transform);
      mark.appendChild(use);
    }
    line.append(mark, el("p", "hello-words", text));
    if (tables && tables.length) {
      const list = el("ul", "hello-tables");
      list.setAttribute("aria-label", "Folders on Dave's desk (each asks for five rows)");
      for (const name of tables) {
        const button = el("button", "folder");
        button.type = "button";
        button.dataset.ask = `SELECT * FROM ${name} LIMIT 5`;
        button.append(icon("folder"), document.createTextNode(name));
        button.title = `Ask Dave: ${button.dataset.ask}`;
        list.appendChild(el("li")).appendChild(button);
      }
      line.appendChild(list);
    }
    const old = $("hello");
    if (old) old.replaceWith(line);
    else transcript.prepend(line);
    return line;
  }

  // --- sound ---------------------------------------------------------------------------------------

  function cueUrl(cue) {
    if (state.cueUrls) return state.cueUrls[cue] || null; // the server's fingerprinted, cacheable files
    return `sounds/${cue}.wav`;
  }

  function playCue(cue) {
    // Cues live on the server; a static host has none, so recordings play only Dave's voice.
    if (state.muted || state.mode !== "live" || !cue || !/^[a-z0-9_-]+$/.test(cue)) return;
    const url = cueUrl(cue);
    if (!url) return;
    let sound = state.cues.get(cue);
    if (!sound) {
      sound = new Audio(url); // one element per cue: fetched once a visit, replayed from the start
      sound.preload = "auto";
      state.cues.set(cue, sound);
    }
    sound.currentTime = 0;
    sound.play().catch(() => {});
  }

  function renderMute() {
    muteButton.setAttribute("aria-pressed", String(state.muted));
    muteButton.replaceChildren(icon(state.muted ? "speaker-off" : "speaker"),
                               el("span", null, state.muted ? "Muted" : "Sound on"));
    muteButton.title = state.muted ? "Let Dave make noise again" : "Silence Dave's desk (remembered in this browser)";
  }

  function toggleMute() {
    state.muted = !state.muted;
    writeMuted(state.muted);
    renderMute();
    if (state.muted) {
      for (const sound of state.cues.values()) sound.pause();
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
      note.title = `Index ${postit.index} on ${postit.table}(${columns}), a ${colour} post-it`
        + (postit.laminated ? ", laminated: it survives the cleaners" : "");
      if (postit.laminated) note.classList.add("postit--laminated");
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

  // Thousands separators from five digits up (a year like 1987 stays 1987); the digits themselves untouched.
  function numberText(value) {
    const text = String(value);
    if (!/^-?\d+(\.\d+)?$/.test(text)) return text;
    const [whole, fraction] = text.split(".");
    const digits = whole.replace("-", "");
    const grouped = digits.length > 4 ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : digits;
    return `${whole.startsWith("-") ? "−" : ""}${grouped}${fraction ? `.${fraction}` : ""}`;
  }

  function shown(value) {
    if (value === null || value === undefined) return { text: "NULL", kind: "null" };
    if (typeof value === "number") return { text: numberText(value), kind: "number" };
    return { text: String(value), kind: "" };
  }

  function fillTable(table, columns, rows, other) {
    table.replaceChildren();
    const numeric = columns.map((_, c) => rows.length > 0
      && rows.every((row) => typeof row[c] === "number" || row[c] === null || row[c] === undefined)
      && rows.some((row) => typeof row[c] === "number"));
    const head = table.createTHead().insertRow();
    columns.forEach((column, c) => {
      const th = el("th", numeric[c] ? "number" : null, column);
      th.scope = "col";
      head.appendChild(th);
    });
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

  // A table wider than its box says so (a shadow at the edge and a line of text), instead of being cut.
  function markOverflow(scroller) {
    const hint = scroller.previousElementSibling;
    const scrolls = scroller.scrollWidth > scroller.clientWidth + 1;
    scroller.toggleAttribute("data-scrolls", scrolls);
    if (hint) hint.hidden = !scrolls;
  }

  function resultBlock(answer) {
    const block = el("div", "result");
    const tools = el("div", "result-tools");
    const count = answer.rowcount === 1 || answer.rows.length === 1 ? "1 row" : `${numberText(answer.rows.length)} rows`;
    const caption = el("p", "meta", `${count}${answer.truncated ? " (the rest fell off the desk)" : ""}`);
    const toggle = el("label", "exact-toggle");
    const box = el("input");
    box.type = "checkbox";
    toggle.append(box, document.createTextNode("Show exact values"));
    tools.append(caption, toggle);
    const scroller = el("div", "table-scroll");
    scroller.tabIndex = 0;
    scroller.setAttribute("role", "region");
    const table = el("table", "result-table");
    scroller.appendChild(table);
    const hint = el("p", "scroll-hint", "Wider than the screen: scroll sideways for the rest.");
    hint.prepend(icon("arrow"));
    hint.hidden = true;
    const draw = (exact) => {
      if (exact) fillTable(table, answer.columns, answer.exact_rows, answer.rows);
      else fillTable(table, answer.columns, answer.rows, answer.exact_rows);
      table.dataset.values = exact ? "exact" : "dave";
      scroller.setAttribute("aria-label", exact ? "Exact values, as SQLite said them" : "Dave's values, rounded the way people round");
      if (scroller.isConnected) markOverflow(scroller);
    };
    box.addEventListener("change", () => draw(box.checked));
    draw(false);
    block.append(tools, hint, scroller);
    return block;
  }

  function voiceSource(answer) {
    if (answer.voice_url) return answer.voice_url; // the server's own small WAV, cached by its words
    if (answer.voice) return answer.voice; // the tape's
    if (answer.audio_b64) return `data:${answer.audio_type || "audio/wav"};base64,${answer.audio_b64}`;
    return null;
  }

  function voiceBlock(source) {
    const figure = el("figure", "voice");
    const caption = el("figcaption", null, "Dave, out loud (mumbled)");
    caption.prepend(icon("speaker"));
    figure.appendChild(caption);
    const audio = document.createElement("audio");
    audio.controls = true;
    audio.preload = state.muted ? "none" : "auto"; // a muted visitor fetches Dave's voice only if they press play
    audio.setAttribute("aria-label", "Dave's spoken answer");
    audio.src = source;
    figure.appendChild(audio);
    if (!state.muted) audio.play().catch(() => {}); // a browser may refuse autoplay; the controls stay
    return figure;
  }

  function hoursText(minutes) {
    const hours = minutes / 60;
    if (hours < 1) return `about ${Math.max(1, Math.round(minutes))} business minutes`;
    return `about ${hours.toFixed(1)} business hours`;
  }

  function wordsBlock(text, fallback) {
    const { narration, speech } = said(text);
    // Narration first, as a stage direction; then, under his name, what he says.
    const words = el("div", "words");
    if (narration) words.appendChild(el("p", "narration", narration));
    if (speech || !narration) {
      const who = el("p", "who", "Dave");
      who.prepend(icon("chat"));
      words.append(who, el("p", "speech", speech || fallback));
    }
    return [words];
  }

  function answerLine(answer) {
    const line = el("li", "line line--dave");
    let text = String(answer.text || "");
    const remarks = (answer.remarks || []).filter(Boolean);
    for (const remark of remarks) text = text.replace(remark, "").trim();
    line.append(...wordsBlock(text, "Hm."));
    if (answer.read_as) {
      const readAs = el("p", "read-as");
      readAs.append(icon("glasses"), el("span", null, `Read as: ${answer.read_as}`));
      line.appendChild(readAs);
    }
    if (answer.sql) {
      const pre = el("pre", "sql-ran");
      pre.setAttribute("aria-label", "The SQL Dave ran");
      pre.appendChild(el("code", null, answer.sql));
      line.appendChild(pre);
    }
    if (remarks.length) {
      const list = el("ul", "remarks");
      list.setAttribute("aria-label", "What Dave noticed");
      for (const remark of remarks) {
        const item = el("li");
        item.append(icon("note"), el("span", null, curly(remark)));
        list.appendChild(item);
      }
      line.appendChild(list);
    }
    if (Array.isArray(answer.columns)) line.appendChild(resultBlock(answer));
    const voice = voiceSource(answer);
    if (voice) line.appendChild(voiceBlock(voice));
    const minutes = Number(answer.business_minutes || 0);
    const waited = Number(answer.wait_seconds || 0).toFixed(1);
    const eta = answer.eta ? ` He'd promised it ${answer.eta}.` : "";
    const meta = el("p", "meta");
    meta.append(icon("clock"), el("span", null,
      `${numberText(minutes.toFixed(1))} business minutes of Dave (${hoursText(minutes)}), shown to you in ${waited} s.${eta}`));
    line.appendChild(meta);
    addLine(line, false);
    for (const scroller of line.querySelectorAll(".table-scroll")) markOverflow(scroller);
    showFromTop(line);
    return line;
  }

  function refusalLine(refusal) {
    const line = el("li", "line line--refusal");
    line.append(...wordsBlock(refusal.text, "No."));
    const why = [refusal.cause, [refusal.error, refusal.status ? `HTTP ${refusal.status}` : ""].filter(Boolean).join(", ")]
      .filter(Boolean);
    if (why.length) line.appendChild(el("p", "cause", `Why: ${why[0]}${why[1] ? ` (${why[1]})` : ""}`));
    addLine(line, false);
    showFromTop(line);
    return line;
  }

  // --- pacing: one line at a time -----------------------------------------------------------------------

  // Lines are shown in order, each when it is due and never closer than BEAT_GAP_MS to the one before:
  // the four opening beats a script gives at 0 s (read, phone, ETA, queue) unfold instead of landing at once.
  function pacer() {
    const started = performance.now();
    let free = 0;
    let chain = Promise.resolve();
    const elapsed = () => (performance.now() - started) / 1000;
    const pace = (show, dueSeconds = 0, gap = BEAT_GAP_MS) => {
      chain = chain.then(async () => {
        const wait = Math.max(started + dueSeconds * 1000, free) - performance.now();
        if (wait > 0) await sleep(wait);
        show(elapsed());
        free = performance.now() + gap;
      });
      return chain;
    };
    pace.done = () => chain;
    return pace;
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
    const pace = pacer();
    let answered = false;
    let response;
    try {
      response = await fetch("api/stream", {
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
          if (event.data.kind === "answer") return; // his last words come with the answer itself
          pace((seconds) => {
            beatLine(event.data, seconds);
            playCue(event.data.cue);
          });
        } else if (event.name === "answer") {
          answered = true;
          pace(() => {
            showTyping(false);
            playCue("ding");
            answerLine(event.data);
            if (event.data.postits) renderBezel(event.data.postits, true);
          }, 0, 0);
        } else if (event.name === "refusal" || event.name === "error") {
          answered = true;
          pace(() => refusalLine(event.data), 0, 0);
        }
      });
    } catch (error) {
      // the stream broke mid-way; whatever arrived stays on screen
    }
    await pace.done();
    if (!answered) {
      refusalLine({ text: "Dave started answering and then the phone rang. Try again?",
                    cause: "the stream ended before the answer", error: "StreamClosed" });
    }
  }

  // --- recorded: the tape ---------------------------------------------------------------------------

  // The tape was recorded as one visitor's session, so each answer carries the bezel as it was then. A replay
  // shows only the post-its that replays of this visit have made (salary first: no index, no post-it).
  function prepareTape(recordings) {
    let before = new Set();
    for (const recording of recordings) {
      const postits = (recording.answer && recording.answer.postits) || [];
      const now = new Set(postits.map((postit) => postit.index));
      recording.makes = [...now].filter((index) => !before.has(index));
      before = now;
    }
    return recordings;
  }

  async function playRecording(recording) {
    const pace = pacer();
    if (recording.refusal) {
      pace(() => refusalLine(recording.refusal), 0.4, 0);
      await pace.done();
      return;
    }
    for (const beat of recording.beats || []) {
      if (beat.kind === "answer") continue;
      pace((seconds) => beatLine(beat, seconds), Number(beat.at || 0));
    }
    pace(() => {
      showTyping(false);
      for (const index of recording.makes || []) state.taped.add(index);
      answerLine(recording.answer);
      renderBezel((recording.answer.postits || []).filter((postit) => state.taped.has(postit.index)), true);
    }, Number(recording.answer.wait_seconds || 0), 0);
    await pace.done();
  }

  async function askRecorded(text) {
    const wanted = normalise(text);
    const recording = state.tape.find((item) => normalise(item.question) === wanted);
    if (!recording) {
      showTyping(false);
      systemLine("That one isn't on the tape. While Dave is out he can only replay what he has already "
        + "answered: pick one of the recorded questions.", "tape");
      return;
    }
    await playRecording(recording);
  }

  // --- asking ------------------------------------------------------------------------------------------

  async function ask(text) {
    text = text.trim();
    if (!text) {
      systemLine("Dave stares at the empty request for a while. Type some SQL or a question first.");
      input.focus();
      return;
    }
    if (state.busy) {
      systemLine("Dave is still on the last one. He's one person.");
      return;
    }
    if (state.mode !== "live" && state.mode !== "recorded") {
      systemLine("Dave isn't reachable from here. Run humandb serve and open the page it prints.");
      return;
    }
    state.busy = true;
    askButton.disabled = true;
    askButton.textContent = "Dave is on it…";
    const touch = window.matchMedia("(pointer: coarse)").matches;
    if (touch) input.blur(); // let a phone's keyboard go
    state.last = text;
    input.value = "";
    youLine(text);
    showTyping(true);
    log.scrollTop = log.scrollHeight;
    bringMonitorIntoView();
    if (touch) setTimeout(bringMonitorIntoView, 400); // again once the keyboard has gone and the window grew
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
    if (fromFile) throw new Error("a file has no server behind it");
    const response = await fetch("api/desk", { headers: { Accept: "application/json" }, credentials: "same-origin" });
    const type = response.headers.get("content-type") || "";
    if (!response.ok || !type.includes("json")) throw new Error(`no desk (HTTP ${response.status})`);
    return response.json();
  }

  // The tape is a script, so it loads from a file as well as from a host (a fetch from file:// is refused).
  function loadScript(src) {
    return new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = src;
      script.onload = resolve;
      script.onerror = () => reject(new Error(`no ${src}`));
      document.head.appendChild(script);
    });
  }

  async function loadTape() {
    try {
      await loadScript("data/tape.js");
    } catch (error) {
      if (fromFile) throw error;
    }
    let tape = window.HUMANDB_TAPE;
    if (!tape) { // an older recording: one JSON file with the voices inside
      const response = await fetch("data/transcripts.json", { headers: { Accept: "application/json" } });
      if (!response.ok) throw new Error(`no tape (HTTP ${response.status})`);
      tape = await response.json();
    }
    const recordings = Array.isArray(tape) ? tape : tape.transcripts;
    if (!Array.isArray(recordings) || !recordings.length) throw new Error("the tape is blank");
    return { recordings: prepareTape(recordings), recorded: Array.isArray(tape) ? "" : tape.recorded || "" };
  }

  async function start() {
    try {
      const desk = await loadDesk();
      state.cueUrls = desk.cues && typeof desk.cues === "object" ? desk.cues : null;
      renderBezel(desk.postits, false);
      renderTables(desk.tables);
      setStatus("live", "Dave is in. He'll answer as he gets to it.");
      helloLine("Dave is at his desk with your own copy of the company's data. Ask him in SQL, in English if "
        + "you're feeling casual, or open one of his folders.", Object.keys(desk.tables || {}));
      return;
    } catch (error) {
      // no server behind this page: play the tape
    }
    try {
      const tape = await loadTape();
      state.tape = tape.recordings;
      const day = new Date(tape.recorded);
      const when = Number.isNaN(day.getTime()) ? ""
        : ` on ${day.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" })}`;
      setStatus("recorded", "Dave is out: these are his recorded answers.");
      $("console-title").textContent = "Ask Dave (on tape today)";
      renderChips(state.tape.map((item) => item.question));
      $("chips-title").textContent = "On the tape";
      helloLine(`Dave is out of the office, so this is a tape of his real answers, recorded${when} and timed `
        + "as they happened. Pick one of his recorded questions, or run humandb serve to ask him anything.");
    } catch (error) {
      setStatus("offline", "Dave is out, and so is his tape.");
      helloLine("Dave is out and his recordings are in another building. Run humandb serve to meet him.");
      askButton.disabled = true;
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    ask(input.value);
  });

  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowUp" && !input.value && state.last) { // like a terminal: the last question again
      event.preventDefault();
      input.value = state.last;
      return;
    }
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

  transcript.addEventListener("click", (event) => {
    const folder = event.target.closest(".folder");
    if (!folder) return;
    input.value = folder.dataset.ask;
    ask(folder.dataset.ask);
  });

  muteButton.addEventListener("click", toggleMute);
  renderMute();
  start();
})();
