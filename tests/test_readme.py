"""The README's samples of output are what their commands print now (tools/readme_samples.py)."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).parent.parent


def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("readme_samples", ROOT / "tools" / "readme_samples.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["readme_samples"] = module  # its dataclass looks itself up there
    spec.loader.exec_module(module)
    return module


def test_every_sample_is_what_its_command_prints() -> None:
    samples = tool()
    text = samples.README.read_text(encoding="utf-8")
    stale = [f"{s.command}:\n{made}" for s, made in samples.stale(text)]
    assert not stale, "stale README samples (python3 tools/readme_samples.py --update):\n" + "\n".join(stale)


def test_every_block_of_output_in_the_tables_section_is_a_sample() -> None:
    text = tool().README.read_text(encoding="utf-8")
    start = text.index("### Tables")
    tables = text[start:text.index("\n## ", start)]  # to the next section
    blocks = re.findall(r"(.*)\n```\n", tables)[::2]  # the line before each opening fence
    assert len(blocks) >= 16
    assert all(line.startswith("<!-- sample ") for line in blocks), blocks
