"""gr.render: a part of the page that a function builds again each time its triggers fire.

The function runs as an event (by default on the app's load and on each input's change).
What it builds (blocks, and listeners on them or on the app's own blocks) goes into the
session's `SessionGraph`, never into the app: each page has its own dynamic UI, and
/config stays what the app declared. The run's blocks and events reach the page in
`process_completed`'s `render_config`; the page swaps them in where the decorator sat.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, Literal

from .blocks_base import Block, BlockContext, Key, current_context
from .layouts.column import Column
from .layouts.row import Row
from .protocol import RenderConfig

if TYPE_CHECKING:
    from .blocks import Blocks
    from .components.base import Component
    from .dependency import Dependency

TriggerMode = Literal["once", "multiple", "always_last"]


class Renderable:
    """One `@gr.render` of an app: its function, inputs, and the container it fills."""

    def __init__(
        self,
        app: Blocks,
        fn: Callable[..., Any],
        inputs: list[Component],
        triggers: list[tuple[Block, str]],
        **options: Any,
    ) -> None:
        self.id = len(app.renderables)
        app.renderables.append(self)
        self.app = app
        self.fn = fn
        # The run's blocks sit in a Row where the decorator sat in a Row, else a Column.
        self.container_class: type[BlockContext] = Row if isinstance(current_context(), Row) else Column
        self.container = self.container_class()
        # A key keeps its block id from one run to the next (and in every session).
        self.key_to_id: dict[Key, int] = {}
        self.dependency = app.set_event_trigger(
            triggers, self.apply, inputs, None, api_name="apply", show_api=False, renderable=self, **options
        )

    def apply(self, *args: Any) -> None:
        """The event's function: run the user's function into a fresh copy of the container."""
        graph = _graph.get()
        if graph is None:
            raise RuntimeError("gr.render runs only as an event of a session")
        container = self.container_class(render=False)
        container._id = self.container.id
        container.parent = self.container.parent
        run = RenderRun(graph, self)
        token = _run.set(run)
        try:
            with container:
                self.fn(*args)
            self.app.attach_load_events(list(run.blocks.values()))
        finally:
            _run.reset(token)
        graph.replace(run, container)


class RenderRun:
    """One run of a render function: the blocks and events it builds, before they replace
    the previous run's in the session."""

    def __init__(self, graph: SessionGraph, renderable: Renderable) -> None:
        self.graph = graph
        self.renderable = renderable
        self.blocks: dict[int, Block] = {}
        self.fns: dict[int, Dependency] = {}

    def register(self, block: Block) -> None:
        if block._id < 0:
            known = self.renderable.key_to_id
            if block.key is not None and block.key in known:
                block._id = known[block.key]
            else:
                block._id = self.graph.app.fresh_block_id()
                if block.key is not None:
                    known[block.key] = block._id
            block.rendered_in = self.renderable
            self.blocks[block._id] = block
        for child in getattr(block, "children", ()):
            self.register(child)

    def fn_id(self, key: Key | None) -> int:
        """A new event's id; a keyed listener keeps the id of the previous run's."""
        if key is not None:
            for fn in self.graph.fns.values():
                if fn.rendered_in is self.renderable and fn.key == key:
                    return fn.id
        return self.graph.app.fresh_fn_id()

    def add(self, dependency: Dependency) -> None:
        dependency.rendered_in = self.renderable
        self.fns[dependency.id] = dependency


class SessionGraph:
    """A session's blocks and events: the app's, and those its renders built last."""

    def __init__(self, app: Blocks) -> None:
        self.app = app
        self.blocks: dict[int, Block] = {}
        self.fns: dict[int, Dependency] = {}
        # The container each render filled last, by render id.
        self.containers: dict[int, BlockContext] = {}

    def dependency(self, fn_index: int) -> Dependency | None:
        if 0 <= fn_index < len(self.app.fns):
            return self.app.fns[fn_index]
        return self.fns.get(fn_index)

    def block(self, block_id: int) -> Block | None:
        return self.blocks.get(block_id) or self.app.blocks.get(block_id)

    def replace(self, run: RenderRun, container: BlockContext) -> None:
        """What `run` built takes the place of what its render built before."""
        renderable = run.renderable
        for block_id in [i for i, b in self.blocks.items() if b.rendered_in is renderable]:
            del self.blocks[block_id]
        for fn_id in [i for i, fn in self.fns.items() if fn.rendered_in is renderable]:
            del self.fns[fn_id]
        self.blocks.update(run.blocks)
        self.fns.update(run.fns)
        self.containers[renderable.id] = container

    def render_config(self, renderable: Renderable) -> RenderConfig:
        container = self.containers.get(renderable.id, renderable.container)
        fns = sorted((fn for fn in self.fns.values() if fn.rendered_in is renderable), key=lambda fn: fn.id)
        return {
            "render_id": renderable.id,
            "layout": container.layout_node(),
            "components": [block.config() for block in _walk(container)],
            "dependencies": [fn.config() for fn in fns],
        }


def _walk(block: Block) -> Iterator[Block]:
    yield block
    for child in getattr(block, "children", ()):
        yield from _walk(child)


# The session whose event is running (set by the queue), and the render run building now.
_graph: ContextVar[SessionGraph | None] = ContextVar("lite_session_graph", default=None)
_run: ContextVar[RenderRun | None] = ContextVar("lite_render_run", default=None)


def use_graph(graph: SessionGraph) -> None:
    """Renders run by the current task build into `graph`."""
    _graph.set(graph)


def current_run() -> RenderRun | None:
    return _run.get()


def render(
    inputs: Component | Sequence[Component] | None = None,
    triggers: Callable[..., Any] | Sequence[Callable[..., Any]] | None = None,
    *,
    queue: bool = True,
    trigger_mode: TriggerMode | None = "always_last",
    concurrency_limit: int | Literal["default"] | None = None,
    concurrency_id: str | None = None,
    show_progress: Literal["full", "minimal", "hidden"] = "full",
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """`@gr.render(inputs=[...])` above a function that builds blocks and listeners: it
    runs again whenever its triggers fire (default: the app's load and each input's
    change), and what it builds replaces what it built before, in place.

    `concurrency_limit` and `concurrency_id` are accepted: Lite runs every event at once.
    """
    context = current_context()
    app = context.attached_app() if context is not None else None
    if app is None:
        raise ValueError("Reactive render must be inside a Blocks context.")
    from .components.base import Component

    listed = [inputs] if isinstance(inputs, Component) else list(inputs or [])
    targets: list[tuple[Block, str]]
    if triggers is None:
        targets = [(app, "load")] + [(c, "change") for c in listed if hasattr(c, "change")]
    else:
        bound = [triggers] if callable(triggers) else list(triggers)
        # A listener such as `btn.click` is bound: its block and its event's name.
        targets = [(t.__self__, t.__name__) for t in bound]  # type: ignore[attr-defined]

    def wire(fn: Callable[..., Any]) -> Callable[..., Any]:
        Renderable(app, fn, listed, targets, queue=queue, trigger_mode=trigger_mode, show_progress=show_progress)
        return fn

    return wire
