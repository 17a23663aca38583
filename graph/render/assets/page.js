/* armsgraph network page: builds the vis-network map from the JSON data,
 * the legend, the filters, the search box and the tooltips.
 * Every text from the data reaches the page through textContent, never as HTML. */
(function () {
  "use strict";
  var timings = { start: performance.now() };
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  timings.parsed = performance.now();
  var S = data.styles, large = data.layout.mode === "fast";
  var SVG = "http://www.w3.org/2000/svg";
  var api = { settled: false, layout: data.layout.mode, timings: timings };
  window.armsgraph = api;

  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  function fmt(n) { return n.toLocaleString("en"); }
  function edgeStyle(key) { return S.edges[key] || { color: "#999999", label: "" }; }
  function nodeStyle(kind) { return S.nodes[kind] || S.nodes.Other; }
  function darker(hex) {
    var n = parseInt(hex.slice(1), 16), f = 0.72;
    var r = Math.round((n >> 16) * f), g = Math.round(((n >> 8) & 255) * f), b = Math.round((n & 255) * f);
    return "#" + ((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1);
  }

  /* ---- the data: graph attributes in p; filter keys pred and status lifted out ---- */
  var byKey = {};
  data.nodes.forEach(function (n, i) {
    var p = n.p;
    n.id = i;
    byKey[n.key] = n;
    if (n.kind === "Claim") { n.pred = p.predicate; n.status = p.status; }
    n.find = [n.key, p.name, p.title].concat(p.aliases || []).filter(Boolean).join("|").toLowerCase();
  });
  data.edges.forEach(function (e) {
    var p = e.p;
    e.type = p.type; e.status = p.status; e.n = p.n_sources;
    e.pred = (p.type === "SUBJECT" || p.type === "OBJECT") && p.predicate ? p.predicate : p.type;
  });

  /* ---- tooltips: lines of [kind, text], built when shown ---- */
  var VERBS = { REPORTS: "reports", DENIES: "denies", CONFIRMS: "confirms" };
  var QUALIFIERS = ["quantity", "period", "location", "role", "in_exchange_for", "against"];
  var ENTITY_FIELDS = ["kind", "country", "iso3", "category", "origin"];
  var HIDDEN = { labels: 1, type: 1, evidence: 1, statements: 1, weapon_names: 1 };
  function text(v) { return Array.isArray(v) ? v.join(", ") : (v !== null && typeof v === "object" ? JSON.stringify(v) : String(v)); }
  function verb(pred) { var l = edgeStyle(pred).label; return l || String(pred || "").toLowerCase(); }
  function fullName(n) {
    var p = n.p;
    return n.kind === "Claim" ? claimTitle(p) : String(p.name || p.title || p.id || n.label);
  }
  function nameOf(key) { var n = byKey[key]; return n && n.kind !== "Claim" ? fullName(n) : String(key); }
  function sources(k) { return k === undefined || k === null ? "" : k + " independent source" + (k === 1 ? "" : "s"); }
  function meta(what, p) {
    var parts = [what, p.status, sources(p.n_sources)];
    if (p.first_reported) parts.push(p.first_reported === p.last_reported ? p.first_reported : p.first_reported + " to " + p.last_reported);
    return parts.filter(Boolean).join(" · ");
  }
  function claimTitle(c) {
    return nameOf(c.subject) + " " + verb(c.predicate) + " " + (c.object ? nameOf(c.object) : "a claim") +
      (c.weapon ? " (" + nameOf(c.weapon) + ")" : "");
  }
  function props(p) {
    return Object.keys(p).filter(function (k) {
      return !HIDDEN[k] && p[k] !== null && p[k] !== "" && !(Array.isArray(p[k]) && !p[k].length);
    })
      .map(function (k) { return ["k", k + ": " + text(p[k])]; });
  }
  function statementLines(st, withSource) {
    var when = st.date || (st.published ? "article of " + st.published : "undated");
    var head = st.stance + ", " + when;
    if (withSource) head = st.source + " " + (VERBS[st.statement] || "") + " (" + head + ")";
    var lines = [["s", head]];
    if (st.quote) lines.push(["q", st.quote]);
    if (st.article) lines.push(["a", "in: " + st.article + (st.published ? ", " + st.published : "")]);
    return lines;
  }
  function claimLines(c, heading) {
    var lines = heading ? [["h", claimTitle(c)], ["m", meta("claim", c)]]
      : [["c", "claim: " + verb(c.predicate) + (c.weapon ? " (" + nameOf(c.weapon) + ")" : "") + " — " + c.status + ", " + sources(c.n_sources)]];
    QUALIFIERS.forEach(function (q) {
      if (c[q] && (!Array.isArray(c[q]) || c[q].length)) lines.push(["k", q.replace(/_/g, " ") + ": " + text(c[q])]);
    });
    (c.statements || []).forEach(function (st) { lines = lines.concat(statementLines(st, true)); });
    return lines;
  }
  function nodeTip(n) {
    var p = n.p, st = nodeStyle(n.kind);
    if (n.kind === "Claim") return claimLines(p, true);
    if (n.kind === "Article") return [["h", fullName(n)], ["m", "article"]].concat(props(p));
    if (n.kind === "Other") return [["h", fullName(n)], ["m", (p.labels || []).join(":") || "node"]].concat(props(p));
    var lines = [["h", fullName(n)], ["m", st.label + " · id " + (p.id || n.key)]];
    ENTITY_FIELDS.forEach(function (f) { if (p[f]) lines.push(["k", f + ": " + text(p[f])]); });
    if (p.aliases && p.aliases.length) lines.push(["k", "also: " + p.aliases.join(", ")]);
    var here = {};
    data.edges.forEach(function (e) { if (e.from === n.id || e.to === n.id) here[e.type] = (here[e.type] || 0) + 1; });
    var summary = Object.keys(here).sort().map(function (t) { return (verb(t) || t.toLowerCase()) + " " + here[t]; });
    if (summary.length) lines.push(["k", "on this map: " + summary.join(", ")]);
    return lines;
  }
  function edgeTip(e) {
    var p = e.p, s = data.nodes[e.from], o = data.nodes[e.to], kind = p.type;
    if (kind === "IS_A") return [["h", fullName(s) + " is a " + fullName(o)]];
    if (VERBS[kind] && p.quote !== undefined) {
      return [["h", fullName(s) + " " + VERBS[kind]], ["m", "about: " + fullName(o)]].concat(statementLines(p, false));
    }
    var roles = { SUBJECT: "subject of", OBJECT: "object of", INVOLVES: "weapon of", ABOUT: "about" };
    if (roles[kind]) {
      var claim = kind === "SUBJECT" ? o : s, other = kind === "SUBJECT" ? s : o;
      return [["h", fullName(other) + ": " + roles[kind] + " the claim"], ["m", fullName(claim)]];
    }
    var lines = [["h", fullName(s) + " → " + fullName(o)]];
    if (!p.evidence) return lines.concat([["m", verb(kind) || kind]], props(p));
    lines.push(["m", meta(verb(kind), p)]);
    var weapons = p.weapon_names || p.weapons;
    if (weapons && weapons.length) lines.push(["k", "weapons: " + weapons.join(", ")]);
    p.evidence.forEach(function (c) { lines = lines.concat(claimLines(c, false)); });
    return lines;
  }

  /* ---- items: the data plus styles from the tables ---- */
  var degree = new Int32Array(data.nodes.length);
  data.edges.forEach(function (e) { degree[e.from]++; degree[e.to]++; });

  var nodeItems = data.nodes.map(function (n) {
    var st = nodeStyle(n.kind), item = { id: n.id, label: n.label, shape: st.shape, size: n.size };
    if (n.kind === "Claim") {
      var c = edgeStyle(n.pred).color;
      item.color = { background: "#ffffff", border: c, highlight: { background: "#fff8e1", border: c },
        hover: { background: "#fff8e1", border: c } };
      item.borderWidth = 2;
      item.shapeProperties = { borderDashes: S.dashes[n.status] || false, borderRadius: 4 };
      item.font = { size: 18, color: "#333" };
      item.margin = 6;
    } else {
      var border = darker(st.color);
      item.color = { background: st.color, border: border, highlight: { background: st.color, border: "#111" },
        hover: { background: st.color, border: "#111" } };
      if (st.shape === "box") item.font = { size: 15, color: "#333" };
    }
    return item;
  });

  /* Parallel edges between two nodes curve apart, alternating sides; the
   * first stays straight. (Cheaper than vis's "dynamic" smoothing, which
   * adds a physics body per edge.) */
  var pairs = {};
  function curve(e) {
    var key = Math.min(e.from, e.to) + "," + Math.max(e.from, e.to), k = pairs[key] = (pairs[key] || 0) + 1;
    if (k === 1 || e.from === e.to) return false;
    var side = k % 2 === 0, level = Math.floor(k / 2);
    return { enabled: true, type: side === (e.from < e.to) ? "curvedCW" : "curvedCCW", roundness: 0.22 * level };
  }

  var dashPattern = [];
  var edgeItems = data.edges.map(function (e, i) {
    var colour = edgeStyle(e.pred).color;
    var width = e.n ? 1.5 + Math.min(e.n, 8) - 1 : 1.2, dashes = S.dashes[e.status] || false;
    if (dashes) {  // vis does not scale dashes with the line: on wide lines the gaps would close
      var f = Math.max(1, width / 2.5);
      dashes = dashes.map(function (d) { return d * f; });
    }
    dashPattern.push(dashes);
    var item = {
      id: i, from: e.from, to: e.to, width: width, dashes: large ? false : dashes, color: colour
    };
    var label = edgeStyle(e.type).label;
    if (!large && label) item.label = label;
    if (!large) item.smooth = curve(e);
    return item;
  });

  /* ---- panel: title, summary, legend and filters ---- */
  function swatchShape(shape, colour) {
    var svg = document.createElementNS(SVG, "svg"), s;
    svg.setAttribute("width", "16"); svg.setAttribute("height", "16"); svg.setAttribute("class", "swatch");
    var pts = { triangle: "8,1 15,14 1,14", diamond: "8,1 15,8 8,15 1,8", hexagon: "4,2 12,2 15,8 12,14 4,14 1,8" };
    if (shape === "dot") { s = document.createElementNS(SVG, "circle"); s.setAttribute("cx", "8"); s.setAttribute("cy", "8"); s.setAttribute("r", "6.5"); }
    else if (pts[shape]) { s = document.createElementNS(SVG, "polygon"); s.setAttribute("points", pts[shape]); }
    else {
      s = document.createElementNS(SVG, "rect");
      s.setAttribute("x", "1.5"); s.setAttribute("y", shape === "box" ? "4" : "1.5");
      s.setAttribute("width", "13"); s.setAttribute("height", shape === "box" ? "8" : "13");
      s.setAttribute("rx", shape === "box" ? "2" : "0");
    }
    s.setAttribute("fill", colour); s.setAttribute("stroke", colour === "#ffffff" ? "#666" : darker(colour));
    svg.appendChild(s);
    return svg;
  }
  function swatchLine(colour, dashes, width) {
    var svg = document.createElementNS(SVG, "svg"), l = document.createElementNS(SVG, "line");
    svg.setAttribute("width", "28"); svg.setAttribute("height", "10"); svg.setAttribute("class", "swatch");
    l.setAttribute("x1", "1"); l.setAttribute("y1", "5"); l.setAttribute("x2", "27"); l.setAttribute("y2", "5");
    l.setAttribute("stroke", colour); l.setAttribute("stroke-width", String(width || 3));
    if (dashes) l.setAttribute("stroke-dasharray", dashes.map(function (d) { return d / 2; }).join(" "));
    svg.appendChild(l);
    return svg;
  }
  function countBy(items, key) {
    var out = {};
    items.forEach(function (x) { var k = key(x); if (k) out[k] = (out[k] || 0) + 1; });
    return out;
  }

  /* Claims count once: as a claim node, not again for its subject and object edges. */
  var counted = data.nodes.concat(data.edges.filter(function (e) { return e.pred === e.type; }));
  var kinds = countBy(data.nodes, function (n) { return n.kind; });
  var preds = countBy(counted, function (x) { return x.pred; });
  var statuses = countBy(counted, function (x) { return x.status; });

  Object.keys(S.nodes).forEach(function (kind) {
    if (!kinds[kind]) return;
    var st = S.nodes[kind], li = el("li");
    li.appendChild(swatchShape(st.shape, st.color));
    li.appendChild(el("span", null, st.label));
    li.appendChild(el("span", "count", fmt(kinds[kind])));
    $("legend-nodes").appendChild(li);
  });

  var hidden = { pred: {}, status: {} };
  function checkbox(list, group, key, swatch, text, hint, count) {
    var li = el("li"), label = el("label"), box = el("input");
    box.type = "checkbox"; box.checked = true; box.dataset[group] = key;
    box.addEventListener("change", function () { hidden[group][key] = !box.checked; applyFilters(); });
    label.appendChild(box); label.appendChild(swatch);
    var span = el("span", null, text);
    if (hint) { span.appendChild(document.createElement("br")); span.appendChild(el("span", "hint", hint)); }
    label.appendChild(span);
    label.appendChild(el("span", "count", fmt(count)));
    li.appendChild(label);
    list.appendChild(li);
  }
  Object.keys(S.edges).forEach(function (key) {
    if (!(key in preds)) return;
    var st = S.edges[key];
    checkbox($("filter-types"), "pred", key, swatchLine(st.color), st.label || key.toLowerCase(), "", preds[key]);
  });
  Object.keys(S.dashes).forEach(function (key) {
    if (!statuses[key]) return;
    checkbox($("filter-status"), "status", key, swatchLine("#555", S.dashes[key], 2), key, S.statuses[key], statuses[key]);
  });
  if (!Object.keys(statuses).length) $("status-section").hidden = true;
  [data.layout.note].concat(data.notes).forEach(function (note) { $("layout-notes").appendChild(el("li", null, note)); });

  /* ---- tooltips and details: built from [kind, text] lines with textContent ---- */
  function tipBody(lines) {
    var box = el("div", "tip-body");
    lines.forEach(function (line) { box.appendChild(el("div", "t-" + line[0], line[1])); });
    return box;
  }
  var tip = $("tip"), map = $("map");
  function showTip(lines, pointer) {
    tip.replaceChildren(tipBody(lines));
    tip.hidden = false;
    tip.classList.toggle("clipped", tip.scrollHeight > tip.clientHeight + 1);
    var w = map.clientWidth, h = map.clientHeight, x = pointer.x + 14, y = pointer.y + 14;
    if (x + tip.offsetWidth > w) x = Math.max(4, pointer.x - tip.offsetWidth - 14);
    if (y + tip.offsetHeight > h) y = Math.max(4, h - tip.offsetHeight - 4);
    tip.style.left = x + "px"; tip.style.top = y + "px";
  }
  function hideTip() { tip.hidden = true; }
  function showDetails(lines) {
    $("details-body").replaceChildren(tipBody(lines));
    $("details").hidden = false;
  }

  /* ---- the network ---- */
  var nodes = new vis.DataSet(nodeItems), edges = new vis.DataSet(edgeItems), network;
  api.nodes = nodes; api.edges = edges;
  api.key = function (id) { return data.nodes[id].key; };
  api.tipText = function (what, id) {
    var lines = what === "node" ? nodeTip(data.nodes[id]) : edgeTip(data.edges[id]);
    return lines.map(function (l) { return l[1]; }).join("\n");
  };
  api.visible = function () {
    return {
      nodes: nodes.get({ filter: function (n) { return !n.hidden; } }).map(function (n) { return data.nodes[n.id].key; }),
      edges: edges.get({ filter: function (e) { return !e.hidden; } }).map(function (e) {
        var d = data.edges[e.id];
        return [data.nodes[d.from].key, d.type, data.nodes[d.to].key];
      })
    };
  };

  function summary() {
    var shown = nodes.get({ filter: function (n) { return !n.hidden; } }).length;
    var shownEdges = edges.get({ filter: function (e) { return !e.hidden; } }).length;
    var text = fmt(shown) + " nodes, " + fmt(shownEdges) + " relationships";
    if (shown < data.nodes.length || shownEdges < data.edges.length) {
      text += " shown of " + fmt(data.nodes.length) + " and " + fmt(data.edges.length);
    }
    $("summary").textContent = text;
  }

  function passes(x) { return !(x.pred && hidden.pred[x.pred]) && !(x.status && hidden.status[x.status]); }
  function applyFilters() {
    var nodeOk = data.nodes.map(passes), linked = new Uint8Array(data.nodes.length), edgeChanges = [], nodeChanges = [];
    data.edges.forEach(function (e, i) {
      var ok = passes(e) && nodeOk[e.from] && nodeOk[e.to];
      if (ok) { linked[e.from] = 1; linked[e.to] = 1; }
      if (!edgeItems[i].hidden !== ok) { edgeItems[i].hidden = !ok; edgeChanges.push({ id: i, hidden: !ok }); }
    });
    data.nodes.forEach(function (n, i) {
      var ok = nodeOk[i] && (degree[i] === 0 || linked[i] === 1), was = !nodeItems[i].hidden;
      if (ok !== was) { nodeItems[i].hidden = !ok; nodeChanges.push({ id: i, hidden: !ok }); }
    });
    if (edgeChanges.length) edges.update(edgeChanges);
    if (nodeChanges.length) nodes.update(nodeChanges);
    summary();
  }

  /* ---- search ---- */
  var matches = [], at = -1;
  var names = $("names");
  if (!large) {  // suggestions while typing; for thousands of nodes the list itself would be slow
    data.nodes.forEach(function (n) { var o = el("option"); o.value = fullName(n); names.appendChild(o); });
  }
  function find(text) {
    var q = text.trim().toLowerCase();
    if (!q) return [];
    return data.nodes.filter(function (n) { return !nodeItems[n.id].hidden && n.find.indexOf(q) >= 0; })
      .sort(function (a, b) { return (a.find.indexOf(q) === 0 ? 0 : 1) - (b.find.indexOf(q) === 0 ? 0 : 1); })
      .map(function (n) { return n.id; });
  }
  function jump() {
    if (!matches.length || !network) return;
    at = (at + 1) % matches.length;
    var id = matches[at];
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1), animation: { duration: 300 } });
    showDetails(nodeTip(data.nodes[id]));
    $("found").textContent = (at + 1) + " of " + matches.length + ": " + fullName(data.nodes[id]);
  }
  $("search").addEventListener("input", function (ev) {
    matches = find(ev.target.value); at = -1;
    $("found").textContent = ev.target.value.trim() ? (matches.length ? matches.length + " found; Enter to go" : "nothing found") : "";
    if (network && matches.length <= 200) network.selectNodes(matches);
  });
  $("search").addEventListener("keydown", function (ev) { if (ev.key === "Enter") { ev.preventDefault(); jump(); } });
  $("search").addEventListener("change", function (ev) {
    matches = find(ev.target.value); at = -1;
    if (matches.length === 1) jump();
  });

  /* ---- drawing ---- */
  var progress = $("progress");
  function settled() {
    timings.settled = performance.now();
    progress.hidden = true;
    api.settled = true;
  }

  /* Large maps: dashes and arrows cost most of a frame (for 30,000 edges, 2 of 2.7 s) and
   * cannot be seen at overview zoom. Zoomed in, the edges in view get them. */
  var DETAIL_SCALE = 0.4, detailed = {}, detailTimer = null;
  function levelOfDetail() {
    var want = {}, changes = [], scale = network.getScale();
    if (scale >= DETAIL_SCALE) {
      var view = network.getViewPosition(), pos = network.getPositions();
      var hw = map.clientWidth / scale / 2, hh = map.clientHeight / scale / 2;
      var inView = function (id) { var p = pos[id]; return p && Math.abs(p.x - view.x) <= hw && Math.abs(p.y - view.y) <= hh; };
      data.edges.forEach(function (e, i) { if (inView(e.from) || inView(e.to)) want[i] = true; });
    }
    Object.keys(detailed).forEach(function (i) {
      if (!want[i]) changes.push({ id: +i, dashes: false, arrows: { to: { enabled: false } } });
    });
    Object.keys(want).forEach(function (i) {
      if (!detailed[i]) changes.push({ id: +i, dashes: dashPattern[i], arrows: { to: { enabled: true } } });
    });
    detailed = want;
    if (changes.length) edges.update(changes);
    return Object.keys(detailed).length;
  }
  function detailSoon() { clearTimeout(detailTimer); detailTimer = setTimeout(levelOfDetail, 150); }
  api.levelOfDetail = function () { return levelOfDetail(); };

  function draw() {
    var options = {
      autoResize: true,
      layout: { improvedLayout: data.nodes.length <= 100, randomSeed: 7 },
      nodes: { borderWidth: 1.5, font: { size: 17, face: "system-ui, sans-serif", color: "#222", strokeWidth: 3, strokeColor: "#ffffff" } },
      edges: {
        arrows: { to: { enabled: !large, scaleFactor: 0.6 } },
        color: { opacity: large ? 0.45 : 0.9 },
        smooth: false,
        font: { size: 14, face: "system-ui, sans-serif", color: "#555", strokeWidth: 3, strokeColor: "#ffffff", align: "middle" },
        selectionWidth: 1.5, hoverWidth: 1
      },
      physics: large ? false : {
        solver: "forceAtlas2Based",
        forceAtlas2Based: { gravitationalConstant: -150, centralGravity: 0.01, springLength: 120, springConstant: 0.05, avoidOverlap: 1 },
        stabilization: { enabled: true, iterations: 1000, updateInterval: 25 },
        minVelocity: 1
      },
      interaction: { hover: true, hideEdgesOnDrag: large, hideEdgesOnZoom: large, tooltipDelay: 3600000 }
    };
    timings.drawing = performance.now();
    network = new vis.Network($("network"), { nodes: nodes, edges: edges }, options);
    timings.network = performance.now();
    api.network = network;
    network.on("hoverNode", function (p) { showTip(nodeTip(data.nodes[p.node]), p.pointer.DOM); });
    network.on("hoverEdge", function (p) { showTip(edgeTip(data.edges[p.edge]), p.pointer.DOM); });
    network.on("blurNode", hideTip);
    network.on("blurEdge", hideTip);
    network.on("dragStart", hideTip);
    network.on("zoom", hideTip);
    network.on("click", function (p) {
      if (p.nodes.length) showDetails(nodeTip(data.nodes[p.nodes[0]]));
      else if (p.edges.length) showDetails(edgeTip(data.edges[p.edges[0]]));
      else $("details").hidden = true;
    });
    if (large) {
      network.on("zoom", detailSoon);
      network.on("dragEnd", detailSoon);
      network.on("animationFinished", detailSoon);
    }
    if (large || !data.nodes.length) {
      network.once("afterDrawing", settled);
    } else {
      network.on("stabilizationProgress", function (p) {
        progress.textContent = "Laying out the map… " + Math.round(100 * p.iterations / p.total) + "%";
      });
      network.once("stabilizationIterationsDone", function () {
        network.setOptions({ physics: false });
        network.fit();
        settled();
      });
    }
  }

  timings.panel = performance.now();
  summary();
  if (!data.nodes.length) { progress.textContent = "Nothing to draw: no nodes match."; }
  if (large) {
    var src = Int32Array.from(data.edges, function (e) { return e.from; });
    var dst = Int32Array.from(data.edges, function (e) { return e.to; });
    var lay = armsgraphLayout(data.nodes.length, src, dst, data.nodes.length > 3000 ? 200 : 300);
    var step = function () {
      if (!lay.step(10)) {
        progress.textContent = "Laying out " + fmt(data.nodes.length) + " nodes… " + Math.round(100 * lay.progress()) + "%";
        setTimeout(step, 0);
        return;
      }
      timings.layout = performance.now();
      nodeItems.forEach(function (n, i) { n.x = 4 * lay.x[i]; n.y = 4 * lay.y[i]; });
      nodes.update(nodeItems.map(function (n) { return { id: n.id, x: n.x, y: n.y }; }));
      draw();
    };
    setTimeout(step, 0);
  } else {
    draw();
  }
})();
