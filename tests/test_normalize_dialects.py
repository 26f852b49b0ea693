"""The reading layer (normalize/dialects.py, sources' unfenced headers) and the readings that weigh
headings (normalize/own_talk.py), on notes of our own written in the shapes real sites use.

tests/fixtures/dialects/: one note per dialect (Pelican headers, an unopened `---`, reStructuredText,
a whole HTML page, Liquid/Hugo/kramdown/ERB templates, a front-matter programme, a post about the
writer's own talk, linked and quoted talk headings, a bold-time schedule, setext sections with list
talks...), each with the record a careful reader extracts; those records are checked with every
other fixture set by tests/test_normalize_expected_records.py. This file tests the layer's parts.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.core.model import Note
from generator.normalize import dialects, normalize
from generator.read.sources import split_front_matter
from note_text import event_of
import datetime as dt

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "dialects"


def test_pelican_headers_are_front_matter_with_lists():
    fm, body, line = split_front_matter("Title: Night #9\nDate: 2021-11-02\nTags: a; b;\n\nText\n", "n.md")
    assert fm == {"Title": "Night #9", "Date": "2021-11-02", "Tags": ["a", "b"]}
    assert body == "Text\n" and line == 5


def test_lines_that_merely_start_with_a_label_are_not_headers():
    text = "Venue: the hall\nDate: today\n\nText\n"  # no Title: it is the note's own labelled lines
    assert split_front_matter(text, "n.md") == ({}, text, 1)
    text = "Title: x\nthis is prose, not a header\n\nmore\n"
    assert split_front_matter(text, "n.md") == ({}, text, 1)


def test_an_unopened_fence_closes_yaml_front_matter():
    fm, body, line = split_front_matter("title: Study 14\ntags: [go, study]\n---\n\n## Talk\n", "n.md")
    assert fm == {"title": "Study 14", "tags": ["go", "study"]}
    assert body == "\n## Talk\n" and line == 4


def test_templates_keep_the_addresses_they_show_and_keep_line_numbers():
    body = ('{% include links.html url="https://x.connpass.com/event/1/" %}\n<!-- a\nnote -->\n'
            "## Title {#t}\n{: .talk}\n{{ page.title }}\n<%= link_to \"deck\", \"https://speakerdeck.com/a/b\" %>\n")
    out = dialects.read(body).body
    assert out.split("\n") == ["https://x.connpass.com/event/1/", "", "", "## Title", "", "",
                               "[deck](https://speakerdeck.com/a/b)", ""]


def test_liquid_highlight_is_code_so_its_comments_are_not_headings():
    out = dialects.read("{% highlight ruby %}\n# => 1\n{% endhighlight %}\n").body
    assert out.split("\n")[:3] == ["```ruby", "# => 1", "```"]


def test_html_tables_definition_lists_and_breaks_become_markdown():
    html = ("<table><tr><th>Time</th><th>Talk</th></tr><tr><td>19:00</td><td>Go<br>by Aki</td></tr></table>\n"
            "<dl><dt>Venue</dt><dd>Hall A</dd></dl>\n")
    out = dialects.html_to_markdown(html)
    assert "| Time | Talk |" in out and "| 19:00 | Go / by Aki |" in out
    assert "- Venue: Hall A" in out


def test_character_references_decode_but_never_into_markup():
    out = dialects.read("## Title &#8211; Aki &amp; Ben\n&lt;script&gt; stays text\n").body
    assert out.split("\n")[0] == "## Title – Aki & Ben"
    assert "&lt;script&gt;" in out


def test_restructuredtext_sections_links_and_fields():
    reading = dialects.read("Meetup 2\n########\n\n:date: 2023-04-15\n\nTalks\n=====\n\n"
                            "* `Deck <https://speakerdeck.com/a/b>`_ by Mika\n", ".rst")
    assert reading.front_matter == {"date": "2023-04-15"}
    lines = reading.body.split("\n")
    assert lines[0] == "# Meetup 2" and "## Talks" in lines
    assert "* [Deck](https://speakerdeck.com/a/b) by Mika" in lines


def test_a_setext_underline_only_after_a_one_line_paragraph():
    out = dialects.read("Location\n--------\nHall\n\n- item\n---\n").body.split("\n")
    assert out[0] == "## Location" and out[-2] == "---"  # a rule under a list item stays a rule


def test_adding_a_writers_section_never_adds_a_talk():
    base = "---\ntitle: Meetup #1\n---\n\n## Go tips\n\n発表者: 山田 太郎さん\n\n## Rust tips\n\n発表者: 佐藤 花子さん\n"
    before = normalize(Note(path="n.md", text=base, front_matter={"title": "Meetup #1"}, body=base.split("---\n", 2)[2]))
    for extra in ("## 懇親会の様子\n\n楽しかった。\n", "## なんで参加したの？\n\n興味があったから。\n",
                  "## Meetup #1 とは\n\n月例の会です。\n", "## Location\n\nHall A\n"):
        body = base.split("---\n", 2)[2] + "\n" + extra
        after = normalize(Note(path="n.md", text=base + extra, front_matter={"title": "Meetup #1"}, body=body))
        assert [t.title for t in after.event.talks] == [t.title for t in before.event.talks], extra


def test_headings_without_the_space_and_heading_marks_in_list_items():
    body = dialects.read("##This Month\nsee #tokyojs\n\n- ######Robots by Jane\n\n```\n##kept\n```\n", ".md").body
    assert body.split("\n")[:4] == ["## This Month", "see #tokyojs", "", "- Robots by Jane"]
    assert "##kept" in body  # code is left as written


def test_a_kramdown_span_attribute_after_a_link_is_not_text():
    body = dialects.read('## [Legacy code](https://example.org/a){:target="_blank"}\n', ".md").body
    assert body.strip() == "## [Legacy code](https://example.org/a)"


def test_rst_underlines_rank_as_writers_keep_them_not_by_first_appearance():
    from note_text import event_of
    ev = event_of("""
        =========================
        Harbor Python March 2015
        =========================

        Announcements
        -------------

        * Hiring: several companies

        Assert helpers
        ==============

        **Presenter:** Jun Sato

        Testing
        -------

        * unittest basics

        New way
        -------

        * fluent assertions
        """, "notes.rst")
    assert [t.title for t in ev.talks] == ["Assert helpers"]
    assert [s.name for s in ev.talks[0].speakers] == ["Jun Sato"]


def test_a_code_fence_under_a_caption_is_not_a_restructuredtext_underline():
    body = "Some caption\n```\ncode here\n```\n\nSee `this <x>`_ too.\n"
    assert dialects.read(body, ".md").body.split("\n")[0] == "Some caption"


def test_nikola_metadata_comments_are_front_matter():
    from note_text import event_of
    ev = event_of("""
        .. title: RustConf 2020 thoughts
        .. slug: rustconf_2020_thoughts
        .. date: 2020-08-28 9:00
        .. tags: dev, rust, rustconf

        It was entirely online this year.
        """, "post.rst")
    assert ev.title == "RustConf 2020"
    assert list(ev.tags) == ["dev", "rust", "rustconf"]


def test_a_profile_linked_person_opening_a_sentence_or_closing_it_after_by():
    from generator.normalize.speaker_lines import speaker_line
    assert speaker_line("[Sunil Pa](https://twitter.com/threep) delivers a talk on building.")[0].handle == "threep"
    assert speaker_line("An overview of a sync engine by [Nik Gra](https://twitter.com/nikg)")[0].name == "Nik Gra"
    assert speaker_line("[PartyKit](http://partykit.io) is great") is None


def test_html_links_inside_markdown_text_read_as_markdown_links():
    body = ('先日の<a href="https://harbor.example/2015/study-35/" target="_blank">第 35 回港町勉強会</a>に参加しました。\n'
            "`<a href=\"https://x.example/\">code</a>` stays code\n"
            "```\n<a href=\"https://y.example/\">fenced</a>\n```\n"
            '<a href="//slides.example/deck">//slides.example/deck</a>\n')
    out = dialects.read(body).body.split("\n")
    assert out[0] == "先日の[第 35 回港町勉強会](https://harbor.example/2015/study-35/)に参加しました。"
    assert out[1].startswith("`<a href=")  # inline code is shown as written
    assert out[3] == '<a href="https://y.example/">fenced</a>'
    assert out[5] == "https://slides.example/deck"  # a link that shows its own address is that address


def test_the_event_page_is_the_html_link_on_the_events_name():
    text = ("---\ntitle: 【港生】第35回 港町プログラミング勉強会でLTをして終電を逃した話\ndate: 2015-08-30\n---\n\n"
            '先日行われた、<a href="https://harbor.example/2015/07/28/study-35/">第 35 回港町プログラミング勉強会@灯台ラボ</a>に参加しました。\n')
    from note_text import event_of
    event = event_of(text)
    assert event.title == "第35回 港町プログラミング勉強会"
    assert event.url == "https://harbor.example/2015/07/28/study-35/"


def test_an_escaped_underscore_inside_a_word_is_an_underscore_outside_code():
    out = dialects.read("#### 話 / トミー（[@talk\\_to\\_me](https://x.example/talk_to_me)）\n`a\\_b`\n\\_emphasis\\_ stays\n").body
    assert out.split("\n") == ["#### 話 / トミー（[@talk_to_me](https://x.example/talk_to_me)）", "`a\\_b`",
                               "\\_emphasis\\_ stays", ""]


def test_a_whole_html_page_on_one_line_is_read_named_by_its_share_title_when_its_h1_is_a_logo():
    page = ('<!DOCTYPE html><html><head><meta property="og:title" content="Harbor.js XIII"/></head><body>'
            '<h1><img src="/logo.png"/></h1><section><h2>Timetable</h2><ul><li>13:00 開始</li>'
            '<li>13:05 「Live Coding」amagi</li><li>13:25 「Visual Testing」bokuwa</li><li>15:15 LT &amp; 懇親会</li>'
            '</ul></section></body></html>')
    from note_text import event_of, talks_of
    assert event_of(page, "page.html").title == "Harbor.js XIII"
    assert [t for t, _, _ in talks_of(page, "page.html")] == ["Live Coding", "Visual Testing"]


def test_a_hugo_heading_shortcode_is_a_heading():
    out = dialects.read("{{% h2 %}}The sync package{{% /h2 %}}\ntext {{< tweet 123 >}}\n").body
    assert out.split("\n")[:2] == ["## The sync package", "text "]


def test_schedule_entries_typed_as_no_talk_are_no_talks():
    from note_text import talks_of
    text = """
        ---
        title: January meetup
        schedule:
          - type: event
            title: "Cowork!"
          - type: event
            title: Get some tasty snacks
          - type: talk
            title: "Generators: How Hard Could It Be?"
            author: Mika Tardo
        ---
        """
    assert [(t, s) for t, s, _ in talks_of(text)] == [("Generators: How Hard Could It Be?", ["Mika Tardo"])]


def test_a_jobs_section_gives_no_talks_and_emphasised_names_lead_the_lightning_talks():
    from note_text import talks_of
    text = """
        # Harbor.rb 1.3

        ## Job announcements

         * _Yardstick Soft_ - [seeking full-time Rails developer](https://groups.example/d/1)
         * _Lift Co_ - [seeking Rails developers](https://groups.example/d/2)

        ## Lightning talks

         * _[Nathan Bertie](http://about.example/nb)_ - [Rails asset pipeline](http://www.scribd.com/doc/785/Asset)
         * _[Mark Benn](http://twitter.com/mb)_ - [JavaScript debugging](https://gist.github.com/1629116)
        """
    assert [(t, s) for t, s, _ in talks_of(text)] == [("Rails asset pipeline", ["Nathan Bertie"]),
                                                      ("JavaScript debugging", ["Mark Benn"])]


def test_a_one_page_event_site_gives_its_day_and_place_in_its_description_and_unfilled_slots_are_no_talks():
    page = ('<!DOCTYPE html><html><head><title>港町Ruby会議02</title>'
            '<meta name="description" content="2023/03/04(Sat) 12:00 - 17:00　会場：灯台ホール"></head><body>'
            '<main><h2>テーマ</h2><p>Rubyで広がる世界</p><h2>招待講演</h2><p>(近日公開予定)</p>'
            '<h2>タイムスケジュール</h2><ul><li>12:00〜13:00 開場、受付</li><li>13:00〜13:15 Opening</li></ul>'
            '<h2>後援</h2><p><a href="https://ruby.example/">日本の Ruby の会</a></p></main></body></html>')
    from note_text import event_of
    event = event_of(page, "index.html")
    assert (event.title, str(event.date)) == ("港町Ruby会議02", "2023-03-04")
    assert event.talks == ()


@pytest.mark.parametrize("line, venue", [
    ("会場：灯台ホール [行き方](https://maps.example/x)", "灯台ホール"),
    ("会場: 12月02日に 21cafe", "21cafe"),
])
def test_a_venue_without_the_way_there_or_the_day_before_it(line, venue):
    from generator.normalize.venue import find_venue
    assert find_venue(line) == venue


def test_closing_marks_written_tight_are_not_part_of_the_heading():
    from generator.normalize import dialects
    body, _ = dialects._tight_headings("###rTorrent - Ada Byrne###\n###C# notes\n## Go ##\n")
    assert body.split("\n")[:3] == ["### rTorrent - Ada Byrne", "### C# notes", "## Go ##"]


def test_an_unfenced_header_value_quoted_as_yaml_quotes_it_loses_its_quotes():
    from note_text import event_of
    event = event_of("""
        title: 'Recap: "Things We Love" Lightning Talks'
        slug: things-we-love
        category: blog

        Last night six of us gave lightning talks.
        """)
    assert event.title == '"Things We Love" Lightning Talks'


def test_an_indented_html_page_reads_as_html_not_as_code():
    # a PHP template saved as `.html`: its tags indented four spaces, which Markdown would take for code
    event = event_of("""
        <?php $pageId = 'home'; ?>
        <?php include('templates/header.php'); ?>

            <h1>PHP Galway &mdash; May 2016</h1>
            <p><strong>When?</strong> May 17th 2016 @ 7:00pm</p>

            <h3>Typed Collections in PHP</h3>
            <p><a href="http://twitter.com/mrowe">Mary Rowe</a> shows how far the type system can carry a collection.</p>
        """, name="index.html")
    assert event.title == "PHP Galway — May 2016"
    assert event.date == dt.date(2016, 5, 17)
    assert [t.title for t in event.talks] == ["Typed Collections in PHP"]


def test_an_org_mode_note_reads_its_headings_and_links():
    event = event_of("""
        #+TITLE: Harbour JS 4
        #+DATE: <2019-02-03 Sun>

        * Talks
        ** Streams in depth
        Speaker: Jane Doe
        [[https://speakerdeck.com/jane/streams][slides]]
        ** Workers for everyone
        Speaker: John Roe
        #+BEGIN_SRC js
        * not a heading
        #+END_SRC
        """, name="note.org")
    assert (event.title, event.date) == ("Harbour JS 4", dt.date(2019, 2, 3))
    assert [(t.title, [s.name for s in t.speakers], t.slides) for t in event.talks] == [
        ("Streams in depth", ["Jane Doe"], "https://speakerdeck.com/jane/streams"), ("Workers for everyone", ["John Roe"], None)]
