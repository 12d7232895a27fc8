"""`pip install .`: the package, plus the built web front end (dist/) as lite_core/_web, so
that `lite serve`, `lite dev` and `lite build` work from an installed copy. Build dist/ first
(`python -m build_scripts.build`); without it the commands look for LITE_DIST or a checkout."""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

DIST = Path(__file__).resolve().parent / "dist"


class BuildWithWeb(build_py):
    def run(self) -> None:
        super().run()
        if (DIST / "lite.js").is_file():
            target = Path(self.build_lib) / "lite_core" / "_web"
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(DIST, target, ignore=shutil.ignore_patterns("examples", "index.html"))


setup(cmdclass={"build_py": BuildWithWeb})
