"""Which headings are not talks: introductions, summaries, impressions, Q&A, networking.

EVENT sections belong to the event; FOLLOW sections (Q&A, impressions) belong
to the talk they follow, or to the event when nothing precedes them.
"""
from __future__ import annotations

import functools
import re
import unicodedata

from . import dates
from .fields import CJK, DATE_LABEL_WORDS, DURATION, PLACEHOLDER, VENUE_LABEL_WORDS
from .people import looks_like_people
from .structure import ROOM

# sections that list other things than the event's talks (jobs, news, other events, links, sponsors); the
# event's sections all the same
_NOT_A_PROGRAMME_WORDS = (
    "jobs", "jobboard", "hiring", "wearehiring", "求人", "求人情報", "jobannouncements", "jobpostings", "jobopenings",
    "news", "communitynews", "upcomingevents", "otherevents", "localevents", "eventscalendar", "calendar",
    "links", "references", "resources", "参考", "参考資料", "参考リンク", "リンク", "関連リンク", "関連記事",
    "sponsors", "oursponsors", "sponsor", "スポンサー", "協賛", "後援", "supportedby", "seealso", "furtherreading", "relatedposts",
    "あわせて読みたい", "合わせて読みたい", "pastevents", "previousevents", "pastmeetings", "pastmeetups", "過去の開催",
    # what others wrote of it: `## レポート` over links to the attendees' blog posts
    "レポート", "参加レポート", "参加ブログ", "参加者ブログ", "ブログ記事", "参加者の感想", "感想ブログ", "writeups", "write-ups",
    "recaps", "reports", "attendeereports", "blogposts",
    # the people who run it
    "スタッフ", "運営スタッフ", "実行委員", "実行委員会", "staff", "organizers", "organisers", "ourteam", "theteam", "team",
    "行動規範", "codeofconduct",
)
_EVENT_WORDS = [
    "はじめに", "始めに", "まえがき", "前置き", "今回のイベント", "イベント概要", "イベント情報", "概要", "開催概要",
    "参加したイベント", "イベントについて", "イベント", "開催情報", "日時", "会場", "場所", "タイムテーブル", "アジェンダ",
    # the writer's review of the day (a KPT): what went well, what to improve
    "良かった点", "よかった点", "良かったこと", "改善点", "反省点", "課題", "keep", "problem", "try", "whatwentwell",
    "whatcouldbeimproved", "thingstoimprove",
    "目次", "まとめ", "全体まとめ", "全体所感", "全体の所感", "全体感想", "全体の感想", "総括", "総評", "おわりに", "終わりに",
    "さいごに", "最後に", "あとがき", "懇親会", "懇親会にて", "ネットワーキング", "告知", "お知らせ", "宣伝", "参考", "参考資料",
    "参考リンク", "リンク", "関連リンク", "関連記事", "次回", "次回予告", "謝辞", "余談", "追記", "おまけ", "当日の様子",
    "会場の様子", "運営", "オープニング", "クロージング", "その他", "その他のセッション", "他のセッション", "ハッシュタグ",
    "introduction", "intro", "overview", "closingremarks", "openingremarks", "openingspeech", "closingspeech", "オープニングスピーチ", "クロージングスピーチ", "closingwords", "openingwords", "welcomewords",
    "meetupdetails", "eventdetails", "whoisthisfor", "whoshouldattend", "whoshouldcome", "prizes", "giveaways", "welcome", "welcomeremarks", "about", "abouttheevent", "theevent", "event", "eventinfo", "details",
    "summary", "wrapup", "wrap-up", "conclusion", "conclusions", "finalthoughts", "closingthoughts", "overallthoughts",
    "executivesummary", "firstimpressions", "overallimpressions", "recommendations", "myrecommendations", "roundingup",
    "watchthetalks", "whocame", "whatsnext", "whatisnext", "参加者", "参加者一覧", "participants", "attendees",
    "discussion", "links", "references", "resources", "agenda", "timetable", "schedule", "networking", "afterparty",
    # an organiser's page: whom to reach, what to do once it is over
    "speakercontacts", "contacts", "aftertheevent", "posteventchecklist", "checklist", "todo", "連絡先", "イベント後",
    # the writer's own list of what to do next: `Things to try`, `Action items`, `やりたいこと`
    "thingstotry", "thingstodo", "actionitems", "やりたいこと", "試したいこと", "やること",
    "runofshow", "進行表",
    "after-party", "party", "パーティ", "パーティー", "打ち上げ", "thanks", "acknowledgements", "tableofcontents", "contents", "toc", "other sessions",
    "othersessions", "opening", "closing", "sponsors", "oursponsors", "スポンサー", "スポンサー様", "協賛", "venue", "wrappingup", "nextevent", "nexttime", "upnext", "もくもく会",
    # the event's facts, asked as a reader asks them
    "when", "where", "whenandwhere", "location", "date", "time", "dateandtime", "datetime", "venueandregistration",
    "registration", "rsvp", "rsvphere", "register", "signup", "tickets", "directions", "gettingthere", "access",
    "アクセス", "参加登録", "申し込み", "申込", "参加方法", "開催日時", "開催場所", "日時と場所", "日時・会場",
    "テーマ", "今回のテーマ", "コンテンツ", "内容", "開催日程", "住所", "address", "幹事", "参加申し込み", "参加申込", "mailinglist",
    "メーリングリスト", "過去の開催", "これまでの開催", "これまでの会", "pastevents", "previousevents", "pastmeetings", "pastmeetups", "theme", "募集", "発表者募集", "callforspeakers", "callforpapers", "cfp",
    "proposeatalk", "proposeyourtalk", "submitatalk", "submityourtalk", "yourtalkhere", "発表者募集中", "LT募集",
    "housekeeping", "thankyou", "thankyouall", "announcements", "communityannouncements", "getinvolved", "nextup",
    "pizza", "drinks", "beer", "miscellaneous", "misc", *_NOT_A_PROGRAMME_WORDS,
    "協力", "supporters", "partners", "パートナー", "タイムスケジュール",
    # who lent the room: `## 会場提供`, `## Hosted by`, `## Venue sponsor`
    "会場提供", "会場スポンサー", "会場協賛", "venuesponsor", "hostedby", "thankstoourhost",
    "事前アンケート", "事前アンケート結果", "参加者アンケート", "参加者レポート", "参加レポート", "参加ブログ", "参加者ブログ",
    "ブログ", "来年に向けて", "今後に向けて", "次回に向けて", "今後の展望", "運営の振り返り",
    "あわせて読みたい", "合わせて読みたい", "seealso", "furtherreading", "relatedposts",
    "連絡先", "お問い合わせ", "問い合わせ", "contact", "contactus", "contacts", "getintouch",
    "parking", "food", "fooddrinks", "foodanddrinks", "codeofconduct", "行動規範", "禁則事項", "おことわり", "注意事項",
    # what was kept of the event as a whole
    "photos", "pictures", "写真", "videos", "recordings", "otherslides", "allslides", "発表資料一覧", "englishsummary", "tldr", "アンケート", "アンケート結果",
    "各発表のメモ", "発表メモ", "セッションメモ", "聞いたセッション", "参加したセッション",
    # the unscheduled parts of a conference
    "openspaces", "openspace", "unconference", "hallwaytrack", "オープンスペース", "アンカンファレンス",
    # the line-up, listed before the talks
    "登壇者", "登壇者一覧", "登壇者紹介", "スピーカー", "スピーカー一覧", "出演者", "speakers", "thespeakers", "lineup",
    "presenters", "thepresenters", "ourpresenters", "ourspeakers",
    # the people who made the event happen, and the writer's look back on their own part
    "sponsor", "host", "hosts", "eventhost", "organizer", "organizers", "organiser", "organisers", "volunteers", "staff",
    "主催", "運営スタッフ", "aboutourspeakers", "aboutthespeakers", "振り返り", "kpt", "反省",
    # the writer's notes as a whole, not one talk
    "メモ", "参加メモ", "当日のメモ", "聴講メモ", "ノート", "notes", "mynotes", "ournotes", "randomnotes", "fieldnotes",
    "meetupnotes", "meetingnotes", "othernotes", "generalnotes", "officehours", "レジストレーション", "受付",
    "関連ブログ", "関連記事", "関連リンク",
    "report", "eventreport", "レポート", "イベントレポート", "当日レポート", "recap", "eventrecap",
    "logistics", "moreinformation",
]
_FOLLOW_WORDS = [
    "質問", "質疑", "質疑応答", "qa", "q&a", "q＆a", "questions", "questionsandanswers", "所感", "感想", "私見",
    "質問コーナー", "質疑応答コーナー", "個人的な感想", "コメント", "video", "recording", "動画", "slides", "スライド", "資料", "impressions", "thoughts", "mythoughts", "takeaways", "comments", "feedback",
    # a talk's materials, under a heading of their own
    "スライド資料", "発表スライド", "発表動画", "登壇資料", "登壇動画", "slidesandvideo",
    "slidesandvideos", "videoandslides", "slidesandrecording",
    # what the talk is about, under a heading of its own
    "talksummary", "talkabstract", "abstract", "概要", "発表概要", "講演概要",
]
NOT_A_PROGRAMME = frozenset(_NOT_A_PROGRAMME_WORDS)  # (its words are keys already: lower case, no spaces)
# what earlier events held (`### 過去のLT`, `## Past talks`, `これまでの発表`, `Previous meetups`): no talk of this one
# (the whole heading a label of them: `Past, present and future of X`, `これまでのRubyとこれからのRuby` are talks)
_EARLIER_EVENTS = re.compile(r"(?:過去の|これまでの|以前の|前回の|過去回の|past|previous|earlier|former)(?:(?:lts?|ＬＴ|発表|開催|"
                             r"イベント|勉強会|ミートアップ|talks?|meetups?|events?|meetings?|sessions?|資料|スライド|presentations?|"
                             r"lightningtalks|slides|decks)(?:[/&・、]|and)?){1,3}")


# the people who lead the day, introduced (keyed): `Workshop conductors`, `Instructors`, `講師陣`, `スピーカー紹介`
_ROSTER = re.compile(r"(?:our|the|workshop|featured|guest)?(?:speakers|presenters|instructors|conductors|facilitators|mentors|"
                     r"panelists|trainers)|講師陣|講師紹介|スピーカー紹介|登壇者紹介|発表者紹介|登壇者一覧|発表者一覧")


def roster_heading(heading: str) -> bool:
    """`Workshop conductors`, `講師陣`, `登壇者紹介`: a heading introducing the people who lead the day."""
    return bool(_ROSTER.fullmatch(key(heading)))


def earlier_events(heading: str) -> bool:
    """`### 過去のLT`, `## Past talks`: a heading over what earlier events held."""
    return bool(_EARLIER_EVENTS.fullmatch(key(heading)))


def not_a_programme(heading: str) -> bool:
    """A heading whose lists are no programme of this event: sponsors, jobs, links, what earlier events held, the
    day's exhibits."""
    k = key(heading)
    # (or the other writers' posts and photos: `他の参加者のブログ`, `Blog posts`, `Photos`)
    return k in NOT_A_PROGRAMME or bool(_EARLIER_EVENTS.fullmatch(k)) or bool(_MEDIA_SECTION.fullmatch(k)) \
        or bool(_EXHIBITS.match(k))
EVENT_ONLY_WORDS = {  # safe to end a talk even when written as a plain line in a plain-text export
    "今回のイベント", "懇親会", "全体所感", "全体の所感", "全体感想", "全体の感想", "おわりに", "終わりに", "さいごに",
    "discussion", "はじめに", "イベント概要", "networking", "afterparty",
}


_NUMBER_OR_MARKS = re.compile(r"^\s*(?:\d+[.)]|[#*]+)\s*")
_SPACES_AND_PUNCTUATION = re.compile(r"[\s:：!！?？・、。,.\-_~〜()\[\]（）【】「」『』*`]+")


@functools.lru_cache(maxsize=8192)
def key(heading: str) -> str:
    text = unicodedata.normalize("NFKC", heading).casefold()
    text = _NUMBER_OR_MARKS.sub("", text)
    text = _SPACES_AND_PUNCTUATION.sub("", text)
    if text.isalnum():  # letters and digits only: no symbol, control or mark to drop
        return text
    return "".join(ch for ch in text if not unicodedata.category(ch).startswith(("S", "C", "Mn")))


_EVENT = {key(w) for w in _EVENT_WORDS}
_FOLLOW = {key(w) for w in _FOLLOW_WORDS}
EVENT_ONLY = {key(w) for w in EVENT_ONLY_WORDS}


_BREAK = re.compile(r"休憩|昼食|昼休み|ランチ|おやつ|ディナー")
# an English break is the whole heading, maybe with its food and length: `Coffee break`, `Break / Pizza`,
# `15 min break`, `Lunch (catered)`; `Break it down` is a talk
_EN_BREAK = re.compile(r"^\W*(?:\d+\s*(?:min(?:ute)?s?|m)\.?\s+)?(?:(?:coffee|lunch|pizza|tea|snack|short|long)\s+)?"
                       r"(?:break|lunch|coffee|dinner|snacks?|breakfast|intermission|interval)(?:\s*[/&+,]\s*[a-z ]{2,20})?"
                       r"(?:\s*[(（][^)）]*[)）])?\W*$"
                       # (`Doors, food, drinks`: the doors opening, with what is served)
                       r"|^\W*doors(?:\s*(?:[/&+,]|\band\b)\s*(?:and\s+)?(?:food|drinks|pizza|snacks?|coffee|tea|beer|registration|check-?in|welcome"
                       r"|networking|mingling|stickers|swag)){1,3}\W*$"
                       # (a stream's own marks: `Stream starting soon`, `Starting soon`, `We'll be right back`)
                       r"|^\W*(?:(?:the\s+)?(?:live\s*)?stream\s+)?(?:starting|begins?)\s+soon\W*$|^\W*(?:we'?ll\s+)?be\s+right\s+back\W*$",
                       re.IGNORECASE)
_OVERALL_IMPRESSIONS = re.compile(r"(?:全体|イベント全体|今回)の?(?:感想|所感|まとめ)")
_SHORT_IMPRESSIONS = re.compile(r".{0,6}(?:感想|所感)")


_FACT_WORDS = (r"(?:日時|日程|開催日時?|開催日程|時間|" + VENUE_LABEL_WORDS + r"|住所|アクセス|交通アクセス|"
               r"定員|参加費|費用|参加人数|ハッシュタグ|主催|共催|URL|Date|When|Time|Address|Access|Cost|Fee|Price|"
               r"Capacity|Hashtags?|Hosts?|Organi[sz]ers?)")
_FACT_LINE = re.compile(r"^\s*(?:[-*+]\s*|[■□●○◆◇▼▽★☆・]\s*)?(?:\*\*)?" + _FACT_WORDS + r"(?:\*\*)?\s*[:：]", re.IGNORECASE)


# `**日時/場所：**`, `Date & Venue:`: the labels of two facts joined, alone on their line
_FACT_LABELS_ALONE = re.compile(r"(?:\*\*)?(?P<labels>" + _FACT_WORDS + r"(?:\s*[/／・&＆]\s*" + _FACT_WORDS + r")*)(?:\*\*)?\s*[:：]?(?:\*\*)?",
                                re.IGNORECASE)


def fact_labels(text: str) -> list[str]:
    """The labels of the facts a line alone names (`**日時/場所：**` -> [日時, 場所], `Date:` -> [Date]), or []."""
    m = _FACT_LABELS_ALONE.fullmatch(text.strip())
    return [w for w in re.split(r"\s*[/／・&＆]\s*", m.group("labels")) if w] if m else []


def fact_line(line: str) -> bool:
    """`- Time: 19:00`, `* 会場：…`, `**Date:** …`: a line labelled as one of the event's facts."""
    return bool(_FACT_LINE.match(line))


def fact_label(text: str) -> bool:
    """`日時`, `**場所**`, `Date:`, `**日時/場所：**`: the label of the event's facts alone (the values on the lines under it)."""
    return bool(fact_labels(text))


def facts_only(body: str) -> bool:
    """A section's text that is the event's labelled facts (`* 日程：…`, `* 会場：…`), not notes on a talk."""
    lines = [line for line in body.split("\n") if line.strip()]
    facts = sum(1 for line in lines if _FACT_LINE.match(line))
    return facts >= 2 and facts * 5 >= len(lines) * 3


_JOINED = re.compile(r"\s*(?:[・/／&＆、,，+]|\band\b|と)\s*", re.IGNORECASE)


# the event itself named before one of its facts: `Conference location`, `The event's venue`, `勉強会の会場`
_OF_THE_EVENT = re.compile(r"(?:the\s+)?(?:conference|event|meetup|meeting|summit)(?:['’]s)?\s+(?=\S)"
                           r"|(?:勉強会|イベント|カンファレンス|ミートアップ)の?\s*(?=\S)", re.IGNORECASE)


# where and when it is, as said of the event (never `Event Time` or `勉強会の運営`: a talk may be called so)
_EVENT_FACTS = {key(w) for w in ("location", "venue", "place", "date", "dates", "address", "access", "directions",
                                 "overview", "details", "会場", "場所", "日時", "開催日", "開催場所", "アクセス", "概要")}


def _all_event_words(heading: str) -> bool:
    """A heading joining the event's own words (`日時・場所`, `Food & Parking`, `Date and venue`), or saying
    one of them in two languages (`開催日程 / Date`), or one of them said of the event (`Conference location`,
    `Meetup venue`, `イベントの会場`)."""
    text = unicodedata.normalize("NFKC", heading).strip()
    parts = _JOINED.split(text)
    if len(parts) > 1 and all(key(p) in _EVENT for p in parts):
        return True
    if (said_of := _OF_THE_EVENT.match(text)) and key(text[said_of.end():]) in _EVENT_FACTS:
        return True
    return any(key(p) in _EVENT for p in bilingual(heading))


_BILINGUAL = re.compile(r"^(?P<a>[^/／|｜]+?)\s*[/／|｜]\s*(?P<b>[^/／|｜]+)$")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]+")
_FUNCTION_WORD = re.compile(r"\s(?:and|of|the|for|in|on|to|with|a|an)\s", re.IGNORECASE)


def bilingual(heading: str) -> tuple[str, ...]:
    """`プログラム / Technical Program` -> the two ways it is said (one Japanese, one English); () otherwise."""
    m = _BILINGUAL.match(heading.strip()) if "/" in heading or "／" in heading or "|" in heading or "｜" in heading \
        else None
    if not m:
        return ()
    a, b = m.group("a").strip(), DURATION.sub("", m.group("b")).strip()
    if bool(CJK.search(a)) == bool(CJK.search(b)) or not (a.isascii() or b.isascii()):
        return ()
    ja, en = (b, a) if a.isascii() else (a, b)
    if "@" in en or "(" in en:
        return ()  # `Title / @handle`, `Title / Jane (Acme)`: a byline
    # the English side translates the Japanese one when it repeats one of its Latin words (`Coq`, `TPP`)
    # or reads as a phrase (`Date and venue`); `Title / Lisa Tanabe` is a byline, not a translation
    shared = {w.casefold().rstrip("s") for w in _LATIN_WORD.findall(ja)} & {
        w.casefold().rstrip("s") for w in _LATIN_WORD.findall(en)}
    phrase = bool(_FUNCTION_WORD.search(en)) or any(w[:1].islower() for w in en.split()[1:]) or key(ja) in _EVENT or key(en) in _EVENT \
        or container_kind(ja) is not None
    return (a, b) if shared or phrase else ()


def names_a_web_service(heading: str) -> bool:
    """`Twitter`, `Youtube アーカイブ`, `connpass`: a heading naming a web service the event is found on."""
    return bool(_SERVICE_SECTION.fullmatch(key(heading)))


def a_break(heading: str) -> bool:
    """`休憩 10 分`, `## ランチ`, `Pizza break`, `Lunch`: a heading naming a break in the day."""
    k = key(heading)
    return len(k) <= 14 and bool(_BREAK.search(k)) or bool(_EN_BREAK.match(heading))


@functools.lru_cache(maxsize=8192)
def section_role(heading: str) -> str:
    """'event', 'follow' or 'talk' for a heading at talk level (asked several times per heading)."""
    k = key(heading)
    if not k:
        return "event"
    if k in _EVENT or _OVERALL_IMPRESSIONS.fullmatch(k) or _all_event_words(heading) or _FACT_LABEL.match(heading) \
            or _RECRUITING.search(k) or _names_its_host(heading) or _MEDIA_SECTION.fullmatch(k) or _EARLIER_EVENTS.fullmatch(k) or _ROSTER.fullmatch(k) \
            or _WRITERS_BIO.fullmatch(heading.strip()) or _EXHIBITS.match(k):
        return "event"
    if a_break(heading):
        return "event"
    if k in _FOLLOW or _SHORT_IMPRESSIONS.fullmatch(k) and len(k) <= 8:
        return "follow"
    return "talk"


# the day's exhibits, shown at tables or booths, no talks (keyed): `展示も行いました！`, `デモ展示`, `Exhibits`, `Demo booths`
_EXHIBITS = re.compile(r"(?:デモ|作品|ブース)?展示(?:ブース|コーナー|スペース)?(?:も|の|について|紹介|一覧|内容)?(?:行い|やり|あり|し)?"
                       r"(?:ました|ます)?$|(?:the)?(?:exhibits?|exhibitions?|exhibitors?|demobooths?|booths?|exhibitionhall|expohall)$")


# the writer's own box at a post's end: `## About @jroe`, `About the author`, `この記事を書いた人` (never `About me`: on a
# night of self-introductions it is a talk)
_WRITERS_BIO = re.compile(r"(?:about\s+the\s+(?:author|writer)|about\s+\[?@[\w.-]+\]?(?:\([^)\s]*\))?"
                          r"|(?:著者|筆者)(?:について|紹介)|この記事を書いた人|書いた人)\s*[:：]?", re.IGNORECASE)


# `### Twitter`, `### connpass`, `Youtube アーカイブ`, `Twitter ハッシュタグ`, `YouTube配信`: where the event is found
# on the web (its page, its account, its recordings), when the section holds only links (own_talk.writers_section)
_SHARING_SITES = r"twitter|ツイッター|youtube|ユーチューブ|togetter|トゥギャッター"  # (the services a recap's links are on)
_SERVICE_SECTION = re.compile(r"(?:公式)?(?:" + _SHARING_SITES + r"|connpass|doorkeeper|meetup|facebook|slack|discord|github|"
                              r"instagram|linkedin|zoom|peatix|compass|eventbrite)"
                              r"(?:ハッシュタグ|アカウント|アーカイブ|配信|ライブ|チャンネル|グループ|ページ|リンク|hashtags?|account|"
                              r"archives?|live|channel|group|page|links?|stream(?:ing)?)?")
# a link collection's sections, named after the medium (keyed: no spaces, case-folded): `Twitterまとめ`, `ブログなど`,
# `YouTube`, `Tweets`, `写真まとめ`, or after the event's own part and its deck (`オープニングスライド`, `Opening slides`)
_MEDIA_SECTION = re.compile(r"(?:[^\s]{1,10}の)?(?:" + _SHARING_SITES + r"|ツイート|tweets?|ブログ|blogs?|blogposts?|写真|photos?|動画|ニコ生|ustream)"
                            r"(?:まとめ|など|等|一覧|集)?"
                            r"|(?:オープニング|クロージング|opening|closing|welcome)(?:スライド|資料|slides?|deck)")
# `スタッフ募集してます`, `発表者募集中！`, `We're hiring`: an announcement to the reader, no talk
_RECRUITING = re.compile(r"募集(?:中|して(?:い)?ます|しています|しております)?[!！]*$|^(?:we'?re)?hiring[!！]*$|^(?:we)?arehiring[!！]*$")
# `Session Host: Jane Roe, *Chapter Leader*`, `司会：岬 一郎`: who hosts a part of the day, labelled (no talk of theirs)
_HOST_LABEL = re.compile(r"^\s*(?:\*\*)?(?:session\s+|track\s+)?(?:hosts?|hosted\s+by|emcees?|mcs?|司会|進行)(?:\*\*)?\s*[:：]\s*"
                         r"(?P<who>[^,，、*（(]+)", re.IGNORECASE)


def _names_its_host(heading: str) -> bool:
    """`Session Host: Jane Roe, *Chapter Leader*`: a host's label over people (never a talk's title after the label's
    words, `MC: Monte Carlo Tree Search`, `Hosts: Taming /etc/hosts`, `司会：AIに勉強会の進行を任せてみた`)."""
    m = _HOST_LABEL.match(heading)
    return bool(m) and looks_like_people(m.group("who").strip(), strict=False)


# `When: Tuesday February 21st, 6:30pm`, `Where: the library`, `会場：港ホール`: one of the event's facts, labelled
_FACT_LABEL = re.compile(r"^\s*(?:\*\*)?(?:(?:meeting|event|meetup)\s+)?(?:" + DATE_LABEL_WORDS + "|" + VENUE_LABEL_WORDS + r"|address)"
                         r"(?:\*\*)?\s*[:：]", re.IGNORECASE)


# the day's number: a figure, a word, a Roman numeral (`Day II`)
_DAY_NUMBER = r"(?:\d+|one|two|three|four|five|(?-i:I{1,3}|IV|V)\b)"
# the weekday a day's heading names after it in parentheses: `Day 1 (Thursday)`, `1日目（木）`
_WEEKDAY_IN_PARENS = (r"\s*[(（]\s*(?:" + dates.WEEKDAY_NAME + r"|(?:mon|tue|wed|thu|fri|sat|sun)\.?|[月火水木金土日](?:曜日?)?)"
                      r"\s*[)）]")
# a day by its ordinal: `1st day`, `The second day` (never `The Last Day in Production`: a talk's words)
_ORDINAL_DAY = r"(?:the\s+)?(?:\d(?:st|nd|rd|th)|first|second|third|fourth|fifth)\s+day"
# a day's ordinal in figures: `3rd day – giving a talk` (a word's ordinal before a theme may be a talk's title,
# `The First Day: Onboarding That Sticks`)
_FIGURED_ORDINAL_DAY = r"\d(?:st|nd|rd|th)\s+day"
# the event a day is of, after `at`/`in`: `First Day At Flock` (no subtitle after it: `First Day at Work: Onboarding`)
_DAY_AT = r"\s+(?:at|in)\s+[^:：\-–—\s][^:：\-–—]{0,29}"
_DAY = re.compile(r"^(?:(?:(?:(?:sessions?|talks?|schedule|programme|program)\s*[-–—:：]\s*)?day\s*-?\s*" + _DAY_NUMBER
                  + r"|\d+\s*日目|[一二三]日目)(?:" + _WEEKDAY_IN_PARENS + r")?|"
                  # (`First Day At Flock`: the day, and the event it is of)
                  + _ORDINAL_DAY + r"(?:" + _DAY_AT + r")?|"
                  # (an hour of a day-long programme, and who hosts it: `Hour 02 - Hosted by the Leeds chapter`, `Hour 01 -
                  # Opening Session`; never `Hour 13 - Speedrunning Your Own Game`)
                  r"hour\s*\d{1,2}(?:\s*[-–—:：]\s*(?:(?:hosted|organi[sz]ed|run|led|chaired)\s+by\s+\S.{0,60}"
                  r"|(?:opening|closing|welcome)(?:\s+(?:session|remarks))?))?|"
                  # (a part of the day: `Post-Lunch`, `After lunch`, `End of Day 1 in Flock`, `End of the day`; never `End of
                  # Day in Banking Batch Jobs`)
                  r"(?:post|after|before)[- ]?(?:lunch|dinner|breakfast)|(?:end|start)\s+of\s+(?:(?:day\s*"
                  + _DAY_NUMBER + r"|" + _ORDINAL_DAY + r")(?:" + _DAY_AT + r")?|(?:the\s+)?day)|" + dates.WEEKDAY_NAME + r"|第?\s*\d+\s*日目?|午前|午後|morning|afternoon|"
                  r"(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}.*|\d{1,2}/\d{1,2}\s*[(（].[)）]|"
                  # `Monday, May 30th`, `Sat 17 May`, `5月30日（月）`: a day of the programme
                  r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?:[a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[a-z]+)(?:,?\s+\d{4})?|"
                  r"\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:[(（].[)）])?)$", re.IGNORECASE)


_MONTH_YEAR = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d\d", re.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def generic_label(title: str) -> bool:
    """A page's title that names a part of any event, not this one: `Schedule`, `Overview`, `Accepted Talks`,
    `Day 1`, `February 2017` (a programme page or a monthly post titled so)."""
    text = unicodedata.normalize("NFKC", title).strip()
    return bool(text) and (section_role(text) == "event" or container_kind(text) is not None or group_heading(text)
                           or is_day(text) or bool(_MONTH_YEAR.fullmatch(text)))


# a day of the writer's trip and what they did on it: `Tuesday Arrival`, `Monday, Heading Home`, `Saturday and Sunday
# Sprints` (the weekday's name first, then four words at most)
def _days_doings(marks: str, more: int) -> re.Pattern:
    """The weekday (or two), one of `marks` after it, then one word and up to `more` words."""
    return re.compile(r"^(?:" + dates.WEEKDAY_NAME + r")(?:\s*(?:,|and|&|/|to|[-–—])\s*(?:" + dates.WEEKDAY_NAME + r"))?\s*["
                      + marks + r"]?\s+[^\s:：]+(?:\s+[^\s:：]+){0," + str(more) + r"}$", re.IGNORECASE)


_DAYS_DOINGS = _days_doings(r",.\-–—", 3)
# (in a diary, longer and after a colon: `Saturday / Sunday: Arrive, play soccer, get acquainted`)
_DAYS_LONGER_DOINGS = _days_doings(r",.\-–—:：", 6)


# two doings joined in a day's heading: `Business Summit / Opening party`, `Sessions and the team party`
_JOINED_DOINGS = re.compile(r"\s/\s|\s&\s|\sand\s|,\s", re.IGNORECASE)


def joins_a_days_doings(heading: str) -> bool:
    """A day's heading naming two things the writer did that day (`Monday - Business Summit / Opening party`): no talk's
    title, which names one subject (`Monday: Building Search at Minato Corp`)."""
    m = _DAYS_LONGER_DOINGS.match(heading.strip())
    return bool(m) and bool(_JOINED_DOINGS.search(heading.strip()[len(re.match(r"\S+", heading.strip()).group(0)):]))


def names_a_days_doings(heading: str, longer: bool = False) -> bool:
    """A heading naming a day of the writer's trip and what they did (`Tuesday Arrival`, `Monday, Heading Home`): a
    part of a diary, never a talk when nothing of a talk is said under it. `longer`: in a diary, up to seven words
    after the day (`Saturday / Sunday: Arrive, play soccer, get acquainted`)."""
    return bool((_DAYS_LONGER_DOINGS if longer else _DAYS_DOINGS).match(heading.strip()))


def is_day(heading: str) -> bool:
    """A heading that is one day of the event (`Day 2`, `Monday`, `2日目`, `午後`), which no talk is called."""
    is_track, room = track_room(heading)
    return is_track and room is None


_ROOM_HEADING = re.compile(ROOM + r"(?:\s*[:：].{0,20})?")
_NAMED_ROOM_HEADING = re.compile(r"(?:Track|Room|Hall|トラック|ルーム|会場)\s*\S{1,12}"
                                 # the room's name first: `A track`, `Main Hall`, `Ocean Stage`, `メイツトラック`
                                 r"|(?-i:(?:[A-Z0-9][\w.&-]*\s+){1,2})(?:track|hall|stage|room)"
                                 r"|(?:[^\s、。！？!?「」\u3041-\u309f]{1,20}\s*){1,4}?(?:トラック|ホール|ステージ|ルーム)|Hall|ホール",
                                 re.IGNORECASE)
# the hours a track runs after its name: `General トラック(10:08 - 12:30)`
_TRACK_HOURS = re.compile(r"\s*[(（][^()（）]{0,12}\d{1,2}\s*[:：]\s*\d{2}[^()（）]{0,20}[)）]\s*$")
_COLON = re.compile(r"\s*[:：]\s*")
# a short note in parentheses after a heading or an item: `Track 5 (PHP8 Special)`, `[Title](…)（前編）`
NOTE_AFTER = re.compile(r"\s*[（(][^()（）]{1,20}[)）]\s*$")
# (the words before it name a part of the programme, never a talk: `Go 1.21 (Track 2)` is a talk in a room)
# (`Sessions (~45 minutes)`: how long each is, no room)
# (nor the weekday it is held on: `Workshop (Wednesday)`)
_ROOM_IN_PARENS = re.compile(r"(?i:conference|sessions?|talks?|workshops?|tutorials?|main|general|セッション|講演|発表|本編|"
                             r"カンファレンス|ワークショップ|チュートリアル|一般講演)\s*[(（]\s*(?![~〜約]\s*\d)(?!(?i:"
                             + dates.WEEKDAY_NAME + r")\s*[)）])(?P<room>[^()（）\d][^()（）]{0,19}?)\s*[)）]")


@functools.lru_cache(maxsize=8192)
def track_room(heading: str) -> tuple[bool, str | None]:
    """(is a track or day heading, room name or None)."""
    text = unicodedata.normalize("NFKC", heading).strip()
    if "(" in text:
        text = _TRACK_HOURS.sub("", text) or text
    if _ROOM_HEADING.fullmatch(text) or _NAMED_ROOM_HEADING.fullmatch(text):
        room = _COLON.split(text)[0]
        return True, room
    noted = NOTE_AFTER.sub("", text) if text.endswith((")", "）")) else text
    if noted != text and _NAMED_ROOM_HEADING.fullmatch(noted):  # `Track 5 (PHP8 Special)`: the track, then what it holds
        return True, noted
    parenthesized = _ROOM_IN_PARENS.fullmatch(text)
    if parenthesized:  # `Conference(HALL A)`, `セッション（ルームB）`: a part of the day, held in that room
        return True, parenthesized.group("room")
    if _DAY.match(text) or _dated_day(text) or _THEMED_DAY.match(text):
        return True, None
    return False, None


# `Day One - CSS Day`, `2日目: インフラの日`: the day, then its theme
_THEMED_DAY = re.compile(r"^(?:(?:(?:sessions?|talks?|schedule|programme|program)\s*[-–—:：]\s*)?day\s*-?\s*" + _DAY_NUMBER
                         + r"|\d+\s*日目|[一二三]日目|" + _FIGURED_ORDINAL_DAY + r")\s*[:：\-–—]\s*"
                         r"(?!.*(?:\bby\b|\bon\b|さん|氏|\s[-–—]\s))\S.{0,40}$", re.IGNORECASE)  # (never `Day 3: Jane Doe on Rust`)


_DAY_WITH_DATE = re.compile(r"^(?:day\s*-?\s*" + _DAY_NUMBER + r"|\d+\s*日目|[一二三]日目)\s*(?:[:：\-–—]\s*|[(（]\s*)(?P<when>.{3,24}?)\s*[)）]?$",
                            re.IGNORECASE)
_SHORT_DAY = re.compile(r"(?<![\d/])(?P<m>\d{1,2})\s*(?:/|月)\s*(?P<d>\d{1,2})(?![\d/])|"
                        r"\b(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?P<d2>\d{1,2})\b", re.IGNORECASE)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


_EDIT_HISTORY = {key(w) for w in ("更新履歴", "変更履歴", "改訂履歴", "修正履歴", "編集履歴", "changelog", "change log",
                                   "revision history", "edit history", "update history", "history of changes")}


def edit_history(heading: str) -> bool:
    """A heading over the post's own record of edits (`## 更新履歴`, `## Changelog`): the days under it
    are when the post changed, never the event's."""
    return key(heading) in _EDIT_HISTORY


def day_heading_date(text: str, reference=None):
    """The day a dated day heading gives (`Day 1 (5/18)`, `1日目：5月18日（土）`, `Day 2 - May 19`), or None.

    A day without its year takes the year of `reference`; without a reference it is only recognised (True)."""
    m = _DAY_WITH_DATE.match(unicodedata.normalize("NFKC", text).strip())
    if not m:
        return None
    when = m.group("when")
    full = dates.find_date_safe(when)
    if full:
        return full
    short = _SHORT_DAY.search(when)
    if not short:
        return None
    if reference is None:
        return True
    month = int(short.group("m")) if short.group("m") else _MONTHS.index(short.group("mon").lower()[:3]) + 1
    return dates.place_month_day(month, int(short.group("d") or short.group("d2")), reference)


def _dated_day(text: str) -> bool:
    return day_heading_date(text) is not None


# (who gives them may come first: `学生LT`, `Sponsor lightning talks`)
_LIGHTNING_LIST = re.compile(r"(?:学生|社会人|一般|飛び入り|飛び込み|ゲスト|招待|スポンサー|student|sponsor|guest|community|open)?"
                             r"(?:lt|lts|ライトニングトーク|lighte?ningtalks?|lighte?ning(?:talk)?rounds?|ignites?|ignitetalks?)(?:大会|枠|会|タイム|コーナー|大会の部|session|sessions)?"
                             # (`Lightning Talks Session 2`, `… Session 学生枠`: the block's number or who it is for)
                             r"(?:\d{1,2}|(?:学生|一般|スポンサー|招待)?枠)?(?:\d+分)?"
                             # (`ライトニングトーク前半戦`, `LT 第2部`, `Lightning talks, second half`: a block of them)
                             r"(?:前半戦?|後半戦?|第[一二三1-3]部|(?:first|second)half|part\d)?"
                             r"(?:の?一覧|の?リスト|list)?")  # (`ライトニングトークの一覧`: the list of them)
# a block's length or a remark after its name: `(各10分)`, `(5 min each)`, `※若干の余りあり`
_BLOCK_ASIDE = re.compile(r"(?:\s*(?:[(（][^()（）]{1,20}[)）]|※.*))+\s*$")
_KEYNOTE_LIST = re.compile(r"(?:keynotes?|keynotesessions|基調講演|キーノート)")
_PANEL_LIST = re.compile(r"(?:panels?|paneldiscussions?|panelsessions?|パネルディスカッション|パネルセッション)")
# the kinds a heading may give the talks under it (`## Keynote` over `### Title`), and every heading that holds talks
KIND_CONTAINERS = ("lightning", "keynote", "panel")
TALK_CONTAINERS = ("talks",) + KIND_CONTAINERS
# the part of the day or event a schedule covers, after its word (matched on the heading's key)
_DAY_WORDS = r"day\d+|\d日目|[一二三]日目"  # (on a heading's key: `Day 2`, `2日目`)
_PART_SUFFIX = re.compile(r"(?<=.)(?:(?:昼|夜|朝|午前|午後|前半|後半|第[一二三四五1-5])の部|午前|午後|morning|afternoon|evening|"
                          + _DAY_WORDS + ")$")
_DAY_PREFIX = re.compile(r"^(?:" + _DAY_WORDS + ")(?=.)")


def opens_with_day(heading: str) -> bool:
    """`Day 1: 移動`, `2日目 観光`: a heading that opens with the day it is about."""
    return bool(re.match(r"^(?:" + _DAY_WORDS + ")", key(heading)))
_TALK_LIST = {key(w) for w in (
    "talks", "sessions", "presentations", "発表", "発表一覧", "発表内容", "登壇", "登壇内容", "セッション", "セッション一覧", "セッション内容",
    "講演", "講演一覧", "トーク", "発表者と内容",
    "list of talks", "list of presentations", "list of sessions", "talk list", "talks list", "session list",
    "talks and speakers", "speakers and talks",
    # (a newsletter's or a page's line-up of the night: `THE LINE-UP`, `Speaker line-up`, `ラインナップ`)
    "line-up", "lineup", "line up", "speaker line-up", "speaker lineup", "talk line-up", "ラインナップ", "登壇者ラインナップ",
    # the writer's own talks, one heading each below: `# My talks` / `## Ring as a platform`
    "my talks", "my sessions", "our talks", "自分の発表", "私の発表", "僕の発表", "自分のセッション")}
# the talks the writer heard, one line or heading each: `聞いた発表`, `聴講したセッション`, `Talks I attended`,
# `Sessions I watched`, `Talks I saw`
# (`僕が聞いたセッションとその感想`: the writer may say who heard them, and what their notes on them are)
_HEARD_LIST = re.compile(r"(?:(?:僕|私|自分|ぼく|わたし|俺)(?:が|の)?|今回)?"
                         r"(?:(?:聞い|聴い|見|観|参加し|聴講し|受講し)た|参加|聴講|受講|印象に残った|気になった|おすすめの?|面白かった|興味深かった|良かった|よかった)"
                         r"(?:発表|セッション|講演|トーク|lt|話)(?:一覧|たち|など|まとめ)?"
                         r"(?:(?:と|の)(?:その)?(?:感想|メモ|所感|まとめ|レポート))?"
                         # the writer introducing the talks: `登壇を一部ご紹介`, `発表の紹介`, `セッション紹介`, `LTの内容の紹介`
                         r"|(?:登壇|発表|セッション|講演|トーク|lt)(?:を|の)?(?:内容の?)?(?:一部|いくつか)?(?:ご)?紹介"
                         r"|(?:(?:the)?(?:talks|sessions|presentations)(?:(?:i|we)(?:attended|saw|watched|heard|wentto|enjoyed|liked|caught)"
                         r"|attended|seen|heard))"  # (`Talks Attended`)
                         # `I went to talks and workshops!`, `We saw some great talks`
                         r"|(?:i|we)(?:wentto|attended|saw|watched|heard|enjoyed)(?:the|some|many|great|a?few|lotsof|alotof)*"
                         r"(?:talks|sessions|presentations)(?:andworkshops|andtutorials)?"
                         # the talks beside the writer's own: `他の発表`, `ほかの登壇者の発表`, `Other talks`
                         r"|(?:他|ほか|その他|そのほか)の(?:方|人|登壇者|発表者|皆さん|みなさん)?の?(?:発表|セッション|講演|トーク|lt)"
                         r"|(?:the)?other(?:talks|sessions|presentations)")
# a programme's kind of slot, holding the talks given in it: `10分枠`, `飛び込み枠`, `一般発表枠`
_SLOT_LIST = re.compile(r"(?:\d+分|飛び込み|飛び入り|当日|一般|公募|招待|スポンサー)(?:発表|講演|lt)?枠"
                        # `メインセッション`, `一般セッション`, `本編の発表`: the evening's main part of talks
                        r"|(?:メイン|一般|通常|本編の?)(?:セッション|発表|講演|トーク)"
                        # an English programme's numbered slot: `First talk`, `2nd talk`, `Talk 1` (key() drops the digits)
                        r"|(?:first|second|third|fourth|fifth|sixth|\d?(?:st|nd|rd|th)|main|opening|closing|short|mini|long|feature|featured|other|more)"
                        r"(?:talk|presentation)s?|(?:main|featured?)sessions?")
_SCHEDULE = {key(w) for w in (
    "タイムテーブル", "timetable", "schedule", "agenda", "アジェンダ", "プログラム", "program", "programme", "スケジュール",
    "当日の流れ", "当日のスケジュール", "当日のタイムテーブル", "タイムスケジュール", "run of show", "run-of-show", "進行表")}


_ARTICLE = re.compile(r"^\s*(?:the|our)\s+(?=\S)", re.IGNORECASE)


# a slot, kind or room, then the quoted title (`1コマ目 基調講演 「Title」`, `11コマ目「LT大会」`); the title may quote a
# name of its own (`12コマ目「監視サービス「Mackerel」のライブデモ」`)
SLOT_THEN_QUOTED = re.compile(r"^(?P<pre>[^「」『』]{1,24}?)\s*[「『](?P<t>(?:[^「」『』]|「[^「」『』]+」|『[^「」『』]+』){2,})[」』]\s*$")


def heard_list(heading: str) -> bool:
    """A heading over the talks the writer heard (`聞いたセッション`, `僕が聞いたセッションとその感想`, `Talks I attended`)."""
    return bool(_HEARD_LIST.fullmatch(key(_ARTICLE.sub("", heading))))


@functools.lru_cache(maxsize=8192)
def container_kind(heading: str) -> str | None:
    """What a heading that holds several talks announces.

    'lightning' (`LT大会`, `Lightning Talks`), 'keynote' (`Keynotes`, `Day 1 Keynotes`), 'panel' (`Panel`,
    `パネルディスカッション`), 'talks' (`Talks`, `発表一覧`), or
    'schedule' (`タイムテーブル`, `Agenda`): a schedule lists the event's talks and
    is only read as talks when the note has no talk headings of its own.
    """
    said = bilingual(heading)
    if said:  # `プログラム / Technical Program`: either way it is said
        return container_kind(said[0]) or container_kind(said[1])
    quoted = SLOT_THEN_QUOTED.match(heading) if "「" in heading or "『" in heading else None
    if quoted and len(quoted.group("t")) <= 40 and not re.search(r"(?:さん|氏|様)$", quoted.group("pre")):
        return container_kind(quoted.group("t"))  # `11コマ目「LT大会」`: the slot's name, in its quotes
    # `Day 1 Keynotes`, `2日目 LT`: the day is the room's business; `The talks`: the article says nothing
    k = _DAY_PREFIX.sub("", key(_ARTICLE.sub("", heading)))
    if k and not _LIGHTNING_LIST.fullmatch(k) and (heading.endswith((")", "）")) or "※" in heading):
        k = _DAY_PREFIX.sub("", key(_BLOCK_ASIDE.sub("", _ARTICLE.sub("", heading))))
    if not k:
        return None
    if _LIGHTNING_LIST.fullmatch(k):
        return "lightning"
    if _KEYNOTE_LIST.fullmatch(k):
        return "keynote"
    if _PANEL_LIST.fullmatch(k):
        return "panel"
    if k in _TALK_LIST or _SLOT_LIST.fullmatch(k) or _HEARD_LIST.fullmatch(k):
        return "talks"
    if k in _SCHEDULE or _PART_SUFFIX.sub("", k) in _SCHEDULE:
        return "schedule"  # (`タイムテーブル 昼の部`, `Agenda - Morning`, `Schedule Day 2`: one part's schedule)
    return _after_the_events_name(heading)


def _after_the_events_name(heading: str) -> str | None:
    """`EmberConf MiniTalks`, `RubyKaigi 2023 Lightning Talks`: the event's name, then a heading that holds talks."""
    from .titles import EVENT_NUMBER  # (titles reads this module's vocabularies: imported when first asked)
    words = heading.split()
    for cut in range(1, min(3, len(words) - 1) + 1):
        named = " ".join(words[:cut])
        # (a name, never a phrase: one word joining the event's word, `EmberConf`, `RubyKaigi`, `DevFest`, or a name
        # with its number or year, `Harbor JS 2031`; never `Tips for Meetup Talks` or `Our Summit Keynotes`)
        if (_EVENT_NAME_WORD.fullmatch(named) or EVENT_NUMBER.search(named) and all(w[:1].isupper() or w[:1].isdigit()
                                                                                     or w[:1] == "#" for w in words[:cut])) \
                and (kind := container_kind(" ".join(words[cut:]))):
            return kind
    return None


_EVENT_NAME_WORD = re.compile(r"[A-Z][A-Za-z0-9.]*?(?:Conf|Kaigi|Con|Camp|Fest|Days?|JS)[A-Za-z0-9]*")


# a heading that only groups the talks under it: `メイン発表`, `一般セッション`, `招待講演`, `Main talks`
_GROUP = re.compile(r"(?:メイン|一般|招待|通常|本編の?|ゲスト|スポンサー|公募|レギュラー|main|invited|regular|sponsor(?:ed)?|guest|"
                    r"featured|accepted)(?:発表|セッション|講演|トーク|枠|talks?|sessions?|presentations?)(?:一覧)?")


def group_heading(heading: str) -> bool:
    """A heading that names a group of talks rather than one talk (used only when talks sit under it)."""
    return bool(_GROUP.fullmatch(key(heading)))


# a slot whose talk is not known yet: `TBA`, `未定` (several such slots are several talks, unlike a repeated label)
