"""document.py: a note's Markdown body as blocks with their file lines, read from cmark-gfm's tree;
and structure.py reading its headings and code from that model."""
from __future__ import annotations

import random
import textwrap

from generator.normalize import document, structure
from generator.read.sources import read_note


def blocks(text: str, first_line: int = 1) -> list[tuple]:
    """(kind, line, end_line) of every block, in source order."""
    return [(b.kind, b.line, b.end_line) for b in document.parse(textwrap.dedent(text), first_line).walk()]


def headings(text: str, first_line: int = 1) -> list[tuple]:
    return [(b.level, b.text, b.marker, b.line, b.end_line)
            for b in document.parse(textwrap.dedent(text), first_line).headings]


def test_atx_and_setext_headings_alike():
    text = """\
        Autumn Gathering
        ================

        ## Talks ##

        Tea and *cake*
        --------------

        ###### Small print
        #hashtag is not a heading
        """
    assert headings(text) == [
        (1, "Autumn Gathering", "=", 1, 2),
        (2, "Talks", "#", 4, 4),
        (2, "Tea and *cake*", "-", 6, 7),  # the words as written, inline marks kept
        (6, "Small print", "#", 9, 9),
    ]


def test_a_setext_heading_of_two_lines_keeps_both():
    assert headings("first half\nsecond half\n---\n") == [(2, "first half second half", "-", 1, 3)]


def test_headings_in_code_and_html_blocks_are_not_headings():
    text = """\
        # Real one

        ```sh
        # a shell comment
        ```

            # indented code

        <details>
        # inside an HTML block
        </details>

        ````md
        ```
        # still code: three backticks never close four
        ```
        ````
        """
    doc = document.parse(textwrap.dedent(text))
    assert [h.text for h in doc.headings] == ["Real one"]
    code = [b for b in doc.walk() if b.kind == "code"]
    assert [(b.line, b.end_line, b.marker, b.info) for b in code] == [(3, 5, "```", "sh"), (7, 7, "", ""),
                                                                     (13, 17, "```", "md")]
    assert code[0].text == "# a shell comment\n"
    assert [(b.kind, b.line, b.end_line) for b in doc.walk() if b.kind == "html"] == [("html", 9, 11)]


def test_a_table_without_outer_pipes():
    text = """\
        Time | Talk | Speaker
        -----|------|--------
        19:00 | Opening | Mika Sato
        19:10 | Knots \\| Nets | Ole Berg
        """
    doc = document.parse(textwrap.dedent(text))
    (table,) = doc.blocks
    assert (table.kind, table.line, table.end_line) == ("table", 1, 4)
    assert table.rows == (("Time", "Talk", "Speaker"), ("19:00", "Opening", "Mika Sato"),
                          ("19:10", "Knots \\| Nets", "Ole Berg"))
    assert [row.line for row in table.children] == [1, 3, 4]


def test_nested_lists_with_their_lines():
    text = """\
        - Morning
          - Keynote
          - Coffee

        1. first
        2. second
           * deep
        """
    doc = document.parse(textwrap.dedent(text), 10)
    outer, numbered = doc.blocks
    assert (outer.kind, outer.line, outer.end_line, outer.level, outer.marker) == ("list", 10, 12, 1, "-")
    (morning,) = outer.children
    assert (morning.kind, morning.line, morning.end_line) == ("item", 10, 12)
    paragraph, inner = morning.children
    assert (paragraph.kind, paragraph.text) == ("paragraph", "Morning")
    assert (inner.kind, inner.level) == ("list", 2)
    assert [(i.line, i.children[0].text) for i in inner.children] == [(11, "Keynote"), (12, "Coffee")]
    assert (numbered.marker, [i.line for i in numbered.children]) == (".", [14, 15])
    deep = numbered.children[1].children[1]
    assert (deep.kind, deep.level, deep.marker, deep.line) == ("list", 2, "*", 16)


def test_headings_inside_lists_and_quotes_keep_their_words():
    assert headings("- ## In an item\n\n> ### Quoted ###\n") == [(2, "In an item", "#", 1, 1), (3, "Quoted", "#", 3, 3)]


def test_lines_are_file_lines_after_the_front_matter(tmp_path):
    path = tmp_path / "night.md"
    path.write_text("---\ntitle: Night of Small Talks\ndate: 2024-05-01\n---\n\nIntro line.\n\n## Lamps\n\n"
                    "```\n## not a talk\n```\n\n## Ropes\n", encoding="utf-8")
    note = read_note(path)
    doc = document.parse(note.body, note.body_line)
    file_lines = path.read_text(encoding="utf-8").split("\n")
    assert [(h.line, file_lines[h.line - 1]) for h in doc.headings] == [(8, "## Lamps"), (14, "## Ropes")]
    assert doc.lines_of("code") == {10, 11, 12}


def test_sections_come_from_the_model():
    lines = textwrap.dedent("""\
        Opening words.

        ## Lamps

        ````
        ```
        ## in code, though three backticks stood alone above
        ```
        ````

        <div>
        ## in an HTML block
        </div>

        > ## a quoted page's heading

        ## Ropes
        """).split("\n")
    sections = structure.markdown_sections(lines, 5)
    assert [(s.level, s.title, s.line) for s in sections] == [(0, "", 5), (2, "Lamps", 7), (2, "Ropes", 21)]
    assert structure.has_markdown_headings(lines)


def test_a_key_value_paragraph_over_a_rule_is_not_a_heading():
    # a front matter's closing `---` with no opening one: cmark reads a setext heading of two lines
    lines = ["title: Lamps", "date: 2024-05-01", "---", "", "Some text."]
    assert not structure.has_markdown_headings(lines)
    assert structure.markdown_sections(["Lamps", "=====", "", "text"], 1)[1].title == "Lamps"


def test_hatena_headings_outside_code_and_html():
    lines = ["*見出しひとつ", "", "```", "*コードの中", "```", "", "<div>", "*HTMLの中", "</div>", "", "*見出しふたつ"]
    assert [s.title for s in structure.markdown_sections(lines, 1) if s.level] == ["見出しひとつ", "見出しふたつ"]


def test_code_lines_are_code_blocks_and_hatena_pre_blocks():
    lines = ["text", "", "    indented", "", "> ```", "> quoted", "> ```", "", "```", "fenced", "```",
             ">|perl|", "my $x;", "||<"]
    assert structure.code_lines(lines) == {2, 8, 9, 10, 11, 12, 13}


PIECES = ["", " ", "text", "本文です。", "```", "```python", "  ```", "    ```", "~~~", "    code", "\tcode", ">|python|",
          "||<", "# Title", "## Talk ##", "#", "### ", "  ## indented", "Title", "===", "---", "- item", "  - nested",
          "1. one", "> quote", "> ## quoted", "| a | b |", "|---|---|", "a | b", "--|--", "<div>", "</div>", "*見出し",
          "***", "* * *", "\u3000", "[x]: https://x.org", "[^1]: note"]


def test_random_texts_read_into_consistent_blocks():
    rng = random.Random(16)
    for _ in range(1500):
        lines = [rng.choice(PIECES) + (rng.choice(PIECES) if rng.random() < 0.3 else "") for _ in range(rng.randint(0, 30))]
        text = "\n".join(lines)
        doc = document.parse(text, 7)
        every = list(doc.walk())
        for block in every:
            assert 7 <= block.line <= block.end_line <= 6 + max(len(lines), 1), (text, block)
            assert block.kind in document.KINDS
        # the outline the rules read is the full tree's outline kinds
        assert [(r[0], r[1], r[2]) for r in doc.outline] == [
            (b.kind, b.line, b.end_line) for b in every if b.kind in document.OUTLINE]
        for heading in doc.headings:
            assert heading.line not in doc.lines_of("code", "html")


def test_plain_text_headings_are_never_found_in_code_or_tables():
    lines = textwrap.dedent("""\
        Notes from the evening

        We met at the old library.

        ```

        Lamps

        print("hello")
        ```

        Ropes and Knots

        Mika Sato showed us a dozen knots.

        Time | Talk
        -----|-----
        19:00 | Opening

        Closing Words

        Ole Berg thanked the hosts.
        """).split("\n")
    assert not structure.has_markdown_headings(lines)
    heads = [(s.title, s.line) for s in structure.plain_sections(lines, 3, skip_title=True) if s.level]
    assert heads == [("Ropes and Knots", 14), ("Closing Words", 22)]


def test_a_setext_heading_right_above_its_text():
    lines = ["Venue", "-----", "[Canal Hall](https://canal.example/)", "", "Talks", "=====", "- Knots by Mika Sato"]
    assert headings("\n".join(lines)) == [(2, "Venue", "-", 1, 2), (1, "Talks", "=", 5, 6)]
    sections = structure.markdown_sections(lines, 1)
    # the underline is the heading's, not its section's: a blank line, so the lines keep their count
    assert [(s.title, s.line, s.lines) for s in sections if s.level] == [
        ("Venue", 1, ("", "[Canal Hall](https://canal.example/)", "")), ("Talks", 5, ("", "- Knots by Mika Sato"))]


def test_a_table_right_under_a_paragraph_keeps_the_paragraph_lines():
    text = "Our programme, in short:\nand in a table.\nTime | Talk\n-----|-----\n19:00 | Knots\n"
    assert blocks(text, 4) == [("paragraph", 4, 5), ("table", 6, 8), ("row", 6, 6), ("row", 8, 8)]
    doc = document.parse(text, 4)
    assert doc.blocks[0].text == "Our programme, in short:\nand in a table."
    assert doc.blocks[1].rows == (("Time", "Talk"), ("19:00", "Knots"))


def test_a_fence_left_open_in_a_list_item_ends_with_the_item():
    text = "- Setup\n  ```\n  make lamps\n## Knots\n\n    indented code\n\n\nlast words\n"
    assert blocks(text) == [("list", 1, 3), ("item", 1, 3), ("paragraph", 1, 1), ("code", 2, 3),
                            ("heading", 4, 4), ("code", 6, 6), ("paragraph", 9, 9)]
    assert headings(text) == [(2, "Knots", "#", 4, 4)]
