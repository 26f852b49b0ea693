"""The normalizer's gate, inside the repository: every fixture note's record equals its expected one.

Each folder under tests/fixtures with an `expected/` folder holds notes and, for each, the record a
careful reader extracts (`expected/<note stem>.json`). Every such note is normalized here, in this
process, exactly as `talkarchive inspect --json` does (build.normalize_file, then Event.to_json
through JSON), and compared field by field with the rules of ../shared/tools/score_normalization.py
(its docstring), re-implemented below so this gate never depends on a file outside the repository:

- strings compare after NFKC, case folding, removing white space and trailing sentence punctuation;
- title: one of the accepted strings; date: equal (null when unknown); venue: null means none printed,
  else one of the accepted strings; url: equal, a trailing slash ignored; hashtags, tags: equal as sets;
- talks: each expected talk is matched to an unmatched printed talk by accepted title (in any order);
  a missing talk and a talk not expected are each a problem;
- speakers (unless null): as many as expected, each expected "A|B" matching a printed speaker's name,
  handle or display (a speaker printed as a string or an object); slides (trailing slash ignored),
  room, kind: compared only where the expected talk has them.

A note known to be read wrong today is listed in KNOWN_WRONG with why: it fails as expected (strict
xfail), so the day it is read right the test says so and the entry must go. Nothing here skips.
"""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from generator.engine.build import normalize_file
from generator.core.model import Diagnostic

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FIXTURE_SETS = sorted(d for d in FIXTURES.iterdir() if (d / "expected").is_dir())

# "<set>/<note file>": what is read wrong. Strict xfail: fixing one makes its test fail until removed here.
KNOWN_WRONG = {
    "holdout/h13_bare_links_footer.md": "a venue after the date on a `date / place` line, with no label, is not taken",
    # (holdout6: written in session 36 in shapes no set had; what its readings did not reach)
    "holdout6/03_zenn_details_blocks.md": "a note held online gives `オンライン` as its venue (its label says none)",
    "holdout6/06_study_repo_readme.md": "a README table's slide links in a column of their own are not given to the talks",
    "holdout6/08_conference_speakers_page.html": "a speakers page's header (venue, the site's address, the hashtag), "
                                                 "each card's room line and kind badge are not read",
    "holdout6/09_ablog_post.rst": "`:location: Vancouver` (a city) wins over the hall the text names",
    "holdout6/10_mailing_list_recap.txt": "lightning talks and slides told only in the recap's sentences",
    "holdout6/11_devto_own_talk.md": "the other talks told in sentences beside the writer's own; the venue in parentheses "
                                     "in the opening",
    # (holdout7: written in session 37 in shapes no set had; what its readings did not reach)
    "holdout7/01_hexo_categories_more.md": "a hashtag only in a Liquid tag's text, `（たぶん）` after a title read as its "
                                           "speaker, the place's floor and room kept in the venue",
    "holdout7/02_astro_agenda_yaml.md": "a sponsor's introduction in a YAML agenda read as a talk",
    "holdout7/05_discord_announce_emoji.txt": "a nickname ending in a job word (`おとうさんエンジニア`) is not read as a person",
    "holdout7/07_docusaurus_blog_admonitions.md": "the event's name only in the post's sentences; a panel's people listed "
                                                  "in a `:::info` block; the venue's building",
    "holdout7/08_bulma_event_page.html": "a Bulma schedule's cards (`p.title`, `p.subtitle`, the room in the card's header, "
                                         "tags for the kind) are not read as talks",
    "holdout7/09_jupyter_nbconvert.md": "an agenda echoed as a pandas DataFrame table beside per-talk cells titled "
                                        "`Title — First name`",
    "holdout7/11_discourse_date_bbcode.md": "the lightning talks in a `[details]` block followed by a schedule table; the "
                                            "event's name in bold in the first sentence",
    "holdout7/12_obsidian_daily_note.md": "a daily note's date heading wins over `last Thursday's meetup`; the event named "
                                          "only in a section's `Write-up: [[Rust Amsterdam]]` heading",
    # (holdout8: written in session 38 in shapes no set had; what its readings did not reach)
    "holdout8/01_slack_thread_copy.txt": "the deck a speaker posts in the thread after their talk (`資料です〜 <url>`) is not "
                                         "given to that talk",
    "holdout8/02_confluence_export.html": "the event named and dated only in a Confluence page's facts table (`イベント名`, "
                                          "`開催日`); a deck linked in the timetable's notes column",
    "holdout8/03_google_docs_run_sheet.md": "a run-sheet's own sections (司会台本, 交流・撤収, 当日追記メモ) read as talks; the "
                                            "hashtag in the MC's script; a deck in the notes",
    "holdout8/04_csv_timetable.txt": "a CSV track column's `A` is not read as `Track A`; the venue in a comment line with two "
                                     "labels (`本番: … 会場: …`)",
    "holdout8/05_zenn_scrap_copy.txt": "a talk told in a scrap's comment without quotes; a deck linked in a later comment",
    "holdout8/06_esa_weekly_report.md": "a weekly report whose event is one section among work items, its talks numbered "
                                        "①②③ in a paragraph, its day `金曜の夜（7/4）`",
    "holdout8/07_forwarded_mail.txt": "the event's day as `TOMORROW, Wednesday 12 February` in the forwarded mail; its name "
                                      "only in the list's tag and once in the text; a talk told in the reply",
    "holdout8/08_newsletter_issue.html": "a newsletter's recap of the meetup (talks in a paragraph per speaker) beside "
                                         "`Links we liked` and `Coming up` sections",
    "holdout8/09_latex_flyer.txt": "LaTeX source (a tabular programme, `\\section*`, accents escaped) is not read",
    "holdout8/10_mastodon_thread.txt": "a Mastodon thread copied from the page: each post's header and counters, talks "
                                       "told one post each",
    "holdout8/11_notion_export.html": "a Notion toggle (`<details>`) of lightning talks; a deck linked in the run of show's "
                                      "notes column",
    "holdout8/12_event_page_copy.txt": "an event page's topic tags (`#product` lines in the page's chrome) are not read as tags",
    # (holdout9: written in session 39 in shapes no set had; what its readings did not reach)
    "holdout9/JG01_text.txt": "a Cosense page copy: its `#tag` words are not read as tags, two talks told in its bracketed "
                              "lines are missed and a sponsor slot is read as a talk",
    "holdout9/JG02_[LINE] 運営チームのトーク.txt": "in a LINE history, the event's name loses its hiragana head, the LTs under `16:25 "
                                           "LT` and one announced in a message are missed, the decks posted later are not "
                                           "matched to their talks, chat messages are read as talks",
    "holdout9/JG03_DEVREL_wiki_社外勉強会_開催記録.txt": "Backlog wiki markup: a panel's panellists, a `%%…%%` struck-out talk and "
                                                 "the venue's aside in brackets are not read",
    "holdout9/JG04_新しいテキスト ドキュメント.txt": "a connpass page pasted as text names its event on a line under its address; the "
                                              "decks listed apart are not matched to their talks",
    "holdout9/JG05_ry8kVq3xA.md": "a HackMD note: its `###### tags:` line, a keynote labelled `基調講演：`, LTs in a list "
                                  "and a speaker quoted with `>` are misread",
    "holdout9/JG06_オープニング.txt": "a slide deck's outline (tab-indented slide titles): the venue and four talks are missed",
    "holdout9/JH01_index.txt": "AsciiDoc: the lightning talks numbered inside an open block under their slot are missed, "
                               "the doors' line with its food is read as a talk",
    "holdout9/JH02_invite.txt": "a calendar invite's agenda: the host's thanks and the building's closing time read as talks",
    "holdout9/JH03_meeting_chat.txt": "a Teams meeting chat: two talks announced in messages are missed, a sponsor's word and a "
                                      "line of names are read as talks",
    "holdout9/JH04_Untitled.txt": "an X thread copied from the page: the event's name, venue and page in its posts, the "
                                  "trending sidebar's hashtags taken for the event's",
    "holdout9/JH06_MeetingNotes.txt": "a Trac wiki page: its `[tag:…]` line and the event's full name are not read",
    # (holdout10: written in session 40 in shapes no set had; what its readings did not reach)
    "holdout10/JM01_connpass_318842.txt": "a connpass page copy: the decks its timetable's talks link further down are not "
                                          "given to them",
    "holdout10/JM02_entry_20231120.txt": "a Hatena post: the day said as `先週末の土曜（11/18）` is missed, and a walk-in "
                                         "talk (`飛び入り：Xさん「Title」`) keeps its label and speaker in the title",
    "holdout10/JM03_article.md": "a Zenn post titled by the writer's words: the event named in its `:::message` box is not "
                                 "taken for the title",
    "holdout10/JM04_page.txt": "a Scrapbox page: its `[* 発表]` bracket heading is read as a talk, the five talks under it "
                               "are missed, and the venue keeps the page's brackets",
    "holdout10/JM05_slack_thread.txt": "a Slack thread: the title is a day separator, a talk renamed in a later message and "
                                       "one whose speaker changed are misread, decks posted in replies are not given",
    "holdout10/JM06_2023-10-02-report.md": "a recap told in prose: the day (`先週末の土曜日（9/30）`), the venue in quotes, "
                                           "the LTs' kind, the panel and the talk named in parentheses are missed",
    "holdout10/JN01_meetup_page.txt": "a Meetup page copy: the venue, two speakers, two talks are missed, a closing line "
                                      "is read as a talk",
    "holdout10/JN02_Conf notes 8c1e2f7a9b3d4c6ea1f0b2d3c4e5f6a7.md": "a Notion export: the `Where:` property's venue and "
                                                                    "the closing panel's panellists are missed",
    "holdout10/JN03_newsletter.txt": "a plain-text newsletter: the venue (`Upstairs at …`) and the hashtag said in a "
                                     "sentence are missed",
    "holdout10/JN04_video_description.txt": "a video description: the venue, the event's page, hashtags, the decks listed "
                                            "by first name, the lightning talks' kind and the panel's people are missed",
    "holdout10/JN05_index.md": "a Hugo post with a TOML schedule: a category is read as a tag and registration as a talk",
    "holdout10/JN06_programme.txt": "a programme as pdftotext writes it, two rooms' columns run together: the titles are "
                                    "cut and joined across the columns, breaks and labels read as talks",
    # (holdout11: written in session 41 in shapes no set had; what its readings did not reach)
    "holdout11/JT01_お知らせ [1187342209931862016].txt": "a Discord export: the server's `Guild:` line taken for the "
                                                      "title, the day said in a later message, the decks posted in replies",
    "holdout11/JT02_2024-05-20.md": "an Obsidian daily note: the venue keeps its `[[wikilink]]`, a `#daily` tag is taken "
                                    "for a hashtag, the speaker's company for a second speaker",
    "holdout11/JT04_n4e8b2c71f0a9.txt": "a note.com page copy: the venue in a sentence, the hashtag and tags, the panel's "
                                        "people and the decks are missed",
    "holdout11/JT06_index.html": "a WordPress page: the event's page in a link card, the tags, two talks told with two "
                                 "speakers or `は『…』`, the decks embedded under each talk, the LTs' kind",
    "holdout11/JT07_issue-58.txt": "a GitHub issue thread organising an LT night: the LTs' kind, the decks posted in "
                                   "comments, and comments read as talks",
    "holdout11/JT08_Meeting notes - 27 Feb.md": "a committee's minutes: the conference they plan, its day, venue and page, "
                                                "the lightning talks listed below, a sponsor slot read as a talk",
    "holdout11/JT09_opening-slides.txt": "a slide deck's outline: the venue's address, three lightning talks, the panel's "
                                         "people, the pub read as a talk",
    "holdout11/JT10_Schedule.wiki": "a MediaWiki page: a talk after a struck one in a cell, the panel's people, the "
                                    "lightning talks' room and a footnote's deck",
    "holdout11/JT11_thread.txt": "an X thread copy: the event's name, venue and page in its posts, four talks tweeted "
                                 "live, the lightning talks' kind",
    "holdout11/JT12_index.html": "an event page with JSON-LD: a sponsor talk keeps its label, a deck and a panel's "
                                 "people are missed, the doors read as a talk",
    # (holdout12: written in session 42 in shapes no set had; what its readings did not reach)
    "holdout12/JZ01_doorkeeper_コピペ.txt": "a Doorkeeper page copy: the clipper's `保存` line taken for the title, the "
                                         "hashtag, two decks and two lightning talks missed",
    "holdout12/JZ02_messages_318204551.json": "a Chatwork message dump: the event's name, the decks posted in replies and "
                                              "three talks of the final timetable missed",
    "holdout12/JZ03_slides.md": "a Marp deck: the venue on the first slide, the hashtag slide, the decks added after the "
                                "event and one talk missed",
    "holdout12/JZ04_day1_opening [kV3x9Qp2LmA].ja.vtt": "captions of the opening: the programme told aloud (titles "
                                                        "in 「」 after each speaker) is not read as talks",
    "holdout12/JZ06_勉強会メモ.enex": "an Evernote export: the event's day (not the note's), the venue, the hashtag, "
                                   "two speakers' names with their remarks",
    "holdout12/JZ07_All.json": "Sessionize's JSON: the venue, site and hashtag said in the welcome session's words",
    "holdout12/JZ08_schedule.xml": "a pretalx schedule: the venue said in the opening's abstract",
    "holdout12/JZ09_2024-05-02_Thursday-night--five-talks--one-broken-projector-8c41d2e07a9b.html": "a Medium export: "
        "the event's name in a link card, the venue, three lightning talks told in a list",
    "holdout12/JZ10_WhatsApp Chat with Thursday crew.txt": "a WhatsApp export: the event's day said as `Thursday 15th`, "
                                                           "the venue, the decks posted after, three lightning talks",
    "holdout12/JZ11_meeting_saved_chat.txt": "a Zoom chat: the hashtag, the decks posted in the chat, two lightning talks "
                                             "on one line parted by a slash",
    "holdout12/JZ12_2024-09.txt": "a DokuWiki page: the venue on its `Place:` line, the show-and-tell talks' kind",
    # (holdout13: written in session 43 in ordinary shapes no set had; what its readings did not reach)
    "holdout13/KD01_index.md": "a Hugo post telling each talk in a paragraph opened by its speaker's name: the venue's "
                               "aside in brackets kept",
    "holdout13/KD02_2024-07-22-report.markdown": "a recap told in turns: the lightning talks' kind from `後半は LT 大会`",
    "holdout13/KD03_index.md": "the writer's own talk beside a list of talks heard: two talks, rooms, the writer's "
                               "sections read as talks",
    "holdout13/KD04_interview-sakura.md": "an interview in questions and answers: the questions read as talks, the "
                                          "event's name in a headline, the venue",
    "holdout13/KD05_2025-01-11-announce.md": "a programme numbered with times at each line's end: five talks, the decks "
                                             "added in a report read as talks",
    "holdout13/KD06_post.md": "titles whose speakers are footnotes: three talks, the event's name and day, the venue",
    "holdout13/KD07_2024-09-23-two-rooms.md": "a two-room recap told by the writer's path: rooms, the day before "
                                              "publication, one talk",
    "holdout13/KD08_october-meetup.md": "a Pelican post: the event's name after `notes from`, the day said as "
                                        "`Wednesday night`",
    "holdout13/KD09_recap.md": "titles set in bold inside paragraphs: five talks, a panel's people, the event's name",
    "holdout13/KD10_2024-11.md": "a table with the speaker first and the title last: the placeholder rows read as "
                                 "talks, the decks added later, the event's name",
    "holdout13/KD11_our-favourite-talks.md": "numbered headings over an em-dash byline line: five talks, the venue",
    "holdout13/KD12_2025-05-19-ten-nights.gmi": "a Gemini gemlog whose talks are headed by handles: three talks, the "
                                                "event's name, the venue",
    # (holdout14: written in session 44 in ordinary shapes; what its readings did not reach)
    "holdout14/KH05_hokuriku-devday-2025.md": "a two-track day by slots: the lightning talks' room, one talk's deck",
    "holdout14/KH06_nagoya-ddd-31.md": "a numbered list whose speakers, decks and kinds are footnotes: four talks",
    "holdout14/KH07_severn-python-18.md": "`- [Title](deck) by Name` with a comment under it: the venue in prose, the "
                                          "hashtag, a speaker's name run into the comment, two decks",
    "holdout14/KH08_aire-valley-data-12.html": "an agenda table then notes headed by each speaker: the speakers' headings "
                                               "read as talks, the venue, one deck",
    "holdout14/KH09_taff-rustaceans-minutes.txt": "meeting minutes: the group's name before `Meeting minutes`, the venue's "
                                                  "street address",
    "holdout14/KH10_brunswick-js-40.md": "the post's tagline after the event's name and a colon, a deck",
    "holdout14/KH11_rideau-cloud-native.markdown": "a panel's people in parentheses wrapped over two lines, with its "
                                                   "moderator",
    "holdout14/KH12_tyneside-ux-spring.html": "a WordPress post: the event's name before a colon, the venue in prose, "
                                              "the tag links, one talk missed",
    # (holdout15: written mid-session 44 in shapes no set had; scored first at s44start, then read)
    "holdout15/KL01_shizuoka-infra-7.txt": "`■ Title（名前さん）` lines: the LTs' kind after a `【LT枠】` divider",
    "holdout15/KL03_naniwa-ts-5.md": "a connpass description reprinted: the site's `event` category read as a tag",
    "holdout15/KL04_fukui-ux-yomoyama-3.txt": "a note.com post in paragraphs: the day (`土曜日`) before the post's, the "
                                              "venue, the `#tag` line as tags, a talk told `三本目の…さん`, a panel's people",
    "holdout15/KL05_kitakyu-android-21-slides.md": "a slides roundup: the venue, the hashtag in a message box, a talk "
                                                   "with its aside, a name cut (`ともやん`)",
    "holdout15/KL06_hiroshima-py-30.md": "handle headings over bold titles: a title holding `「…」` cut to its quote, "
                                         "a category read as a tag",
    "holdout15/KL07_otago-elixir-7.md": "`### Talk N — Title` with `Speaker:`: the lightning talk's heading, the venue",
    "holdout15/KL08_wharfedale-data-folk-9.html": "a WordPress announcement: `Announcing` before the name, the venue, "
                                                  "the tag links",
    "holdout15/KL10_moreton-svelte-aug.md": "a dev.to post: the hashtags in the body, a `— lightning talk` suffix",
    # (holdout16: written at the start of session 45 in shapes no set had; scored first at s45start, then read)
    "holdout16/HP03_morioka-flutter-12.md": "a Zenn embed's player address taken as the deck over the link under it, "
                                            "its speaker lost",
    "holdout16/HP05_okayama-web-lt-night-18.txt": "a sponsor's LT with no title (`スポンサーLT / 株式会社…`) read as a talk",
    "holdout16/HP06_willamette-rust-22.md": "a numbered list's `**Title** by Name ([slides](…))` items: two speakers and a "
                                            "deck missed",
    "holdout16/HP07_tamar-js-april-2025.html": "an HTML meetup page: the venue in a paragraph",
    "holdout16/HP08_calder-postgres-14.rst": "reStructuredText: the post's topic after the name and a colon, `Name — "
                                             "slides` lines read as the names",
    "holdout16/HP11_humber-devops-19.md": "a write-up: the venue in the opening sentence (`at the Fruit Market Hub in Hull`)",
    "holdout16/HP12_tohoku-devcon-2025-day1.md": "a conference day: the rooms a parent heading gives in brackets, a track's "
                                                 "room written with its hall",
    # (holdout17: written at the start of session 46 in shapes no set had; scored first at s46start; the even half read
    # as development notes, the odd half held back until the end)
    "holdout17/HQ01_utsunomiya-lt-11-own.txt": "a speaker's own LT post copied as text: the event's name, the title only "
                                              "in prose, the venue in a sentence, the hashtag",
    "holdout17/HQ03_nagano-data-15.adoc": "AsciiDoc: a programme table with LT and panel rows, the venue in a details table",
    "holdout17/HQ05_hamanako-lug-2024-10.org": "org-mode: a venue's directions in brackets, a deck linked in the talk's notes",
    "holdout17/HQ07_lune-valley-devday-2025.md": "a two-room grid: the event's name in an announcement's sentence, a panel's "
                                                "people, a room's remarks read as talks",
    "holdout17/HQ08_pennine-gophers-21.rst": "reStructuredText: the venue in bold in the opening, an `__` link's deck",
    "holdout17/HQ09_solent-data-conf-own-talk.md": "a speaker's own conference talk: the event's name and page in prose, the "
                                                  "speaker's name beside the handle",
    "holdout17/HQ10_tayside-security-breakfast-7.txt": "a ticketing page as text: a year-less date, a stretch break",
    "holdout17/HQ11_kelvin-python-27.md": "a Hexo recap: the post's words after the name, the venue in prose, the next "
                                         "month's meetup page, a talk in a sentence",
    "holdout17/HQ12_gower-wit-spring-evening.html": "an HTML article: the group's name, the event's day in prose, the venue "
                                                   "in thanks, the category, a deck on a personal site",
    # (holdout18: written at the start of session 47 in shapes no set had; scored first at s47start (0.894); the even
    # half read as development notes, the odd half held back until the end)
    "holdout18/HR01_shimanami-js-9.txt": "held back unread during session 47 (the reserved half)",
    "holdout18/HR03_hakata-sql-12.txt": "held back unread during session 47 (the reserved half)",
    "holdout18/HR04_flutter-kobe-rive.md": "a speaker's own 30-minute talk read as an LT (the post says they had given "
                                           "only LTs before)",
    "holdout18/HR05_hokuriku-cloud-2024.org": "held back unread during session 47 (the reserved half)",
    "holdout18/HR06_mito-py-3.md": "a section headed by its speaker's name, its title only in the notes' prose",
    "holdout18/HR07_harbourside-js-31.markdown": "held back unread during session 47 (the reserved half)",
    "holdout18/HR09_auld-reekie-python-42.rst": "held back unread during session 47 (the reserved half)",
    "holdout18/HR10_lakeside-jvm-days-2024.adoc": "AsciiDoc: the venue with the lake it is on, a panel's people in a "
                                                  "`Moderated by …, with …` sentence, a keynote's speaker in prose",
    "holdout18/HR11_taff-gophers-18.md": "held back unread during session 47 (the reserved half)",
    "holdout18/HR12_mancunian-ruby-27.md": "a Hugo post: the venue in a sentence (`in the upstairs room at …`)",
    # (holdout19: written at the start of session 48 in shapes no set had; scored first at s48start (0.787); the even
    # half read as development notes, the odd half held back unread)
    "holdout19/HS01_kotatsu-rb-42.md": "held back unread during session 48 (the reserved half)",
    "holdout19/HS02_riverbend-elixir-27.md": "a hashtag the post gives for the event in its prose is not read",
    "holdout19/HS03_harbor-data-night-8.html": "held back unread during session 48 (the reserved half)",
    "holdout19/HS04_sapporo-go-bangaihen.txt": "a Hatena export: the venue's place before it (`北12条の…`) kept in its name",
    "holdout19/HS05_fe-yoriai-15.md": "held back unread during session 48 (the reserved half)",
    "holdout19/HS06_northcoast-pydays-2024.rst": "reStructuredText two-track conference: the afternoon's talks under a "
                                                 "container heading lost, the day one too late, speakers in prose",
    "holdout19/HS07_tidewater-rust-minutes.org": "held back unread during session 48 (the reserved half)",
    "holdout19/HS08_lt-sakaba-9.txt": "a connpass LT night copied as text: the page's chrome read as the title and talks, "
                                      "its ten numbered LTs (`1. 「Title」 name`) lost",
    "holdout19/HS09_data-kiban-fukuoka-6.md": "held back unread during session 48 (the reserved half)",
    "holdout19/HS10_first-conference-talk.md": "a speaker's own post: the title in prose read short, the venue in a sentence",
    "holdout19/HS11_cedar-valley-js-lightning-14.html": "held back unread during session 48 (the reserved half)",
    "holdout19/HS12_michinoku-srecon-2024.adoc": "AsciiDoc: the event's name cut at its place word, a `Title — 名前さん` "
                                                 "line in an ordered list, a two-part given name split",
    # (holdout20: written at the start of session 49 in shapes no set had; scored first at s49start (0.857); HT02, 03,
    # 06, 07, 10 and 11 read as development notes, HT01, 04, 05, 08, 09 and 12 held back unread)
    "holdout20/HT01_sabitori-lt-night-7.md": "held back unread during session 49 (the reserved half)",
    "holdout20/HT03_yurufuwa-sre-15.txt": "a page copied as text: the event's subtitle (`〜オンコールと睡眠〜`) and a `ゆるふわ` "
                                          "prefix cut from its name, a deck in the page's `資料` list (`X さんが資料をアップしました`) not tied to its talk",
    "holdout20/HT04_lakeshore-data-summit-speakers.html": "held back unread during session 49 (the reserved half)",
    "holdout20/HT05_yurudata-fukuoka-42.rst": "held back unread during session 49 (the reserved half)",
    "holdout20/HT06_gophers-by-the-bay-nov.org": "org-mode notes: titles told only in prose under the writer's own "
                                                "headings (`Name, \"Title\"`, `Name on topic`)",
    "holdout20/HT07_hokufro-2025-timetable.adoc": "AsciiDoc two-track table: rooms keep their hall's name, a sponsor's "
                                                 "unfilled slot and a hands-on read as talks",
    "holdout20/HT08_lisbon-elixir-19.md": "held back unread during session 49 (the reserved half)",
    "holdout20/HT09_container-sakaba-vol4.md": "held back unread during session 49 (the reserved half)",
    "holdout20/HT12_marram-users-day-2026.txt": "held back unread during session 49 (the reserved half)",
}


def _cases() -> list:
    cases = []
    for folder in FIXTURE_SETS:
        expected = {p.stem for p in (folder / "expected").glob("*.json")}
        for note in sorted(p for p in folder.iterdir() if p.is_file() and p.stem in expected):
            key = f"{folder.name}/{note.name}"
            marks = [pytest.mark.xfail(reason=KNOWN_WRONG[key], strict=True)] if key in KNOWN_WRONG else []
            cases.append(pytest.param(note, id=key, marks=marks))
    return cases


CASES = _cases()


def canon(text) -> str:
    if text is None:
        return ""
    text = unicodedata.normalize("NFKC", str(text)).casefold()
    return re.sub(r"\s+", "", text).rstrip(".。!?")


def canon_url(text) -> str:
    return (text or "").strip().rstrip("/")


def _speaker_keys(speaker) -> set[str]:
    if isinstance(speaker, dict):
        return {canon(speaker.get(k)) for k in ("name", "handle", "display") if speaker.get(k)}
    return {canon(speaker)}


def _speakers_match(expected: list[str], printed: list) -> bool:
    if len(expected) != len(printed):
        return False
    remaining = [_speaker_keys(s) for s in printed]
    for name in expected:
        options = {canon(o) for o in name.split("|")}
        found = next((i for i, keys in enumerate(remaining) if keys & options), None)
        if found is None:
            return False
        del remaining[found]
    return True


def record_problems(expected: dict, printed: dict) -> list[str]:
    """What differs between a printed record and its expected one, under the scorer's rules."""
    problems = []

    def check(field, ok, wanted):
        if not ok:
            problems.append(f"{field}: expected {wanted!r}, got {printed.get(field)!r}")

    check("title", canon(printed.get("title")) in {canon(t) for t in expected["title"]}, expected["title"])
    check("date", (printed.get("date") or None) == expected["date"], expected["date"])
    if expected["venue"] is None:
        check("venue", not printed.get("venue"), None)
    else:
        check("venue", canon(printed.get("venue")) in {canon(v) for v in expected["venue"]}, expected["venue"])
    check("url", canon_url(printed.get("url")) == canon_url(expected["url"]), expected["url"])
    for field in ("hashtags", "tags"):
        check(field, {canon(x) for x in printed.get(field) or []} == {canon(x) for x in expected[field]},
              expected[field])
    talks = list(printed.get("talks") or [])
    unmatched = list(range(len(talks)))
    for want in expected["talks"]:
        titles = {canon(t) for t in want["title"]}
        found = next((i for i in unmatched if canon(talks[i].get("title")) in titles), None)
        if found is None:
            problems.append(f"talk missing: {want['title'][0]!r}")
            continue
        unmatched.remove(found)
        got = talks[found]
        if want.get("speakers") is not None and not _speakers_match(want["speakers"], got.get("speakers") or []):
            problems.append(f"speakers of {want['title'][0]!r}: expected {want['speakers']}, got {got.get('speakers')}")
        for field in ("slides", "room", "kind"):
            if field in want:
                same = (canon_url(got.get(field)) == canon_url(want[field]) if field == "slides"
                        else canon(got.get(field)) == canon(want[field]))
                if not same:
                    problems.append(f"{field} of {want['title'][0]!r}: expected {want[field]!r}, got {got.get(field)!r}")
    problems.extend(f"talk not expected: {talks[i].get('title')!r}" for i in unmatched)
    return problems


def inspect_record(path: Path) -> dict:
    """What `talkarchive inspect --json PATH` prints for the note, made in this process."""
    result = normalize_file(path, str(path))
    assert not isinstance(result, Diagnostic), str(result)
    return json.loads(json.dumps(result.event.to_json(), ensure_ascii=False))


@pytest.mark.parametrize("note", CASES)
def test_note_reads_as_its_expected_record(note):
    expected = json.loads((note.parent / "expected" / f"{note.stem}.json").read_text(encoding="utf-8"))
    assert record_problems(expected, inspect_record(note)) == []


def test_every_expected_record_has_its_note_and_every_set_is_gated():
    names = {c.id.split("/")[0] for c in CASES}
    assert {"notes", "dialects", "holdout"} <= names  # the sets exist and are found
    assert names == {d.name for d in FIXTURE_SETS}
    for folder in FIXTURE_SETS:
        notes = {p.stem for p in folder.iterdir() if p.is_file()}
        orphans = [p.name for p in (folder / "expected").glob("*.json") if p.stem not in notes]
        assert orphans == [], f"{folder.name}: expected records without a note"
    assert set(KNOWN_WRONG) <= {c.id for c in CASES}, "KNOWN_WRONG names a note that is not a case"


def test_the_comparison_applies_the_scorer_s_rules():
    expected = {"title": ["Fukuoka Night #4"], "date": "2024-05-01", "venue": None, "url": "https://e.example/1",
                "hashtags": ["FukuokaPy"], "tags": [],
                "talks": [{"title": ["Second"], "speakers": ["Aki|@aki"], "kind": "lightning"},
                          {"title": ["First talk"], "speakers": None, "slides": "https://s.example/a/"}]}
    printed = {"title": "ｆｕｋｕｏｋａ  night #4。", "date": "2024-05-01", "venue": "", "url": "https://e.example/1/",
               "hashtags": ["fukuokapy"], "tags": [],
               "talks": [{"title": "First Talk", "speakers": ["anyone"], "slides": "https://s.example/a", "kind": "talk"},
                         {"title": "second", "speakers": [{"name": "Someone", "handle": "@aki"}], "kind": "lightning"}]}
    assert record_problems(expected, printed) == []
    wrong = {**printed, "venue": "Hall", "tags": ["x"],
             "talks": [{**printed["talks"][1], "speakers": ["Ben"], "kind": "talk"}, {"title": "Third", "speakers": []}]}
    assert record_problems(expected, wrong) == [
        "venue: expected None, got 'Hall'", "tags: expected [], got ['x']",
        "speakers of 'Second': expected ['Aki|@aki'], got ['Ben']",
        "kind of 'Second': expected 'lightning', got 'talk'",
        "talk missing: 'First talk'", "talk not expected: 'Third'"]
