"""Session 21: readings measured on real notes (their shapes retold in the team's own words)."""
from __future__ import annotations

import pytest

from generator.normalize import bylines, people
from note_text import event_of, talks_of


def _speakers(text: str):
    return [(s.name, s.handle, s.affiliation) for s in people.parse_people(text)]


# --- who gives the talk ---------------------------------------------------------------------------------------------

def test_a_handle_with_its_honorific_before_the_title():
    talks = event_of("""
        ---
        title: Harbor meetup tokyo #2
        ---
        ## LT

        #### LT1 @kanga_h 様 個々の港のリポジトリで設定を管理している話

        メモ。

        #### LT2 @mpon_h さん 外部サービスを設定で管理できますよ

        メモ。
        """).talks
    assert [(t.title, [s.handle for s in t.speakers]) for t in talks] == [
        ("個々の港のリポジトリで設定を管理している話", ["kanga_h"]),
        ("外部サービスを設定で管理できますよ", ["mpon_h"])]


@pytest.mark.parametrize("line, name, handle", [
    # a blog tool writes the linked profile page's title as the link's text
    ("[Hiro Sato (@hirosato79) | Twitter](https://twitter.com/hirosato79) 氏", "Hiro Sato", "hirosato79"),
    ("[Tomo Noda #KubeCon (@tn961x) | Twitter](https://twitter.com/tn961x) 氏", "Tomo Noda", "tn961x"),
    ("[jvasse_xさんのプロフィール - connpass](https://connpass.com/user/jvasse_x/) 氏", "jvasse_x", "jvasse_x"),
    ("[Mia Lund on X](https://x.com/mialund)", "Mia Lund", "mialund"),
])
def test_a_profile_pages_title_as_a_links_text_is_the_person(line, name, handle):
    assert [(s.name, s.handle) for s in people.parse_people(line)] == [(name, handle)]


def test_a_link_to_a_page_that_is_no_profile_keeps_its_text():
    # Guard: only a profile link's text loses what the profile page's title adds
    assert [s.name for s in people.parse_people("[Jane Doe | Harbor](https://harbor.example.com/jane)")] == [
        "Jane Doe | Harbor"]


@pytest.mark.parametrize("text, expected", [
    ("Johnny Mirza, Harbor Solutions Architect", [("Johnny Mirza", None, "Harbor Solutions Architect")]),
    ("Harbor ソリューションアーキテクト, ジョニー ミルザ", [("ジョニー ミルザ", None, "Harbor ソリューションアーキテクト")]),
    ("Haru Kameda, Evangelist, Quay Japan K.K.", [("Haru Kameda", None, "Evangelist, Quay Japan K.K.")]),
    ("Poru Sai Rahul, Scientific Developer", [("Poru Sai Rahul", None, "Scientific Developer")]),
    ("Dock Exchange シニア ソフトウェア エンジニア, 南 良介", [("南 良介", None, "Dock Exchange シニア ソフトウェア エンジニア")]),
])
def test_where_and_as_what_a_person_works_beside_the_name_is_their_affiliation(text, expected):
    assert _speakers(text) == expected
    assert people.looks_like_people(text, strict=True)


@pytest.mark.parametrize("text, names", [
    # Guard: two people stay two people; a company after a name is still read as before
    ("Jane Doe, John Roe", ["Jane Doe", "John Roe"]),
    ("Lena Krüger, DataWerk GmbH", ["Lena Krüger"]),
])
def test_people_without_a_job_between_them_are_read_as_before(text, names):
    assert [s.name for s in people.parse_people(text)] == names


def test_words_of_a_job_alone_are_no_people():
    # Guard: a part saying as what someone works counts only beside a person
    assert not people.looks_like_people("ソリューションアーキテクト, 本部長", strict=True)


@pytest.mark.parametrize("line, title, names", [
    ("山田太郎さん「港の話」", "港の話", ["山田太郎"]),
    ("山田太郎「港の話」", "港の話", ["山田太郎"]),
    ("Harbor ソリューションアーキテクト, ジョニー ミルザ 「Harborとは？」- 逐次通訳あり", "Harborとは？", ["ジョニー ミルザ"]),
    ('Johnny Mirza, Harbor Solutions Architect "An introduction to Harbor"', "An introduction to Harbor",
     ["Johnny Mirza"]),
])
def test_people_then_a_quoted_title(line, title, names):
    found_title, speakers = bylines.split_title_speaker(line)
    assert (found_title, [s.name for s in speakers]) == (title, names)


@pytest.mark.parametrize("line", ["今日は「港の話」", 'Great talk "Harbor Lights"', 'Sota "Harbor Lights"'])
def test_words_before_a_quoted_title_that_are_no_one_are_no_speaker(line):
    # Guard: unmarked words before the quotes must be a name the dictionary knows or a full Latin name
    assert bylines.split_title_speaker(line)[1] == ()


def test_a_timed_agenda_of_people_then_quoted_titles():
    talks = talks_of("""
        ---
        title: Harbor Meetup Tokyo
        ---
        **当日のアジェンダ：**
        * 18:00 - 18:30: 受付とネットワーキング
        * 18:30 - 18:50: Harbor ソリューションアーキテクト, ジョニー ミルザ 「Harborとは？」- 逐次通訳あり
        * 18:50 - 19:10: Quay Japan株式会社 エヴァンジェリスト 亀田治伸「QuayによるHarborの活用について」
        * 19:10 - 19:30: Dock Exchange シニア ソフトウェア エンジニア, 南 良介「数十億行の移行」
        * 19:30 - 20:00: クロージング
        """)
    assert talks == [("Harborとは？", ["ジョニー ミルザ"], "talk"),
                     ("QuayによるHarborの活用について", ["亀田治伸"], "talk"),
                     ("数十億行の移行", ["南 良介"], "talk")]


def test_a_talks_notes_opening_with_whom_it_was_from():
    talks = talks_of("""
        ---
        title: Harbor Cloud Summit
        ---
        ## Talk 1: Data Lakes on Harbor
        The first talk was from Tufan, a Senior Cloud Architect. It was an overview.

        ## Talk 2: The Voice of a Customer
        This was a substitute talk, from Jacek, a Technical Account Manager.
        """)
    assert talks == [("Data Lakes on Harbor", ["Tufan"], "talk"), ("The Voice of a Customer", ["Jacek"], "talk")]


@pytest.mark.parametrize("line", ["The talk was by far the best of the day.", "This talk was from Python 3. It was good."])
def test_a_sentence_about_the_talk_naming_no_one_names_no_speaker(line):
    # Guard: `by far`, a word with a digit after it: no one
    assert bylines.talk_from(line) == ()


# --- web pages ----------------------------------------------------------------------------------------------------

TIMETABLE_PAGE = """
    <html><head><title>Harbor Ruby Kaigi 2017</title></head><body>
    <h1>Harbor Ruby Kaigi 2017</h1>
    <h2 class="ttl">ABOUT<span>開催に際して</span></h2>
    <p>コミュニティを楽しく。</p>
    <h2 class="ttl">TIME TABLE<span>講演内容</span></h2>
    <table class="schedule"><tbody>
    <tr><th class="time">9:30</th><td class="other">受付</td></tr>
    <tr><th class="time">11:20</th><td class="detail"><div class="detail_box">
      <p class="timettl">港でデータサイエンスを行うための取り組み</p>
      <div class="speakerdetail"><p class="speakername">kozo_h2</p>
      <ul class="sns"><li><a href="https://github.com/kozo_h2">GitHub</a></li>
      <li><a href="https://twitter.com/kozo_h2">Twitter</a></li></ul></div></div></td></tr>
    <tr><th class="time">11:50</th><td class="other">昼休憩</td></tr>
    <tr><th class="time">12:50</th><td class="detail"><div class="detail_box">
      <p class="timettl">エンタープライズ港<br>ぶち当たった2つの壁と突破法</p>
      <div class="speakerdetail"><p class="speakername">田中宏基</p></div></div></td></tr>
    </tbody></table>
    <h2 class="ttl--center">PARTY<span>懇親会</span></h2>
    <p>開催場所:<br>大阪市中央区本町1-7-1 三星本町ビルB1</p>
    <h2 class="ttl--center">ACCESS<span>会場</span></h2>
    <p>大阪府大阪市中央区本町1丁目4-5<br>大阪産業創造館 4F イベントホール</p>
    </body></html>
    """


def test_a_programme_cell_of_title_speaker_and_profile_links_is_one_talk():
    event = event_of(TIMETABLE_PAGE, "kaigi.html")
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("港でデータサイエンスを行うための取り組み", ["kozo_h2"]),
        ("エンタープライズ港 ぶち当たった2つの壁と突破法", ["田中宏基"])]


def test_a_capitals_caption_gives_way_to_the_japanese_heading_and_the_partys_place_is_not_the_venue():
    event = event_of(TIMETABLE_PAGE, "kaigi.html")
    assert event.venue == "大阪産業創造館 4F イベントホール"


def test_a_cell_of_two_titles_is_still_two_talks():
    # Guard: a second line that is no person (and no profile links after it) keeps the cell's lines apart
    talks = talks_of("""
        ## タイムテーブル

        | 時間 | 内容 |
        |---|---|
        | 11:00 | 受付 |
        | 11:30 | 港の話 by 山田さん <br> 船の話 by 佐藤さん |
        | 12:00 | 空の話 by 鈴木さん |
        """)
    assert [t for t, _, _ in talks] == ["港の話", "船の話", "空の話"]


LIGHTNING_PAGE = """
    ---
    title: 'Meeting 11 September: Lightning Talks'
    ---
    <strong>When:</strong> Thursday, 11th September 2014, 7pm

    <H2>List of Talks</H2>
    <OL>
    <LI><strong>Harbor.next</strong> [5 min] <a href="http://harbor.example.org/">http://harbor.example.org/</a>
    <em> - by John Dulwich <a href="http://jd.example.com">http://jd.example.com</a></em>

    Explain Harbor.next, the working groups, and products.
    </LI>

    <LI><strong>How to host your own calendar!</strong> [10 min]
    <em> - by Sebastian Noor</em>

    Using a small board you can host your own calendar.
    </LI>
    </OL>
    """


def test_an_html_list_items_paragraphs_stay_apart_and_its_bold_title_keeps_its_byline():
    assert talks_of(LIGHTNING_PAGE) == [("Harbor.next", ["John Dulwich"], "lightning"),
                                        ("How to host your own calendar!", ["Sebastian Noor"], "lightning")]


def test_list_of_talks_and_talks_attended_announce_talks():
    from generator.normalize.sections import container_kind
    assert (container_kind("List of Talks"), container_kind("Talks Attended")) == ("talks", "talks")


def test_a_linked_title_then_its_slots_time_and_room():
    talks = event_of("""
        # Harbor Summit 2017

        ## Talks Attended

        * [Securing Your Harbor](./securing.md) 11:30-12:30 E350
        * [Building your Data Lake](./lake.md) 12:45-13:45 Kumo Theater, The Hub
        """).talks
    assert [(t.title, t.room) for t in talks] == [("Securing Your Harbor", "E350"),
                                                  ("Building your Data Lake", "Kumo Theater, The Hub")]


def test_a_heading_showing_only_a_picture_is_no_heading():
    talks = talks_of("""
        ---
        title: "Harbor Cloud Summit"
        ---
        # ![1](01.png)
        # Harbor Cloud Summit

        Intro text.

        ## Talk 1: Data Lakes on Harbor
        Jane Roe talked about lakes.

        ## Talk 2: The Voice of a Customer
        John Doe talked about customers.
        """)
    assert [t for t, _, _ in talks] == ["Data Lakes on Harbor", "The Voice of a Customer"]


AGENDA_PAGE = """
    <html><body>
    <h1>Lightning Talks</h1>
    <h2>Agenda</h2>
    <ul class="agenda">
    <li><time>7:00pm</time><div><div class="agenda-title"><p>Doors open</p></div><div><p>Arrive and mingle</p></div></div></li>
    <li><time>7:20pm</time><div><div class="agenda-title"><p>Lightning Talks - Part 1</p></div>
      <div><p>⭐ <a href="https://twitter.com/@peter_o">Peter Oshan</a> - 10 Things I Learned as an Advocate</p>
      <p>⭐ <a href="https://twitter.com/@garrett_c">Garrett Coakes</a> - Grids: Easier Than You Think</p></div></div></li>
    <li><time>8:00pm</time><div><div class="agenda-title"><p>Intermission</p></div><div><p>Have a drink.</p></div></div></li>
    <li><time>8:20pm</time><div><div class="agenda-title"><p>Lightning Talks - Part 2</p></div>
      <div><p>⭐ <a href="https://twitter.com/@ruth_j">Ruth Jonas</a> - Audio in 10 min</p>
      <p>⭐ <a href="https://twitter.com/@dave_c">Dave Crane</a> - The sweet parts</p></div></div></li>
    </ul>
    <h2>Extras</h2>
    <p>We are always looking for new speakers.</p>
    </body></html>
    """


def test_an_agenda_items_blocks_stay_apart_and_its_starred_paragraphs_are_its_talks():
    assert talks_of(AGENDA_PAGE, "agenda.html") == [
        ("10 Things I Learned as an Advocate", ["Peter Oshan"], "lightning"),
        ("Grids: Easier Than You Think", ["Garrett Coakes"], "lightning"),
        ("Audio in 10 min", ["Ruth Jonas"], "lightning"),
        ("The sweet parts", ["Dave Crane"], "lightning")]


# --- guards from the review of this session's readings (each failed on the code before its fix) ----------------------

@pytest.mark.parametrize("line, names", [
    # Guard: the person after the quoted title is the speaker; a kind's label before it is no one
    ('Morning Keynote "Harbor in 2030" - Jane Doe', ["Jane Doe"]),
    ('Closing Keynote "The Road Ahead" (Bob Smith)', ["Bob Smith"]),
    # Guard: a word of the sentence before the name and its honorific
    ("最後に鈴木さん「次回もよろしく」", []),
])
def test_a_quoted_title_between_a_label_and_the_person(line, names):
    assert [s.name for s in bylines.split_title_speaker(line)[1]] == names


@pytest.mark.parametrize("text, names", [
    # Guard: `部長` inside a family and a given name (服部 長治) is no job
    ("服部長治、田中太郎", ["服部長治", "田中太郎"]),
    # Guard: a job in the person's own parentheses is their affiliation, the part still the person
    ("Sam (CTO), Alex (CEO)", ["Sam", "Alex"]),
    ("Priya (Head of Talent), Bob Smith", ["Priya", "Bob Smith"]),
])
def test_people_whose_names_or_parentheses_hold_a_job_word_stay_people(text, names):
    assert [s.name for s in people.parse_people(text)] == names


def test_a_handle_before_a_title_opening_with_an_honorifics_letters():
    # Guard: `ちゃんと`, `さまざまな`, `様々な` open the title; an honorific is one only before a space or separator
    assert talks_of("""
        ---
        title: Harbor Meetup
        ---
        ## LT

        - @foo_h ちゃんと理解する港
        - @yama_h さまざまなDBを比較してみた
        - @qux_h 様々なCIツール
        """) == [("ちゃんと理解する港", ["foo_h"], "lightning"), ("さまざまなDBを比較してみた", ["yama_h"], "lightning"),
                 ("様々なCIツール", ["qux_h"], "lightning")]


@pytest.mark.parametrize("line", [
    "The keynote from Microsoft, announcing the new runtime, was packed.",
    "Our first session was from Berlin, so the audio lagged a bit.",
    "This talk from HarborConf Tokyo, which I missed live, was re-run here.",
])
def test_a_talk_said_to_come_from_a_company_or_a_place_names_no_speaker(line):
    # Guard: a company, a place, an event after `from`
    assert bylines.talk_from(line) == ()


@pytest.mark.parametrize("page, title", [
    # Guard: a heading written as one run of words keeps its capitals (`PHP…`, `LT大会`)
    ("<html><body><h1>PHPカンファレンス福岡2024 参加レポート</h1><p>2024年6月22日</p><h2>LT大会</h2><ul>"
     "<li>港の話 / 山田太郎さん</li><li>船の話 / 佐藤花子さん</li></ul></body></html>", "PHPカンファレンス福岡2024"),
])
def test_capitals_run_into_a_japanese_heading_stay(page, title):
    event = event_of(page, "report.html")
    assert event.title == title
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [("港の話", ["山田太郎"]), ("船の話", ["佐藤花子"])]


def test_an_html_list_item_opening_with_a_time_range_or_an_open_line():
    # Guard: a slot's time as a range (`18:30 - 18:50`, `19:00〜19:05`) goes on into the next paragraph
    talks = talks_of("""
        <html><body><h1>Harbor Meetup #12</h1><p>May 1, 2024</p><h2>Talks</h2><ul>
        <li><p>18:30 - 18:50</p><p>Vector search with pgvector - Alice Chen</p></li>
        <li><p>19:00〜19:05</p><p>CDKのすすめ / 田中次郎さん</p></li>
        </ul></body></html>
        """, "meetup.html")
    assert talks == [("Vector search with pgvector", ["Alice Chen"], "talk"), ("CDKのすすめ", ["田中次郎"], "talk")]


def test_a_cell_of_two_titles_without_profile_links_is_two_talks():
    # Guard: a second line that reads like a name (`Serverless Java`) is a title when no profile link follows it
    talks = talks_of("""
        ## Timetable

        | Time | Session |
        |---|---|
        | 11:00 | Keynote: Jane Doe |
        | 15:00 | Service Mesh Basics <br> Serverless Java |
        | 16:00 | Closing |
        """)
    assert ("Service Mesh Basics", [], "talk") in talks and ("Serverless Java", [], "talk") in talks


def test_a_byline_after_a_linked_titles_slot_time_is_no_room():
    # Guard: `11:30-12:30 by Jane Doe`: the byline after the time is the speaker
    talks = event_of("""
        # Harbor Fest 2024

        ## Talks

        - [Compose in Practice](https://example.com/a) 11:30-12:30 by Jane Doe
        - [Harbor Web](https://example.com/b) 13:00-13:30 - Bob Smith
        """).talks
    assert [([s.name for s in t.speakers], t.room) for t in talks] == [(["Jane Doe"], None), (["Bob Smith"], None)]


def test_a_slots_host_and_guest_lines_are_no_talks():
    # Guard: `Host:` / `Guest:` lines under a slot say who runs it; they are not talks of a block
    titles = [t for t, _, _ in talks_of("""
        # Harbor Days

        ## Schedule

        - 11:00 Observability at Scale
          - Ken Lee (Honeycomb)
        - 12:00 Fireside chat
          - Host: Alice Chen - Acme
          - Guest: Dan Brown - Foo
        """)]
    assert "Fireside chat" in titles and "Acme" not in titles and "Foo" not in titles
