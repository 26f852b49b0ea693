"""`talkarchive serve`: the preview HTTP server, the file watcher and live reload around the build engine."""
