"""The fitted judge of headings with nothing of a talk about them (generator/normalize/heading_judge.py).
Every note here is our own text, in the shapes of real recaps."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from generator.normalize import heading_judge
from note_text import event_of

ROOT = Path(__file__).resolve().parents[1]


def test_the_weights_match_the_traits():
    assert len(heading_judge.WEIGHTS) == len(heading_judge.FEATURES)
    assert heading_judge.FEATURES[0] == "bias"


def test_a_recaps_own_sections_written_as_we_did_x_leave_the_talks():
    event = event_of("""
        ---
        title: Harbour DevRel Summit 2024 recap
        date: 2024-06-20
        ---
        Last week our team went to Harbour DevRel Summit. Here is how it went.

        ## We Delivered Content
        Our booth had three short demos every hour and a quiz for visitors, and we handed out a lot of stickers.

        ## We Enjoyed the Food and Drink
        The catering was excellent; the coffee cart never had a queue longer than five people.

        ## We Networked
        We met people from many local user groups and swapped plans for next year.

        ## We Played Bingo!
        The organisers ran a bingo with prizes; one of us won a mechanical keyboard.

        ## We Will Be Back
        See you at the next one.
        """)
    assert "We Played Bingo!" not in [t.title for t in event.talks]
    assert "one of us won a mechanical keyboard" in event.body  # (the section goes to the event: nothing lost)


def test_a_notes_talk_headings_with_notes_of_their_own_stay():
    event = event_of("""
        ---
        title: 港Kotlin勉強会 #12 メモ
        date: 2024-06-20
        ---
        ## Coroutines の例外処理を整理する
        launch と async で例外の伝わり方が違う。SupervisorJob の使いどころ。

        ## Compose Multiplatform を業務に入れた半年
        iOS 側のビルド時間が課題。共通化できた画面は七割ほど。

        ## Gradle Version Catalog 移行の手順
        libs.versions.toml にまとめる。renovate との相性が良い。

        ## KSP でボイラープレートを減らす
        アノテーションから Mapper を生成。ビルドキャッシュに注意。
        """)
    assert [t.title for t in event.talks] == ["Coroutines の例外処理を整理する", "Compose Multiplatform を業務に入れた半年",
                                              "Gradle Version Catalog 移行の手順", "KSP でボイラープレートを減らす"]


def test_notes_that_tell_of_a_talk_are_never_weighed():
    event = event_of("""
        ---
        title: Harbour Data Night
        date: 2024-06-20
        ---
        ## We Played Bingo!
        Ada Byrne showed how she scores bingo cards with a tiny rules engine.

        ## Thanks
        Thanks to everyone.

        ## Photos
        Some photos from the night.
        """)
    assert "We Played Bingo!" in [t.title for t in event.talks]


@pytest.mark.skipif(importlib.util.find_spec("numpy") is None,
                    reason="the fitting script needs numpy, which talkarchive itself never imports")
def test_the_fitting_script_runs_on_labelled_folders():
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "fit_heading_judge.py"),
                          str(ROOT / "tests" / "fixtures" / "notes"), str(ROOT / "tests" / "fixtures" / "holdout"),
                          str(ROOT.parent / "shared" / "seeds")],
                         capture_output=True, text=True, timeout=300, cwd=ROOT)
    if "no candidate headings" in out.stderr:
        pytest.skip("no fixture note has a heading the judge weighs")
    assert out.returncode == 0, out.stderr
    assert "WEIGHTS = (" in out.stdout
    weights = out.stdout.split("WEIGHTS = (")[1].split(")")[0].split(",")
    assert len(weights) == len(heading_judge.FEATURES)
