/* The dyad chart (PLOVER score of each event over time, monthly mean line) and the activity bar chart. */
(function () {
  "use strict";
  var A = window.annalyst;
  var DAY = 86400000;
  var UNREALISED = { predicted: 1, proposed: 1, hypothetical: 1, negated: 1, denied: 1 };

  function ticks(lo, hi) {
    var span = hi - lo, out = [], d, step, i;
    var monthSteps = [1, 2, 3, 6, 12, 24, 60, 120, 240];
    if (span < 70 * DAY) {
      var daySteps = [1, 2, 7, 14, 28];
      step = daySteps[daySteps.length - 1];
      for (i = 0; i < daySteps.length; i++) { if (span / (daySteps[i] * DAY) <= 10) { step = daySteps[i]; break; } }
      for (var t = Math.ceil(lo / DAY) * DAY; t <= hi; t += step * DAY) out.push({ t: t, label: new Date(t).toISOString().slice(0, 10) });
      return out;
    }
    step = monthSteps[monthSteps.length - 1];
    for (i = 0; i < monthSteps.length; i++) { if (span / (monthSteps[i] * 30.44 * DAY) <= 10) { step = monthSteps[i]; break; } }
    d = new Date(lo);
    var y = d.getUTCFullYear(), m = d.getUTCMonth() + 1;
    if (step >= 12) { m = 0; y = y + 1; y = Math.ceil(y / (step / 12)) * (step / 12); }
    else { m = Math.ceil(m / step) * step; }
    for (;;) {
      var tt = Date.UTC(y, m, 1);
      if (tt > hi) break;
      if (tt >= lo) out.push({ t: tt, label: step >= 12 ? String(y) : new Date(tt).toISOString().slice(0, 7) });
      m += step;
      while (m >= 12) { m -= 12; y += 1; }
    }
    return out;
  }

  function drawDyad(el, data) {
    var points = (data.points || []).filter(function (p) { return p.date && p.score !== null && p.score !== undefined; });
    var W = A.width(el, 900), H = 340, L = 44, R = 16, T = 14, B = 34;
    var root = A.svg("svg", { viewBox: "0 0 " + W + " " + H, width: W, height: H, "class": "dyad-svg" }, el);
    if (!points.length) {
      A.text("text", { x: W / 2, y: H / 2, "text-anchor": "middle", "class": "empty-text" }, "No dated events between these actors.", root);
      return;
    }
    var times = points.map(function (p) { return A.dayMs(p.date); });
    var lo = Math.min.apply(null, times), hi = Math.max.apply(null, times);
    var pad = Math.max((hi - lo) * 0.04, 20 * DAY);
    lo -= pad; hi += pad;
    var x = function (t) { return L + (t - lo) / (hi - lo) * (W - L - R); };
    var y = function (s) { return T + (10 - s) / 20 * (H - T - B); };
    A.svg("rect", { x: L, y: y(10), width: W - L - R, height: y(0) - y(10), "class": "band-coop" }, root);
    A.svg("rect", { x: L, y: y(0), width: W - L - R, height: y(-10) - y(0), "class": "band-conf" }, root);
    [-10, -5, 0, 5, 10].forEach(function (s) {
      A.svg("line", { x1: L, x2: W - R, y1: y(s), y2: y(s), "class": s === 0 ? "axis zero" : "grid" }, root);
      A.text("text", { x: L - 6, y: y(s) + 4, "text-anchor": "end", "class": "tick" }, (s > 0 ? "+" : "") + s, root);
    });
    ticks(lo, hi).forEach(function (tk) {
      A.svg("line", { x1: x(tk.t), x2: x(tk.t), y1: H - B, y2: H - B + 5, "class": "axis" }, root);
      A.text("text", { x: x(tk.t), y: H - B + 18, "text-anchor": "middle", "class": "tick" }, tk.label, root);
    });
    var means = (data.periods || []).filter(function (p) { return p.mean_score !== null && p.mean_score !== undefined; });
    if (means.length > 1) {
      // the line breaks where months without events lie between two means: it joins neighbours only
      var prev = null;
      var d = means.map(function (p) {
        var t = A.dayMs(p.period + "-15");
        var cmd = prev !== null && t - prev <= 62 * DAY ? "L" : "M";
        prev = t;
        return cmd + x(t).toFixed(1) + " " + y(p.mean_score).toFixed(1);
      }).join(" ");
      A.svg("path", { d: d, "class": "mean-line" }, root);
    }
    var layer = A.svg("g", { "class": "points" }, root);
    var placed = [];
    // events reported by more sources are drawn last (on top); a dot that would cover another steps aside, so
    // every dot stays clickable
    var order = points.slice().sort(function (p, q) { return (p.n_sources || 1) - (q.n_sources || 1); });
    order.forEach(function (p) {
      var r = 5 + 1.5 * Math.min(Math.max((p.n_sources || 1) - 1, 0), 4);
      var cx = x(A.dayMs(p.date)), cy = y(p.score);
      for (var step = 0; step < 12; step++) {
        var hit = placed.some(function (o) { return Math.abs(o.x - cx) < o.r + r - 1 && Math.abs(o.y - cy) < o.r + r - 1; });
        if (!hit) break;
        cx += (step % 2 ? -1 : 1) * (step + 1) * (r + 1);
      }
      placed.push({ x: cx, y: cy, r: r });
      var link = A.svg("a", { href: "/events/" + A.pathId(p.id), "class": "point", "data-id": p.id }, layer);
      var cls = "dot " + A.scoreClass(p.score) + (UNREALISED[p.status] ? " hollow" : "");
      var c = A.svg("circle", { cx: cx.toFixed(1), cy: cy.toFixed(1), r: r, "class": cls }, link);
      var who = p.direction === "a->b" ? data.a.name + " → " + data.b.name
        : p.direction === "b->a" ? data.b.name + " → " + data.a.name : data.a.name + " & " + data.b.name;
      A.title(c, p.date + " · " + p.event_type + " · " + p.status + " · " + who + " · score " + A.fmtScore(p.score) +
        (p.n_sources ? " · " + p.n_sources + " source(s)" : ""));
    });
  }

  function byYear(rows) {
    var out = {}, order = [];
    rows.forEach(function (r) {
      var k = r.period.slice(0, 4);
      if (!out[k]) { out[k] = { period: k, n: 0, as_actor: 0, as_recipient: 0, sum: 0, scored: 0 }; order.push(k); }
      var o = out[k];
      o.n += r.n; o.as_actor += r.as_actor; o.as_recipient += r.as_recipient;
      if (r.mean_score !== null && r.mean_score !== undefined) { o.sum += r.mean_score * r.n; o.scored += r.n; }
    });
    return order.map(function (k) {
      var o = out[k];
      o.mean_score = o.scored ? o.sum / o.scored : null;
      return o;
    });
  }

  function drawActivity(el, data) {
    var rows = data.activity || [];
    var W = A.width(el, 900), H = 180, L = 36, R = 10, T = 10, B = 30;
    var root = A.svg("svg", { viewBox: "0 0 " + W + " " + H, width: W, height: H, "class": "activity-svg" }, el);
    if (!rows.length) {
      A.text("text", { x: W / 2, y: H / 2, "text-anchor": "middle", "class": "empty-text" }, "No dated events.", root);
      return;
    }
    var first = rows[0].period, last = rows[rows.length - 1].period, months = [];
    var y0 = +first.slice(0, 4), m0 = +first.slice(5, 7);
    var span = (+last.slice(0, 4) - y0) * 12 + (+last.slice(5, 7) - m0);
    var yearly = span > 120;
    if (yearly) rows = byYear(rows);
    var byPeriod = {};
    rows.forEach(function (r) { byPeriod[r.period] = r; });
    if (yearly) {
      for (var yy = y0; yy <= +last.slice(0, 4); yy++) months.push(String(yy));
    } else {
      while (months.length < 600) {
        var key = y0 + "-" + (m0 < 10 ? "0" : "") + m0;
        months.push(key);
        if (key >= last) break;
        m0 += 1; if (m0 > 12) { m0 = 1; y0 += 1; }
      }
    }
    var max = Math.max.apply(null, rows.map(function (r) { return r.n; }).concat([1]));
    var bw = (W - L - R) / months.length;
    A.svg("line", { x1: L, x2: W - R, y1: H - B, y2: H - B, "class": "axis" }, root);
    A.text("text", { x: L - 4, y: T + 8, "text-anchor": "end", "class": "tick" }, String(max), root);
    var every = Math.ceil(months.length / 10);
    months.forEach(function (p, i) {
      var r = byPeriod[p];
      if (r) {
        var h = (H - T - B) * r.n / max;
        var bar = A.svg("rect", { x: L + i * bw + 1, y: H - B - h, width: Math.max(bw - 2, 1), height: h,
          "class": "bar " + A.scoreClass(r.mean_score) }, root);
        A.title(bar, p + ": " + r.n + " (" + r.as_actor + " as actor, " + r.as_recipient + " as recipient), mean score " + A.fmtScore(r.mean_score));
      }
      if (i % every === 0) A.text("text", { x: L + i * bw + bw / 2, y: H - B + 16, "text-anchor": "middle", "class": "tick" }, p, root);
    });
  }

  function init() {
    var data = A.data() || {};
    var dyad = document.querySelector('[data-chart="dyad"]');
    if (dyad) drawDyad(dyad, data);
    var activity = document.querySelector('[data-chart="activity"]');
    if (activity) drawActivity(activity, data);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
