/* The map of located events: country outlines from the packaged GeoJSON (Natural Earth, public domain), an
   equirectangular projection scaled by the cosine of the middle latitude, and one dot per place. */
(function () {
  "use strict";
  var A = window.annalyst;
  var REGION = [20, -5, 130, 65]; // west, south, east, north: the default view when nothing is located

  function bounds(places, centroids) {
    var pts = [];
    places.forEach(function (p) {
      var ll = where(p, centroids);
      if (ll) pts.push(ll);
    });
    if (!pts.length) return REGION.slice();
    var w = Math.min.apply(null, pts.map(function (p) { return p[0]; })), e = Math.max.apply(null, pts.map(function (p) { return p[0]; }));
    var s = Math.min.apply(null, pts.map(function (p) { return p[1]; })), n = Math.max.apply(null, pts.map(function (p) { return p[1]; }));
    var padLon = Math.max((e - w) * 0.15, 12), padLat = Math.max((n - s) * 0.15, 8);
    return [Math.max(w - padLon, -180), Math.max(s - padLat, -85), Math.min(e + padLon, 180), Math.min(n + padLat, 85)];
  }

  function where(p, centroids) {
    if (p.lat !== null && p.lat !== undefined && p.lon !== null && p.lon !== undefined) return [p.lon, p.lat];
    if (p.country && centroids[p.country]) return centroids[p.country];
    return null;
  }

  function draw(el, data, outline) {
    var places = data.places || [];
    var centroids = {};
    (outline.features || []).forEach(function (f) { centroids[f.properties.iso3] = f.properties.centroid; });
    var b = bounds(places, centroids);
    var k = Math.cos(((b[1] + b[3]) / 2) * Math.PI / 180);
    var W = A.width(el, 900);
    // at least about half the window's height (a phone held upright gets a tall map, not a strip)
    var minH = Math.round(Math.min((window.innerHeight || 800) * 0.55, W * 1.6));
    var H = Math.max(Math.round(Math.min(W * (b[3] - b[1]) / ((b[2] - b[0]) * k), W * 0.9)), minH);
    var sx = W / ((b[2] - b[0]) * k), sy = H / (b[3] - b[1]);
    var s = Math.min(sx, sy);
    var ox = (W - (b[2] - b[0]) * k * s) / 2, oy = (H - (b[3] - b[1]) * s) / 2;
    var proj = function (lon, lat) { return [ox + (lon - b[0]) * k * s, oy + (b[3] - lat) * s]; };
    var root = A.svg("svg", { viewBox: "0 0 " + W + " " + H, width: W, height: H, "class": "map-svg" }, el);
    A.svg("rect", { x: 0, y: 0, width: W, height: H, "class": "sea" }, root);
    var land = A.svg("g", { "class": "land" }, root);
    (outline.features || []).forEach(function (f) {
      var d = [];
      f.geometry.coordinates.forEach(function (poly) {
        poly.forEach(function (ring) {
          ring.forEach(function (pt, i) {
            var xy = proj(pt[0], pt[1]);
            d.push((i ? "L" : "M") + xy[0].toFixed(1) + " " + xy[1].toFixed(1));
          });
          d.push("Z");
        });
      });
      var path = A.svg("path", { d: d.join(""), "class": "country", "data-iso3": f.properties.iso3 }, land);
      A.title(path, f.properties.name);
    });
    var dots = A.svg("g", { "class": "places" }, root);
    var maxN = Math.max.apply(null, places.map(function (p) { return p.n; }).concat([1]));
    places.forEach(function (p, i) {
      var ll = where(p, centroids);
      if (!ll) return;
      var xy = proj(ll[0], ll[1]);
      // one event: open it; several: the place's row in the table below, which links every one of them
      var row = document.getElementById("place-" + i);
      var href = p.n > 1 && row ? "#place-" + i : p.units && p.units.length ? "/events/" + A.pathId(p.units[0]) : "#";
      var link = A.svg("a", { href: href, "class": "place", "data-place": i }, dots);
      var c = A.svg("circle", { cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: (3 + 9 * Math.sqrt(p.n / maxN)).toFixed(1),
        "class": "dot " + A.scoreClass(p.mean_score) }, link);
      A.title(c, (p.name || p.country) + ": " + p.n + " event(s), mean score " + A.fmtScore(p.mean_score));
    });
  }

  function init() {
    var el = document.querySelector('[data-chart="map"]');
    if (!el) return;
    var data = A.data() || {};
    fetch(el.getAttribute("data-outline"), { credentials: "same-origin" })
      .then(function (r) { return r.json(); })
      .then(function (outline) { draw(el, data, outline); el.setAttribute("data-ready", "1"); })
      .catch(function () { el.textContent = "The map outline could not be loaded."; });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
