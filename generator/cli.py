"""Command line: `talkarchive build | serve | inspect | import | check | publish | init | new`.

Every GeneratorError becomes one clear message on stderr and exit code 1;
never a traceback. Exit codes mean one thing for every command (EXIT_CODES):
0 when there is no error, 1 when there is any error (a note that could not be
read, a broken template or site.yml), 2 for a command line that is not
understood. `build` writes what it could before exiting 1; `--strict` counts
warnings as errors; `publish` refuses a build with errors; `serve` keeps running.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
import time
from pathlib import Path

from . import __version__
from .engine.build import StrictBuildFailed, build, normalize_file
from .core.config import describe_site, load_config
from .core.errors import GeneratorError
from .core.model import Diagnostic
from .engine.progress import ProgressBar


EXIT_CODES = """\
exit status: 0 no error; 1 any error (a note that could not be read, a broken template or
site.yml; with --strict, any warning too); 2 a command line that is not understood"""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="talkarchive", description="Build a talk archive site from meetup and conference notes.",
                                epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"talkarchive {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    def site_options(parser) -> None:
        """The options build and serve share: which site, and where it goes."""
        parser.add_argument("--config", help="site configuration file (default: ./site.yml when present)")
        parser.add_argument("--content", metavar="DIR", help="folder of notes (overrides content_dir)")
        parser.add_argument("--out", metavar="DIR", help="output folder (overrides output_dir)")
        parser.add_argument("--force", action="store_true",
                            help="replace an output folder that talkarchive did not write")

    b = sub.add_parser("build", help="build the site into the output folder",
                       description="Build the site. Notes that cannot be read are reported and left out; the rest "
                       "of the site is written, and the build exits 1.",
                       epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    site_options(b)
    b.add_argument("--base-url", metavar="URL", help="where the site will be published (overrides base_url)")
    b.add_argument("--strict", action="store_true", help="fail (exit 1), writing nothing, on any warning as well as any error")
    b.add_argument("--no-search", action="store_true", help="skip the Pagefind search index (overrides search)")
    b.add_argument("--quiet", "-q", action="store_true", help="print only problems and the summary line")
    b.add_argument("--jobs", "-j", type=int, metavar="N",
                   help="worker processes for reading and rendering (default: one per core; 1: no workers)")
    b.add_argument("--no-cache", action="store_true",
                   help="neither read nor write .talkarchive-cache/ (a full build from scratch)")
    b.add_argument("--drafts", action="store_true",
                   help="include draft notes (draft: true, published: false), marked as drafts")

    s = sub.add_parser("serve", help="build, serve on this machine, rebuild on save and reload the browser")
    site_options(s)
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    s.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000; 0 picks a free one)")
    s.add_argument("--open", action="store_true", help="open the site in the default browser")
    s.add_argument("--no-search", action="store_true", help="do not build the search index in the background")

    i = sub.add_parser("inspect", help="show what talkarchive reads from notes")
    i.add_argument("files", nargs="+", metavar="FILE")
    i.add_argument("--json", action="store_true", help="print a JSON array, one record per file")

    im = sub.add_parser("import", help="write notes in the canonical form (front matter holds every field)")
    im.add_argument("files", nargs="+", metavar="NOTE")
    im.add_argument("--into", metavar="DIR", help="folder to write into (default: the site's content folder)")
    im.add_argument("--force", action="store_true", help="overwrite a note of the same name")

    c = sub.add_parser("check", help="check the content folder without writing anything",
                       epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    c.add_argument("--config")
    c.add_argument("--content", metavar="DIR")
    c.add_argument("--strict", action="store_true", help="exit 1 on warnings too")
    c.add_argument("--drafts", action="store_true", help="check draft notes too, as build --drafts reads them")

    pb = sub.add_parser("publish", help="build the site and commit it as the whole content of a branch, then push")
    pb.add_argument("--config", help="site configuration file (default: ./site.yml when present)")
    pb.add_argument("--remote", default="origin", help="remote to fetch from and push to (default: origin)")
    pb.add_argument("--branch", default="gh-pages", help="branch that holds the published site (default: gh-pages)")
    pb.add_argument("--message", metavar="MSG", help="commit message (default: 'Publish site from <HEAD>')")
    pb.add_argument("--cname", metavar="DOMAIN", help="custom domain: adds a CNAME file with it")
    pb.add_argument("--base-url", metavar="URL", help="where the site is served (overrides base_url)")
    pb.add_argument("--dry-run", action="store_true", help="build and show what would be committed; commit nothing")

    it = sub.add_parser("init", help="start a new archive: site.yml, an example note, a GitHub Pages workflow")
    it.add_argument("dir", metavar="DIR")
    it.add_argument("--title", help="the site's title (default: made from the folder's name)")
    it.add_argument("--force", action="store_true",
                    help="add the missing files to a non-empty folder (existing files are never overwritten)")

    nw = sub.add_parser("new", help="write a new note in the canonical form into the content folder")
    nw.add_argument("title", metavar="TITLE")
    nw.add_argument("--date", metavar="YYYY-MM-DD", help="the day of the event (default: today)")
    nw.add_argument("--content", metavar="DIR", help="folder of notes (overrides content_dir)")
    nw.add_argument("--config", help="site configuration file (default: ./site.yml when present)")
    return p


def _overrides(args) -> dict:
    o = {}
    if getattr(args, "content", None):
        o["content_dir"] = str(Path(args.content).resolve())
    if getattr(args, "out", None):
        o["output_dir"] = str(Path(args.out).resolve())
    if getattr(args, "base_url", None):
        o["base_url"] = args.base_url
    if getattr(args, "no_search", False):
        o["search"] = False
    return o


def _load_config(args, *, say: bool = True, **kwargs):
    """The nearest site.yml (or --config) with the command line's overrides; `--drafts` (and serve)
    show draft notes. Says on stderr which site.yml is used, unless --quiet."""
    config, warnings = load_config(getattr(args, "config", None), overrides=_overrides(args))
    if kwargs.get("drafts", getattr(args, "drafts", False)):
        config = dataclasses.replace(config, drafts=True)
    if say and not getattr(args, "quiet", False):
        print(describe_site(config), file=sys.stderr)
    return config, warnings


def _print_diagnostics(diags, stream=None) -> None:
    for d in diags:
        print(str(d), file=stream or sys.stderr)


def cmd_build(args) -> int:
    config, warnings = _load_config(args)
    bar = ProgressBar(enabled=False if args.quiet else None)
    started = time.perf_counter()
    progress = None if args.quiet or bar.enabled else (
        lambda m: print(f"  [{time.perf_counter() - started:6.2f} s] {m}", file=sys.stderr))
    if args.jobs is not None and args.jobs < 1:
        raise GeneratorError(f"--jobs must be 1 or more, got {args.jobs}")
    try:
        result = build(config, strict=args.strict, force=args.force, progress=progress,
                       config_warnings=tuple(warnings), jobs=args.jobs, use_cache=not args.no_cache, bar=bar)
    except StrictBuildFailed as exc:
        _print_diagnostics(exc.diagnostics)
        raise
    except GeneratorError:
        _print_diagnostics(warnings)
        raise
    _print_diagnostics([d for d in result.diagnostics if d.level != "notice"])  # guesses: `check` lists them
    out = config.output_dir
    try:
        out = out.relative_to(Path.cwd())
    except ValueError:
        pass
    print(result.summary(f"{out}/"))
    return 1 if result.errors else 0  # what could be read is written; CI must still see the failure


def _read_files(names: list[str]) -> tuple[list, bool]:
    """Normalize each named note; report unreadable ones on stderr. Gives (results, any failed)."""
    results, failed = [], False
    for name in names:
        result = normalize_file(name, name)
        if isinstance(result, Diagnostic):
            print(str(result), file=sys.stderr)
            failed = True
        else:
            results.append(result)
    return results, failed


def cmd_inspect(args) -> int:
    records, failed = _read_files(args.files)
    if args.json:
        json.dump([_with_evidence(r.event) for r in records], sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        for r in records:
            print(_describe(r))
    return 1 if failed else 0


def _with_evidence(event) -> dict:
    """The contract's record plus the optional `evidence` object on the event and each talk."""
    from .core.model import evidence_json

    record = event.to_json()
    record["evidence"] = evidence_json(event.evidence)
    for talk, out in zip(event.talks, record["talks"]):
        out["evidence"] = evidence_json(talk.evidence)
    return record


def _unsure(clues, field: str) -> str:
    """`  (?: from the publication date)` after a field read with low or medium confidence."""
    clue = next((c for c in reversed(clues) if c.field == field), None)
    return f"  (? {clue.reading})" if clue and clue.confidence != "high" else ""


def _describe(result) -> str:
    e = result.event
    lines = [f"{e.source}", f"  event:    {e.title}{_unsure(e.evidence, 'title')}",
             f"  date:     {e.date or '(unknown)'}{_unsure(e.evidence, 'date') if e.date else ''}"]
    for label, value in (("venue", e.venue), ("url", e.url), ("source", e.source_url)):
        if value:
            lines.append(f"  {label + ':':9s} {value}{_unsure(e.evidence, label)}")
    if e.hashtags:
        lines.append("  hashtags: " + " ".join("#" + h for h in e.hashtags))
    if e.tags:
        lines.append("  tags:     " + ", ".join(e.tags))
    if e.draft:
        lines.append("  draft:    yes (build and publish leave it out until its draft line is deleted)")
    lines.append(f"  talks:    {len(e.talks)}")
    for n, t in enumerate(e.talks, 1):
        extra = [x for x in (t.room, t.kind if t.kind != "talk" else None) if x]
        lines.append(f"   {n:2d}. {t.title}" + (f"  [{', '.join(extra)}]" if extra else "") + _unsure(t.evidence, "title"))
        who = ", ".join(s.name + (f" (@{s.handle})" if s.handle and s.handle != s.name else "") for s in t.speakers)
        lines.append(f"       by {who or '(no speaker found)'}{_unsure(t.evidence, 'speakers') if who else ''}")
        for label, value in (("slides", t.slides), ("video", t.video)):
            if value:
                lines.append(f"       {label}: {value}")
    for d in result.diagnostics:
        lines.append(f"  {d.level}: {d.message}" + (f" (line {d.line})" if d.line else ""))
    return "\n".join(lines)


def cmd_import(args) -> int:
    from .commands.canonical_note import already_there, canonical_file_name, write_canonical

    into = Path(args.into) if args.into else _load_config(args)[0].content_dir
    results, failed = _read_files(args.files)
    for result in results:
        found = already_there(Path(result.note.path), result.event, into)
        if found and not (args.force and found[0].resolve() == (into / canonical_file_name(result.event)).resolve()):
            shown = os.path.relpath(found[0])
            print(f"error: {result.note.path}: already in the content folder as {shown} ({found[1]}); "
                  f"not imported (edit {shown}, or delete it to import the note again)", file=sys.stderr)
            failed = True
            continue
        target = write_canonical(result.event, into, force=args.force)
        print(f"{result.note.path} -> {target} ({len(result.event.talks)} talks)")
    return 1 if failed else 0


def cmd_check(args) -> int:
    from .engine.build import check_site

    config, warnings = _load_config(args)
    result = check_site(config, tuple(warnings))
    for d in result.diagnostics + result.notices:
        print(str(d))
    drafts = f" ({result.drafts} drafts left out; check --drafts checks them)" if result.drafts else ""
    print(f"{result.notes} notes checked{drafts}, {result.talks} talks, {result.errors} errors, "
          f"{result.warnings} warnings")
    return 1 if result.errors or (args.strict and result.warnings) else 0


def cmd_serve(args) -> int:
    from .preview.serve import Preview, run

    _load_config(args, drafts=True)  # a broken site.yml is reported before anything starts
    preview = Preview(lambda: _load_config(args, drafts=True, say=False), host=args.host, port=args.port,
                      search=not args.no_search, force=args.force)
    return run(preview, open_browser=args.open)


def cmd_publish(args) -> int:
    from .commands.publish import publish

    result = publish(args.config, remote=args.remote, branch=args.branch, message=args.message, cname=args.cname,
                     base_url=args.base_url, dry_run=args.dry_run)
    print(result.summary())
    return 0


def cmd_init(args) -> int:
    from .commands.scaffold import GITIGNORE, init_site

    result = init_site(Path(args.dir), force=args.force, title=args.title)
    for rel in result.written:
        print(f"wrote {Path(args.dir) / rel}")
    for rel in result.kept:
        extra = f" (make sure it ignores {', '.join(GITIGNORE.split()[-2:])})" if rel == ".gitignore" else ""
        print(f"kept {Path(args.dir) / rel}: it already exists{extra}", file=sys.stderr)
    if ".github/workflows/pages.yml" in result.written:
        print(f"the GitHub Pages workflow installs {result.spec}" if result.spec else
              "the GitHub Pages workflow installs what the repository variable TALKARCHIVE_SPEC names, e.g. "
              "talkarchive @ git+https://github.com/OWNER/talkarchive@<commit> (set it before the first push)")
    print(f"next: cd {args.dir} && talkarchive serve   (then push to GitHub; see README, Publishing)")
    return 0


def cmd_new(args) -> int:
    from .commands.scaffold import new_note, parse_date

    date = parse_date(args.date)
    config, warnings = _load_config(args)
    _print_diagnostics(warnings)
    if config.config_path is None and not args.content:
        from .engine.build import require_content_dir

        require_content_dir(config)  # no site here or above: say so rather than start one by accident
    print(new_note(args.title, config.content_dir, date))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    handler = {"build": cmd_build, "serve": cmd_serve, "inspect": cmd_inspect, "import": cmd_import,
               "check": cmd_check, "publish": cmd_publish, "init": cmd_init, "new": cmd_new}[args.command]
    try:
        return handler(args)
    except GeneratorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


def run() -> None:
    """The `talkarchive` command: main(), then leave without tearing the interpreter down.

    A build's records hold cycles (the views and the plan refer to each other), so once build()
    returns they wait for the collector; Python's exit sweeps them one by one, 1.2 s after a
    10,000-note build. The operating system takes the memory back at once. Nothing is lost:
    every file is written and closed before main() returns, and the streams are flushed here.
    """
    try:
        code = main()
    except BrokenPipeError:  # the reader stopped early (`talkarchive inspect --json | head`): not an error of ours
        code = 1
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (`talkarchive build | head`), a closed stream
            pass
    os._exit(code)


if __name__ == "__main__":
    run()
