"""A note's Markdown body as one document model: its blocks with their source lines.

The blocks come from cmark-gfm's syntax tree (the C library cmarkgfm ships), not from line
patterns: a `# comment` inside a fenced or indented code block or an HTML block is code or
HTML, a setext heading (`Title` over `====`) is a heading like an ATX one, a table without
outer pipes is a table, and a list nested in a list is an item's child.

Lines are the note's file lines: `parse(body, first_line=note.body_line)` numbers the body's
first line as the file does (after the front matter). The text a block carries is its source
text (a heading's words with their inline markup, a table cell as written), since the rules
that read the model read Markdown as written.

cmarkgfm's own Python interface only renders HTML, so the tree is walked through the C
functions of the library it ships, loaded once with cffi (cmarkgfm's own binding library)
in its ABI mode. The parser and the tree are freed after each parse; nothing is cached
beyond the library handle and the few node type names.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any, Callable, Iterator

KINDS = ("heading", "paragraph", "list", "item", "table", "row", "code", "html", "quote", "thematic_break")
OUTLINE = frozenset(("heading", "table", "row", "code", "html", "quote", "thematic_break"))  # see Document


@dataclass(frozen=True)
class Block:
    """One block of the note. `line` and `end_line` are 1-based file lines, both included.

    - heading: `level` 1-6, `text` its words as written (inline markup kept), `marker` `#` for an
      ATX heading, `=` or `-` for a setext one (`end_line` is then the underline's line);
    - paragraph, html: `text` the lines as written (html: the raw block);
    - list: `level` its nesting depth (1 for a list at the top), `marker` `-`, `*`, `+` for a
      bullet list, `.` or `)` for an ordered one, `children` its items;
    - item: `children` its blocks (paragraphs, nested lists...);
    - table: `children` its rows (the header row first); row: `cells` each cell as written;
    - code: `text` the code, `info` a fence's info string, `marker` the fence's characters
      (```` ``` ````, `~~~`) or "" for an indented block;
    - quote: `children` its blocks; thematic_break: nothing more.
    """
    kind: str
    line: int
    end_line: int
    level: int = 0
    text: str = ""
    children: tuple["Block", ...] = ()
    cells: tuple[str, ...] = ()
    marker: str = ""
    info: str = ""

    @property
    def rows(self) -> tuple[tuple[str, ...], ...]:
        """A table's rows as their cells (the header row first)."""
        return tuple(row.cells for row in self.children)

    def walk(self) -> Iterator["Block"]:
        """This block and every block inside it, in source order."""
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(frozen=True)
class Document:
    """The blocks of a text whose first line is file line `first_line`.

    Reading a note needs its outline (headings, code, HTML blocks, quotes, tables) far more often
    than every paragraph: `parse` walks cmark's whole tree but keeps records of those blocks only
    (see _walk), and `blocks`, the full tree, is read again from the text the first time it is
    asked for. The walk is the one loop over every node of every note, so this keeps it short."""
    text: str = field(repr=False)
    first_line: int
    outline: tuple[tuple, ...] = field(repr=False)  # records of the OUTLINE kinds

    @cached_property
    def records(self) -> tuple[tuple, ...]:
        """Records of every block, in source order."""
        return _records(self.text, self.first_line, full=True)

    @cached_property
    def blocks(self) -> tuple[Block, ...]:
        return _blocks(self.records, self.text.split("\n"), self.first_line)

    def walk(self) -> Iterator[Block]:
        """Every block, containers before what they contain, in source order."""
        for block in self.blocks:
            yield from block.walk()

    @cached_property
    def headings(self) -> tuple[Block, ...]:
        return tuple(Block("heading", line, end, level=level, text=text, marker=marker)
                     for kind, line, end, _, level, marker, text, _ in self.outline if kind == "heading")

    def lines_of(self, *kinds: str) -> set[int]:
        """The file lines inside blocks of these kinds."""
        records = self.outline if OUTLINE.issuperset(kinds) else self.records
        return {n for kind, line, end, *_ in records if kind in kinds for n in range(line, end + 1)}


# --- cmark-gfm through cffi ------------------------------------------------------------------

_DECLARATIONS = """
typedef struct cmark_node cmark_node;
typedef struct cmark_parser cmark_parser;
typedef struct cmark_syntax_extension cmark_syntax_extension;
cmark_parser *cmark_parser_new(int options);
void cmark_parser_free(cmark_parser *parser);
void cmark_parser_feed(cmark_parser *parser, const char *buffer, size_t len);
cmark_node *cmark_parser_finish(cmark_parser *parser);
int cmark_parser_attach_syntax_extension(cmark_parser *parser, cmark_syntax_extension *extension);
cmark_syntax_extension *cmark_find_syntax_extension(const char *name);
void cmark_gfm_core_extensions_ensure_registered(void);
void cmark_node_free(cmark_node *node);
cmark_node *cmark_node_first_child(cmark_node *node);
cmark_node *cmark_node_next(cmark_node *node);
int cmark_node_get_type(cmark_node *node);
const char *cmark_node_get_type_string(cmark_node *node);
int cmark_node_get_start_line(cmark_node *node);
int cmark_node_get_start_column(cmark_node *node);
int cmark_node_get_end_line(cmark_node *node);
int cmark_node_get_end_column(cmark_node *node);
int cmark_node_get_heading_level(cmark_node *node);
int cmark_node_get_list_type(cmark_node *node);
int cmark_node_get_list_delim(cmark_node *node);
const char *cmark_node_get_literal(cmark_node *node);
const char *cmark_node_get_fence_info(cmark_node *node);
"""
_INLINE = 0xC000  # cmark's type bits of an inline node (text, emphasis...): never walked into
_KIND_OF = {"heading": "heading", "paragraph": "paragraph", "list": "list", "item": "item", "table": "table",
            "table_header": "row", "table_row": "row", "code_block": "code", "html_block": "html",
            "block_quote": "quote", "thematic_break": "thematic_break"}
_ATX_CLOSING = re.compile(r"[ \t]+#+$")


def _atx_text(source: str) -> str:
    """An ATX heading's words: its line less the opening marks and any closing sequence."""
    words = source.lstrip("#").strip(" \t")
    if words[-1:] != "#":
        return words.strip()
    if not words.strip("#"):
        return ""  # `##` or `## ##`: an empty heading
    return _ATX_CLOSING.sub("", words).strip()


def _is_underline(line: str) -> bool:
    """A setext heading's underline: `===` or `---` (the first such line under a paragraph is its underline)."""
    mark = line.strip()
    return bool(mark) and (not mark.strip("=") or not mark.strip("-"))


@dataclass(frozen=True)
class _Cmark:
    """The C functions used here, looked up once (an attribute of a cffi library is looked up at each use)."""
    ffi: Any
    table: Any  # the table extension
    parser_new: Callable
    parser_free: Callable
    attach_extension: Callable
    feed: Callable
    finish: Callable
    node_free: Callable
    first_child: Callable
    next: Callable
    node_type: Callable
    type_string: Callable
    start_line: Callable
    start_column: Callable
    end_line: Callable
    end_column: Callable
    heading_level: Callable
    list_type: Callable
    list_delim: Callable
    literal: Callable
    fence_info: Callable


@lru_cache(maxsize=1)
def _cmark() -> _Cmark:
    """The C library cmarkgfm has loaded, opened once with cffi."""
    import cffi
    from cmarkgfm import cmark

    ffi = cffi.FFI()
    ffi.cdef(_DECLARATIONS)
    lib = ffi.dlopen(cmark._cmark.__file__)
    lib.cmark_gfm_core_extensions_ensure_registered()
    return _Cmark(
        ffi, lib.cmark_find_syntax_extension(b"table"), lib.cmark_parser_new, lib.cmark_parser_free,
        lib.cmark_parser_attach_syntax_extension, lib.cmark_parser_feed, lib.cmark_parser_finish, lib.cmark_node_free,
        lib.cmark_node_first_child, lib.cmark_node_next, lib.cmark_node_get_type, lib.cmark_node_get_type_string,
        lib.cmark_node_get_start_line, lib.cmark_node_get_start_column, lib.cmark_node_get_end_line,
        lib.cmark_node_get_end_column, lib.cmark_node_get_heading_level, lib.cmark_node_get_list_type,
        lib.cmark_node_get_list_delim, lib.cmark_node_get_literal, lib.cmark_node_get_fence_info)


_kinds: dict[int, str] = {}  # cmark node type -> its kind here; as many as cmark has node types
_TABLE_DELIMITER = re.compile(r"(?<!\\)\|")


def parse(text: str, first_line: int = 1, lines: list[str] | None = None) -> Document:
    """The blocks of a Markdown text whose first line is file line `first_line`.

    `lines`: `text.split("\\n")`, when the caller has it."""
    if "\r" in text:
        text, lines = text.replace("\r", " "), None  # cmark ends a line at a CR too; the rules' lines at LF only
    return Document(text, first_line, _records(text, first_line, full=False, lines=lines))


def _records(text: str, first_line: int, full: bool, lines: list[str] | None = None) -> tuple[tuple, ...]:
    """The records of the text's blocks (see _walk): of every block, or (not `full`) of the OUTLINE kinds."""
    c = _cmark()
    data = text.encode("utf-8", "replace")
    parser = c.parser_new(0)
    try:
        c.attach_extension(parser, c.table)
        c.feed(parser, data, len(data))
        root = c.finish(parser)
        try:
            out: list[tuple] = []
            _walk(c, c.first_child(root), first_line - 1, text.split("\n") if lines is None else lines, out, full)
            return tuple(_mend_tables(out, first_line - 1))
        finally:
            c.node_free(root)
    finally:
        c.parser_free(parser)


def _kind(c, node, code: int) -> str:
    """The kind of a node of cmark type `code` not seen before (remembered in _kinds)."""
    name = c.ffi.string(c.type_string(node)).decode()
    kind = _kinds[code] = "inline" if code & _INLINE == _INLINE else _KIND_OF.get(name, "other:" + name)
    return kind


def _walk(c, node, offset: int, lines: list[str], out: list[tuple], full: bool) -> None:
    """Appends a record of each block from `node` on (it, its next siblings and what they hold):
    (kind, line, end_line, column, level, marker, data, parent's record index), in source order.
    Not `full`: paragraphs, lists and items are walked through without a record (and a record's
    parent is the nearest recorded block around it); they are most of a note's blocks.

    This is the one loop over every node of every note: it calls cmark as few times as it can."""
    start_line, end_line, column, node_type, next_node = c.start_line, c.end_line, c.start_column, c.node_type, c.next
    first_child, kinds = c.first_child, _kinds
    parent, depth = -1, 0  # the record around `node`; the lists around it
    stack: list[tuple] = []  # (the node after a container, the parent and depth around it, its record or -1)
    # records of blocks that ended before `node` and may reach into its line: cmark sometimes ends a
    # block on the line that closed it (a fence left open in a list item ends on the line that ends
    # the item), so a block ends, at the latest, on the line before the next one starts
    ended: list[int] = []
    while True:
        while node:
            if ended:
                _end_before(out, ended, start_line(node) + offset, lines, offset)
            code = node_type(node)
            kind = kinds.get(code) or _kind(c, node, code)
            if kind == "paragraph" and not full:
                node = next_node(node)
                continue
            if (kind == "item" or kind == "list") and not full:
                stack.append((next_node(node), parent, depth, -1))
                node = first_child(node)
                continue
            line = start_line(node)
            end = end_line(node)
            if end > line:
                last = c.end_column(node)
                if last == 0:
                    end -= 1  # cmark may end a block at the start of the line after it
                while end > line and not lines[end - 1].strip(" \t"):
                    end -= 1  # nor are the blank lines after a list or an indented code block in it
            else:
                end = line
            here = len(out)
            inner = False  # whether the blocks inside this one are walked next
            if kind == "paragraph":
                out.append((kind, line + offset, end + offset, column(node), 0, "", None, parent))
            elif kind == "item":
                out.append((kind, line + offset, end + offset, 0, 0, "", None, parent))
                inner = True
            elif kind == "list":
                if c.list_type(node) == 2:
                    marker = ")" if c.list_delim(node) == 2 else "."
                else:
                    marker = lines[line - 1][column(node) - 1:].lstrip(" ")[:1]
                out.append((kind, line + offset, end + offset, 0, depth + 1, marker, None, parent))
                inner = True
            elif kind == "heading":
                if end == line:  # ATX: `## words ##`
                    raw = lines[line - 1]
                    source = raw.lstrip(" ")
                    if source[:1] != "#":  # after a container's marks (`> ## words`, `- ## words`)
                        source = raw[column(node) - 1:].lstrip(" ")
                    text, marker = _atx_text(source), "#"
                else:  # setext: the lines above the underline (cmark may end it on the line after)
                    end = next((n for n in range(line + 1, end + 1) if _is_underline(lines[n - 1])), end)
                    text = " ".join(lines[n - 1].strip() for n in range(line, end))
                    marker = lines[end - 1].strip()[:1]
                out.append((kind, line + offset, end + offset, 0, c.heading_level(node), marker, text, parent))
            elif kind == "html" or kind == "row":
                out.append((kind, line + offset, end + offset, column(node), 0, "", None, parent))
            elif kind == "code":
                opening = lines[line - 1][column(node) - 1:].lstrip(" ")
                fence = opening[:3] if opening[:3] in ("```", "~~~") else ""
                data = None  # the code and the fence's info string: for the full records only (the Blocks)
                if full:
                    data = (c.ffi.string(c.literal(node)).decode("utf-8", "replace"),
                            c.ffi.string(c.fence_info(node)).decode("utf-8", "replace") if fence else "")
                out.append((kind, line + offset, end + offset, 0, 0, fence, data, parent))
            elif kind == "thematic_break":
                out.append((kind, line + offset, end + offset, 0, 0, "", None, parent))
            elif kind != "inline":  # a quote, a table; a footnote definition or an extension's block, as a quote
                out.append((kind if kind == "table" else "quote", line + offset, end + offset, 0, 0, "", None, parent))
                inner = True
            if inner:
                stack.append((next_node(node), parent, depth, here))
                parent, depth = here, depth + (kind == "list")
                node = first_child(node)
            else:
                if end > line and kind != "inline":
                    ended.append(here)
                node = next_node(node)
        if not stack:
            return
        node, parent, depth, container = stack.pop()
        if container >= 0 and out[container][2] > out[container][1]:
            ended.append(container)


def _end_before(records: list[tuple], ended: list[int], start: int, lines: list[str], offset: int) -> None:
    """Ends the `ended` records before file line `start`, where the next block starts (see _walk)."""
    for i in ended:
        record = records[i]
        if record[2] >= start > record[1]:
            end = start - 1
            while end > record[1] and not lines[end - offset - 1].strip(" \t"):
                end -= 1
            records[i] = record[:2] + (end,) + record[3:]
    ended.clear()


def _mend_tables(records: list[tuple], offset: int) -> list[tuple]:
    """Records of tables with their true lines. A table may interrupt a paragraph: cmark-gfm then starts
    the table (and its header row) at the paragraph's first line, and leaves the paragraph's lines
    before the header unnumbered (0). The header row is the line before the delimiter row, which is
    the line before the first body row (or the table's last line, when it has no body)."""
    for i, (kind, line, end, column, level, marker, data, parent) in enumerate(records):
        if kind != "table":
            continue
        body = records[i + 2] if i + 2 < len(records) and records[i + 2][7] == i else None
        header = body[1] - 2 if body else end - 1
        if header <= line or i + 1 >= len(records):
            continue
        records[i] = (kind, header, end, column, level, marker, data, parent)
        records[i + 1] = records[i + 1][:1] + (header, header) + records[i + 1][3:]
        before = records[i - 1] if i else None
        if before and before[0] == "paragraph" and before[1] == offset:  # unnumbered: the lines above the header
            records[i - 1] = before[:1] + (line, header - 1) + before[3:]
    return records


def _row_cells(source: str, column: int) -> tuple[str, ...]:
    """A table row's cells as written: its line split at the pipes not escaped (as GFM splits it)."""
    row = source[max(column - 1, 0):].strip()
    if row.startswith("|"):
        row = row[1:]
    if row.endswith("|") and not row.endswith("\\|"):
        row = row[:-1]
    return tuple(cell.strip() for cell in _TABLE_DELIMITER.split(row))


def _blocks(records: tuple[tuple, ...], lines: list[str], first_line: int) -> tuple[Block, ...]:
    """The Blocks of a text's records (of every block), each with the blocks it holds."""
    offset = first_line - 1
    children: list[list[Block]] = [[] for _ in records]
    top: list[Block] = []
    for index in range(len(records) - 1, -1, -1):  # what a block holds comes after it: build from the end
        kind, line, end, column, level, marker, data, parent = records[index]
        inner = tuple(reversed(children[index]))
        if kind == "paragraph" or kind == "html":
            first = lines[line - offset - 1][max(column - 1, 0):]
            block = Block(kind, line, end, text="\n".join([first] + list(lines[line - offset:end - offset])))
        elif kind == "heading":
            block = Block(kind, line, end, level=level, text=data, marker=marker)
        elif kind == "code":
            block = Block(kind, line, end, text=data[0], marker=marker, info=data[1])
        elif kind == "row":
            block = Block(kind, line, end, cells=_row_cells(lines[line - offset - 1], column))
        elif kind == "table":
            width = len(inner[0].cells) if inner else 0
            inner = tuple(Block("row", r.line, r.end_line, cells=(r.cells + ("",) * width)[:width]) for r in inner)
            block = Block(kind, line, end, children=inner)
        else:
            block = Block(kind, line, end, level=level, marker=marker, children=inner)
        (children[parent] if parent >= 0 else top).append(block)
    return tuple(reversed(top))
