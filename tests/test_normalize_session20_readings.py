"""Session 20: readings measured on real notes (their shapes retold in the team's own words)."""
from __future__ import annotations

import pytest

from note_text import event_of


@pytest.mark.parametrize("title, name, venue", [
    # the host names its floor: digits after the at-sign's first letter
    ("2015-02-13 第8回 Harbor 勉強会 @ 丸の内 ハーバービル 41Fホール", "第8回 Harbor 勉強会", "丸の内 ハーバービル 41Fホール"),
    # an edition number touching the at-sign
    ("harbor.tokyo #15@Acme", "harbor.tokyo #15", "Acme"),
])
def test_a_titles_at_host_may_name_its_floor_or_touch_the_edition_number(title, name, venue):
    event = event_of(f"""
        ---
        title: "{title}"
        ---
        参加しました。
        """)
    assert (event.title, event.venue) == (name, venue)


def test_a_time_after_the_at_sign_is_no_host():
    # Guard: the at-sign reading widened to digits after the host's first letter; a time is still no host
    event = event_of("""
        ---
        title: "Harbor Meetup #3 @ 19:00"
        ---
        参加しました。
        """)
    assert event.venue is None


THANKS_NOTE = """
    ---
    title: Harbor Meetup #6
    date: 2024-05-01
    ---
    ## Talks

    ### Reading notes with care

    Jane Roe talked about reading notes.

    ## Thanks

    {closing}
    """


@pytest.mark.parametrize("closing, venue", [
    ("イベント開催にあたり、会場をご提供いただきました[株式会社ハーバー](https://harbor.example.jp/)様、お食事を"
     "ご提供いただきました株式会社ミナト様、ありがとうございました。", "株式会社ハーバー"),
    ("会場、飲食のご支援を頂きました株式会社ミナト様に感謝します。", "株式会社ミナト"),
    ("会場を提供して下さってるハーバー社の方も覗きに来ていました。", "ハーバー社"),
    ("And thanks especially to [Dockside.io](https://dockside.example.com) for providing the space and the pizza!",
     "Dockside.io"),
    ("Thanks again to /Quayside/ for Hosting Us!", "Quayside"),
])
def test_the_writer_thanking_the_host_for_the_room_names_the_venue(closing, venue):
    event = event_of(THANKS_NOTE.format(closing=closing))
    assert event.venue == venue
    assert [c.reading for c in event.evidence if c.field == "venue"] == ["the writer thanking the host for the room"]


def test_a_thank_you_in_a_code_sample_names_no_venue():
    # Guard: the thank-you reading looks at the whole note, never inside its code
    event = event_of("""
        ---
        title: Harbor Meetup #6
        date: 2024-05-01
        ---
        The template we use:

        ```
        Thanks to Acme Corp for providing the space!
        ```
        """)
    assert event.venue is None


HEADERLESS_TIMETABLE = """
    <html><head><title>Harbor Ruby Kaigi 03</title></head><body>
    <h1>Harbor Ruby Kaigi 03</h1>
    <h2>Programme</h2>
    <table border="1">
    <tr><th>14:00</th><td colspan="2">Doors open</td></tr>
    <tr><th rowspan="4">14:40 - 16:10</th><td colspan="2">ライトニングトーク前半戦</td></tr>
    <tr><td>cesare</td><td>これからの珈琲の話をしよう</td></tr>
    <tr><td>kishima</td><td>AndroidとRubyの間で</td></tr>
    <tr><td>大場寧子</td><td>それはとても悔しいなって</td></tr>
    <tr><th>16:10 - 16:25</th><td colspan="2">休　憩</td></tr>
    <tr><th rowspan="3">17:20 - 18:50</th><td colspan="2">ライトニングトーク後半戦</td></tr>
    <tr><td>小宮 健 (tk0miya)</td><td>図を描くツールでかんたんドキュメンテーション</td></tr>
    <tr><td>あいざわ</td><td>東京Ruby会議の作り方</td></tr>
    <tr><th>19:30</th><td colspan="2">閉会</td></tr>
    </table>
    </body></html>
    """


def test_a_headerless_timetable_with_the_speaker_cell_first_reads_the_title_from_the_next_cell():
    from note_text import talks_of
    assert talks_of(HEADERLESS_TIMETABLE, "note.html") == [
        ("これからの珈琲の話をしよう", ["cesare"], "lightning"),
        ("AndroidとRubyの間で", ["kishima"], "lightning"),
        ("それはとても悔しいなって", ["大場寧子"], "lightning"),
        ("図を描くツールでかんたんドキュメンテーション", ["小宮 健"], "lightning"),
        ("東京Ruby会議の作り方", ["あいざわ"], "lightning"),
    ]


@pytest.mark.parametrize("block, kind", [  # (Keynotes and the last: guards)
    ("ライトニングトーク前半戦", "lightning"), ("Lightning talks, second half", "lightning"), ("LT 第2部", "lightning"),
    ("Keynotes", "keynote"), ("Lightning talks about halves", None),
])
def test_a_block_of_lightning_talks_may_name_its_half_or_part(block, kind):
    from generator.normalize.sections import container_kind
    assert container_kind(block) == kind


def test_a_headerless_fact_table_is_no_timetable_of_people():
    # Guard: the speaker-first reading needs a timetable's time column; `| 会場 | X |` rows keep their reading
    from note_text import talks_of
    assert talks_of("""
        ---
        title: Harbor Go Unconference
        date: 2018-07-26
        ---
        | 日時 | 2018/07/26(木) 19:30 〜 22:00 |
        |---|---|
        | 会場 | 株式会社ハーバー 東京都港区赤坂1-2-3 |
        | ハッシュタグ | #harborgo |

        ## 初級者向けGoの落とし穴

        @minato さんの発表。
        """) == [("初級者向けGoの落とし穴", ["minato"], "talk")]


def test_a_list_of_lightning_talks_written_title_colon_linked_speaker():
    from note_text import talks_of
    assert talks_of("""
        ---
        title: Harbor PyCon 2017 day 1
        date: 2017-09-08
        ---
        ## ライトニングトークの一覧

        * Tracing WSGI line by line : [Kaito Mori](https://github.com/kmori)
        * Respect the Built-in Names : [Hana Sato](https://twitter.com/hsato)
        * Docker を手元でドカドカ使う : [@minato](https://twitter.com/minato)
        """) == [
        ("Tracing WSGI line by line", ["Kaito Mori"], "lightning"),
        ("Respect the Built-in Names", ["Hana Sato"], "lightning"),
        ("Docker を手元でドカドカ使う", ["minato"], "lightning"),
    ]


@pytest.mark.parametrize("line", ["Docker : Best Practices", "Go : [The Good Parts](https://github.com/harbor/good-parts)"])
def test_a_spaced_colon_before_words_or_a_repository_link_splits_no_speaker(line):
    # Guard: the spaced colon separates a speaker only before a handle or a person's profile page
    from generator.normalize import bylines
    assert bylines.split_title_speaker(bylines.clean(line)) == (line, ())


@pytest.mark.parametrize("heading, kind, title", [
    ("登壇1. GO on the cloud", "talk", "GO on the cloud"),
    ("Talk 3. Reading notes", "talk", "Reading notes"),
    ("発表1.5倍速の話", "talk", "発表1.5倍速の話"),  # a number's own full stop, no slot (guard)
])
def test_a_numbered_slot_then_a_full_stop_is_read_off_the_title(heading, kind, title):
    from generator.normalize import kinds
    assert kinds.classify(heading) == (kind, title)


def test_speakers_under_talk_headings_with_accented_names_or_an_attribution_dash():
    from note_text import talks_of
    assert talks_of("""
        ---
        title: Harbor Rust Day 2020
        date: 2020-08-20
        ---
        Closing Keynote
        ===============

        Siân Gwynne

        https://www.youtube.com/watch?v=abcdefghijk

        Shipping images faster
        ======================

        -- by [Frédéric Vasseur](https://fvasseur.example.fr) -

        Notes on the talk.
        """, "note.rst") == [
        ("Closing Keynote", ["Siân Gwynne"], "keynote"),
        ("Shipping images faster", ["Frédéric Vasseur"], "talk"),
    ]


def test_h1_talks_each_over_a_company_role_and_name_line():
    from note_text import talks_of
    found = talks_of("""
        ---
        title: 'Harbor Analytics Night - Tokyo 201810'
        date: 2018-10-05T12:00:00+09:00
        layout: post
        ---
        # Serverless analytics on the harbour cloud

        ハーバー クラウド ジャパン株式会社 Analytics Specialist SA 志村 誠

        ## サーバレスはセキュアでもある

        * パッチの当たっていないサーバーはない

        # ストリームデータ分析と映像解析

        ハーバー クラウド ジャパン株式会社 ソリューションアーキテクト 山田 翔太さん

        ## ストリームデータとは

        * 絶え間なく生まれるデータ
        """)
    assert found == [("Serverless analytics on the harbour cloud", ["志村 誠"], "talk"),
                     ("ストリームデータ分析と映像解析", ["山田 翔太"], "talk")]


@pytest.mark.parametrize("line, who", [
    ("京都大学 情報学研究科 鈴木 一郎", ("鈴木 一郎", "京都大学 情報学研究科")),
    ("株式会社ハーバーの 映像 解析", None),  # the last words are no name (guard)
    ("登壇: 株式会社ハーバー 山田 太郎", ("山田 太郎", "株式会社ハーバー")),  # the label's own reading (guard)
])
def test_a_company_role_name_line(line, who):
    from generator.normalize import speaker_lines
    found = speaker_lines.speaker_line(line)
    assert ((found[0].name, found[0].affiliation) if found else None) == who


# Review guards (each read wrongly by the change before its review's fixes)

@pytest.mark.parametrize("closing", [
    # Guards: only thanks for this event's room, given by a company or a place, names a venue
    "Thanks to Jane Doe for hosting the talk and the Q&A.",  # a person hosting a talk, not a room
    "お食事をご提供いただきました株式会社ミナト様、ありがとうございました。",  # food, not the room
    # review guards (each read wrongly by the change before its review's fixes)
    "Thanks to Jane Doe for hosting us at her office.",  # a person
    "Thanks to the organizers for providing the space.",  # no name
    "Big thanks to our sponsor Acme for providing us with pizza.",  # food
    "Thanks to Heroku for hosting us for free on their platform.",  # a web host
    "会場を提供していただいた山田さん、ありがとうございました。",  # a person
    "次回の会場を提供してくださった株式会社ネクスト様に感謝します。",  # the next one's room
    "懇親会会場を提供してくださった株式会社ネクスト様に感謝します。",  # the social's room
])
def test_thanks_that_name_no_room_of_this_event(closing):
    assert event_of(THANKS_NOTE.format(closing=closing)).venue is None


@pytest.mark.parametrize("title", ["PyCon Harbor 2019 @ Day 2", "Harbor Meetup #3 @ Zoom 19:30-21:00",
                                   "Go勉強会 #3 @ オンライン 2020/05/10", "Harbor Meetup #4 @ Online (2nd edition)"])
def test_a_number_after_the_at_sign_other_than_a_floor_is_no_host(title):
    event = event_of(f"""
        ---
        title: "{title}"
        ---
        参加しました。
        """)
    assert event.venue is None


@pytest.mark.parametrize("title, opening", [
    # (`Last Thursday I went to …` now names its day, counted back from the post's: session 29's readings)
    ("Harbor Kotlin #3", "Last month I went to Harbor Kotlin #3."),
    ("Harbor Kotlin #3", "A week ago, Harbor Kotlin #3 took place."),
    ("Harbor Kotlin #3", "Next week I'm speaking at Harbor Kotlin #3."),
    ("HarborConf 2018 recap", "Notes from the conference."),  # the title's year is not the post's
    ("Harbor Kotlin #3", "Harbor Kotlin #3 が10月に開催されました。"),  # a month not the post's
])
def test_a_blog_posts_date_is_no_guess_when_the_opening_places_the_event_another_day(title, opening):
    event = event_of(f"""
        ---
        layout: post
        title: "{title}"
        date: 2019-01-05
        ---
        {opening}
        """)
    assert event.date is None


@pytest.mark.parametrize("line", ["株式会社ハーバー 品川 本社", "東京大学 本郷 校舎", "株式会社ハーバー 新規 事業",
                                  "主催 株式会社ハーバー 共催 東京大学"])
def test_an_organisations_own_line_names_no_speaker(line):
    from generator.normalize import speaker_lines
    assert speaker_lines.speaker_line(line) is None


@pytest.mark.parametrize("line", ["— by far the best talk —", "– by Friday –"])
def test_a_remark_between_dashes_names_no_speaker(line):
    from generator.normalize import speaker_lines
    assert speaker_lines.speaker_line(line) is None


def test_a_headerless_schedule_of_labels_and_descriptions_is_not_swapped():
    from note_text import talks_of
    found = talks_of("""
        ---
        title: Harbor JS Meetup 12
        date: 2020-01-10
        ---
        ## Schedule

        | 18:30 | Doors | Pizza and drinks |
        |---|---|---|
        | 19:00 | Welcome | A word from the organisers |
        | 19:10 | Rustacean | An hour of Rust |
        | 20:30 | Kubernetes | Clusters at home |
        """)
    assert not any(speakers and speakers[0] in ("Doors", "Welcome", "Rustacean", "Kubernetes") for _, speakers, _ in found)
