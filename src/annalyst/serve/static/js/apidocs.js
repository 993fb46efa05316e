// The /docs page's "Try it": fill the path parameters, send the GET from this page, show the status and the answer.
(function () {
  "use strict";
  var MAX = 20000;
  document.querySelectorAll("form.try").forEach(function (form) {
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var path = form.getAttribute("data-path");
      var query = new URLSearchParams();
      form.querySelectorAll("input").forEach(function (input) {
        var value = input.value.trim();
        if (input.getAttribute("data-in") === "path") {
          path = path.replace("{" + input.name + "}", encodeURIComponent(value));
        } else if (value) {
          query.append(input.name, value);
        }
      });
      var url = path + (query.toString() ? "?" + query.toString() : "");
      var status = form.nextElementSibling;
      var out = status.nextElementSibling;
      status.textContent = "GET " + url + " …";
      fetch(url, { headers: { Accept: "application/json" } }).then(function (response) {
        return response.text().then(function (text) {
          status.textContent = "GET " + url + " → " + response.status + " " + (response.headers.get("content-type") || "");
          try { text = JSON.stringify(JSON.parse(text), null, 2); } catch (e) { /* not JSON: shown as it is */ }
          out.textContent = text.length > MAX ? text.slice(0, MAX) + "\n… (" + text.length + " characters)" : text;
          out.hidden = false;
        });
      }).catch(function (err) {
        status.textContent = "GET " + url + " failed: " + err;
      });
    });
  });
}());
