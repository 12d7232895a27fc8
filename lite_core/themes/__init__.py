"""gr.themes: Gradio's theme classes, accepted so that themed apps run unchanged.

A theme names its hues, sizes and fonts and may override CSS variables with `.set()`.
Lite records them (the app's config names the theme) but does not draw with them yet:
its own look is used. Hues and sizes are the names Gradio uses (`colors.blue`,
`sizes.radius_md`), so `primary_hue="pink"` and `primary_hue=colors.pink` both work.
"""

from __future__ import annotations

from typing import Any

from . import colors, fonts, sizes
from .colors import Color
from .fonts import Font, GoogleFont, LocalFont
from .sizes import Size

__all__ = [
    "Base",
    "Citrus",
    "Color",
    "Default",
    "Font",
    "Glass",
    "GoogleFont",
    "LocalFont",
    "Monochrome",
    "Ocean",
    "Origin",
    "Size",
    "Soft",
    "ThemeClass",
    "colors",
    "fonts",
    "sizes",
]


class ThemeClass:
    """What every theme is: named values, and CSS variables set over them."""

    theme_name = "base"

    def __init__(self, **values: Any) -> None:
        self.values = values
        self.overrides: dict[str, Any] = {}

    def set(self, **variables: Any) -> ThemeClass:
        """Override theme variables (Gradio's names, e.g. `button_primary_background_fill`)."""
        self.overrides.update(variables)
        return self

    @property
    def name(self) -> str:
        return self.theme_name


def _theme(name: str) -> type[ThemeClass]:
    return type(name.capitalize(), (ThemeClass,), {"theme_name": name, "__doc__": f"Gradio's {name} theme."})


Base = _theme("base")
Default = _theme("default")
Origin = _theme("origin")
Citrus = _theme("citrus")
Monochrome = _theme("monochrome")
Soft = _theme("soft")
Glass = _theme("glass")
Ocean = _theme("ocean")
