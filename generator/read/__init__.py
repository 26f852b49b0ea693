"""Read stage: content files -> Note, and what is read from a note as written."""
