"""README documents every site.yml key and every CLI command and option."""
from __future__ import annotations

import re

from generator.cli import _parser
from generator.core.config import SCHEMA
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def test_every_config_key_is_in_the_reference():
    documented = set(re.findall(r"^\| `([a-z_.]+)` \|", README, flags=re.MULTILINE))
    assert documented == set(SCHEMA)


def test_every_cli_command_and_option_is_documented():
    parser = _parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, command in sub.choices.items():
        assert f"talkarchive {name}" in README, name
        for action in command._actions:
            for flag in action.option_strings:
                if flag.startswith("--") and flag != "--help":
                    assert flag in README, f"{name} {flag}"


def test_quick_start_has_exactly_the_two_commands():
    block = README.split("## Quick start", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    commands = [l.split("#")[0].strip() for l in block.strip().splitlines() if l.strip()]
    assert commands == ["pip install . && talkarchive build", "bash scripts/test"]
    assert "bash scripts/test" in (REPO / ".ci/run").read_text()
