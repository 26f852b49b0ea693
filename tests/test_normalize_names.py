"""Person names come from UniDic's proper-noun tags first, the shape rules second."""
import pytest

from generator.normalize.names import name_verdict
from generator.normalize.people import looks_like_people


@pytest.mark.parametrize("name", ["田中みのる", "佐藤かおる", "鈴木 一郎", "高橋 光", "松浦 ひなた"])
def test_names_the_dictionary_knows_are_people(name):
    # 田中みのる / 佐藤かおる end like a verb (る) and were refused by the shape rules alone
    assert name_verdict(name) is True
    assert looks_like_people(name)


@pytest.mark.parametrize("words", ["窓関数", "関数型言語", "ドメイン駆動設計", "並列処理のテスト", "型安全",
                                   "ゲストセッション", "コンポーネント棚卸し", "基調講演"])
def test_compounds_of_common_words_are_not_people(words):
    assert name_verdict(words) is False
    assert not looks_like_people(words, strict=False)


@pytest.mark.parametrize("nickname", ["にしかわ", "ぽんず", "はやて"])
def test_nicknames_in_kana_are_left_to_the_shape_rules(nickname):
    # the dictionary splits them into particles or common words: it cannot tell, so it does not say
    assert name_verdict(nickname) is None
    assert looks_like_people(nickname + "さん")


def test_sentence_words_before_an_honorific_are_not_a_name():
    assert not looks_like_people("最初は Hall B にいて hsbt さん", strict=False)
    assert looks_like_people("株式会社なにわソフト 安藤 大地さん", strict=False)  # an affiliation, then the name


def test_a_post_that_says_its_writer_also_spoke_is_about_their_talk():
    from generator.normalize.own_talk import says_writer_spoke
    assert says_writer_spoke("RubyKaigi の2日目に参加した", "今日は発表もしました。")
    assert not says_writer_spoke("RubyKaigi の2日目に参加した", "発表を聞きました。")


def test_an_embedded_decks_title_names_the_writers_own_talk():
    from note_text import event_of
    event = event_of("---\ntitle: Harbor.rb#12で登壇しました\ndate: 2024-04-24\nauthor: ryo\n---\n\n"
                     "Harbor.rbに登壇しました。\n\n<iframe class=\"speakerdeck-iframe\" "
                     "src=\"https://speakerdeck.com/player/0a1b2c3d4e5f\" title=\"家計簿アプリを一晩でつくる\"></iframe>\n\n"
                     "## 振り返り\n### 準備の話\n大変だった。\n\n## KPT\n### Keep\n準備\n### Try\n次も\n")
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [("家計簿アプリを一晩でつくる", ["ryo"])]


def test_a_speaking_at_post_named_only_by_its_decks_address_is_a_guess_said_so():
    from note_text import event_of
    event = event_of("---\ntitle: Speaking at HarborKit\ndate: 2016-09-30\nauthor: Jo Ames\n---\n\n## Talk\n\n"
                     "Slides: https://speakerdeck.com/joames/reviewing-talk-proposals-quickly\n\n"
                     "## Highlights\n\nGreat crowd.\n")
    assert event.title == "HarborKit"
    [talk] = event.talks
    assert talk.title == "reviewing talk proposals quickly" and [s.name for s in talk.speakers] == ["Jo Ames"]
    assert next(c for c in talk.evidence if c.field == "title").confidence == "low"
