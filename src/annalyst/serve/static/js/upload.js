/* The upload page: drop or choose files, paste URLs, send them with the bearer token, follow the job. */
(function () {
  "use strict";
  var form = document.getElementById("upload-form");
  if (!form) return;
  var picked = [];
  var tokenInput = document.getElementById("token");
  var fileInput = document.getElementById("files");
  var list = document.getElementById("file-list");
  var drop = document.getElementById("drop");
  try { tokenInput.value = sessionStorage.getItem("annalyst-token") || ""; } catch (e) { /* storage off */ }

  function el(tag, text, parent) {
    var node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (parent) parent.appendChild(node);
    return node;
  }

  function link(href, text, parent) {
    var a = el("a", text, parent);
    a.setAttribute("href", href);
    return a;
  }

  function showFiles() {
    list.textContent = "";
    picked.forEach(function (f) { el("li", f.name + " (" + Math.ceil(f.size / 1024) + " KB)", list); });
  }

  function add(files) {
    for (var i = 0; i < files.length; i++) picked.push(files[i]);
    showFiles();
  }

  fileInput.addEventListener("change", function () { add(fileInput.files); fileInput.value = ""; });
  ["dragenter", "dragover"].forEach(function (type) {
    drop.addEventListener(type, function (ev) { ev.preventDefault(); drop.classList.add("over"); });
  });
  ["dragleave", "drop"].forEach(function (type) {
    drop.addEventListener(type, function (ev) { ev.preventDefault(); drop.classList.remove("over"); });
  });
  drop.addEventListener("drop", function (ev) { if (ev.dataTransfer) add(ev.dataTransfer.files); });

  var progress = document.getElementById("progress");
  var stage = document.getElementById("stage");
  var bar = document.getElementById("bar");
  var log = document.getElementById("log");
  var result = document.getElementById("result");

  function render(job) {
    stage.textContent = job.state === "failed" ? "failed: " + (job.error || "") : job.stage + (job.total ? " (" + job.done + "/" + job.total + ")" : "");
    bar.max = Math.max(job.total, 1);
    bar.value = job.state === "done" ? bar.max : job.done;
    log.textContent = "";
    (job.log || []).forEach(function (line) { el("li", line, log); });
    (job.failed || []).forEach(function (f) { el("li", "failed " + f.source + ": " + f.reason, log).className = "error"; });
    if (job.state !== "done") return;
    result.textContent = "";
    el("h3", "Articles", result);
    var ul = el("ul", undefined, result);
    (job.articles || []).forEach(function (a) { link("/articles/" + encodeURIComponent(a.id), a.title || a.id, el("li", undefined, ul)); });
    el("p", job.events + " event(s) extracted.", result);
    if (job.clusters && job.clusters.length) {
      el("h3", "Events", result);
      var cl = el("ul", undefined, result);
      job.clusters.forEach(function (c) {
        var li = el("li", undefined, cl);
        link("/events/" + encodeURIComponent(c.id), (c.event_type || "?") + " " + (c.actor || "?") + " → " + (c.recipient || "—"), li);
        el("span", " " + (c.date || "undated") + " · " + (c.status || "") + (c.n_sources > 1 ? " · " + c.n_sources + " sources" : ""), li).className = "muted";
      });
    }
    result.setAttribute("data-done", "1");
  }

  function poll(url, token) {
    fetch(url, { headers: { "Authorization": "Bearer " + token } })
      .then(function (r) { return r.json(); })
      .then(function (job) {
        render(job);
        if (job.state === "queued" || job.state === "running") setTimeout(function () { poll(url, token); }, 400);
      })
      .catch(function (e) { stage.textContent = "lost the job: " + e; });
  }

  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var token = tokenInput.value;
    try { sessionStorage.setItem("annalyst-token", token); } catch (e) { /* storage off */ }
    var body = new FormData();
    picked.forEach(function (f) { body.append("files", f, f.name); });
    body.append("urls", document.getElementById("urls").value);
    var published = document.getElementById("published").value;
    if (published) body.append("published", published);
    progress.hidden = false;
    result.textContent = "";
    result.removeAttribute("data-done");
    stage.textContent = "uploading";
    fetch(form.getAttribute("action"), { method: "POST", body: body, headers: { "Authorization": "Bearer " + token } })
      .then(function (r) { return r.json().then(function (j) { return { ok: r.ok, body: j }; }); })
      .then(function (res) {
        if (!res.ok) { var d = res.body.detail; stage.textContent = "refused: " + (typeof d === "string" ? d : JSON.stringify(d)); return; }
        picked = [];
        showFiles();
        poll(res.body.url, token);
      })
      .catch(function (e) { stage.textContent = "upload failed: " + e; });
  });
})();
