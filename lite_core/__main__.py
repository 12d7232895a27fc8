"""`python -m lite_core ...`: the `lite` command."""

from .cli import main

main()
