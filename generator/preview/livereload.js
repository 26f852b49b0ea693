/* talkarchive serve: live reload and build errors in the page.
   Injected by the preview server only, never into `build` output. The server sends:
     reload  {"pages": [paths]}  after a rebuild; this page reloads only if it is among them
     problems {"problems": [{file, line, message}]}  the notes or templates that failed; shown on top
     ok                          nothing is wrong any more; the overlay goes and the page reloads */
(function () {
  "use strict";
  var overlay = null;

  function here() {
    var path = window.location.pathname;
    return path.endsWith("/index.html") ? path.slice(0, -"index.html".length) : path;
  }

  function showProblems(problems) {
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = "talkarchive-overlay";
      overlay.setAttribute("role", "alert");
      overlay.style.cssText = "position:fixed;inset:0 0 auto 0;z-index:2147483647;max-height:60vh;overflow:auto;" +
        "background:#3b0a0a;color:#fff;font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;padding:1rem 1.25rem;" +
        "border-bottom:4px solid #ff6b6b;white-space:pre-wrap";
      document.body.appendChild(overlay);
    }
    overlay.textContent = "";
    var title = document.createElement("strong");
    title.textContent = "talkarchive: the last rebuild found " + problems.length + " problem(s)\n";
    overlay.appendChild(title);
    problems.forEach(function (p) {
      var line = document.createElement("div");
      line.className = "talkarchive-problem";
      line.textContent = (p.file || "site") + (p.line ? ":" + p.line : "") + ": " + p.message;
      overlay.appendChild(line);
    });
  }

  var me = document.currentScript;
  var build = me ? me.getAttribute("data-build") || "0" : "0";
  var source = new EventSource("/__talkarchive/events?since=" + encodeURIComponent(build));
  source.addEventListener("reload", function (event) {
    var data = JSON.parse(event.data);
    var pages = data.pages || [];
    if (data.all || overlay || pages.indexOf(here()) !== -1 || pages.indexOf(window.location.pathname) !== -1) {
      window.location.reload();
    }
  });
  source.addEventListener("problems", function (event) {
    showProblems(JSON.parse(event.data).problems || []);
  });
  source.addEventListener("ok", function () {
    if (overlay) window.location.reload();
  });
})();
