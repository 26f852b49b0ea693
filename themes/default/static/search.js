/* The search page: Pagefind UI over the index built with the site, and the query from ?q=.
   Each result shows its event, date and kind (the pages' data-pagefind-meta); the kind filter is open.
   The box is not focused on load: a focus ring on arrival reads as an error, and moves screen readers. */
(function () {
  "use strict";
  var root = document.getElementById("search");
  if (!root || typeof PagefindUI === "undefined") return;
  var ui = new PagefindUI({
    element: "#search",
    bundlePath: root.getAttribute("data-bundle"),
    baseUrl: root.getAttribute("data-base"),
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    autofocus: false,
    openFilters: root.getAttribute("data-open-filters") ? [root.getAttribute("data-open-filters")] : []
  });
  // Pagefind's input has only a title; give it the page's label for screen readers
  var input = root.querySelector(".pagefind-ui__search-input");
  if (input) input.setAttribute("aria-label", root.getAttribute("data-label") || input.title);
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) ui.triggerSearch(query);
})();
