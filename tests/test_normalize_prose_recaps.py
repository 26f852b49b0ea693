"""An English recap that tells its talks in sentences under headings of the writer's own (`### Turned up to 11`,
`### The big finale`): who gave which talk, the title linked to the deck or quoted.

Seen in real notes (batch 13, rewritten in our own words).
"""
from __future__ import annotations

import pytest

from generator.normalize import prose
from note_text import event_of

RECAP = """
    ---
    title: The Team Leads conference
    tags: [Conferences]
    ---
    On Friday I attended [Team Leads](http://teamleads.example.org/), a new conference for technical leads.

    ### Turned up to eleven
    After lunch, [Sam Burns](https://twitter.com/samburns) presented one of the highlights in his talk
    ["People are Odd, I'm Odd"](https://speakerdeck.com/samburns/people-are-odd).

    Next, Becca Stone and Preet Sandhu talked about [Adaptive Checking](https://speakerdeck.com/beccastone/adaptive-checking)
    and their journey at Quick Eats.

    ### The big finale
    [Una Kraft](https://twitter.com/una) gave a [Primer on Page Speed](http://una.example/slides--leads/#/), a good walkthrough.

    The talk that chimed most with me was "Keeping Ahead of the Curve" by [Trish Gray](https://twitter.com/trishgray).

    Finally, the day came to a close with [Oren Ellis](https://twitter.com/orenellis) talking about Building Happier Engineering Teams.

    ### Home time
    A pleasing day overall.
    """


def test_sections_telling_of_several_talks_give_those_talks():
    event = event_of(RECAP)
    assert [(t.title, [s.name for s in t.speakers], t.slides) for t in event.talks] == [
        ("People are Odd, I'm Odd", ["Sam Burns"], "https://speakerdeck.com/samburns/people-are-odd"),
        ("Adaptive Checking", ["Becca Stone", "Preet Sandhu"], "https://speakerdeck.com/beccastone/adaptive-checking"),
        ("Primer on Page Speed", ["Una Kraft"], "http://una.example/slides--leads/#/"),
        ("Keeping Ahead of the Curve", ["Trish Gray"], None),
        ("Building Happier Engineering Teams", ["Oren Ellis"], None),
    ]


@pytest.mark.parametrize("sentence", [
    "We talked about [Rust](https://www.rust-lang.org/) over dinner.",  # a subject's page, and `we` is nobody
    "Jane Doe talked about [Rust](https://www.rust-lang.org/) at lunch.",  # a subject's page, not a talk's
    "Jane Doe gave a shout-out to the organisers.",  # no title
    "Jane Doe talked about the Weather.",  # one capitalised word is no title
])
def test_sentences_that_name_no_talk(sentence):
    assert prose.talks_named_with_verbs(sentence) == []


def test_a_heading_with_its_own_byline_keeps_its_talk():
    talks = event_of("""
        ---
        title: Harbour JS 2019
        ---
        ### Keeping it small (@ana)
        She showed how [Jo Park](https://twitter.com/jo) gave a [Primer on Bundles](https://speakerdeck.com/jo/bundles)
        last year, and [Al Kim](https://twitter.com/al) gave a [Tour of Trees](https://speakerdeck.com/al/trees) too.
        """).talks
    assert [t.title for t in talks] == ["Keeping it small"]


def test_bold_titles_over_notes_under_a_heading_about_the_talks_heard():
    talks = event_of("""
        ---
        title: My Harbour PyCon
        ---
        # I gave a talk!
        I spoke about "Python As a Second Tongue" to a full room.

        # I went to talks and workshops!
        The conference was full of great talks; a small sampling:

        * **Unsafe At Any Speed** Rae Knowles made some great points about dangerous library defaults.

        * **Docs or it didn't happen!** I joined the docs club thanks to Mikey Arden, who gave an inspiring talk.

        * **Choo choo! All aboard the Data Train!** Sam Lee showed open data about train movements.

        # I got swag!
        Lots of stickers.
        """).talks
    assert [(t.title, [s.name for s in t.speakers]) for t in talks][1:] == [
        ("Unsafe At Any Speed", ["Rae Knowles"]), ("Docs or it didn't happen!", ["Mikey Arden"]),
        ("Choo choo! All aboard the Data Train!", ["Sam Lee"])]


def test_bold_lead_items_elsewhere_are_no_talks():
    talks = event_of("""
        ---
        title: Harbour PyCon 2017
        ---
        ## The venue
        * **Food** was plentiful and the coffee was good all day long.
        * **Wifi** held up for most of the conference, which is rare.
        * **Seats** were comfortable enough for three days of sitting.
        """).talks
    assert talks == ()


def test_whose_talk_it_is_before_its_bold_title():
    """`Frank Ward's talk **Title**`, `Theo Marsh's evening keynote **Title**`, `Mel Perez's **The Build Gap**`."""
    found = prose.talks_in_prose(
        "Some other highlights for me included Chris Grey's Talk **Started in Ops, Now I'm Here**, where he spoke.\n\n"
        "Frank Ward's talk **Building Secure Web Systems** covered recent research.\n\n"
        "Another talk I really liked was Mel Perez's **The Build Gap**. Anyone who enjoyed Mel Perez's talks knows.\n\n"
        "The end was marked by Theo Marsh's evening keynote **Better Work via Better Discourse** where he spoke.\n")
    assert [(t.title, [s.name for s in t.speakers], t.kind) for t in found] == [
        ("Started in Ops, Now I'm Here", ["Chris Grey"], "talk"),
        ("Building Secure Web Systems", ["Frank Ward"], "talk"),
        ("The Build Gap", ["Mel Perez"], "talk"),
        ("Better Work via Better Discourse", ["Theo Marsh"], "keynote")]


@pytest.mark.parametrize("text, person", [
    ("The Build Gap", False), ("A Day Of Rust", False), ("Duke of Tests", False),
    ("A N M Rahim Kabir", True), ("Maria de la Cruz", True), ("Georg Kessler", True)])
def test_a_titles_small_words_are_no_persons(text, person):
    from generator.normalize import people
    assert people.looks_like_people(text, strict=True) is person


def test_a_team_set_in_bold_is_no_title():
    found = prose.talks_in_prose('The last session was ***The Harbor Team***, presenting the talk "The Latest from Harbor".')
    assert [t.title for t in found] == ["The Latest from Harbor"]
    assert [t.title for t in prose.talks_in_prose("The last session was ***The Harbor Lamps***.")] == ["The Harbor Lamps"]


def test_a_middle_initial_is_no_sentences_end():
    found = prose.talks_told('Jane Q. Smith gave a talk on "Typed Pipelines" that I liked.')
    assert [(t.title, [s.name for s in t.speakers]) for t in found] == [("Typed Pipelines", ["Jane Q. Smith"])]


FAVOURITES = """
    ---
    layout: post
    title: "5 of my favourite talks from Harbor Ruby 2013"
    ---
    Now that the recordings are online, a few favourites.

    #### [Failing for Fun](https://www.youtube.com/watch?v=hr2013fail)

    Note to self: don't put *failure* in a talk's title. Kerry Mills did so like a champ, without slides.

    #### [Application Security in Practice](https://www.youtube.com/watch?v=hr2013sec)

    If Bryan Holm's talk on the ways a bad guy breaks in doesn't scare you, watch it twice.

    #### [Functional Ideas for OO Code](https://www.youtube.com/watch?v=hr2013func)

    I need to watch Jessie Kerrigan's talk again, and Martin Fowler's talk on it was good too.
    """


def test_whose_talk_the_notes_say_it_was_where_the_note_tells_it_so_throughout():
    event = event_of(FAVOURITES)
    assert [[s.name for s in t.speakers] for t in event.talks] == [["Kerry Mills"], ["Bryan Holm"], []]


def test_a_lone_talk_told_so_is_not_enough():
    one = FAVOURITES.split("    #### [Application")[0]
    assert [t.speakers for t in event_of(one).talks] == [()]


def test_who_gave_a_talk_on_a_linked_subject():
    """`Mika Hale gave a great talk on the [Title](…)`, `Frank Lyle's talk on [Title](…)`."""
    found = prose.talks_named_with_verbs(
        "Mika Hale gave a great talk on the [integration patterns for data apps](https://conf.example.org/17/session/ip) "
        "at her company.\n\n"
        "Frank Lyle's talk on [embracing database diversity](https://conf.example.org/17/session/edd) reminded us.\n\n"
        "Our team's talk on [Rust](https://www.rust-lang.org/) was short.\n")
    assert [(t.title, [s.name for s in t.speakers]) for t in found] == [
        ("integration patterns for data apps", ["Mika Hale"]), ("embracing database diversity", ["Frank Lyle"])]


def test_a_speaker_named_by_title_and_surname_takes_the_full_name_said_before():
    found = prose.talks_told(
        'I enjoyed the keynotes by Prof. Zara Akton from the University of Harbor and Prof. Max Wells from '
        'Amsterdam. Prof. Akton gave a talk on "Explainability Through Communication" and it was clear.')
    assert [(t.title, [s.name for s in t.speakers]) for t in found] == [
        ("Explainability Through Communication", ["Zara Akton"])]


def test_whose_talk_a_japanese_note_says_it_was():
    event = event_of("""
        ---
        title: Harbor Swift 2017 サーバーサイド関連
        ---
        ## Building a Web API Together

        多くの人がお世話になっていると思われる、Kyleさんの発表です。

        ## Swift Outside the Box

        [サーバーサイドを実運用してみた | 開発者ブログ](http://blog.example.jp/serverside)で有名なItoさんの発表です。

        ## Swift as a Live Example

        https://speakerdeck.com/someone/swift-live

        感想です。
        """)
    assert [[s.name for s in t.speakers] for t in event.talks] == [["Kyle"], ["Ito"], []]
    from generator.normalize import people
    assert people.name_ending("最初はCTOの竹内") == "竹内"


def test_a_latin_name_written_into_a_japanese_sentence_before_its_honorific():
    from generator.normalize import speaker_lines
    assert [s.name for s in speaker_lines.speaker_line("実運用ブログで有名なItoさんの発表です。")] == ["Ito"]
    assert speaker_lines.speaker_line("最初は Hall B にいて hsbt さんの発表まで聞いていました。") is None
