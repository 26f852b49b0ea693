"""people.py: speakers as notes write them."""
from __future__ import annotations

import pytest

from generator.core.model import Speaker
from generator.normalize import people, speaker_lines


def names(speakers):
    return [s.name for s in speakers]


@pytest.mark.parametrize("text, name, affiliation", [
    ("岡田 真一さん", "岡田 真一", None),
    ("岡田さん（株式会社ぶどう技研）", "岡田", "株式会社ぶどう技研"),
    ("株式会社ぶどう技研 岡田 真一さん", "岡田 真一", "株式会社ぶどう技研"),
    ("株式会社 ぶどう技研 岡田 真一 氏", "岡田 真一", "株式会社 ぶどう技研"),
    ("Example Labs 岡田さん", "岡田", "Example Labs"),
    ("Priya Nair (Northwind Ltd)", "Priya Nair", "Northwind Ltd"),
])
def test_parse_person_splits_organisation_and_name(text, name, affiliation):
    sp = people.parse_person(text)
    assert (sp.name, sp.affiliation) == (name, affiliation)


def test_parse_person_reads_handles():
    assert people.parse_person("Kenji Sato (@ksato)") == Speaker("Kenji Sato", "ksato", None)
    assert people.parse_person("[@ksato](https://twitter.com/ksato) さん") == Speaker("ksato", "ksato", None)
    sp = people.parse_person("Kenji Sato ([github.com/ksato](https://github.com/ksato))")
    assert (sp.name, sp.handle, sp.affiliation) == ("Kenji Sato", "ksato", None)


def test_role_words_are_not_part_of_a_name():
    assert people.parse_person("司会: 川村 さん").name == "川村"
    assert people.parse_person("Moderator: Alex Kim").name == "Alex Kim"
    sp = people.parse_person("川村 陽子さん（モデレーター）")
    assert (sp.name, sp.affiliation) == ("川村 陽子", None)


def test_split_people_keeps_parentheses_and_links_whole():
    assert people.split_people("Ana Silva (Smith & Sons), Li Wei") == ["Ana Silva (Smith & Sons)", "Li Wei"]
    assert names(people.parse_people("上田さん、[@kt](https://x.com/kt)さん")) == ["上田", "kt"]


@pytest.mark.parametrize("text, expected", [
    ("Ana Silva & Li Wei", ["Ana Silva", "Li Wei"]),
    ("Ana Silva and Li Wei", ["Ana Silva", "Li Wei"]),
    ("上田さん、森さん", ["上田", "森"]),
    ("上田さんと森さん", ["上田", "森"]),
    ("上田 / 森", ["上田", "森"]),
])
def test_parse_people_splits_lists(text, expected):
    assert names(people.parse_people(text)) == expected


def test_a_lone_handle_joins_the_name_before_it():
    assert people.parse_people("Ana Silva, @anasilva") == (Speaker("Ana Silva", "anasilva", None),)


def test_a_lone_organisation_becomes_the_affiliation_of_its_person():
    assert people.parse_people("上田 健さん / 株式会社みかん") == (Speaker("上田 健", None, "株式会社みかん"),)
    assert people.parse_people("株式会社みかん / 上田さん") == (Speaker("上田", None, "株式会社みかん"),)


@pytest.mark.parametrize("line, expected", [
    ("登壇者: 上田 健さん", ["上田 健"]),
    ("- **Speaker:** Ana Silva", ["Ana Silva"]),
    ("Speakers: Ana Silva, Li Wei", ["Ana Silva", "Li Wei"]),
    ("Panelists: Ana Silva, Li Wei, Omar Haddad", ["Ana Silva", "Li Wei", "Omar Haddad"]),
    ("ゲスト：上田 健さん", ["上田 健"]),
    ("パネリスト：上田さん、森さん、林さん（モデレーター）", ["上田", "森", "林"]),
    ("by Li Wei", ["Li Wei"]),
    ("- 上田 健さん", ["上田 健"]),
    ("上田 健さんによる発表。", ["上田 健"]),
    ("発表者は [@kt](https://twitter.com/kt) さん。", ["kt"]),
    ("Li Wei ([github.com/liwei](https://github.com/liwei))", ["Li Wei"]),
    ("- [liwei](https://github.com/liwei)", ["liwei"]),
])
def test_speaker_line_recognises_who_speaks(line, expected):
    assert names(speaker_lines.speaker_line(line)) == expected


@pytest.mark.parametrize("line", [
    "- 資料は後日公開されるそうです",
    "A whole sentence about the talk, with no name in it.",
    "19:10〜 型の話 / 森さん",
    "- 使ってみた感想を聞くのが楽しかったです。上田さん",
])
def test_speaker_line_ignores_other_lines(line):
    assert speaker_lines.speaker_line(line) is None


def test_labelled_speaker_line():
    assert speaker_lines.labelled_speaker_line("Speaker: Ana Silva")
    assert speaker_lines.labelled_speaker_line("発表者：森さん")
    assert not speaker_lines.labelled_speaker_line("森さん")


@pytest.mark.parametrize("text", ["上田さん", "@kt", "Ana Silva", "はるまき", "上田 健", "Ana Silva and Li Wei"])
def test_looks_like_people(text):
    assert people.looks_like_people(text)


@pytest.mark.parametrize("text", ["前編", "English", "JP", "2020年版", "動く", "作った", "Go言語版", "速度はまあまあ",
                                  "Summary", "part 2", "TBA"])
def test_annotations_do_not_look_like_people(text):
    assert not people.looks_like_people(text)


def test_lenient_mode_takes_a_single_name_or_handle():
    assert not people.looks_like_people("Kenta")
    assert people.looks_like_people("Kenta", strict=False)
    assert people.looks_like_people("kenta_dev", strict=False)


def test_handle_from_url():
    assert people.handle_from_url("https://twitter.com/kt") == "kt"
    assert people.handle_from_url("https://connpass.com/user/kt/") == "kt"
    assert people.handle_from_url("https://bsky.app/profile/kt.example") == "kt.example"
    assert people.handle_from_url("https://twitter.com/search?q=x") is None


def test_speaker_key_ignores_width_case_and_spaces():
    assert people.speaker_key("Ｋｅｎｔａ  Ｉｔｏ") == people.speaker_key("kenta ito")


def test_underscores_inside_a_handle_are_not_emphasis():
    from generator.normalize import bylines
    assert bylines.split_title_speaker("Rust の話 / @kou___jp")[1][0].handle == "kou___jp"
    assert bylines.clean("__太字__ の話") == "太字 の話"


def test_a_sentence_naming_the_speaker_after_where_they_work():
    from generator.normalize.speaker_lines import speaker_line
    assert [s.name for s in speaker_line("最初はハーバーデータの髙橋 達さん（[@taku](https://twitter.com/taku)）の発表でした。")] \
        == ["髙橋 達"]
    assert [s.name for s in speaker_line("2番目はAcmeの杉本 敦康さんの発表。")] == ["杉本 敦康"]
    assert speaker_line("ハーバー社のエンジニアさんのLTで盛り上がった。") is None  # a job, not a name


@pytest.mark.parametrize("text, name, affiliation", [
    ("株式会社ほげの山田さん", "山田", "株式会社ほげ"),
    ("Acme Labsの佐藤 健さん", "佐藤 健", "Acme Labs"),
    ("きのこさん", "きのこ", None),
])
def test_the_organisation_before_no_is_the_affiliation(text, name, affiliation):
    from generator.normalize.people import parse_person
    sp = parse_person(text)
    assert (sp.name, sp.affiliation) == (name, affiliation)


@pytest.mark.parametrize("line, name", [
    ("最後はMapR Labsの山田 賢さん（[@yamaken](https://twitter.com/yamaken)）でした。", "山田 賢"),
    ("はてなでSREをされている @mystic_d さんのおはなし。", "mystic_d"),
])
def test_sentences_that_say_who_spoke(line, name):
    from generator.normalize.speaker_lines import speaker_line
    assert speaker_line(line)[0].name == name


def test_a_clause_before_the_honorific_is_no_name():
    from generator.normalize.people import looks_like_people
    assert not looks_like_people("コドモンでSREをされている佐々木さん")


@pytest.mark.parametrize("text, name, affiliation", [
    ("<b>深町 英太さん</b>", "深町 英太", None),
    ("Younts – Guardant", "Younts", "Guardant"),
    ("Dana Jarvis — BYU", "Dana Jarvis", "BYU"),
])
def test_page_bold_and_an_organisation_after_a_dash_are_not_the_name(text, name, affiliation):
    from generator.normalize.people import parse_people
    sp = parse_people(text)[0]
    assert (sp.name, sp.affiliation) == (name, affiliation)


@pytest.mark.parametrize("text, name, affiliation", [
    ("好きな夢代表 笹川 賢一", "笹川 賢一", "好きな夢代表"),
    ("FILM MAKER 豊住耕一", "豊住耕一", "FILM MAKER"),
])
def test_a_role_or_latin_organisation_before_a_japanese_name(text, name, affiliation):
    from generator.normalize.people import parse_person
    sp = parse_person(text)
    assert (sp.name, sp.affiliation) == (name, affiliation)


def test_italic_names_followed_by_the_talks_links():
    from generator.normalize.speaker_lines import speaker_line
    found = speaker_line("_Tara Poin and Scot Hansel_ [:video_camera:](https://www.youtube.com/watch?v=abc)")
    assert [s.name for s in found] == ["Tara Poin", "Scot Hansel"]


@pytest.mark.parametrize("text, names", [
    ("Scott Cane https://docs.google.com/presentation/d/1abc/edit", ["Scott Cane"]),
    ("Nick Solon http://www.nicksolon.example", ["Nick Solon"]),
    ("Jane Roe [](https://example.org/deck.pdf)", ["Jane Roe"]),
    ("[Jane Doe](https://twitter.com/jd)", ["Jane Doe"]),  # a profile link is the name's, not a bare address
])
def test_a_bare_address_beside_a_name_is_no_one(text, names):
    assert [s.name for s in people.parse_people(text)] == names


@pytest.mark.parametrize("line, names", [
    ("This talk was given by Fatih Arslan the creator of vim-go. It was great.", ["Fatih Arslan"]),
    ("A talk given by the excellent Francesca Campo Flores a member of the Go team.", ["Francesca Campo Flores"]),
    ("The talk was given by a friend of mine.", None),
])
def test_an_opening_sentence_saying_who_gave_the_talk(line, names):
    found = speaker_lines.speaker_line(line)
    assert (found and [s.name for s in found]) == names or (found is None and names is None)


@pytest.mark.parametrize("line, found", [
    ("Lars Knell - The Qt Company", [("Lars Knell", "The Qt Company")]),
    ("山口 大介 - 株式会社シンクロア", [("山口 大介", "株式会社シンクロア")]),
    ("Rust in Production - Acme Corp", None),  # a title before the dash
    ("Building APIs - Jane Doe", None),
])
def test_a_name_and_where_they_work_on_a_line_of_their_own(line, found):
    speakers = speaker_lines.speaker_line(line)
    assert (speakers and [(s.name, s.affiliation) for s in speakers]) == found or (speakers is None and found is None)
