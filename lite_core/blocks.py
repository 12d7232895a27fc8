"""Blocks: the graph of an app (its blocks, their layout and the events between them)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Awaitable, Callable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from typing import Any, Literal

from . import renderable as renderables
from . import themes
from .blocks_base import Block, BlockContext, Key, current_context, event_listener
from .components.base import Component
from .dependency import Dependency
from .gradio_surface import VERSION as GRADIO_VERSION
from .protocol import API_PREFIX, PROTOCOL, ApiInfo, AppConfig, PageConfig
from .version import __version__


def as_components(spec: Block | Sequence[Block] | AbstractSet[Block] | None) -> list[Any]:
    """Inputs or outputs as a list: one block (a layout too, whose props an event may
    update), a list, or a set (the function then receives one dict by component)."""
    if spec is None:
        return []
    if isinstance(spec, Block):
        return [spec]
    if isinstance(spec, AbstractSet):  # the function gets {component: value}, in id order
        return sorted(spec, key=lambda block: block.id)
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
        js: str | None = None,
        head: str | None = None,
        analytics_enabled: bool | None = None,
        mode: Literal["interface", "blocks"] = "blocks",
        **kwargs: Any,
    ) -> None:
        self.title = title
        self.css = css
        self.theme = theme
        self.js = js
        self.head = head
        self.mode = mode
        self.show_error = False
        # launch(share=True): the page offers a permalink carrying the app's code.
        self.share = False
        self.show_api = True
        self.blocks: dict[int, Block] = {}
        self.fns: list[Dependency] = []
        # Run once before the app answers (example caching).
        self.startup_tasks: list[Callable[[], Awaitable[None]]] = []
        # Its gr.render functions, and ids for what they build (after the app's own).
        self.renderables: list[renderables.Renderable] = []
        self._block_ids: Iterator[int] | None = None
        self._fn_ids: Iterator[int] | None = None
        # Pages (`demo.route`): (path, name), the first the app's home; blocks and events
        # belong to the page being built when they were made.
        self.pages: list[tuple[str, str]] = [("", "Home")]
        self.current_page = ""
        self.page_of_block: dict[int, str] = {}
        self.page_of_fn: dict[int, str] = {}
        super().__init__(render=False)
        self._id = 0
        self.blocks[0] = self
        # A Blocks built inside another app's `with` (a ChatInterface in a Column) is part of
        # that app, as in Gradio: its blocks and events go to that app (the parent leads
        # there), and on leaving its `with` its children take its place in the layout.
        outer = current_context()
        self._outer = outer if outer is not None and outer.attached_app() is not None else None
        self.parent = self._outer

    def render(self) -> Block:
        """`io.render()` inside another app's `with` (an Interface or ChatInterface built
        apart): its blocks and events move into that app, as in Gradio. Its blocks get the
        app's ids; its events keep their order after the app's own."""
        context = current_context()
        host = context.attached_app() if context is not None else None
        if context is None or host is None or host is self or self._outer is not None:
            return self
        moved = {old: block for old, block in self.blocks.items() if block is not self}
        for block in moved.values():
            block._id = -1
        for child in self.children:
            context.add_child(child)
        for block in moved.values():
            if block._id < 0:  # registered here but outside the layout (a Dataset's parts)
                host.register(block)
        new_id = {old: block.id for old, block in moved.items()}
        offset = len(host.fns)
        for dependency in self.fns:
            dependency.id += offset
            dependency.targets = [(new_id.get(target, target), event) for target, event in dependency.targets]
            if dependency.trigger_after is not None:
                dependency.trigger_after += offset
            dependency.cancels = [fn + offset for fn in dependency.cancels]
            dependency.chain = host.set_event_trigger
            if dependency.api_name is not None:
                dependency.api_name = host._unique_api_name(dependency.api_name)
            host.fns.append(dependency)
            host.page_of_fn[dependency.id] = host.current_page
        host.startup_tasks.extend(self.startup_tasks)
        self.children, self.fns, self.startup_tasks = [], [], []
        self.blocks = {0: self}
        self._outer = context
        self.parent = context
        return self

    def __exit__(self, *exc: object) -> None:
        super().__exit__(*exc)
        if self._outer is not None:  # built inside another app: its blocks joined that app
            for child in self.children:
                child.parent = self._outer
                self._outer.children.append(child)
            self.children = []
            return
        # Built inside another app's `with` without joining it as it went (a gr.Interface
        # or gr.ChatInterface written in a gr.Blocks): it moves there on leaving, as in Gradio.
        context = current_context()
        if exc[0] is None and context is not None and context.attached_app() not in (None, self):
            self.render()
            return
        # An app of its own: components whose value is a function get their load events.
        self.attach_load_events(list(self.blocks.values()))

    # --- the graph ------------------------------------------------------------------

    def register(self, block: Block) -> None:
        run = renderables.current_run()
        if run is not None:  # built by a gr.render function: the session's, not the app's
            run.register(block)
            return
        if block._id < 0:
            block._id = max(self.blocks) + 1
            self.blocks[block._id] = block
            self.page_of_block[block._id] = self.current_page
        for child in getattr(block, "children", ()):
            self.register(child)

    def attach_load_events(self, blocks: Sequence[Block]) -> None:
        """The events of components whose value is a function (run on load, `every`...)."""
        for block in blocks:
            if not isinstance(block, Component) or block.load_event_to_attach is None:
                continue
            fn, every, inputs = block.load_event_to_attach
            block.load_event_to_attach = None
            triggers: list[tuple[Block, str]] = [(c, "change") for c in as_components(inputs) if hasattr(c, "change")]
            if isinstance(every, (int, float)):
                from .components.timer import Timer

                every = Timer(every, render=False)
                (block.parent or self).add_child(every)
            if every is not None:
                triggers.append((every, "tick"))
            targets = [*triggers, (self, "load")]
            self.set_event_trigger(targets, fn, inputs, block, show_progress="hidden" if triggers else "full")

    def fresh_block_id(self) -> int:
        """An id for a block a render builds: never one of the app's, never one given before."""
        if self._block_ids is None:
            self._block_ids = itertools.count(max(self.blocks) + 1)
        return next(self._block_ids)

    def fresh_fn_id(self) -> int:
        if self._fn_ids is None:
            self._fn_ids = itertools.count(len(self.fns))
        return next(self._fn_ids)

    load = event_listener("load")

    def set_event_trigger(
        self,
        targets: Sequence[tuple[Block, str]],
        fn: Callable[..., Any] | None,
        inputs: Block | Sequence[Block] | AbstractSet[Block] | None,
        outputs: Block | Sequence[Block] | AbstractSet[Block] | None,
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
        key: Key | None = None,
        renderable: renderables.Renderable | None = None,
        **_ignored: Any,
    ) -> Dependency:
        host = self.attached_app()
        if host is not None and host is not self:  # a Blocks inside another: the outer app's event
            return host.set_event_trigger(  # type: ignore[no-any-return]
                targets,
                fn,
                inputs,
                outputs,
                api_name=api_name,
                js=js,
                queue=queue,
                show_progress=show_progress,
                trigger_mode=trigger_mode,
                scroll_to_output=scroll_to_output,
                show_api=show_api,
                cancels=cancels,
                every=every,
                **_ignored,
            )
        if fn is not None and not callable(fn):
            raise TypeError(f"`fn` must be callable, got {fn!r}")
        if api_name is False:
            name, show_api = None, False
        else:
            name = self._unique_api_name(api_name or getattr(fn, "__name__", None))
        run = renderables.current_run()
        dependency = Dependency(
            id=len(self.fns) if run is None else run.fn_id(key),
            fn=fn,
            targets=[(block.id, event) for block, event in targets],
            inputs=as_components(inputs),
            outputs=as_components(outputs),
            api_name=name,
            js=js,
            queue=queue,
            show_progress=show_progress,
            # Gradio's defaults: a change (or key_up) that fires while its event runs runs
            # once more afterwards with the latest value; any other event is dropped.
            trigger_mode=trigger_mode
            or ("always_last" if any(event in ("change", "key_up") for _, event in targets) else "once"),
            scroll_to_output=scroll_to_output,
            show_api=show_api and fn is not None,
        )
        dependency.key = key
        dependency.renderable = renderable
        dependency.inputs_as_dict = isinstance(inputs, AbstractSet)
        stopped = [cancels] if isinstance(cancels, Dependency) else cancels or []
        dependency.cancels = [fn.id for fn in stopped]
        dependency.chain = self.set_event_trigger
        if run is None:
            self.fns.append(dependency)
            self.page_of_fn[dependency.id] = self.current_page
        else:  # a listener a gr.render function sets: the session's, until its next run
            run.add(dependency)
        if every:
            self._repeat(every, fn, inputs, outputs)
        return dependency

    def _repeat(self, every: float, fn: Callable[..., Any] | None, inputs: Any, outputs: Any) -> None:
        """`every=` (Gradio's older form of gr.Timer): the event runs again every `every` s."""
        from .components.timer import Timer

        timer = Timer(every, render=False)
        (current_context() or self).add_child(timer)
        timer.tick(fn, inputs, outputs, api_name=False, show_progress="hidden")

    def unload(self, fn: Callable[..., Any]) -> None:
        """Accepted so apps run; never called: the app's Python ends with the page itself
        (Gradio calls it when the server sees the page go)."""

    def _unique_api_name(self, name: str | None) -> str | None:
        if name is None:
            return None
        if name == "<lambda>":
            name = "lambda"
        taken = {fn.api_name for fn in self.fns}
        unique, n = name, 0
        while unique in taken:
            n += 1
            unique = f"{name}_{n}"
        return unique

    # --- what the page and the clients read -----------------------------------------

    def config(self) -> AppConfig:  # type: ignore[override]
        return {
            # The Gradio whose API Lite speaks: clients choose their protocol by it (an
            # unknown version reads as pre-3.30 Gradio). Lite's own is `lite_version`.
            "version": GRADIO_VERSION,
            "lite_version": __version__,
            "api_prefix": API_PREFIX,
            "mode": self.mode,
            "title": self.title,
            "protocol": PROTOCOL,
            "layout": self.layout_node(),
            "pages": [list(page) for page in self.pages],
            "page": self.pages_config(),
            "components": [block.config() for block in self.blocks.values() if block is not self],
            "dependencies": [fn.config() for fn in self.fns],
            "root": "",
            "theme": getattr(self.theme, "name", self.theme) or "default",
            "theme_vars": themes.resolve(self.theme).variables(),
            "css": self.css,
            "js": self.js,
            "head": self.head,
            "dev_mode": False,
            "analytics_enabled": False,
            "show_error": self.show_error,
            "share": self.share,
            "show_api": self.show_api,
        }

    def api_info(self) -> ApiInfo:
        from .api_info import api_info

        return api_info(self)

    def route(self, name: str, path: str | None = None) -> Blocks:
        """A page of its own: `with demo.route("Settings"):` builds it. The page shows one
        page at a time with a bar to switch between them (on a static host the pages share
        one address: there is no server to answer `/settings`)."""
        if current_context() is not None:
            raise ValueError(
                "You cannot create a route while inside a Blocks() context. Call route() outside the "
                "Blocks() context (unindent this line)."
            )
        if path:
            path = path.strip("/")
            if not re.fullmatch(r"[a-zA-Z0-9\-._~!$&'()*+,;=:@\[\]]+", path):
                raise ValueError(
                    f"Path '{path}' contains invalid characters. Paths can only contain alphanumeric characters "
                    "and the following special characters: -._~!$&'()*+,;=:@[]"
                )
        else:
            path = "".join(c for c in name.lower().replace(" ", "-") if c.isalnum() or c == "-")
        while path in [page[0] for page in self.pages]:
            path = "_" + path
        self.pages.append((path, name))
        self.current_page = path
        return self

    def pages_config(self) -> dict[str, PageConfig]:
        by_page: dict[str, PageConfig] = {
            path: {"layout": {"id": 0, "children": []}, "components": [], "dependencies": []} for path, _ in self.pages
        }
        for child in self.children:
            by_page[self.page_of_block.get(child.id, "")]["layout"]["children"].append(child.layout_node())
        for block_id, page in self.page_of_block.items():
            by_page[page]["components"].append(block_id)
        for fn_id, page in self.page_of_fn.items():
            by_page[page]["dependencies"].append(fn_id)
        return by_page

    def clear(self) -> Blocks:
        """Drop every block and event, to build the app anew (`with demo.clear(): ...`)."""
        self.children = []
        self.blocks = {0: self}
        self.fns = []
        self.startup_tasks = []
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
