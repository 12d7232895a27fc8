"""examples/ holds every code sample of the guides, unchanged."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT.parent / "shared" / "seed" / "guides.md"


@pytest.mark.skipif(not GUIDE.exists(), reason="the seed guide lies beside the repository")
def test_every_guide_sample_is_an_example_file_unchanged() -> None:
    samples = re.findall(r"```python\n(.*?)```", GUIDE.read_text(), re.S)
    files = {p.read_text() for p in ROOT.joinpath("examples").rglob("*.py")}
    missing = [sample.splitlines()[0:3] for sample in samples if sample not in files]
    assert len(samples) == 18
    assert not missing, missing
