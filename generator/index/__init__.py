"""Index stage: normalized events -> SiteIndex (merging, aliases, slugs, reading order, published URLs)."""
