"""Themed apps run unchanged: gr.themes as Gradio's demos use it."""

from __future__ import annotations

import lite_core as gr


def test_a_themed_app_builds_and_names_its_theme() -> None:
    theme = gr.themes.Soft(primary_hue="pink", font=[gr.themes.GoogleFont("Inter"), "sans-serif"])
    theme = theme.set(button_primary_background_fill="*primary_300")
    demo = gr.Interface(lambda x: x, "text", "text", theme=theme)
    assert demo.config()["theme"] == "soft"
    assert theme.overrides == {"button_primary_background_fill": "*primary_300"}


def test_gradios_palette_and_sizes() -> None:
    assert gr.themes.colors.blue.c500 == "#3b82f6" and len(gr.themes.colors.red.expand()) == 11
    assert gr.themes.sizes.radius_sm.md == "4px"
    assert gr.themes.Default(primary_hue=gr.themes.colors.red).name == "default"
    assert gr.Blocks(theme=gr.themes.Monochrome()).config()["theme"] == "monochrome"
