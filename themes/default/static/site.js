/* talkarchive default theme: click-to-load players.
   A slides or video player is an iframe on another host, so it is only created when the
   reader presses its button: until then the page makes no request that leaves the site.
   The player URL was built by the generator from an allowlist; it is checked again here. */
(function () {
  "use strict";
  var PLAYER_HOSTS = /^https:\/\/(www\.youtube-nocookie\.com|player\.vimeo\.com|www\.docswell\.com|docs\.google\.com|speakerdeck\.com)\//;

  function load(figure) {
    var src = figure.getAttribute("data-embed-player") || "";
    if (!PLAYER_HOSTS.test(src)) return;
    var frame = document.createElement("iframe");
    frame.src = src;
    frame.title = figure.getAttribute("data-embed-title") || "";
    frame.setAttribute("allow", "fullscreen; picture-in-picture; encrypted-media; autoplay");
    frame.setAttribute("sandbox", "allow-scripts allow-same-origin allow-presentation allow-popups");
    frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
    var holder = figure.querySelector(".embed-frame");
    holder.classList.remove("embed-placeholder");
    holder.replaceChildren(frame);
    frame.focus();
  }

  document.querySelectorAll("[data-embed-player] .embed-load").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { load(button.closest("[data-embed-player]")); });
  });
})();
