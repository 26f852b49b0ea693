"""The build engine: the one build() for build and serve, its state between builds, what a change makes
dirty, and work across processes."""
