/* The actor network: a small force-directed layout (Fruchterman–Reingold) drawn in SVG.
   Nodes link to actor pages, edges to dyad pages. Deterministic: the same data gives the same picture. */
(function () {
  "use strict";
  var A = window.annalyst;

  function layout(nodes, edges, W, H) {
    var n = nodes.length, i, j, k = Math.sqrt(W * H / Math.max(n, 1)) * 0.75;
    var index = {};
    nodes.forEach(function (node, i2) {
      index[node.id] = i2;
      var angle = 2 * Math.PI * i2 / n, radius = Math.min(W, H) * (0.15 + 0.3 * ((i2 * 7) % 11) / 11);
      node.x = W / 2 + radius * Math.cos(angle);
      node.y = H / 2 + radius * Math.sin(angle);
    });
    var links = edges.map(function (e) {
      return { s: index[e.source], t: index[e.target], w: Math.log(1 + e.weight) };
    }).filter(function (l) { return l.s !== undefined && l.t !== undefined; });
    var temp = W / 8, iterations = n > 150 ? 150 : 300;
    for (var it = 0; it < iterations; it++) {
      var dx = new Float64Array(n), dy = new Float64Array(n);
      for (i = 0; i < n; i++) {
        for (j = i + 1; j < n; j++) {
          var ddx = nodes[i].x - nodes[j].x, ddy = nodes[i].y - nodes[j].y;
          var d2 = ddx * ddx + ddy * ddy + 0.01, f = k * k / d2;
          dx[i] += ddx * f; dy[i] += ddy * f; dx[j] -= ddx * f; dy[j] -= ddy * f;
        }
      }
      links.forEach(function (l) {
        var a = nodes[l.s], b = nodes[l.t];
        var ddx = a.x - b.x, ddy = a.y - b.y, d = Math.sqrt(ddx * ddx + ddy * ddy) + 0.01;
        var f = d * l.w / k;
        dx[l.s] -= ddx / d * f; dy[l.s] -= ddy / d * f; dx[l.t] += ddx / d * f; dy[l.t] += ddy / d * f;
      });
      for (i = 0; i < n; i++) {
        // a weak pull to the centre keeps unconnected parts on the canvas
        dx[i] += (W / 2 - nodes[i].x) * 0.02; dy[i] += (H / 2 - nodes[i].y) * 0.02;
        var len = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) + 0.01, step = Math.min(len, temp);
        nodes[i].x += dx[i] / len * step; nodes[i].y += dy[i] / len * step;
      }
      temp *= 0.97;
    }
    // fit into the canvas
    var xs = nodes.map(function (d) { return d.x; }), ys = nodes.map(function (d) { return d.y; });
    var x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs), y0 = Math.min.apply(null, ys), y1 = Math.max.apply(null, ys);
    var m = 60, sx = (W - 2 * m) / Math.max(x1 - x0, 1), sy = (H - 2 * m) / Math.max(y1 - y0, 1);
    nodes.forEach(function (d) {
      d.x = n === 1 ? W / 2 : m + (d.x - x0) * sx;
      d.y = n === 1 ? H / 2 : m + (d.y - y0) * sy;
    });
    return index;
  }

  function draw(el, data) {
    var nodes = (data.nodes || []).map(function (d) { return { id: d.id, name: d.name, weight: d.weight }; });
    var edges = data.edges || [];
    var W = A.width(el, 900), H = Math.round(W * 0.62);
    var root = A.svg("svg", { viewBox: "0 0 " + W + " " + H, width: W, height: H, "class": "network-svg" }, el);
    if (!nodes.length) {
      A.text("text", { x: W / 2, y: H / 2, "text-anchor": "middle", "class": "empty-text" }, "No relations match.", root);
      return;
    }
    var index = layout(nodes, edges, W, H);
    var maxW = Math.max.apply(null, edges.map(function (e) { return e.weight; }).concat([1]));
    var maxN = Math.max.apply(null, nodes.map(function (d) { return d.weight; }).concat([1]));
    var gEdges = A.svg("g", { "class": "edges" }, root), gNodes = A.svg("g", { "class": "nodes" }, root);
    edges.forEach(function (e) {
      var a = nodes[index[e.source]], b = nodes[index[e.target]];
      if (!a || !b) return;
      var link = A.svg("a", { href: "/dyads/" + A.pathId(e.source) + "/" + A.pathId(e.target), "class": "edge-link" }, gEdges);
      var width = 1 + 5 * Math.sqrt(e.weight / maxW);
      A.svg("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, "class": "edge-hit" }, link);
      var line = A.svg("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, "stroke-width": width.toFixed(1),
        "class": "edge " + A.scoreClass(e.mean_score) + (e.kind === "mutual" ? " mutual" : "") }, link);
      A.title(line, a.name + (e.kind === "mutual" ? " & " : " → ") + b.name + ": " + e.weight + " event(s), mean score " + A.fmtScore(e.mean_score));
    });
    nodes.forEach(function (d) {
      var link = A.svg("a", { href: "/actors/" + A.pathId(d.id), "class": "node", "data-id": d.id }, gNodes);
      var r = 4 + 10 * Math.sqrt(d.weight / maxN);
      var c = A.svg("circle", { cx: d.x.toFixed(1), cy: d.y.toFixed(1), r: r.toFixed(1) }, link);
      A.title(c, d.name + ": " + d.weight);
      var right = d.x > W * 0.75;
      A.text("text", { x: (right ? d.x - r - 3 : d.x + r + 3).toFixed(1), y: (d.y + 4).toFixed(1),
        "text-anchor": right ? "end" : "start", "class": "label" }, d.name, link);
    });
  }

  function init() {
    var el = document.querySelector('[data-chart="network"]');
    if (el) draw(el, A.data() || {});
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
