"""gr.themes: Gradio's theme classes, accepted so that themed apps run unchanged.

A theme names its hues, sizes and fonts and may override CSS variables with `.set()`.
`variables()` gives the CSS variables (Gradio's names) for light and dark; the app's
config carries them and the page applies them to that app only. Hues and sizes are the
names Gradio uses (`colors.blue`, `sizes.radius_md`), so `primary_hue="pink"` and
`primary_hue=colors.pink` both work.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from ..protocol import ThemeVariables
from . import colors, fonts, sizes
from .colors import Color
from .fonts import Font, GoogleFont, LocalFont
from .sizes import Size
from .variables import SEMANTIC, css_value

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
    "resolve",
    "sizes",
]


FontSpec = Font | str | Iterable[Font | str]
SANS = ("ui-sans-serif", "system-ui", "-apple-system", "Segoe UI", "sans-serif")
MONO = ("ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace")


class ThemeClass:
    """What every theme is: hues, sizes and fonts, and CSS variables set over them."""

    theme_name = "base"
    # Each theme's defaults (Gradio's choices for it) and the variables it sets itself.
    defaults: ClassVar[dict[str, Any]] = {}
    preset: ClassVar[dict[str, str]] = {}

    def __init__(
        self,
        *,
        primary_hue: Color | str | None = None,
        secondary_hue: Color | str | None = None,
        neutral_hue: Color | str | None = None,
        spacing_size: Size | str | None = None,
        radius_size: Size | str | None = None,
        text_size: Size | str | None = None,
        font: FontSpec | None = None,
        font_mono: FontSpec | None = None,
        **_: Any,
    ) -> None:
        given = {
            "primary_hue": primary_hue,
            "secondary_hue": secondary_hue,
            "neutral_hue": neutral_hue,
            "spacing_size": spacing_size,
            "radius_size": radius_size,
            "text_size": text_size,
            "font": font,
            "font_mono": font_mono,
        }
        self.values = {key: value for key, value in given.items() if value is not None}
        chosen = {**_BASE_DEFAULTS, **self.defaults, **self.values}
        self.primary_hue = _hue(chosen["primary_hue"])
        self.secondary_hue = _hue(chosen["secondary_hue"])
        self.neutral_hue = _hue(chosen["neutral_hue"])
        self.spacing_size = _size(chosen["spacing_size"], "spacing")
        self.radius_size = _size(chosen["radius_size"], "radius")
        self.text_size = _size(chosen["text_size"], "text")
        self.font = _font_stack(chosen["font"], SANS)
        self.font_mono = _font_stack(chosen["font_mono"], MONO)
        self.overrides: dict[str, Any] = {}

    def set(self, **variables: Any) -> ThemeClass:
        """Override theme variables (Gradio's names, e.g. `button_primary_background_fill`;
        `..._dark` for dark mode)."""
        self.overrides.update(variables)
        return self

    @property
    def name(self) -> str:
        return self.theme_name

    def variables(self) -> ThemeVariables:
        """The CSS variables (snake_case names) for light mode and for dark mode."""
        light = self._core()
        dark: dict[str, str] = {}
        for name, (light_value, dark_value) in SEMANTIC.items():
            light[name] = css_value(light_value)
            dark[name] = css_value(dark_value)
        for name, value in {**self.preset, **self.overrides}.items():
            if name.endswith("_dark"):
                dark[name.removesuffix("_dark")] = css_value(str(value))
            else:
                light[name] = css_value(str(value))
                if name not in SEMANTIC:
                    dark.setdefault(name, css_value(str(value)))
        return ThemeVariables(light=light, dark=dark)

    def _core(self) -> dict[str, str]:
        core: dict[str, str] = {}
        for prefix, hue in (
            ("primary", self.primary_hue),
            ("secondary", self.secondary_hue),
            ("neutral", self.neutral_hue),
        ):
            for shade, value in zip(colors.SHADES, hue.expand(), strict=True):
                if value:
                    core[f"{prefix}_{shade[1:]}"] = value
        for prefix, size in (("spacing", self.spacing_size), ("radius", self.radius_size), ("text", self.text_size)):
            for step, value in zip(sizes.STEPS, size.expand(), strict=True):
                core[f"{prefix}_{step}"] = value
        core["font"] = self.font
        core["font_mono"] = self.font_mono
        return core


_BASE_DEFAULTS: dict[str, Any] = {
    "primary_hue": colors.blue,
    "secondary_hue": colors.blue,
    "neutral_hue": colors.gray,
    "spacing_size": sizes.spacing_md,
    "radius_size": sizes.radius_md,
    "text_size": sizes.text_md,
    "font": (GoogleFont("Source Sans Pro"), *SANS),
    "font_mono": (GoogleFont("IBM Plex Mono"), *MONO),
}


def _hue(value: Color | str) -> Color:
    if isinstance(value, Color):
        return value
    hue = getattr(colors, str(value), None)
    if not isinstance(hue, Color):
        raise ValueError(f"Color {value!r} not found; use a name from gr.themes.colors (e.g. 'blue').")
    return hue


def _size(value: Size | str, kind: str) -> Size:
    if isinstance(value, Size):
        return value
    size = getattr(sizes, f"{kind}_{value}", None) or getattr(sizes, str(value), None)
    if not isinstance(size, Size):
        raise ValueError(f"Size {value!r} not found; use one of gr.themes.sizes (e.g. '{kind}_md').")
    return size


def _font_stack(value: FontSpec, fallback: tuple[str, ...]) -> str:
    items = [value] if isinstance(value, (str, Font)) else list(value)
    names = [item.name if isinstance(item, Font) else str(item) for item in items] or list(fallback)
    generic = {
        "-apple-system",
        "sans-serif",
        "serif",
        "monospace",
        "system-ui",
        "ui-sans-serif",
        "ui-monospace",
        "cursive",
    }
    return ", ".join(name if name in generic else f'"{name}"' for name in names)


def _hues(primary: Color, secondary: Color, neutral: Color, **more: Any) -> dict[str, Any]:
    return {"primary_hue": primary, "secondary_hue": secondary, "neutral_hue": neutral, **more}


def _theme(name: str, defaults: dict[str, Any], preset: dict[str, str] | None = None) -> type[ThemeClass]:
    attrs = {"theme_name": name, "defaults": defaults, "preset": preset or {}, "__doc__": f"Gradio's {name} theme."}
    return type(name.capitalize(), (ThemeClass,), attrs)


Base = _theme("base", {})
Default = _theme("default", {"primary_hue": colors.orange, "neutral_hue": colors.zinc})
Origin = _theme("origin", {"primary_hue": colors.orange, "neutral_hue": colors.gray})
Citrus = _theme("citrus", {"primary_hue": colors.amber, "secondary_hue": colors.amber, "neutral_hue": colors.stone})
Monochrome = _theme(
    "monochrome",
    {
        "primary_hue": colors.neutral,
        "secondary_hue": colors.neutral,
        "neutral_hue": colors.neutral,
        "radius_size": sizes.radius_sm,
    },
    {
        "button_primary_background_fill": "*neutral_900",
        "button_primary_background_fill_hover": "*neutral_700",
        "button_primary_border_color": "*neutral_900",
        "button_primary_background_fill_dark": "*neutral_100",
        "button_primary_background_fill_hover_dark": "*neutral_300",
        "button_primary_border_color_dark": "*neutral_100",
        "button_primary_text_color_dark": "*neutral_900",
    },
)
Soft = _theme(
    "soft",
    {
        "primary_hue": colors.indigo,
        "secondary_hue": colors.indigo,
        "neutral_hue": colors.gray,
        "radius_size": sizes.radius_lg,
    },
    {"body_background_fill": "*neutral_50", "block_border_width": "0px", "block_shadow": "*shadow_drop"},
)
Glass = _theme(
    "glass",
    {
        "primary_hue": colors.stone,
        "secondary_hue": colors.stone,
        "neutral_hue": colors.stone,
        "radius_size": sizes.radius_sm,
    },
    {"body_background_fill": "linear-gradient(180deg, *neutral_50, *neutral_100)"},
)
Ocean = _theme(
    "ocean",
    {
        "primary_hue": colors.blue,
        "secondary_hue": colors.cyan,
        "neutral_hue": colors.zinc,
        "radius_size": sizes.radius_lg,
    },
    {"button_primary_background_fill": "linear-gradient(120deg, *primary_700, *secondary_700)"},
)

_BY_NAME = {cls.theme_name: cls for cls in (Base, Default, Origin, Citrus, Monochrome, Soft, Glass, Ocean)}


def resolve(theme: Any) -> ThemeClass:
    """The theme an app names: a theme object, a name ("soft", "gradio/soft"), or None (Default)."""
    if isinstance(theme, ThemeClass):
        return theme
    if isinstance(theme, type) and issubclass(theme, ThemeClass):
        return theme()
    name = str(theme or "default").lower().removeprefix("gradio/")
    return _BY_NAME.get(name, Default)()
