"""Two readings that weigh the talks the headings gave against what the note says of itself.

- **The writer's own talk.** A post whose title or opening says its writer spoke
  (`LTしてきました`, `登壇しました`, `発表してきた`, `I gave a talk`, `my talk at`) is about
  that one talk when its headings name no speaker: the headings are the writer's own
  sections (スライド, コード, 三行まとめ). The talk's title comes from the prose
  (`「…」というタイトルで`, `titled "…"`), else from the post's title (`TitleをEventで発表しました`,
  `Event #3 Title`, `Title - Event`), else from the slides' link text or the deck's address; its speaker is the
  front matter's author, or else the account its deck or blog lives under (low confidence). The talks a list
  says the writer heard stay beside it.
- **Talk evidence.** A heading that names the event (`Vue Fes Japan とは`), asks the reader
  a question (`なんで来たん？`) or shows how things went (`交流会の様子`) is the writer's
  section, not a talk, unless it has a speaker, slides, a video, a room or a kind of its own;
  so is any heading without such evidence in a note where three in four talks have it.
"""
from __future__ import annotations

import html
import re
from dataclasses import replace

from ..core.model import Clue, Speaker, Talk
from . import dates, heading_judge, kinds, links, names, people, prose, reconcile, timetable, titles
from . import talks as talks_mod
from .fields import TIME_OF_DAY, strip_markdown
from .people import MD_LINK
from . import sections
from .sections import facts_only
from .sections import key as _key

# a post labelled as the writer's deck: `[発表資料] Title`, `【登壇資料】Title`
MATERIALS_LABEL = r"[\[【［]\s*(?:発表|登壇|LT|ＬＴ)?(?:資料|スライド)\s*[\]】］]\s*"
# `I had a lot of fun talking about Elixir on Phoenix at the Harbor JUG`: the writer spoke, and what about
_FUN_TALKING_ABOUT = re.compile(r"\bI\s+(?:had|have\s+had)\s+(?:a\s+(?:lot\s+of\s+|great\s+)?|so\s+much\s+|great\s+)?fun\s+"
                                r"(?:talking|speaking|presenting)\s+(?:about|on)\s+(?P<w>(?!it\b|this\b|that\b|them\b)[^.!?\n]{2,80}?)"
                                r"\s+at\s+(?:the\s+|our\s+)?[A-Z<\[]", re.IGNORECASE)
# `Foo 勉強会で KEDA の話をしてきました`: a topic's talk, told (what `says_writer_spoke` weighs against a chat told)
_TOLD_A_TOPIC = re.compile(r"で\s*\S.{0,40}?の\s*お?話\s*を?\s*(?:して|し)(?:きました|きた)")
_SPOKE = re.compile(
    r"(?:LT|ＬＴ|発表|登壇|講演|トーク)(?:を|も)?(?:して(?:き(?:ました|た)|みました|みた)|しました|した(?:ので|話|内容|ぞ|よ|\s*[!！]*\s*$)|デビュー)"
    # a post titled `"Foo Conf" に登壇`: the writer spoke there
    r"|(?:に|で)\s*(?:登壇|LT|ＬＴ|発表|講演)\s*$|で\s*\S.{0,40}?について\s*(?:登壇|発表|講演)\s*$"
    r"|で(?:LT|ＬＴ|発表|登壇|話)(?:して|しました|させて)"
    # `Foo 勉強会で KEDA の話をしてきました`, `「Title」というタイトルで 20 分ほどお話ししてきました`: a topic's talk, told
    # (never a chat, `懇親会で色々な人と話をしてきました`: no topic's `の` before the talk)
    r"|" + _TOLD_A_TOPIC.pattern +
    r"|というタイトルで[^。\n]{0,20}?(?:お話し|話)\s*(?:して|し)?(?:きました|きた|ました)"
    r"|\bI\s+(?:gave|presented|delivered)\s+(?:a|my)\s+(?:lightning\s+)?(?:talk|presentation|session)"
    r"|\bmy\s+(?:lightning\s+)?talk\s+(?:at|for|on)\b|\bI\s+spoke\s+at\b|^\s*Speaking\s+at\b"
    r"|\bI\s+had\s+the\s+(?:pleasure|honou?r|privilege|chance|opportunity)\s+(?:of|to)\s+(?:speak|present)(?:ing)?\s+at\b"
    # `… where I was one of the keynote speakers`, `I was a speaker at` (never `I was one of the organisers`)
    # (the word `speaker` itself, never `the speaker's buddy` or `the guest speaker wrangler`; nor a time before,
    # `I was a speaker at NDC back in 2018`)
    r"|\bI\s+was\s+(?:one\s+of\s+the|a|an|the)\s+(?:(?:invited|keynote|featured|lightning(?:\s+talk)?|guest|closing|"
    r"opening)\s+)?speakers?(?=\s+(?:at|for|on|in|this|here)\b|\s*[.,;!)]|\s*$)"
    r"(?![^.\n]*\b(?:back\s+in|ago|last\s+year|previous(?:ly)?|used\s+to|(?:19|20)\d\d)\b)"
    # the writer's proposal was accepted: `というタイトルでLTのプロポーザルを出して、無事採択されました`
    r"|(?:プロポーザル|CfP|ＣｆＰ)(?:を出し|を提出し|が(?:無事)?採択|が通り|が通っ)"
    # the post says it is the writer's deck: `[発表資料] Title`, `… LT大会 3kgの発表資料と補足をまとめた`
    r"|^\s*" + MATERIALS_LABEL + r"|(?:の|での)(?:発表|登壇|LT|ＬＴ)資料(?:と|を|です|。|、)"
    # asked to, arranged to, about to: `登壇させていただきました`, `LTします`, `出演します`, `基調講演をするという立場`
    # (never someone else's, said with its subject: `山田さんがLTします`, `3名が発表します`)
    r"|(?:LT|ＬＴ|発表|登壇|講演|報告)させて(?:いただ|頂|もら)"
    r"|" + "".join(f"(?<!{w}{p})" for w in ("さん", "氏", "名", "人", "方", "者") for p in "がはも")
    + r"(?:LT|ＬＴ|発表|登壇|講演)(?:します|する予定|予定です|することに)"
    r"|出演(?:します|しました|してきました)|(?:基調講演|キーノート|LT|ＬＴ|発表|講演)をする(?:という)?(?:立場|役|機会)"
    r"|という(?:内容|タイトル|題)(?:を|で|の(?:発表|LT|ＬＴ|講演)を)\s*(?:発表|登壇|LT|ＬＴ|講演|話)?\s*(?:し|させ)"
    # `I gave a "Title" talk`, `I gave a short talk` (never `I gave a quick summary of each talk`)
    r"|\bI\s+(?:gave|presented|delivered)\s+(?:a|an|my|the)\s+(?:[“\"][^”\"\n]{3,120}[”\"]\s+|(?:(?!of\b|each\b|every\b|about\b)[\w'-]+\s+){0,3})"
    r"(?:lightning\s+)?(?:talk|presentation|keynote|session)\b"
    r"|\b(?:talk|presentation|keynote)\s+(?:that\s+)?I\s+(?:gave|presented|delivered)\b"
    r"|\b(?:opportunity|chance|privilege|pleasure|hono(?:u)?r)\s+(?:to|of)\s+(?:give|giving|present|presenting|deliver|delivering)\s"
    r"|\bmy\s+(?:next|upcoming|recent|latest|first)\s+(?:lightning\s+)?(?:talk|presentation)\b"
    r"|\bI(?:'m|\s+am|\s+will\s+be|'ll\s+be|\s+was)\s+(?:speaking|presenting)\s+(?:at|about|on)\b"
    # `This year I presented an introduction to containers`, `I had a lot of fun talking about Elixir at the JUG`
    r"|\bI\s+presented\s+(?:an?|my)\s+(?:[\w'-]+\s+){0,2}?(?:introduction|overview|talk|session|workshop|demo|tutorial|"
    r"keynote|paper|poster|case\s+study|deep\s+dive|primer)\b"
    # (where: `… at the Harbor JUG`, never `… with friends over dinner`)
    r"|" + _FUN_TALKING_ABOUT.pattern, re.IGNORECASE)
# a post titled as the talk it holds: `Lightning Talk: Title`, `Talk Slides and Recording: "Title"` (its title only:
# an event page's line `Talk: Title by Jane` is another's)
_TALK_POST = r"^\s*(?:(?:lightning\s+)?talk|keynote|slides)(?:\s+slides)?(?:\s+(?:and|&)\s+(?:video|recording))?\s*:"
_TITLED_AS_TALK = re.compile(_TALK_POST, re.IGNORECASE)
_LIGHTNING = re.compile(r"(?<![A-Za-z])(?:LTs?|ＬＴ)(?![A-Za-z])|ライトニングトーク|(?i:lightning)")  # (never `built-in`)
_TITLED = re.compile(
    r"[「『“”\"`](?P<t>[^「」『』“”\"`\n]{3,200})[」』”\"`]\s*(?:[とっ]?(?:て|と)?いう(?:タイトル|題|テーマ|題目|話)|"
    # (`"Title" という長ったらしいタイトルで`: words about the title between)
    r"[とっ]?(?:て|と)?いう[^。！!\n「」『』“”\"]{1,40}?(?:タイトル|題目)で|で(?:LT|ＬＴ|発表|登壇|話)|の(?:LT|ＬＴ|発表)をし"
    r"|(?:登壇|発表|LT|ＬＴ)(?:振り返り|資料|内容|報告))"
    r"|(?:titled|called|entitled)\s+\[?[“\"'](?P<u>[^”\"'\n]{3,120})[”\"']"
    # `I gave a "Title" talk`, `Talk Slides and Recording: "Title"`
    r"|\b(?:gave|give|giving|presented|delivered)\s+(?:a|an|my|the)\s+[“\"](?P<g>[^”\"\n]{3,120})[”\"]\s+(?:lightning\s+)?"
    r"(?:talk|presentation|keynote)|" + _TALK_POST + r"\s*[“\"]?(?P<p>[^”\"\n]{3,120}?)[”\"]?\s*$"
    # a post titled `TitleをEventで発表しました`: what comes before を is the talk
    # (the event's name between を and で has no kana but の: `Quartoを活用してTokyo.Rで` is no such title)
    r"|^(?P<o>[^「」『』\n。]{4,60}?)を(?:[^\u3040-\u309f\n。]|の){2,40}?で(?:LT|ＬＴ|発表|登壇|講演)(?:しました|してきました|した)"
    # the talk's word right before its quoted title: `で行われた講演『Title』の…`
    r"|(?:講演|発表|登壇|セッション)\s*[「『](?P<k>[^「」『』]{3,120})[」』]"
    # `I spoke about [Title](https://conf.example/talks/title)`: the talk's own page, linked by its title
    r"|\bI\s+(?:spoke|talked|presented)\s+(?:about|on)\s+\[(?P<l>[^\[\]]{3,120})\]\((?P<lu>https?://[^)\s]+)\)"
    r"|\bI\s+(?:spoke|talked|presented)\s+(?:about|on)\s+[“\"](?P<s>[^”\"\n]{3,120})[”\"]"
    # `the slides for my talk, *Title*, are online`: the writer's talk, its title set off in emphasis or quotes
    # (set off by a comma, two words or more: never `my talk *was* the best`)
    r"|\bmy\s+(?:lightning\s+)?(?:talk|presentation|keynote)\s*,\s+(?:\*(?P<e>[^*\s][^*\n]{1,118}\s[^*\n]*[^*\s])\*"
    r"|_(?P<f>[^_\s][^_\n]{1,118}\s[^_\n]*[^_\s])_|[“\"](?P<q>[^”\"\s][^”\"\n]{1,118}\s[^”\"\n]*)[”\"])"
    # a heading of the post labelling the writer's talk, its title quoted: `## The talk: "Background jobs that …"`
    r"|(?m:^)#{1,6}\s+(?:(?:the|my)\s+)?(?:lightning\s+)?(?:talk|presentation|keynote)\s*[:：]\s*[“\"](?P<h>[^”\"\n]{3,120})[”\"]\s*(?m:$)",
    re.IGNORECASE)


# a sentence that is the talk's title, then `をしました`: `業務改善のためにプラグインを作った話をしました。` (never what the
# writer talked about with people: `懇親会ではいろいろな人と技術の話をしました`)
# (or `…Web UI「Remote-BMI」の紹介をしました` after a clause saying in what capacity: `…という肩書で、`; the sentence's
# start is never a quote, which names the capacity or the event)
_TOLD = re.compile(r"(?:^|(?<=[。！!\n、]))\s*(?P<w>(?![「『])[^。！!?？\n]{6,80}?(?:話|こと|方法|の紹介))を(?:しました|してきました|"
                   r"させていただきました|させて頂きました)")
# (an event's slot or a meeting's word before `で、`; never a version, `Go 1.22で、`, nor what the talk was, `初めての発表で、`)
_TOLD_WHERE = re.compile(r"^.{0,60}?(?:LT|ＬＴ|イベント|カンファレンス|勉強会|ミートアップ|[Mm]eetup|Conference|Kaigi|会議)(?:で|にて)[、,]\s*")
_TALKED_WITH = re.compile(r"(?:人|方|皆さん|みなさん|みんな|同僚|友人)(?:たち)?と|では|懇親会|雑談"
                          r"|(?:この|その|あの|こんな|そんな|あんな)(?:話|こと|方法)$")


def _titled(text: str) -> str | None:
    """The talk's title the prose gives (`「…」というタイトルで`, `titled "…"`, `I spoke about [Title](talk page)`);
    a link names the talk only when it is the talk's own page, deck or recording (not `[Rust](https://rust-lang.org)`)."""
    if "<" in text:  # `『**<font color="#f00">Title</font>**』`: the tags' quotes are no title's
        text = re.sub(r"<[^>\n]+>", "", text)
    for m in _TITLED.finditer(text):
        if m.group("l") and not (links.is_talk_page(m.group("lu")) or links.shows_a_talk(m.group("lu"))):
            continue
        found = next(g for g in (m.group(n) for n in ("t", "u", "g", "p", "o", "l", "k", "s", "e", "f", "q", "h")) if g).strip()
        return strip_markdown(found).strip() if "*" in found else found  # (`『**Title**』`: without the emphasis)
    return None
# an event's numbering at the end of its name's key (`vuefesjapan2018`, `rubykaigi#3`→`rubykaigi3`, `第5回`)
_EVENT_NUMBERING = re.compile(r"(?:vol|no|第|#)?\d+回?$|^第\d+回")
# a sentence of the writer's ending in a colon: what follows is what it introduces
_INTRODUCES = re.compile(r"(?:[.!?。]\s+\S|\b(?:(?i:we|these|here|the\s+following)|I(?=\s))\b)[^:：]{0,200}[:：]\s*$"
                         r"|(?:以下|次の|こちら)の?.{0,12}[:：]\s*$")
_CAPITALIZED_NAMES = re.compile(r"[A-Z][\w'’.-]+(?:\s+(?:and|&|[A-Z][\w'’.-]+))*")
_QUESTION = re.compile(r"[?？]\s*$")
_SCENE = re.compile(r"(?:の様子|の雰囲気|の写真)$")
# Japanese talk titles name their subject with a technical word (Latin letters, katakana) or quote it:
# of 543 labelled Japanese talk titles, 29 are kanji and kana alone, and only 4 of those lack a speaker.
# A heading in plain words (`きっかけ`, `下準備`, `なぜ参加したのか`) with nothing of a talk about it is
# the writer's own section.
_PLAIN_JAPANESE = re.compile(r"[\u3040-\u309f\u4e00-\u9fff々〆\s、。，・！？!?…〜～]+")
# the English writer's sections: about the event, their verdict on it, what comes next
_WRITERS_EN = re.compile(
    r"(?:about\s+(?:the\s+|this\s+|my\s+|our\s+)?(?:conference|event|meetup|meeting|speakers?|talk|venue|me|us|author)|"
    r"next\s+(?:meetup|meeting|event|time|year|steps?)|(?:upcoming|future)\s+(?:meetups?|meetings?|events?|conferences?|talks)|"
    r"(?:new\s+)?(?:location|venue)|"
    r"final\s+(?:words|thoughts|remarks)|in\s+summary|summary(?:\s+time|\s+(?:for|of)\s+[\"“「].+)?|overall(?:\s+(?:thoughts|impressions))?|"
    r"reflections?(?:,?\s+thoughts)?|see\s+you\b.*|group\s+photos?|survey|booths?|swag|expo|missed|"
    r"(?:talks|sessions)\s+I\s+missed|social(?:\s+events?)?|twitter(?:\s+hashtags?)?|hashtags?|"
    r"closing(?:\s+(?:up|thoughts|remarks|words))?|wrap(?:ping)?[\s-]?up|conclusions?|"
    r"the\s+(?:[a-z]+\s+)?(?:good|bad|ugly|venue|talks|conference|event|meetup|people|food|place|location|organi[sz]ers|speakers|presenters))"
    r"\W*", re.IGNORECASE)
# the writer telling what they did, a sentence in the first person: `I gave a talk!`, `We met new people`, `I'm back`
# (a past-tense verb: `We need to talk about Kubernetes` and `I am a legacy system` are talks' titles)
_FIRST_PERSON = re.compile(r"(?:I|We)\s+(?:also\s+|finally\s+)?(?:[a-z]+[^e\W]ed|gave|went|got|met|had|saw|spoke|made|came|took|found|"
                           r"learnt|did|was|were|ate|won|left|heard|wrote|ran|bought|brought)\b.*")
# the writer telling of a chat, not a talk: `懇親会で登壇者の方とエラー処理の話をしてきました`, `一般参加しました`, `聞く側`
# (a sentence telling of a talk had whose words say it was with people, _TALKED_WITH; or the writer only listened)
_TALK_HAD = re.compile(r"[^。\n]{0,40}お?話\s*を?\s*(?:して|し)(?:きました|きた|ました)")
_ONLY_LISTENED = re.compile(r"一般参加|聞く側|聴講者として")


def says_writer_spoke(title: str, intro: str) -> bool:
    opening = "\n".join([line for line in intro.split("\n") if line.strip()][:12])  # (its first lines with words)
    said = _SPOKE.search(title) or _TITLED_AS_TALK.match(title) or _SPOKE.search(opening)
    # (`…で X の話をしてきました` alone says so only where the writer tells of no chat instead)
    if said and _TOLD_A_TOPIC.fullmatch(said.group(0)) and (_ONLY_LISTENED.search(intro) or any(
            _TALKED_WITH.search(m.group(0)) for m in _TALK_HAD.finditer(intro))):
        return False
    return bool(said)


# what a link to a deck says instead of its title: `[Google Doc](…)`, `[スライド](…)`, `[here](…)`
# (a verb before them too: `I [gave a talk](deck)` links the deck by what the writer did)
_LINK_WORDS = re.compile(r"(?:(?:on|at|via|in|from|gave|give|giving)\s+)?(?:(?:a|the|my|our)\s+)?(?:google\s*(?:docs?|slides)|slides?|"
                         r"(?:slide\s*)?deck|pdf|here|link|speaker\s*deck|slideshare|docswell|talk|presentation|"
                         r"スライド|資料|発表資料|こちら|ここ|リンク)", re.IGNORECASE)


_DECK_SLUG = re.compile(r"^https?://(?:www\.)?speakerdeck\.com/[^/]+/(?P<slug>[a-z0-9]+(?:-[a-z0-9]+){2,})/?$", re.IGNORECASE)


def _deck_slug(url: str) -> str | None:
    """`https://speakerdeck.com/jane/140-proposals-in-30-minutes` -> `140 proposals in 30 minutes`."""
    m = _DECK_SLUG.match(url)
    return m.group("slug").replace("-", " ") if m else None


_IFRAME_TAG = re.compile(r"<iframe\b[^>]*>", re.IGNORECASE)
_ATTR_SRC = re.compile(r"\bsrc=[\"']([^\"']+)[\"']", re.IGNORECASE)
_ATTR_TITLE = re.compile(r"\btitle=[\"']([^\"']+)[\"']", re.IGNORECASE)


def own_talk(title: str, event_title: str, intro: str, body: str, note_body: str, author: str | None,
             source: str | None = None, own_pages: tuple[str, ...] = ()) -> Talk | None:
    """The one talk of a post about its writer's own talk; None when its title cannot be told.
    `body`: the text of the sections read as talks; `note_body`: the whole note (where the slides are);
    `source`: the note as written (an embedded deck's `title` attribute names the talk); `own_pages`: the
    post's own addresses (its blog's host names the writer when no author is given)."""
    talk_title = None
    for text in (title, intro, body) + ((note_body,) if note_body != body else ()):
        talk_title = _titled(text)
        if talk_title and event_title and _key(talk_title) == _key(event_title):
            talk_title = None  # `「Foo Conf 2019」でLTしてきました`: the quotes name the event, not the talk
        if talk_title:
            break
    decks = [u for u in links.urls_in(note_body) if links.is_slides(u)]
    # (the deck's own page over its player's address: `speakerdeck.com/jane/title` names the deck and its owner)
    player = next((u for u in decks if "/player/" in u or "embed" in u), None)
    slides = next((u for u in decks if u != player and "/player/" not in u and "embed" not in u
                   and (player is None or links.host_of(u) == links.host_of(player))), decks[0] if decks else None)
    if talk_title is None:
        talk_title = _title_after_event(title, event_title)
    if talk_title is None:
        for m in MD_LINK.finditer(body):
            url, text = m.group("url"), strip_markdown(m.group("text")).strip()
            if len(text) >= 3 and url.startswith("http") and links.is_slides(url) and not links.is_profile_url(url) \
                    and not _LINK_WORDS.fullmatch(text) and not links.URL.match(text):  # (`[http://…pdf](…)`)
                talk_title = text
                break
    if talk_title is None:  # `<iframe src="https://speakerdeck.com/player/…" title="Title">`: the deck's own title
        for tag in _IFRAME_TAG.findall(source or ""):
            src, named = _ATTR_SRC.search(tag), _ATTR_TITLE.search(tag)
            if src and named and links.is_slides(links.clean_url(src.group(1))) and len(named.group(1).strip()) >= 3:
                talk_title = html.unescape(named.group(1)).strip()
                break
    if talk_title is None:  # no quoted title, deck or embed names it: a sentence that is its title (`…話をしました`)
        # (where it was told goes: `conferenceWithDevelopersのLTで、Titleの話をしてきました`)
        talk_title = next((_TOLD_WHERE.sub("", m.group("w")).strip() for text in (intro, body) for m in _TOLD.finditer(text)
                           if not _TALKED_WITH.search(m.group("w"))), None)
    if talk_title is None:  # `I had a lot of fun talking about Elixir on Phoenix at the Harbor JUG`: what the writer talked about
        talk_title = next((m.group("w").strip() for text in (intro, body) for m in _FUN_TALKING_ABOUT.finditer(text)), None)
    if talk_title is None:
        # `[発表資料]Title #tag`: the label and the hashtags say what the post is, not what the talk was called
        rest = titles.without_trailing_hashtags(re.sub(r"^\s*" + MATERIALS_LABEL, "", title)).strip(" 　:：-–—|｜/")
        # (`Talk: Harbor RubyConf 2015`: the label says the post is a talk, the rest names only the event)
        named_event = bool(event_title and _TITLED_AS_TALK.match(rest)
                           and _key(_TITLED_AS_TALK.sub("", rest)) == _key(event_title))
        if rest and not named_event and not _SPOKE.search(rest) and len(_key(rest)) >= 4 and not (
                event_title and _key(title).startswith(_key(event_title)) and title != event_title):
            talk_title = rest
    guessed = False
    if not talk_title and slides and (slug := _deck_slug(slides)):
        talk_title, guessed = slug, True  # the deck's address is all that names it: a guess, said so
    if not talk_title:
        return None
    if event_title and _key(talk_title).startswith(_key(event_title)) and _key(talk_title) != _key(event_title):
        cut = talk_title[len(event_title):].strip(" 　:：-–—|｜/") if talk_title.startswith(event_title) else ""
        talk_title = cut or talk_title
    account = None if author else writers_account(([slides] if slides else []) + list(own_pages))
    # (the account alone names the writer by their handle: shown as `@tsubasa_hmk`)
    speakers = tuple(people.parse_people(author)) if author else (Speaker(name=account, handle=account),) if account else ()
    introduced = None
    if not author and (me := _introduced(intro)) and (not account or not me.handle or me.handle.lower() == account.lower()):
        speakers = introduced = (replace(me, handle=me.handle or account),)  # `Hi! I'm Nadia Kowal (@nadiakowal), …`
    kind = "lightning" if _LIGHTNING.search(title) or _LIGHTNING.search(intro[:600]) else "talk"
    evidence = (Clue("title", "the slides' address" if guessed else "the writer's own talk", None,
                     "low" if guessed else "medium"),) + (
        (Clue("speakers", "the note's author" if author else "the writer introducing themself" if introduced
              else "the account of the writer's deck or blog", None, "medium" if author or introduced else "low"),)
        if speakers else ())
    return Talk(title=talk_title, speakers=speakers, slides=slides, kind=kind, body=body.strip("\n"),
                evidence=evidence)


def _title_after_event(title: str, event_title: str) -> str | None:
    """`JuliaTokyo #3 Speech Signal Processing in Julia`: a post titled with the event's name and then
    something more names the writer's talk by that more (not by `に登壇しました`)."""
    if (at := _TALK_AT_EVENT.match(title)) and len(_key(at.group("t"))) >= 4 and not _GATHERING.search(at.group("t")):
        return at.group("t").strip()  # `Elixir on Phoenix @ Harbor JUG`: the writer's talk, at the event
    if not event_title or not _key(event_title) or title == event_title:
        return None
    if (cut := re.search(r"\s+[-–—|｜]\s+" + re.escape(event_title) + r"\s*$", title)) and cut.start() > 0:
        rest = title[:cut.start()]  # `Title - PyCon mini Hiroshima 2016`
    elif _key(title).startswith(_key(event_title)):
        rest = titles.without_trailing_hashtags(title[len(event_title):] if title.startswith(event_title) else "")
    else:
        return None
    rest = rest.strip(" 　:：-–—|｜/")
    # (`…LT 大会で LT してきました`: a remainder that opens with a particle is the sentence going on)
    # (`Gophers Tokyo #12 recap`: what the post is, no talk's title)
    return rest if rest and not _SPOKE.search(rest) and len(_key(rest)) >= 4 and not _PARTICLE_FIRST.match(rest) \
        and not _POST_KIND.fullmatch(rest) else None


# a gathering's word, never a talk's title before `@`: `Meetup @ Acme`, `Spring Hack Night @ Lab`, `Lunch & Learn @ …`
_GATHERING = re.compile(r"\b(?:meetups?|nights?|lunch|learn|recap|report|party|hackathon|hack|day|days|camp|conf|"
                        r"conference|workshop|summit|gathering|drinks|social)\b|勉強会|もくもく会|懇親会", re.IGNORECASE)
# a post titled as its writer's talk at an event: `Elixir on Phoenix @ Harbor JUG` (spaced, never a handle's `@jd`)
_TALK_AT_EVENT = re.compile(r"^(?P<t>[^@]{3,}?)\s+[@＠]\s+(?P<e>\S[^@]{2,})$")
_POST_KIND = re.compile(r"(?:(?:my|a|the|quick|short)\s+)?(?:recap|report|notes|write-?up|summary|review|thoughts|"
                        r"reflections|retrospective|trip\s+report)|まとめ|レポート|参加レポート|感想|メモ", re.IGNORECASE)
_PARTICLE_FIRST = re.compile(r"(?:で|に|にて|へ|を|の|が|は|と|から|まで)(?![\u3040-\u309f])|(?:で|に|にて|へ|を|の|が|は|と)\s")


# the account a deck or a blog lives under: the writer's own, when the post is about the writer's talk
# (SpeakerDeck, Qiita and Zenn are profile hosts links.handle_from_url reads; these others put the account so)
_ACCOUNT_IN_PATH = {"slideshare.net": 0, "slides.com": 0, "docswell.com": 1}
_ACCOUNT_HOST = re.compile(r"^(?P<user>[a-z0-9][a-z0-9_-]{1,38})\.(?:hatenablog\.(?:com|jp)|hateblo\.jp|hatenadiary\.(?:com|jp|org)|"
                           r"github\.io|blogspot\.com|wordpress\.com|medium\.com|substack\.com)$", re.IGNORECASE)
_NO_ACCOUNT = frozenset({"slideshow", "embed", "player", "presentation", "s", "p", "u", "articles", "items", "user", "www"})


# the writer introducing themself: `Hi! I'm Nadia Kowal ([@nadiakowal](…)), a backend developer …`, `My name is Jo Ode`
_INTRODUCED = re.compile(r"\b(?:I'm|I’m|I\s+am|[Mm]y\s+name\s+is)\s+(?P<who>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){1,2})(?![\w'’-])"
                         r"(?:\s*\(\[?@(?P<h>\w{2,30})\]?(?:\([^)\s]+\))?\))?")


# `こんにちは、田辺 悠希（[@yuki_tanabe](https://x.com/yuki_tanabe)）です。`: a Japanese blog's greeting, the writer's name
# and handle
_INTRODUCED_JA = re.compile(r"(?:こんにちは|こんばんは|はじめまして|どうも)[、,!！。]?\s*(?P<who>[^\s、。（()）@]{1,10}(?:[ 　][^\s、。（()）@]{1,10})?)"
                            r"\s*[（(]\s*\[?@(?P<h>\w{2,30})\]?(?:\([^)\s]+\))?\s*[）)]\s*(?:です|と申します)")


def _introduced(intro: str) -> Speaker | None:
    """The writer, where the opening introduces them by a full name whose first word is a given name, or greets the
    reader with their name and handle (`こんにちは、田辺 悠希（@yuki_tanabe）です`)."""
    if (ja := _INTRODUCED_JA.search(intro[:600])) and people.looks_like_people(ja.group("who"), strict=False):
        return Speaker(name=ja.group("who"), handle=ja.group("h"))
    m = _INTRODUCED.search(intro[:600])
    if not m or not names.given_name(m.group("who").split()[0]):
        return None
    return Speaker(name=m.group("who"), handle=m.group("h"))


def writers_account(addresses: list[str]) -> str | None:
    """The writer's account name in the addresses of their own deck or blog (`speakerdeck.com/jane/deck`,
    `jane.hatenablog.com/entry/…`): who gave a talk a post reports when no author is named."""
    for url in addresses:
        host = links.host_of(url).lower().removeprefix("www.")
        segments = [s for s in links.split(url).path.split("/") if s]
        if (handle := links.handle_from_url(url)) and len(segments) >= 2 and handle.lower() not in _NO_ACCOUNT:
            return handle  # (a deck or article under the account, not the profile page alone)
        if host in _ACCOUNT_IN_PATH:
            index = _ACCOUNT_IN_PATH[host]
            if len(segments) > index + 1 and segments[index].lower() not in _NO_ACCOUNT and (index == 0 or segments[0] == "s"):
                return segments[index].lstrip("@")
        elif m := _ACCOUNT_HOST.match(host):
            return m.group("user")
    return None


def has_evidence(talk: Talk) -> bool:
    """What a programme gives a talk and a writer's section lacks: the evidence reconcile weighs, or a
    room or a kind."""
    # (a heading that is only a kind's name, `Lightning talks` or `基調講演` alone, is the programme's slot)
    # (a row of a timed programme is a slot of the event's, whatever words its title is in)
    # (nor a heading the programme's slot label opens, `Session 1. Title`, `発表2: Title`: the label says it is a talk)
    # (a title of a word or two under the label, `Session 1. Setup`, may be one workshop's parts: not by the label alone)
    return reconcile.shows_talk(talk) or bool(talk.room or talk.kind != "talk" and not sections.container_kind(talk.title)) \
        or any(c.field == "title" and c.reading == talks_mod.SCHEDULE_ROW for c in talk.evidence) \
        or any(c.field == "kind" and c.reading == kinds.SLOT_LABELLED for c in talk.evidence) and (
            len(talk.title.split()) >= 2 or len(sections.key(talk.title)) >= 6 and not talk.title.isascii())


_LINK_LINE = re.compile(r"^\s*(?:[-*+]\s+)?(?:\[[^\]]*\]\([^)\s]+\)|<?https?://\S+>?)\s*$")


def _only_links(body: str) -> bool:
    """Notes that are only links, one to a line (`- [Track 1](https://youtu.be/…)`)."""
    lines = [line for line in body.split("\n") if line.strip()]
    return bool(lines) and all(_LINK_LINE.match(line) for line in lines)


# (a group's word, or `Talk` alone; never `Keynote` or `LT`, one talk's slot whose speaker the notes may well name)
_KIND_ALONE = re.compile(r"(?:lightning\s+)?talks?|sessions|presentations|LTs|トーク|セッション", re.IGNORECASE)


def _named_only_by_its_notes(talk: Talk) -> bool:
    """Whether the talk's speakers are only the person its notes link to first (talks.NOTES_LINK)."""
    said = [c for c in talk.evidence if c.field == "speakers"]
    return bool(talk.speakers) and bool(said) and all(c.reading == talks_mod.NOTES_LINK for c in said)


# a heading asking what the event is: `X とは`, `X って？`, `About X`, `What is X`
_ABOUT_THE_EVENT = re.compile(r"(?:とは|って(?:何|なに)?)\s*[?？]?\s*$|^\s*(?:about|what\s+is)\s", re.IGNORECASE)


def writers_section(talk: Talk, event_title: str) -> bool:
    """A heading read as a talk that is the writer's own section (see the module's docstring)."""
    if (dates.date_line(talk.title) or sections.is_day(talk.title)) and not talk.speakers:
        # `## New York - June 26, 2017`, `### Day One - CSS Day`: the event's place and day, whatever links follow
        # (a day's playlist is no talk's recording)
        return True
    if sections.names_a_web_service(talk.title) and not talk.slides and (
            _only_links(talk.body) or not talk.body.strip() and all(s.handle for s in talk.speakers)):
        # `### Twitter` over `- [公式アカウント](https://twitter.com/…)`: where the event is on the web, not a talk
        # (the account's profile link, read as its speaker, is the event's own account)
        return True
    if not reconcile.shows_talk(talk) and _INTRODUCES.search(talk.title):
        # `### We had 3 presentations (+ a discussion) on the day. These were:`: the writer leading into the
        # talks (a kind word in the sentence is no talk's kind)
        return True
    if not reconcile.shows_talk(talk) and _FIRST_PERSON.fullmatch(talk.title.strip()) and not _names_writers_talk(talk):
        # (`I went to talks and workshops!`: a kind word in the sentence is no talk's kind; but `I gave a talk!` over
        # `I spoke about "Title"` is the writer's talk, named by its notes: _titled_by_prose)
        return True
    if _named_only_by_its_notes(talk) and (
            _KIND_ALONE.fullmatch(talk.title.strip()) or sections.container_kind(talk.title) in ("talks", "schedule")):
        # `## Talk` over `[@h](…)さんのTalkは…`: a person the writer's prose links to, under a heading naming only a kind
        # of talk (a heading in plain words may be a talk's own title: `### 非同期処理の基本` over `[@h](…) が解説`)
        return True
    if not talk.speakers and _WRITERS_EN.fullmatch(talk.title.strip()):
        return True  # (`## The talks` over the writer's prose, a deck's link from the `## Slides` after it: no talk's name)
    title = talk.title.strip()
    event = _key(event_title)
    mine = _key(title)
    core = _EVENT_NUMBERING.sub("", event)  # `Vue Fes Japan とは` under `Vue Fes Japan 2018`
    named = _key(_ABOUT_THE_EVENT.sub("", title))
    if not talk.speakers and not talk.slides and _ABOUT_THE_EVENT.search(title) and len(named) >= 5 and named in event:
        return True  # (`Vue Fes Japan とは` over the event's promotion video: what the event is, no talk)
    if has_evidence(talk):
        return False
    if event and len(event) >= 4 and mine and (event in mine or (len(mine) >= 6 and mine in event)):
        return True
    if len(core) >= 5 and core in mine and len(core) * 2 >= len(mine):  # (mostly the name: `X とは`, `About X`)
        return True
    if _PLAIN_JAPANESE.fullmatch(title) or _WRITERS_EN.fullmatch(title) or sections.is_day(title) \
            or _WENT_THERE.search(title) or _HOSTED.search(title) and titles.looks_like_event(title):
        return True  # (`iOSDC 参加してきました`: the writer's sentence of going, not a talk; `初の発表スタイルの勉強会を主催`:
        #           of hosting)
    untimed = _CLOCK.sub("", title)
    # (an English break word may open a talk's title, `Social networks in Python`: only a short one is the break)
    if sections.section_role(title) == "event" or timetable.is_break(untimed) and (
            len(_key(untimed)) <= 10 or not re.match(r"[A-Za-z]", title)) \
            or _SPEAKS_TO_READER.fullmatch(title) and len(strip_markdown(talk.body).strip()) <= 400:
        # `Doors open 7pm`; `I wanna talk!`, `What if I'm hungry?` over a line or two: the page speaking to its reader
        return True
    # a bare address (`https://…/6a01…-pi`), a label waiting for its value (`参加費：`), or a heading naming a
    # group of talks with none under it (`Talks`, `Ignite Talks`, `スポンサーLT大会`): no talk of its own
    if links.URL.fullmatch(title.strip("<> ")) or _LABEL_ONLY.fullmatch(title) and (
            not re.search(r"[A-Za-z]", title) or len(strip_markdown(talk.body).strip()) <= 40):
        return True  # (`## Jane Doe:` over a paragraph of notes is a talk; `## お申込方法：` over one is not)
    if not talk.speakers and sections.container_kind(title) in ("talks", "schedule") or (
            sections.container_kind(title) == "lightning" and _GROUP_OF_LIGHTNING.search(title)):
        return True
    if title[:6].casefold() == "about " and _CAPITALIZED_NAMES.fullmatch(title[6:].strip()) \
            and people.looks_like_people(title[6:], strict=False):
        return True  # `About Anastasia and Efstratia`: the speakers' biography, beside their talk's section
    return bool(_QUESTION.search(title) and len(title) <= 25 or _SCENE.search(title) or facts_only(talk.body)
                or dates.date_line(title) or _COMING_SOON.fullmatch(strip_markdown(talk.body).strip()))


# an interview's question: a Japanese interview's long dashes before it, or a numbered `Q`
# (a question or a sentence after them: never `## ーー 基調講演`, `## Q.E.D.: Formal Proofs`, `## Q3: What We Shipped`)
_INTERVIEWERS_QUESTION = re.compile(r"^\s*(?:[―—ー－]{2}\s*\S.*[?？。]|(?:Q\s*\d{0,2}\s*[.:：)）]|Ｑ\s*[\d０-９]{0,2}\s*[.:：)）]?)\s+\S.*[?？])"
                                    r"\s*$")
# a heading that exclaims or asks in the first person: `I wanna talk!`, `What if I'm hungry and thirsty?`
# (the first person only: `Do You Really Need Microservices?` is a talk's title)
_SPEAKS_TO_READER = re.compile(r".*\b(?:I|I'm|I’m|we|we're|we’re|my|our|us)\b.*[!?！？]\s*")
_CLOCK = re.compile(r"\b(?:at\s+|from\s+)?" + TIME_OF_DAY + r"|[〜~\-–]", re.IGNORECASE)
_WENT_THERE = re.compile(r"(?:に|へ)?\s*(?:参加|行って|いって|来て|遊びに行って)(?:し)?(?:て)?(?:き|い)?(?:ました|ます|た)[。!！\s]*$")
_HOSTED = re.compile(r"(?:を|の)?\s*(?:主催|開催|運営)(?:しました|した|してきました|します|する|しています)?\s*[。!！]*$")
_LABEL_ONLY = re.compile(r"[^\d#＃:：]{1,12}[:：]\s*")
_GROUP_OF_LIGHTNING = re.compile(r"大会|コーナー|枠|talks|LTs", re.IGNORECASE)
# `## 招待講演` over `(近日公開予定)`: a slot of the page not filled yet, no talk
_COMING_SOON = re.compile(r"[(（]?\s*(?:近日公開|後日公開|準備中|調整中|coming\s+soon|to\s+be\s+announced|TBA|TBD)[^()（）\n]{0,40}[)）]?",
                          re.IGNORECASE)


def sort_out(talks: list[Talk], event_title: str) -> tuple[list[Talk], list[str]]:
    """(the talks, the writer's sections as event text) of the talks the headings gave."""
    talks = [_named_by_its_speaker(t) for t in talks]
    kept: list[Talk] = []
    moved: list[str] = []
    # where two talks in three have a speaker, slides or a room, a heading with none that holds text of
    # its own is the writer's section; a bare heading among them is a programme line (`### Android - 過去と未来`)
    # where the headings are themselves a reading of the talks (two with evidence), they are weighed among
    # themselves: a list's items (`## LT` over linked titles) say nothing of a heading's section
    # (the sections already known to be the writer's are not weighed: `Next meetup` says nothing of the talks)
    # (a heading under `## 僕が聞いたセッション` is one the writer says they heard: never their own section by its words)
    among_decks = _among_headings_over_decks(talks)
    # (among headings over their decks' addresses, one over another address or a placeholder is laid out as they are:
    # a talk whatever its words, `## 型の歴史とこれから` / `https://blog.example/…`, unless it names a day or a web service)
    writers = {id(t) for t in talks if writers_section(t, event_title) and not _under_heard_list(t)
               and not (id(t) in among_decks and not sections.names_a_web_service(t.title)
                        and not dates.date_line(t.title) and not sections.is_day(t.title))}
    headed = [t for t in talks if id(t) not in writers and any(c.field == "title" and (
        c.reading in ("heading", "heading" + talks_mod.IN_SEQUENCE) or c.reading.startswith("a heading alone")) for c in t.evidence)]
    headed_ids = {id(t) for t in headed}
    weighed = headed if sum(1 for t in headed if has_evidence(t)) >= 2 else talks
    evidenced = sum(1 for t in weighed if has_evidence(t) or id(t) in among_decks)  # (laid out as talks: weighed as talks)
    strict = evidenced >= 2 and evidenced * 3 >= len(weighed) * 2
    laid_out = _talk_layout([t for t in weighed if has_evidence(t)])
    # (`## 4, CoffeeScript + Grunt` among `## 1, Title (@handle)` … `## 6, …`: one numbered sequence, where two or
    # more of its headings show a talk, is a sequence of talks)
    # (between the first and the last that show one: `## 1. Why I went` before them is the writer's own)
    shown_lines = [t.line for t in talks if has_evidence(t) and _numbered_in_sequence(t) and t.line is not None]
    sequence_span = (min(shown_lines), max(shown_lines)) if len(shown_lines) >= 2 else None
    # an interview's questions (`**――基調講演はどなたが？**`) are the interviewer's; the talks are in the answers' sentences
    asked = [t for t in talks if _INTERVIEWERS_QUESTION.match(t.title)]
    if asked:
        talks = [t for t in talks if not any(t is a for a in asked)]
        moved += [f"## {t.title}\n{t.body}".strip("\n") for t in asked]
        answered = [u for t in asked for u in prose.talks_told(t.body, (t.line or 0) + 1)
                    if not talks_mod.told_of_another_time(t.body, (u.line or 0) - (t.line or 0) - 1, u.title)]
        talks = sorted(talks + [u for k, u in enumerate(answered) if not any(reconcile.same_title(u.title, v.title)
                                                                          for v in talks + answered[:k])],
                       key=lambda t: t.line or 0)
    # (a diary of the writer's days, three headings or more each a day and what they did: what each says of a talk
    # heard that day, its decks' links included, is the day's, never the heading's own)
    # (two of them, at least, joining what was done: `Monday - Business Summit / Opening party`; a series' talks by
    # weekday, `Monday: Building Search at Minato Corp`, name one subject each)
    diary = sum(1 for t in talks if sections.names_a_days_doings(t.title, longer=True)) >= 3 \
        and sum(1 for t in talks if sections.joins_a_days_doings(t.title)) >= 2
    for talk in talks:
        like_the_others = bool(laid_out and _sub_headings(talk) and _sub_headings(talk) <= laid_out) \
            or bool(sequence_span and _numbered_in_sequence(talk) and talk.line is not None
                    and sequence_span[0] < talk.line < sequence_span[1]) \
            or _under_heard_list(talk) \
            or id(talk) in among_decks
        # (under a list the writer says they heard: not weighed as a bare heading; among headings over their decks'
        # addresses, one over another address or a placeholder is one more)
        if id(talk) in writers or strict and not has_evidence(talk) and talk.body.strip() and id(talk) in headed_ids \
                and not _names_writers_talk(talk) and not like_the_others and not _opens_with_writer_on_stage(talk) \
                and not _opens_with_a_talk_given(talk) \
                or talk.speakers and timetable.is_break(talk.title, talk.speakers) \
                or not like_the_others and id(talk) in headed_ids and sections.names_a_days_doings(talk.title, longer=diary) and (
                    diary and not talk.speakers
                    or not has_evidence(talk) and not heading_judge.tells_of_a_talk(talk.body)
                    and not _names_writers_talk(talk) and not _opens_with_a_talk_given(talk)) \
                or not like_the_others and heading_judge.candidate(talk, talks, has_evidence) \
                and not heading_judge.reads_as_talk(talk, talks, event_title, has_evidence):
            # (`Welcome` by the host; `## We Networked` among a recap's headings, weighed by heading_judge)
            moved.append(f"## {talk.title}\n{talk.body}".strip("\n"))
        else:
            kept.append(_titled_by_prose(talk))
    return kept, moved


# notes that are one address alone, or a word standing for the deck not yet shared (`NOT_FOUND`, `TBD`, `未公開`)
_ADDRESS_OR_PLACEHOLDER = re.compile(r"<?https?://\S+>?|[A-Z][A-Z_/]{1,15}|未公開|非公開|公開予定|なし|後日公開")


def _among_headings_over_decks(talks: list[Talk]) -> set[int]:
    """Where the note lays its talks out as headings over their decks' addresses (`## Title` / `https://speakerdeck…`,
    three at least, two in three of the evidenced talks), a heading over another address or a placeholder, between the
    first and the last of them, is one more talk (`## 型の歴史とこれから` / `https://blog.example/…`, `## Title` /
    `NOT_FOUND`). Before the first or after the last, it is the writer's (`## 当日の写真`, `## Wi-Fi`)."""
    shown = [t for t in talks if has_evidence(t)]
    bare = [t for t in shown if not t.body.strip() and t.slides or _ADDRESS_OR_PLACEHOLDER.fullmatch(t.body.strip())]
    if len(bare) < 3 or len(bare) * 3 < len(shown) * 2 or any(t.line is None for t in bare):
        return set()
    first, last = min(t.line for t in bare), max(t.line for t in bare)
    return {id(t) for t in talks if not has_evidence(t) and t.line is not None and first < t.line < last
            and _ADDRESS_OR_PLACEHOLDER.fullmatch(t.body.strip())}


# a heading that is a person's name in Japanese and nothing else: `古賀さん`, `古賀 美咲さん`, `土田 安紘 氏`, maybe after
# the part they had (`特別ゲスト: 土田 安紘 氏`, `講師：古賀さん`)
_HONOURED_NAME = re.compile(r"^(?:(?:特別|スペシャル)?(?:ゲスト|講師|登壇者|発表者|スピーカー)\s*[:：]\s*)?(?P<name>[\u4e00-\u9fff々\u3040-\u30ff]{1,6}(?:[ 　][\u4e00-\u9fff々\u3040-\u30ff]{1,6})?)"
                            r"[ 　]?(?:さん|氏|様)$")


def _named_by_its_speaker(talk: Talk) -> Talk:
    """`## 古賀 美咲さん` over notes on what she said: a section the writer heads with the speaker's name (a name the
    dictionary knows, with its honorific), the talk titled by that name, she its speaker. The programme's own talks
    were matched to such headings before (reconcile.names_speaker); what is left is a talk the note names so alone."""
    if talk.speakers or not talk.body.strip() or not (m := _HONOURED_NAME.match(talk.title.strip())):
        return talk
    name = m.group("name")
    if names.name_verdict(name.replace(" ", "").replace("　", "")) is not True:
        return talk
    return replace(talk, title=name, speakers=people.parse_people(name),
                   evidence=talk.evidence + (Clue("speakers", "a heading naming its speaker alone", talk.line, "medium"),))


def _under_heard_list(talk: Talk) -> bool:
    return any(c.field == "title" and c.reading.endswith(talks_mod.UNDER_HEARD_LIST) for c in talk.evidence)


def _numbered_in_sequence(talk: Talk) -> bool:
    return any(c.field == "title" and c.reading.endswith(talks_mod.IN_SEQUENCE) for c in talk.evidence)


_SUB_HEADING = re.compile(r"^#{3,6}\s+(?P<h>.+?)\s*#*\s*$", re.MULTILINE)


def _sub_headings(talk: Talk) -> frozenset[str]:
    """The keys of the sub-headings in a talk's notes (`### 感想`, `### 参考`)."""
    return frozenset(_key(m.group("h")) for m in _SUB_HEADING.finditer(talk.body)) - {""}


def _talk_layout(shown: list[Talk]) -> frozenset[str]:
    """The sub-headings two or more of the note's evidenced talks write their notes under (`### 感想`): a heading
    without a speaker or slides whose notes are laid out the same way is one more talk the writer heard."""
    counts: dict[str, int] = {}
    for t in shown:
        for k in _sub_headings(t):
            counts[k] = counts.get(k, 0) + 1
    return frozenset(k for k, n in counts.items() if n >= 2)


# a heading over the writer's own talk in a recap of others': `My Talk`, `自分の発表`, `私のプレゼンテーションについて`
MY_TALK = re.compile(r"(?:my|our)\s+(?:own\s+)?(?:lightning\s+)?(?:talk|presentation|session|keynote)s?"
                     r"|(?:私|自分|僕|ぼく|俺|おれ|わたし)の\s*(?:発表|LT|ＬＴ|プレゼン(?:テーション)?|登壇|講演|トーク|Lightning\s*Talks?)"
                     r"(?:について|の内容|内容|資料)?|登壇者として", re.IGNORECASE)


def _names_writers_talk(talk: Talk) -> bool:
    """`# I gave a talk!` over `I spoke about "Title"`: the writer's own talk, which its notes name."""
    return bool(_FIRST_PERSON.fullmatch(talk.title.strip()) and _SPOKE.search(talk.title) and _titled(talk.body))


# `And I finally took the stage to talk about …`, `Then I gave my talk on …`: the writer, speaking under the heading
# (a finished act of speaking: never `自分もいつか発表したい`, `私は登壇した皆さんに質問`, `I spoke about it with the speaker`)
_ON_STAGE = re.compile(r"\bI\s+(?:\w+\s+){0,2}?(?:took\s+the\s+stage|gave\s+(?:my|a)\s+(?:own\s+)?(?:talk|presentation)|"
                       r"presented\s+my)\b"
                       r"|(?:私|自分|僕|ぼく)(?:は|も|が)[^。]{0,20}?(?:登壇|発表)(?:しました|した)(?=[。．！!、]|\s|$)")


def _opens_with_writer_on_stage(talk: Talk) -> bool:
    """Whether the first paragraph of a heading's notes says the writer spoke there: a talk, the writer's own,
    among the others the note names (never their section on the way home)."""
    opening = talk.body.strip().split("\n\n", 1)[0]
    return bool(_ON_STAGE.search(opening[:400]))


# the notes' first paragraph saying the heading's talk was given (by someone the writer does not name): `飛び込みで
# 発表してくださいました`, `…というタイトルで発表頂きました`, `She presented this live`
_TALK_GIVEN = re.compile(r"(?:発表|登壇|講演|LT|ＬＴ)(?:して)?(?:くださいました|下さいました|いただきました|頂きました|いただき[、。]|頂き[、。])"
                         r"|\b(?:presented|gave)\s+(?:this|the|a|her|his|their)\s+"
                         r"(?:talk|presentation|session)\b|\bpresented\s+(?:this|it)\b")


def _opens_with_a_talk_given(talk: Talk) -> bool:
    """Whether the first paragraph of a heading's notes says its talk was given (someone presented it): a talk among
    the others, its speaker unnamed."""
    opening = talk.body.strip().split("\n\n", 1)[0]
    return bool(_TALK_GIVEN.search(opening[:400]))


def _titled_by_prose(talk: Talk) -> Talk:
    """A talk headed by the writer's sentence (`I gave a talk!`) is called what its notes say it was called
    (`I spoke about [Title](…)`, `titled "Title"`)."""
    if not (_FIRST_PERSON.fullmatch(talk.title.strip()) or MY_TALK.fullmatch(talk.title.strip())) \
            or not (named := _titled(talk.body)):
        return talk
    return replace(talk, title=named,
                   evidence=talk.evidence + (Clue("title", "the writer's own talk", talk.line, "medium"),))
