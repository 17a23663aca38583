/* A fast force-directed layout for large graphs, computed once.
 * The model is d3-force's: link springs, Barnes-Hut many-body repulsion and a
 * weak pull to the centre, integrated with velocity decay while "alpha"
 * cools. Typed arrays and a flat quadtree keep 10,000 nodes to a few seconds.
 * layout(n, source, target, ticks) returns {x, y, step(k) -> done}. */
var armsgraphLayout = (function () {
  "use strict";
  var THETA2 = 1.44, CHARGE = -30, DISTANCE = 30, DECAY = 0.6, CENTRE = 0.06, MAX_DEPTH = 32;

  function create(n, source, target, ticks) {
    var m = source.length;
    var x = new Float64Array(n), y = new Float64Array(n), vx = new Float64Array(n), vy = new Float64Array(n);
    var count = new Int32Array(n), i, k;
    for (i = 0; i < m; i++) { count[source[i]]++; count[target[i]]++; }
    var strength = new Float64Array(m), bias = new Float64Array(m);
    for (i = 0; i < m; i++) {
      var cs = count[source[i]], ct = count[target[i]];
      strength[i] = 1 / Math.min(cs, ct);
      bias[i] = cs / (cs + ct);
    }
    place(n, source, target, count, x, y);
    var alpha = 1, alphaMin = 0.001, alphaDecay = 1 - Math.pow(alphaMin, 1 / ticks), tick = 0;
    var tree = quadtree(n);
    var seed = 1;
    function jiggle() { seed = (seed * 16807) % 2147483647; return (seed / 2147483647 - 0.5) * 1e-6; }

    function links() {
      for (var i = 0; i < m; i++) {
        var s = source[i], t = target[i];
        if (s === t) continue;
        var dx = x[t] + vx[t] - x[s] - vx[s] || jiggle(), dy = y[t] + vy[t] - y[s] - vy[s] || jiggle();
        var l = Math.sqrt(dx * dx + dy * dy);
        l = (l - DISTANCE) / l * alpha * strength[i];
        dx *= l; dy *= l;
        var b = bias[i];
        vx[t] -= dx * b; vy[t] -= dy * b;
        vx[s] += dx * (1 - b); vy[s] += dy * (1 - b);
      }
    }

    function step(k) {
      for (var j = 0; j < k && tick < ticks; j++, tick++) {
        alpha += -alpha * alphaDecay;
        links();
        tree.build(x, y);
        tree.repel(x, y, vx, vy, alpha * CHARGE, jiggle);
        for (var i = 0; i < n; i++) {
          vx[i] -= x[i] * CENTRE * alpha; vy[i] -= y[i] * CENTRE * alpha;
          x[i] += (vx[i] *= DECAY); y[i] += (vy[i] *= DECAY);
        }
      }
      return tick >= ticks;
    }
    return { x: x, y: y, step: step, progress: function () { return tick / ticks; } };
  }

  /* Start positions: breadth-first from the best-connected nodes, on a
   * phyllotaxis spiral, so neighbours start near each other. */
  function place(n, source, target, count, x, y) {
    var m = source.length, start = new Int32Array(n + 1), i;
    for (i = 0; i < n; i++) start[i + 1] = start[i] + count[i];
    var fill = start.slice(0, n), adj = new Int32Array(2 * m);
    for (i = 0; i < m; i++) { adj[fill[source[i]]++] = target[i]; adj[fill[target[i]]++] = source[i]; }
    var byDegree = Array.from({ length: n }, function (_, i) { return i; });
    byDegree.sort(function (a, b) { return count[b] - count[a]; });
    var seen = new Uint8Array(n), order = new Int32Array(n), head = 0, tail = 0;
    for (var r = 0; r < n; r++) {
      var root = byDegree[r];
      if (seen[root]) continue;
      seen[root] = 1; order[tail++] = root;
      while (head < tail) {
        var v = order[head++];
        for (var e = start[v]; e < start[v + 1]; e++) {
          var w = adj[e];
          if (!seen[w]) { seen[w] = 1; order[tail++] = w; }
        }
      }
    }
    var angle = Math.PI * (3 - Math.sqrt(5));
    for (i = 0; i < n; i++) {
      var radius = 10 * Math.sqrt(0.5 + i), a = i * angle;
      x[order[i]] = radius * Math.cos(a); y[order[i]] = radius * Math.sin(a);
    }
  }

  /* A flat quadtree: cells in typed arrays, children after their parents. */
  function quadtree(n) {
    var cap = 4 * n + 64;
    var child, head, size, cx, cy, charge, cells = 0;
    var next = new Int32Array(n), stack = new Int32Array(4 * MAX_DEPTH + 8);
    function grow(to) {
      var c = new Int32Array(4 * to).fill(-1), h = new Int32Array(to), s = new Float64Array(to),
        ax = new Float64Array(to), ay = new Float64Array(to), q = new Float64Array(to);
      if (child) { c.set(child); h.set(head); s.set(size); ax.set(cx); ay.set(cy); q.set(charge); }
      child = c; head = h; size = s; cx = ax; cy = ay; charge = q; cap = to;
    }
    grow(cap);
    function cell(s) {
      if (cells === cap) grow(2 * cap);
      var c = cells++;
      child[4 * c] = child[4 * c + 1] = child[4 * c + 2] = child[4 * c + 3] = -1;
      head[c] = -1; size[c] = s;
      return c;
    }
    function build(x, y) {
      var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity, i;
      for (i = 0; i < x.length; i++) {
        if (x[i] < x0) x0 = x[i]; if (x[i] > x1) x1 = x[i];
        if (y[i] < y0) y0 = y[i]; if (y[i] > y1) y1 = y[i];
      }
      var s = Math.max(x1 - x0, y1 - y0, 1) * 1.0001;
      cells = 0; cell(s);
      for (i = 0; i < x.length; i++) insert(i, x, y, x0, y0, s);
      for (var c = cells - 1; c >= 0; c--) {   // children come after parents: sum bottom-up
        var q = 0, sx = 0, sy = 0;
        if (head[c] >= 0) {
          for (var p = head[c]; p >= 0; p = next[p]) { q += 1; sx += x[p]; sy += y[p]; }
        } else if (head[c] === -2) {
          for (var k = 0; k < 4; k++) {
            var d = child[4 * c + k];
            if (d >= 0 && charge[d] > 0) { q += charge[d]; sx += cx[d] * charge[d]; sy += cy[d] * charge[d]; }
          }
        }
        charge[c] = q;
        if (q > 0) { cx[c] = sx / q; cy[c] = sy / q; }
      }
    }
    function insert(i, x, y, x0, y0, s) {
      var c = 0, depth = 0;
      for (;;) {
        if (head[c] === -1) { head[c] = i; next[i] = -1; return; }
        if (head[c] >= 0) {
          var j = head[c];
          if ((x[j] === x[i] && y[j] === y[i]) || depth >= MAX_DEPTH) { next[i] = j; head[c] = i; return; }
          head[c] = -2;            // split: push the resident points down one level
          var h = s / 2, q = (x[j] >= x0 + h ? 1 : 0) + (y[j] >= y0 + h ? 2 : 0);
          var d = cell(h);
          child[4 * c + q] = d; head[d] = j;
        }
        s /= 2;
        var qi = (x[i] >= x0 + s ? 1 : 0) + (y[i] >= y0 + s ? 2 : 0);
        if (qi & 1) x0 += s;
        if (qi & 2) y0 += s;
        var e = child[4 * c + qi];
        if (e < 0) { e = cell(s); child[4 * c + qi] = e; }
        c = e; depth++;
      }
    }
    function repel(x, y, vx, vy, strength, jiggle) {
      for (var i = 0; i < x.length; i++) {
        var top = 0, fx = 0, fy = 0, xi = x[i], yi = y[i];
        stack[top++] = 0;
        while (top > 0) {
          var c = stack[--top];
          if (charge[c] === 0) continue;
          var dx = cx[c] - xi, dy = cy[c] - yi, l = dx * dx + dy * dy, w = size[c];
          if (w * w / THETA2 < l) {
            if (l < 1) l = Math.sqrt(l);
            fx += dx * charge[c] / l; fy += dy * charge[c] / l;
          } else if (head[c] === -2) {
            for (var k = 0; k < 4; k++) { var d = child[4 * c + k]; if (d >= 0) stack[top++] = d; }
          } else {
            for (var p = head[c]; p >= 0; p = next[p]) {
              if (p === i) continue;
              var px = x[p] - xi || jiggle(), py = y[p] - yi || jiggle(), pl = px * px + py * py;
              if (pl < 1) pl = Math.sqrt(pl);
              fx += px / pl; fy += py / pl;
            }
          }
        }
        vx[i] += fx * strength; vy[i] += fy * strength;
      }
    }
    return { build: build, repel: repel };
  }
  return create;
})();
