"""Write stage: files -> output folder, all or nothing.

Everything is written into a staging folder beside the output and swapped in
only when complete, so a failed or killed build leaves the previous site as it
was. Before anything is replaced the output folder is checked: never `/`, the
home folder, the project root, the content or theme folders, or a non-empty
folder that talkarchive did not write (unless forced).
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Callable

from . import __version__
from .config import SiteConfig
from .errors import BuildError

MARKER = ".talkarchive-output"


def check_output_dir(config: SiteConfig, force: bool = False) -> Path:
    out = config.output_dir.resolve()
    dangerous = {Path("/").resolve(), Path.home().resolve(), config.root.resolve()}
    if out in dangerous:
        raise BuildError(f"refusing to use {out} as the output folder: it would be replaced by the site",
                         path=str(config.config_path or "site.yml"), hint="set `output_dir` to a folder of its own")
    for name, folder in (("content", config.content_dir), ("themes", config.themes_dir),
                         ("templates", config.templates_dir)):
        folder = folder.resolve()
        if out == folder or folder in out.parents or out in folder.parents:
            raise BuildError(f"the output folder {out} overlaps the {name} folder {folder}",
                             path=str(config.config_path or "site.yml"), hint="choose another `output_dir`")
    if out.exists() and not out.is_dir():
        raise BuildError(f"the output path {out} is a file, not a folder", hint="remove it or choose another")
    if out.is_dir() and not force and not (out / MARKER).exists() and any(out.iterdir()):
        raise BuildError(f"the output folder {out} is not empty and was not written by talkarchive",
                         hint="empty it, choose another `output_dir`, or pass --force")
    return out


def inside_output(root: Path, rel: str) -> Path:
    """root/rel, refusing any path that would leave the output folder."""
    target = (root / rel).resolve()
    if root != target and root not in target.parents:
        raise BuildError(f"refusing to write '{rel}': it is outside the output folder")
    return target


def write_site(out: Path, files: dict[str, str], assets: dict[str, Path],
               finish: Callable[[Path], None] | None = None) -> int:
    """Write pages and copy assets into `out`, atomically. Returns the number of files written.

    `finish` gets the complete staging folder before it is swapped in (the search indexer uses it).
    """
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = out.parent / f".{out.name}.staging-{os.getpid()}"
    old = out.parent / f".{out.name}.old-{os.getpid()}"
    for leftover in (staging, old):
        shutil.rmtree(leftover, ignore_errors=True)
    staging.mkdir()
    root = staging.resolve()
    try:
        for rel, text in files.items():
            target = inside_output(root, rel)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        for rel, source in assets.items():
            if rel in files:
                continue
            target = inside_output(root, rel)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
        (root / MARKER).write_text(f"written by talkarchive {__version__}\n", encoding="utf-8")
        if finish:
            finish(root)
        if out.exists():
            out.rename(old)
        staging.rename(out)
    except (OSError, BuildError) as exc:
        shutil.rmtree(staging, ignore_errors=True)
        if old.exists() and not out.exists():
            old.rename(out)
        if isinstance(exc, BuildError):
            raise
        raise BuildError(f"cannot write the site: {exc}", path=str(out)) from None
    shutil.rmtree(old, ignore_errors=True)
    return len(files) + len([a for a in assets if a not in files])
