"""Session 25: readings measured on real notes (their shapes retold in the team's own words)."""
from __future__ import annotations

from note_text import event_of, talks_of


# --- bold lines under the note's one title ---------------------------------------------------------------------------

_BOLD_UNDER_TITLE = """
    # Tidewater Python 2031 Talks

    Slides the speakers of Tidewater Python shared afterwards.

    **Teaching a Parser to Rhyme by Lena Marsh**
    - [https://github.com/lmarsh/rhymes](https://github.com/lmarsh/rhymes)

    **What Your Cache Forgot by Omar Haddad**
    - [https://speakerdeck.com/ohaddad/cache](https://speakerdeck.com/ohaddad/cache)

    **Tides of Data: streaming with asyncio by Iris Moon**
    - [https://slides.com/irismoon/tides](https://slides.com/irismoon/tides)
"""


def test_bold_lines_under_a_single_title_are_the_notes_talks():
    event = event_of(_BOLD_UNDER_TITLE)
    assert event.title == "Tidewater Python 2031"  # (`Talks` after the event's name says what the page holds)
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("Teaching a Parser to Rhyme", ["Lena Marsh"]),
        ("What Your Cache Forgot", ["Omar Haddad"]),
        ("Tides of Data: streaming with asyncio", ["Iris Moon"])]
    assert event.talks[1].slides == "https://speakerdeck.com/ohaddad/cache"


def test_bold_lines_stay_text_where_the_note_has_sections_of_its_own():
    text = _BOLD_UNDER_TITLE.replace("    Slides the speakers", "    ## Programme\n\n    Slides the speakers")
    assert "**Teaching a Parser to Rhyme by Lena Marsh**" in _prepared(text)
    assert "## Teaching a Parser to Rhyme by Lena Marsh" in _prepared(_BOLD_UNDER_TITLE)
    two_titles = _BOLD_UNDER_TITLE.replace("# Tidewater", "# Tidewater\n\n    # Again")
    assert "**Teaching a Parser to Rhyme by Lena Marsh**" in _prepared(two_titles)


def _prepared(text: str) -> list[str]:
    import textwrap
    from generator.normalize import prepare
    return prepare.prepare_lines(textwrap.dedent(text).lstrip("\n"))[1]


# --- headings written tight, of the first level too ---------------------------------------------------------------------

_TIGHT = """
    #Harbour Script Day notes.
    ##3rd March 2031
    _hashtag #hsday_

    #Mina Ota - Offline First Forms
    @minaota

    ###Why offline
    Forms that survive a tunnel.

    ###Sync later
    A queue in IndexedDB.

    #Pavel Dusek - Shaders for Web Folk
    @pdusek

    ###Getting started
    A triangle first.
"""


def _read(text: str) -> list[str]:
    import textwrap
    from generator.normalize import dialects
    return dialects.read(textwrap.dedent(text).lstrip("\n")).body.split("\n")


def test_a_tight_first_level_heading_is_read_where_the_note_writes_its_headings_tight():
    lines = _read(_TIGHT)
    assert lines[0] == "# Harbour Script Day notes."
    assert "# Mina Ota - Offline First Forms" in lines and "### Why offline" in lines
    assert "_hashtag #hsday_" in lines
    assert len(event_of(_TIGHT).talks) == 2


def test_a_hashtag_line_is_no_heading_among_tight_headings():
    lines = _read(_TIGHT.replace("    _hashtag #hsday_\n", "    #hsday #harbourscript\n"))
    assert "#hsday #harbourscript" in lines


def test_one_hash_before_words_stays_text_where_no_heading_is_written_tight():
    text = "# Harbour Night\n\n#hsday is where we met.\n\n## Offline First Forms\n\nMina Ota on forms.\n"
    assert "#hsday is where we met." in _read(text)
    assert [t.title for t in event_of(text).talks] == ["Offline First Forms"]


# --- a code fence left open -------------------------------------------------------------------------------------------

_STRAY_FENCE = """
    # Parenthesis Exchange 2031

    ## Day 1

    #### Rosa Vidal, Music from Lists [Keynote] - [Video](https://videos.example.org/1), [Slides](https://speakerdeck.com/rvidal/music)

    My take-away: lists can sing.

    #### Tomas Berg, Why Macros? [Talk] - [Video](https://videos.example.org/2), [Slides]()

    "Write fewer macros than functions."
    ```

    #### Ines Coelho, The REPL Road Ahead [Talk] - [Video](https://videos.example.org/3), [Slides]()

    The editor tooling keeps growing.

    #### Lucas Moreau - Styles in Data [Lightning Talk] - [Video](https://videos.example.org/4), [Slides]()

    Styles as maps.
"""


def test_a_fence_left_open_over_the_notes_headings_is_a_stray_mark():
    assert talks_of(_STRAY_FENCE) == [
        ("Music from Lists", ["Rosa Vidal"], "keynote"),
        ("Why Macros?", ["Tomas Berg"], "talk"),
        ("The REPL Road Ahead", ["Ines Coelho"], "talk"),
        ("Styles in Data", ["Lucas Moreau"], "lightning")]


def test_a_fence_left_open_over_code_stays_code():
    text = "# Night\n\n## Parsing talk\n\nAda Lee on parsers.\n\n```python\n# a comment\n## not a heading\nx = 1\n"
    event = event_of(text)
    assert [t.title for t in event.talks] == ["Parsing talk"]
    assert "x = 1" in event.talks[0].body


def test_a_closed_fence_or_one_naming_its_language_keeps_its_headings_as_code():
    text = ("# Night\n\n### Talk One\n\nBo Kim on shells.\n\n```\n### not a talk\n```\n\n"
            "### Talk Two\n\nCy Lo on prompts.\n\n```markdown\n### still not one\n### nor this\n")
    assert [t.title for t in event_of(text).talks] == ["Talk One", "Talk Two"]


# --- kind tags after a title, names before a comma ---------------------------------------------------------------------

def test_a_kind_in_brackets_after_a_title_is_its_kind_not_its_words():
    from generator.normalize import kinds
    assert kinds.classify("Music from Lists [Keynote]") == ("keynote", "Music from Lists")
    assert kinds.classify("Styles in Data [Lightning Talk]") == ("lightning", "Styles in Data")
    assert kinds.classify("Why Macros? [Talk]") == ("talk", "Why Macros?")
    assert kinds.classify("[Talk]") == ("talk", "[Talk]")  # nothing before it: no title to keep
    assert kinds.classify("Arrays [and lists]") == ("talk", "Arrays [and lists]")


def test_headings_naming_their_speakers_before_a_comma():
    text = """
        # Lisp Night

        ### Rosa Vidal, Music from Lists

        Notes.

        ### Tomas Berg and Ana Lind, Why Macros?

        Notes.

        ### Ines Coelho, The REPL Road Ahead

        Notes.
    """
    assert [(t, s) for t, s, _ in talks_of(text)] == [
        ("Music from Lists", ["Rosa Vidal"]), ("Why Macros?", ["Tomas Berg", "Ana Lind"]),
        ("The REPL Road Ahead", ["Ines Coelho"])]


def test_a_title_with_a_comma_alone_keeps_it():
    text = "# Night\n\n### Microservices, Done Right\n\nDana Fox on services.\n\n### Testing Tips\n\nEli Wu.\n"
    assert "Microservices, Done Right" in [t for t, _, _ in talks_of(text)]


# --- `Name : Title` headings with slot labels and handles ---------------------------------------------------------------

def test_name_colon_title_headings_with_a_slot_label_and_lowercase_handles():
    text = """
        ---
        title: "Harbor.unity #4 に行ってきた"
        date: 2031-01-24
        ---

        ### LT #1 会場/ミナト枠 Kenta Arai : シェーダーを軽くする話
        メモ。

        ### LT #2 Yui Sato : はじめてのUnityテスト
        メモ。

        ### LT #3 kumo : ECSで揺れものを作った話
        メモ。

        ### LT #4 森田翔 : メモリの小話
        メモ。

        ### LT #5 hanabi : 簡単な弾幕をつくる
        メモ。
    """
    assert [(t, s) for t, s, _ in talks_of(text)] == [
        ("シェーダーを軽くする話", ["Kenta Arai"]), ("はじめてのUnityテスト", ["Yui Sato"]),
        ("ECSで揺れものを作った話", ["kumo"]), ("メモリの小話", ["森田翔"]), ("簡単な弾幕をつくる", ["hanabi"])]


def test_a_lowercase_word_before_a_colon_alone_names_nobody():
    text = "# 勉強会\n\n### golang : 並行処理の話\nメモ。\n\n### rust : 所有権の話\nメモ。\n\n### Webの話\nメモ。\n"
    assert all(not s for _, s, _ in talks_of(text))


# --- lettered headings ------------------------------------------------------------------------------------------------

_LETTERED = """
    # data() meetup 2031

    ## A. Calibrating Click Models

    * speaker: Dana Fox
    * reliability diagrams

    ## B. What Stream Engineers Should Know

    * aggregator-leaf-tailer

    ## C. Lambda Graphs for Frames

    * a DAG of functions

    ## To Look Up

    * Platt scaling
"""


def test_titles_lettered_in_order_lose_their_letters_and_an_unlettered_section_goes():
    assert [t for t, _, _ in talks_of(_LETTERED)] == [
        "Calibrating Click Models", "What Stream Engineers Should Know", "Lambda Graphs for Frames"]


def test_letters_out_of_order_are_the_titles_own():
    text = _LETTERED.replace("## B. What", "## D. What")
    assert "Calibrating Click Models" not in [t for t, _, _ in talks_of(text)]


# --- hard-wrapped list items ------------------------------------------------------------------------------------------

_HARD_WRAPPED = """
    # Follow-up on Harbour Python 12

    Here is a follow-up on the twelfth Harbour Python evening. The video
    went up on our channel this morning and should be watchable in a day or
    two at most.

    We keep posting the slides and examples used during the presentations,
    as we promised at the last evening, and we thank everyone who sent
    theirs in so fast after the talks. Our flash presenters this time were:

    -  Nora Quist: Regcli and ctypes -- Reading the Windows registry from
       shells (slides)
    -  Tobias Wendt: Fjord -- A tool to compare and keep two directories
       synchronised (slides)
    -  Hana Ueda: Lean Django -- A tool for lean development and split
       testing
"""


def test_list_items_wrapped_in_a_hard_wrapped_note_are_read_whole():
    assert [(t, s) for t, s, _ in talks_of(_HARD_WRAPPED)][:3] == [
        # (`(slides)`: what files the talk has, in words, no part of its title; session 31)
        ("Regcli and ctypes -- Reading the Windows registry from shells", ["Nora Quist"]),
        ("Fjord -- A tool to compare and keep two directories synchronised", ["Tobias Wendt"]),
        ("Lean Django -- A tool for lean development and split testing", ["Hana Ueda"])]


def test_a_short_item_keeps_the_line_under_it_apart():
    text = _HARD_WRAPPED + """
    Other things we talked about, kept here as a list of what to look up later on:

    - Regcli
      A library on the package index.
    """
    lines = _read(text)
    assert "- Regcli" in lines and "  A library on the package index." in lines


def test_items_in_a_note_whose_lines_end_with_its_sentences_are_left_as_written():
    text = ("# Night\n\nWe met.\nIt rained.\nThree talks.\n\n"
            "-  Nora Quist: Regcli and ctypes -- Reading the Windows registry from\n   a shell\n")
    assert "   a shell" in _read(text)


# --- templates showing a person's account, a pandoc attribute ---------------------------------------------------------

def test_a_tag_showing_an_account_is_the_handle_it_shows():
    lines = _read("# Night\n\n{% twid kumo_ %}さんの発表でした。\n\n{{< github_user hana >}} on stage.\n\n"
                  "{{< twitter_simple 1088024511834800129 >}}\n")
    assert "@kumo_さんの発表でした。" in lines and "@hana on stage." in lines
    assert "1088024511834800129" not in "\n".join(lines)


def test_a_pandoc_attribute_after_code_or_a_link_is_no_text():
    lines = _read('# Night\n\n- `30 min -`{.backtick} "Tide Tables" - *Ana Lind*\n- [Deck](https://x.example/d){#deck .big}\n')
    assert '- `30 min -` "Tide Tables" - *Ana Lind*' in lines and "- [Deck](https://x.example/d)" in lines


def test_a_slots_length_before_a_title_is_no_part_of_it():
    from generator.normalize import titles
    assert titles.clean_talk_title('30 min - "Tide Tables"') == "Tide Tables"
    assert titles.clean_talk_title("5分：はじめてのRust") == "はじめてのRust"
    assert titles.clean_talk_title("5 Minute Hacks") == "5 Minute Hacks"


# --- a talk's place in the evening before its speaker; `資料は[こちら]` ----------------------------------------------------

def test_the_talks_place_told_before_the_speaker_is_no_name_and_the_deck_pointed_at_is_the_slides():
    text = """
        # effect勉強会をやった

        ## Handlers in Practice
        次は{% twid fumi_v %}さんの発表でした｡資料は[こちら](https://files.example.com/link/a5ae)｡

        ## Row Types
        3番手は{% twid kame_r %}さんの発表でした｡

        ## Effective Coroutines
        続いて{% twid panda_64 %}さんの発表でした｡資料は[こちら](https://docs.example.org/presentation/d/1RYu)

        行の途中で終わる話。
    """
    event = event_of(text)
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("Handlers in Practice", ["fumi_v"]), ("Row Types", ["kame_r"]), ("Effective Coroutines", ["panda_64"])]
    assert event.talks[0].slides == "https://files.example.com/link/a5ae"
    assert event.talks[2].slides == "https://docs.example.org/presentation/d/1RYu"


def test_a_link_said_to_be_here_is_no_deck_without_the_word_for_one():
    text = "# 勉強会\n\n## Row Types\n山田さんの発表でした。ブログは[こちら](https://blog.example.com/p/1)。\n"
    assert event_of(text).talks[0].slides is None


# --- a whole XHTML page, times with a full stop, `Title, Name` lines --------------------------------------------------

_XHTML_PAGE = """<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>OGM : Open Graphics Meeting</title></head>
<body>
<div id="menu"><ul><li><a href="index.php">Home</a></li><li><a href="schedule.php">Schedule</a></li></ul></div>
<div id="content">
<h2>Schedule</h2>
<h3>Friday</h3>
<ul>
<li>09:00 - 09:45 : Brushes from scratch, Ada Lind</li>
<li>10.00 - 10.45 : Colour management in practice, Mara Voss (mvoss) (en Français)</li>
<li>break (lunch)</li>
<li>14.00 - 15.00 : Vector tools, Paulo Reis</li>
</ul>
</div>
</body></html>
"""


def test_a_page_opening_with_an_xml_declaration_is_read_as_a_whole_page():
    event = event_of(_XHTML_PAGE, "schedule.html")
    assert event.title == "OGM : Open Graphics Meeting"
    assert [(t.title, [s.name for s in t.speakers]) for t in event.talks] == [
        ("Brushes from scratch", ["Ada Lind"]), ("Colour management in practice", ["Mara Voss"]),
        ("Vector tools", ["Paulo Reis"])]
    assert event.talks[1].speakers[0].handle == "mvoss"


def test_a_time_with_a_full_stop_is_read_only_as_one_end_of_a_range():
    from generator.normalize import timetable
    assert timetable._TIMED.match("- 14.00 - 15.00 : Vector tools").group("time") == "14.00 - 15.00"
    assert timetable._TIMED.match("- 3.10 release notes") is None


def test_two_pairs_of_brackets_after_a_name():
    from generator.normalize import people
    person = people.parse_people("Mara Voss (mvoss) (en Français)")[0]
    assert (person.name, person.handle, person.affiliation) == ("Mara Voss", "mvoss", "en Français")
    person = people.parse_people("山田太郎 (ほげ株式会社) (CTO)")[0]
    assert (person.name, person.affiliation) == ("山田太郎", "ほげ株式会社, CTO")


# --- a bold title over a nested line naming its speaker and their profile ---------------------------------------------

def test_bold_items_over_a_nested_name_and_profile_under_talks_headings():
    text = """
        # Elixir Night Wednesday, 4 March 2031

        ## Presentations

        - **A small type-checked evaluator**
          - Jamie Sato :: [@jsato][] ([#18][])

        ## Lightning Talks

        - **The dream VM**
          - Lee Chan :: [@leechan][] ([#19][])

        - **Matching Brackets** ([Exercise Page][])
          - Dana Parr :: [@dparr][]

        [@jsato]: https://twitter.com/jsato
        [#18]: https://github.com/elixir-night/talks/issues/18
        [@leechan]: https://twitter.com/leechan
        [#19]: https://github.com/elixir-night/talks/issues/19
        [@dparr]: https://twitter.com/dparr
        [Exercise Page]: https://exercises.example.org/brackets
    """
    event = event_of(text)
    assert [(t.title, [(s.name, s.handle) for s in t.speakers], t.kind) for t in event.talks] == [
        ("A small type-checked evaluator", [("Jamie Sato", "jsato")], "talk"),
        ("The dream VM", [("Lee Chan", "leechan")], "lightning"),
        ("Matching Brackets", [("Dana Parr", "dparr")], "lightning")]


def test_a_nested_line_linking_something_else_names_nobody():
    from generator.normalize import timetable
    assert timetable._nested_speaker(["  - Read more :: [the issue](https://github.com/x/y/issues/18)"])[0] == ()


# --- titles one a line, without bullets, under a talks heading ---------------------------------------------------------

_UNMARKED = """
    About the Conference
    ====================

    Three days of talks in Harbour City.

    Talks I Attended
    ================

    Keynotes
    A Lizard in the Bits: Security Chores with Python
    Moving a Monolith to Python 3
    Mocking Pitfalls
    Floats are Friends

    Find out more
    =============

    [About the conference](https://conf.example.org/about/)
"""


def test_titles_one_a_line_under_a_talks_heading_are_its_list():
    assert [t for t, _, _ in talks_of(_UNMARKED)] == [
        "A Lizard in the Bits: Security Chores with Python", "Moving a Monolith to Python 3", "Mocking Pitfalls",
        "Floats are Friends"]


def test_sentences_one_a_line_under_a_talks_heading_stay_a_paragraph():
    text = _UNMARKED.replace("Mocking Pitfalls", "we went to many of them,").replace("Floats are Friends", "and more.")
    assert "- Mocking Pitfalls" not in _read(text) and "Moving a Monolith to Python 3" in _read(text)
    assert not any(line.startswith("- ") for line in _read(text))


def test_lines_under_another_heading_stay_a_paragraph():
    text = _UNMARKED.replace("Talks I Attended\n    ================", "Getting There\n    =============")
    assert not any(line.startswith("- ") for line in _read(text))


# --- guards from the review of this session's change ------------------------------------------------------------------

def test_guard_review_a_sentence_opening_with_a_hashtag_is_no_heading_among_tight_headings():
    text = ("# Harbour Script Day\n\n#hsday was trending all evening, thanks everyone!\n\n##Mina Ota - Offline Forms\n"
            "Notes.\n\n#protip use a queue for retries\n\n##Pavel Dusek - Shaders\nNotes.\n\n"
            "#ハーバー勉強会 のタグで実況されていました。\n")
    lines = _read(text)
    assert "#hsday was trending all evening, thanks everyone!" in lines
    assert "#protip use a queue for retries" in lines and "#ハーバー勉強会 のタグで実況されていました。" in lines


def test_guard_review_a_topic_before_a_comma_is_no_speaker():
    text = ("# PyCon\n\n## Serverless Python, the easy way\n\nNotes.\n\n## Type Hints, a practical guide\n\nNotes.\n\n"
            "## Async IO, from the ground up\n\nNotes.\n")
    assert [(t, s) for t, s, _ in talks_of(text)] == [
        ("Serverless Python, the easy way", []), ("Type Hints, a practical guide", []),
        ("Async IO, from the ground up", [])]


def test_guard_review_a_titles_second_half_after_a_comma_is_no_speaker():
    from generator.normalize import bylines
    assert bylines.byline_column(["Testing in Go, Part One", "Testing in Go, Part Two", "Profiling Go, Step By Step"]) \
        is None


def test_guard_review_a_speaker_line_under_a_long_item_of_a_hard_wrapped_note_stays_apart():
    text = """
        ---
        title: Harbour Python 13
        date: 2031-06-12
        ---

        Hello everyone, the thirteenth Harbour Python evening takes place next
        Thursday at the usual venue. Doors open at 18:30 and the first talk starts
        at 19:00 sharp, so please be on time if you can make it at all this month.
        As usual there will be pizza and drinks after the talks, courtesy of Acme.

        ## Talks

        - 19:00 Writing a Lisp in Python: what I learned building an interpreter
          Jane Doe (Acme Corp)
        - 19:30 Packaging Python applications for Windows without the pain
          Bo Kim
    """
    assert [(t, s) for t, s, _ in talks_of(text)] == [
        ("Writing a Lisp in Python: what I learned building an interpreter", ["Jane Doe"]),
        ("Packaging Python applications for Windows without the pain", ["Bo Kim"])]


def test_guard_review_a_fence_opened_after_a_blank_line_stays_code():
    text = ("# Ops Night\n\n## Ansible at scale - Mina Ota\n\nNotes.\n\n## Shell hygiene - Pavel Dusek\n\nThe script:\n\n"
            "```\n## Install dependencies\napt-get install foo\n## Configure the service\nvi /etc/foo\n## Start it\n")
    assert [(t, s) for t, s, _ in talks_of(text)] == [("Ansible at scale", ["Mina Ota"]), ("Shell hygiene", ["Pavel Dusek"])]


def test_guard_review_a_hugo_shortcode_showing_an_account_leaves_no_brace():
    assert "@kaz on stage" in _read("# Night\n\n{{% github_user kaz %}} on stage\n")
    assert "`f(x){.5}`" in _read("# Night\n\nWrite `f(x){.5}` here.\n")[2]


def test_guard_review_a_labelled_profile_link_names_nobody():
    from generator.normalize import timetable
    assert timetable._nested_speaker(["  - Twitter: [@jsato](https://twitter.com/jsato)"])[0] == ()
    assert timetable._nested_speaker(["  - Follow her on [@jsato](https://twitter.com/jsato)"])[0] == ()


def test_guard_review_a_company_in_the_first_brackets_is_no_handle():
    from generator.normalize import people
    person = people.parse_people("Jane Doe (Google) (remote)")[0]
    assert (person.name, person.handle, person.affiliation) == ("Jane Doe", None, "Google, remote")


def test_guard_review_an_unlettered_panel_after_lettered_talks_stays():
    text = ("# data() meetup 2031\n\n## A. Calibrating Click Models\n\n* speaker: Dana Fox\n\n"
            "## B. What Stream Engineers Should Know\n\n* speaker: Eli Wu\n\n## C. Lambda Graphs for Frames\n\n"
            "* speaker: Fay Ng\n\n## Panel: Hiring Stream Engineers in 2031\n\nA lively discussion, moderated by the hosts.\n")
    assert any("Hiring Stream Engineers" in t for t, _, _ in talks_of(text))


def test_guard_review_bold_sections_of_a_single_talk_write_up_are_no_talks():
    text = ("# Notes from Jane Doe's keynote at PyCon Harbour 2031\n\n**Key takeaways**\n\nTypes help.\n\n"
            "**Questions from the audience**\n\nMany.\n\n**My thoughts**\n\nGood talk.\n")
    assert "**Key takeaways**" in _prepared(text)


def test_guard_review_more_places_in_the_evening_and_a_reference_deck():
    text = """
        # effect勉強会 #2

        ## Handlers in Practice
        お次は{% twid fumi_v %}さんの発表でした｡

        ## Row Types
        二番手は{% twid kame_r %}さんの発表でした｡参考資料は[こちら](https://docs.example.org/ref/types)｡
    """
    event = event_of(text)
    assert [[s.name for s in t.speakers] for t in event.talks] == [["fumi_v"], ["kame_r"]]
    assert event.talks[1].slides is None


def test_guard_review_versions_and_minutes_that_name_a_talk():
    from generator.normalize import timetable, titles
    assert timetable._TIMED.match("- 3.12 - 3.13: the free-threaded build") is None
    assert titles.clean_talk_title("10 Minutes: A Horror Story of Our Deploy") == "10 Minutes: A Horror Story of Our Deploy"
