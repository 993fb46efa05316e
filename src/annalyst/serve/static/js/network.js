/* The actor network: a small force-directed layout (Fruchterman–Reingold) drawn in SVG, no library.
   Directed edges are curved arrows (actor -> recipient; the two directions of a pair bend apart), edges of actors
   acting together are dashed lines. The view filters by event type, quad class and minimum weight, hides actors
   without a dictionary entry until asked, zooms and pans (wheel, drag, pinch, buttons) and, on pointing at or
   focusing an actor, picks out its neighbours. Nodes link to actor pages and are the only tab stops in the
   picture; edges link to dyad pages for the mouse, and the tables below the picture carry every relation for
   keyboard and screen-reader users. Deterministic: the same data and filters give the same picture. */
(function () {
  "use strict";
  var A = window.annalyst;
  var CLASSES = ["score-coop-strong", "score-coop", "score-neutral", "score-none", "score-conf", "score-conf-strong"];

  function nominal(id) { return String(id).indexOf("text:") === 0; }

  function layout(nodes, links, W, H) {
    var n = nodes.length, i, j, k = Math.sqrt(W * H / Math.max(n, 1)) * 0.75;
    nodes.forEach(function (node, i2) {
      var angle = 2 * Math.PI * i2 / n, radius = Math.min(W, H) * (0.15 + 0.3 * ((i2 * 7) % 11) / 11);
      node.x = W / 2 + radius * Math.cos(angle);
      node.y = H / 2 + radius * Math.sin(angle);
    });
    var temp = Math.max(W, H) / 8, iterations = n > 150 ? 150 : 300;
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
        dx[i] += (W / 2 - nodes[i].x) * 0.006; dy[i] += (H / 2 - nodes[i].y) * 0.006;
        var len = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) + 0.01, step = Math.min(len, temp);
        nodes[i].x += dx[i] / len * step; nodes[i].y += dy[i] / len * step;
      }
      temp *= 0.97;
    }
    // spread the crowded middle: distances from the centre of mass shrink towards the rim (r -> r^0.6)
    var cx = 0, cy = 0;
    nodes.forEach(function (d) { cx += d.x / n; cy += d.y / n; });
    var rmax = Math.max.apply(null, nodes.map(function (d) { return Math.hypot(d.x - cx, d.y - cy); }).concat([1]));
    nodes.forEach(function (d) {
      var r = Math.hypot(d.x - cx, d.y - cy);
      if (r > 0) {
        var f = rmax * Math.pow(r / rmax, 0.6) / r;
        d.x = cx + (d.x - cx) * f; d.y = cy + (d.y - cy) * f;
      }
    });
    // fit into the canvas, leaving room for labels
    var xs = nodes.map(function (d) { return d.x; }), ys = nodes.map(function (d) { return d.y; });
    var x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs), y0 = Math.min.apply(null, ys), y1 = Math.max.apply(null, ys);
    var mx = Math.min(70, W * 0.12), my = 30, sx = (W - 2 * mx) / Math.max(x1 - x0, 1), sy = (H - 2 * my) / Math.max(y1 - y0, 1);
    nodes.forEach(function (d) {
      d.x = n === 1 ? W / 2 : mx + (d.x - x0) * sx;
      d.y = n === 1 ? H / 2 : my + (d.y - y0) * sy;
    });
  }

  /* The edges and nodes the filters keep: an edge's weight is its events of the chosen type or quad class. */
  function select(data, f) {
    var names = {};
    (data.nodes || []).forEach(function (d) { names[d.id] = d; });
    var quadOf = data.quad_of || {};
    var edges = [];
    (data.edges || []).forEach(function (e, i) {
      if (!f.nominal && (nominal(e.source) || nominal(e.target))) return;
      if (!names[e.source] || !names[e.target]) return;
      var w = e.weight, types = e.types || {};
      if (f.type || f.quad) {
        w = 0;
        Object.keys(types).forEach(function (t) {
          if ((!f.type || t === f.type) && (!f.quad || quadOf[t] === f.quad)) w += types[t];
        });
      }
      if (w >= Math.max(f.min, 1)) edges.push({ i: i, e: e, w: w });
    });
    var degree = {};
    edges.forEach(function (x) {
      degree[x.e.source] = (degree[x.e.source] || 0) + x.w;
      degree[x.e.target] = (degree[x.e.target] || 0) + x.w;
    });
    var nodes = Object.keys(degree).map(function (id) { return { id: id, name: names[id].name, weight: degree[id] }; });
    nodes.sort(function (a, b) { return b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0); });
    return { nodes: nodes, edges: edges };
  }

  function Net(el, data) {
    this.el = el;
    this.data = data;
    this.filters = { type: "", quad: "", min: 1, nominal: false };
    this.view = { k: 1, tx: 0, ty: 0 };
    this.W = A.width(el, 900);
    var vh = window.innerHeight || 800;
    // landscape screens: a wide picture; a phone held upright: a tall one, so the actors have room
    this.H = Math.max(Math.round(Math.min(this.W * 0.62, vh * 0.8)), Math.round(Math.min(vh * 0.6, this.W * 1.5)));
    this.root = A.svg("svg", { viewBox: "0 0 " + this.W + " " + this.H, width: this.W, height: this.H, "class": "network-svg" }, el);
    var defs = A.svg("defs", null, this.root);
    CLASSES.forEach(function (c) {
      var m = A.svg("marker", { id: "arrow-" + c, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 9, markerHeight: 9,
        markerUnits: "userSpaceOnUse", orient: "auto", "class": "arrow " + c }, defs);
      A.svg("path", { d: "M0,0 L10,5 L0,10 z" }, m);
    });
    A.svg("rect", { x: 0, y: 0, width: this.W, height: this.H, "class": "pan-surface" }, this.root);
    this.gEdges = A.svg("g", { "class": "edges" }, this.root);
    this.gNodes = A.svg("g", { "class": "nodes" }, this.root);
    this.empty = A.text("text", { x: this.W / 2, y: this.H / 2, "text-anchor": "middle", "class": "empty-text" }, "", this.root);
    this.gestures();
  }

  Net.prototype.render = function () {
    var self = this, sel = select(this.data, this.filters);
    this.sel = sel;
    while (this.gEdges.firstChild) this.gEdges.removeChild(this.gEdges.firstChild);
    while (this.gNodes.firstChild) this.gNodes.removeChild(this.gNodes.firstChild);
    this.empty.textContent = sel.nodes.length ? "" : "No relation matches these filters.";
    var index = {};
    sel.nodes.forEach(function (d, i) { index[d.id] = i; });
    layout(sel.nodes, sel.edges.map(function (x) {
      return { s: index[x.e.source], t: index[x.e.target], w: Math.log(1 + x.w) };
    }), this.W, this.H);
    var maxW = Math.max.apply(null, sel.edges.map(function (x) { return x.w; }).concat([1]));
    var maxN = Math.max.apply(null, sel.nodes.map(function (d) { return d.weight; }).concat([1]));
    // labels for the busiest actors only when the picture is crowded (all of them once zoomed in or picked out)
    this.labelCap = Math.max(8, Math.round(this.W * this.H / 11000));
    this.nodeEls = {};
    this.edgeEls = [];
    sel.nodes.forEach(function (d, rank) {
      d.r = 4 + 10 * Math.sqrt(d.weight / maxN);
      d.rank = rank;
      var link = A.svg("a", { href: "/actors/" + A.pathId(d.id), "class": "node" + (nominal(d.id) ? " nominal" : ""), "data-id": d.id }, self.gNodes);
      d.circle = A.svg("circle", { r: d.r.toFixed(1) }, link);
      A.title(link, d.name + ": " + d.weight + " event(s)");
      d.label = A.text("text", { "class": "label" }, d.name, link);
      link.addEventListener("mouseenter", function () { self.pick(d.id); });
      link.addEventListener("mouseleave", function () { self.pick(null); });
      link.addEventListener("focus", function () { self.pick(d.id); });
      link.addEventListener("blur", function () { self.pick(null); });
      self.nodeEls[d.id] = { d: d, el: link };
    });
    sel.edges.forEach(function (x) {
      var e = x.e, a = sel.nodes[index[e.source]], b = sel.nodes[index[e.target]];
      var cls = A.scoreClass(e.mean_score), mutual = e.kind === "mutual";
      // edges are not tab stops: the relations table below carries them for the keyboard
      var link = A.svg("a", { href: "/dyads/" + A.pathId(e.source) + "/" + A.pathId(e.target), "class": "edge-link",
        tabindex: "-1", "data-source": e.source, "data-target": e.target, "aria-hidden": "true" }, self.gEdges);
      var hit = A.svg("path", { "class": "edge-hit" }, link);
      var path = A.svg("path", { "stroke-width": (1 + 5 * Math.sqrt(x.w / maxW)).toFixed(1),
        "class": "edge " + cls + (mutual ? " mutual" : ""), "marker-end": mutual ? null : "url(#arrow-" + cls + ")" }, link);
      A.title(link, a.name + (mutual ? " & " : " → ") + b.name + ": " + x.w + " event(s), mean score " + A.fmtScore(e.mean_score));
      self.edgeEls.push({ a: a, b: b, mutual: mutual, el: link, paths: [hit, path] });
    });
    this.place();
    this.tables(sel);
  };

  /* Positions on screen: zoom moves the actors apart, it does not enlarge them (labels stay legible). */
  Net.prototype.place = function () {
    var v = this.view, self = this;
    var sx = function (d) { return v.tx + v.k * d.x; }, sy = function (d) { return v.ty + v.k * d.y; };
    var cap = this.labelCap * v.k * v.k, boxes = [];
    (this.sel ? this.sel.nodes : []).forEach(function (d) {  // busiest first: they keep their labels
      var x = sx(d), y = sy(d), right = x > self.W * 0.72;
      var lx = right ? x - d.r - 3 : x + d.r + 3;
      d.circle.setAttribute("cx", x.toFixed(1));
      d.circle.setAttribute("cy", y.toFixed(1));
      d.label.setAttribute("x", lx.toFixed(1));
      d.label.setAttribute("y", (y + 4).toFixed(1));
      d.label.setAttribute("text-anchor", right ? "end" : "start");
      // a label that would overlap a busier actor's label waits for a zoom (or for its actor to be picked)
      var w = 7 * d.name.length, box = [right ? lx - w : lx, y - 8, right ? lx : lx + w, y + 6];
      var clash = boxes.some(function (b) { return box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3]; });
      var minor = d.rank >= cap || clash;
      if (!minor) boxes.push(box);
      d.label.classList.toggle("minor", minor);
    });
    this.edgeEls.forEach(function (x) {
      var ax = sx(x.a), ay = sy(x.a), bx = sx(x.b), by = sy(x.b);
      var dx = bx - ax, dy = by - ay, len = Math.sqrt(dx * dx + dy * dy) || 1, d;
      if (x.mutual) {
        d = "M" + (ax + dx / len * x.a.r).toFixed(1) + " " + (ay + dy / len * x.a.r).toFixed(1) +
            "L" + (bx - dx / len * x.b.r).toFixed(1) + " " + (by - dy / len * x.b.r).toFixed(1);
      } else {
        // bend to the right of the direction of travel, so A->B and B->A are two arcs
        var cx = (ax + bx) / 2 - dy * 0.15, cy = (ay + by) / 2 + dx * 0.15;
        var ux = bx - cx, uy = by - cy, ul = Math.sqrt(ux * ux + uy * uy) || 1;
        var vx = cx - ax, vy = cy - ay, vl = Math.sqrt(vx * vx + vy * vy) || 1;
        var end = x.b.r + 2;
        d = "M" + (ax + vx / vl * x.a.r).toFixed(1) + " " + (ay + vy / vl * x.a.r).toFixed(1) +
            "Q" + cx.toFixed(1) + " " + cy.toFixed(1) + " " + (bx - ux / ul * end).toFixed(1) + " " + (by - uy / ul * end).toFixed(1);
      }
      x.paths.forEach(function (p) { p.setAttribute("d", d); });
    });
  };

  /* Pick out an actor: it, its neighbours and their relations stay, the rest fades. */
  Net.prototype.pick = function (id) {
    var self = this;
    this.root.classList.toggle("picking", !!id);
    var near = {};
    if (id) near[id] = true;
    this.edgeEls.forEach(function (x) {
      var on = !!id && (x.a.id === id || x.b.id === id);
      if (on) { near[x.a.id] = true; near[x.b.id] = true; }
      x.el.classList.toggle("near", on);
    });
    Object.keys(this.nodeEls).forEach(function (k) { self.nodeEls[k].el.classList.toggle("near", !!near[k]); });
  };

  /* The tables below show the same actors and relations as the picture. */
  Net.prototype.tables = function (sel) {
    var nodes = {}, edges = {};
    sel.nodes.forEach(function (d) { nodes[d.id] = true; });
    sel.edges.forEach(function (x) { edges[x.i] = true; });
    document.querySelectorAll("tr[data-node]").forEach(function (tr) { tr.hidden = !nodes[tr.getAttribute("data-node")]; });
    document.querySelectorAll("tr[data-edge]").forEach(function (tr) { tr.hidden = !edges[tr.getAttribute("data-edge")]; });
    var out = document.getElementById("net-shown");
    if (out) {
      out.textContent = "Showing " + sel.nodes.length + " of " + (this.data.nodes || []).length + " actors, " +
        sel.edges.length + " of " + (this.data.edges || []).length + " relations.";
    }
  };

  Net.prototype.zoomAt = function (px, py, factor) {
    var v = this.view, k = Math.max(0.4, Math.min(8, v.k * factor));
    v.tx = px - (px - v.tx) * (k / v.k);
    v.ty = py - (py - v.ty) * (k / v.k);
    v.k = k;
    this.place();
  };

  Net.prototype.fit = function () {
    this.view = { k: 1, tx: 0, ty: 0 };
    this.place();
  };

  Net.prototype.point = function (clientX, clientY) {
    var box = this.root.getBoundingClientRect();
    return [(clientX - box.left) * this.W / (box.width || this.W), (clientY - box.top) * this.H / (box.height || this.H)];
  };

  /* Wheel and pinch zoom about the pointer; a drag pans (and the click that ends a drag opens nothing). */
  Net.prototype.gestures = function () {
    var self = this, svg = this.root, pointers = {}, start = null, moved = false;
    svg.addEventListener("wheel", function (ev) {
      ev.preventDefault();
      var p = self.point(ev.clientX, ev.clientY);
      self.zoomAt(p[0], p[1], Math.exp(-ev.deltaY * (ev.deltaMode === 1 ? 0.05 : 0.0015)));
    }, { passive: false });

    function snapshot() {
      var ids = Object.keys(pointers), pts = ids.map(function (k) { return pointers[k]; });
      var s = { view: { k: self.view.k, tx: self.view.tx, ty: self.view.ty }, n: ids.length };
      if (pts.length >= 2) {
        s.mid = self.point((pts[0][0] + pts[1][0]) / 2, (pts[0][1] + pts[1][1]) / 2);
        s.dist = Math.hypot(pts[0][0] - pts[1][0], pts[0][1] - pts[1][1]) || 1;
      } else if (pts.length === 1) {
        s.at = self.point(pts[0][0], pts[0][1]);
      }
      return s;
    }

    function move(ev) {
      if (!(ev.pointerId in pointers)) return;
      pointers[ev.pointerId] = [ev.clientX, ev.clientY];
      var ids = Object.keys(pointers), pts = ids.map(function (k) { return pointers[k]; });
      if (start.n >= 2 && pts.length >= 2) {
        var mid = self.point((pts[0][0] + pts[1][0]) / 2, (pts[0][1] + pts[1][1]) / 2);
        var dist = Math.hypot(pts[0][0] - pts[1][0], pts[0][1] - pts[1][1]) || 1;
        var k = Math.max(0.4, Math.min(8, start.view.k * dist / start.dist));
        self.view.k = k;
        self.view.tx = mid[0] - (start.mid[0] - start.view.tx) * (k / start.view.k);
        self.view.ty = mid[1] - (start.mid[1] - start.view.ty) * (k / start.view.k);
        moved = true;
      } else if (start.n === 1) {
        var p = self.point(pts[0][0], pts[0][1]);
        if (Math.abs(p[0] - start.at[0]) + Math.abs(p[1] - start.at[1]) > 4) moved = true;
        self.view.tx = start.view.tx + p[0] - start.at[0];
        self.view.ty = start.view.ty + p[1] - start.at[1];
      }
      self.place();
    }

    function up(ev) {
      delete pointers[ev.pointerId];
      if (Object.keys(pointers).length) {
        start = snapshot();
      } else {
        window.removeEventListener("pointermove", move);
        window.removeEventListener("pointerup", up);
        window.removeEventListener("pointercancel", up);
        svg.classList.remove("dragging");
      }
    }

    svg.addEventListener("pointerdown", function (ev) {
      if (ev.button !== undefined && ev.button !== 0) return;
      if (!Object.keys(pointers).length) {
        moved = false;
        window.addEventListener("pointermove", move);
        window.addEventListener("pointerup", up);
        window.addEventListener("pointercancel", up);
      }
      pointers[ev.pointerId] = [ev.clientX, ev.clientY];
      start = snapshot();
      svg.classList.add("dragging");
    });
    svg.addEventListener("click", function (ev) {
      if (moved) { ev.preventDefault(); ev.stopPropagation(); moved = false; }
    }, true);
    svg.addEventListener("dragstart", function (ev) { ev.preventDefault(); });
  };

  function init() {
    var el = document.querySelector('[data-chart="network"]');
    if (!el) return;
    var data = A.data() || {};
    if (!(data.nodes || []).length) {
      var W = A.width(el, 900), root = A.svg("svg", { viewBox: "0 0 " + W + " 200", width: W, height: 200, "class": "network-svg" }, el);
      A.text("text", { x: W / 2, y: 100, "text-anchor": "middle", "class": "empty-text" }, "No relations match.", root);
      return;
    }
    var net = new Net(el, data);
    var form = document.getElementById("net-view");
    function read() {
      net.filters = {
        type: form.querySelector("#net-type").value,
        quad: form.querySelector("#net-quad").value,
        min: parseInt(form.querySelector("#net-min").value, 10) || 1,
        nominal: form.querySelector("#net-nominal").checked
      };
      net.view = { k: 1, tx: 0, ty: 0 };
      net.render();
      el.setAttribute("data-ready", "1");
    }
    if (form) {
      form.addEventListener("change", read);
      form.addEventListener("input", read);
      form.addEventListener("submit", function (ev) { ev.preventDefault(); read(); });
    }
    document.querySelectorAll("[data-zoom]").forEach(function (b) {
      b.addEventListener("click", function () {
        var how = b.getAttribute("data-zoom");
        if (how === "fit") net.fit(); else net.zoomAt(net.W / 2, net.H / 2, how === "in" ? 1.4 : 1 / 1.4);
      });
    });
    // keys, while an actor has the focus: + and - zoom, 0 fits, the arrows pan
    el.addEventListener("keydown", function (ev) {
      var step = 40, key = ev.key;
      if (key === "+" || key === "=") net.zoomAt(net.W / 2, net.H / 2, 1.4);
      else if (key === "-" || key === "_") net.zoomAt(net.W / 2, net.H / 2, 1 / 1.4);
      else if (key === "0") net.fit();
      else if (key === "ArrowLeft" || key === "ArrowRight" || key === "ArrowUp" || key === "ArrowDown") {
        net.view.tx += key === "ArrowLeft" ? step : key === "ArrowRight" ? -step : 0;
        net.view.ty += key === "ArrowUp" ? step : key === "ArrowDown" ? -step : 0;
        net.place();
      } else return;
      ev.preventDefault();
    });
    // pointing at or focusing an actor in the tables picks it out in the picture too
    document.querySelectorAll("tr[data-node]").forEach(function (tr) {
      var id = tr.getAttribute("data-node");
      ["mouseenter", "focusin"].forEach(function (t) { tr.addEventListener(t, function () { net.pick(id); }); });
      ["mouseleave", "focusout"].forEach(function (t) { tr.addEventListener(t, function () { net.pick(null); }); });
    });
    if (form) read(); else { net.render(); el.setAttribute("data-ready", "1"); }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
