"""Event names: the event, not the blog post about it.

`JAWS-UG横浜 #18 に参加してきました` -> `JAWS-UG横浜 #18`;
`【2023/09/23】 #ServerlessDay Tokyo 2023` -> `ServerlessDay Tokyo 2023`;
`Conf 2018 に来ている記事7 : Session X #conf` -> `Conf 2018` (a series of posts, one event).
"""
from __future__ import annotations

import functools
import html
import re
import unicodedata

from . import dates, links, people, sections
from .fields import ABBREVIATED, CJK, DURATION, EVENT_NAME_LABEL_WORDS, LINE_BREAK, PICTOGRAPH, SERIES_PART, TITLE_LABEL_WORDS, strip_markdown

_DATE = r"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*[(（][^)）]{1,4}[)）])?"
_LEADING_DATE = re.compile(r"^\s*(?:[【\[（(]\s*" + _DATE + r"\s*[】\]）)]|" + _DATE + r"(?:\s*の)?(?=\s)"
                           # a day as a US page writes it, before the name: `11/12/2014 WordPress Meetup`
                           r"|\d{1,2}/\d{1,2}/(?:19|20)\d\d(?=\s)"
                           # a start time before the name: `19:00(JST) - Meetup`
                           r"|\d{1,2}:\d{2}\s*(?:[(（][A-Z]{2,4}[)）])?(?=\s*[-–—:：|]))\s*[:：\-–—|]?\s*")
_TRAILING_HASHTAGS = re.compile(r"(?:(?:\s+|(?<=[。！!]))[#＃]" + links.NOT_A_TAG + r"(?=[^\s#＃]*[^\W\d_])[^\s#＃]+)+\s*$"
                                # or in parentheses anywhere: `Foo 2012 1日目( #fooA #fooB ) ツイートまとめ`
                                r"|\s*[(（]\s*(?:[#＃][^\W\d_][^\s#＃()（）]*\s*)+[)）]")
_LEADING_HASH = re.compile(r"(^|\s)[#＃](?=[^\W\d_])")
_PREFIXES = re.compile(
    r"^\s*(?:(?:件名|Subject|Fwd?|Re)\s*[:：]\s*)?(?:[【\[][^】\]]{0,8}?(?:参加|聴講)?(?:レポート|レポ|参加記|報告|イベントレポート|メモ|Report|Recap|資料|スライド)[】\]]\s*|"
    # `Acme devs @ HarborDay 2016`: who went, then the event
    r"[^@＠]{2,40}?\s+[@＠]\s+(?=\S.*(?:\d{4}|#\d|Conf|Kaigi|Day|Meetup|Summit|会議|勉強会))|"
    r"My\s+(?=\S.*\b(?:recap|report|notes|write-?up)\s*$)|(?:My\s+)?Notes?\s+(?:from|on)\s+(?:the\s+)?|Recap\s*(?:of|:)\s*|Report\s*:\s*|Trip\s+report\s*:\s*|"
    # a start time or a compact date before the name: `19:00(JST) - Voice AI meetup`, `120825にHarborの勉強会`
    r"\d{1,2}:\d{2}\s*(?:\([A-Z]{2,5}\))?\s*[-–—]\s*|\d{6}\s*(?:に|の|:)\s*|"
    r"Attending\s+|Speaking\s+at\s+|Talking\s+at\s+|"
    # what the writer does with the event before its name: `Looking back on Harbor EU 2016`, `Thoughts on HarborConf`
    # (or the writer's coming back: `Back from HarborConf 2019`; and a page's list of its talks: `Accepted Talks for
    # PyTexas 2024`; `After` only before a name with its year ending the title, `After WordCamp Montréal 2013`, never
    # `After Hours Meetup #3`, a group's name)
    r"After\s+(?=(?-i:[A-Z])\S*(?:\s\S+){1,5}?\s(?:19|20)\d\d\s*$)|"
    r"(?:Looking\s+back\s+(?:on|at)|(?:Some\s+)?(?:Thoughts|Reflections?|Takeaways|Lessons(?:\s+learned)?|Highlights)\s+(?:on|from|of)"
    r"|What\s+I\s+learned\s+at|(?:Back|Home|Returning)\s+from|(?:Accepted\s+)?(?:Talks|Sessions|Speakers)\s+(?:for|at))"
    r"\s+(?:the\s+)?"
    # (only before an event's name, numbered or with its kind's word: `Lessons Learned from Migrating to Kubernetes` is a talk's)
    r"(?=(?-i:[A-Z0-9])\S*(?:\s\S+){0,5}?(?:\s?(?:19|20)\d\d\b|\s#\d|(?i:conf|kaigi|meetup|summit|camp|fest|con)\b))|"
    # the page's part of the event before its name: `Full Schedule for Harbor Day 2019`, `Slides for HarborConf`,
    # `Slides from the Harbor PHP Conference 2017`
    r"(?:(?:(?:Full|Complete)\s+)?(?:Schedule|Agenda|Programme|Timetable|Line-?up)\s+(?:for|of)|(?:Slides|Decks?|Materials|Resources|(?:Slides|Code)\s+and\s+(?:code|slides|materials))\s+for|(?:Slides|Decks?|Videos|Recordings)\s+from(?=\s+(?:the\s+)?[A-Z][\w.+-]*(?:\s[A-Z0-9][\w.+-]*){0,5}"
    r"(?:\s?(?:(?:19|20)\d\d|#\s?\d)|(?:(?<=Conference)|(?<=Conf)|(?<=Summit)|(?<=Meetup)|(?<=Camp)|(?<=Fest)|(?<=Kaigi))\b)))"
    r"\s+(?:the\s+)?(?=(?-i:[^\sa-z]))|"
    r"(?:Visiting|(?:A\s+)?(?:Summary|Review|Impressions)\s+of)\s+(?:the\s+)?"
    r"(?=(?-i:[A-Z][\w.+-]*(?:\s[A-Z][\w.+-]*){0,4}\s?(?:(?:19|20)\d\d|#\d)|.*(?:Conf\b|Kaigi|Meetup|Summit)))|参加レポート\s*[:：]\s*|イベントレポート\s*[:：]\s*|"
    # a numbered series of reports: `RegionalRubyKaigi レポート (52) 浜松 Ruby 会議 01`
    r"\S[^()（）]{0,40}?(?:レポート|Report)\s*[(（]\s*\d{1,4}\s*[)）]\s*|"
    # (its number not yet given, or none: `RegionalRubyKaigi レポート (NN) ぎんざ Ruby 会議 01`, `…レポート 名古屋Ruby会議03`,
    # when a numbered event's name follows)
    # (the series' name holds no number of its own: `RubyKaigi 2031 レポート 懇親会と Ruby会議 2` reports one event)
    r"\S[^()（）\d]{0,40}?レポート\s*(?:[(（]\s*(?:NN|XX|N)\s*[)）])?\s+"
    r"(?=\S.{0,30}(?:会議|Kaigi|Conf|勉強会|Meetup)\s?\d{1,4}\s*$))",
    re.IGNORECASE)
_SUFFIXES = [
    # a series of posts about one event: `... に来ている記事7 : Session`
    re.compile(r"\s*(?:に|へ)(?:来て|きて|参加して|行って|いって)(?:い)?る(?:記事|ブログ|メモ|レポ).*$"),
    re.compile(r"\s*(?:に|へ)(?:参加|行って|いって|来て|来|登壇|出席|お邪魔)(?:して|し)?(?:き|い|来)?"
               r"(?:ました|まし|た|ます|てきました|てきた)(?:よ|ぞ|わ|ね|な|ー|〜)*(?:話|件|記録|こと)?[!！。.\s]*"
               r"(?:[:：\-–].*|[(（][^()（）]{1,30}[)）])?$"),
    # `Foo 2014 Tokyoに参加して`, `… に参加してみて`: the sentence left unfinished
    re.compile(r"\s*(?:に|へ)(?:参加|行って|いって|登壇)(?:して|し)(?:みて|きて)?[!！。.\s]*$"),
    # `X に〇〇のエンジニアが登壇します`
    re.compile(r"\s*に\s*\S{1,30}?が\s*(?:登壇|発表|出展|LT)(?:します|しました|する|した)[!！。.\s]*$"),
    # the writer spoke there, and whatever follows: `X で発表してきた`, `HarborKaigi で LT`,
    # `Foo報告会で報告させて頂きました。`, `第3回 Foo勉強会でLTをして終電を逃した話`
    # (never past the event's number: `5分で登壇しよう！LT会 #3` is a name)
    re.compile(r"(?<=\S)\s*(?:で|にて)\s*(?:LT|ＬＴ|発表|登壇|講演|報告|話|喋|しゃべ|スタッフ)(?:$|\s*(?:を|と|させ|して|した|しました|します|してきた|って|[&＆・、])"
               r"(?!.*(?:[#＃]\s?\d|第\s?\d|vol\.?\s?\d)).*$)"),
    re.compile(r"\s*を?\s*開催(?:しました|した|します|いたしました|報告|決定)?[!！。.\s]*$"),
    # `ゆるRust LT会 #6 やります！`: the numbered event announced (never past a name that is a sentence of its own)
    re.compile(r"(?<=\d)\s*(?:を)?\s*(?:やります|やりました|やるよ|やるぞ)[!！。.\s]*$"),
    re.compile(r"\s*を\s*実施(?:しました|した|します|いたしました)?[!！。.\s]*$"),  # `Morning Pitch会を実施`
    re.compile(r"(?<=\S)\s*(?:の)?\s*リンク集\s*$"),  # `第65回シェル芸勉強会リンク集`: the writer's page of links
    re.compile(r"\s*が\s*(?:開催|終了)(?:されました|されます|された|しました)[!！。.\s]*$"),
    re.compile(r"\s*へ\s*ようこそ[!！。.\s]*$"),
    # `Foo 2019 に参加して…に包まれた`: what the writer felt there, after the event's name
    re.compile(r"(?<=\d)\s*に\s*(?:参加|行って|登壇)して.{4,}$"),
    # `Foo TT#7 ライトニングトークの発表内容決定!`: an announcement about the numbered event
    re.compile(r"(?<=\d)\s+\S*(?:決定|募集(?:開始|中)?|お知らせ|告知|のご案内)[!！。.\s]*$"),
    # (`NFJS Seattle – My experiences`, `Dark Launching Meetup: Lessons Learned`)
    re.compile(r"\s*[-–—:：]\s*(?:my\s+)?(?:personal\s+)?(?:wrap[- ]?up|review|summary|impressions|thoughts|experiences?"
               r"|lessons\s+learned|takeaways|highlights|learnings|reflections?)\s*$", re.IGNORECASE),
    # `HarborPy 2017 - Digest, Impressions, Reflection`: what the post gives, listed
    re.compile(r"\s*[-–—:：]\s*(?:(?:digest|impressions|reflections?|thoughts|takeaways|notes|review|summary|recap|highlights|lessons)"
               r"(?:\s*(?:,|and|&)\s*)?){2,5}\s*$", re.IGNORECASE),
    re.compile(r"\s+(?:minutes|議事録)\s*$", re.IGNORECASE),
    re.compile(r"(?<=\d)\s+(?:thoughts|impressions|takeaways|highlights|recap|review|wrap-?up|round-?up|experiences?|learnings|"
               r"summary)\s*$",
               re.IGNORECASE),
    # `PyCon Roundup - Days 2-4`: the days of a longer event a post covers
    re.compile(r"\s*[-–—:：|,]\s*days?\s*\d{1,2}\s*(?:[-–~&]|and|to)\s*\d{1,2}\s*$", re.IGNORECASE),
    re.compile(r"(?<=\S)\s+(?:round-?up|wrap-?up)\s*$", re.IGNORECASE),
    # one day of several: `Mountain.rb - Day 3`, `- Dag 3`, `2日目`
    re.compile(r"\s*[-–—:：|]\s*(?:day|dag|tag|jour|día)\s*\d{1,2}\s*$|\s+\d日目\s*$", re.IGNORECASE),
    re.compile(r"\s*の?\s*開催(?:情報|案内|概要|のお知らせ|告知|後記)\s*$"),
    # the page's list of the programme: `… Community Stage セッション一覧`, `… の登壇者リスト`
    re.compile(r"\s*の?\s*全?(?:セッション|講演|発表|トーク|登壇者?|スピーカー)(?:一覧|リスト)\s*$"),
    re.compile(r"(?<=\d)\s*(?:で|にて)\s*(?:聞いた|聴いた|見た)\s*(?:講演|セッション|発表|トーク|話|こと)(?:まとめ|メモ)?\s*$"),
    # the day (and hour) in parentheses after the name: `SphinxCon JP 2019 (2019/11/25)`, `PHP BLT #5 (2016/07/20 19:30〜)`
    re.compile(r"\s*[(（]\s*(?:" + _DATE + r"|(?:19|20)?\d{2}/\d{1,2}/\d{1,2}|\d{1,2}\s*[:：]\s*\d{2})[^()（）]{0,20}[)）]\s*$"),
    # one part of a series of posts: `(前編)`, `（その2）`, `(Day 1)`
    re.compile(r"\s*[(（](?:" + SERIES_PART + r"|その\s*\d+|part\s*(?:\d+|[IVX]{1,4}\b)|day\s*\d+|\d+日目)[)）]\s*$", re.IGNORECASE),
    # what the post gathers, in parentheses after it: `Foo 勉強会のまとめ (動画・スライド)`
    re.compile(r"\s*[(（]\s*(?:動画|スライド|資料|録画|video|slides)(?:\s*[・、/&＆,]\s*(?:動画|スライド|資料|録画|video|slides))*\s*[)）]\s*$",
               re.IGNORECASE),
    re.compile(r"\s*(?:(?:[一二三四五1-5]日間|[一二三1-5]日目|両日|全日程|当日)\s*の?)?(?:の)?(?:個人的な?|簡易|簡単な?|ざっくり|雑な?)?(?:(?:オンライン|現地|リモート)\s*(?=参加|聴講))?(?:参加|聴講|イベント|ツイート|つぶやき)?(?:レポート|レポ|参加記|参加報告|参加メモ|聴講メモ|メモ|まとめ|感想|(?<=参加)レビュー|"
               r"(?:発表)?(?:資料|スライド)(?:まとめ|一覧))\s*"
               r"(?:\(?\s*\d+\s*\)?|[(（]\s*第?\s*[\d０-９]+\s*回?\s*[)）]|その\s*\d+|[#＃]\d+|"
               r"[(（]\s*(?:現地|オンライン|リモート|会場|配信)(?:参加|視聴)?\s*[)）])?[!！。.\s]*$"),
    # a recording watched afterwards: `Foo #9 のアーカイブを見たメモ`, `Foo #9 の配信を視聴した`
    re.compile(r"\s*の?\s*(?:配信)?(?:アーカイブ|録画|配信|動画)を?(?:見た|観た|視聴した|見て|観て)(?:メモ|感想|記録|話)?[!！。.\s]*$"),
    # the notes' kind or what they gather before them: `Unofficial Notes`, `talk links and notes`, `Sketchnotes`
    re.compile(r"\s+(?:(?:unofficial|personal|quick|live|raw|rough|random|some|(?:(?:talk|session)\s+)?(?:links|slides|videos)\s+"
               r"(?:and|&))\s+notes|sketch-?notes)\s*$", re.IGNORECASE),
    re.compile(r"\s*[-–—:：|]?\s*(?:trip\s+report|recap|report|my\s+notes|notes|writeup|write-up)\s*$", re.IGNORECASE),
    # (with the writer's aside after it: `Harbor Con Recap (and download links)`)
    re.compile(r"\s+(?i:trip\s+report|recap|report|notes|review|wrap-?up)\s*[(（][a-z][^()（）]{1,40}[)）]\s*$"),
    # the day after a bar, in figures: `Harbor JS | 05.05.2014`
    re.compile(r"\s+[|｜]\s*(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2})\s*$"),
    # the page's part of the numbered event after it: `DevFest Harbor 2016 Schedule`
    re.compile(r"(?<=\d)\s+(?:full\s+)?(?:schedule|agenda|programme|program|programa|programma|programm|timetable)\s*$",
               re.IGNORECASE),
    # (or after the word of its kind: `2018 Harbor R User Group Workshop Agenda`; a meetup's agenda is its page's
    # own name, `June 2031 Meetup Agenda`)
    re.compile(r"\b(?P<keep>Workshop|Conference|Summit|Symposium|Camp|Forum)\s+(?:full\s+)?"
               r"(?i:schedule|agenda|programme|program|timetable)\s*$"),
    # the page's part of the event after its name in Japanese: `Harbor Conf 2031 タイムテーブル`, `研究会スケジュール`
    # (with what the copy is for in brackets after it: `… タイムテーブル（スタッフ共有用・最終版）`)
    re.compile(r"(?<=[会祭\d])\s*の?(?:スケジュール|タイムテーブル|プログラム)(?:\s*[（(][^()（）]{1,30}[)）])?\s*$"),
    # `第10回 Harbor勉強会 資料`: the event's slides, gathered on the page
    re.compile(r"(?<=[会回演\d])(?:\s+|\s*の\s*)(?:発表)?(?:資料|スライド)\s*$"),  # (`第一回社内技術講演の資料`)
    # (or after the place that follows its name's year: `YAPC::Asia 2007 Tokyo Sessions`)
    re.compile(r"(?<=[A-Za-z:.]\s[12]\d\d\d)(?P<keep>\s(?!(?:Meetup|Meeting|Conference|Summit|Workshop|Kaigi|Accepted|Breakout|Poster|Detailed|Full|Final|Draft|Main|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Day)\b)[A-Z][a-z]{2,15})\s+(?i:sessions|schedule|agenda|programme|program|timetable)\s*$"),
    # `React.js Conf Round-up 2015`: the post's kind inside the name
    re.compile(r"\s+(?:round-?up|recap|wrap-?up)(?=\s+(?:19|20)\d\d\s*$)", re.IGNORECASE),
    # `Going to my first iOS conference: HarborKonf 2016`: what the writer did, then the event
    re.compile(r"^(?:going\s+to|attending|my\s+(?:first|trip\s+to)|off\s+to|notes\s+from)\b[^:：]{0,60}[:：]\s*"
               r"(?=\S.*(?:19|20)\d\d)", re.IGNORECASE),
    # what the writer did there, after the event's number: `Kotlin 関西 #11 で Compose の話を浴びてきた`
    # (or after a word naming a meeting: `神戸Kubernetes勉強会で KEDA の話をしてきました`)
    re.compile(r"(?:(?<=\d)|" + "|".join(f"(?<={w})" for w in ("勉強会", "研究会", "読書会", "輪読会", "もくもく会", "LT会", "meetup",
                                                               "Meetup", "ミートアップ", "カンファレンス")) + r")\s*"
               r"(?:で|にて)\s*\S.{0,40}?(?:てきた|てきました|きた|きました|ました|た話|"
               r"について(?:発表|登壇|LT|ＬＴ|話)(?:しました|した|してきた)?)[!！。.\s]*$"),
    # how the writer found it: `HarborKaigi 2025 が最高だった話`, `X は楽しかった`
    re.compile(r"(?<=\S)\s*(?:が|は)\s*(?:最高|楽しかった|良かった|よかった|すごかった|熱かった|面白かった)(?:だった)?"
               r"(?:話|件|です|でした)?[!！。.\s]*$"),
    # a page title copied with its site or author: `記事タイトル｜佐伯みのり`
    re.compile(r"\s*｜\s*[^｜]{1,30}$"),
    # the page's part of the event after a bar: `Java Developers' Conference, 2021 | Speaker Lineup`
    re.compile(r"\s+\|\s*(?:speaker\s+line-?up|line-?up|speakers|schedule|agenda|programme|program|timetable|"
               r"call\s+for\s+(?:papers|speakers)|recap|report|photos|videos)\s*$", re.IGNORECASE),
    # one day of a longer event: `Pier Conf 2016 - Day 2`, `HarborKaigi 2019 Day3`, `HarborKaigi 2014の2日目`
    # (`Mountain Rust Day 2`, with no separator or year before it, is the second Mountain Rust Day)
    re.compile(r"(?:\s*[-–—:：,|]\s*|(?<=\d)\s*)day\s*\d{1,2}\s*$|(?:\s*[-–—:：,|]\s*|\s+|の)[1-9一二三四五]日目\s*$",
               re.IGNORECASE),
    # when and where after the name: `Meetup No. 3 on 14th August 2019 at HarborWorks`, `Foo Meetup on June 3, 2019`
    re.compile(r"(?<=\S)\s+on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+"
               + dates.MONTH_NAME + r"|" + dates.MONTH_NAME.replace("?P<mon>", "?:") + r"\s+\d{1,2}(?:st|nd|rd|th)?)"
               r",?(?:\s+(?:19|20)\d\d)?"
               r"(?:\s+(?:at|@)\s+\S.{0,40})?\s*$", re.IGNORECASE),
    # the day after a dash, its year said before (`Harbor Conf 2018 (Portside) - Nov 11`): when, not the name
    re.compile(r"^(?P<keep>.*?\b(?:19|20)\d\d\b.*?)\s+[-–—|]\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
               + dates.MONTH_NAME.replace("?P<mon>", "?:") + r"\s+\d{1,2}(?:st|nd|rd|th)?\s*$", re.IGNORECASE),
    # the city in parentheses after the name's year: `Harbor Conf 2018 (Portside)`
    re.compile(r"(?<=(?:19|20)\d\d)\s*[(（](?!(?i:cancel+ed|postponed|remote|online|virtual|hybrid|day\b|draft|updated|tb[acd]|"
               r"part\b|english|japanese)\b)(?-i:[A-Z][a-z]+(?:[ ,]+[A-Z][a-z]+)?)[)）]\s*$"),
    # a thread or a channel kept for the live notes: `Foo LT Night #9 実況スレです`, `Foo #3 実況用チャンネル`
    re.compile(r"(?<=\S)\s*の?\s*(?:実況(?:スレ(?:ッド)?|用?チャンネル|用スレ)|ライブ(?:スレ(?:ッド)?|用スレ))(?:です|はこちら)?[!！。.\s]*$"),
    # a numbered part of a series: `PyCon Taiwanレポート: 1回目`
    re.compile(r"\s*[:：]\s*(?:第\s*)?\d{1,3}\s*回目\s*$"),
]

# `... に行ってきました✨🎉`: emoji after the sentence end
_TRAILING_EMOJI = re.compile(r"(?<=\S)(?:[\s\u200d\ufe0f\u2B50]|" + PICTOGRAPH + r")+$")
EVENT_NUMBER = re.compile(r"[#＃]\s?\d{1,4}\b|\bvol\.?\s?\d{1,3}|第\s?(?:\d{1,4}|[一二三四五六七八九十百]{1,4})\s?回|(?:19|20)\d\d(?!\s*[/年.-]\s*\d)", re.IGNORECASE)
_SENTENCE_GOES_ON = re.compile(r"[。！？]\s*\S")
_QUOTED = re.compile(r"[「『\"](.+)[」』\"]")
_NAMED_IN_SENTENCE = re.compile(
    r"(?:「(?P<q>[^」]{3,60})」|(?:^|[、。！!]\s*)(?P<p>[^「」、。！!]{3,60}?))\s*(?:に|へ)\s*(?:参加|行って|いって|来て|来ま|きま|お邪魔|遊びに)")


# `I was invited to a meetup`, `We went to a conference!`: the writer's sentence, its words all lower case
_WRITERS_SENTENCE = re.compile(r"^(?:I|We)(?:\s+(?:[a-z][a-z'’]*|I))+\s*[.!]*$")


# `Feedback on my first conf`, `Thoughts after another meetup`: an event's word the writer refers to, not a name (a
# determiner before it, no capitalised word but the first, no number)
_EVENT_REFERRED = re.compile(r"^[A-Z]?[a-z'’]*(?:\s+[a-z'’]+)*?\s+(?:my|our|a|an|another|the|this|that)\s+(?:[a-z]+\s+)?"
                             r"(?:conf|conference|meetup|event|talk|workshop)s?(?:\s+[a-z'’]+)*\s*[.!]*$")


def names_no_event(title: str) -> bool:
    """A title that names no event: no event's word or number, or only the writer's sentence about going to one
    (`I was invited to a meetup`, `Feedback on my first conf`)."""
    return not looks_like_event(title) or bool(_WRITERS_SENTENCE.match(title) or _EVENT_REFERRED.match(title))


_SLUG = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)+|[\w-]+\.(?:md|markdown|html?|txt|rst)", re.IGNORECASE)


def is_slug(title: str) -> bool:
    """`2014-talks`, `meetup_12`, `002_LIGHTNINGTALK.md`: a file's or repository's name standing as the title,
    no event's name (`Rust-Meetup` has capitals in its words: a name)."""
    title = title.strip()
    return bool(_SLUG.fullmatch(title)) and (title.islower() or title.isupper() or "." in title or title.isdigit()
                                              or not any(c.isalpha() for c in title))


# a file's name around the event's: a number or code ordering the files (`01_`, `HD03_`), a Jekyll post's day, the
# page's part after the name (`-schedule`, `-program`, `-day1-memo`, `-speakers`, `-lightningtalks`)
_FILE_ORDER = re.compile(r"^(?:\d{1,4}|[A-Za-z]{1,3}\d{1,3})[_-](?=\D)")
_FILE_DAY = re.compile(r"^(?:19|20)\d\d[-_]\d{1,2}[-_]\d{1,2}[-_]")
_FILE_PART = re.compile(r"(?:[-_](?:program(?:me)?|schedule|timetable|agenda|notes?|memo|report|recap|speakers|slides|index|lts?|"
                        r"lightning[-_]?talks?|day[-_]?\d{1,2}|\d日目|summary|writeup|write[-_]up))+$", re.IGNORECASE)


# a folder holding a site's notes, no event's: `content`, `_posts`, `2015`
_SITE_FOLDER = re.compile(r"_?(?:content|posts?|blog|notes?|pages?|src|docs?|entries|articles?|source|_drafts|drafts|public|"
                          r"site|www|events?|meetups?|talks|archives?|data|(?:19|20)\d\d(?:[-_]\d\d)?|\d{1,2}日目.*|day[-_]?\d{1,2})",
                          re.IGNORECASE)


def name_in_file_name(path: str) -> str | None:
    """The event's name a file's name gives (`hackference-2013-schedule.html` -> `hackference 2013`, `01_pycon-lt-2013`
    -> `pycon lt 2013`): its words, without what orders the files, the post's day or the page's part after the name;
    a file named only for its part (`wordcamp-lancaster-2015/notes.md`, `phpcondo2012/pages/program.ctp`) is named by
    the nearest folder that is no site's own (`pages`, `content`, `2015`)."""
    parts = [p for p in re.split(r"[/\\]", path.strip()) if p]
    if not parts:
        return None
    stem = re.sub(r"\.[A-Za-z0-9]{1,9}$", "", parts[-1])
    if _FILE_PART.fullmatch("-" + stem) or _PAGE_FILE.fullmatch(stem):  # (the file's name is only a page's part)
        # (the nearest folder that is no site's own, and only one whose name reads as an event's: a year or a number, or
        # an event's word; never `alice` or `Downloads`)
        folder = next((f for f in reversed(parts[:-1]) if not _SITE_FOLDER.fullmatch(f)), None)
        return _file_words(folder) if folder and _EVENTS_FOLDER.search(folder) else None
    return _file_words(stem)


_EVENTS_FOLDER = re.compile(r"[A-Za-z]{2,}[-_]?\d|\d{2,}[-_]?[A-Za-z]{2,}|conf|con\b|kaigi|camp|meetup|summit|fest|night|day|"
                            r"勉強会|会議|祭", re.IGNORECASE)


_PAGE_FILE = re.compile(r"index|default|readme|page|main|top|home", re.IGNORECASE)


def _file_words(stem: str) -> str | None:
    name = _FILE_PART.sub("", _FILE_DAY.sub("", _FILE_ORDER.sub("", stem.strip())))
    words = " ".join(w for w in re.split(r"[-_\s]+", name) if w)
    return words if re.search(r"[^\W\d_]{2,}", words) else None


def without_trailing_hashtags(title: str) -> str:
    """`Title #minatogo` -> `Title`."""
    return _TRAILING_HASHTAGS.sub("", title).strip()


def is_sentence(title: str) -> bool:
    """A first line that is a sentence, not a name (`Foo #3 に来ました！会場は…`): plain text
    with no title line of its own, such as a copied thread."""
    return len(title) > 80 or bool(_SENTENCE_GOES_ON.search(title))


def event_named_in(lines: list[str]) -> str | None:
    """An event named with its number in an opening sentence (`「Foo vol.5」に参加してきました`,
    `Bar #3 に行ってきました。`), or named as what the writer's deck was for (`Foo LT大会の発表資料`), for notes
    whose title is only the post's."""
    for line in lines:
        for m in _NAMED_IN_SENTENCE.finditer(line.strip()):
            name = (m.group("q") or m.group("p") or "").strip()
            name = re.sub(r"^(?:先日|先週(?:末)?|昨日|今日|本日|週末|先月)[、,\s]*(?:の)?", "", name).strip()
            if EVENT_NUMBER.search(name) and not re.search(r"https?://", name):
                return name
        # `Foo LT大会 3kgの発表資料と補足をまとめた`: the event the writer's deck was for
        deck = _DECK_FOR.search(line.strip())
        if deck and looks_like_event(deck.group("p")) and not re.search(r"https?://", deck.group("p")):
            return deck.group("p").strip()
    return None


# `**What?** [PHP Dublin — June 2015](…)`, `イベント名：Foo #3`: the event's name, labelled as such
_EVENT_NAME_LABEL = re.compile(r"^\s*(?:[-*]\s+)?(?:\*\*)?(?:" + EVENT_NAME_LABEL_WORDS + r")\s*(?:\*\*)?\s*[?？:：]"
                               r"\s*(?:\*\*)?\s*[?？:：]?\s*(?P<v>\S.{2,80}?)\s*$")


def labelled_event_name(lines: list[str]) -> str | None:
    """The event's name on a line labelled as its name (`What?`, `Event:`, `イベント名：`): a name, not an
    address, a site's name linking the event's page (`[connpass](…)`), a description (`a hands-on workshop`)
    or a question (`What? No slides?`)."""
    for line in lines:
        if (m := _EVENT_NAME_LABEL.match(line)) and not links.URL.fullmatch(m.group("v").strip("<>")):
            name = strip_markdown(m.group("v")).strip()
            if len(name) >= 3 and not name[0].islower() and not name.endswith(("?", "？")) \
                    and not (" " not in name and "." not in name and links.URL.search(m.group("v"))
                             and name.lower() in links.host_of(links.URL.search(m.group("v")).group(0))):
                return name
    return None


_DECK_FOR = re.compile(r"(?:^|[、。！!]\s*)(?P<p>[^「」、。！!]{3,60}?)\s*(?:の|での)(?:発表|登壇|LT|ＬＴ)資料")


_LINKED_NAME = re.compile(r"\[(?P<name>[^\[\]]{3,60})\]\((?P<url>https?://[^)\s]+)\)")
# (`at this past Wednesday's [X Meetup]`, `at this year's [X]`: the day said before the name)
_WENT_TO = re.compile(r"\b(?:at|attend(?:ed|ing)?|visit(?:ed|ing)?|went\s+to|to\s+the)\s+(?:the\s+)?"
                      r"(?:(?:this\s+(?:past\s+)?|last\s+|next\s+)?(?:\w+day|tonight|year|month|week)['’]s\s+)?$", re.IGNORECASE)
_SPOKE_AT = re.compile(r"\b(?:speaker|speak|speaking|spoke|talk|talking|present|presenting|presented|attendee)\s+at\s+$",
                       re.IGNORECASE)
_PLACE_WORD = re.compile(r"\b(?:Center|Centre|Hall|Building|Hotel|Campus|Office)\b|会館|ホール|ビル|センター", re.IGNORECASE)


# `[iOSDC 2019](…)に参加してきました`, `[Foo #3](…)で登壇しました`: the writer went to the linked event
_WENT_TO_JA = re.compile(r"\s*(?:に|へ|で|にて)\s*(?:参加|行っ|いっ|来|登壇|発表|LT|ＬＴ|出席|お邪魔)")


def event_linked_in(lines: list[str], title: str, event_pages_only: bool = False) -> str | None:
    """An event's linked name in an opening sentence (`we were out at [Harbor Ruby Conf](…) in Dallas`), for a
    note whose title names no event (`Harbor Ruby Presentation Round-up`): the link's name reads as an event's
    and the writer went there (`at`, `attended`) or the title shares a word with it. `event_pages_only`: only a
    link to the event's own page on an event site (meetup.com, connpass), for a title naming its kind of gathering
    alone (`First Dev Meetup!`)."""
    words = {w.lower() for w in re.findall(r"[^\W\d_]{3,}", title)}
    for line in lines:
        for m in _LINKED_NAME.finditer(line):
            name = m.group("name").strip()
            if event_pages_only and not links.is_event_page(m.group("url")):
                continue
            # (`a speaker at [KiwiParty](…)`: a written name; never where the sentence names an event after it, `a speaker
            # at [GitHub](…) for the Lowport JS meetup #8`)
            spoke_at = bool(_SPOKE_AT.search(line[:m.start()])) and not looks_like_event(line[m.end():])
            if not (looks_like_event(name) or spoke_at and WRITTEN_NAME.fullmatch(name)) or _PLACE_WORD.search(name) \
                    or re.search(r",\s+(?:a|an|the)\s", name):
                continue  # (`lunch at the [Harbor Conference Center](…)`: a place; `[Rex, a … system]`: a thing described)
            shared = words & {w.lower() for w in re.findall(r"[^\W\d_]{3,}", name)}
            if shared or _WENT_TO.search(line[:m.start()]) or _WENT_TO_JA.match(line, m.end()):
                return name
    return None


# an event's numbering after its name: a year, `#12`, `vol.3`
_NUMBERED = r"(?:(?:19|20)\d\d|#\s?\d{1,4}|vol\.?\s?\d{1,4})"
# a capitalized name of up to five words with its numbering: `HarborPy 2018`, `DroidKaigi2017`, `Go Conference #3`,
# `Scala Conference in Japan 2013` (a short word joining two names of two words or more before it: `Registration for
# HarborPy 2031`, `Sponsors of …` name the event after the short word)
_NAME_NUMBERED = (r"(?P<n>(?:[A-Z][\w.+-]*(?:\s[A-Z][\w.+-]*){1,3}\s(?:in|of|on|for|de|and|&)\s)?"
                  r"[A-Z][\w.+-]*(?:\s[A-Z][\w.+-]*){0,4}\s?" + _NUMBERED + r")(?![\d/])")
_NAME_WITH_YEAR = re.compile(r"(?<![\w.])" + _NAME_NUMBERED)


def event_named_plainly(lines: list[str]) -> str | None:
    """A capitalized name with its year or number in the opening lines (`HarborPy 2018は…`): the event of
    a note whose title is only its file name."""
    for line in lines:
        m = _NAME_WITH_YEAR.search(line)
        if m and not re.search(r"https?://\S*$", line[:m.start()]):
            return m.group("n").strip()
    return None


# the same name anywhere in a line, after Japanese text too (`そしてPyCon US 2023の…`); never inside a word or
# a run of `Ab_Ab_…` (each start is then after a space or a mark, so a line costs one pass)
_NAME_WITH_YEAR_ANYWHERE = re.compile(r"(?<![A-Za-z0-9._+-])" + _NAME_NUMBERED)
_CODE_LINE = re.compile(r"^(?: {4}|\t|\s*```|\s*~~~)")


_NUMBERING = re.compile(r"\s?" + _NUMBERED + r"$", re.IGNORECASE)


def _numbered_names(line: str) -> list[str]:
    """The capitalized names with a year or number in a line of prose (none in code, data or a URL)."""
    if len(line) > 2000 or _CODE_LINE.match(line):
        return []  # (code and data are not what the writer calls the event)
    if "http" in line:
        line = re.sub(r"\(?https?://\S+", " ", line)
    return [name for m in _NAME_WITH_YEAR_ANYWHERE.finditer(line)
            if not sections.generic_label(_NUMBERING.sub("", name := m.group("n").strip()))]


# `GORUCO is a one-day technical conference …`, `HarborJS is the monthly JavaScript meetup …`: a page's description
# saying what the event is, its name first
# (the name in capitals, no pronoun or determiner: `This is a …`, `Our team is a …`; the kind right after a few words
# that describe it, `a one-day technical conference`, never `a company that runs … conferences`)
_DESCRIBED = re.compile(r"^(?!(?:This|That|It|Its|Our|The|We|He|She|They|Their|My|Your|Here|There)\b)"
                        r"(?P<name>[A-Z][\w.+:'&-]*(?:\s[A-Z][\w.+:'&-]*){0,3})\s+(?:is|was)\s+(?:a|an|the)\s+"
                        r"(?:[\w-]+\s+){0,3}(?i:conference|conf|meetup|meet-up|user\s+group|gathering|festival|summit|"
                        r"workshop|unconference|hackathon|barcamp)\b")


def event_described(lines: list[str]) -> str | None:
    """The event's name where a line (a page's description) says what the event is, its name first: `GORUCO is a
    one-day technical conference …` -> `GORUCO`."""
    for line in lines:
        m = _DESCRIBED.match(line.strip())
        if m and m.group("name")[0].isupper():
            return m.group("name")
    return None


# a series' number as a name ends with it: `#9`, `vol.5`, `第14回`, a year (never a day's: `2031/05/16`, `2031年`)
_SERIES_MARK = re.compile(r"(?:[#＃]\s?\d{1,4}(?![\d/:])|\b[Vv][Oo][Ll]\.?\s?\d{1,3}\b|第\s?\d{1,4}\s?回|"
                          r"(?<![\d/.-])(?:19|20)\d\d(?!\s*[/年.-]\s*\d)(?![\d年]))")
# where a name cannot run across: sentence and clause marks, brackets, a label's colon, a list's mark, a dash between
# spaces, an address, a heading's marks, a gap of spaces
_NAME_STOP = re.compile(r"[。、！？!?「」『』【】()（）\[\]<>|:：\"“”*`>]|\s[-–—]\s|https?://\S*|^\s*[-*+]\s|\s{2,}|^\s*#+\s")
_LEADING_PARTICLE = re.compile(r"^(?:は|が|を|に|で|と|も|へ|の|や)")


# a greeting before the event's name: `Welcome to Kestrel Bay DevDay 2024` names `Kestrel Bay DevDay 2024`
_GREETED = re.compile(r"^.*?\b(?:welcome|welcomes)\s+(?:you\s+)?(?:to|at)\s+(?:the\s+)?", re.IGNORECASE)


def name_numbered_repeatedly(text: str) -> str | None:
    """The event's name as the note writes it twice or more before the same number (`海浜Kotlin部 LT Night #9` in a
    channel's topic and again in a link's preview; `多摩川データ分析勉強会 第14回` in a run-sheet's heading and its
    MC's script): the longest run of words before the number that two places share, in any language. For a note
    whose title names no event (a file's name, a subject line, a heading of the document's own)."""
    marks: dict[str, list[re.Match]] = {}  # (the number, folded) -> where it is written
    for m in _SERIES_MARK.finditer(text):  # (one pass over the whole text; each mark's line found from it)
        marks.setdefault(unicodedata.normalize("NFKC", re.sub(r"\s", "", m.group(0))).lower(), []).append(m)
    best: tuple[int, int, str] | None = None
    for written in marks.values():
        if len(written) < 2:
            continue  # (a number written once names nothing twice)
        found = []  # (the text before the number on its line, the number as written)
        for m in written:  # (the number folded, full-width or not, `＃９` and `#9` one)
            start = text.rfind("\n", 0, m.start()) + 1
            if m.start() - start > 2000 or _CODE_LINE.match(text, start):
                continue
            if _ANOTHER_EDITION.search(text, max(start, m.start() - 60), m.start()):
                continue  # (`去年の Go Conference 2030`, `Tickets for JSConf Harbor 2032 are on sale`: another edition)
            head = text[max(start, m.start() - 60):m.start()]
            cut = max((x.end() for x in _NAME_STOP.finditer(head)), default=0)
            found.append((_GREETED.sub("", head[cut:][-40:]), m.group(0)))
        counts: dict[str, int] = {}
        for head, _ in found:
            for name in _name_endings(head):
                counts[name] = counts.get(name, 0) + 1
        named = [n for n, c in counts.items() if c >= 2 and _may_name_an_event(n)]
        if named:
            name = max(named, key=len)
            mark = found[0][1]
            rank = (counts[name], len(name), unicodedata.normalize("NFKC", f"{name} {mark}").strip())
            best = max(best, rank) if best else rank
    return best[2] if best else None


# the words before a name that say it is another edition than the note's: last year's, the next one, one on sale
# the words for the meeting before or after this one, said before its name
_ANOTHER_EDITION_WORDS = (r"去年|昨年|前回|前年|来年|来月|来週|次回|次の(?:勉強会|イベント|開催|回)|過去の|\b(?:last\s+(?:year|time)|previous(?:ly)?|"
                         r"next\s+(?:year|time|month)|next|upcoming|tickets?\s+for|cfp\s+for|"
                         r"call\s+for\s+(?:papers|speakers|proposals)\s+for)\b")
_ANOTHER_EDITION = re.compile(_ANOTHER_EDITION_WORDS, re.IGNORECASE)
# a number that counts something else than an event's editions: `Issue #482`, `PR #12`, `No. 3`
_NOT_A_SERIES = re.compile(r"(?:issue|pr|pull\s+request|ticket|bug|page|チケット|号)\s*$", re.IGNORECASE)


def other_editions(name: str, text: str) -> bool:
    """Whether `text` writes the name of `name` (`Go Conference 2031`) with another number as often or more
    (`Go Conference 2030`): which edition the note is about, its numbers do not tell."""
    mark = EVENT_NUMBER.search(name)
    base = name[:mark.start()].strip() if mark else ""
    if len(base) < 2:
        return False
    counts: dict[str, int] = {}
    for m in re.finditer(re.escape(base) + r"\s?(?:" + EVENT_NUMBER.pattern + r")", text, re.IGNORECASE):
        counts[re.sub(r"\s", "", m.group(0)).casefold()] = counts.get(re.sub(r"\s", "", m.group(0)).casefold(), 0) + 1
    mine = counts.get(re.sub(r"\s", "", name).casefold(), 0)
    return any(n != re.sub(r"\s", "", name).casefold() and c >= mine for n, c in counts.items())


def _may_name_an_event(name: str) -> bool:
    """A run of words that may be an event's name before its number: letters, no path (`/assets/images/foo`), no
    particle or lower-case word first (`に…`, `in 1993`, `pcd 2019` out of an address), no day (`Feb 2020`), no
    part of any event (`Meetup #18`, `Day 1`)."""
    return bool(re.search(r"[^\W\d_]{2,}", name)) and "/" not in name and not _LEADING_PARTICLE.match(name) \
        and not _NOT_A_SERIES.search(name) \
        and not re.match(r"[a-z]+\b", name) and not re.search(r"(?:^|\s)" + dates.MONTH_NAME + r"$", name, re.IGNORECASE) \
        and not sections.generic_label(name)


def _name_endings(head: str) -> set[str]:
    """The ends of `head` that start where a word does: after a space, where Latin and Japanese meet, or at any
    Japanese character (Japanese writes no spaces)."""
    out = set()
    for i, ch in enumerate(head):
        prev = head[i - 1] if i else " "
        if prev.isspace() or not (prev.isascii() and ch.isascii()) or (prev.isascii() and not prev.isalnum() and prev not in "._+-"):
            tail = head[i:]
            if tail.strip() and not tail[0].isspace():
                out.add(tail.rstrip())
    return out


def event_named_most(opening: list[str], lines: list[str]) -> str | None:
    """The capitalized name with a year or number the text (`lines`) repeats most (`PyCon US 2023` said four
    times in a recap), the first named winning a tie: said twice at least, or named in the `opening` (the
    page's description, the text before its talks). A part of any event numbered (`Open Space #1`,
    `Day 2`) names none."""
    early = {name for line in opening for name in _numbered_names(line)}
    counts: dict[str, int] = {}  # (dicts keep the order met: the first of equals wins)
    for line in lines:
        for name in _numbered_names(line):
            counts[name] = counts.get(name, 0) + 1
    named = {n: c for n, c in counts.items() if c >= 2 or n in early}
    named.update((n, 1) for n in early if n not in named)  # (a description the text never repeats)
    return max(named, key=lambda n: named[n]) if named else None


# a capitalised name of up to four words holding an event's word, its number after it if any: `RailsConf`, `DevFest
# Florida`, `TSKaigi`, `Harbor Meetup 2031` (the words a sentence opens with are left out below)
_NAME_WITH_ITS_WORD = re.compile(r"(?<![\w.@/#'’-])(?:[A-Z][\w.+&'’-]*\s){0,3}[A-Z][\w.+&'’-]*(?:\s?" + _NUMBERED + r")?"
                                 r"(?![\w@/-])")
# what opens a sentence or a phrase before a name, never a name's own word
_SENTENCE_OPENER = re.compile(r"^(?:(?:The|A|An|At|In|On|To|From|For|Of|By|And|But|So|This|That|These|Our|My|Your|During|"
                              r"After|Before|Since|While|When|With|Last|Next|Then|Also|Day|Days|I|We|Thanks)\s)+")


# a training course or a company, though its name holds an event's word
_NOT_AN_EVENTS_NAME = re.compile(r"boot\s?camp|\b(?:Labs?|Inc|Ltd|LLC|GmbH|Corp(?:oration)?|Co|Company|株式会社)\.?$", re.IGNORECASE)
# a time after the name that is not the note's: `RubyKaigi next week`, `TSKaigi 来月`
_ANOTHER_TIME_AFTER = re.compile(r"\s*(?:(?:is\s+|was\s+)?(?:next|last)\s+(?:week|month|year|time)|が?来週|が?来月|が?来年)", re.IGNORECASE)


def event_called_by_its_word(lines: list[str]) -> str | None:
    """The name a note calls its event by again and again (`RailsConf` said four times in a speaker's post titled
    `Baby's First Keynote`, `DevFest` in an `Announcing Speakers!` page, `PySprings` in a monthly post that says `the
    PySprings meeting`): the capitalized name written most, twice at least, with the number it is written with where
    it is. A name counts where it holds an event's word, or where the note writes it twice before a word for one
    gathering (`the FeWeb event`) and it is one word written as a name is (`FeWeb`, `GORUCO`; never a plain word, `the
    Python meetup`, nor a platform, `the Zoom meeting`). A name the note places at another time (`next year's …`) is
    left out. None when two names tie: which event the note is about, its words do not tell. For a note whose title
    names no event."""
    counts: dict[str, int] = {}  # (dicts keep the order met)
    numbered: dict[str, str] = {}
    elsewhen: set[str] = set()
    gathering: dict[str, int] = {}  # (the names written before a word for a gathering, how often)
    for line in lines:
        if len(line) > 2000 or _CODE_LINE.match(line):
            continue
        if "http" in line:
            line = re.sub(r"\(?https?://\S+", " ", line)
        for m in _NAME_WITH_ITS_WORD.finditer(line):
            name = _POSSESSIVE.sub("", _SENTENCE_OPENER.sub("", m.group(0)).strip())  # (`FeWeb’s event`: FeWeb)
            base = _NUMBERING.sub("", name).strip()
            if not base or _NOT_AN_EVENTS_NAME.search(base) or sections.generic_label(base):
                continue  # (a company, `Acme Summit Labs`, or a part of any event)
            word = EVENT_WORD.search(base)
            if word and (not _NAMED.search(EVENT_WORD.sub(" ", base)) or base[word.end():word.end() + 1].islower()):
                continue  # (`Meetup`, `Conference` alone name no event, nor `AWS Config`)
            if _ANOTHER_EDITION.search(line, max(0, m.start() - 40), m.start()) or _ANOTHER_TIME_AFTER.match(line, m.end()):
                elsewhen.add(base)  # (`next year's HarborConf`, `RubyKaigi next week`: the note is about another time)
                continue
            if not word and _GATHERING_AFTER.match(line, m.end()) and " " not in base and WRITTEN_NAME.fullmatch(base) \
                    and not _PLATFORM.fullmatch(base):
                gathering[base] = gathering.get(base, 0) + 1
            counts[base] = counts.get(base, 0) + 1
            if name != base:
                numbered.setdefault(base, name)
    counts = {n: c for n, c in counts.items() if n not in elsewhen and (gathering.get(n, 0) >= 2 or EVENT_WORD.search(n))}
    if not counts:
        return None
    ranked = sorted(counts.values(), reverse=True)
    if ranked[0] < 2 or len(ranked) > 1 and ranked[1] == ranked[0]:
        return None
    base = max(counts, key=lambda n: counts[n])
    return numbered.get(base, base)


# what a sentence leaves after a name: a possessive, a full stop, a quote (`FeWeb’s event`, `… at RailsConf.`)
_POSSESSIVE = re.compile(r"['’]s$|[.']$")
# a word for one gathering after a name, in lower case: `the FeWeb event`, `the PySprings meeting` (never `RubyCentral
# conferences`, who runs several, nor `the WeWork event space`, a room)
_GATHERING_AFTER = re.compile(r"\s+(?:meeting|meetup|meet-up|event|conference|gathering|user\s+group|night|evening)\b(?!s)"
                              r"(?!\s+(?:space|room|hall|venue|page|site)\b)")
# a platform people meet on, never an event's name: `the Zoom meeting`, `a GitHub event`
_PLATFORM = re.compile(r"Zoom|Teams|Meet|Discord|Slack|Twitch|YouTube|GitHub|GitLab|WeWork|Twitter|Facebook|LinkedIn|"
                       r"Google|Microsoft|AWS|Azure|GCP|Meetup|Eventbrite|Luma|Connpass", re.IGNORECASE)


def _without_leading_symbols(text: str) -> str:
    """`🆕 Harbor Meetup`, `🎉 Kotlin Fest`: the emoji before the name go."""
    i = 0
    while i < len(text) and (text[i].isspace() or unicodedata.category(text[i]) in ("So", "Sk")
                             or text[i] in "\u200d\ufe0f"):
        i += 1
    return text[i:]


# a blog's categories written into its titles: `[harbor-conf][web] Harbor Conf 2019 の記録`
_SITE_TAGS = re.compile(r"^(?:\[[^\[\]\s]{1,24}\]){2,}\s*(?=\S)")


# (only the inline tags a page's title is written with: `Vue.js <template> 勉強会`, `HTML <dialog> Meetup` name elements)
_INLINE_TAGS = r"(?:a|img|image|br|span|small|b|strong|em|i|u|button|font|sub|sup|mark)"
_TAG = re.compile(r"</?" + _INLINE_TAGS + r"(?:\s[^<>]*)?/?>", re.IGNORECASE)


# a `<word>` that is no inline tag: written as text, kept as text when the title's tags are read
_TAG_ALONE = re.compile(r"<(?!/?" + _INLINE_TAGS + r"[\s/>])[^<>]*>", re.IGNORECASE)


def _escaped(m: re.Match) -> str:
    return m.group(0).replace("<", "&lt;").replace(">", "&gt;")


def _markup_shown(title: str) -> str:
    """A title written with HTML in it (`12th December 2013 <a class="btn" …>Attend</a>`, `[<img …> Midwest JS](…)`):
    the words it shows, without its images and the buttons beside it (a call to act, no part of the name)."""
    from selectolax.lexbor import LexborHTMLParser
    tree = LexborHTMLParser(re.sub(r"<br\s*/?>", " ", title, flags=re.IGNORECASE))  # (a line break between words is a space)
    for node in tree.css("a.btn, a.button, button, img, image"):
        node.decompose()
    return " ".join((tree.body.text() if tree.body else "").split()) or " ".join(title.split())


_WHOLE_BOLD = re.compile(r"(?P<m>\*\*)(?P<t>(?:(?!\*\*).)+)(?P=m)")  # (never `__init__`, a name)


# the writer's own sentence, then the event after a dash: `The best User Group meeting I've attended - Lisbon JUG`
_WRITER_THEN_EVENT = re.compile(r"^(?=.*\b(?:I|I've|I'm|I'd|my|My|we|We|our|Our)\b)(?P<w>[^-–—|｜]{8,}?)\s+[-–—|｜]\s+(?P<e>[^-–—|｜]{3,})$")
# the event, then a colon and the writer's words: `BarCamp Harbor: My first "un-conference"`, `Foo Conf: How I prepared`
_EVENT_THEN_WRITER = re.compile(r"^(?P<e>[^:：]{3,}?)\s*[:：]\s+(?:My|Our|How\s+(?:I|we)|Why\s+(?:I|we)|What\s+(?:I|we))\b")


# (an aside holding a comma only: the comma would otherwise be read as the name's end, `…（2 トラック、ほぼ B）`)
_POST_WORD_ASIDE = re.compile(r"(?P<w>レポート|参加記|まとめ|メモ|感想|ふりかえり|振り返り)\s*[（(][^（）()]{0,20}[、,，][^（）()]{0,20}[)）]\s*$")


@functools.lru_cache(maxsize=4096)
def clean_event_title(title: str) -> str:
    """The event's name in a post's title (see the module's docstring). Cached: a note's title is cleaned
    by several readers, and the suffix rules run until none applies."""
    text = " ".join(html.unescape(title).split()) if "&" in title else " ".join(title.split())
    text = _markup_shown(_TAG_ALONE.sub(_escaped, title)) if "<" in title and _TAG.search(title) else text
    text = _without_leading_symbols(text)
    if (bold := _WHOLE_BOLD.fullmatch(text)) and bold.group("t").strip():
        text = bold.group("t").strip()  # `# **Announcing Speakers!**`: the whole title set in bold
    if text.startswith("["):
        if (whole := people.MD_LINK.fullmatch(text)) and len(whole.group("text").strip()) >= 2:
            text = whole.group("text").strip()  # a title that is one link: `[Slides for HarborConf](https://…)`
        untagged = _SITE_TAGS.sub("", text)
        text = untagged if len(untagged.split()) >= 2 or EVENT_NUMBER.search(untagged) else text  # (`[a][b] Recap` stays)
    text = _LEADING_DATE.sub("", text)
    text = _PREFIXES.sub("", text)
    text = _REVIEW_PREFIX.sub("", text) or text
    if (said := _WRITER_THEN_EVENT.match(text) or _EVENT_THEN_WRITER.match(text)) and looks_like_event(said.group("e")):
        text = said.group("e").strip()  # `The best meeting I've been to - Lisbon JUG on Kotlin`, `BarCamp: My first unconference`
    before_suffixes = text
    previous = None
    while previous != text:
        previous = text
        text = _TRAILING_HASHTAGS.sub("", text).strip()
        text = _TRAILING_EMOJI.sub("", text).strip().rstrip("．")
        text = _POST_WORD_ASIDE.sub(r"\g<w>", text)  # `… 参加レポート（2 トラック、ほぼ B）`: the post's aside on itself
        for pattern in _SUFFIXES:
            # (a pattern's `keep` group is text it reads past and leaves: `2007 Tokyo Sessions` keeps `Tokyo`)
            stripped = pattern.sub(lambda m: m.groupdict().get("keep") or "", text).strip()
            if stripped and len(stripped) >= 2:
                text = stripped
        text = _event_part(text)  # (`Foo #3 に来ました！会場は…`: the part, then its suffix)
    text = _LEADING_HASH.sub(r"\1", text)
    text = _WRITERS_OWN.sub("", text) or text  # `My DevOpsDays 2019` once `takeaways` is gone: the event, not the writer's
    text = text.strip(" 　-–—:：|｜")
    text = _event_after_preposition(text)
    text = _without_leading_label(text)
    text = _named_before_the_writers_words(text)
    m = _QUOTED.fullmatch(text)
    if m:
        text = m.group(1).strip()
    else:
        # `勉強会行ってみた「Jenkinsユーザ・カンファレンス2015東京」`: the event is the quoted name
        quoted = _QUOTED_EVENT.search(text)
        if quoted and (EVENT_NUMBER.search(quoted.group("q")) or EVENT_WORD.search(quoted.group("q"))) \
                and _WENT.search(text[:quoted.start()] + text[quoted.end():]):
            text = quoted.group("q").strip()
    text = text or " ".join(title.split())
    text = _event_then_more(text)
    # `Railsチュートリアルの開発背景を銀座Railsで発表しました`: what the writer said or felt is left around
    # the name; the name is the noun phrase the sentence's verb of going or speaking attaches to
    named = event_in_japanese_sentence(before_suffixes) if KANA.search(before_suffixes) else None
    if named and named != text and (text.startswith(named) or text.endswith(named)):
        text = named
    return text


# the event's name, then what the post adds to it: `PHP Developer Day 2017 • Dresden, Germany`, `関西Ruby会議08、Rubyで作る物語`,
# `December Sheffield R Meetup: Dan Olner, James Waters`
_NAME_THEN_SUBTITLE = re.compile(r"^(?P<e>\S.{2,80}?)\s*(?:[:：](?=\s)|\s[•·]\s|、)\s*(?P<rest>\S.*)$")
# `FJBOBという謎の勉強会`: a name, then the kind of gathering it is
_NAMED_SO = re.compile(r"^(?P<e>[^\s、。「」]{2,40}?)という[^、。をがにでと]{0,6}?(?:勉強会|イベント|カンファレンス|ミートアップ|集まり)$")


def _names_people(text: str) -> bool:
    """Words that are people beyond doubt: two or more, each a Latin name with a given name the dictionary knows, or a
    Japanese name it knows (`Dan Olner, James Waters`; never `Docker Compose`, `Ferris Says Hello`)."""
    from . import names
    found = people.named_people(text, strict=True)
    # (two people at least: one name after a colon may be a theme's words, `Ferris Says Hello`)
    return bool(found) and len(found) >= 2 and all(
        names.names_someone(p.name) if p.name.isascii() else names.name_verdict(p.name.replace(" ", "")) is True for p in found)


# `WordCamp Minneapolis 2016: Diving Back Into WordPress`: a name with its year or number, a colon, more words
_NUMBERED_NAME_THEN_COLON = re.compile(r"^(?P<e>\S.{2,80}?(?:(?:19|20)\d\d|#\s?\d{1,4}))\s*[:：]\s+(?P<rest>\S.*)$")


def name_before_posts_own_words(text: str) -> str:
    """A blog post's title that names the event with its year or number, then says something of its own after a
    colon (`SQL Harbor #119 Chicago 2012: They Did It. Again.`): the event's name. An organiser's page keeps what
    follows the name, its theme (`Rust.Tokyo 2025: async & traits`); only a writer's post is read so."""
    m = _NUMBERED_NAME_THEN_COLON.match(text)
    if m and looks_like_event(m.group("e")) and not is_sentence(m.group("e")) \
            and not EVENT_NUMBER.search(m.group("rest")) and not re.search(r"(?:19|20)\d\d", m.group("rest")):
        return m.group("e").strip()
    return text


def _event_then_more(text: str) -> str:
    """The event's name where the title goes on after it with the post's own words: a name with an event's word and a
    number before a bullet or a Japanese comma, or before the people who spoke after any of them and a colon, no year nor
    number after it; or a name the title says a gathering is called."""
    m = _NAME_THEN_SUBTITLE.match(text)
    # (after a colon, only the people who spoke: `Rust.Tokyo 2025: async & traits` is the event's own title, as an
    # organiser writes it)
    colon = bool(m) and m.group(0)[len(m.group("e")):].lstrip()[:1] in ":："
    if m and looks_like_event(m.group("e")) and not is_sentence(m.group("e")) \
            and not EVENT_NUMBER.search(m.group("rest")) and not re.search(r"(?:19|20)\d\d", m.group("rest")) \
            and (not colon and (EVENT_NUMBER.search(m.group("e")) or re.search(r"\d$", m.group("e")))
                 or _names_people(m.group("rest"))):
        # (`December Sheffield R Meetup: Dan Olner, James Waters`: an unnumbered meetup, then its speakers)
        return m.group("e").strip()
    m = _NAMED_SO.match(text)
    if m and re.search(r"[A-Za-z0-9]", m.group("e")):
        return m.group("e")
    return text


KANA = re.compile(r"[\u3041-\u3096]")
# the writer's word before the event's numbered name, the whole title being that name: `my Harbor Camp 2019`
_WRITERS_OWN = re.compile(r"^(?i:my|our)\s+(?=[A-Z][\w.+-]*(?:\s[A-Z0-9][\w.+-]*){0,5}\s?(?:(?:19|20)\d\d|#\s?\d{1,4})$)")
# verbs (and verbal nouns) of taking part in an event: 参加する, 行く, 登壇する, 発表する, 話す, 開催する, 聴く, やる
_TAKING_PART = {"参加", "行く", "来る", "登壇", "発表", "講演", "話す", "話", "喋る", "開催", "聞く", "聴く", "遣る", "出席",
                "出る", "伺う", "LT", "ＬＴ", "お邪魔"}
_EVENT_PARTICLES = {"に", "で", "へ", "を", "にて"}
_NAME_POS = {"名詞", "接頭辞", "接尾辞", "補助記号", "記号"}
_SENTENCE_STOP = set("、。，,！!？?")


@functools.lru_cache(maxsize=2048)
def event_in_japanese_sentence(text: str) -> str | None:
    """The event's name in a Japanese sentence about it (`今年も、Foo Conf(2017)に参加してきた`,
    `金（ゴールデン）LTを聴きに行ってきました`, `LT会やりました`): the run of nouns and symbols right before
    the particle (に, で, を, …) whose verb is one of taking part, in a sentence the writer finished
    (a past or polite ending: never `5分で登壇しよう！…`, which is a name). None when there is no such run,
    or when it does not read as a name (a Latin word, katakana, or an event's word or number)."""
    from .names import tagger
    words = [(w.white_space, w.surface, w.feature.pos1 or "", w.feature.lemma or w.surface) for w in tagger()(text)]
    if not any(lemma in ("た", "ます") for _, _, pos, lemma in words if pos == "助動詞"):
        return None
    for i, (_, surface, pos, _) in enumerate(words):
        verb_at = i + 1 if pos == "助詞" and surface in _EVENT_PARTICLES else i if pos == "動詞" and i else None
        if verb_at is None or not _takes_part(words, verb_at):
            continue
        start = i
        while start > 0 and (words[start - 1][2] in _NAME_POS and (words[start - 1][1] not in _SENTENCE_STOP
                                                                    or _mark_in_name(words, start - 1))
                             # `Vue.jsのmeetup`: nouns joined by の are one name
                             or words[start - 1][1] == "の" and start - 1 > 0 and words[start - 2][2] == "名詞"):
            start -= 1
        if start > 0 and words[start - 1][2] not in ("助詞", "補助記号"):
            return None  # (`そろそろ始めてみたい2017冬`: a clause is part of the name)
        name = "".join(ws + surface for ws, surface, _, _ in words[start:i]).strip(" 　・")
        if len(name) >= 2 and (re.search(r"[A-Za-z]{2}|[\u30a1-\u30fa]{3}", name) or looks_like_event(name)):
            return name
    return None


def _mark_in_name(words: list, at: int) -> bool:
    """`try! Swift`, `Yahoo! JAPAN`: an exclamation between Latin words, a space after it, is part of a name."""
    return words[at][1] in "!?" and at > 0 and at + 1 < len(words) and bool(words[at + 1][0]) \
        and words[at - 1][1][-1:].isascii() and words[at - 1][1][-1:].isalpha() and words[at + 1][1][:1].isascii()


def _takes_part(words: list, at: int) -> bool:
    """Whether the words from `at` say the writer took part: `参加して`, `初登壇`, `「…」という話を`."""
    if at < len(words) and words[at][1] in ("初", "お") and at + 1 < len(words):
        at += 1
    if at < len(words) and words[at][1] in ("「", "『"):  # `で「Title」という話を`: the talk's title, then the verb
        close = next((j for j in range(at, len(words)) if words[j][1] in ("」", "』")), None)
        if close is None:
            return False
        at = close + 1
        if at + 1 < len(words) and words[at][1] == "と" and words[at + 1][3] == "言う":
            at += 2
    return at < len(words) and (words[at][3] in _TAKING_PART or words[at][1] in _TAKING_PART)


def looks_like_event(name: str) -> bool:
    """A name with an event's number or year, or an event's word (`Meetup`, `勉強会`, `JekyllConf`)."""
    return bool(EVENT_NUMBER.search(name) or EVENT_WORD.search(name))


# `My Account of the Rhein-Main Rust Meetup`, `My visit to HarborPython 2014`, `All things Jekyll at HarborConf`:
# a phrase about what the writer did, then the event (a capitalised name running to the end of the title)
_AFTER_PREPOSITION = re.compile(
    r"^(?P<head>(?:my|our|what\s+(?:i|we)|all\s+things|a\s+(?:visit|trip|day|week|weekend)|visit(?:ing)?|trip|notes|thoughts|"
    r"impressions|lessons|highlights|reflect(?:ions|ing)|takeaways|ideas|learnings|recap|review|report|summary|"
    r"looking\s+back)\b(?:[\s\w'’.-]{0,40}?\s)?)(?:at|to|of|from|on)\s+(?:the\s+)?"
    # (the event's name opens with a capital or holds its year: `Notes from a rainy Thursday at Platform Night` names
    # `Platform Night`, `Summary of cppcon 2018` names `cppcon 2018`)
    r"(?P<event>(?:(?-i:[A-Z0-9])|(?=[^,;:!?]*\b(?:19|20)\d\d\b))[^,;:!?]{2,60})$", re.IGNORECASE)


# `Nexmo Goes to DevRelCon Tokyo`, `Harbor Labs heads to PyCon`: a team going to the event named after it
_GOES_TO = re.compile(r"^(?P<head>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2})\s+(?i:goes|went|heads|headed|is\s+going|are\s+going)\s+(?i:to)\s+"
                      r"(?:(?i:the)\s+)?(?P<event>[A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*){0,5})$")
# `The Future of JavaScript is Bright at jsMobileConf`: what the post says, then `at` and a named event
_AT_EVENT = re.compile(r"^(?P<head>\S.*?)\s+at\s+(?:the\s+)?(?P<event>[A-Za-z0-9][^\s,;!?]*(?:\s[^\s,;!?]+){0,3})$")
# `よさがぴょんぴょんするんじゃあ〜 in HarborConf2015`: what the post is, then `in` and the numbered event
_IN_EVENT = re.compile(r"^(?P<head>\S.*?)\s+in\s+(?P<event>[^\s,;!?]\S*(?:\s\S+){0,3})$")


# `Our first Harbor Tech Meetup!`: the writer's word for which edition, then the event
# (never `The 13th Theorem Proving Meeting`: an edition's number is the event's own)
_OUR_NTH = re.compile(r"^(?:our|my)\s+(?:first|second|third|fourth|fifth|last|latest|next)\s+"
                      r"(?P<event>[A-Z0-9].*?)[!.]*$", re.IGNORECASE)


# `Nordic.js - Our Top 3`, `PyCon 2016: my top 5 talks`, `X lightning talk results`: what the post picked from the event
_PICKED = re.compile(r"\s*(?:[-–—:：|]\s*)?(?:(?:our|my)\s+)?(?:top\s+\d+(?:\s+\w+)?|favou?rite\s+talks|highlights|"
                     r"(?:lightning\s+)?talk\s+results)\s*$", re.IGNORECASE)


def _event_after_preposition(text: str) -> str:
    if (picked := _PICKED.search(text)) and picked.start() > 0 and looks_like_event(text[:picked.start()]):
        return text[:picked.start()].strip()
    m = _OUR_NTH.match(text)
    if m and looks_like_event(m.group("event")) and len(m.group("event").split()) >= 2:  # (never `My first Meetup!`)
        return m.group("event").strip()
    m = _AFTER_PREPOSITION.match(text)
    if m and looks_like_event(m.group("event")) and not looks_like_event(m.group("head")):
        return m.group("event").strip()
    m = _AT_EVENT.match(text)
    if m and EVENT_WORD.search(m.group("event")) and not looks_like_event(m.group("head")):
        return m.group("event").strip()
    m = _GOES_TO.match(text)
    if m and looks_like_event(m.group("event")) and not looks_like_event(m.group("head")):
        # (`DevRelCon Tokyo` shows its event's word; `Docker Goes to WebAssembly` names no event)
        return m.group("event").strip()
    m = _IN_EVENT.match(text)
    # (the head a sentence of the writer's, never a name: `Swift愛好会 in 那覇 2019` is one name)
    if m and EVENT_NUMBER.search(m.group("event")) and not looks_like_event(m.group("head")) \
            and (KANA.search(m.group("head")) or m.group("head")[-1] in "!?！？〜~"):
        return m.group("event").strip()
    if ": " in text and not looks_like_event(text.split(": ", 1)[0]):
        # `October at the Foundry: notes from WyvernPy #42`, `Ten nights in: looking back at X #10`: the writer's
        # words, then after the colon the phrase naming the event
        after = text.split(": ", 1)[1]
        if (named := _event_after_preposition(after)) != after:
            return named
    return text


# a Latin name, then what the writer did there in Japanese: `Vue Fes Japan 2025参加してきた！`, `SRE NEXT 2025レポート、…`,
# `ScalaMatsuri2024 にスタッフとして参加`, `gocon2023の資料リンクを集める場所` (the name ends where the Japanese begins
# with a particle or a word of going, speaking or reporting; `PyCon mini 静岡 2021` goes on with a place: one name)
_LATIN_NAME_THEN_JAPANESE = re.compile(
    r"^(?P<n>[A-Za-z][A-Za-z0-9 .#&+'’:_/-]*?[A-Za-z0-9])\s*(?P<rest>(?:の|で|に|へ|を|と|にて|という|って|参加|レポート|レポ|記録|"
    r"メモ|振り返|登壇|発表|感想|まとめ|行って|行き|行った|来て|聴講|視聴|初参加|現地|運営|スタッフ)(?!\s*[#＃]?\d).*)$")
# the host or the room after an at-sign: `PHP BLT #6 @ メルカリさん`, `golang.tokyo #25 @ Wantedly`
# (the host may name its floor, `@ 渋谷クロスタワー12F`, but no other number: `@ Day 2`, `@ Zoom 19:30` are no place; an
# edition number may touch the at-sign, `golang.tokyo #15@DeNA`)
_AT_HOST = re.compile(r"^(?P<n>\S.*?\S(?:\s+|(?<=#\d)|(?<=#\d\d)|(?<=#\d\d\d)))[@＠]\s*"
                      r"(?P<host>[^@＠#＃\d\s](?:[^@＠#＃\d]|\d{1,3}(?:F|階)(?![A-Za-z]))+?)\s*$")


def host_after_at(text: str) -> tuple[str, str] | None:
    """(the event's name, the host) of a title written `Event @ Host`, when the name reads as an event's and
    the host does not (the one reading of the at-sign: the name for the title, the host for the venue)."""
    m = _AT_HOST.match(text)
    if m and len(m.group("host")) <= 41 and looks_like_event(m.group("n")) and not looks_like_event(m.group("host")):
        return m.group("n").strip(), m.group("host").strip()
    return None


# what the post is, after the event's number or word: `Droidcon NYC 2015 Debrief`, `X 2019 in review`, `PyCon 2016 in a nutshell`
_WRITERS_TAIL = re.compile(r"\s+(?:[-–—:：|]\s*)?(?:debrief|in\s+review|in\s+a\s+nutshell|retrospective|retro|digest|"
                           r"reflections|experience|memories)\s*[.!]*$", re.IGNORECASE)
# the writer's talk there: `My ReactiveConf Talk`, `MonoRail talk at The Developers Group`, `Talks from RubyConf 2012`
_MY_TALK_AT = re.compile(r"^(?:my|our)\s+(?P<n>\S.*?)\s+(?:talk|presentation|keynote|workshop|session)s?\s*[.!]*$"
                         r"|^.*?\b(?:talks?|sessions?|presentations?)\s+(?P<prep>at|from)\s+(?:(?-i:the)\s+)?(?P<m>[A-Z0-9]\S*(?:\s+\S+){0,5})\s*$",
                         re.IGNORECASE)


def _named_before_the_writers_words(text: str) -> str:
    """The event's name, when what is left around it says what the writer did or what the post is (see the
    patterns above); the name must read as an event's (its number, year or event word)."""
    m = _LATIN_NAME_THEN_JAPANESE.match(text)
    if m and looks_like_event(m.group("n")) and KANA.search(m.group("rest") + "の"):
        return m.group("n").strip()
    if at := host_after_at(text):
        return at[0]
    m = _WRITERS_TAIL.search(text) if _WRITERS_TAIL_WORD.search(text) else None
    if m and m.start() > 0 and looks_like_event(text[:m.start()]):
        return text[:m.start()].strip()
    m = _MY_TALK_AT.match(text)
    name = m and (m.group("n") or m.group("m"))
    # (`… talk at The Harbour Developers Group`: where the writer spoke, a name though no event's word)
    if name and _NAMED.search(EVENT_WORD.sub(" ", name)) and (
            looks_like_event(name) or m.group("m") and m.group("prep").lower() == "at"):
        return name.strip()
    return text


# a name's own word besides an event's (`ReactiveConf`, `PierConf 2012`, `Harbour Developers Group`), never a
# post's words alone (`My Favourite Conference Talks`, `Talks from YouTube I liked`)
_NAMED = re.compile(r"(?!(?:Favou?rite|Best|Top|First|Last|Latest|Next|New|Recent|Great|Good|Conference|Meetup)\b)"
                    r"\b[A-Z0-9][\w.&'-]*|(?<=[a-z])(?:Conf|Con|Kaigi)\b|\d")
_WRITERS_TAIL_WORD = re.compile(r"(?:debrief|review|nutshell|retrospective|retro|digest|reflections|experience|memories)\W*$",
                                re.IGNORECASE)


# where a title's parts meet: `Subtitle: Event`, `Event - what the post is`, `感想! Event #3`
_PART_BREAK = re.compile(r"\s*[:：|｜]\s+|\s+[-–—]\s+")
# a Japanese exclamation before the name (never inside quotes): `運営スタッフが増えてきた! Foo会議 #3`
_EXCLAIMED = re.compile(r"^(?P<a>[^「『]*(?:た|だ|ね|よ|です|ます))[!！]+\s*(?P<b>\S.*)$")
# a part that is the instance's month or day: `June`, `June 2020`, `2020/06/11`
WHEN = re.compile(r"(?:" + dates.MONTH_NAME + r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?(?:\s+(?:19|20)\d\d)?"
                   # (or its quarter or season: `Flutter Harbor Meetup 2025 - Q2`, `… - Spring`)
                   r"|Q[1-4]|H[12]|(?:spring|summer|autumn|fall|winter)(?:\s+(?:19|20)\d\d)?"
                   r"|[\d/.\-年月日\s]+)", re.IGNORECASE)
# a part that only says which page of the event it is: `Conference Program - !!Con`
PAGE_WORD = re.compile(r"\b(?:program(?:me)?|schedule|agenda|timetable|line-?up|speakers)\b", re.IGNORECASE)
# an event's number with a theme after it: `Kubernetes Meetup Tokyo #24 アプリ開発のデバッグ` (never a year: `Conf 2018 Tokyo`)
_THEME_AFTER_NUMBER = re.compile(r"(?P<n>\s?(?:(?<=\s)|(?<=[^\W\d_]{2}))[#＃]\d{1,4}|\s[Vv]ol\.?\s?\d{1,3})\s+(?=\S.{11,}$)")
# what the writer did or felt, in lowercase words before the event's capitalized name and year: `I loved HarborPy 2015`,
# `A recap of Harbor Conf 2019`, `Thoughts on HarborJS 2018`
_LEAD_PHRASE = re.compile(r"^(?:I|We|My|Our|An?)(?=(?:\s+I)*\s+[a-z])(?:\s+(?:[a-z][a-z'’]*|I))+\s+(?=" + _NAME_NUMBERED + r"$)")


# a whole day and nothing else: `25 June 2025`, `June 25, 2025`, `2025-06-25`, `2025年6月25日`
_FULL_DAY_ONLY = re.compile(r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+(?:19|20)\d\d|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+"
                            r"(?:19|20)\d\d|(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d|(?:19|20)\d\d年\d{1,2}月\d{1,2}日)\s*(?:[(（][^)）]{1,4}[)）])?")


# a name, a comma, then what the writer says of it in lower-case words: `Rustfest, an amazing experience`
_NAME_THEN_WRITERS_PHRASE = re.compile(r"^(?P<e>[A-Z0-9][^,，]{1,60}?)\s*,\s+(?P<rest>[a-z][a-z'’]*(?:\s+[a-z][a-z'’]*){0,8})\s*[.!]*$")


def _event_part(text: str) -> str:
    """The part of a post's title that names the event, when the rest is a theme, a subtitle or what the writer did:
    of two parts split at a colon, a dash, a bar or an exclamation, the one that reads as an event's name when
    the other does not; the name and number before a theme; a capitalized name and year after a lowercase phrase."""
    exclaimed = _EXCLAIMED.match(text)
    brk = None if exclaimed else _PART_BREAK.search(text)
    parts = [exclaimed.group("a"), exclaimed.group("b")] if exclaimed else (
        [text[:brk.start()].strip(), text[brk.end():].strip()] if brk else [])
    if len(parts) == 2 and all(parts):
        # (`DESG x Rakuten - 25 June 2025`: a day alone is never the event's name, however it reads)
        named = [not _FULL_DAY_ONLY.fullmatch(p) and looks_like_event(p) and not p[0].islower() and EVENT_WORD.sub("", p).strip(" #＃0-9") != ""
                 and not sections.generic_label(p) and not PAGE_WORD.search(p) for p in parts]
        # (the name before a colon keeps what follows it: `Rust.Tokyo 2025: async & traits` is the event's own title)
        colon_after_name = named == [True, False] and brk is not None and brk.group(0).strip() in (":", "：")
        if named.count(True) == 1 and not colon_after_name and not WHEN.fullmatch(parts[1 - named.index(True)]):
            return parts[named.index(True)]  # (`Harbor User Group - June`: the month names which meeting)
    m = _NAME_THEN_WRITERS_PHRASE.match(text)
    # (the part before the comma names something beyond an event's word: `Conferences, burnout and saying no` does not)
    if m and looks_like_event(m.group("e")) and not is_sentence(m.group("e")) \
            and _NAMED.search(EVENT_WORD.sub(" ", m.group("e"))):
        return m.group("e")  # `Pycon AU 2020, as amazing as always`: the writer's words after a comma
    m = _THEME_AFTER_NUMBER.search(text)
    if m and not EVENT_NUMBER.search(text[m.end():]):
        return text[:m.end("n")].strip()
    m = _LEAD_PHRASE.match(text)
    if m and not looks_like_event(text[:m.end()]):
        return text[m.end():]
    return text


# a day (never a bare year: `【2019】PyCon JP` keeps it): `7/9(土)`, `2019.07.09`, `7月9日`
_DATE_ONLY_LABEL = re.compile(r"\s*(?:(?:19|20)\d\d\s*[/.\-年]\s*)?\d{1,2}\s*[/.\-月]\s*\d{1,2}\s*日?\s*(?:[(（][月火水木金土日祝・]{1,3}[)）])?"
                              r"(?:\s*\d{1,2}[:：]\d{2}\s*[〜~-]?)?\s*")
# `【プロ生】第35回 Harbor勉強会`: a short label in brackets before a numbered name
_LEADING_LABEL = re.compile(r"^[【\[][^】\]]{1,8}[】\]]\s*(?=\S)")


# `【Foo.go #11】エラーハンドリング ＋ ベンチマーカー`: the numbered event in brackets, its theme after
_BRACKETED_EVENT = re.compile(r"^[【\[](?P<n>[^】\]]{3,60})[】\]]\s*(?=\S)")


def _without_leading_label(text: str) -> str:
    b = _BRACKETED_EVENT.match(text)
    if b and _DATE_ONLY_LABEL.fullmatch(b.group("n")):
        return text[b.end():]  # `【7/9(土)】Doma勉強会 in 東京`: the day, then the name
    if b and EVENT_NUMBER.search(b.group("n")) and not looks_like_event(text[b.end():]) \
            and len(EVENT_NUMBER.sub("", b.group("n")).strip()) >= 2:  # (a name with its number, not `【第3回】`)
        return b.group("n").strip()
    m = _LEADING_LABEL.match(text)
    if m and EVENT_NUMBER.search(text[m.end():]) and not EVENT_NUMBER.search(m.group(0)):
        return text[m.end():]
    return text


_REVIEW_PREFIX = re.compile(r"^(?:review|recap|report|notes|summary|レポート|参加レポート|参加記)\s*[:：]\s*(?=\S)", re.IGNORECASE)
_QUOTED_EVENT = re.compile(r"[「『\"“](?P<q>[^「」『』\"“”]{4,80})[」』\"”]")
# (`Conf` as a word's end or `Conference`, never `Config` or `Confluence`)
EVENT_WORD = re.compile(r"勉強会|カンファレンス|会議|Conf(?:erences?|s)?(?-i:(?![a-z]))|Kaigi|Meetup|ミートアップ|LT\s*会|LT\s*大会|Summit|Festival|Fest?\b|ハッカソン|Tech\s*Talks?\b"
                         r"|(?:報告|発表|読書|輪読|もくもく|交流)会|(?-i:(?<=[a-z])Con\b)|(?-i:(?<=[a-z])Camp\b)|\bUser\s+Group\b"
                         r"|(?-i:\b[JLPR]UG\b)",  # (a user group's acronym: `Lisbon JUG`, `Harbor LUG`)
                         re.IGNORECASE)
_WENT = re.compile(r"行って|行った|行きました|参加|聴講|レポート|レポ|メモ|みた|きた|ました|登壇|発表|LT")


# a talk title as written around it: `“Title”`, `"Title"`, `09:10 Title`, `19:00-19:30 Title`, `[S1] Title`
_ENCLOSING_QUOTES = (("“", "”"), ('"', '"'), ("「", "」"), ("『", "』"), ("‘", "’"), ("'", "'"), ("«", "»"))
# a slot's length before its title: `30 min - "Title"`, `5分: タイトル` (a separator after it: `5 Minute Hacks` stays)
# (`10 Minutes: A Horror Story` names its talk: a colon parts only a Japanese slot's length from its title)
_DURATION_PREFIX = re.compile(r"^\s*\d{1,3}\s*(?:(?:min(?:ute)?s?|mins?\.)\s*[-–—|｜]|分(?:間)?\s*[-–—:：|｜])\s*(?=\S)",
                              re.IGNORECASE)
_TIME_PREFIX = re.compile(r"^\s*\d{1,2}\s*[:：]\s*\d{2}(?:\s*[-–~〜～]\s*(?:\d{1,2}\s*[:：]\s*\d{2})?)?\s*(?:[-–—:：|｜·•]\s*)?(?=\S)")
_TITLE_LABEL = re.compile(r"^\s*(?:" + TITLE_LABEL_WORDS + r")\s*[:：]\s*(?=\S)", re.IGNORECASE)
# `Title (September 8; 9:45 - 10:45am)`, `Title（10:00〜10:30）`: when the talk is, in parentheses after it
_TRAILING_WHEN = re.compile(r"\s*[(（][^()（）]{0,30}?\d{1,2}\s*[:：]\s*\d{2}[^()（）]{0,20}[)）]\s*$")
# the room and the time a programme's detail prints after the title: `国技と Scala 会場A 18:50-19:30`, `Title Room 2 10:00-10:40`
_TRAILING_ROOM_TIME = re.compile(r"\s+(?:会場|Room|Hall|Track|ルーム|ホール)\s*[A-Z0-9]{1,3}\s+\d{1,2}[:：]\d{2}\s*[-–~〜]\s*\d{1,2}[:：]\d{2}\s*$",
                                 re.IGNORECASE)
# the hours a programme's line prints after the title, each with its half of the day: `Title 9:15am to 9:45am`,
# `Sponsor Talk 9:50am`, `Title 10:30 AM - 11:00 AM`: a clock with its minutes, or a range (never a bare number,
# `Python 3.12`, `Top 10`, nor an hour alone a title's own words give, `Wake up at 5am`, `Deploy Past 5pm`)
_TRAILING_CLOCK = re.compile(r"(?<!\bat)(?<!\bby)(?<!\buntil)(?<!\bbefore)(?<!\bafter)(?<!\bfrom)(?<!\bto)\s+(?:"
                             r"\d{1,2}:\d{2}\s?[ap]\.?m\.?(?:\s*(?:to|-|–|~|〜)\s*\d{1,2}(?::\d{2})?\s?[ap]\.?m\.?)?"
                             r"|\d{1,2}\s?[ap]\.?m\.?\s*(?:to|-|–|~|〜)\s*\d{1,2}(?::\d{2})?\s?[ap]\.?m\.?)\s*$", re.IGNORECASE)
# the room in brackets after a title: `（メインホール）`, `(Room B)`, `（第2会場）`
# (the bracket holds a room's name and nothing more: never `（コンサートホール編）`, `(Hall Acoustics)`, `(Fast Track)`)
_TRAILING_ROOM = re.compile(r"\s*(?:（|\()\s*(?:[^\s()（）]{0,8}?(?:ホール|ルーム|会場|講堂|教室)(?:\s*[A-Z0-9０-９]{1,2})?"
                            r"|(?:Room|Hall|Track|Stage|トラック)\s*[A-Z0-9]{1,3}"
                            r"|(?:Main|Small|Large|Big|Grand|Sub|Side)\s+(?:Hall|Room|Stage|Track))\s*(?:）|\))\s*$")
# a pointer to the same talk in another language after its title: `(In English)`, `（英語版）`, `(English version)`
_OTHER_LANGUAGE = re.compile(r"\s*[(（]\s*(?:in\s+(?:english|japanese)|(?:english|japanese)\s+(?:version|ver\.?|slides)|英語版|日本語版)\s*[)）]\s*$",
                             re.IGNORECASE)
# `(limited to 15 persons)`, `(max. 20 people)`, `（定員20名）`: how many may attend, not the title's words
_CAPACITY = re.compile(r"\s*[(（]\s*(?:(?:limited\s+to|max(?:imum)?\.?|up\s+to)\s+\d{1,4}\s*(?:persons?|people|participants|"
                       r"attendees|seats)|定員\s*\d{1,4}\s*(?:名|人)(?:まで)?)\s*[)）]\s*$", re.IGNORECASE)
_NO_SLIDES = re.compile(r"\s*[(（]\s*(?:(?:資料|スライド)(?:なし|無し)|no\s+slides)\s*[)）]\s*$", re.IGNORECASE)
# what a programme writes before a slot's title: `a.m. (50m)` after a time, `セッション 1：`, `Talk 3:`
_SLOT_PREFIX = re.compile(r"^\s*(?:(?:[ap]\.?m\.?)\s+)?(?:[(（]\s*\d{1,3}\s*(?:m|min|mins|分)\s*[)）]\s*)?"
                          r"(?:(?:セッション|Session|Talk|トーク|講演)\s*[0-9０-９]{1,2}\s*(?:[:：.．]|\s[-–—]\s)\s*)?"
                          # `#2 Title`: the slot's number in the programme
                          r"(?:[#＃]\d{1,2}[.:：]?\s+(?=\S))?(?=\S)", re.IGNORECASE)
# icons and marks a page puts after a title: `📄`, `📄(未)` (slides not up yet), `🎥`
_TRAILING_MARKS = re.compile(r"(?:\s*(?:" + PICTOGRAPH + r"\uFE0F?|[(（](?:未|済)[)）]))+\s*$")
# a colon closing the title, leading to the notes taken under it (never a title's own: `Re:` keeps it)
_COLON_TO_NOTES = re.compile(r"(?<=[^\W\d][^\W\d]{3})\s*[:：]$")
# `[S1] Title`, `【A-2】Title`: a session code in brackets before the title
_SESSION_CODE = re.compile(r"^\s*[\[［【(（]\s*[A-Z]{1,3}\s*-?\s*\d{1,3}\s*[\]］】)）]\s*[:：]?\s*(?=\S)")
# a programme's bare slot code before each title (`A-2 Title`, `TR1-3: Title`): a code only where the programme's
# titles share the shape (talks.py), since one alone may be the title's word (`GPT-4 Turbo`, `F-35 Avionics`)
# (`H1 (S): Title`, `H1: Title`: a room's letter and the slot's number, its length marked `(S)`hort or `(L)`ong, then a
# colon; never a word of the title's own before a space, `EC2 Spot で節約`, `M1 Mac で開発`)
BARE_SLOT_CODE = re.compile(r"^\s*(?:[A-Z]{1,3}\d?-\d{1,2}(?:\s*[:：]\s*|\s+)"
                            r"|[A-Z]{1,2}\d{1,2}(?:\s*[(（][A-Z]{1,2}[)）])?\s*[:：]\s*)(?=\S)")
# trailing links that only label files of the talk: `Title [PPTX](a.pptx) [PDF](a.pdf)` (read as slides elsewhere)
# (and what else a programme links beside the title, `[📄(未)]() [App](…) [Source](…)`: words like `App` or `blog`
# only beside a deck's or a source's label, never alone: `Deploying with [GitHub](…)` keeps its last word)
FILE_LABEL = re.compile(r"pptx?|pdf|odp|key|keynote|slides?|deck|video|mp4|youtube|資料|スライド|動画|📄\uFE0F?(?:[(（]未[)）])?|source|repo|"
                         r"ソース|ソースコード|リポジトリ", re.IGNORECASE)
_ASIDE_LABEL = re.compile(r"app|blog|demo|code|examples?|samples?|github|記事|ブログ|デモ|サンプル", re.IGNORECASE)
# one label at the very end (read from the end, one at a time: a line of many links stays linear)
# (a group of them in parentheses, parted by slashes or commas: `Title - Jane ([Slides](…) / [Video](…))`)
_LAST_LABEL_LINK = re.compile(r"(?:\s+(?:[-–—|｜]\s+)?|\s*[/／,，、]\s*)[(（]?\[(?P<label>[^\[\]]{1,20})\]\([^)\s]*\)[)）]?\s*$"
                              r"|\s+(?P<mark>📄\uFE0F?(?:[(（]未[)）])?)\s*$")


def _file_labels_start(text: str) -> int | None:
    """Where the trailing run of file-label links begins, when one of them labels a deck or a source."""
    end, strong = len(text), False
    while True:
        window = text[max(0, end - 200):end]
        m = _LAST_LABEL_LINK.search(window)
        label = m and (m.group("label") or m.group("mark"))
        if not m or not (FILE_LABEL.fullmatch(label) or _ASIDE_LABEL.fullmatch(label)):
            break
        strong = strong or bool(FILE_LABEL.fullmatch(label))
        end = end - len(window) + m.start()
    return end if strong and end < len(text) else None
# a slide page's own title copied as the link's text: `Title - Google スライド`, `owner/repo: Title` (GitHub)
_HOST_TITLE_SUFFIX = re.compile(r"\s+(?:[-|｜–]|//)\s+(?:Google\s*(?:スライド|Slides|ドキュメント|Docs)|Speaker\s*Deck|SlideShare|Docswell|ドクセル)\s*$",
                                re.IGNORECASE)
_LABELLED_LINK = re.compile(r"\[([^\[\]]+)\]\(([^)\s]*)[^)]*\)")
_DANGLING_DASH = re.compile(r"(?:(?<=[)）」』])|\s)\s*[-–—]+\s*$")
# (`Title - サブタイトル -`: a Japanese habit; `Rust - a primer -` is a byline's dash with its speaker missing)
_OPENING_DASH = re.compile(r"\S\s+[-–—]\s+[^-–—]*" + CJK.pattern + r"[^-–—]*\s[-–—]+\s*$")
_EMPTY_LINK = re.compile(r"\[(?P<t>[^\[\]]+)\]\(\s*\)")


def without_file_links(text: str) -> tuple[str, list[str]]:
    """`Title [PPTX](a.pptx) ([video](v))` -> (`Title`, [`PPTX: a.pptx`, `video: v`]): the links that only
    label the talk's files, kept as labelled lines for the talk's slides and video."""
    at = _file_labels_start(text) if "](" in text or "📄" in text else None
    if at is None:
        return text, []
    return text[:at], [f"{label}: {url}" for label, url in _LABELLED_LINK.findall(text[at:])]


def linked_page_title(text: str, url: str | None) -> str:
    """A link's text that is its page's own title, less what the page adds: GitHub's `owner/repo: description`
    is the description."""
    if url and text.count("/") and links.host_of(url) == "github.com":
        owner_repo = "/".join(links.split(url).path.strip("/").split("/")[:2])
        if owner_repo and text.lower().startswith(owner_repo.lower() + ":") and text[len(owner_repo) + 1:].strip():
            return text[len(owner_repo) + 1:].strip()
    return text


# a full stop after a word of three letters or more (never `etc.`, `Inc.`, `U.S.`, `...`)
_FULL_STOP = re.compile(r"(?<=\s)(?!etc\.$)(?P<w>[A-Za-z][a-z]{3,}|[a-z]{3}|[A-Z]{3,})\.$")


# where a list item's words about a talk end and the writer's remarks on it begin, after the speaker's name:
# a second sentence that reads as one (`playing with images. Introducing his new library`; never a subtitle in
# capitals, `Kubernetes in production. Lessons Learned the Hard Way`), `- see also …`, or an address (`Title, https://…`)
_REMARK_SENTENCE = re.compile(r"(?<=[a-z0-9)\]`'’”])\.\s+(?=[\"“]?[A-Z][a-z]*\s+\S+\s+\S)")
_REMARK_DASH = re.compile(r"\s+[-–—]\s+(?=(?:see|cf)\b)")
_REMARK_ADDRESS = re.compile(r"\s*[,;]?\s+<?https?://\S.*$")


def before_remarks(text: str) -> str:
    """The title a list item names after its speaker, without the remarks the writer added on the talk
    (`Jane Doe: Title. It was great fun`, `Jane Doe: Title - see also https://…`); a subtitle stays, after a dash
    (`Django at scale - how we serve a million requests`) or a full stop (`Python 3.13. Faster Startup`). `text` may
    run on over the item's wrapped lines: the title is what comes before the first remark."""
    text = re.sub(r"^[-–—]\s+(?=\S)", "", text)  # (`:sea: - the chances of …` once its icons are dropped)
    if quoted := quoted_before_sentence(text):
        return quoted
    cut = len(text)
    for m in _REMARK_SENTENCE.finditer(text):
        if not ABBREVIATED.search(text[:m.start()]) and _reads_as_sentence(text[m.end():]):
            cut = m.start()
            break
    for pattern in (_REMARK_DASH, _REMARK_ADDRESS):
        if (m := pattern.search(text[:cut])) and m.start() > 0:
            cut = m.start()
            if text[:cut].count("(") > text[:cut].count(")"):  # (`Title (slides: https://…)`: the aside goes whole)
                cut = text.rfind("(", 0, cut)
    return text[:cut].rstrip(" ,;") or text


def quoted_before_sentence(text: str) -> str | None:
    """`"Title". It was more like four minutes`: the quoted title that opens `text`, when a full stop closes it and
    the writer's sentence about the talk follows, in a sentence's lower case (never `"Stop!" Hammer Time: Refactoring
    …`, a title opening with a quote); else None."""
    quoted = _QUOTED_THEN_SENTENCE.match(text)
    return quoted.group("q") if quoted and _reads_as_sentence(text[quoted.end() - 1:]) else None


def without_full_stop(text: str) -> str:
    """`using the DataSift API.`: the full stop of a list item that says what a person showed (a heading keeps
    its own: `…, and it lives with AWS SAM.` is how the speaker wrote the title)."""
    return _FULL_STOP.sub(r"\g<w>", text) or text


_TRAILING_SLOT_KIND = re.compile(r"\s*[(（](?:ランチ|スポンサー|招待|特別|基調|ゲスト)?(?:セッション|講演)[)）]\s*$"
                                 r"|\s*[(（](?:lunch|sponsor(?:ed)?|invited|guest)\s+(?:session|talk)[)）]\s*$", re.IGNORECASE)


# a quoted title closed by a full stop, then the writer's sentence about it: `"Title". It was fun`, `“Title.” We laughed`
_QUOTED_THEN_SENTENCE = re.compile(r'(?P<q>"[^"\n]{3,200}"|“[^“”\n]{3,200}”)\.?(?<=[.]["”]|["”][.])\s+[A-Z]')
# a quoted title, then a sentence about it that opens with a capital
_QUOTED_THEN_ABSTRACT = re.compile(r'^(?P<q>"(?P<a>[^"]+)"|“(?P<b>[^“”]+)”)\s+[A-Z][a-z]+(?:\s+\S+){3,}$')


def _reads_as_sentence(text: str) -> bool:
    """Most words after the first open lowercase (`Different terms of service from popular web apps`), where a
    title's continuation is in Title Case (`Is Not a Strategy`, `Syndrome and How to Cure It`)."""
    words = text.split()[1:]
    return sum(1 for w in words if w[:1].islower()) > sum(1 for w in words if w[:1].isupper())


# the files a line says the talk has, in words, without their links: `Title (slides and examples)`, `Title（資料・動画）`
_FILE_WORD = r"(?:slides?|decks?|examples?|samples?|code|video|demos?|pdf|資料|スライド|動画|サンプル|デモ)"
# (a deck's word alone, or two file words: `Show me the (code)` keeps its word)
_FILES_REMARK = re.compile(r"\s*[(（]\s*(?:(?:slides?|decks?|資料|スライド)|" + _FILE_WORD + r"(?:\s*(?:,|、|・|/|&|and)\s*"
                           + _FILE_WORD + r")+)\s*[)）]\s*$", re.IGNORECASE)


def without_time_prefix(title: str) -> str:
    """`09:30 · Title` -> `Title`: the title without the slot's time before it (`title` itself when none)."""
    return _TIME_PREFIX.sub("", title) or title


def clean_talk_title(title: str) -> str:
    """A talk's title without what the page wrapped it in: enclosing quotes, a leading time or
    session code, an empty link, trailing file labels. Never returns an empty title."""
    text = " ".join(LINE_BREAK.sub(" ", title).split()) if "<" in title else " ".join(title.split())
    text = _EMPTY_LINK.sub(r"\g<t>", text)
    at = _file_labels_start(text) if "](" in text or "📄" in text else None
    text = text[:at] if at is not None else text
    text = _HOST_TITLE_SUFFIX.sub("", text) or text
    text = without_time_prefix(text)
    text = _DURATION_PREFIX.sub("", text) or text
    text = _SESSION_CODE.sub("", text) or text
    text = _SLOT_PREFIX.sub("", text) or text
    text = _TITLE_LABEL.sub("", text) or text  # `Topic: Making Debian Packages`
    text = _NO_SLIDES.sub("", DURATION.sub("", _CAPACITY.sub("", text))) or text
    text = _OTHER_LANGUAGE.sub("", text) or text
    text = _TRAILING_WHEN.sub("", text) or text
    text = _TRAILING_ROOM_TIME.sub("", text) or text
    text = _TRAILING_CLOCK.sub("", text) or text
    text = _TRAILING_ROOM.sub("", text) or text  # `「Title」（メインホール）`: where it was given, after it
    text = _TRAILING_SLOT_KIND.sub("", text) or text  # `Title(ランチセッション)`: the slot it was given in
    text = _TRAILING_MARKS.sub("", text) or text
    text = _FILES_REMARK.sub("", text) or text
    text = _COLON_TO_NOTES.sub("", text) or text  # `A package for simulating orbits:` over the notes: the colon leads to them
    if not _OPENING_DASH.search(text):  # (`Title - subtitle -`: the dash closes the subtitle its twin opened)
        text = _DANGLING_DASH.sub("", text).rstrip(" ,，、") or text  # (`Title,` before a `by` the page wrote apart)  # `Title（仮）-`: a byline's dash with nobody after it
    if len(text) > 2 and text[0] in "_*" and text[-1] == text[0] and text[0] not in text[1:-1]:
        text = text[1:-1].strip() or text  # `_Keynote_`: emphasis around the whole title
    if text[-1:] in ".。" and text[:1] in "\"“「『'" and text[-2:-1] in "\"”」』'":
        text = text[:-1]  # `"Fear Driven Development".`: the sentence's full stop after the quoted title
    opening = _QUOTED_THEN_ABSTRACT.match(text)
    quoted = opening and (opening.group("a") or opening.group("b")).strip()
    if quoted and len(quoted.split()) >= 3 and _reads_as_sentence(text[opening.end("q"):]):
        text = quoted  # `"TOS and PII - …" Different terms of service …`: a cell's title, then its abstract
    if text.startswith(('""', '““')) and text.count('"') + text.count('“') + text.count('”') == 3:
        text = text[1:]  # `""Title"`: a quote typed twice at the opening
    for open_, close in _ENCLOSING_QUOTES:
        if len(text) > 2 and text.startswith(open_) and text.endswith(close) and open_ not in text[1:-1] \
                and close not in text[1:-1]:
            text = text[1:-1].strip().rstrip(",，")  # (`“Community before Code,”`: the sentence's comma, inside the quotes)
            break
    else:
        if text[:1] in "「『" and text[-1:] == {"「": "」", "『": "』"}[text[0]] and _balanced(text[1:-1]):
            text = text[1:-1].strip()  # `「開発者にとって「マーケティング」は「悪」なのか」`: the title quotes its own words
    return text or " ".join(title.split())


def _balanced(text: str) -> bool:
    """Whether every 「 or 『 in `text` is closed in turn, none closed before it opens."""
    depth = {"「": 0, "『": 0}
    for ch in text:
        if ch in depth:
            depth[ch] += 1
        elif ch in "」』":
            opener = "「" if ch == "」" else "『"
            depth[opener] -= 1
            if depth[opener] < 0:
                return False
    return not any(depth.values())


def folded(text: str) -> str:
    """A text as names are compared: NFKC, case-folded, without white space."""
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


# two capitalised words or more in a row: a name (`Harbor Go Night`, `Tech Talks Tuesday`)
_CAPITALISED_RUN = re.compile(r"[A-Z][\w.+&'’-]*(?:\s[A-Z0-9][\w.+&'’-]*)+")


def name_written_again(title: str, text: str) -> bool:
    """Whether `text` (the note, its title left out once) writes the title again, or the capitalised name inside it
    (`Harbor Go Night` of `Harbor Go Night のお知らせ`), spaces and case aside."""
    body = folded(text)
    return any(part and part in body for part in map(folded, [title] + _CAPITALISED_RUN.findall(title)))


# a single written name: `GopherCon`, `EuRuKo`, `KANSAI.TS`, `iOSDC` (inner capitals, a run of capitals, a dot)
WRITTEN_NAME = re.compile(r"\S*(?:[a-z][A-Z]|[A-Z]{2}|\.[A-Za-z])\S*")
# what English words around the name may say about the post, not the event: a phrase ending in a preposition
# (`ePages at`, `My trip to Florence for`; never `Road to`, a name of its own), the writer's doing
# (`Liveblogging`), the post's kind
_ABOUT_THE_POST = re.compile(
    r"^\W*(?:\w+\W+){0,5}?\w+\s+(?:at|for|@)\W*$|^\W*(?:live-?blogging|attending|visiting|speaking|presenting)\W*$"
    r"|^(?:\W*(?:recap|agenda|schedule|unofficial|report|notes|aftermath|post|summary|review))+\W*$", re.IGNORECASE)


def name_the_note_repeats(title: str, text: str) -> str:
    """The event's name inside a post's title, when the title says more than the name and the note shows
    which part the name is by writing it again: `Liveblogging GopherCon 2017`, `ePages at EuRuKo`,
    `KANSAI.TS 初開催です`, `Docker Meetup Kansai リポート` (the note says `GopherCon 2017`, `EuRuKo`,
    `KANSAI.TS`, `Docker Meetup Kansai` below its title; the other words only in the title).

    A reading by what the note says again, with short lists of post words only to judge what is left out,
    and kept narrow so a name is never cut short:
    the part kept is the title's start or end, looks like an event's name (an event's number or word, or
    a written name such as `GopherCon`), and the note writes it again below its title; the part left out has no
    number, no place (UniDic's 地名: `Tokyo`, `関西`), in English only words about the post, and in
    Japanese words ending as a sentence does (a verb, a particle) or words for the post (`リポート`, `記録`).
    The title stays whole when the note repeats it whole. `text`: the note, its title left out once."""
    from . import names
    if len(title) < 4:
        return title
    words = [(w.white_space, w.surface, w.feature.pos1, w.feature.pos3) for w in names.tagger()(title)]
    if len(words) < 2:
        return title  # (one word: no part to leave out, and no need to fold the whole note)
    body = folded(text)
    if folded(title) in body:
        return title
    best = title
    for start, end in [(0, j) for j in range(1, len(words))] + [(i, len(words)) for i in range(1, len(words))]:
        kept, left = words[start:end], words[:start] + words[end:]
        name = "".join((ws if k else "") + surface for k, (ws, surface, _, _) in enumerate(kept))
        left_text = "".join(ws + surface for ws, surface, _, _ in left).strip()
        closed = kept[-1][1] in "」』)）]" and len(kept) > 1  # (`交流会「NSEEM」`: the name's own quotes closed)
        if kept[0][2] in ("助詞", "助動詞", "補助記号") or kept[-1][2] in ("助詞", "助動詞") \
                or kept[-1][2] == "補助記号" and not closed \
                or kept[0][1].lower() in NOT_A_NAMES_EDGE or kept[-1][1].lower() in NOT_A_NAMES_EDGE:
            continue
        if re.search(r"[\d#＃]", left_text) or any(pos3 == "地名" for _, _, _, pos3 in left):
            continue
        if any(name.count(o) != name.count(c) for o, c in ("「」", "『』", "()", "（）", "[]")):
            continue  # (`交流会「NSEEM」で…`: a name closes the quotes and brackets it opens)
        if not (looks_like_event(name) or WRITTEN_NAME.fullmatch(name)) or len(re.sub(r"[\W\d_]", "", name)) < 3:
            continue  # (a name, never its year alone: `2016` of `builderscon tokyo 2016`)
        if looks_like_event(left_text):
            continue  # `Third meetup at One.com`: the event is the part left, the rest where it was held
        if re.search(r"[A-Za-z]", left_text) and not _ABOUT_THE_POST.match(left_text):
            continue
        ends = [(surface, pos) for _, surface, pos, _ in left if pos != "補助記号"]
        if not re.search(r"[A-Za-z]", left_text) and ends and not (
                ends[-1][1] in ("動詞", "助動詞", "助詞") or all(surface in POST_NOUNS for surface, _ in ends)
                # (`前にチョット予習`: a phrase of the writer's, a particle in it, closing with what the post is)
                or ends[-1][0] in POST_NOUNS and any(pos == "助詞" for _, pos in ends[:-1])):
            continue  # (Japanese words left out end as a sentence does, or say what the post is: `初開催です`,
            #          `リポート`; never another event's name: `前夜祭`, `初心者支部`, `振り返り会`)
        if left and not start and left[0][1] in ("で", "にて") and any(
                surface in ("に", "へ") and pos == "助詞" for _, surface, pos, _ in left[1:]):
            continue  # `AppleStore銀座でアプリ道場のイベントに…`: the part before で is where it was held (the event
            #          follows it, with its own particle; `交流会「NSEEM」で初の外部登壇をしました` names no other)
        if folded(name) in body and (best is title or len(name) > len(best)):
            best = name  # (the longest such part)
    if best is title and KANA.search(title):
        # `Microsoft (有志)メンバーが選ぶ！Microsoft Build 2025注目セッション`: a named event with its year in the middle of
        # the writer's Japanese sentence, Japanese words right on both sides of it
        named = _numbered_names(title)
        if len(named) == 1 and (at := title.find(named[0])) > 0 and KANA.search(title[:at]) \
                and re.match(r"[^\x00-\x7f]", title[at + len(named[0]):].lstrip() or "a") \
                and re.search(r"[^\x00-\x7f]\s*$", title[:at]):
            best = named[0]
    return best


POST_NOUNS = {"リポート", "レポート", "レポ", "記録", "リンク集", "リンク", "集", "まとめ", "メモ", "感想", "報告", "参加記", "参加",
               "予習", "復習", "振り返り", "ふりかえり", "ふり返り", "振返り", "備忘録"}
NOT_A_NAMES_EDGE = {"at", "of", "the", "in", "to", "my", "a", "an", "on", "for", "from", "and", "with", "by"}


# a writer's filler for a title they did not catch: `XXX`, `○○`, `???`, `***` (an organiser's `TBD` or `(未定)`
# says a slot is planned, and stays: tests/test_normalize_reconcile.py)
_FILLER = re.compile(r"^[\s(（\[【「]*(?:x{3,}|○{2,}|〇{2,}|[?？]{2,}|[*＊]{3,})[\s)）\]】」.。]*$", re.IGNORECASE)


def is_filler(title: str) -> bool:
    """The title is a filler for one the writer never filled in (`### XXX` over an LT's speaker): the note names
    no talk there."""
    return bool(_FILLER.match(title))
