"""Bad and hostile notes: a clear message naming the file, the rest of the site built, never a hang."""
from __future__ import annotations

import os
import threading

import pytest

from generator.engine.build import normalize_file
from generator.read.sources import MAX_NOTE_BYTES

GOOD = "---\ntitle: Good Night\nevent_date: 2021-05-01\n---\n\n## A talk\n\nAdaさん\n"


def finishes(fn, seconds: float = 30.0):
    """Run fn in a thread; fail (instead of hanging the suite) if it takes longer than `seconds`."""
    box: dict = {}
    thread = threading.Thread(target=lambda: box.setdefault("value", fn()), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still running after {seconds} s"
    return box.get("value")


def test_impossible_front_matter_date_names_file_and_line(make_site):
    site = make_site({"content/good.md": GOOD,
                      "content/bad.md": "---\ntitle: Bad\nevent_date: 2019-02-30\n---\n\n## T\n\nBenさん\n"})
    result = site.build()
    [error] = [d for d in result.diagnostics if d.level == "error"]
    assert (error.path, error.line) == ("bad.md", 3)
    assert "invalid date in front matter" in error.message and "YYYY-MM-DD" in error.message
    assert (site.out / "events/good-night/index.html").is_file()


def test_oversized_note_is_refused_before_it_is_read(make_site):
    site = make_site({"content/good.md": GOOD})
    big = site.root / "content/dump.md"
    with open(big, "wb") as f:
        f.truncate(MAX_NOTE_BYTES + 1)
    result = site.build()
    [error] = [d for d in result.diagnostics if d.level == "error"]
    assert error.path == "dump.md" and "MB" in error.message and "split it" in error.message
    assert (site.out / "events/good-night/index.html").is_file()


def test_a_link_to_a_file_outside_the_content_folder_is_not_read(make_site, tmp_path):
    secret = tmp_path / "secret.md"
    secret.write_text("---\ntitle: SECRET OUTSIDE\n---\n\n## secret talk\n\nsecret body\n", encoding="utf-8")
    site = make_site({"content/good.md": GOOD})
    os.symlink(secret, site.root / "content/link.md")
    result = site.build()
    [error] = [d for d in result.diagnostics if d.level == "error"]
    assert error.path == "link.md" and "outside the content folder" in error.message
    for page in site.out.rglob("*.html"):
        assert "SECRET OUTSIDE" not in page.read_text(encoding="utf-8")


def test_an_image_name_too_long_for_the_file_system_is_reported(make_site):
    """Looking it up fails with ENAMETOOLONG, inside the sanitizer's callback: a warning, not a silent loss."""
    name = "x" * 300 + ".png"
    site = make_site({"content/good.md": GOOD + f"\n![stage]({name})\n"})
    result = site.build()
    [warning] = [d for d in result.diagnostics if d.level == "warning"]
    assert warning.path == "good.md" and name in warning.message and "left out" in warning.message
    page = (site.out / "events/good-night/a-talk/index.html").read_text(encoding="utf-8")
    assert name not in page


def test_yaml_alias_bomb_does_not_explode(tmp_path):
    levels = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for prev, name in zip("abcdefgh", "bcdefghi"):
        levels.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    note = tmp_path / "bomb.md"
    note.write_text("---\n" + "\n".join(levels) + "\ntitle: *i\ntags: *i\n---\n\n## talk\n\nx\n", encoding="utf-8")
    result = finishes(lambda: normalize_file(note, "bomb.md"))
    event = getattr(result, "event", None)
    assert event is None or (len(event.title) < 200 and len(event.tags) < 100)


@pytest.mark.parametrize("body", [
    "".join("  " * i + "- item\n" for i in range(1000)),  # a list nested 1,000 deep
    "".join("> " * i + "quote\n" for i in range(1, 400)),  # block quotes nested deep
    "".join(f"## Heading {i}\n\nAさん\n\ntext\n\n" for i in range(20000)),  # 20,000 headings
    "a" * 200_000 + "\n",  # one very long line
    ("[" * 5000) + ("]" * 5000) + "\n",
    "<a href='//x' " * 5000 + "\n",  # HTML links never closed: the inline-link reading stays linear
    "".join(f"- [Talk {i}](https://youtu.be/{i}) by Jane Doe {i}\n" for i in range(3000)),  # 3,000 linked recordings
])
def test_pathological_shapes_finish(tmp_path, body):
    note = tmp_path / "odd.md"
    note.write_text("---\ntitle: Odd\n---\n\n" + body, encoding="utf-8")
    result = finishes(lambda: normalize_file(note, "odd.md"))
    assert result is not None
