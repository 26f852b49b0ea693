"""Property: any text or bytes, read and normalized, gives an Event or a ContentError."""
from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.core.errors import ContentError
from generator.core.model import Event
from generator.normalize import normalize
from generator.read.sources import parse_note

# fragments real notes are made of, so generated text reaches the deeper rules
FRAGMENTS = st.sampled_from([
    "---\n", "title: ", "Title: Meetup #3 に行ってきた", "date: 2020-02-30\n", "+++\n", "# ", "## ", "### ", "\n", "\n\n",
    "| 時間 | タイトル | 登壇者 |\n", "|---|---|---|\n", "| 19:00 | Talk | 森さん |\n", "19:00-19:30 Talk (Ana Silva)\n",
    "1. Title - Ana Silva\n", "- 「題」 by 森さん\n", "■ ", "【LT】", "（森さん）", "Speaker: ", "登壇者：", "LT大会", "Talks",
    "タイムテーブル", "会場は", "です。", "Hosted at ", "https://x.connpass.com/event/1/", "[https://a.example:embed:cite]",
    "@[speakerdeck](abc)", "#tag ", "株式会社", "(", ")", "（", "）", "|", "@", "さん", "2019/03/12", "March 3, 2020",
    "• ", "  ", "\t", "\r\n", "\ufeff", "```\n", "<iframe src='//x'>", "[a](b)", "**", "`",
])
NOTE_TEXT = st.one_of(st.text(max_size=400), st.lists(st.one_of(FRAGMENTS, st.text(max_size=12)), max_size=40).map("".join))
NAMES = st.sampled_from(["note.md", "note.txt", "note.markdown", "n.html"])


def check(data: bytes, name: str) -> None:
    try:
        note = parse_note(data, name)
        event = normalize(note).event
    except ContentError:
        return
    assert isinstance(event, Event)
    record = event.to_json()
    json.dumps(record, ensure_ascii=False)
    assert isinstance(record["title"], str)
    for talk in record["talks"]:
        assert isinstance(talk["title"], str)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=NOTE_TEXT, name=NAMES)
def test_any_text_normalizes_or_raises_content_error(text, name):
    check(text.encode("utf-8"), name)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=400), name=NAMES)
def test_any_bytes_normalize_or_raise_content_error(data, name):
    check(data, name)
