"""gr.TabbedInterface: several apps (Interfaces, Blocks) in one, a tab each."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .blocks import Blocks
from .components.markdown import Markdown
from .layouts.tabs import Tab, Tabs


class TabbedInterface(Blocks):
    def __init__(
        self,
        interface_list: Sequence[Blocks],
        tab_names: Sequence[str] | None = None,
        title: str | None = None,
        theme: Any = None,
        analytics_enabled: bool | None = None,
        css: str | None = None,
        js: str | None = None,
        head: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(title=title or "Gradio", css=css, theme=theme, **kwargs)
        names = list(tab_names) if tab_names is not None else [f"Tab {i}" for i in range(len(interface_list))]
        if len(names) != len(interface_list):
            raise ValueError(f"{len(interface_list)} interfaces but {len(names)} tab names")
        with self:
            if title:
                Markdown(f"<h1 style='text-align: center; margin-bottom: 1rem'>{title}</h1>")
            with Tabs():
                for app, name in zip(interface_list, names):
                    with Tab(label=name):
                        app.render()
