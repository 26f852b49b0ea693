"""GitHub-flavoured Markdown to HTML with cmarkgfm, without its memory leak.

cmarkgfm's high-level wrapper (`github_flavored_markdown_to_html`, 2025.10) never
frees the parsed document or the HTML buffer cmark returns, so every call leaks the
whole parse: 20,000 notes rendered grew a process by 1.9 GB, which made large builds
run out of memory. This makes the same calls through cmarkgfm's low-level API and
frees both. Where the two frees cannot be set up (no ctypes access to the symbols,
or no C library `free` to call), it falls back to cmarkgfm's wrapper.

The tuning is this module's one job and `ENABLED` its one switch: False renders through
cmarkgfm's own wrapper (leaking again). It reaches into cmarkgfm's internals (`cmark._cmark`, its
CFFI `lib`, the C symbols `cmark_node_free` and `free`), so pyproject.toml bounds cmarkgfm below
the next year's releases; tests/test_tuning_equivalence.py renders the sample site both ways and
compares every output file.
"""
from __future__ import annotations

import ctypes
from functools import lru_cache

ENABLED = True  # False: cmarkgfm's own wrapper (read at each call, so tests can switch it)
EXTENSIONS = ("table", "autolink", "tagfilter", "strikethrough", "tasklist")  # what GitHub's wrapper enables


@lru_cache(maxsize=1)
def _freers():
    """(free a cmark node, free a C buffer), or None where they are not reachable."""
    try:
        from cmarkgfm import cmark

        node_free = ctypes.CDLL(cmark._cmark.__file__).cmark_node_free
        node_free.argtypes, node_free.restype = [ctypes.c_void_p], None
        libc_free = ctypes.CDLL(None).free
        libc_free.argtypes, libc_free.restype = [ctypes.c_void_p], None
        return node_free, libc_free
    except (OSError, AttributeError, ImportError, TypeError):
        return None


@lru_cache(maxsize=1)
def _extensions() -> tuple:
    """The syntax extensions GitHub's wrapper attaches, looked up once (they live as long as the process)."""
    from cmarkgfm import cmark

    cmark.core_extensions_ensure_registered()
    return tuple(cmark.find_syntax_extension(name) for name in EXTENSIONS)


def to_html(text: str, options: int) -> str:
    """`cmarkgfm.github_flavored_markdown_to_html(text, options)`, freeing what it allocates."""
    import cmarkgfm
    from cmarkgfm import cmark

    options |= cmark.Options.CMARK_OPT_GITHUB_PRE_LANG
    freers = _freers() if ENABLED else None
    if freers is None:
        return cmarkgfm.github_flavored_markdown_to_html(text, options=options)
    node_free, libc_free = freers
    ffi, lib = cmark._cmark.ffi, cmark._cmark.lib
    parser = lib.cmark_parser_new(options)
    try:
        for extension in _extensions():
            lib.cmark_parser_attach_syntax_extension(parser, extension)
        data = text.encode("utf-8")
        lib.cmark_parser_feed(parser, data, len(data))
        root = lib.cmark_parser_finish(parser)  # the caller owns the document from here
        try:
            raw = lib.cmark_render_html(root, options, lib.cmark_parser_get_syntax_extensions(parser))
            try:
                return ffi.string(raw).decode("utf-8")
            finally:
                libc_free(int(ffi.cast("uintptr_t", raw)))
        finally:
            node_free(int(ffi.cast("uintptr_t", root)))
    finally:
        lib.cmark_parser_free(parser)
