"""venue.py: where an event was held, as notes say it in sentences (batch 13 development notes, in our words)."""
from __future__ import annotations

from generator.normalize import venue
from note_text import event_of


def test_a_note_that_says_the_event_was_held_online_names_it_so():
    from generator.normalize import venue
    assert venue.held_online("今年もHarborDCがオンラインで開催されました。") == "オンライン"
    assert venue.held_online("## リモート形式での開催") == "オンライン"
    assert venue.held_online("HarborConf 2020 was entirely online.") == "online"
    assert venue.held_online("We talked about online payments.") is None


def test_a_sentence_puts_the_event_in_a_building_never_a_town():
    from generator.normalize import venue
    assert venue.find_venue("I attended the HarborPy conference in Lyon City Hall for the third year.") == "Lyon City Hall"
    assert venue.find_venue("The event took place in Kiel's Multikino cinema. Comfortable seats.") == "Kiel's Multikino cinema"
    assert venue.find_venue("It was held in London, as always.") is None


def test_the_host_that_lent_its_room():
    from generator.normalize import venue
    assert venue.find_venue("株式会社ほげデザインさんを会場に（会場係ありがとうございました！）") == "株式会社ほげデザイン"
    assert venue.find_venue("会場提供は港町ソフトということでトークは配信された模様。") == "港町ソフト"
    assert venue.find_venue("Harbor CCC が今季も港町ベルサールで開催されました。") == "港町ベルサール"
    assert venue.find_venue("これまでの meetup は、コワーキングスペース港 を会場に開いてきましたが、今回はオンライン。") is None


def test_a_link_that_opens_with_the_events_own_name_is_its_site():
    from note_text import event_of
    event = event_of("""
        ---
        title: Harbach 2019
        ---
        I've just arrived home after another fantastic [**Harbach Conference**](http://harbachconf.example.org/),
        an international conference about the JVM.

        ## Keynote

        Notes.
        """)
    assert event.url == "http://harbachconf.example.org/"
    project = event_of("""
        ---
        title: Harbango Day 2019
        ---
        We love [Harbango docs](https://www.harbangoproject.example.org/) and its community.
        """)
    assert project.url is None  # the project's site, not the event's


def test_a_labelled_venue_is_a_name_never_a_paragraph_or_a_code_samples_word():
    from generator.normalize import venue
    assert venue.labelled_venue("Venue: If we continue to grow, the 8th floor will soon be too small. Bigger "
                                "halls are an option.") is None
    assert venue.find_venue("where: right") is None
    assert venue.find_venue("5/25(土)に港町の「enspace」で開催された Meetup に参加しました。") == "enspace"


def test_online_is_said_of_the_event_itself_never_of_a_recording_or_another_year():
    from generator.normalize import venue
    assert venue.held_online("The recording is online.") is None
    assert venue.held_online("It was virtually sold out.") is None
    assert venue.held_online("Unlike last year's virtual conference, we met in person.") is None
    assert venue.held_online("昨年はオンライン開催でしたが、今年は会場で。") is None
    assert venue.held_online("次回はオンライン開催予定です。") is None
    assert venue._clean_venue("Harbor Inc. Tower") == "Harbor Inc. Tower"


def test_kaisai_basho_wa_with_a_comma_and_bold():
    assert venue.find_venue("開催場所は、<b>港電気通信大学</b>です。スタッフさんの多くは学生さんでした。") == "港電気通信大学"


def test_a_particle_phrase_is_no_venue():
    # `…によって世界各地で開かれる`: where events of the series happen in general, by way of a particle
    assert venue.find_venue("> HarbourFest は、コミュニティによって世界各地で開かれるイベントです。") is None


def test_a_list_introduced_as_categories_is_no_list_of_talks():
    event = event_of("""
        ---
        title: DevFest 港 2019
        ---
        # Sessions
        今回のセッションは、次のようなカテゴリでグループ分けされていました。

        * Android
        * Cloud
        * Web

        ## Keynote: 円周率世界記録への道
        岩尾さんの発表。
        """)
    assert [t.title for t in event.talks] == ["円周率世界記録への道"]


def test_a_sentence_wrapped_over_two_lines_hosted_by_a_place():
    text = "## Where\n\nWe'll be graciously hosted by the\nHarbour Institute of Technology.\nHere's a map."
    assert venue.find_venue(text) == "Harbour Institute of Technology"


def test_being_hosted_by_a_person_names_no_place():
    assert venue.find_venue("This month we are hosted by Jane Doe, thanks!") is None


def test_lines_that_do_not_stop_mid_sentence_stay_apart():
    # a date line over `Hosted at …`, an address block: each line is read on its own
    assert venue.find_venue("Wednesday, 12 June 2019 · 18:45 BST\nHosted at Quayside Studios, Bristol") == "Quayside Studios, Bristol"


def test_everywhere_is_no_place():
    assert venue.find_venue("アメリカや日本をはじめ世界中で開催されています。") is None
