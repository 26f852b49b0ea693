"""talkarchive: a static site generator for community talk archives."""

__version__ = "0.1.0"
