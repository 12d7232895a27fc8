"""Gradio's size names: radius, spacing and text sizes, each with its seven steps."""

from __future__ import annotations

from typing import ClassVar

STEPS = ("xxs", "xs", "sm", "md", "lg", "xl", "xxl")


class Size:
    all: ClassVar[list[Size]] = []
    xxs: str
    xs: str
    sm: str
    md: str
    lg: str
    xl: str
    xxl: str

    def __init__(self, *steps: str, name: str | None = None) -> None:
        self.name = name
        for step, value in zip(STEPS, steps, strict=False):
            setattr(self, step, value)
        Size.all.append(self)

    def expand(self) -> list[str]:
        return [getattr(self, step) for step in STEPS]

    def __repr__(self) -> str:
        return f"Size({self.name!r})"


radius_none = Size("0px", "0px", "0px", "0px", "0px", "0px", "0px", name="radius_none")
radius_sm = Size("1px", "1px", "2px", "4px", "6px", "8px", "12px", name="radius_sm")
radius_md = Size("1px", "2px", "4px", "6px", "8px", "12px", "22px", name="radius_md")
radius_lg = Size("2px", "4px", "6px", "8px", "12px", "16px", "24px", name="radius_lg")
spacing_sm = Size("1px", "1px", "2px", "4px", "6px", "9px", "12px", name="spacing_sm")
spacing_md = Size("1px", "2px", "4px", "6px", "8px", "10px", "16px", name="spacing_md")
spacing_lg = Size("2px", "4px", "6px", "8px", "10px", "14px", "28px", name="spacing_lg")
text_sm = Size("8px", "9px", "11px", "13px", "16px", "20px", "24px", name="text_sm")
text_md = Size("9px", "10px", "12px", "14px", "16px", "22px", "26px", name="text_md")
text_lg = Size("10px", "12px", "14px", "16px", "20px", "24px", "28px", name="text_lg")
