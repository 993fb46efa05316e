/* Shared helpers of annalyst's pages: SVG elements, page data, colours. No dependencies, no network. */
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";

  function svg(tag, attrs, parent) {
    var el = document.createElementNS(NS, tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (attrs[k] !== null && attrs[k] !== undefined) el.setAttribute(k, String(attrs[k]));
      });
    }
    if (parent) parent.appendChild(el);
    return el;
  }

  /* Text content only: never innerHTML, so names from the store stay text. */
  function text(tag, attrs, content, parent) {
    var el = svg(tag, attrs, parent);
    el.textContent = content;
    return el;
  }

  function title(parent, content) {
    return text("title", null, content, parent);
  }

  function data() {
    var node = document.getElementById("page-data");
    if (!node) return null;
    try { return JSON.parse(node.textContent); } catch (e) { return null; }
  }

  function scoreClass(score) {
    if (score === null || score === undefined) return "score-none";
    if (score >= 5) return "score-coop-strong";
    if (score > 0) return "score-coop";
    if (score === 0) return "score-neutral";
    if (score > -5) return "score-conf";
    return "score-conf-strong";
  }

  function fmtScore(score) {
    if (score === null || score === undefined) return "–";
    return (score > 0 ? "+" : "") + score.toFixed(1);
  }

  function pathId(id) { return encodeURIComponent(id); }

  function dayMs(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || "");
    return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) : null;
  }

  function width(el, fallback) {
    var w = el.clientWidth || fallback;
    return Math.max(320, Math.min(w, 1400));
  }

  window.annalyst = {
    svg: svg, text: text, title: title, data: data, scoreClass: scoreClass, fmtScore: fmtScore,
    pathId: pathId, dayMs: dayMs, width: width
  };
})();
