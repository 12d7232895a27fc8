"""Blocks: the graph of an app (its blocks, their layout and the events between them)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from collections.abc import Set as AbstractSet
from typing import Any, Literal

from .blocks_base import Block, BlockContext, current_context, event_listener
from .components.base import Component
from .dependency import Dependency
from .protocol import API_PREFIX, PROTOCOL, ApiInfo, AppConfig, EndpointInfo
from .version import __version__


def as_components(spec: Block | Sequence[Block] | AbstractSet[Block] | None) -> list[Any]:
    """Inputs or outputs as a list: one block (a layout too, whose props an event may
    update), a list, or a set (the function then receives one dict by component)."""
    if spec is None:
        return []
    if isinstance(spec, Block):
        return [spec]
    return list(spec)


class Blocks(BlockContext):
    """The app: `with gr.Blocks() as demo: ...` then `demo.launch()`."""

    block_type = "blocks"
    is_app = True

    def __init__(
        self,
        title: str = "Gradio",
        css: str | None = None,
        theme: Any = None,
        analytics_enabled: bool | None = None,
        mode: Literal["interface", "blocks"] = "blocks",
        **kwargs: Any,
    ) -> None:
        self.title = title
        self.css = css
        self.theme = theme
        self.mode = mode
        self.show_error = False
        self.blocks: dict[int, Block] = {}
        self.fns: list[Dependency] = []
        # Run once before the app answers (example caching).
        self.startup_tasks: list[Callable[[], Awaitable[None]]] = []
        super().__init__(render=False)
        self._id = 0
        self.blocks[0] = self

    # --- the graph ------------------------------------------------------------------

    def register(self, block: Block) -> None:
        if block._id < 0:
            block._id = max(self.blocks) + 1
            self.blocks[block._id] = block
        load_event = getattr(block, "load_event", None)
        if load_event is not None:
            block.load_event = None  # type: ignore[attr-defined]
            fn, inputs, every = load_event
            self.set_event_trigger([(self, "load")], fn, inputs, [block], every=every, show_progress="hidden")
        for child in getattr(block, "children", ()):
            self.register(child)

    load = event_listener("load")

    def __exit__(self, *exc: object) -> None:
        super().__exit__(*exc)
        # Built inside another app's `with` (a gr.Interface or gr.ChatInterface written in
        # a gr.Blocks, or a nested gr.Blocks): its blocks and events move there on leaving,
        # as in Gradio.
        context = current_context()
        if exc[0] is None and context is not None and context.attached_app() not in (None, self):
            self.render()

    def set_event_trigger(
        self,
        targets: Sequence[tuple[Block, str]],
        fn: Callable[..., Any] | None,
        inputs: Block | Sequence[Block] | AbstractSet[Block] | None,
        outputs: Block | Sequence[Block] | None,
        *,
        api_name: str | Literal[False] | None = None,
        js: str | None = None,
        queue: bool = True,
        show_progress: Literal["full", "minimal", "hidden"] = "full",
        trigger_mode: Literal["once", "multiple", "always_last"] | None = None,
        scroll_to_output: bool = False,
        show_api: bool = True,
        cancels: Dependency | list[Dependency] | None = None,
        every: float | None = None,
        **_ignored: Any,
    ) -> Dependency:
        if fn is not None and not callable(fn):
            raise TypeError(f"`fn` must be callable, got {fn!r}")
        if api_name is False:
            name, show_api = None, False
        else:
            name = self._unique_api_name(api_name or getattr(fn, "__name__", None))
        dependency = Dependency(
            id=len(self.fns),
            fn=fn,
            targets=[(block.id, event) for block, event in targets],
            inputs=as_components(inputs),
            outputs=as_components(outputs),
            api_name=name,
            js=js,
            queue=queue,
            show_progress=show_progress,
            trigger_mode=trigger_mode or "once",
            scroll_to_output=scroll_to_output,
            show_api=show_api and fn is not None,
        )
        stopped = [cancels] if isinstance(cancels, Dependency) else cancels or []
        dependency.cancels = [fn.id for fn in stopped]
        dependency.inputs_as_dict = isinstance(inputs, AbstractSet)
        dependency.chain = self.set_event_trigger
        self.fns.append(dependency)
        if every:
            self._repeat(every, fn, inputs, outputs)
        return dependency

    def _repeat(self, every: float, fn: Callable[..., Any] | None, inputs: Any, outputs: Any) -> None:
        """`every=` (Gradio's older form of gr.Timer): the event runs again every `every` s."""
        from .components.timer import Timer

        timer = Timer(every, render=False)
        self.add_child(timer)
        timer.tick(fn, inputs, outputs, api_name=False, show_progress="hidden")

    def route(self, name: str, path: str | None = None, show_in_navbar: bool = True) -> BlockContext:
        """Gradio's multipage apps: `with demo.route("Settings", "/settings"): ...` builds
        another page. Lite serves one page per app: the page's blocks are built, and their
        events wired, in a hidden Column of this app (gr.Navbar documents what it shows)."""
        from .layouts.column import Column

        with self:
            page = Column(visible=False, elem_classes=["lite-route"])
        page.route_name, page.route_path = name, path  # type: ignore[attr-defined]
        return page

    def unload(self, fn: Callable[..., Any]) -> None:
        """Accepted so apps run; never called: the app's Python ends with the page itself
        (Gradio calls it when the server sees the page go)."""

    def _unique_api_name(self, name: str | None) -> str | None:
        if name is None or name == "<lambda>":
            return None if name is None else "lambda"
        taken = {fn.api_name for fn in self.fns}
        unique, n = name, 0
        while unique in taken:
            n += 1
            unique = f"{name}_{n}"
        return unique

    # --- what the page and the clients read -----------------------------------------

    def config(self) -> AppConfig:  # type: ignore[override]
        return {
            "version": __version__,
            "api_prefix": API_PREFIX,
            "mode": self.mode,
            "title": self.title,
            "protocol": PROTOCOL,
            "layout": self.layout_node(),
            "components": [block.config() for block in self.blocks.values() if block is not self],
            "dependencies": [fn.config() for fn in self.fns],
            "root": "",
            "theme": getattr(self.theme, "name", self.theme) or "default",
            "css": self.css,
            "dev_mode": False,
            "analytics_enabled": False,
            "show_error": self.show_error,
        }

    def api_info(self) -> ApiInfo:
        named: dict[str, EndpointInfo] = {}
        for fn in self.fns:
            if fn.api_name is None or not fn.show_api:
                continue
            named[f"/{fn.api_name}"] = {
                "parameters": [
                    {
                        "label": block.label or "",
                        "parameter_name": block.label or f"param_{i}",
                        "parameter_has_default": False,
                        "parameter_default": None,
                        "type": block.api_info(),
                        "python_type": block.python_type(),
                        "component": type(block).__name__,
                        "example_input": block.example_value(),
                    }
                    for i, block in enumerate(fn.inputs)
                ],
                "returns": [
                    {
                        "label": block.label or "",
                        "type": block.api_info(),
                        "python_type": block.python_type(),
                        "component": type(block).__name__,
                    }
                    for block in fn.outputs
                ],
                "show_api": True,
            }
        return {"named_endpoints": named, "unnamed_endpoints": {}}

    def render(self) -> Blocks:
        """Inside `with gr.Blocks():`, an app built elsewhere (an Interface, say) moves in:
        its blocks take places in the layout there and its events come along, as in Gradio
        (gr.TabbedInterface renders each app in a tab this way)."""
        context = current_context()
        host = context.attached_app() if context is not None else None
        if context is None or host is None or host is self:
            return self
        moved = {old: block for old, block in self.blocks.items() if block is not self}
        for block in moved.values():
            block._id = -1
        for child in list(self.children):
            context.add_child(child)
        self.children = []
        new_fn_ids: dict[int, int] = {}
        for fn in self.fns:
            new_fn_ids[fn.id] = fn.id = len(host.fns)
            fn.targets = [(0 if old == 0 else moved[old].id, name) for old, name in fn.targets]
            fn.api_name = host._unique_api_name(fn.api_name)
            fn.chain = host.set_event_trigger
            host.fns.append(fn)
        for fn in self.fns:
            if fn.trigger_after is not None:
                fn.trigger_after = new_fn_ids[fn.trigger_after]
            fn.cancels = [new_fn_ids[i] for i in fn.cancels]
        host.startup_tasks.extend(self.startup_tasks)
        self.fns, self.startup_tasks = [], []
        return self

    # --- running --------------------------------------------------------------------

    async def startup(self) -> None:
        for task in self.startup_tasks:
            await task()

    def queue(self, *args: Any, **kwargs: Any) -> Blocks:
        """Every event is queued already; kept so that Gradio code runs unchanged."""
        return self

    def launch(self, *, show_error: bool = False, **kwargs: Any) -> None:
        from .launching import launch

        self.show_error = show_error
        launch(self, **kwargs)


def on(
    triggers: Sequence[Callable[..., Any]] | Callable[..., Any] | None = None,
    fn: Callable[..., Any] | Literal["decorator"] | None = "decorator",
    inputs: Component | Sequence[Component] | None = None,
    outputs: Component | Sequence[Component] | None = None,
    **options: Any,
) -> Any:
    """`gr.on([btn.click, box.submit], fn, inputs, outputs)`: one event for several triggers;
    no triggers: every input's change (as a live Interface)."""
    if fn == "decorator":

        def wire(function: Callable[..., Any]) -> Callable[..., Any]:
            on(triggers, function, inputs, outputs, **options)
            return function

        return wire
    listeners = [triggers] if callable(triggers) else list(triggers or [])
    # A listener such as `btn.click` is bound: its block and its event's name.
    targets: list[tuple[Block, str]] = [(t.__self__, t.__name__) for t in listeners]  # type: ignore[attr-defined]
    if not targets:
        targets = [(component, "change") for component in as_components(inputs)]
    if not targets:
        raise ValueError("gr.on needs triggers, or inputs whose changes trigger it")
    return targets[0][0].app().set_event_trigger(targets, fn, inputs, outputs, **options)
