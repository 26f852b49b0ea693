"""In a note whose front matter lists its talks, a body section that reads as a talk but matches no
listed talk is reported with its line (build and check alike), never dropped silently."""
from __future__ import annotations

from generator.engine.build import normalize_file

CANONICAL_EMPTY_LIST = """\
    ---
    canonical: true
    title: Canon Meetup
    event_date: 2025-01-01
    talks: []
    ---

    ## 型ヒントを段階的に導入した話

    - 木下 遥さん

    ## まとめ

    よい会でした
    """

LISTED = """\
    ---
    title: Listed Meetup
    event_date: 2025-01-02
    talks:
      - title: Listed talk
        speakers: [Aya Mori]
    ---

    ## Listed talk

    notes on the listed talk

    ## Surprise talk

    - 山田 太郎さん
    """

MATCHED_BY_POSITION = """\
    ---
    title: Position Meetup
    event_date: 2025-01-03
    talks:
      - title: The real title
        speakers: [Aya Mori]
    ---

    ## A draft heading

    - Aya Mori
    """


def test_check_reports_the_unlisted_sections_with_their_lines(make_site, monkeypatch, capsys):
    from generator.cli import main

    site = make_site({"content/canon.md": CANONICAL_EMPTY_LIST, "content/listed.md": LISTED,
                      "content/position.md": MATCHED_BY_POSITION})
    monkeypatch.chdir(site.root)
    main(["check"])
    out = capsys.readouterr().out
    found = [l for l in out.splitlines() if "reads as a talk" in l]
    assert found == [
        "canon.md:8: warning: the section '型ヒントを段階的に導入した話' reads as a talk, but the front matter's "
        "`talks:` list does not name it, so its text is left out (add it to `talks:`, or give the heading a listed "
        "talk's title)",
        "listed.md:13: warning: the section 'Surprise talk' reads as a talk, but the front matter's `talks:` list "
        "does not name it, so it is shown with the event's notes, not as a talk (add it to `talks:`, or give the "
        "heading a listed talk's title)",
    ]
    main(["build", "-q", "--no-search"])
    err = capsys.readouterr().err
    assert [l for l in err.splitlines() if "reads as a talk" in l] == found


def test_a_note_without_a_talks_list_or_with_every_section_listed_gives_no_such_warning(make_site):
    site = make_site({"content/plain.md": "# Plain Meetup\n\n## A talk\n\n- 山田 太郎さん\n",
                      "content/listed.md": LISTED.replace("## Surprise talk\n\n    - 山田 太郎さん\n", "")})
    for name in ("plain.md", "listed.md"):
        result = normalize_file(site.root / "content" / name, name)
        assert not [d for d in result.diagnostics if "reads as a talk" in d.message], name
