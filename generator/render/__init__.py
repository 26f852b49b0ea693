"""Render stage: the page plan, the views templates see, note HTML, themes and URLs -> every output file as a string."""
