"""Seeded text for the benchmark corpus: meetup notes shaped like the ones people really write.

Everything here is composed from small word pools with one `random.Random`, so the same seed always
gives the same notes, byte for byte. `compose_note` returns a `Note`: its front-matter fields, a body
(the same body goes to talkarchive, Hugo and Pelican) and the talks the note is meant to contain, so
`make_corpus.py --check` can compare them with what `talkarchive inspect --json` reads.
"""
from __future__ import annotations

import datetime as dt
import random
import string
from dataclasses import dataclass, field

# -- pools ----------------------------------------------------------------------------------------

TAGS = [
    "Python", "Go", "Rust", "Ruby", "TypeScript", "JavaScript", "Kotlin", "Swift", "Java", "Scala",
    "Elixir", "Haskell", "PHP", "C++", "AWS", "GCP", "Azure", "Kubernetes", "Docker", "Terraform",
    "Serverless", "Lambda", "BigQuery", "Snowflake", "dbt", "Airflow", "PostgreSQL", "MySQL", "Redis",
    "Kafka", "GraphQL", "gRPC", "React", "Vue", "Svelte", "Next.js", "Flutter", "Android", "iOS",
    "機械学習", "LLM", "データ分析", "SRE", "Observability", "セキュリティ", "CI/CD", "GitHub Actions",
    "テスト", "アジャイル", "スクラム", "設計", "DDD", "アクセシビリティ", "UIデザイン", "WebAssembly",
    "IoT", "組み込み", "OSS", "キャリア", "コミュニティ",
]
assert len(TAGS) == 60

FAMILY = ["田中", "鈴木", "佐藤", "高橋", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田",
          "佐々木", "松本", "井上", "木村", "林", "清水", "山崎", "森", "池田", "橋本", "阿部", "石川"]
GIVEN = ["太郎", "花子", "健太", "美咲", "翔", "遥", "大輔", "彩", "亮", "千尋", "直樹", "由美",
         "拓也", "真由", "悠斗", "結衣"]
EN_FIRST = ["Alice", "Ben", "Carla", "Dmitri", "Emma", "Farid", "Grace", "Hiro", "Isabel", "Jonas",
            "Kate", "Liam", "Maya", "Noah", "Olivia", "Priya", "Quentin", "Rosa", "Sam", "Tara"]
EN_LAST = ["Anderson", "Brooks", "Chen", "Diaz", "Evans", "Fischer", "Garcia", "Hughes", "Ivanova",
           "Jensen", "Kim", "Lopez", "Miller", "Novak", "Okafor", "Patel"]
HANDLE_PARTS = ["neko", "tori", "kuma", "sora", "umi", "yama", "kaze", "hoshi", "dev", "code",
                "hack", "byte", "bit", "log", "ops", "cat"]
COMPANIES = ["株式会社ハカタテック", "株式会社ミナトソフト", "合同会社くもり", "株式会社サンプルデータ",
             "株式会社ながれ", "株式会社アオバ", "株式会社キタノラボ"]
CITIES = ["福岡", "札幌", "仙台", "名古屋", "大阪", "広島", "熊本", "那覇", "金沢", "神戸", "京都", "横浜"]
CITIES_EN = ["Fukuoka", "Sapporo", "Sendai", "Nagoya", "Osaka", "Hiroshima", "Kumamoto", "Naha",
             "Kanazawa", "Kobe", "Kyoto", "Yokohama"]
VENUES = ["コワーキングスペース {city}", "{city}市民会館 第2会議室", "{company} {city}オフィス",
          "{city}イノベーションセンター 3F", "{city}駅前ビル 12F イベントスペース"]
VENUES_EN = ["{company} office, {city}", "{city} Innovation Hub, Room 3", "Community Hall, {city}"]
SERIES_FORMS = ["{tag} {city}", "{tag}勉強会 in {city}", "{city}.{lower}", "{tag} Meetup {city_en}",
                "{city_en} {tag} Night", "{tag} もくもく会 {city}"]

JA_TITLE_FORMS = [
    "{tech} を本番に入れて{n}年たった話", "{tech} で作る社内向け{thing}", "ゼロから始める {tech} 入門",
    "{tech} と {tech2} の付き合い方", "{thing}を {tech} で置き換えた", "{tech} の{aspect}を改善した事例",
    "小さなチームで {tech} を運用する", "{tech} の{aspect}を測ってみた", "{thing}の設計と {tech}",
    "{tech} 移行の失敗と学び", "{tech} で{aspect}を可視化する", "はじめての {tech} コントリビュート",
]
EN_TITLE_FORMS = [
    "Scaling {tech} for {thing_en}", "What {n} years of {tech} taught us", "Replacing {tech2} with {tech}",
    "A gentle introduction to {tech}", "Debugging {tech} in production", "{tech} {aspect_en} in practice",
    "Building {thing_en} with {tech}", "Lessons from migrating to {tech}", "Testing {tech} without tears",
]
THINGS = ["勉強会管理アプリ", "在庫管理システム", "ログ基盤", "決済基盤", "社内チャットボット", "予約システム",
          "データ基盤", "監視ダッシュボード", "配信システム", "レコメンド"]
THINGS_EN = ["a booking system", "the data platform", "internal tools", "a chat bot", "log pipelines",
             "mobile apps", "a payment service"]
ASPECTS = ["パフォーマンス", "可観測性", "テスト", "デプロイ", "コスト", "開発体験", "セキュリティ"]
ASPECTS_EN = ["performance", "observability", "testing", "deployment", "cost control"]

JA_POINTS = [
    "最初は小さく始めて、効果が見えてから範囲を広げたとのこと",
    "ドキュメントを先に書いてからコードを書くようにしたら、レビューがかなり楽になった",
    "本番で初めて分かる問題が多いので、ステージング環境を本番と同じ構成にそろえた",
    "チームの人数が増えてから、命名規則を明文化したのが効いた",
    "ベンチマークは必ず本番に近いデータ量で取る、という話に会場がうなずいていた",
    "障害対応の振り返りを毎週やるようにして、同じ障害が起きなくなった",
    "ライブラリの選定では、メンテナの数とリリース頻度を必ず見る",
    "移行は一度にやらず、機能フラグで少しずつ切り替えた",
    "計測してから最適化する、という当たり前のことを徹底した結果、ボトルネックが意外な場所にあった",
    "新しく入った人が最初の週にデプロイまで経験できるようにオンボーディングを整えた",
    "型を付けたことで、リファクタリングの心理的なハードルが下がった",
    "監視のアラートを減らしたら、逆に本当に大事なアラートに気づけるようになった",
    "社内勉強会で共有したら、他のチームにも同じ仕組みが広がった",
    "コストは月に三割ほど下がったが、運用の手間は少し増えたとのこと",
    "質疑では、既存システムとの共存期間をどう乗り切ったかという質問が多かった",
]
EN_POINTS = [
    "They started small and only widened the rollout once the numbers looked good",
    "Writing the design doc first made code review much faster",
    "Most surprises only showed up in production, so staging now mirrors production closely",
    "Benchmarks are only meaningful with production-sized data, which got a laugh from the room",
    "Weekly incident reviews meant the same outage never happened twice",
    "Feature flags let them migrate one endpoint at a time",
    "Measuring first showed the bottleneck was somewhere nobody expected",
    "New hires now ship to production in their first week",
    "Fewer alerts turned out to mean faster responses to the alerts that matter",
    "Costs went down by about a third, at the price of a little more operational work",
]
JA_INTRO = [
    "仕事終わりに会場へ向かい、{event} に参加してきました。",
    "今回も {event} に参加しました。自分用のメモをほぼそのまま載せています。",
    "{event} に行ってきたので、聞いた内容をまとめておきます。聞き間違いがあったらすみません。",
]
EN_INTRO = [
    "I went to {event} this week. These are my notes, roughly in the order of the talks.",
    "{event} met again, with a full room and good pizza. Notes below.",
]
JA_OUTRO = ["どの発表も実践的で、持ち帰れるものが多い回でした。次回も参加したいです。",
            "懇親会でも発表の続きの話で盛り上がりました。運営のみなさんありがとうございました。"]
EN_OUTRO = ["A very practical evening. Thanks to the organisers and the speakers.",
            "The discussion carried on at the pub afterwards. Looking forward to the next one."]

CODE_SNIPPETS = [
    ("python", "def handler(event, context):\n    items = [parse(r) for r in event[\"Records\"]]\n    return {\"count\": len(items)}"),
    ("go", "func main() {\n\tctx := context.Background()\n\tif err := run(ctx); err != nil {\n\t\tlog.Fatal(err)\n\t}\n}"),
    ("yaml", "jobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: make test"),
    ("sql", "select user_id, count(*) as events\nfrom raw.events\nwhere event_date >= current_date - 7\ngroup by 1"),
    ("rust", "fn parse(line: &str) -> Option<(u32, &str)> {\n    let (n, rest) = line.split_once(' ')?;\n    Some((n.parse().ok()?, rest))\n}"),
]

FORMATS = ("yaml", "toml", "hatena", "text")  # chosen with weights below; markdown formats dominate
FORMAT_WEIGHTS = (55, 15, 15, 15)


# -- the record of one note -------------------------------------------------------------------------

@dataclass
class Talk:
    title: str
    people: list[tuple[str, str | None]]  # (name, handle or None)
    kind: str = "talk"

    @property
    def speakers(self) -> list[str]:
        return [name for name, _ in self.people]


@dataclass
class Note:
    index: int
    slug: str
    fmt: str  # yaml | toml | hatena | text
    lang: str  # ja | en
    event: str  # the event name talkarchive should find
    title: str  # the post title (may carry "に参加してきました")
    date: dt.date
    tags: list[str]
    event_url: str
    body: str = ""
    talks: list[Talk] = field(default_factory=list)

    @property
    def suffix(self) -> str:
        return ".txt" if self.fmt == "text" else ".md"


# -- composing ------------------------------------------------------------------------------------

class Composer:
    """Makes notes one after another from one seeded random stream."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.people = self._people()
        self.series = self._series()
        self.series_count: dict[str, int] = {}
        self.event_ids = self.rng.sample(range(100000, 400000), 20000)

    def _people(self) -> dict[str, list[tuple[str, str | None]]]:
        """A few hundred speakers: (name, handle or None) for Japanese and English notes."""
        rng = self.rng
        ja = [(f"{f} {g}", None) for f in FAMILY for g in GIVEN]
        rng.shuffle(ja)
        ja = ja[:220]
        handles = sorted({rng.choice(HANDLE_PARTS) + rng.choice(HANDLE_PARTS) + rng.choice(["", "_", "42", "dev"])
                          for _ in range(120)})
        ja_handles = [(h, h) for h in handles[:60]]
        en = [(f"{f} {l}", None) for f in EN_FIRST for l in EN_LAST]
        rng.shuffle(en)
        en = [(name, (name.split()[0].lower() + rng.choice(HANDLE_PARTS)) if i % 3 == 0 else None)
              for i, (name, _) in enumerate(en[:100])]
        return {"ja": ja + ja_handles, "en": en}

    def _series(self) -> list[tuple[str, str, str, str]]:
        """Meetup series: (name, language, main tag, city)."""
        rng, out, seen = self.rng, [], set()
        while len(out) < 80:
            tag = rng.choice(TAGS[:40])
            i = rng.randrange(len(CITIES))
            form = rng.choice(SERIES_FORMS)
            name = form.format(tag=tag, city=CITIES[i], city_en=CITIES_EN[i],
                               lower=tag.lower().replace("/", "").replace(" ", ""))
            if name in seen:
                continue
            seen.add(name)
            lang = "en" if ("Meetup" in form or "Night" in form) else "ja"
            out.append((name, lang, tag, CITIES[i] if lang == "ja" else CITIES_EN[i]))
        return out

    def speaker(self, lang: str) -> tuple[str, str | None]:
        return self.rng.choice(self.people[lang])

    def talk_title(self, lang: str, tags: list[str]) -> str:
        rng = self.rng
        tech, tech2 = rng.choice(tags), rng.choice(TAGS)
        forms = JA_TITLE_FORMS if lang == "ja" else EN_TITLE_FORMS
        return rng.choice(forms).format(tech=tech, tech2=tech2, n=rng.randint(2, 9), thing=rng.choice(THINGS),
                                        thing_en=rng.choice(THINGS_EN), aspect=rng.choice(ASPECTS),
                                        aspect_en=rng.choice(ASPECTS_EN))

    def note(self, index: int) -> Note:
        rng = self.rng
        fmt = rng.choices(FORMATS, FORMAT_WEIGHTS)[0]
        name, lang, main_tag, city = rng.choice(self.series)
        if fmt == "hatena":
            lang = "ja"  # Hatena Blog exports are Japanese here
        number = self.series_count[name] = self.series_count.get(name, 0) + 1
        event = f"{name} #{number}" if rng.random() < 0.6 else f"{name} vol.{number}"
        date = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))
        tags = [main_tag] + rng.sample([t for t in TAGS if t != main_tag], rng.randint(1, 4))
        if lang == "ja":
            title = rng.choice([f"{event} に参加してきました", f"{event} 参加レポート", event])
        else:
            title = rng.choice([f"Notes from {event}", event])
        host = name.split()[0].lower().replace(".", "").replace("/", "")
        host = "".join(c for c in host if c in string.ascii_lowercase + string.digits) or "meetup"
        url = f"https://{host}.connpass.com/event/{self.event_ids[index % len(self.event_ids)]}/"
        note = Note(index, f"note-{index:05d}", fmt, lang, event, title, date, tags, url)
        note.body = self._body(note, city)
        return note

    # -- the body ---------------------------------------------------------------------------------

    def _body(self, note: Note, city: str) -> str:
        rng = self.rng
        target = rng.randint(6200, 9600)  # bytes of body; front matter brings the file to 6-10 KB
        n_talks = rng.randint(4, 8)
        titles: set[str] = set()
        while len(note.talks) < n_talks:
            title = self.talk_title(note.lang, note.tags)
            if title in titles:  # two talks with one title in a note would be ambiguous to check
                continue
            titles.add(title)
            speakers = [self.speaker(note.lang)]
            if rng.random() < 0.12:
                other = self.speaker(note.lang)
                if other != speakers[0]:
                    speakers.append(other)
            # Plain text gets no LT marker: `■ LT: title / name` does not always split off the byline.
            kind = "lightning" if rng.random() < 0.2 and note.fmt != "text" else "talk"
            note.talks.append(Talk(title, speakers, kind))
        intro = self._intro(note, city)
        outro = self._outro(note)
        budget = max(0, target - len((intro + outro).encode()))
        per_talk = budget // n_talks
        sections = [self._talk_section(note, t, per_talk) for t in note.talks]
        return intro + "".join(sections) + outro

    def _intro(self, note: Note, city: str) -> str:
        rng = self.rng
        company = rng.choice(COMPANIES)
        if note.lang == "ja":
            venue = rng.choice(VENUES).format(city=city, company=company)
            lines = [rng.choice(JA_INTRO).format(event=note.event), "",
                     f"開催日: {note.date.year}年{note.date.month}月{note.date.day}日", f"会場: {venue}"]
        else:
            venue = rng.choice(VENUES_EN).format(city=city, company="Minato Soft")
            lines = [rng.choice(EN_INTRO).format(event=note.event), "",
                     f"Date: {note.date.strftime('%B')} {note.date.day}, {note.date.year}", f"Venue: {venue}"]
        if note.fmt == "hatena":
            lines += ["", f"[{note.event_url}:embed:cite]", "", "[:contents]", ""]
        elif note.fmt == "text":
            lines += [note.event_url, ""]
        else:
            label = "イベントページ" if note.lang == "ja" else "Event page"
            lines += [f"{label}: {note.event_url}", ""]
        if note.fmt == "text":
            return note_title_line(note) + "\n\n" + "\n".join(lines) + "\n"
        head = "## はじめに\n\n" if note.lang == "ja" else "## Intro\n\n"
        return head + "\n".join(lines) + "\n"

    def _outro(self, note: Note) -> str:
        text = self.rng.choice(JA_OUTRO if note.lang == "ja" else EN_OUTRO)
        head = ("まとめ" if note.lang == "ja" else "Summary")
        return f"\n{head}\n\n{text}\n" if note.fmt == "text" else f"\n## {head}\n\n{text}\n"

    def _byline(self, note: Note, talk: Talk) -> str:
        """The speaker line under a talk heading, in one of the shapes talkarchive reads."""
        rng, people = self.rng, talk.people
        if note.lang == "en":
            parts = [f"{n} (@{h})" if h else n for n, h in people]
            return rng.choice(["Speaker: ", "by "]) + " & ".join(parts)
        name, handle = people[0]
        if len(people) > 1:
            return "- 登壇者: " + "、".join(f"{n}さん" for n, _ in people)
        if handle:
            return f"- [{handle}](https://twitter.com/{handle})さん"
        if rng.random() < 0.3:
            return f"- {rng.choice(COMPANIES)} {name}さん"
        return f"- {name}さん"

    def _talk_section(self, note: Note, talk: Talk, budget: int) -> str:
        rng = self.rng
        lt = "LT: " if talk.kind == "lightning" else ""
        if note.fmt == "text":
            talk.people = talk.people[:1]  # a trailing byline names one speaker
            name, handle = talk.people[0]
            head = f"\n■ {lt}{talk.title} / {'@' + handle if handle == name else name}\n\n"
            bullet = "  • "
            byline = ""
        else:
            head = f"\n## {lt}{talk.title}\n\n"
            bullet = "- "
            byline = self._byline(note, talk) + "\n"
        lines = [head + byline]
        handle = talk.people[0][1] or "user" + str(rng.randrange(1000))
        if rng.random() < 0.7:
            slug = "-".join(rng.sample(["intro", "scale", "ops", "design", "lessons", "tips", "v2", "prod"], 2))
            slides = (f"https://speakerdeck.com/{handle}/{slug}" if rng.random() < 0.6 else
                      f"https://www.docswell.com/s/{handle}/{rng.choice('ABCDEFGHJK')}{rng.randrange(10**5):05d}-{slug}")
            lines.append(f"{bullet}{'スライド' if note.lang == 'ja' else 'Slides'}: {slides}\n")
        if rng.random() < 0.35:
            vid = "".join(rng.choice(string.ascii_letters + string.digits + "-_") for _ in range(11))
            lines.append(f"{bullet}{'動画' if note.lang == 'ja' else 'Video'}: https://www.youtube.com/watch?v={vid}\n")
        points = JA_POINTS if note.lang == "ja" else EN_POINTS
        size = sum(len(s.encode()) for s in lines)
        code_done = rng.random() > 0.3 or note.fmt == "text"
        while size < budget:
            point = bullet + rng.choice(points) + ("。" if note.lang == "ja" and rng.random() < 0.3 else "") + "\n"
            if rng.random() < 0.25 and note.fmt != "text":
                point += "  - " + rng.choice(points) + "\n"
            if not code_done and size > budget // 2:
                lang, code = rng.choice(CODE_SNIPPETS)
                point += f"\n```{lang}\n{code}\n```\n\n"
                code_done = True
            lines.append(point)
            size += len(point.encode())
        return "".join(lines)


def note_title_line(note: Note) -> str:
    """The first line of a plain-text note: its title, with the date in brackets as blogs print it."""
    return f"【{note.date:%Y/%m/%d}】 {note.title}"
