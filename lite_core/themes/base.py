"""`from gradio.themes.base import Base`: where Gradio's guides import the base theme from."""

from . import Base, ThemeClass

__all__ = ["Base", "ThemeClass"]
