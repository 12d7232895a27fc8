"""The CSS variables a theme sets, with Gradio 5's names (`--block-border-color`, ...).

Each entry is (light, dark). A value may name another variable as Gradio does
(`*neutral_200` becomes `var(--neutral-200)`). Where Gradio's own default fails WCAG AA
(white on orange-500 is 2.8:1, neutral-400 text on white 2.6:1) a darker shade is used.
"""

from __future__ import annotations

import re

SEMANTIC: dict[str, tuple[str, str]] = {
    "body_background_fill": ("*background_fill_primary", "*background_fill_primary"),
    "body_text_color": ("*neutral_800", "*neutral_100"),
    "body_text_color_subdued": ("*neutral_600", "*neutral_400"),
    "body_text_size": ("*text_md", "*text_md"),
    "background_fill_primary": ("white", "*neutral_950"),
    "background_fill_secondary": ("*neutral_50", "*neutral_900"),
    "border_color_primary": ("*neutral_200", "*neutral_700"),
    "border_color_accent": ("*primary_300", "*neutral_600"),
    "color_accent": ("*primary_600", "*primary_500"),
    "color_accent_soft": ("*primary_50", "*neutral_700"),
    "link_text_color": ("*secondary_700", "*secondary_400"),
    "block_background_fill": ("*background_fill_primary", "*neutral_800"),
    "block_border_color": ("*border_color_primary", "*border_color_primary"),
    "block_border_width": ("1px", "1px"),
    "block_label_text_color": ("*neutral_600", "*neutral_200"),
    "block_label_text_size": ("*text_sm", "*text_sm"),
    "block_label_text_weight": ("400", "400"),
    "block_title_text_color": ("*neutral_600", "*neutral_200"),
    "block_title_text_size": ("*text_md", "*text_md"),
    "block_title_text_weight": ("400", "400"),
    "block_info_text_color": ("*body_text_color_subdued", "*body_text_color_subdued"),
    "block_radius": ("*radius_lg", "*radius_lg"),
    "block_padding": ("*spacing_xl calc(*spacing_xl + 2px)", "*spacing_xl calc(*spacing_xl + 2px)"),
    "block_shadow": ("*shadow_drop", "none"),
    "shadow_drop": ("rgba(0, 0, 0, 0.05) 0px 1px 2px 0px", "rgba(0, 0, 0, 0.05) 0px 1px 2px 0px"),
    "layout_gap": ("*spacing_xxl", "*spacing_xxl"),
    "panel_background_fill": ("*background_fill_secondary", "*background_fill_secondary"),
    "panel_border_color": ("*border_color_primary", "*border_color_primary"),
    "panel_border_width": ("1px", "1px"),
    "input_background_fill": ("white", "*neutral_900"),
    "input_background_fill_readonly": ("*neutral_50", "*neutral_800"),
    "input_border_color": ("*neutral_300", "*neutral_600"),
    "input_border_color_focus": ("*color_accent", "*color_accent"),
    "input_border_width": ("1px", "1px"),
    "input_placeholder_color": ("*neutral_500", "*neutral_400"),
    "input_radius": ("*radius_lg", "*radius_lg"),
    "input_padding": ("*spacing_lg", "*spacing_lg"),
    "input_text_size": ("*text_md", "*text_md"),
    "button_primary_background_fill": ("*primary_700", "*primary_700"),
    "button_primary_background_fill_hover": ("*primary_800", "*primary_800"),
    "button_primary_border_color": ("*primary_700", "*primary_600"),
    "button_primary_text_color": ("white", "white"),
    "button_secondary_background_fill": ("*neutral_100", "*neutral_700"),
    "button_secondary_background_fill_hover": ("*neutral_200", "*neutral_600"),
    "button_secondary_border_color": ("*neutral_200", "*neutral_600"),
    "button_secondary_text_color": ("*neutral_800", "white"),
    "button_cancel_background_fill": ("#dc2626", "#b91c1c"),
    "button_cancel_background_fill_hover": ("#b91c1c", "#dc2626"),
    "button_cancel_border_color": ("#dc2626", "#b91c1c"),
    "button_cancel_text_color": ("white", "white"),
    "button_large_radius": ("*radius_lg", "*radius_lg"),
    "button_small_radius": ("*radius_md", "*radius_md"),
    "button_large_padding": ("*spacing_lg calc(2 * *spacing_lg)", "*spacing_lg calc(2 * *spacing_lg)"),
    "button_small_padding": ("*spacing_sm calc(2 * *spacing_sm)", "*spacing_sm calc(2 * *spacing_sm)"),
    "checkbox_border_color": ("*neutral_500", "*neutral_500"),
    "checkbox_label_background_fill": ("*background_fill_primary", "*neutral_900"),
    "checkbox_label_border_color": ("*border_color_primary", "*border_color_primary"),
    "slider_color": ("*color_accent", "*color_accent"),
    "loader_color": ("*color_accent", "*color_accent"),
    "code_background_fill": ("*neutral_100", "*neutral_900"),
    "table_border_color": ("*neutral_300", "*neutral_700"),
    "table_even_background_fill": ("white", "*neutral_950"),
    "table_odd_background_fill": ("*neutral_50", "*neutral_900"),
    "table_row_focus": ("*color_accent_soft", "*color_accent_soft"),
    "error_background_fill": ("#fef2f2", "*neutral_900"),
    "error_border_color": ("#b91c1c", "#ef4444"),
    "error_text_color": ("#b91c1c", "#fef2f2"),
    "accent_text_color": ("*primary_700", "*primary_300"),
}

_REF = re.compile(r"\*([a-z0-9_]+)")


def css_value(value: str) -> str:
    """Gradio's `*name` references as CSS: `*spacing_xl` -> `var(--spacing-xl)`."""
    return _REF.sub(lambda m: f"var(--{m.group(1).replace('_', '-')})", str(value))


def css_name(name: str) -> str:
    return "--" + name.replace("_", "-")
