"""Read stage: decoding, line ends, front matter, body lines, errors with file:line, note discovery."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.core.errors import ContentError
from generator.read.sources import decode, iter_note_files, parse_note, read_note, split_front_matter

JA_NOTE = ("---\ntitle: 博多の勉強会メモ\ndate: 2020-02-15\n---\n\n## 非同期処理入門\n\n"
           "登壇者: 山本花子さん\n\n- 並行と並列の違いを丁寧に説明していた\n- 次回も参加したい\n")


# --- decoding -----------------------------------------------------------------------------------

def test_utf8():
    note = parse_note(JA_NOTE.encode("utf-8"), "a.md")
    assert note.encoding == "utf-8"
    assert note.text == JA_NOTE
    assert note.front_matter["title"] == "博多の勉強会メモ"


def test_utf8_bom_is_stripped_and_front_matter_still_found():
    note = parse_note(b"\xef\xbb\xbf" + JA_NOTE.encode("utf-8"), "a.md")
    assert not note.text.startswith("\ufeff")
    assert note.front_matter == {"title": "博多の勉強会メモ", "date": dt.date(2020, 2, 15)}
    assert note.body_line == 5


@pytest.mark.parametrize("codec", ["shift_jis", "cp932", "euc_jp"])
def test_legacy_japanese_encodings(codec):
    note = parse_note(JA_NOTE.encode(codec), "legacy.txt")
    assert note.text == JA_NOTE
    assert note.front_matter["title"] == "博多の勉強会メモ"
    assert "山本花子" in note.body


def test_cp932_only_characters():
    text = "①髙﨑さんの発表でした\n"
    decoded, encoding = decode(text.encode("cp932"), "x.txt")
    assert decoded == text
    assert encoding.replace("_", "").lower() in ("cp932", "shiftjis", "mskanji", "windows31j")


def test_cp932_note_with_half_width_katakana():
    text = ("ｾﾐﾅｰ参加メモ\n\n日時: 2019年4月20日\n会場: 天神のｺﾜｰｷﾝｸﾞｽﾍﾟｰｽ\n\n"
            "■ ｾｯｼｮﾝ1 ﾃｽﾄ自動化の話\n登壇者: 髙﨑さん\n・CIの待ち時間を半分にした\n")
    decoded, _ = decode(text.encode("cp932"), "x.txt")
    assert decoded == text


def test_short_cp932_line_with_half_width_katakana():
    text = "①髙﨑さんの発表 ｶﾀｶﾅも混ざる\n"
    decoded, _ = decode(text.encode("cp932"), "x.txt")
    assert decoded == text


def test_short_shift_jis_and_euc_jp_lines():
    for codec in ("shift_jis", "euc_jp"):
        decoded, _ = decode("懇親会も楽しかった\n".encode(codec), "x.txt")
        assert decoded == "懇親会も楽しかった\n", codec


@pytest.mark.parametrize("raw, expected", [
    (b"one\r\ntwo\r\nthree\r\n", "one\ntwo\nthree\n"),
    (b"one\rtwo\rthree\r", "one\ntwo\nthree\n"),
    (b"one\r\ntwo\rthree\n", "one\ntwo\nthree\n"),
])
def test_line_ends_normalised(raw, expected):
    text, _ = decode(raw, "x.md")
    assert text == expected


def test_crlf_front_matter_and_body_line():
    raw = "---\r\ntitle: CRLF Night\r\n---\r\n\r\n## Talk\r\n".encode("utf-8")
    note = parse_note(raw, "crlf.md")
    assert note.front_matter == {"title": "CRLF Night"}
    assert "\r" not in note.text and "\r" not in note.body
    assert note.body_line == 4
    assert note.body.split("\n")[1] == "## Talk"


def test_binary_file_is_a_content_error():
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)
    with pytest.raises(ContentError) as info:
        parse_note(data, "images/photo.md")
    assert info.value.path == "images/photo.md"
    assert "binary" in str(info.value)


def test_read_note_of_missing_file_names_it(tmp_path):
    with pytest.raises(ContentError) as info:
        read_note(tmp_path / "gone.md", display="gone.md")
    assert info.value.path == "gone.md"


# --- front matter ---------------------------------------------------------------------------------

def test_yaml_front_matter_and_body_line():
    text = "---\ntitle: YAML Night\ntags: [a, b]\n---\nFirst body line\nsecond\n"
    fm, body, line = split_front_matter(text, "y.md")
    assert fm == {"title": "YAML Night", "tags": ["a", "b"]}
    assert body == "First body line\nsecond\n"
    assert line == 5
    assert text.split("\n")[line - 1] == "First body line"


def test_toml_front_matter_and_body_line():
    text = '+++\ntitle = "TOML Night"\ndate = 2021-07-01\ntags = ["x"]\n+++\n\nbody here\n'
    fm, body, line = split_front_matter(text, "t.md")
    assert fm == {"title": "TOML Night", "date": dt.date(2021, 7, 1), "tags": ["x"]}
    assert line == 6
    assert text.split("\n")[line - 1 + 1] == "body here"
    assert body == "\nbody here\n"


def test_no_front_matter():
    text = "# Just a heading\n\ntext\n"
    assert split_front_matter(text, "n.md") == ({}, text, 1)


def test_empty_front_matter():
    fm, body, line = split_front_matter("---\n---\nbody\n", "e.md")
    assert (fm, body, line) == ({}, "body\n", 3)


def test_body_line_through_parse_note_counts_file_lines():
    raw = "---\na: 1\nb: 2\nc: 3\n---\nX\n".encode("utf-8")
    note = parse_note(raw, "n.md")
    assert note.body_line == 6
    assert note.text.split("\n")[note.body_line - 1] == "X"


@pytest.mark.parametrize("fence", ["---", "+++"])
def test_unclosed_front_matter(fence):
    text = f"{fence}\ntitle: never closed\n\n## A talk\n\nnotes\n"
    with pytest.raises(ContentError) as info:
        split_front_matter(text, "open.md")
    err = info.value
    assert err.path == "open.md" and err.line == 1
    assert str(err).startswith("open.md:1: ")
    assert "never closed" in str(err)


def test_malformed_yaml_names_file_and_line():
    text = "---\ntitle: ok\ndate: 2020-01-01\nvenue: Hall: B\n---\nbody\n"
    with pytest.raises(ContentError) as info:
        split_front_matter(text, "notes/bad.md")
    assert info.value.path == "notes/bad.md"
    assert info.value.line == 4  # the line with the second ':' in the file
    assert str(info.value).startswith("notes/bad.md:4: invalid YAML front matter")


def test_malformed_yaml_unclosed_list_line():
    text = "---\ntitle: ok\ntags: [a, b\nvenue: somewhere\n---\nbody\n"
    with pytest.raises(ContentError) as info:
        split_front_matter(text, "bad.md")
    assert info.value.line in (3, 4)


def test_front_matter_must_be_a_mapping():
    with pytest.raises(ContentError) as info:
        split_front_matter("---\n- a\n- b\n---\nbody\n", "list.md")
    assert info.value.path == "list.md" and info.value.line == 2


def test_malformed_toml_is_a_content_error():
    text = '+++\ntitle = "ok"\ndate = 2020-01-01\nvenue = \n+++\nbody\n'
    with pytest.raises(ContentError) as info:
        split_front_matter(text, "bad.toml.md")
    assert info.value.path == "bad.toml.md"
    assert "invalid TOML front matter" in str(info.value)


def test_malformed_toml_names_the_line():
    text = '+++\ntitle = "ok"\ntags = [1,\nvenue = "x"\n+++\nbody\n'
    with pytest.raises(ContentError) as info:
        split_front_matter(text, "bad.md")
    # tomllib reports the problem at line 3 of the front matter, i.e. line 4 of the file
    assert info.value.line == 4


# --- discovering notes ------------------------------------------------------------------------------

def test_iter_note_files_skips_hidden_backups_and_other_kinds(tmp_path):
    content = tmp_path / "content"
    keep = ["a.md", "b.markdown", "c.txt", "d.text", "E.MD", "2019/fukuoka.md", "2019/deep/x.md"]
    skip = [".hidden.md", ".git/config.md", ".obsidian/n.md", "note.md~", "#note.md#", "note.md.bak",
            "note.md.swp", ".note.md.swp", "photo.png", "data.json", "README"]
    for rel in keep + skip:
        p = content / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("x\n", encoding="utf-8")
    found = list(iter_note_files(content))
    rels = [rel for _, rel in found]
    assert sorted(rels) == sorted(keep)
    for full, rel in found:
        assert full == content / rel
    assert list(iter_note_files(content)) == found  # stable order


def test_iter_note_files_order_is_sorted_within_folders(tmp_path):
    content = tmp_path / "content"
    for name in ("c.md", "a.md", "b.md"):
        (content / name).parent.mkdir(parents=True, exist_ok=True)
        (content / name).write_text("x", encoding="utf-8")
    assert [rel for _, rel in iter_note_files(content)] == ["a.md", "b.md", "c.md"]


def test_jekyll_posts_are_read_and_drafts_skipped(tmp_path):
    content = tmp_path / "content"
    for rel in ("_posts/2020-01-01-a.md", "_drafts/b.md"):
        (content / rel).parent.mkdir(parents=True, exist_ok=True)
        (content / rel).write_text("# x\n", encoding="utf-8")
    assert [rel for _, rel in iter_note_files(content)] == ["_posts/2020-01-01-a.md"]


@pytest.mark.parametrize("value", ["&#x1f195; Harbor Meetup", "*Draft* notes on Rust", "@alice on queues"])
def test_a_flat_value_starting_with_a_yaml_indicator_reads_as_the_text_shown(value):
    note = parse_note(f"---\ntitle: {value}\ntags: [a, b]\n---\n\nbody\n".encode(), "n.md")
    assert note.front_matter["title"] == value and note.front_matter["tags"] == ["a", "b"]


def test_other_broken_yaml_is_still_an_error_with_its_line():
    with pytest.raises(ContentError) as caught:
        parse_note(b'---\ntitle: "unclosed\ndate: 2020-01-01\n---\n\nbody\n', "n.md")
    assert "invalid YAML front matter" in str(caught.value)


def test_a_blank_line_before_a_toml_fence_still_opens_the_front_matter():
    # a Hugo export that starts with an empty line: the `+++` fence is on line 2
    text = '\n+++\ntitle = "Meetup #2に行った&LTした"\ntags = ["lt", "report"]\n+++\n本文\n'
    front, body, body_line = split_front_matter(text, "a.md")
    assert front == {"title": "Meetup #2に行った&LTした", "tags": ["lt", "report"]}
    assert body == "本文\n" and body_line == 6


def test_a_blank_line_before_dashes_is_not_front_matter():
    # `---` after a blank line is a Markdown rule as well: only the TOML fence is taken after blank lines
    text = "\n---\ntitle: x\n---\nbody\n"
    front, body, _ = split_front_matter(text, "a.md")
    assert front == {} and body == text


def test_an_elixir_map_front_matter_reads_as_its_pairs():
    text = ('---\n%{\n  title: "ElixirConf, Porto",\n  description: "A report",\n'
            '  created_at: "2023-04-27T15:29:44Z"\n}\n---\nFinally!\n')
    front, body, body_line = split_front_matter(text, "a.md")
    assert front["title"] == "ElixirConf, Porto" and front["description"] == "A report"
    assert body == "Finally!\n" and body_line == 8


def test_a_broken_elixir_map_is_an_error_with_its_line():
    with pytest.raises(ContentError) as info:
        split_front_matter('---\n%{\n  title: "Open,\n  x: [\n}\n---\nbody\n', "a.md")
    assert info.value.line is not None and "invalid YAML front matter" in str(info.value)


def test_hugos_json_front_matter_opening_the_file():
    text = '{\n  "title": "Harbour JS 3",\n  "date": "2019-01-02",\n  "tags": ["js"]\n}\n\n## Talk one\n'
    front, body, line = split_front_matter(text, "a.md")
    assert front == {"title": "Harbour JS 3", "date": "2019-01-02", "tags": ["js"]}
    assert body == "\n## Talk one\n" and line == 6


def test_a_note_opening_with_a_brace_that_is_not_json_is_text():
    text = "{ not json }\nbody\n"
    assert split_front_matter(text, "a.md") == ({}, text, 1)


def test_org_keywords_are_the_front_matter():
    text = "#+TITLE: Harbour JS 4\n#+DATE: <2019-02-03 Sun>\n#+FILETAGS: :js:meetup:\n\n* Talk one\n"
    front, body, line = split_front_matter(text, "a.org")
    assert front == {"title": "Harbour JS 4", "date": "2019-02-03", "tags": ["js", "meetup"]}
    assert body == "\n* Talk one\n" and line == 4
