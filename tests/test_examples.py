"""examples/ holds every code sample of the guides, unchanged.

The samples come from the seed guide (`../shared/seed/guides.md`, beside the
repository), which a clone elsewhere does not have: `tests/guide_samples.md` is the
committed copy of its ```python blocks, in order, each under the guide's heading. The
check of examples/ reads the copy and never skips; when the guide is there, the copy
must still match it. Refresh the copy with `python -m tests.test_examples`.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT.parent / "shared" / "seed" / "guides.md"
COPY = Path(__file__).resolve().parent / "guide_samples.md"
REFRESH = "python -m tests.test_examples"
SAMPLE = re.compile(r"```python\n(.*?)```", re.S)
HEADING = re.compile(r"^(#+) (.*)$", re.M)

HEADER = f"""# The seed guide's Python samples

Copied from `shared/seed/guides.md` by `{REFRESH}`; do not edit by hand.
Each sample is under the guide's headings that lead to it. tests/test_examples.py
checks that every one is a file of examples/, unchanged, and, where the guide lies
beside the repository, that this copy still matches it.
"""


def samples(markdown: str) -> list[str]:
    return SAMPLE.findall(markdown)


def render_copy(guide: str) -> str:
    """The guide's ```python blocks, each under the headings that lead to it."""
    parts = [HEADER]
    headings: list[str] = []  # the current heading of each level
    fence: str | None = None  # the language of the code block being read, if any
    code: list[str] = []
    for line in guide.splitlines(keepends=True):
        if fence is None and line.startswith("```"):
            fence, code = line[3:].strip(), []
        elif fence is not None and line.startswith("```"):
            if fence == "python":
                title = " / ".join(h for h in headings if h)
                parts.append(f"## {len(parts)}. {title}\n\n```python\n{''.join(code)}```\n")
            fence = None
        elif fence is not None:
            code.append(line)
        elif heading := HEADING.match(line):
            level = len(heading.group(1))
            headings = headings[: level - 1] + [""] * (level - 1 - len(headings)) + [heading.group(2)]
    return "\n".join(parts)


def test_every_guide_sample_is_an_example_file_unchanged() -> None:
    found = samples(COPY.read_text())
    files = {p.read_text() for p in ROOT.joinpath("examples").rglob("*.py")}
    missing = [sample.splitlines()[0:3] for sample in found if sample not in files]
    assert len(found) == 18
    assert not missing, missing


def test_the_copy_matches_the_guide_where_the_guide_is() -> None:
    if not GUIDE.exists():
        return  # a clone without the seed: the committed copy is the reference
    assert COPY.read_text() == render_copy(GUIDE.read_text()), f"tests/guide_samples.md is stale: run `{REFRESH}`"


if __name__ == "__main__":
    COPY.write_text(render_copy(GUIDE.read_text()))
    print(f"wrote {COPY.relative_to(ROOT)}: {len(samples(COPY.read_text()))} samples")
