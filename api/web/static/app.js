// verbatim review page. Plain script, no build step, no dependencies.
// Article text is only ever put into the DOM as text nodes (never innerHTML),
// so a hostile article cannot inject markup. Spans are requested in Unicode
// code points and the text is indexed with Array.from, which splits by code
// point too, so emoji and other astral characters line up.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const text = $("text"), alertBox = $("alert"), status = $("status");
  let last = null;        // last Analysis
  let lastJSON = "";      // its pretty JSON, for Copy JSON
  let actorsById = new Map();

  function el(tag, attrs, ...kids) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === "class") e.className = v;
      else if (k === "text") e.textContent = v;
      else e.setAttribute(k, v === true ? "" : String(v));
    }
    for (const k of kids) if (k !== null && k !== undefined) e.append(k);
    return e;
  }
  const fmt = (x) => (x >= 0 ? "+" : "−") + Math.abs(x).toFixed(2);

  function showError(title, detail, extra) {
    alertBox.replaceChildren(el("strong", { text: title }));
    if (detail) alertBox.append(el("span", { text: detail }));
    if (extra && extra.length) {
      const ul = el("ul");
      for (const x of extra) ul.append(el("li", { text: x }));
      alertBox.append(ul);
    }
    alertBox.hidden = false;
  }
  function clearError() { alertBox.hidden = true; alertBox.replaceChildren(); }

  // ---- input ---------------------------------------------------------------
  $("load-example").addEventListener("click", async () => {
    clearError();
    try {
      const r = await fetch("/assets/example.txt");
      if (!r.ok) throw new Error("HTTP " + r.status);
      text.value = await r.text();
      text.focus();
    } catch (e) { showError("Could not load the example", String(e.message || e)); }
  });
  async function readFile(f) {
    if (!f) return;
    if (f.type && !f.type.startsWith("text/")) { showError("Not a text file", f.name + " is " + f.type + "; drop a .txt file."); return; }
    clearError();
    text.value = await f.text();
  }
  $("file").addEventListener("change", (ev) => readFile(ev.target.files[0]));
  text.addEventListener("dragover", (ev) => { ev.preventDefault(); text.classList.add("drag"); });
  text.addEventListener("dragleave", () => text.classList.remove("drag"));
  text.addEventListener("drop", (ev) => {
    text.classList.remove("drag");
    if (ev.dataTransfer && ev.dataTransfer.files.length) { ev.preventDefault(); readFile(ev.dataTransfer.files[0]); }
  });

  $("analyze").addEventListener("click", analyze);
  text.addEventListener("keydown", (ev) => { if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) analyze(); });

  async function analyze() {
    clearError();
    const body = text.value;
    if (!body.trim()) { showError("Nothing to analyse", "Paste an article, drop a .txt file, or load the example."); return; }
    const btn = $("analyze");
    btn.disabled = true; status.textContent = "Analysing…";
    try {
      const r = await fetch("/v1/analyze", {
        method: "POST",
        headers: { "Content-Type": "application/json", "Accept": "application/json, application/problem+json" },
        body: JSON.stringify({ text: body, options: { offsets: "codepoint" } }),
      });
      const ct = r.headers.get("Content-Type") || "";
      if (!r.ok) {
        let p = null;
        if (ct.includes("json")) { try { p = await r.json(); } catch (_) { /* fall through */ } }
        const retry = r.headers.get("Retry-After");
        const extra = ((p && p.errors) || []).map((f) => f.field + ": " + f.message);
        if (retry) extra.push("Retry after " + retry + " s.");
        if (p && p.instance) extra.push("Request: " + p.instance);
        showError((p && p.title) || ("HTTP " + r.status), (p && p.detail) || r.statusText, extra);
        status.textContent = "";
        return;
      }
      const a = await r.json();
      render(a, body);
      status.textContent = a.statements.length + " statements, " + a.actors.length + " actors in " + a.meta.elapsed_ms.toFixed(1) + " ms";
    } catch (e) {
      showError("Could not reach the server", String(e.message || e));
      status.textContent = "";
    } finally { btn.disabled = false; }
  }

  $("copy-json").addEventListener("click", async () => {
    if (!lastJSON) return;
    try { await navigator.clipboard.writeText(lastJSON); status.textContent = "JSON copied."; }
    catch (_) {
      // Clipboard API needs a secure context; fall back to a selectable copy.
      const ta = el("textarea", { "aria-label": "Analysis JSON", readonly: true, rows: 12 });
      ta.value = lastJSON; alertBox.replaceChildren(el("strong", { text: "Copy the JSON below (Ctrl+C)" }), ta);
      alertBox.hidden = false; ta.focus(); ta.select();
    }
  });

  // ---- rendering -------------------------------------------------------------
  function render(a, body) {
    last = a; lastJSON = JSON.stringify(a, null, 2);
    $("copy-json").disabled = false;
    actorsById = new Map(a.actors.map((x) => [x.id, x]));
    if (a.warnings && a.warnings.length) showError("Warnings", "", a.warnings.map((w) => w.code + ": " + w.message));
    renderArticle(a, body);
    renderActors(a);
    renderMatrix(a);
    renderDocument(a);
    renderFilters(a);
    $("results").hidden = false;
  }

  function speakerLabel(st) { return st.speaker ? st.speaker.name : "unknown speaker"; }

  function renderArticle(a, body) {
    const cps = Array.from(body);
    const slice = (s, e) => cps.slice(s, e).join("");
    // One segment per fragment (a quote interrupted by "he said" is two pieces).
    const segs = [];
    for (const st of a.statements) {
      const parts = st.fragments && st.fragments.length ? st.fragments : [st.span];
      parts.forEach((p, i) => segs.push({ start: p.start, end: p.end, st, first: i === 0 }));
    }
    segs.sort((x, y) => x.start - y.start || y.end - x.end);
    const art = $("article");
    art.replaceChildren();
    // Build nested highlights: a partial quote sits inside its mixed statement.
    let i = 0;
    function fill(parent, from, to) {
      let pos = from;
      while (i < segs.length && segs[i].start < to) {
        const sg = segs[i++];
        const s = Math.max(sg.start, pos), e = Math.min(sg.end, to);
        if (e <= s) continue; // overlapping but not nested: already drawn
        if (s > pos) parent.append(document.createTextNode(slice(pos, s)));
        if (sg.first && !sameSpeakerAsParent(sg.st)) parent.append(chip(sg.st));
        const m = mark(sg.st, sg.first);
        parent.append(m);
        fill(m, s, e);
        pos = e;
      }
      if (pos < to) parent.append(document.createTextNode(slice(pos, to)));
    }
    fill(art, 0, cps.length);
  }

  // A partial quote inside its mixed statement needs no second chip for the same speaker.
  function sameSpeakerAsParent(st) {
    if (!st.parent_id) return false;
    const p = last.statements.find((x) => x.id === st.parent_id);
    return !!p && speakerLabel(p) === speakerLabel(st);
  }

  function chip(st) {
    const name = speakerLabel(st);
    const id = st.speaker && st.speaker.actor_id;
    const c = id
      ? el("a", { class: "chip", href: "#actor-" + id, "data-actor": id, "data-statement": st.id, text: name,
                  "aria-label": "Speaker " + name + ": show in the actors panel" })
      : el("span", { class: "chip unknown", "data-statement": st.id, text: name, "aria-label": "Speaker " + name });
    if (id) {
      const on = () => highlightActor(id);
      c.addEventListener("focus", on);
      c.addEventListener("mouseenter", on);
      c.addEventListener("click", (ev) => { ev.preventDefault(); highlightActor(id, true); });
    }
    return c;
  }

  function mark(st, first) {
    const s = st.sentiment || { label: "neutral", score: 0 };
    const m = el("mark", {
      class: "st k-" + st.kind + " s-" + s.label,
      "data-statement": st.id, "data-kind": st.kind, "data-speaker": speakerLabel(st),
      "data-actor": st.speaker && st.speaker.actor_id,
    });
    if (first) {
      m.tabIndex = 0;
      m.setAttribute("role", "button");
      m.setAttribute("aria-label", st.kind + " statement by " + speakerLabel(st) + ", sentiment " + s.label);
      m.setAttribute("aria-describedby", "detail");
    }
    const show = () => showDetail(st);
    m.addEventListener("mouseenter", (ev) => { ev.stopPropagation(); show(); });
    m.addEventListener("focus", show);
    m.addEventListener("keydown", (ev) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); show(); } });
    return m;
  }

  function evidence(list) {
    const span = el("span");
    for (const e of list || []) span.append(el("span", { class: "ev " + (e.weight < 0 ? "neg" : "pos"), text: e.text + " " + fmt(e.weight) }));
    if (!list || !list.length) span.append(el("span", { class: "hint", text: "none" }));
    return span;
  }

  function showDetail(st) {
    for (const x of document.querySelectorAll(".st.active")) x.classList.remove("active");
    for (const x of document.querySelectorAll('.st[data-statement="' + st.id + '"]')) x.classList.add("active");
    const s = st.sentiment;
    const dl = el("dl");
    const row = (k, v) => dl.append(el("dt", { text: k }), el("dd", {}, v));
    row("Kind", st.kind + (st.parent_id ? " (inside " + st.parent_id + ")" : ""));
    row("Speaker", st.speaker ? st.speaker.name + " — " + st.speaker.resolved_by + ", confidence " + st.speaker.confidence.toFixed(2) : "unknown");
    if (st.cue) row("Cue", "“" + st.cue.text + "”");
    row("Sentiment", s.label + " " + fmt(s.score) + " (confidence " + s.confidence.toFixed(2) + ")");
    row("Evidence", evidence(s.evidence));
    for (const x of st.stances || []) {
      row("Toward " + x.actor, el("span", {}, x.label + " " + fmt(x.score) + " (confidence " + x.confidence.toFixed(2) + ") ", evidence(x.evidence)));
    }
    $("detail").replaceChildren(el("blockquote", { text: st.text }), dl);
  }

  function highlightActor(id, scroll) {
    for (const li of document.querySelectorAll("#actors li")) li.classList.toggle("hl", li.dataset.actor === id);
    const li = $("actor-" + id);
    if (li && scroll) { li.scrollIntoView({ block: "nearest" }); li.focus(); }
  }

  function renderActors(a) {
    const ul = $("actors");
    ul.replaceChildren();
    const maxSal = Math.max(0.0001, ...a.actors.map((x) => x.salience));
    for (const x of a.actors) {
      const aff = x.affiliation_id && actorsById.get(x.affiliation_id);
      const linked = x.linked_id && actorsById.get(x.linked_id);
      const meta = [x.type, "salience " + x.salience.toFixed(2), x.mentions.length + " mention" + (x.mentions.length === 1 ? "" : "s")];
      if (aff) meta.push("speaks for " + aff.name);
      if (linked) meta.push("part of " + linked.name);
      if (x.source === "requested") meta.push("requested");
      const li = el("li", { id: "actor-" + x.id, "data-actor": x.id, tabindex: "-1" },
        el("span", { class: "name", text: x.name }),
        el("span", { class: "bar", style: null, "aria-hidden": "true" }),
        el("div", { class: "meta", text: meta.join(" · ") }));
      li.querySelector(".bar").style.width = Math.round(60 * x.salience / maxSal) + "px";
      if (x.aliases && x.aliases.length) li.append(el("div", { class: "meta", text: "also: " + x.aliases.join(", ") }));
      ul.append(li);
    }
  }

  function renderMatrix(a) {
    const table = $("relations-matrix");
    const caption = table.querySelector("caption");
    table.replaceChildren(caption);
    const rows = [], cols = [];
    const cells = new Map();
    const rank = { quote: 0, reported: 1, narrative: 2 };
    for (const r of a.relations || []) {
      if (!rows.includes(r.speaker_id)) rows.push(r.speaker_id);
      if (!cols.includes(r.target_id)) cols.push(r.target_id);
      const k = r.speaker_id + "→" + r.target_id;
      if (!cells.has(k)) cells.set(k, []);
      cells.get(k).push(r);
    }
    const name = (id, fallback) => (actorsById.get(id) || { name: fallback || id }).name;
    const nameOf = new Map();
    for (const r of a.relations || []) { nameOf.set(r.speaker_id, r.speaker); nameOf.set(r.target_id, r.target); }
    if (!rows.length) {
      table.append(el("tbody", {}, el("tr", {}, el("td", { class: "empty", text: "No relations found." }))));
      return;
    }
    const head = el("tr", {}, el("th", { scope: "col", text: "speaker ↓ / target →" }));
    for (const c of cols) head.append(el("th", { scope: "col", text: name(c, nameOf.get(c)) }));
    const tbody = el("tbody");
    for (const rid of rows) {
      const tr = el("tr", {}, el("th", { scope: "row", text: name(rid, nameOf.get(rid)) }));
      for (const cid of cols) {
        const rs = (cells.get(rid + "→" + cid) || []).slice().sort((x, y) => rank[x.source] - rank[y.source]);
        if (!rs.length) { tr.append(el("td", { class: "empty", text: "·", "aria-label": "no relation" })); continue; }
        const td = el("td", { class: rs[0].label, "data-label": rs[0].label });
        for (const r of rs) {
          const why = r.statement_ids && r.statement_ids.length ? " (" + r.statement_ids.join(", ") + ")" : "";
          td.append(el("div", {}, r.label + " " + fmt(r.score), el("span", { class: "src", text: r.source + why })));
        }
        tr.append(td);
      }
      tbody.append(tr);
    }
    table.append(el("thead", {}, head), tbody);
  }

  function renderDocument(a) {
    const d = a.document, box = $("document");
    const dl = el("dl", { class: "detail" });
    const line = (k, s) => { if (s) dl.append(el("dt", { text: k }), el("dd", { text: s.label + " " + fmt(s.score) })); };
    line("Whole text", d.sentiment); line("Quoted", d.quoted); line("Narrative", d.narrative);
    const st = d.stats;
    dl.append(el("dt", { text: "Size" }), el("dd", { text: st.paragraphs + " paragraphs, " + st.sentences + " sentences, " + st.tokens + " tokens" }));
    dl.append(el("dt", { text: "Model" }), el("dd", { text: a.meta.model + " (v" + a.meta.version + ")" }));
    box.replaceChildren(el("div", { class: "detail" }, dl));
  }

  function renderFilters(a) {
    const sp = $("filter-speaker"), ac = $("filter-actor");
    const speakers = [...new Set(a.statements.map(speakerLabel))].sort();
    sp.replaceChildren(el("option", { value: "", text: "All speakers" }), ...speakers.map((s) => el("option", { value: s, text: s })));
    ac.replaceChildren(el("option", { value: "", text: "All actors" }), ...a.actors.map((x) => el("option", { value: x.id, text: x.name })));
    applyFilters();
  }

  function involves(st, id) {
    if (!id) return true;
    const sid = st.speaker && st.speaker.actor_id;
    if (sid === id) return true;
    const sa = sid && actorsById.get(sid);
    if (sa && sa.affiliation_id === id) return true;
    return (st.stances || []).some((x) => x.actor_id === id);
  }

  function applyFilters() {
    if (!last) return;
    const sp = $("filter-speaker").value, ac = $("filter-actor").value;
    const keep = new Set(last.statements.filter((st) => (!sp || speakerLabel(st) === sp) && involves(st, ac)).map((st) => st.id));
    for (const m of document.querySelectorAll("#article [data-statement]")) m.classList.toggle("dim", !keep.has(m.dataset.statement));
    if (ac) highlightActor(ac);
  }
  $("filter-speaker").addEventListener("change", applyFilters);
  $("filter-actor").addEventListener("change", applyFilters);
})();
