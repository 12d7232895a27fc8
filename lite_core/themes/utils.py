"""`from gradio.themes.utils import colors, fonts, sizes`, as Gradio's theming guide writes it."""

from . import colors, fonts, sizes

__all__ = ["colors", "fonts", "sizes"]
