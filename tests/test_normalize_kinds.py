"""kinds.py: talk kinds from labels and words around a title."""
from __future__ import annotations

import pytest

from generator.normalize import kinds


@pytest.mark.parametrize("title, kind, clean", [
    ("LT: Shell one-liners", "lightning", "Shell one-liners"),
    ("【LT】 型パズル入門", "lightning", "型パズル入門"),
    ("LT3: 俺の dotfiles", "lightning", "俺の dotfiles"),
    ("Lightning talk: Regex crimes", "lightning", "Regex crimes"),
    ("Keynote: The next ten years", "keynote", "The next ten years"),
    ("基調講演: クラウドの今", "keynote", "クラウドの今"),
    ("Workshop: Build a CLI in an hour", "discussion", "Build a CLI in an hour"),
    ("ハンズオン：はじめての Terraform", "discussion", "はじめての Terraform"),
    ("Panel: Hiring juniors", "panel", "Hiring juniors"),
    ("パネルディスカッション：採用の未来", "panel", "採用の未来"),
    ("A normal talk", "talk", "A normal talk"),
])
def test_classify_reads_and_strips_kind_labels(title, kind, clean):
    assert kinds.classify(title) == (kind, clean)


@pytest.mark.parametrize("title", ["■ 画像認識の話", "● 画像認識の話", "◆◆ 画像認識の話"])
def test_classify_strips_plain_text_markers(title):
    assert kinds.classify(title) == ("talk", "画像認識の話")


def test_classify_marker_then_kind_label():
    assert kinds.classify("● ワークショップ：紙で作るプロトタイプ") == ("discussion", "紙で作るプロトタイプ")


def test_kind_words_without_a_label_keep_the_title():
    assert kinds.classify("Why our panel interviews failed") == ("panel", "Why our panel interviews failed")
    assert kinds.classify("LTLT is not a word") == ("talk", "LTLT is not a word")


@pytest.mark.parametrize("value, expected", [
    ("LT", "lightning"), ("Keynote", "keynote"), ("workshop", "discussion"), ("基調講演", "keynote"),
    ("session", "talk"), ("banana", None),
])
def test_normalize_kind(value, expected):
    assert kinds.normalize_kind(value) == expected


def test_the_talks_of_a_lightning_talk_night_are_lightning_talks():
    from note_text import talks_of
    night = "---\ntitle: 'Meeting: Nov 18 - Lightning Talks 7'\ndate: 2014-11-18\n---\n\n## Line-up\n\n" \
            "- Robots on a Breadboard by [Mia Okafor](https://twitter.com/mia_o)\n- Synth Patches in JS by [David Reyes](https://twitter.com/dr)\n"
    assert [kind for _, _, kind in talks_of(night)] == ["lightning", "lightning"]
    mixed = night.replace("- Synth Patches in JS", "- Keynote: Synth Patches in JS")  # a note that tells kinds apart keeps them
    assert [kind for _, _, kind in talks_of(mixed)] == ["talk", "keynote"]


@pytest.mark.parametrize("written, title", [("LT.1：型の話", "型の話"), ("LT #2: Go tips", "Go tips"), ("LT3 Rust", "Rust"),
                                            ("LT枠1 「私の遍歴」", "「私の遍歴」")])
def test_a_numbered_lt_label_leaves_the_title(written, title):
    from generator.normalize.kinds import classify
    assert classify(written) == ("lightning", title)


def test_a_keynote_label_then_the_speaker_and_a_comma_then_the_title():
    from note_text import event_of
    ev = event_of("""
        # Bang Conf 2014

        ## Programme

        | Time | Event |
        |---|---|
        | 10:30 | Keynote talk: Mia Bernard, The Art of Focus |
        | 11:30 | Lightning talk: Rust on a Watch |
        """)
    assert [(t.title, [s.name for s in t.speakers], t.kind) for t in ev.talks] == [
        ("The Art of Focus", ["Mia Bernard"], "keynote"), ("Rust on a Watch", [], "lightning")]
