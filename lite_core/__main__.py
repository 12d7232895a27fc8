"""`python -m lite_core ...`: the `lite` command."""

from .cli import main

if __name__ == "__main__":  # imported (by tools listing modules), it does nothing
    main()
