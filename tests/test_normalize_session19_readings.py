"""Readings from the session-19 development sets (batch 25 opened, d3), rewritten in our own words with names
and titles changed: a conference programme written one slot a heading (`L3. Title. Jane Doe – Org. 10:15 am,
Day 1`), ..."""
from __future__ import annotations

from note_text import event_of


PROGRAMME_NOTES = """
    # Notes from HarbourPy 2031

    ## Typing the untypable: a tour of gradual types

    - Mira Solberg – Maintainer of a type checker (mira@example.org). 9:30 am, Day 1
    - Gradual types let old code keep running
    - #Q: Does this slow the interpreter?

    ## ⭐ R4. Packaging Without Tears: Wheels for Everyone. Tomas Linde – Acme Tools. 10:15 am, Day 1

    - The build backend decides more than you think

    ## Group photo. – 11:45 am, Day 1

    ## Lunch and Networking. – 12 pm, Day 1

    ## ⭐ R4. Lightning Talks. – 1:30 pm, Day 1

    ## ⭐ R4. Sound from Scratch: Synthesis in Python. Ada Fenwick. 2:30 pm, Day 1

    ## Can Robots Read Receipts? Kiri Vale – Ledgerly. 2:30 pm, Day 1

    ## Day 1 Closing. – 4:30 pm, Day 1

    ## Intro to Notebooks Workshop. PyGirlsHB & CodeClubHB. 9 am, Day 2
    """


def test_a_programme_written_one_slot_a_heading_gives_title_speaker_and_room():
    event = event_of(PROGRAMME_NOTES)
    got = [(t.title, [s.name for s in t.speakers], t.room) for t in event.talks]
    assert got == [
        ("Typing the untypable: a tour of gradual types", ["Mira Solberg"], None),
        ("Packaging Without Tears: Wheels for Everyone", ["Tomas Linde"], "R4"),
        ("Sound from Scratch: Synthesis in Python", ["Ada Fenwick"], "R4"),
        ("Can Robots Read Receipts?", ["Kiri Vale"], None),
        ("Intro to Notebooks Workshop", ["PyGirlsHB", "CodeClubHB"], None),
    ]
    assert event.talks[1].speakers[0].affiliation == "Acme Tools"
    # the programme's own slots (naming nobody after the dash) stay in the event's text, nothing lost
    assert "Group photo" in event.body and "Day 1 Closing" in event.body


def test_only_a_time_after_a_full_stop_closes_a_programme_entry():
    """`Title. Name. 7 pm` is an entry; a title that merely ends in a time (`… fail at 9 am`) keeps it."""
    event = event_of("""
        # Pizza & Parsers night

        ## Parsing with combinators. Ivo Brandt. 7 pm

        Ivo walked us through small parsers that compose.

        ## Why regexes fail at 9 am

        Speaker: Lena Koss
        """)
    got = [(t.title, [s.name for s in t.speakers]) for t in event.talks]
    assert got == [("Parsing with combinators", ["Ivo Brandt"]), ("Why regexes fail at 9 am", ["Lena Koss"])]


def test_a_handle_with_digits_in_the_speaker_column():
    event = event_of("""
        ---
        title: "[Go] minato.go #4 参加メモ"
        date: 2018-02-10
        ---
        # ゴルーチンの止め方(nagi24kaze)
        止め方はいろいろある。

        # テストの並べ方(umibe)
        t.Parallel の話。

        # 小さなCLIを作る(yama2024)
        flag パッケージで十分。

        # Go1.12 の変更点まとめ(sora)
        modules の話。
        """)
    got = [(t.title, [s.name for s in t.speakers]) for t in event.talks]
    assert got == [("ゴルーチンの止め方", ["nagi24kaze"]), ("テストの並べ方", ["umibe"]),
                   ("小さなCLIを作る", ["yama2024"]), ("Go1.12 の変更点まとめ", ["sora"])]


def test_a_version_in_parentheses_is_no_speaker_in_the_column():
    """Guard: `(python3)`, `(k8s)` after a title among handles are a version and a word, not people."""
    from generator.normalize import bylines
    column = bylines.byline_column(["Async IO の話(mizuno)", "型ヒント入門(python3)", "CLI を作る(k8s)"])
    assert column is None or all(split is None or split[1] not in ("python3", "k8s") for split in column)


def test_a_programme_page_giving_each_speaker_a_heading_over_the_talks():
    event = event_of("""
        ---
        layout: event-page
        title: UX Harvest Night
        venue: The Old Mill
        ---
        <p>Three talks this autumn.</p>
        <h2>Talks</h2>
        <article class="talk-details">
          <h3>Maya Corran <a href="http://www.twitter.com/mayacorran"></a>@mayacorran</a></h3>
          <p>Maya runs a small research studio and writes about interviews.</p>
          <h3>Listening Past the Survey</h3>
          <p>Maya will show why the answers people give are not the whole story.</p>
          <h4>Slides</h4>
        </article>
        <article class="talk-details">
          <h3>Felix Amberley <a href="http:/www.twitter.com/felixamberley">felixamberley</a></h3>
          <p>Felix designs signage for hospitals and train stations.</p>
          <h3>Wayfinding &amp; design</h3>
          <p>Felix on signs that people actually read.</p>
        </article>
        <article class="talk-details">
          <h3>Rosa Tillman <a href="https://twitter.com/rosatill">@rosatill</a></h3>
          <p>Rosa leads a product team.</p>
          <h3>Small teams, big maps</h3>
          <p>Rosa tells how a team of four mapped a city's services.</p>
        </article>
        """, "note.html")
    got = [(t.title, [(s.name, s.handle) for s in t.speakers]) for t in event.talks]
    assert got == [("Listening Past the Survey", [("Maya Corran", "mayacorran")]),
                   ("Wayfinding & design", [("Felix Amberley", "felixamberley")]),
                   ("Small teams, big maps", [("Rosa Tillman", "rosatill")])]
    # the speaker's bio opens the talk's notes
    assert "research studio" in event.talks[0].body


def test_headings_naming_people_alone_are_not_paired_with_the_next_heading_by_chance():
    """Guard: one person's heading among talk headings is no habit of the note."""
    event = event_of("""
        # Rust night 7

        ## Ownership without tears
        Speaker: Ola Brant

        ## Ada Lovelace
        A short history talk about her notes, by Piet Smit.

        ## Async in practice
        Speaker: Jonas Veld
        """)
    assert [t.title for t in event.talks][0] == "Ownership without tears"
    assert "Async in practice" in [t.title for t in event.talks]


def test_a_line_up_fenced_to_keep_its_layout_is_the_programme():
    event = event_of("""
        Harbour PHP Day 2031
        -

        ````
        Ben Okafor - Logging at Scale
        Ruth Vance - Be a Careful Coder
        Tom Ellery - Open Source, Care, and Duty
        Lena Brook - What's new in PHP - the short version
        ````

        #### Ben Okafor - Logging at Scale
        * ship the logs somewhere else

        #### Ida Moss - Postgres, the store nobody tries
        * it has JSON too
        """)
    got = [(t.title, [s.name for s in t.speakers]) for t in event.talks]
    assert got == [("Logging at Scale", ["Ben Okafor"]), ("Be a Careful Coder", ["Ruth Vance"]),
                   ("Open Source, Care, and Duty", ["Tom Ellery"]),
                   ("What's new in PHP - the short version", ["Lena Brook"]),
                   ("Postgres, the store nobody tries", ["Ida Moss"])]
    assert "ship the logs" in event.talks[0].body


def test_a_fenced_block_of_code_stays_code():
    """Guard: a fence around code (or one with a language) is never read as a line-up."""
    event = event_of("""
        # Shell night 3

        ## Pipes for everyone
        Speaker: Ada Fenwick

        ```
        ls -l - /tmp
        grep foo - bar
        echo a - b
        ```
        """)
    assert [t.title for t in event.talks] == ["Pipes for everyone"]


def test_by_name_slash_company_and_kind_headings_over_their_talks():
    event = event_of("""
        # Presentations for 2031-05-09

        ## Keynote

        ### Jumping into Cloud Native by Kei Sato (best speaker 2030)
        notes

        ### Microservices on a budget by Mina Arai / Kumo Labs
        notes

        ## Short Talk

        ### Making the most of type hints, by Phil Norland
        notes

        ## Main Talk

        ### Drawing Algorithms with LEDs by Chris Beale / Lady Glow (gold sponsor)
        notes
        """)
    got = [(t.title, [(s.name, s.affiliation) for s in t.speakers], t.kind) for t in event.talks]
    assert got[0][0] == "Jumping into Cloud Native" and got[0][2] == "keynote"
    assert got[1] == ("Microservices on a budget", [("Mina Arai", "Kumo Labs")], "keynote")
    assert got[2] == ("Making the most of type hints", [("Phil Norland", None)], "talk")
    assert got[3] == ("Drawing Algorithms with LEDs", [("Chris Beale", "Lady Glow")], "talk")
    assert len(got) == 4


def test_a_person_linked_in_the_headings_closing_parentheses_is_the_speaker():
    event = event_of("""
        ---
        title: Lakeside PHP 2031 recap
        ---
        ## Sunday

        ### [Mentoring: One Hour a Week](http://2031.lakesidephp.example/talks/mentoring/) ([Beth Orr](https://twitter.com/bethorr))
        Beth asked everyone to find one person to help.

        ### [Reading Your Git History](http://2031.lakesidephp.example/talks/git-history/) ([Gil Amos](https://twitter.com/gilamos))
        Bisect is your friend.
        """)
    got = [(t.title, [(s.name, s.handle) for s in t.speakers]) for t in event.talks]
    assert got == [("Mentoring: One Hour a Week", [("Beth Orr", "bethorr")]),
                   ("Reading Your Git History", [("Gil Amos", "gilamos")])]


def test_a_slot_naming_only_its_speaker_is_no_talk_and_an_editions_number_no_hashtag():
    event = event_of("""
        ---
        title: "minato.go #15@Acme"
        date: 2031-05-30
        ---
        ## Effective Streaming in Go by [kawaru](https://twitter.com/kawaru) さん
        ストリームの話。

        ## LT by [@umino_x](https://twitter.com/umino_x) さん from Cluey
        急遽代打で登壇。

        ## LT by [@sorami](https://twitter.com/sorami) さん
        記事の解説。
        """)
    assert [t.title for t in event.talks] == ["Effective Streaming in Go"]
    assert "急遽代打で登壇" in event.body  # (the slot's notes stay with the event)
    assert "15@Acme" not in event.hashtags


def test_a_timetable_cell_naming_its_block_over_the_blocks_talks():
    event = event_of("""
        ---
        title: 南国Ruby会議 01
        date: 2031-03-01
        ---
        <table>
          <tr><th>13:00</th><td>開会</td></tr>
          <tr>
            <th>14:30</th>
            <td><strong>Lightning Talks Session 1 (各10分)</strong>
              <ul>
                <li>「バッチ処理をストリームにする」<a href="http://twitter.com/kaiyo_a">@kaiyo_a</a></li>
                <li>「Vim の普通の使い方」<a href="http://twitter.com/shima_b">@shima_b</a></li>
              </ul>
            </td>
          </tr>
          <tr>
            <th>15:10</th>
            <td><strong>地域コミュニティ紹介 (各3分)</strong>
              <ul>
                <li>「港Rubyists」<a href="http://twitter.com/minato_c">@minato_c</a></li>
                <li>「島.rb」<a href="http://twitter.com/shima_d">@shima_d</a></li>
              </ul>
            </td>
          </tr>
          <tr><th>16:00</th><td><strong>Lightning Talks Session 学生枠 (各5分) ※若干の空きあり</strong>
              <ul>
                <li>「はじめての gem」<a href="http://twitter.com/gaku_e">@gaku_e</a></li>
                <li>「Ruby で作る電卓」<a href="http://twitter.com/gaku_f">@gaku_f</a></li>
              </ul></td></tr>
        </table>
        """, "note.html")
    got = [(t.title, [s.handle for s in t.speakers], t.kind) for t in event.talks]
    assert got == [("バッチ処理をストリームにする", ["kaiyo_a"], "lightning"), ("Vim の普通の使い方", ["shima_b"], "lightning"),
                   ("港Rubyists", ["minato_c"], "talk"), ("島.rb", ["shima_d"], "talk"),
                   ("はじめての gem", ["gaku_e"], "lightning"), ("Ruby で作る電卓", ["gaku_f"], "lightning")]



# Guards from the review of this session's readings (each failed on the code before the review's fixes)

def test_review_a_fence_with_a_language_is_never_read_as_a_line_up():
    """Guard: the closing fence of a ```python block is no bare opening fence."""
    event = event_of("""
        # Logging night

        ```python
        import logging
        ```
        Our speakers tonight:
        Ben Okafor - Logging at Scale
        Ana Lima - Structured Logs
        Raj Patel - Tracing in Practice

        ```
        $ pip install structlog
        ```
        """)
    assert [t.title for t in event.talks] == ["Logging at Scale", "Structured Logs", "Tracing in Practice"]


def test_review_titles_opening_with_by_or_from_stay_talks():
    """Guard: `By Design`, `From Scratch` are titles; only `by @handle さん` is a slot naming its speaker alone."""
    event = event_of("""
        # Design meetup 4

        ## By Design
        Speaker: [Jane Doe](https://twitter.com/janedoe)

        Jane talked about defaults.

        ## From Scratch
        Speaker: [Bo Lind](https://twitter.com/bolind)

        Bo rebuilt a parser live.
        """)
    got = [(t.title, [s.handle for s in t.speakers]) for t in event.talks]
    assert got == [("By Design", ["janedoe"]), ("From Scratch", ["bolind"])]


def test_review_a_slot_heading_closing_with_a_dash_and_time_keeps_a_speaker_named_under_it():
    """Guard: `Why is Python slow? – 9:30 am, Day 1` over a speaker line is a talk."""
    event = event_of("""
        # Notes from HarbourPy 2031

        ## Why is Python slow? – 9:30 am, Day 1
        - Ken Jarrow – Core Developer (ken@example.org). 9:30 am, Day 1
        - the interpreter specialises bytecode

        ## Lunch and Networking. – 12 pm, Day 1

        ## Packaging Without Tears. Tomas Linde - Acme Tools. 11 am, Day 1
        """)
    got = [(t.title, [(s.name, s.affiliation) for s in t.speakers]) for t in event.talks]
    assert got == [("Why is Python slow?", [("Ken Jarrow", "Core Developer")]),
                   ("Packaging Without Tears", [("Tomas Linde", "Acme Tools")])]


def test_review_a_programme_entry_still_reads_its_room_numbering_and_a_doctors_name():
    """Guard: the slot's time goes, the rest of the heading is read as any other heading."""
    event = event_of("""
        # HarbourPy 2031

        ## [Room A] Sound from Scratch. Ada Fenwick. 11 am, Day 1

        ## 3. Healthy Habits for Developers. Dr. Mira Solberg. 9:30 am, Day 2

        ## What is new in Go? Generics. 10:15 am, Day 2
        """)
    got = [(t.title, [s.name for s in t.speakers], t.room) for t in event.talks]
    assert got[0] == ("Sound from Scratch", ["Ada Fenwick"], "Room A")
    assert got[1][0] == "Healthy Habits for Developers" and "Mira Solberg" in got[1][1][0]
    assert all(t.speakers == () or t.speakers[0].name != "Generics" for t in event.talks)


def test_review_titles_over_speakers_bios_are_not_paired_one_heading_late():
    """Guard: headings alternating title, then the speaker's bio, never give a talk the next person."""
    event = event_of("""
        # UX night

        ## Using Design for Advantage
        Why design beats features.

        ## Andy Bower
        Andy is a designer and writer.

        ## Designing for Trust
        How to earn it and keep it.

        ## Sara Pellmont
        Sara runs a studio.

        ## The Craft of Copy
        Words are interface.

        ## Jason Mott
        Jason is a product strategist.
        """)
    by_title = {t.title: [s.name for s in t.speakers] for t in event.talks}
    assert by_title.get("Designing for Trust") != ["Andy Bower"]
    assert by_title.get("The Craft of Copy") != ["Sara Pellmont"]


def test_review_two_people_after_by_are_both_speakers_and_tools_in_parentheses_no_one():
    """Guard: `by Jane Doe / John Smith` names two speakers; `(i18next)`, `(py2neo)` are tools."""
    event = event_of("""
        # Web night

        ## Scaling Rails by Jane Doe / John Smith
        notes
        """)
    assert [[s.name for s in t.speakers] for t in event.talks] == [["Jane Doe", "John Smith"]]
    from generator.normalize import bylines
    column = bylines.byline_column(["Localising a React app (i18next)", "Talking to graphs (py2neo)",
                                    "Keyboard-driven editing (Jane Doe)"])
    assert column is None or all(split is None or split[1] not in ("i18next", "py2neo") for split in column)


def test_review_a_bold_talk_opening_a_timetable_cell_stays_a_talk():
    """Guard: a block's name needs its talks' length (`(各3分)`); a bold first title is a talk."""
    event = event_of("""
        ---
        title: Rust day
        date: 2031-04-01
        ---
        | Time | Talk |
        |---|---|
        | 10:00 | **State of the Rust Compiler** <br> Async traits by Jane Doe <br> Const generics by Bob Smith |
        """)
    assert "State of the Rust Compiler" in [t.title for t in event.talks]
