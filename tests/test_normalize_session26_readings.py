"""Session 26: readings measured on real notes (their shapes retold in the team's own words)."""
from __future__ import annotations

from note_text import event_of


def _talks(text: str) -> list[tuple[str, list[str], str]]:
    return [(t.title, [s.name for s in t.speakers], t.kind) for t in event_of(text).talks]


# --- `Title by [Name]`: the byline's word goes with the speaker's column ------------------------------------------

_BY_BRACKETED = """
    ---
    title: Editor Day 2031 に行ってきた
    date: 2031-11-03
    ---

    ## セッション

    ### Editors Reborn by [Lena Marsh]

    基調講演。昔と今のエディタの話。

    ### Your Editor Is Yours Alone by [kumo]

    設定は自分のためのもの。

    ### make check by [Omar Haddad]

    テストの回し方の話。
"""


def test_a_bracketed_speaker_column_takes_its_by_with_it():
    assert _talks(_BY_BRACKETED) == [
        ("Editors Reborn", ["Lena Marsh"], "talk"),
        ("Your Editor Is Yours Alone", ["kumo"], "talk"),
        ("make check", ["Omar Haddad"], "talk")]


def test_a_title_ending_in_by_keeps_it_when_no_column_is_read():
    from generator.normalize import bylines
    assert bylines.byline_column(["Stand by", "Pass me by", "Wait nearby"]) is None


# --- a pictograph that marks a programme's sessions ------------------------------------------------------------------

_MARKED_TABLE = """
    # Timetable

    |Mark|Meaning|
    |---|---|
    |🔰|for beginners|
    |🌎|in English|

    ## 10:00 - 10:45

    |Room|Title|Speaker|
    |---|---|---|
    |A|🔰Trying Jakarta Apps on a Laptop|Mina Ota|
    |B|Heading Toward Java 31|Ken Arai|
    |C|🌎【Acme基調講演】Rethinking Startup Time|Olga Berg|
    |D|🌎Joyful Code with Quarkus|Eddie Young|
    |E|🔰Learning Objects Slowly|Rui Sato|
"""


def test_a_pictograph_opening_several_titles_is_the_programmes_mark():
    assert _talks(_MARKED_TABLE) == [
        ("Trying Jakarta Apps on a Laptop", ["Mina Ota"], "talk"),
        ("Heading Toward Java 31", ["Ken Arai"], "talk"),
        ("Rethinking Startup Time", ["Olga Berg"], "keynote"),
        ("Joyful Code with Quarkus", ["Eddie Young"], "talk"),
        ("Learning Objects Slowly", ["Rui Sato"], "talk")]


def test_a_pictograph_opening_one_title_is_the_titles_own():
    text = _MARKED_TABLE.replace("🔰Learning", "Learning").replace("🔰Trying", "Trying").replace("🌎Joyful", "Joyful")
    titles = [t for t, _, _ in _talks(text)]
    assert "Trying Jakarta Apps on a Laptop" in titles
    assert "🌎【Acme基調講演】Rethinking Startup Time" in titles or "🌎Rethinking Startup Time" in titles


# --- kind labels and dashes ------------------------------------------------------------------------------------------

def test_a_keynote_label_naming_its_sponsor_sets_the_kind():
    from generator.normalize import kinds
    assert kinds.classify("【Acme基調講演】Rethinking Startup Time") == ("keynote", "Rethinking Startup Time")
    assert kinds.classify("[Opening Keynote] Hello Harbour") == ("keynote", "Hello Harbour")
    assert kinds.classify("(Closing Keynote) Goodbye Harbour") == ("keynote", "Goodbye Harbour")
    assert kinds.classify("[Keynote] Plain") == ("keynote", "Plain")


def test_a_subtitle_between_dashes_keeps_its_closing_dash():
    from generator.normalize import titles
    assert titles.clean_talk_title("Angular入門 - 45分でまるわかり -") == "Angular入門 - 45分でまるわかり -"
    assert titles.clean_talk_title("Spring入門（仮）-") == "Spring入門（仮）"
    assert titles.clean_talk_title("Parsing Tides - ") == "Parsing Tides"


# --- the day the post's summary says it went --------------------------------------------------------------------------

_SUMMARY_TELLS_THE_DAY = """
    ---
    title: "Harbour Java 勉強会 2031 その1 に行ってきた"
    date: 2031-02-09
    description: 2031年1月30日、『Harbour Java 勉強会 2031 その1 データアクセス特集』に行ってきました。
    ---

    ## 概要

    データアクセスの話が続いた夜でした。
"""


def test_a_dated_posts_summary_saying_when_it_went_gives_the_events_day():
    assert str(event_of(_SUMMARY_TELLS_THE_DAY).date) == "2031-01-30"


def test_a_dated_posts_summary_without_a_day_leaves_the_posts():
    text = _SUMMARY_TELLS_THE_DAY.replace("2031年1月30日、", "先日、")
    assert str(event_of(text).date) != "2031-01-30"
    said = _SUMMARY_TELLS_THE_DAY.replace("に行ってきました", "の資料をまとめました")
    assert str(event_of(said).date) != "2031-01-30"  # (a day without the writer going there: no event's day)


# --- a date's label as a heading, and a deadline's day in a heading -----------------------------------------------------

_DATE_UNDER_ITS_HEADING = """
    ---
    title: "Paper Reading 2031春"
    subtitle: "2031年3月22日"
    date: 2031-01-17T12:19:39+09:00
    ---

    ## 概要
    論文の読み合わせ会を開催します．

    ## 日時
    - 2031年3月22日（土） 13:00 - 18:00

    ## 参加方法

    ### 1. Slackに参加

    ### 2. 論文の登録（3月8日（土）締切）

    登録してください．
"""


def test_a_date_heading_labels_the_line_under_it_and_a_deadline_gives_no_day():
    assert str(event_of(_DATE_UNDER_ITS_HEADING).date) == "2031-03-22"
    no_label = _DATE_UNDER_ITS_HEADING.replace("## 日時\n    - 2031年3月22日（土） 13:00 - 18:00\n", "")
    assert str(event_of(no_label).date) != "2031-03-08"  # (the registration's deadline is no event's day)


def test_a_date_headings_label_needs_its_line_below():
    english = _DATE_UNDER_ITS_HEADING.replace("## 日時", "## When:").replace("- 2031年3月22日（土） 13:00 - 18:00",
                                                                       "- Saturday, March 22, 2031, 13:00 - 18:00")
    assert str(event_of(english).date) == "2031-03-22"


# --- a speaker's post over the whole programme ----------------------------------------------------------------------

_SPOKE_OVER_SLOTS = """
    ---
    title: "Harbour Fest 2031で発表してきた"
    date: 2031-10-20
    ---

    [Harbour Fest](https://harbour-fest.example.org)に参加&発表してきました！

    ## 基調講演： Bridging Old Ports and New

    - 十年以上ランタイムを作っている話

    ## セッション 1：A Short History of Server Runtimes

    - サーバーサイドの歴史

    ## セッション 2：The State of Islands

    - 島アーキテクチャ

    ## セッション 3：Logs That Outlive the Process

    - 永続化の話
    - 自分の発表でした https://speakerdeck.com/kumo/harbour-fest-2031
"""


def test_slot_labelled_headings_stay_the_programme_of_a_speakers_post():
    assert [t for t, _, _ in _talks(_SPOKE_OVER_SLOTS)] == [
        "Bridging Old Ports and New", "A Short History of Server Runtimes", "The State of Islands",
        "Logs That Outlive the Process"]


def test_a_speakers_post_with_unlabelled_sections_is_still_their_one_talk():
    text = _SPOKE_OVER_SLOTS.replace("で発表してきた", "で「港の灯り」というタイトルで発表してきた")
    for label in ("基調講演： ", "セッション 1：", "セッション 2：", "セッション 3："):
        text = text.replace(label, "")
    assert [t for t, _, _ in _talks(text)] == ["港の灯り"]


# --- a schedule heading for one part of the day, over a heading a slot ------------------------------------------------

_PART_SCHEDULES = """
    Second Harbour Signal Seminar
    =============================

    :日時: 2031 年 1 月 22 (水)

    タイムテーブル 昼の部
    =====================

    受付
    ----

    :開始: 13:40

    Signals Today
    -------------

    :時間: 20 分

    - where signalling stands

    Relays Explained
    ----------------

    :時間: 20 分

    - relays and mixers

    Relay Case Studies
    ------------------

    :時間: 20 分

    - public cases
"""


def test_slots_under_a_parts_schedule_heading_are_its_talks():
    from note_text import event_of as read
    event = read(_PART_SCHEDULES, name="seminar.rst")
    assert str(event.date) == "2031-01-22"
    assert [t.title for t in event.talks] == ["Signals Today", "Relays Explained", "Relay Case Studies"]


def test_a_schedule_word_with_a_part_of_the_day_is_a_schedule():
    from generator.normalize import sections
    for heading in ("タイムテーブル 昼の部", "Agenda - Morning", "Schedule Day 2", "プログラム午後"):
        assert sections.container_kind(heading) == "schedule", heading
    for heading in ("Agenda items", "The morning", "タイムテーブルの部"):
        assert sections.container_kind(heading) is None, heading


# --- a list written as records: speaker - handle - title - slides -----------------------------------------------------

_RECORDS = """
    # Talks

    `speaker` - `twitter handle` - `title` - `slides`

    ### First Day

    * Lena Marsh - @lenam - Harbour Insights  - https://speakerdeck.com/lenam/harbour-insights
    * Omar Haddad - @ohaddad - Making Queues Realtime  - https://speakerdeck.com/ohaddad/queues
    * Rui Sato - @ruisato - ZeroQueue -
    * Bo Park - @bopark
    * Ida Lind - @idalind - Tides of Data
"""


def test_a_list_of_records_parts_handle_title_and_slides():
    event = event_of(_RECORDS)
    assert [(t.title, [(s.name, s.handle) for s in t.speakers], t.slides) for t in event.talks] == [
        ("Harbour Insights", [("Lena Marsh", "lenam")], "https://speakerdeck.com/lenam/harbour-insights"),
        ("Making Queues Realtime", [("Omar Haddad", "ohaddad")], "https://speakerdeck.com/ohaddad/queues"),
        ("ZeroQueue", [("Rui Sato", "ruisato")], None),
        ("Tides of Data", [("Ida Lind", "idalind")], None)]


def test_a_dash_of_the_titles_own_stays_in_a_record():
    from generator.normalize.timetable import _record_fields
    assert _record_fields("Rails - 過去と未来") == ("Rails - 過去と未来", None, [])
    assert _record_fields("@x - Rails - 過去と未来 - https://example.org/a") == (
        "Rails - 過去と未来", "x", ["https://example.org/a"])


# --- guards from the review of this session's change (each failed on e8d2e93) ----------------------------------------

_TRIP_SCHEDULE = """
    ---
    title: "Tidewater Conf 2031 参加記"
    date: 2031-03-20
    ---

    Tidewater Conf 2031 に参加してきました。

    ## Schedule

    ### Day 1: 移動

    電車で移動。

    ### Day 2: カンファレンス

    セッションを聞いた。

    ### Day 3: 観光

    港を歩いた。

    ## Talks I saw

    ### Building Piers (Omar Haddad)

    よかった。

    ### Sockets Below Deck (Ida Lind)

    深かった。
"""


def test_guard_review_a_trips_schedule_is_no_programme_beside_the_talks_heading():
    titles = [t for t, _, _ in _talks(_TRIP_SCHEDULE)]
    assert [t.split(" (")[0] for t in titles] == ["Building Piers", "Sockets Below Deck"]


def test_guard_review_a_schedule_over_day_headings_is_no_programme():
    from generator.normalize.structure import Section
    from generator.normalize.talks import _schedule_of_slots
    days = [Section(title=t, level=3, lines=("x",), line=i) for i, t in enumerate(["Day 1: 移動", "Day 2: 本編", "Day 3: 観光"])]
    talks = [Section(title=t, level=3, lines=("x",), line=i) for i, t in enumerate(["Signals", "Relays Explained", "Cases"])]
    assert not _schedule_of_slots(days, days)
    assert _schedule_of_slots(talks, talks)


def test_guard_review_a_deadline_under_the_date_heading_is_not_the_day():
    text = """
        ---
        title: "Paper Reading 2031"
        date: 2031-01-10
        ---

        ## 日程

        - 論文登録締切: 2031年3月8日（土）
        - 開催: 2031年3月22日（土）
    """
    assert str(event_of(text).date) == "2031-03-22"


def test_guard_review_a_summary_telling_an_earlier_editions_day_gives_none():
    for summary in ("2031年1月30日に行われたその1に続き、『Harbour Java 勉強会 その2』に行ってきました。",
                    "2031年1月28日が締切だったCFPに応募して、Harbour Conf に登壇してきました。"):
        text = _SUMMARY_TELLS_THE_DAY.replace(
            "2031年1月30日、『Harbour Java 勉強会 2031 その1 データアクセス特集』に行ってきました。", summary)
        assert str(event_of(text).date) == "2031-02-09", summary


def test_guard_review_a_bracketed_columns_by_only_leaves_with_a_marked_speaker():
    text = """
        ## Talks

        ### Where Do Bugs Come From (Jane Doe)

        About bugs.

        ### Stand By (Ken Arai)

        Waiting.

        ### Notes from the Field (Mina Ota)

        Field notes.
    """
    assert [t for t, _, _ in _talks(text)] == ["Where Do Bugs Come From", "Stand By", "Notes from the Field"]


def test_guard_review_a_byline_dash_with_nobody_after_it_goes():
    from generator.normalize import titles
    assert titles.clean_talk_title("Rust - a primer -") == "Rust - a primer"


def test_guard_review_a_handle_shaped_word_ending_a_title_stays_in_it():
    from generator.normalize.timetable import _record_fields
    assert _record_fields("Kubernetes - @Scale") == ("Kubernetes - @Scale", None, [])
    assert _record_fields("C - +Plus Ultra") == ("C - +Plus Ultra", None, [])
    assert _record_fields("@ann - Sockets – In Depth")[0] == "Sockets – In Depth"


def test_guard_review_a_bracket_naming_another_keynote_is_no_keynote_label():
    from generator.normalize import kinds
    for title in ("(Pre-Keynote) Breakfast", "[Post-Keynote] Q&A", "【前回の基調講演】振り返り"):
        assert kinds.classify(title)[1] == title, title


def test_guard_review_a_doubled_mark_goes_whole():
    from generator.normalize.fields import LEADING_PICTOGRAPH
    assert LEADING_PICTOGRAPH.sub("", "🔰🔰 Double") == "Double"
