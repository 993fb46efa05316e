/* The dyad chart (PLOVER score of each event over time: a dot for a day, a bar spanning an interval, hollow for
   alleged, denied and unrealised events; the monthly mean line; a default window of recent years when the range is
   long) and the activity bar chart. */
(function () {
  "use strict";
  var A = window.annalyst;
  var DAY = 86400000;

  /* Axis ticks between lo and hi: the finest step (days, months, years) that gives at most ``most`` of them. */
  function ticks(lo, hi, most) {
    most = most || 10;
    var span = hi - lo, i, out;
    if (span < 70 * DAY) {
      var daySteps = [1, 2, 7, 14, 28];
      for (i = 0; i < daySteps.length; i++) {
        out = [];
        for (var t = Math.ceil(lo / DAY) * DAY; t <= hi; t += daySteps[i] * DAY) out.push({ t: t, label: new Date(t).toISOString().slice(0, 10) });
        if (out.length <= most) return out;
      }
      return out;
    }
    var monthSteps = [1, 2, 3, 6, 12, 24, 60, 120, 240];
    for (i = 0; i < monthSteps.length; i++) {
      out = monthTicks(lo, hi, monthSteps[i]);
      if (out.length <= most) return out;
    }
    return out;
  }

  function monthTicks(lo, hi, step) {
    var out = [], d = new Date(lo);
    var y = d.getUTCFullYear(), m = d.getUTCMonth();  // m: 0-based
    if (step >= 12) { var years = step / 12; m = 0; y = Math.ceil(y / years) * years; }
    else { m = Math.ceil(m / step) * step; }
    for (var guard = 0; guard < 400; guard++) {
      while (m >= 12) { m -= 12; y += 1; }
      var tt = Date.UTC(y, m, 1);
      if (tt > hi) break;
      if (tt >= lo) out.push({ t: tt, label: step >= 12 ? String(y) : new Date(tt).toISOString().slice(0, 7) });
      m += step;
    }
    return out;
  }

  /* An interval named at its precision, as serve/intervals.py names it: "2020", "1990s", "March 2020",
     "2020-03-04", "2020-03-04 – 2020-03-09". */
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December"];
  var DASH = " – ";
  function parts(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || "");
    return m ? { y: +m[1], m: +m[2], d: +m[3], iso: iso.slice(0, 10) } : null;
  }
  function monthEnd(p) { return p.d === new Date(Date.UTC(p.y, p.m, 0)).getUTCDate(); }
  function monthName(p) { return MONTHS[p.m - 1] + " " + p.y; }
  function intervalLabel(start, end, granularity) {
    var s = parts(start), e = parts(end) || s, g = granularity || "";
    if (!s) return "undated";
    if (e.iso < s.iso) { var tmp = s; s = e; e = tmp; }
    if (g === "day" && s.iso === e.iso) return s.iso;
    if (g === "year" && s.y === e.y) return String(s.y);
    if (g === "decade") return (s.y - s.y % 10) + "s";
    if (g === "part_of_decade") {
      var dec = s.y - s.y % 10, k = s.y - dec;
      return (k < 3 ? "early " : k < 7 ? "mid " : "late ") + dec + "s";
    }
    if (g === "month" && s.y === e.y && s.m === e.m) return monthName(s);
    if (g === "quarter" && s.y === e.y && s.d === 1 && (s.m - 1) % 3 === 0 && e.m === s.m + 2) return "Q" + ((s.m - 1) / 3 + 1) + " " + s.y;
    if (s.iso === e.iso) return s.iso;
    if (s.m === 1 && s.d === 1 && e.m === 12 && e.d === 31) {
      if (s.y % 10 === 0 && e.y === s.y + 9) return s.y + "s";
      return s.y === e.y ? String(s.y) : s.y + DASH + e.y;
    }
    if (s.d === 1 && monthEnd(e)) {
      if (s.y === e.y && s.m === e.m) return monthName(s);
      return s.y === e.y ? MONTHS[s.m - 1] + DASH + monthName(e) : monthName(s) + DASH + monthName(e);
    }
    return s.iso + DASH + e.iso;
  }
  function intervalTitle(p) {
    var span = p.date_end && p.date_end !== p.date ? p.date + DASH + p.date_end : p.date;
    return span + " (" + (p.granularity || "interval") + ")";
  }
  function isDay(p) { return !p.date_end || p.date_end === p.date; }
  function endMs(p) { return A.dayMs(p.date_end || p.date) + DAY; }  // the end day is inside the interval

  /* Alleged and denied events and the unrealised ones are drawn hollow; they do not enter the mean line. */
  var HOLLOW = { predicted: 1, proposed: 1, hypothetical: 1, negated: 1, denied: 1, alleged: 1 };
  var IF_TRUE = { alleged: "if true", denied: "if true", negated: "did not happen", predicted: "if it happens",
    proposed: "if it happens", hypothetical: "if it happens" };
  var RECENT_YEARS = 3, LONG_YEARS = 6;

  /* The window shown by default: when the events span more than LONG_YEARS, the RECENT_YEARS before the latest one
     (where the recent events are), so they are not squeezed into a sliver; a button shows the whole range. */
  function recentWindow(points) {
    var lo = Infinity, hi = -Infinity;
    points.forEach(function (p) { lo = Math.min(lo, A.dayMs(p.date)); hi = Math.max(hi, endMs(p)); });
    var latest = Math.max.apply(null, points.map(function (p) { return A.dayMs(p.date); }));
    var cut = latest - RECENT_YEARS * 365.25 * DAY;
    if (hi - lo <= LONG_YEARS * 365.25 * DAY) return null;
    var inside = points.filter(function (p) { return endMs(p) >= cut; });
    var start = Math.max(cut, Math.min.apply(null, inside.map(function (p) { return A.dayMs(p.date); })));
    return { lo: start, hi: hi, inside: inside.length, all: points.length, first: lo, last: hi };
  }

  function placeTicks(root, list, x, yText, L, Wr) {
    // labels never leave the chart (the last one is right-aligned to the edge) and never overlap: a label that
    // would touch the one before it is left out
    var lastRight = -Infinity;
    list.forEach(function (tk) {
      var t = A.text("text", { x: x(tk.t), y: yText, "text-anchor": "middle", "class": "tick" }, tk.label, root);
      var box = t.getBBox ? t.getBBox() : { x: x(tk.t), width: 0 };
      if (box.x + box.width > Wr) { t.setAttribute("text-anchor", "end"); t.setAttribute("x", Wr); box = t.getBBox(); }
      if (box.x < L - 20) { t.setAttribute("text-anchor", "start"); t.setAttribute("x", L - 20); box = t.getBBox(); }
      if (box.x < lastRight + 8) { t.parentNode.removeChild(t); return; }
      lastRight = box.x + box.width;
    });
  }

  function drawDyad(el, data, showAll) {
    while (el.firstChild) el.removeChild(el.firstChild);
    var all = (data.points || []).filter(function (p) { return p.date && p.score !== null && p.score !== undefined; });
    var W = A.width(el, 900), narrow = W < 560, H = narrow ? 300 : 340, L = narrow ? 34 : 44, R = narrow ? 10 : 16, T = 14, B = 34;
    var root = A.svg("svg", { viewBox: "0 0 " + W + " " + H, width: W, height: H, "class": "dyad-svg" }, el);
    if (!all.length) {
      A.text("text", { x: W / 2, y: H / 2, "text-anchor": "middle", "class": "empty-text" }, "No dated events between these actors.", root);
      return null;
    }
    var win = recentWindow(all);
    var lo, hi;
    if (win && !showAll) { lo = win.lo; hi = win.hi; }
    else {
      lo = Math.min.apply(null, all.map(function (p) { return A.dayMs(p.date); }));
      hi = Math.max.apply(null, all.map(endMs));
    }
    var points = all.filter(function (p) { return endMs(p) >= lo && A.dayMs(p.date) <= hi; });
    var pad = Math.max((hi - lo) * 0.03, 10 * DAY);
    lo -= pad; hi += pad;
    var x = function (t) { return L + (t - lo) / (hi - lo) * (W - L - R); };
    var clampX = function (t) { return Math.max(L, Math.min(W - R, x(t))); };
    var y = function (s) { return T + (10 - s) / 20 * (H - T - B); };
    A.svg("rect", { x: L, y: y(10), width: W - L - R, height: y(0) - y(10), "class": "band-coop" }, root);
    A.svg("rect", { x: L, y: y(0), width: W - L - R, height: y(-10) - y(0), "class": "band-conf" }, root);
    [-10, -5, 0, 5, 10].forEach(function (s) {
      A.svg("line", { x1: L, x2: W - R, y1: y(s), y2: y(s), "class": s === 0 ? "axis zero" : "grid" }, root);
      A.text("text", { x: L - 6, y: y(s) + 4, "text-anchor": "end", "class": "tick" }, (s > 0 ? "+" : "") + s, root);
    });
    var tickList = ticks(lo, hi, Math.max(3, Math.floor((W - L - R) / (narrow ? 80 : 95))));
    tickList.forEach(function (tk) {
      A.svg("line", { x1: x(tk.t), x2: x(tk.t), y1: H - B, y2: H - B + 5, "class": "axis" }, root);
    });
    placeTicks(root, tickList, x, H - B + 18, L, W - 2);

    // the monthly mean of the realised events: one path, a line segment from each month's mean to the next
    var means = (data.periods || []).filter(function (p) {
      if (p.mean_score === null || p.mean_score === undefined) return false;
      var t = A.dayMs(p.period + "-15");
      return t >= lo && t <= hi;
    });
    if (means.length) {
      var d = means.map(function (p, i) {
        return (i ? "L" : "M") + x(A.dayMs(p.period + "-15")).toFixed(1) + " " + y(p.mean_score).toFixed(1);
      }).join(" ");
      A.svg("path", { d: d, "class": "mean-line" }, root);
      var meanDots = A.svg("g", { "class": "means" }, root);
      means.forEach(function (p) {
        var c = A.svg("circle", { cx: x(A.dayMs(p.period + "-15")).toFixed(1), cy: y(p.mean_score).toFixed(1), r: 2.5, "class": "mean-dot" }, meanDots);
        A.title(c, p.period + ": mean " + A.fmtScore(p.mean_score) + " over " + p.n + " event(s)");
      });
    }

    var layer = A.svg("g", { "class": "points" }, root);
    var placed = [], bars = [];
    var BAR = 9;
    // intervals first (underneath), then days; events reported by more sources are drawn last (on top); a mark that
    // would cover another steps aside, so every mark stays clickable
    var order = points.slice().sort(function (p, q) {
      return (isDay(p) - isDay(q)) || ((p.n_sources || 1) - (q.n_sources || 1));
    });
    order.forEach(function (p) {
      var link = A.svg("a", { href: "/events/" + A.pathId(p.id), "class": "point" + (isDay(p) ? "" : " span"), "data-id": p.id,
        "data-status": p.status }, layer);
      var hollow = HOLLOW[p.status] ? " hollow" : "";
      var shape, cy = y(p.score);
      if (isDay(p)) {
        var r = 5 + 1.5 * Math.min(Math.max((p.n_sources || 1) - 1, 0), 4);
        var cx = x(A.dayMs(p.date));
        for (var step = 0; step < 12; step++) {
          var hit = placed.some(function (o) { return Math.abs(o.x - cx) < o.r + r - 1 && Math.abs(o.y - cy) < o.r + r - 1; });
          if (!hit) break;
          cx += (step % 2 ? -1 : 1) * (step + 1) * (r + 1);
        }
        placed.push({ x: cx, y: cy, r: r });
        shape = A.svg("circle", { cx: cx.toFixed(1), cy: cy.toFixed(1), r: r, "class": "dot " + A.scoreClass(p.score) + hollow }, link);
      } else {
        var x0 = clampX(A.dayMs(p.date)), x1 = clampX(endMs(p));
        if (x1 - x0 < 4) { var mid = (x0 + x1) / 2; x0 = mid - 2; x1 = mid + 2; }
        var base = cy;
        for (var k = 1; k < 16; k++) {
          var clash = bars.some(function (o) { return x0 < o.x1 && x1 > o.x0 && Math.abs(o.y - cy) < BAR + 1; });
          if (!clash) break;
          // step aside above and below in turn, staying inside the plot
          var off = Math.ceil(k / 2) * (BAR + 2) * (k % 2 ? 1 : -1);
          cy = Math.max(T + BAR / 2, Math.min(H - B - BAR / 2, base + off));
        }
        bars.push({ x0: x0, x1: x1, y: cy });
        shape = A.svg("rect", { x: x0.toFixed(1), y: (cy - BAR / 2).toFixed(1), width: (x1 - x0).toFixed(1), height: BAR, rx: 3,
          "class": "span-bar " + A.scoreClass(p.score) + hollow }, link);
      }
      var who = p.direction === "a->b" ? data.a.name + " → " + data.b.name
        : p.direction === "b->a" ? data.b.name + " → " + data.a.name : data.a.name + " & " + data.b.name;
      A.title(shape, intervalLabel(p.date, p.date_end, p.granularity) + " [" + intervalTitle(p) + "] · " + p.event_type + " · " +
        p.status + " · " + who + " · score " + A.fmtScore(p.score) + (IF_TRUE[p.status] ? " " + IF_TRUE[p.status] : "") +
        (p.n_sources ? " · " + p.n_sources + " source(s)" : ""));
    });
    return win;
  }

  function dyadChart(el, data) {
    var note = document.getElementById("dyad-window");
    var showAll = false;
    function render() {
      var win = drawDyad(el, data, showAll);
      if (!note) return;
      while (note.firstChild) note.removeChild(note.firstChild);
      var why = document.getElementById("dyad-window-why");
      if (why) why.hidden = !win;
      if (!win) { note.hidden = true; return; }
      note.hidden = false;
      var span = new Date(win.first).getUTCFullYear() + DASH + new Date(win.last - DAY).getUTCFullYear();
      var msg = document.createElement("span");
      msg.textContent = showAll
        ? "Whole range " + span + ": " + win.all + " events."
        : "Showing the last " + RECENT_YEARS + " years before the latest event (" + win.inside + " of " + win.all +
          " events); the whole range runs " + span + ".";
      note.appendChild(msg);
      var btn = document.createElement("button");
      btn.type = "button";
      btn.id = "dyad-range";
      btn.setAttribute("aria-pressed", showAll ? "true" : "false");
      btn.textContent = showAll ? "Show recent years" : "Show all " + span;
      btn.addEventListener("click", function () { showAll = !showAll; render(); });
      note.appendChild(btn);
    }
    render();
    var last = el.clientWidth;
    window.addEventListener("resize", function () {
      if (Math.abs(el.clientWidth - last) > 40) { last = el.clientWidth; render(); }
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
    if (dyad) dyadChart(dyad, data);
    var activity = document.querySelector('[data-chart="activity"]');
    if (activity) drawActivity(activity, data);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
