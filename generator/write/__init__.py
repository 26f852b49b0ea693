"""Write stage: files -> output folder, all or nothing."""
