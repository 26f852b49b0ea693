"""A WordPress export's linked images split over lines, a programme written `Name, Title`, and headings
written `Title | Name - Company`.

Seen in real notes (batch 10, rewritten in our own words): a demo-camp recap exported from WordPress
whose photos are `[` / `![alt](img)` / `](link)` on lines of their own (each read as a talk titled
`](http://…)`), its programme a numbered list of `Jane Doe, Title`; a conference's link collection whose
headings are `Title | Jane Doe - Company`.
"""
from __future__ import annotations

from generator.normalize import bylines, dialects
from note_text import event_of, talks_of


def test_an_indented_linked_image_split_over_lines_is_joined_too():
    body = "- item\n\n  [\n\n  ![a](http://img.example/a.jpg)\n\n  ](http://photos.example/a)\n"
    assert "[![a](http://img.example/a.jpg)](http://photos.example/a)" in dialects.read(body).body


def test_a_linked_image_split_over_lines_is_one_linked_image_and_keeps_the_line_count():
    body = "Intro.\n\n[\n\n![Jane - Xtext](http://img.example/1.jpg)\n\n](http://photos.example/1)\n\nAfter.\n"
    read = dialects.read(body)
    assert "[![Jane - Xtext](http://img.example/1.jpg)](http://photos.example/1)" in read.body
    assert read.body.count("\n") == body.count("\n")
    assert read.body.split("\n").index("After.") == body.split("\n").index("After.")


def test_a_demo_camp_recap_with_split_photos_and_a_name_comma_title_programme():
    talks = talks_of("""
        ---
        title: "Kites, Bolts and Gears: Harbor DemoCamp in Kiel"
        date: 2009-05-27
        ---
        We had a great evening.

        [

        ![Hanna Berg - Grammars](http://img.example/1.jpg)

        ](http://photos.example/1)

        Thanks to our speakers we had a really exciting program:

          1. Moritz Albers, Patching Models and Evolving Meta Models

          2. Hanna Berg, Grammars for Everyone

          3. Simon Zeller, Common Navigator Framework

        Moritz presented the result of his thesis.

        [

        ![Moritz Albers - Models](http://img.example/2.jpg)

        ](http://photos.example/2)
        """)
    assert talks == [("Patching Models and Evolving Meta Models", ["Moritz Albers"], "talk"),
                     ("Grammars for Everyone", ["Hanna Berg"], "talk"),
                     ("Common Navigator Framework", ["Simon Zeller"], "talk")]
    assert event_of("---\ntitle: \"Kites, Bolts and Gears: Harbor DemoCamp in Kiel\"\n---\nx\n").title == \
        "Harbor DemoCamp in Kiel"


def test_a_comma_after_a_name_in_remarks_is_no_programme():
    assert bylines.names_first(["Anna Berg, thanks for the pizza", "we left at ten"]) is None
    # every item, three or more: one remark among them, or places and books, are no programme
    assert bylines.names_first(["Anna Berg, Grammars for All", "Hanna Holm, Models at Scale", "we left at ten"]) is None
    assert bylines.names_first(["San Francisco, CA", "New York, NY", "Los Angeles, CA"]) is None
    assert bylines.names_first(["Anna Berg, Grammars for All", "Hanna Holm, Models at Scale",
                                "Simon Zeller, Common Navigators"]) is not None


def test_a_bar_then_a_name_and_their_company_is_a_byline():
    assert bylines.heading_tail("Growing up Serverless | Keiko Nishida - AWS") == \
        ("Growing up Serverless", "Keiko Nishida（AWS）")
    title, speakers = bylines.split_title_speaker("Software Productivity | Nick Gale - Harbor Inc")
    assert title == "Software Productivity"
    assert [(s.name, s.affiliation) for s in speakers] == [("Nick Gale", "Harbor Inc")]
    assert bylines.heading_tail("Rust | Part 1 - intro") == ("Rust | Part 1 - intro", None)
    # after the dash a talk's title, not where the person works
    assert bylines.heading_tail("Keynote | Rich Hale - Simple Made Easy") == ("Keynote | Rich Hale - Simple Made Easy", None)


def test_headings_written_title_bar_name_dash_company_name_their_speakers():
    talks = talks_of("""
        ---
        title: HarborConf Tokyo 2017 に行ってきた(資料リンク集)
        date: 2017-11-03
        ---
        ### Software Productivity and Serverless | Nick Gale - Harbor Inc

        https://speakerdeck.com/nickgale/software-productivity

        ### Growing up Serverless | Keiko Nishida - AWS

        https://speakerdeck.com/keiko/growing-up-serverless
        """)
    assert talks == [("Software Productivity and Serverless", ["Nick Gale"], "talk"),
                     ("Growing up Serverless", ["Keiko Nishida"], "talk")]


def test_a_person_after_their_company_and_a_colon_in_a_titles_parentheses():
    talks = talks_of("""
        # 港町 Conference 2025

        ## Day 2 2025/04/24

        - AIと人間の共創: 創作の未来（Pixelwork, Inc.：金山 太一）
            - デモが面白かった
        - 一緒に働きたくなるプログラマ（株式会社ななびっと：桜井 洋平（@sakurai））[＜資料＞](https://speakerdeck.com/sakurai/programmer)
            - 率直さについて
        """)
    assert talks == [("AIと人間の共創: 創作の未来", ["金山 太一"], "talk"), ("一緒に働きたくなるプログラマ", ["桜井 洋平"], "talk")]
    title, speakers = bylines.split_title_speaker("提案のレベル - 思考法（株式会社カモメ：こにふぁー）")
    assert (title, [(s.name, s.affiliation) for s in speakers]) == ("提案のレベル - 思考法", [("こにふぁー", "株式会社カモメ")])


def test_san_written_in_latin_letters_is_an_honorific():
    from generator.normalize import people
    assert people.parse_person("トミーsan").name == "トミー"
    assert people.parse_person("yuuu san").name == "yuuu"
    assert people.looks_like_people("しおいsan")
    assert people.parse_person("Hassan").name == "Hassan"  # a name ending in the letters, not the honorific
    assert people.parse_person("Susan Lee").name == "Susan Lee"
    assert bylines.in_heading("mrubyでマイコンに触れる by yuuu san") == (
        "mrubyでマイコンに触れる", (people.parse_person("yuuu"),))


def test_the_earliest_day_heading_is_the_events_day_even_with_no_talks_under_it():
    ev = event_of("""
        # 港町 Conference 2025

        ## Day 1 2025/04/23

        ## Day 2 2025/04/24

        - 創作の未来（Pixelwork, Inc.：金山 太一）
        - 働きたくなるプログラマ（株式会社ななびっと：桜井 洋平）
        """)
    import datetime as dt
    assert ev.date == dt.date(2025, 4, 23)
