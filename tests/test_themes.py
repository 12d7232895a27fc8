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


def test_a_theme_becomes_css_variables_in_the_config() -> None:
    theme = gr.themes.Soft(primary_hue="green", radius_size="lg", font="Inter")
    theme = theme.set(button_primary_background_fill="#123456", block_radius_dark="*radius_xs")
    variables = gr.Blocks(theme=theme).config()["theme_vars"]
    light, dark = variables["light"], variables["dark"]
    assert light["primary_500"] == gr.themes.colors.green.c500
    assert light["radius_lg"] == gr.themes.sizes.radius_lg.lg
    assert light["font"] == '"Inter"'
    assert light["button_primary_background_fill"] == "#123456"
    assert dark["button_primary_background_fill"] == "var(--primary-700)"  # dark keeps its own
    assert light["block_radius"] == "var(--radius-lg)" and dark["block_radius"] == "var(--radius-xs)"
    assert dark["body_text_color"] == "var(--neutral-100)"


def test_the_default_theme_is_gradios_orange_on_zinc() -> None:
    light = gr.Interface(lambda x: x, "text", "text").config()["theme_vars"]["light"]
    assert light["primary_500"] == "#f97316" and light["neutral_200"] == "#e4e4e7"
    assert gr.Blocks(theme="gradio/monochrome").config()["theme_vars"]["light"]["primary_500"] == "#737373"


def test_an_unknown_hue_names_the_choices() -> None:
    import pytest

    with pytest.raises(ValueError, match=r"gr\.themes\.colors"):
        gr.themes.Default(primary_hue="orangey")


def test_css_js_and_head_reach_the_config() -> None:
    config = gr.Blocks(css=".x {color: red}", js="() => 1", head="<meta name=a>").config()
    assert (config["css"], config["js"], config["head"]) == (".x {color: red}", "() => 1", "<meta name=a>")
