"""titles.py and fields.py: the event's name, not the post about it."""
from __future__ import annotations

import pytest

from generator.normalize import fields, titles


@pytest.mark.parametrize("raw, expected", [
    ("Go 札幌 #12 に参加してきました", "Go 札幌 #12"),
    ("Vue Meetup #3 に行ってきた", "Vue Meetup #3"),
    ("【参加レポート】Infra Study 2021", "Infra Study 2021"),
    ("[2020/06/06] Swift 愛好会 vol.4", "Swift 愛好会 vol.4"),
    ("Elm Night #2 参加レポート #elmnight", "Elm Night #2"),
    ("Notes from RubyKaigi 2019", "RubyKaigi 2019"),
    ("Recap: SRE Gathering 2022", "SRE Gathering 2022"),
    ("CloudConf 2017 に来ている記事3 : Session B", "CloudConf 2017"),
    ("「デザインと実装の会」", "デザインと実装の会"),
])
def test_clean_event_title(raw, expected):
    assert titles.clean_event_title(raw) == expected


def test_a_trailing_issue_number_stays_after_a_suffix_is_stripped():
    assert titles.clean_event_title("Flutter 勉強会 in 仙台 #11 に行ってきた") == "Flutter 勉強会 in 仙台 #11"
    assert titles.clean_event_title("Rails 読書会 #40") == "Rails 読書会 #40"


def test_a_title_that_is_only_a_suffix_is_kept():
    assert titles.clean_event_title("レポート") == "レポート"


def test_yaml_comment_cut_restores_an_unquoted_title():
    text = "---\nTitle: Kotlin 会 #9 に行ってきた\nDate: 2020-01-01\n---\nbody\n"
    assert fields.yaml_comment_cut(text, "Kotlin 会", ("title",)) == "Kotlin 会 #9 に行ってきた"


def test_yaml_comment_cut_leaves_quoted_and_matching_values():
    quoted = "---\ntitle: 'Kotlin 会 #9'\n---\n"
    assert fields.yaml_comment_cut(quoted, "Kotlin 会 #9", ("title",)) == "Kotlin 会 #9"
    other = "---\ntitle: Something else #9\n---\n"
    assert fields.yaml_comment_cut(other, "Kotlin 会", ("title",)) == "Kotlin 会"
    assert fields.yaml_comment_cut("no front matter", "x", ("title",)) == "x"


def test_string_list_accepts_every_spelling():
    assert fields.string_list("aws, gcp") == ["aws", "gcp"]
    assert fields.string_list("#aws #gcp") == ["aws", "gcp"]
    assert fields.string_list([{"name": "Go"}, {"name": "gRPC"}]) == ["Go", "gRPC"]
    assert fields.string_list(None) == []


def test_lower_keys_keeps_the_first_spelling():
    assert fields.lower_keys({"Title": "A", "title": "B", "event-url": "u"}) == {"title": "A", "event_url": "u"}


@pytest.mark.parametrize("written, event", [
    ("Harbor Developers' Conference, 2021 | Speaker Lineup", "Harbor Developers' Conference, 2021"),
    ("Pier Conf 2016 - Day 2", "Pier Conf 2016"),
    ("HarborKaigi 2014の2日目に参加した", "HarborKaigi 2014"),
    ("PyHarbor Taiwanレポート: 1回目", "PyHarbor Taiwan"),
    ("Speaking at HarborKit", "HarborKit"),
    ("Go Day 2024", "Go Day 2024"),  # a name that holds the word Day stays whole
    ("Mountain Rust Day 2", "Mountain Rust Day 2"),  # the second Mountain Rust Day, not its second day
])
def test_event_titles_lose_the_pages_part_the_day_and_the_series_number(written, event):
    assert titles.clean_event_title(written) == event


@pytest.mark.parametrize("written, event", [
    ("19:00(JST) - Voice AI global meetup", "Voice AI global meetup"),
    ("120825にHarborのGo言語勉強会", "HarborのGo言語勉強会"),
    ("&#x1f195; Harbor GraphQL User Group Meetup の開催情報", "Harbor GraphQL User Group Meetup"),
    ("懇親会で飛び込みLTに参加した / 「港町スクリプト LT 会 #4」", "港町スクリプト LT 会 #4"),
])
def test_event_titles_lose_start_times_compact_dates_references_and_announcement_words(written, event):
    assert titles.clean_event_title(written) == event


def test_a_compact_date_opening_a_post_title_is_the_events_day():
    import datetime as dt

    from generator.normalize import dates
    assert dates.compact_date_prefix("120825にHarborのGo言語勉強会") == dt.date(2012, 8, 25)
    assert dates.compact_date_prefix("123456 things") is None  # not a real day


@pytest.mark.parametrize("written, event", [
    ("[スポンサー参加記] HarborKaigi 2025 が最高だった話", "HarborKaigi 2025"),
    ("Acme devs @ HarborDay 2016", "HarborDay 2016"),
    ("Go @ Google", "Go @ Google"),  # no event after the @: the title stays
])
def test_event_titles_lose_the_writers_verdict_and_who_went(written, event):
    assert titles.clean_event_title(written) == event


@pytest.mark.parametrize("written, event", [
    ("HarborJS Conf Round-up 2015", "HarborJS Conf 2015"),
    ("Going to my first iOS conference: HarborKonf 2016", "HarborKonf 2016"),
])
def test_event_titles_lose_the_posts_kind_and_what_the_writer_did(written, event):
    assert titles.clean_event_title(written) == event


def test_a_note_titled_only_by_its_file_name_takes_the_event_its_text_names():
    from note_text import event_of
    event = event_of("# HarborPy とは\n\nHarborPy は Python のカンファレンスです。\n\nHarborPy 2018は9月17日に開かれました。\n\n"
                     "# 1日目基調講演「Python と港町」 ― Lucia Ferraro\n\nメモ\n\n# 2日目基調講演「型の十年」 ― Ken Mori\n\nメモ\n",
                     "g04_media.md")
    assert event.title == "HarborPy 2018"
    assert next(c for c in event.evidence if c.field == "title").reading == "a name with its year in the opening lines"


def test_page_title_is_a_title_key():
    from note_text import event_of
    assert event_of("---\npage_title: Harbor OCaml Meeting 2010\n---\n\ntext\n").title == "Harbor OCaml Meeting 2010"


@pytest.mark.parametrize("written, title", [
    ("a.m. (50m) _Keynote_", "Keynote"),
    ("a.m. (40m) Ops for the Ruby Soul", "Ops for the Ruby Soul"),
    ("セッション 1：Server Runtime History 📄", "Server Runtime History"),
    ("npm bridges 📄(未)", "npm bridges"),
    ("Talk about 3 things", "Talk about 3 things"),
])
def test_what_a_programme_writes_around_a_slots_title_leaves_it(written, title):
    from generator.normalize.titles import clean_talk_title
    assert clean_talk_title(written) == title


@pytest.mark.parametrize("written, name", [
    ("Haskell Day 2018 開催", "Haskell Day 2018"),
    ("Mountain.rb - Dag 3", "Mountain.rb"),
    ("RubyKaigi 2019 2日目", "RubyKaigi 2019"),
])
def test_event_titles_lose_the_word_held_and_the_day_of_several(written, name):
    from generator.normalize.titles import clean_event_title
    assert clean_event_title(written) == name


def test_a_post_titled_with_the_event_and_then_its_talk_is_named_after_the_event():
    from note_text import event_of
    ev = event_of("""
        ---
        title: Cloud Meetup Tokyo #24 クラスタ上のアプリのデバッグとテスト
        ---

        ## クラスタ上のアプリのデバッグとテスト

        登壇者: 山本 花

        メモ
        """)
    assert ev.title == "Cloud Meetup Tokyo #24"


def test_an_event_title_that_says_it_was_held():
    from generator.normalize.titles import clean_event_title
    assert clean_event_title("Lisp Talk #8 が開催されました。") == "Lisp Talk #8"


@pytest.mark.parametrize("written, name", [
    ("Frontend Conf が終了しました", "Frontend Conf"),
    ("Pandoc Night 2019 へようこそ！", "Pandoc Night 2019"),
    ("YAPC::Kyoto 2019 に参加して温かいコミュニティに包まれた", "YAPC::Kyoto 2019"),
    ("Lisp TT#7 ライトニングトークの発表内容決定!", "Lisp TT#7"),
    ("July Meet Minutes", "July Meet"),
    ("Review: Open Monitoring Conference 2011", "Open Monitoring Conference 2011"),
    ("PyEurope 2016 - My personal wrap up", "PyEurope 2016"),
])
def test_event_titles_lose_what_the_post_says_about_the_event(written, name):
    from generator.normalize.titles import clean_event_title
    assert clean_event_title(written) == name


@pytest.mark.parametrize("written, title", [
    ("highlighter:<br/>マクロを認識する", "highlighter: マクロを認識する"),
    ("ES2015を使ってみた話（仮）-", "ES2015を使ってみた話（仮）"),
    ("VRのたどり着く先-VRChatとVtuber-", "VRのたどり着く先-VRChatとVtuber-"),
    ("Tasty Stacks!,", "Tasty Stacks!"),
])
def test_a_line_break_and_a_dangling_byline_dash_leave_a_title(written, title):
    from generator.normalize.titles import clean_talk_title
    assert clean_talk_title(written) == title


def test_a_profile_link_before_a_dash_is_the_speaker_even_before_a_title_case_title():
    from generator.normalize.bylines import split_title_speaker
    title, speakers = split_title_speaker("[Jenna Wong](https://twitter.com/jwo) - Beheading WordPress")
    assert title == "Beheading WordPress" and speakers[0].handle == "jwo"


@pytest.mark.parametrize("written, event", [
    ("My Account of the Riverside Rust Meetup", "Riverside Rust Meetup"),
    ("My visit to HarborPython 2014", "HarborPython 2014"),
    ("All things static at HarborConf", "HarborConf"),
    ("What I Learned at Lantern Kaigi 2024", "Lantern Kaigi 2024"),
    ("Rust Meetup at Lantern Labs Berlin", "Rust Meetup at Lantern Labs Berlin"),  # a place after `at`: the name stays
    ("Notes on Lantern Labs", "Lantern Labs"),  # (the `Notes on` prefix, not this rule)
])
def test_an_english_phrase_before_the_event_goes(written, event):
    assert titles.clean_event_title(written) == event


@pytest.mark.parametrize("written, event", [
    ("港町Go報告会で報告させて頂きました。", "港町Go報告会"),
    ("【港町×灯台】Tech Meetup で LT", "【港町×灯台】Tech Meetup"),
    ("【港生】第12回 港町プログラミング勉強会でLTをして終電を逃した話", "第12回 港町プログラミング勉強会"),
    ("【第3回】港町もくもく会", "【第3回】港町もくもく会"),  # the bracket holds the number: it stays
])
def test_a_japanese_title_loses_what_the_writer_did_there_and_a_bracketed_label(written, event):
    assert titles.clean_event_title(written) == event


def test_an_event_linked_in_the_opening_sentence_names_a_post_titled_otherwise():
    lines = ["Last week the team was out at [Harbor Ruby Conf](https://harborruby.example) in our own town."]
    assert titles.event_linked_in(lines, "Harbor Ruby Presentation Round-up") == "Harbor Ruby Conf"
    assert titles.event_linked_in(["We read [a good post](https://x.example) about Go."], "Go thoughts") is None
    assert titles.event_linked_in(["See [Harbor Ruby Conf](https://x.example) someday."], "Gardening") is None


def test_a_note_titled_otherwise_is_named_after_the_linked_event():
    from note_text import event_of
    event = event_of("""
        ---
        title: Harbor Ruby Presentation Round-up
        ---

        Last week the team was out at [Harbor Ruby Conf](https://harborruby.example) in our town.
        """)
    assert event.title == "Harbor Ruby Conf"
    assert event.url == "https://harborruby.example"


@pytest.mark.parametrize("written, event", [
    ("港町 Meetup in Tokyo #4を開催しました", "港町 Meetup in Tokyo #4"),  # `#4を…`: the number, no hashtag
    ("Harbor Asia 2014 Tokyoに参加して", "Harbor Asia 2014 Tokyo"),
    ("HarborKaigi 2025に参加した話", "HarborKaigi 2025"),
    ("Harbor Conference '19 Summer in Fukuoka にて登壇とスタッフをしてきました", "Harbor Conference '19 Summer in Fukuoka"),
    ("港町JS 勉強会のまとめ (動画・スライド)", "港町JS 勉強会"),
])
def test_japanese_titles_lose_unfinished_sentences_and_what_the_post_gathers(written, event):
    assert titles.clean_event_title(written) == event


def test_a_number_after_a_hash_and_before_japanese_is_no_hashtag():
    from generator.normalize import links
    assert links.hashtags_in("港町 Meetup #4を開催しました #harbor") == ["harbor"]


@pytest.mark.parametrize("written, event", [
    ("Virtual Meetup #21 wrap-up", "Virtual Meetup #21"),
    ("HarborPy Roundup - Days 2-4", "HarborPy"),
])
def test_english_titles_lose_the_posts_kind_and_the_days_it_covers(written, event):
    assert titles.clean_event_title(written) == event


@pytest.mark.parametrize("name", [
    "State of the Map 2024", "Heart of Clojure 2024", "Road to RubyKaigi 2024", "Back to Basics Meetup #2",
    "5分で登壇しよう！LT会 #3", "みんなでLTしよう会 #4",
])
def test_event_names_with_a_preposition_or_a_speaking_verb_inside_stay_whole(name):
    assert titles.clean_event_title(name) == name


def test_a_linked_place_or_the_writers_own_post_is_no_event():
    assert titles.event_linked_in(["We had lunch at the [Harbor Conference Center](https://x.example/)."],
                                  "Weekend notes") is None
    assert titles.event_linked_in(["先日の[2023年のふりかえり](https://me.example/2023)を読んで"], "今年の目標") is None


def test_a_list_of_what_the_post_gives_after_the_name_goes():
    assert titles.clean_event_title("HarborPy 2017 - Digest, Impressions, Reflection") == "HarborPy 2017"
    assert titles.clean_event_title("Notes - a conference") == "Notes - a conference"


@pytest.mark.parametrize("written, event", [
    # of two parts, the one that reads as an event's name
    ("Kites, Bolts and Gears: Harbor DemoCamp in Kiel", "Harbor DemoCamp in Kiel"),
    ("GR9Conf 2014: Tirsdag i Aarhus", "GR9Conf 2014: Tirsdag i Aarhus"),  # a colon after the name keeps its theme
    ("HarborConf 2014 - Tirsdag i Aarhus", "HarborConf 2014"),
    ("港町スタッフが増えてきた! 港町会議 #4", "港町会議 #4"),
    # but not a page's word, a bare event word, nor inside quotes or a name's own exclamation
    ("Conference Program - Bang Con", "Conference Program - Bang Con"),
    ("Meeting: Nov 18 - Lightning Talks 7", "Meeting: Nov 18 - Lightning Talks 7"),
    ("We Are Scripters! @1st【初心者歓迎！LT大会】", "We Are Scripters! @1st【初心者歓迎！LT大会】"),
    ("飛び込みLTに参加した / 「港町スクリプト LT 会 ～ LT 大会！」の感想", "港町スクリプト LT 会 ～ LT 大会！"),
    # the number, then a theme
    ("Harbor Meetup Kobe #24 Kubernetes上で動かすアプリのデバッグとテスト", "Harbor Meetup Kobe #24"),
    ("JuliaKobe #3 Speech Signal Processing in Julia", "JuliaKobe #3"),
    ("港町JAWS #18 サーバーレス", "港町JAWS #18 サーバーレス"),  # a one-word theme is part of the name
    # what the writer did or felt, in lowercase words before the name and year
    ("I loved HarborPy 2015", "HarborPy 2015"),
    ("A recap of Harbor Conf UK 2019", "Harbor Conf UK 2019"),
    ("Cloud Native Days Kobe 2024", "Cloud Native Days Kobe 2024"),
    # the day and hour in parentheses, a trailing parenthesis after `went there`, a full-width full stop
    ("港町 BLT #5 (2016/07/20 19:30〜)", "港町 BLT #5"),
    ("HarborConf Tokyo 2017 に行ってきた(資料リンク集)", "HarborConf Tokyo 2017"),
    ("港町Rejectconに参加してきました．", "港町Rejectcon"),
    ("C# 12 and .NET 8 Meetup Kobe Spring Edition", "C# 12 and .NET 8 Meetup Kobe Spring Edition"),
    ("【2019】HarborPy JP", "【2019】HarborPy JP"),  # a bare year in brackets is kept
    ("【Vol.3 Go入門】港町勉強会", "【Vol.3 Go入門】港町勉強会"),  # the event is after the brackets
    ("Ubuntu Meetup (12.04.1 LTS)", "Ubuntu Meetup (12.04.1 LTS)"),
    ("関数型港町 で喋ってきた", "関数型港町"),
    ("港町 Swift #31 に来ました！会場は港町テックガーデン 7F。", "港町 Swift #31"),
])
def test_event_titles_keep_the_part_that_names_the_event(written, event):
    assert titles.clean_event_title(written) == event


def test_a_month_after_the_name_says_which_meeting_and_stays():
    assert titles.clean_event_title("Harbor Shell User Group - June") == "Harbor Shell User Group - June"
    assert titles.clean_event_title("Harbor Shell User Group - Sep 12, 2020") == "Harbor Shell User Group - Sep 12, 2020"


@pytest.mark.parametrize("written, event", [
    ("【港町.go #11】エラーハンドリング ＋ ベンチマーカー", "港町.go #11"),  # the numbered event in brackets, its theme after
    ("【7/9(土)】港町勉強会 in 東京", "港町勉強会 in 東京"),  # the day in brackets, then the name
    ("Visiting Harboruko 2017", "Harboruko 2017"),
    ("Summary of HarborJS 2016", "HarborJS 2016"),
    ("Visiting Tokyo in 2019", "Visiting Tokyo in 2019"),  # a place, not an event, after the lead word
    ("Review of the year", "Review of the year"),  # no event after the lead words: the title stays
])
def test_event_titles_lose_bracketed_days_and_lead_words(written, event):
    assert titles.clean_event_title(written) == event


def test_an_editions_number_before_a_closing_bracket_is_no_hashtag_and_a_table_bar_ends_an_address():
    from generator.normalize import links
    assert links.hashtags_in("【港町.go #11】エラーハンドリング #minatogo") == ["minatogo"]
    assert links.URL.search("|URL|https://harbor.connpass.com/event/111077/|").group(0) == \
        "https://harbor.connpass.com/event/111077/"


@pytest.mark.parametrize("title, event", [
    ("金（シルバー）LTを聴きに行ってきました", "金（シルバー）LT"),
    ("Harbor.rb 150回 LT大会 で初登壇をした", "Harbor.rb 150回 LT大会"),
    ("Goチュートリアルの裏話を港Goで発表しました", "港Go"),
    ("Polarsを活用してOsaka.Rで発表しました", "Osaka.R"),
    ("ログ基盤の話、についてCloudNightで話してきた", "CloudNight"),
    ("今年も、Harborconf Tokyo(2019)に参加してきた", "Harborconf Tokyo(2019)"),
    ("Rubyistではないけど HARBOR::Tokyo 2020 に参加して温かい雰囲気に包まれた", "HARBOR::Tokyo 2020"),
    ("LT会やりました(2)", "LT会"),
    ("HarborKaigi2018で「Kotlinで始める設計」という話をしました", "HarborKaigi2018"),
    ("Nuxt.jsのmeetupに参加してきました", "Nuxt.jsのmeetup"),
    ("港町node祭2015個人的まとめ", "港町node祭2015"),
    ("HarborFest簡易レポ", "HarborFest"),
])
def test_the_event_is_the_name_a_japanese_sentence_takes_part_in(title, event):
    assert titles.clean_event_title(title) == event


@pytest.mark.parametrize("title", [
    "5分で登壇しよう！LT会 #3",                   # a name, never a finished sentence
    "入門としてのRust ~ そろそろ始めてみたい2018冬",  # a clause inside the name
])
def test_a_name_that_reads_like_a_sentence_is_kept(title):
    assert titles.clean_event_title(title) == title


def test_a_clause_inside_the_name_stays_when_the_writer_says_they_went():
    title = "入門としてのRust ~ そろそろ始めてみたい2018冬"
    assert titles.clean_event_title(title + " に参加した") == title


def test_a_sentence_then_in_and_a_numbered_event_names_the_event():
    assert titles.clean_event_title("たのしさがあふれるんじゃあ〜 in HarborConf2016") == "HarborConf2016"
    assert titles.clean_event_title("Swift同好会 in 那覇 2020") == "Swift同好会 in 那覇 2020"  # one name
    assert titles.clean_event_title("RubyKaigi 2019 in Fukuoka") == "RubyKaigi 2019 in Fukuoka"


def test_a_slot_number_before_a_talk_title_goes():
    assert titles.clean_talk_title("#2 Web ビーコンを実装してみた") == "Web ビーコンを実装してみた"
    assert titles.clean_talk_title("#harbor 2019") == "#harbor 2019"


def test_a_writers_sentence_then_at_and_a_named_event():
    assert titles.clean_event_title("The Future of Mobile is Bright at harborMobileConf") == "harborMobileConf"
    assert titles.clean_event_title("My Trip to HarborFest") == "HarborFest"
    assert titles.clean_event_title("Testing at Scale") == "Testing at Scale"
    assert titles.clean_event_title("Meetup at Google") == "Meetup at Google"


@pytest.mark.parametrize("title, event", [
    ("HarborCon JP 2014参加レポート（第２回）", "HarborCon JP 2014"),
    ("Harbor Summit 2012 2日目ツイートまとめ。#harborsumi", "Harbor Summit 2012"),
    ("Our first Harbor Tech Meetup!", "Harbor Tech Meetup"),
    ("The 13th Harbor Provers Meeting (HPM 2017)", "The 13th Harbor Provers Meeting (HPM 2017)"),
])
def test_a_reports_part_number_a_day_of_tweets_and_the_writers_first(title, event):
    assert titles.clean_event_title(title) == event


def test_a_programmes_extra_labels_go_only_beside_a_decks_or_a_sources():
    assert titles.clean_talk_title("Deploying with [GitHub](https://github.com)") == "Deploying with [GitHub](https://github.com)"
    assert titles.clean_talk_title("Civic Tech [📄(未)]() [blog](https://x.example.org)") == "Civic Tech"
    assert titles.without_file_links("Title - [PPTX](a.pptx) ([video](v))") == ("Title", ["PPTX: a.pptx", "video: v"])
    assert titles.clean_event_title("My first Meetup!") == "My first Meetup!"


@pytest.mark.parametrize("line, name", [
    ("**What?** [PHP Galway — May 2016](https://www.meetup.com/x/events/1/)", "PHP Galway — May 2016"),
    ("- イベント名：港町Ruby会議 #4", "港町Ruby会議 #4"),
    ("Event: Harbour JS Night", "Harbour JS Night"),
    ("What we learned: a lot", None),  # a sentence, not a label
    ("Event: https://example.org/e/1", None),  # an address is no name
])
def test_labelled_event_name(line, name):
    from generator.normalize import titles
    assert titles.labelled_event_name([line]) == name


@pytest.mark.parametrize("written, title", [
    ("GKEを本番運用する方法(ランチセッション)", "GKEを本番運用する方法"),
    ("Scaling Postgres (Sponsored Session)", "Scaling Postgres"),
    ("セッション設計の話（前編）", "セッション設計の話（前編）"),
])
def test_the_slot_a_talk_was_given_in_leaves_its_title(written, title):
    from generator.normalize import titles
    assert titles.clean_talk_title(written) == title


def test_a_party_heading_is_the_events():
    from generator.normalize import sections
    assert sections.section_role("Party") == "event" and sections.section_role("パーティー") == "event"


def test_a_talk_posts_event_linked_after_a_day_said_in_a_wrapped_sentence():
    from note_text import event_of
    event = event_of("""
        ---
        title: Getting to Know Comet
        ---
        I was glad to give an introductory talk on the Comet.js framework at this past
        Wednesday's [FOSS Harbour Meetup](http://www.meetup.com/FOSS-Harbour/). About eight people came.
        """)
    assert event.title == "FOSS Harbour Meetup"


def test_a_linked_thing_described_after_a_comma_is_no_event():
    from generator.normalize import titles
    assert titles.event_linked_in(["an introduction to [Rex, a Perl-based configuration system](https://rexify.org)"],
                                  "Travis-CI for Perl and Introduction to Rex") is None


@pytest.mark.parametrize("written, event", [
    ("GopherCon 2015 lightning talk results", "GopherCon 2015"),
    ("PyCon 2016: my top 5 talks", "PyCon 2016"),
    ("Thoughts on RailsConf 2015", "RailsConf 2015"),
    ("Top 10 Rust crates", "Top 10 Rust crates"),  # nothing of an event before it
])
def test_what_a_post_picked_from_an_event_leaves_its_name(written, event):
    from generator.normalize import titles
    assert titles.clean_event_title(written) == event


def test_an_event_linked_before_ni_sanka_names_a_note_without_a_title():
    from note_text import event_of
    event = event_of("""
        ## 港DC 参加してきました
        [港DC 2019](https://minatodc.example.jp/2019/)に参加してきました。楽しかった。
        今年もObjective-Cのネタで登壇しました。
        """, name="AM07_note.md")
    assert event.title == "港DC 2019"
    assert event.talks == ()  # (the heading is the writer's sentence of going, no talk)


@pytest.mark.parametrize("title, event", [
    # a Latin name, then what the writer did there, in Japanese
    ("Harbor Fes Japan 2025参加してきた！", "Harbor Fes Japan 2025"),
    ("HarborMatsuri2024 にスタッフとして参加してきました", "HarborMatsuri2024"),
    ("PortConf 2025 SmallのLTを振り返っていく", "PortConf 2025 Small"),
    ("Pier Product Meetup というイベントを開きました", "Pier Product Meetup"),
    ("SRE PIER 2025レポート、LT登壇と胸アツなセッション紹介", "SRE PIER 2025"),
    ("PyHarbor JP 2012 参加レポート第2回", "PyHarbor JP 2012"),
    ("harborcon2023の資料リンクをできるだけ集める場所", "harborcon2023"),
    # the host after an at-sign, a day and の before the name
    ("PHP Pier #6 @ みなと商事さん", "PHP Pier #6"),
    ("2016-08-06（土）の Minato.rb Monthly Meetup #71", "Minato.rb Monthly Meetup #71"),
    # what the post is, after the name
    ("DevOpsDays Harbor City 2019 in review", "DevOpsDays Harbor City 2019"),
    ("Droidharbor NYC 2015 Debrief", "Droidharbor NYC 2015"),
    ("PyHarbor 2016 in a nutshell", "PyHarbor 2016"),
    # the writer's talk there
    ("My HarborConf Talk", "HarborConf"),
    ("Relay talk at The Harbour Developers Group", "The Harbour Developers Group"),
    ("Super Interesting Talks from PierConf 2012", "PierConf 2012"),
])
def test_the_event_named_before_what_the_writer_says_of_it(title, event):
    assert titles.clean_event_title(title) == event


@pytest.mark.parametrize("title", [
    "PyHarbor mini 静岡 2021",  # a place after the Latin name: one name
    "JAWS-PIER コンテナ支部 #6",
    "My First Talk",  # no event named
    "Harbor Conference 2019 Spring",
    "Rust 入門ハンズオン",  # no event's number or word before the Japanese
])
def test_names_that_go_on_past_their_latin_part_stay_whole(title):
    assert titles.clean_event_title(title) == title


def test_a_participants_review_after_the_event_name_is_the_posts_word():
    from generator.normalize import titles
    assert titles.clean_event_title("Harbor-UG コンテナ支部#6　参加レビュー") == "Harbor-UG コンテナ支部#6"
    assert titles.clean_event_title("Rust 勉強会 #3 コードレビュー") == "Rust 勉強会 #3 コードレビュー"
    assert titles.clean_event_title("Harbor Cloud Day 2025 Community Stage セッション一覧") == "Harbor Cloud Day 2025 Community Stage"
