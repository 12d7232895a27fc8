"""lite.css carries the Default theme's variables exactly as gr.themes computes them."""

from __future__ import annotations

from build_scripts import gen_theme_css


def test_lite_css_has_the_default_themes_variables() -> None:
    text = gen_theme_css.CSS.read_text()
    assert gen_theme_css.render(text) == text, f"stale theme variables in lite.css: run {gen_theme_css.COMMAND}"


def test_dark_values_follow_the_light_block() -> None:
    block = gen_theme_css.block()
    assert block.index(gen_theme_css.LIGHT) < block.index(gen_theme_css.DARK)
    assert "--button-primary-background-fill: var(--primary-700);" in block
