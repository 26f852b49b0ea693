"""Session 38: readings measured on real notes (their shapes retold in the team's own words)."""
from __future__ import annotations

from note_text import event_of


def _titles(event):
    return [t.title for t in event.talks]


# --- a report's talks at one heading level, each with its notes in sub-headings ------------------------------------

_REPORT = """
    # Rivertrack:dev 2031 参加レポート

    Rivertrack:dev 2031に参加したので、まとめます。

    日時：2031年10月31日 13:00~18:00
    場所：港ホール9階

    ## キーノートセッション 川の流れを読むサービス設計

    ### 百年に一度の変化

    煽っているらしい。

    ### 感想

    面白かった。

    ## 舟運データで街を変える

    山田 花子様 [@hanako](https://twitter.com/hanako)

    ### 舟運データとは

    [仕様書](https://spec.example.org/boatfeed-spec.pdf)を読むとよい。

    ### 国内の事例

    [運航表](https://ferry.example.jp/timetable.pdf)として公開されている。

    ### 感想

    地道さを感じた。

    ## 航路表のつくりかた

    ### 航路検索？いや航路探索です

    話。

    ### 感想

    よかった。
"""


def test_two_sub_headings_linking_documents_under_one_talk_are_its_notes_not_a_level_of_talks():
    event = event_of(_REPORT)
    assert _titles(event)[:2] == ["川の流れを読むサービス設計", "舟運データで街を変える"]
    assert [s.name for s in event.talks[1].speakers] == ["山田 花子"]
    assert event.talks[0].kind == "keynote"
    assert not {"舟運データとは", "国内の事例"} & set(_titles(event))


def test_sub_headings_that_each_name_their_speaker_are_still_the_talks():
    # (the guard: a heading over talks whose sub-headings mostly show a talk each is no talk of its own)
    event = event_of("""
        # Rivertrack:dev 2031

        ## セッション

        山田 花子様 [@hanako](https://twitter.com/hanako)

        ### 舟運データとは

        発表者: 川村 陽介さん

        ### 国内の事例

        発表者: 森 里美さん

        ### 航路表のつくりかた

        発表者: 青木 蓮さん
    """)
    assert _titles(event) == ["舟運データとは", "国内の事例", "航路表のつくりかた"]


def test_a_japanese_keynote_word_before_its_title_gives_the_kind_and_leaves_the_title():
    event = event_of("""
        # 盛岡クラウド勉強会 #4

        ## 基調講演 雲の上の運用
        登壇者: 工藤 雅人さん

        ## キーノートセッション「霧の中のデプロイ」
        登壇者: 佐々木 湊さん

        ## 基調講演 (60分)
        登壇者: 藤田 光さん
    """)
    assert [(t.title.strip("「」"), t.kind) for t in event.talks][:2] == [("雲の上の運用", "keynote"), ("霧の中のデプロイ", "keynote")]
    assert event.talks[2].title.startswith("基調講演")  # (a slot named only by its kind keeps its word)


# --- the event's name as the note writes it twice before its number ------------------------------------------------

def test_a_chat_thread_copy_is_named_by_the_event_it_names_twice_with_its_number():
    event = event_of("""
        #river-kt-live
        Topic: 川辺Kotlin会 LT Night #12 実況用チャンネル

        hanako  19:02
        はじまりました！ 川辺Kotlin会 LT Night #12 、今日は5本です
        https://riverkt.connpass.com/event/900012/

        yosuke  19:05
        1本目は @mori さんの「Flow で組む非同期処理」
    """, "thread_20310614.txt")
    assert event.title == "川辺Kotlin会 LT Night #12"


def test_a_run_sheet_headed_by_its_own_purpose_is_named_by_its_event():
    event = event_of("""
        **当日進行メモ（司会・受付用）**

        ## 開場前

        - 受付で名札を配る（多摩川データ分析勉強会 第21回 の名札）

        ## 司会の台本

        「本日は多摩川データ分析勉強会 第21回にお越しいただきありがとうございます」
    """, "run_sheet.md")
    assert event.title == "多摩川データ分析勉強会 第21回"


def test_a_named_events_title_gains_the_number_the_note_writes_twice():
    event = event_of("""
        ---
        title: "HarborConf"
        ---

        Welcome to the schedule of HarborConf 2031.

        The talks of HarborConf 2031 are below.
    """)
    assert event.title == "HarborConf 2031"


def test_a_name_written_once_or_a_product_with_a_year_leaves_the_title():
    # (one mention, an image's path, a month, a lower-case word out of an address: no event's name)
    event = event_of("""
        # Back from the sea!

        I finally installed Exchange 2007 at work. Exchange 2007 is big.

        ![](/files/blog/small_Sea 2031.png) ![](/files/blog/small_Sea 2031.jpg)

        See you in Feb 2031, in Feb 2031 again; https://example.org/pcd 2031 and pcd 2031.
    """)
    assert event.title == "Back from the sea!"


# --- `Title, presented by Name.`: the verb before `by`, the sentence's stop, the writer's aside, a panel's moderator --

_LINKS_BY_DAY = """
    # After Harbor Web Day 2031

    Harbor Web Day was great.

    ## Talks

    Here are the links I kept:

    ### Day 1

    - [Reading the Tides](http://sketch.example.org/hwd/tides/), presented by [Ada Brook](http://adabrook.example.com/).
    - [Fonts for Sailors](http://sketch.example.org/hwd/fonts/), presented by [Ben Cole](http://bencole.example.com/).
    - [After the Launch](http://wpteach.example.com/after/) by [Al Finch](https://twitter.com/alfinch) (major props to Al for giving this talk with no preparation, on account of a missing speaker).

    ### Day 2

    - Panel on Harbor Business with [Chris Bay](https://twitter.com/cbay), [Bel Dar](https://twitter.com/bdar), and [Jean Arsen](https://twitter.com/jarsen), moderated by [Shan Smith](https://twitter.com/ssmith) (props to all these folks for stepping up last minute).
    - [Keep Your Knots Tidy](http://www.slideshare.net/jclark/knots) by [Jer Clark](https://twitter.com/jclark).
    - Town Hall with [Matt Mull](https://twitter.com/mattmull).
"""


def test_presented_by_a_full_stop_and_an_aside_after_the_speaker_are_no_part_of_title_or_name():
    event = event_of(_LINKS_BY_DAY)
    got = [(t.title, [s.name for s in t.speakers], t.kind) for t in event.talks]
    assert got == [
        ("Reading the Tides", ["Ada Brook"], "talk"),
        ("Fonts for Sailors", ["Ben Cole"], "talk"),
        ("After the Launch", ["Al Finch"], "talk"),
        ("Panel on Harbor Business", ["Chris Bay", "Bel Dar", "Jean Arsen", "Shan Smith"], "panel"),
        ("Keep Your Knots Tidy", ["Jer Clark"], "talk"),
        ("Town Hall", ["Matt Mull"], "talk"),
    ]


def test_an_aside_in_parentheses_that_names_a_company_stays_the_speakers():
    # (the guard: `(Acme Labs)` is where the speaker works, not the writer's aside)
    event = event_of(_LINKS_BY_DAY.replace(" (major props to Al for giving this talk with no preparation, on account of a "
                                           "missing speaker).", " (Acme Labs)"))
    assert event.talks[2].title == "After the Launch"
    assert [s.name for s in event.talks[2].speakers] == ["Al Finch"]
    assert event.talks[2].speakers[0].affiliation == "Acme Labs"


_HOUR_PROGRAMME = """
    # HarborRuby 2031 agenda

    We are proud to present this year's agenda.

    - 9AM Registration opens
    - 10AM [John Pike](https://harborruby.example.org/speakers/pike/): Asynchronous Harbors
    - 12:00PM Microtalks with [Ann Ray](https://harborruby.example.org/speakers/ray/), [Matt Salo](https://harborruby.example.org/speakers/salo/), and [Emily Stone](https://harborruby.example.org/speakers/stone/).
    - 12:50PM Lunch
    - 2:05PM [Lauren Voss](https://harborruby.example.org/speakers/voss/): Putting Off Harbors
    - 6 p.m. [Pat Shaw](https://harborruby.example.org/speakers/shaw/): Functional Harbors
"""


def test_a_programme_timed_by_the_hour_alone_with_names_linked_to_their_pages():
    event = event_of(_HOUR_PROGRAMME)
    got = [(t.title, [s.name for s in t.speakers], t.kind) for t in event.talks]
    assert got == [
        ("Asynchronous Harbors", ["John Pike"], "talk"),
        ("Ann Ray", ["Ann Ray"], "lightning"),
        ("Matt Salo", ["Matt Salo"], "lightning"),
        ("Emily Stone", ["Emily Stone"], "lightning"),
        ("Putting Off Harbors", ["Lauren Voss"], "talk"),
        ("Functional Harbors", ["Pat Shaw"], "talk"),
    ]


def test_a_name_linked_to_a_page_of_no_person_before_a_colon_is_not_taken_for_a_speaker():
    # (the guard: `[Harbor Guide](…/docs/guide/): Chapter One` names a document, not who gave a talk)
    event = event_of(_HOUR_PROGRAMME.replace("[John Pike](https://harborruby.example.org/speakers/pike/)",
                                             "[John Pike](https://harborruby.example.org/docs/guide/)"))
    assert ("Asynchronous Harbors", ["John Pike"]) not in [(t.title, [s.name for s in t.speakers]) for t in event.talks]


# --- a copy's own stamps (saved, clipped, last edited, a scrap made or closed) and a stamp for a title -----------------

def test_a_page_saved_on_one_day_tells_its_event_on_another_without_its_year():
    event = event_of("""
        saved 2031-09-14 from https://lu.ma/harbor-sept (page text, for the team wiki)

        Harbor Product Circle: September Edition
        Thursday, September 11
        6:30 PM - 9:00 PM

        Our September circle is all about saying no.
    """, "notes.txt")
    assert str(event.date) == "2031-09-11"


def test_a_copys_own_stamps_are_no_days_of_the_event():
    from generator.normalize import dates
    for line in ("saved 2031-09-14 from https://lu.ma/x", "Clipped on March 3, 2031", "% last edited 2032-03-02 (RJ)",
                 "2031/10/18に作成", "2031/10/19にクローズ", "Retrieved 12 May 2031"):
        assert dates.publication_marked(line), line
    # (the words in a sentence about the event are no stamp: `we saved the best talk for last`, `作成したツール`)
    for line in ("We saved the best talk for last on 2031-09-14.", "2031年9月14日、作成したツールの話をしました"):
        assert not dates.publication_marked(line), line


def test_a_newsletter_titled_by_its_issue_and_day_tells_of_last_thursday():
    event = event_of("""
        Issue 42 · April 9, 2031 · a 6-minute read

        Hello, data people 👋

        This one is mostly about last Thursday, when 70-odd of you came to the old cannery for Saltflat Data #18.
    """, "issue-42.txt")
    assert str(event.date) == "2031-04-03"


def test_a_title_naming_the_event_with_its_day_keeps_that_day():
    # (the guard: `Saltflat Data #18 · April 9, 2031` names the event, its day is the event's)
    event = event_of("""
        Saltflat Data #18 · April 9, 2031

        This one is mostly about last Thursday, when 70-odd of you came to the old cannery.
    """, "issue-42.txt")
    assert str(event.date) == "2031-04-09"


# --- a Slack thread copied as text: the host calls each talk by its slot among the listeners' messages --------------

_THREAD = """
    #minato-swift-live
    スレッド
    #minato-swift-live

    森田 けい  18:50
    【本日】港Swift部 LT Night #4 実況スレです :speech_balloon:
    ハッシュタグは #minatoswift でお願いします
    https://minato-swift.connpass.com/event/900404/
    返信 18 件

    森田 けい  18:57
    会場のサクラベイ株式会社さん 9F セミナールーム、受付開始しました

    森田 けい  19:04
    開会しました〜
    19:06
    LT1 「SwiftData を社内アプリに入れてみた」 @川島 りく さん

    浜口 あや  19:09
    移行の話ありがたい
    19:11
    ビルドが速くなるのはすごい

    森田 けい  19:15
    LT2 「async/await の落とし穴 3 つ」 @mizuki.t さん

    浜口 あや  19:20
    質問: Task のキャンセルはどう扱ってますか？（後で聞きます） (編集済み)

    森田 けい  19:26
    最後 LT3 「Xcode Cloud で CI を一本化した話」 @大野 そう さん

    森田 けい  19:40
    以上で LT は終了です、ご参加ありがとうございました！
"""


def test_a_slack_thread_is_read_as_its_messages_and_the_hosts_calls_are_its_talks():
    event = event_of(_THREAD, "thread_20310614.txt")
    assert event.title == "港Swift部 LT Night #4"
    assert [(t.title, [s.name for s in t.speakers], t.kind) for t in event.talks] == [
        ("SwiftData を社内アプリに入れてみた", ["川島 りく"], "lightning"),
        ("async/await の落とし穴 3 つ", ["mizuki.t"], "lightning"),
        ("Xcode Cloud で CI を一本化した話", ["大野 そう"], "lightning"),
    ]
    assert event.hashtags == ("minatoswift",) or list(event.hashtags) == ["minatoswift"]
    assert event.venue == "サクラベイ株式会社 9F セミナールーム"


def test_one_slot_called_in_a_plain_note_is_no_programme():
    # (the guard: a single `LT1 「…」` line, the writer's own, is read as before)
    event = event_of(_THREAD.replace("LT2 「async/await の落とし穴 3 つ」 @mizuki.t さん", "次は休憩です")
                     .replace("最後 LT3 「Xcode Cloud で CI を一本化した話」 @大野 そう さん", "以上です"),
                     "thread_20310614.txt")
    assert [t.title for t in event.talks] != ["SwiftData を社内アプリに入れてみた"] or len(event.talks) <= 1


# --- talks told in a recap's sentences: who came next on which quoted title, a link the sentence calls the talk -----

def test_a_recap_tells_who_came_next_with_which_title():
    event = event_of("""
        # Harbor Web Summit 2031 - day one

        Today was day one, and it was great.

        ## Presenters

        Next was Rosa Linde on "How to read the cascade". Filled with live code.

        Ending the day was Tomas Berg's talk on "Growing up with UX". A great look at careers.
    """)
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("How to read the cascade", ["Rosa Linde"]), ("Growing up with UX", ["Tomas Berg"])]


def test_a_recap_tells_talks_by_their_linked_titles():
    event = event_of("""
        # Harbor Docs 2031 recap

        ## Day 1 & 2 - Talks at the Harbor Ballroom

        A great talk that really stood out was [Two teams that work better together][1]. I loved it.

        My favourite talk of the conference was [Copy that: product copy as docs][2] by [Sara Dale][3].

        The most visual talk was by [Chris Lund][4] called [Not in Kansas anymore][5].

        The keynote is [online][6] if you missed it.

        ### Back at the hotel

        We slept.

         [1]: https://example.org/t/1
         [2]: https://example.org/t/2
         [3]: https://twitter.com/saradale
         [4]: https://twitter.com/chrislund
         [5]: https://example.org/t/3
         [6]: https://example.org/v/k
    """)
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("Two teams that work better together", []), ("Copy that: product copy as docs", ["Sara Dale"]),
        ("Not in Kansas anymore", ["Chris Lund"])]


# --- an event page copied from the web: `6:30 · Title`, hours with their zone, the hosts, a fireside chat, ⚡ lines --

_EVENT_PAGE = """
    saved 2031-05-20 from https://lu.ma/harbor-may (page text)

    Skip to content
    Luma
    Discover
    Sign In

    Past Event
    This event ended 5 days ago.

    Harbor Makers Circle: May Edition
    Thursday, May 15
    6:00 PM - 9:00 PM GMT+1
    The Ropewalk
    Port Ellis

    Hosted By
    Ines Marlow
    Tobias Quay

    About Event
    Three speakers and a fireside chat.

    🗓️ Agenda

    6:00 · Doors, drinks & snacks
    6:30 · Sunsetting half our features (Ines Marlow, Head of Product at Lumen)
    7:00 · Fireside chat: "The launch that backfired" with Ama Boateng (Fenwick) & Jules Carver (Saltbox), hosted by Tobias Quay
    7:40 · Quick-fire talks, 5 minutes each:
       ⚡ Wren Castell: "Your roadmap is a wish list"
       ⚡ Felix Anand: "Shipping to one customer first"
    8:00 · Mingling until 9

    Thanks to The Ropewalk for hosting us again.
"""


def test_an_event_page_copied_as_text_with_its_agenda_by_the_clock():
    event = event_of(_EVENT_PAGE, "notes.txt")
    assert event.title == "Harbor Makers Circle: May Edition"
    assert event.url == "https://lu.ma/harbor-may"
    assert str(event.date) == "2031-05-15"
    assert event.venue == "The Ropewalk"
    assert [(t.title, [s.name for s in t.speakers], t.kind) for t in event.talks] == [
        ("Sunsetting half our features", ["Ines Marlow"], "talk"),
        ("The launch that backfired", ["Ama Boateng", "Jules Carver", "Tobias Quay"], "discussion"),
        ("Your roadmap is a wish list", ["Wren Castell"], "lightning"),
        ("Shipping to one customer first", ["Felix Anand"], "lightning"),
    ]


def test_lines_with_one_pictograph_each_once_are_no_list():
    # (the guard: a pictograph opening one line, `🗓️ Agenda`, and a different one the next, stay lines)
    from generator.normalize import dialects
    assert not dialects._has_pictograph_lists("🗓️ Agenda\n📍 Port Ellis\n", ".txt")
    assert dialects._has_pictograph_lists("   ⚡ A: \"x\"\n   ⚡ B: \"y\"\n", ".txt")


# --- a programme exported from a spreadsheet as CSV ------------------------------------------------------------------

def test_a_csv_programme_pasted_as_text_is_read_as_its_table():
    event = event_of("""
        # みなとFE 2031 タイムテーブル（スタッフ共有用）

        start,end,track,type,title,speaker,affiliation,slide_url,note
        10:00,10:10,A,other,オープニング,実行委員長 森 圭,,,
        10:10,10:50,A,keynote,フロントエンドの次の 10 年,森永 俊,株式会社ハマラボ,https://speakerdeck.com/morinaga/next-10,
        11:00,11:30,B,session,"デザインシステム, その距離感",加賀 蓮,"株式会社ミズ, デザイン部",,B会場
        13:10,13:40,B,canceled,（キャンセル）キャッシュ戦略再入門,東 啓,,,登壇者都合
        13:50,13:55,A,lt,Biome に乗り換えた 3 日間,@hkr_tm,,,
        14:30,16:30,-,other,懇親会（1F カフェ）,,,,
    """, "timetable_v3.txt")
    assert event.title == "みなとFE 2031"
    got = [(t.title, [s.name for s in t.speakers], t.kind, t.room) for t in event.talks]
    assert got == [
        ("フロントエンドの次の 10 年", ["森永 俊"], "keynote", "A"),
        ("デザインシステム, その距離感", ["加賀 蓮"], "talk", "B"),
        ("Biome に乗り換えた 3 日間", ["hkr_tm"], "lightning", "A"),
    ]
    assert event.talks[0].slides == "https://speakerdeck.com/morinaga/next-10"


def test_commas_in_prose_are_no_csv_table():
    # (the guard: sentences with commas, one naming a title, are read as they were)
    from generator.normalize import dialects
    text = "title, speaker, and time were all wrong, sadly, again\nwe fixed it, later, at home, with tea\n"
    assert not dialects._has_csv_programme(text * 2, ".txt")


# --- a mail saved as text: its headers, the forwarded announcement quoted under the reply --------------------------

def test_a_mail_saved_with_its_headers_reads_the_quoted_agenda():
    event = event_of("""
        Subject: Re: Fwd: [harbor-go] March meetup - agenda
        From: Ravi Shen <ravi@fern.example>
        To: Priya Nat <priya@fern.example>
        Date: Fri, 14 Mar 2031 17:26:03 +0000

        Thanks Priya! The recording is up.

        On Fri, Mar 14, 2031 at 4:47 PM Priya Nat <priya@fern.example> wrote:
        > Forwarding the organisers' mail.
        >
        > ---------- Forwarded message ---------
        > From: Marcus Oye <organizers@harborgo.example>
        > Date: Tue, Mar 11, 2031 at 10:02 AM
        > Subject: [harbor-go] March meetup - agenda
        >
        > Agenda:
        >
        > 6:00  Doors, pizza
        > 6:30  "Channels and You" -- Tomasz Wierz
        > 7:05  "Shipping a Go CLI to 40,000 laptops" -- Dana Oka
        > 7:40  Lightning talks (5 min each):
        >         - Gopher-Driven Development (Lucia March)
        >         - TBD -- grab a slot on the whiteboard
        >
        > --
        > You received this message because you are subscribed to the Google
        > Groups "harbor-go" group.
    """, "Fwd_agenda.txt")
    assert event.title == "March meetup"
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("Channels and You", ["Tomasz Wierz"]), ("Shipping a Go CLI to 40,000 laptops", ["Dana Oka"]),
        ("Gopher-Driven Development", ["Lucia March"])]
    assert event.talks[2].kind == "lightning"


def test_a_note_that_only_mentions_a_subject_line_is_no_mail():
    # (the guard: `Subject:` written in a note's text, without the mail's other headers, changes nothing)
    from generator.normalize import dialects
    assert not dialects._is_mail_message("# Notes\n\nSubject: pizza\nWe talked about pizza.\n", ".md")


def test_a_panel_named_before_its_quoted_title_with_its_people_by_role():
    from generator.normalize import kinds, people
    assert kinds.classify("パネル「小さなチームの運用」") == ("panel", "「小さなチームの運用」")
    assert [p.name for p in people.parse_people("モデレーター：桑原 拓 パネリスト：近江 康平、朝比奈 ゆい")] == [
        "桑原 拓", "近江 康平", "朝比奈 ゆい"]
    assert [p.name for p in people.parse_people("Moderator: Jane Roe, Panelists: Bo Lund, Mia Park")] == [
        "Jane Roe", "Bo Lund", "Mia Park"]


# --- a Notion page exported as HTML: its properties, an organiser's run of show ---------------------------------------

_NOTION = """<html><head><title>May meetup</title></head><body><article class="page sans"><header>
<h1 class="page-title">May meetup</h1><table class="properties"><tbody>
<tr class="property-row"><th><span class="icon property-icon"></span>Event</th><td>Harbor Gophers — May 2031</td></tr>
<tr class="property-row"><th>Date</th><td><time>@May 20, 2031 6:30 PM (PDT)</time></td></tr>
<tr class="property-row"><th>Status</th><td><span class="selected-value">Done</span></td></tr>
<tr class="property-row"><th>Venue</th><td>Copperline Software, 5th floor</td></tr>
<tr class="property-row"><th>Meetup link</th><td><a href="https://www.meetup.com/harbor-gophers/events/300915264/">https://www.meetup.com/harbor-gophers/events/300915264/</a></td></tr>
<tr class="property-row"><th>Tags</th><td><span class="selected-value">meetup</span><span class="selected-value">go</span></td></tr>
<tr class="property-row"><th>Owner</th><td>Dev Rao</td></tr>
</tbody></table></header><div class="page-body">
<h2>Run of show</h2><table class="simple-table"><tbody>
<tr><td>Time</td><td>What</td><td>Who</td><td>Notes</td></tr>
<tr><td>6:30</td><td>Doors + food</td><td>Dev</td><td>Tacos</td></tr>
<tr><td>7:00</td><td>Welcome + sponsor thanks</td><td>Dev</td><td></td></tr>
<tr><td>7:10</td><td>Generics, two years on</td><td>Marisol Quin</td><td>25 min</td></tr>
<tr><td>7:45</td><td>Profiling a slow gRPC service</td><td>Ben Okon, Aditi Shah</td><td>2 mics</td></tr>
<tr><td>8:45</td><td>Wrap / raffle</td><td>Dev</td><td></td></tr>
</tbody></table>
<h2>Speaker contacts</h2><ul><li>Marisol — marisol@quin.example</li></ul>
<h2>After the event</h2><ul><li>Upload photos</li></ul>
</div></article></body></html>
"""


def test_a_notion_pages_properties_are_its_front_matter_and_its_run_of_show_its_programme():
    event = event_of(_NOTION, "May meetup 3f9a1c2e.html")
    assert event.title == "Harbor Gophers — May 2031"
    assert str(event.date) == "2031-05-20"
    assert event.venue == "Copperline Software, 5th floor"
    assert event.url == "https://www.meetup.com/harbor-gophers/events/300915264/"
    assert set(event.tags) == {"meetup", "go"}
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("Generics, two years on", ["Marisol Quin"]), ("Profiling a slow gRPC service", ["Ben Okon", "Aditi Shah"])]


# --- guards from the review's probes: near shapes the readings above must leave alone -------------------------------

def test_the_menu_ends_at_its_last_navigation_line():
    event = event_of("""
        Skip to content
        Meetup
        Explore
        Sign in
        Harbor Rust Meetup #27
        Wednesday, November 12, 2031
        6:30 PM to 9:00 PM GMT
    """, "page.txt")
    assert event.title == "Harbor Rust Meetup #27"
    assert str(event.date) == "2031-11-12"


def test_emoji_lines_at_the_margin_are_no_list_and_leave_the_talks():
    event = event_of("""
        Harbor Data Night #4

        Talks:
        - Embedded Rust on a boat by Jon Berg
        - Bevy for games by Mei Lin

        🙏 Acme Corp for the venue
        🙏 Globex for the pizza
    """, "notes.txt")
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("Embedded Rust on a boat", ["Jon Berg"]), ("Bevy for games", ["Mei Lin"])]


def test_a_name_written_twice_with_another_editions_or_things_number_leaves_the_title():
    # (last year's edition, next year's tickets, an issue, a magazine's volume, a sponsor's own event)
    for text, title in (
            ("# Go Conference\n\n今年も Go Conference に参加。去年の Go Conference 2030 では初登壇だった。\n\n"
             "去年の Go Conference 2030 と比べて人が増えた。\n", "Go Conference"),
            ("# JSConf Harbor\n\nTickets for JSConf Harbor 2032 are on sale; the CFP for JSConf Harbor 2032 opens soon.\n",
             "JSConf Harbor"),
            ("# maintainers call\n\nWe looked at Octokit Issue #482 first, then Octokit Issue #482 again.\n", "maintainers call"),
            ("# 今月の読書\n\nWEB+DB PRESS Vol.130 を読んだ。WEB+DB PRESS Vol.130 の特集がよかった。\n", "今月の読書"),
            ("# Harbor Go Night のお知らせ\n\nHarbor Go Night を開催します。スポンサーの Acme Summit 2031 もよろしく。"
             "Acme Summit 2031 の登録はこちら。\n", "Harbor Go Night のお知らせ")):
        assert event_of(text).title == title, text


def test_slot_calls_under_the_next_meetings_heading_are_not_this_meetings_talks():
    event = event_of("""
        港.py #32 メモ
        2031年12月18日 港コワーキング

        次回予告
        LT1 「Polars 入門」 @林 舞 さん
        LT2 「Django 6」 @森 亮 さん
    """, "memo.txt")
    assert not {"Polars 入門", "Django 6"} & {t.title for t in event.talks}


def test_recap_sentences_name_only_people_and_titles():
    from generator.normalize import prose
    text = ('Next was Team Rocket with "Blast off". Then came Central Station on "the late train". '
            'The talk is [on YouTube](https://youtu.be/x) and my own talk was [rejected this time](https://example.org/cfp).')
    assert prose.talks_told(text, 1) == []


def test_titles_ending_in_an_acronym_are_no_time_zone():
    event = event_of("""
        # Harbor .NET Night #3

        ## Timetable

        - 18:30 Doors
        - 19:00 What's new in .NET 10 AOT
        - 19:30 Java 25 JIT vs .NET 10 JIT
        - 20:00 Python 4 AST
    """)
    assert [t.title for t in event.talks] == ["What's new in .NET 10 AOT", "Java 25 JIT vs .NET 10 JIT", "Python 4 AST"]


def test_near_shapes_of_kinds_honorifics_and_bold_keep_their_words():
    from generator.normalize import kinds, titles, venue
    assert kinds.classify("Fireside chat: Ama Boateng and Jules Carver")[1].startswith("Fireside chat")
    assert kinds.classify("基調講演 質疑応答")[1] == "基調講演 質疑応答"
    assert kinds.classify("Quick-fire session with the judges")[0] == "talk"
    assert titles.clean_event_title("__init__") == "__init__"
    assert "おかあさん" in (venue._clean_venue("カフェ おかあさん 2F") or "")


def test_a_timetable_laid_out_with_spaces_before_the_hour_is_no_chat_thread():
    from generator.normalize import dialects
    table = "Opening  19:00\nKeynote on tides  19:10\nLightning talks  19:50\nPub  21:00\n"
    assert not dialects._is_thread_copy(table, ".txt")
