"""Data files beside the HTML pages: Atom feeds, iCalendar, sitemap, JSON-LD, the JSON API text, the Pagefind index."""
