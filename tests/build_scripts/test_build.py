"""The build's options: which packages to ship."""

from __future__ import annotations

from build_scripts import build


def test_packages_default_to_all() -> None:
    args = build.parse_args([])
    assert build.package_list(args.packages) is None
    assert args.requirements == [] and not args.cdn


def test_packages_are_a_comma_separated_list() -> None:
    args = build.parse_args(["--packages", "numpy, scikit-learn", "--requirements", "a.txt", "--requirements", "b.txt"])
    assert build.package_list(args.packages) == ["numpy", "scikit-learn"]
    assert [str(p) for p in args.requirements] == ["a.txt", "b.txt"]
