"""Block and BlockContext: anything with an id in the page, and the `with` nesting."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from contextvars import ContextVar
from functools import cache
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from .gradio_surface import ARGUMENTS, EVENTS, OPEN_ENDED
from .protocol import BlockProps, ComponentConfig, LayoutNode

if TYPE_CHECKING:
    from .renderable import Renderable

# The `with` blocks open here, innermost last. A context variable, not a global: a
# gr.render function builds its blocks while an event runs, in a worker thread on CPython,
# and two sessions may render at once.
_open_contexts: ContextVar[tuple[BlockContext, ...]] = ContextVar("lite_open_contexts", default=())
ContextT = TypeVar("ContextT", bound="BlockContext")
Key = int | str | tuple[int | str, ...]


def current_context() -> BlockContext | None:
    contexts = _open_contexts.get()
    return contexts[-1] if contexts else None


@cache
def prop_names(props: type) -> tuple[str, ...]:
    """The keys of a props TypedDict, its bases' first."""
    return tuple(props.__annotations__)


_arguments: dict[type, frozenset[str]] = {}


def gradio_arguments(cls: type) -> frozenset[str]:
    """The constructor arguments Gradio's class of the same name (or a base's) takes."""
    known = _arguments.get(cls)
    if known is None:
        known = _arguments[cls] = frozenset(name for base in cls.__mro__ for name in ARGUMENTS.get(base.__name__, ()))
    return known


def _noting_arguments(init: Callable[..., None]) -> Callable[..., None]:
    signature = inspect.signature(init)

    @functools.wraps(init)
    def noted(self: Block, *args: Any, **kwargs: Any) -> None:
        if "given_arguments" not in self.__dict__:
            names = set(kwargs)
            try:
                bound = signature.bind_partial(self, *args, **kwargs).arguments
                for name, parameter in signature.parameters.items():
                    if name in bound and parameter.kind is not inspect.Parameter.VAR_KEYWORD:
                        names.add(name)
            except TypeError:
                pass  # the call itself fails just below, with Python's message
            names.discard("self")
            self.given_arguments = frozenset(names)
        init(self, *args, **kwargs)

    return noted


class Block:
    """A node of the page: a component or a layout.

    Its wire props are declared once, as a TypedDict (`Props`) beside the class: the
    renderer's TypeScript types are generated from it, and `props()` reads each key
    from the attribute of the same name.
    """

    block_type: ClassVar[str] = "block"
    Props: ClassVar[type] = BlockProps

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # Every event Gradio's class of this name has can be wired (`Image.select`,
        # `State.change`); the page fires the ones its renderer implements.
        for event in EVENTS.get(cls.__name__, ()):
            if not hasattr(cls, event):
                setattr(cls, event, event_listener(event))
        init = cls.__dict__.get("__init__")
        if init is not None:
            cls.__init__ = _noting_arguments(init)  # type: ignore[method-assign]

    # The constructor arguments the app wrote (`given_arguments`), noted by the outermost
    # __init__: a block a function returns updates just those props, and the ones that
    # differ from a fresh block's (Gradio's rule: `return gr.Button(visible=True)` shows it).
    given_arguments: frozenset[str] = frozenset()

    # True for the app itself (Blocks): the root that registers blocks and events.
    is_app: ClassVar[bool] = False

    def __init__(
        self,
        *,
        visible: bool = True,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        key: Key | None = None,
        preserved_by_key: list[str] | str | None = "value",
        **gradio_options: Any,
    ) -> None:
        # Arguments Gradio takes and Lite does not act on yet are kept, not refused, so an
        # app written for Gradio starts; a name Gradio does not know either is an error.
        unknown = [name for name in gradio_options if name not in gradio_arguments(type(self))]
        if unknown and type(self).__name__ not in OPEN_ENDED:
            raise TypeError(f"{type(self).__name__}() got an unexpected keyword argument {unknown[0]!r}")
        self.gradio_options = gradio_options
        self._id = -1
        self.parent: BlockContext | None = None
        self.visible = visible
        self.elem_id = elem_id
        self.elem_classes = [elem_classes] if isinstance(elem_classes, str) else elem_classes or []
        # In a gr.render: the same key in the next run is the same block, and the page
        # keeps these props as the user left them (Gradio's `preserved_by_key`).
        self.key = key
        self.preserved_by_key = [preserved_by_key] if isinstance(preserved_by_key, str) else preserved_by_key or []
        # The gr.render whose function built this block, if any.
        self.rendered_in: Renderable | None = None
        if render:
            self.render()

    @property
    def id(self) -> int:
        if self._id < 0:
            raise RuntimeError(f"{type(self).__name__} is not rendered in a Blocks yet")
        return self._id

    def render(self) -> Block:
        context = current_context()
        if context is not None:
            context.add_child(self)
        return self

    def attached_app(self) -> Any:
        """The app at the top of this block's parents, or None (not attached yet)."""
        node: Block = self
        while node.parent is not None:
            node = node.parent
        return node if node.is_app else None

    def app(self) -> Any:
        """The app this block belongs to, or the one being built around it."""
        context = current_context()
        app = self.attached_app() or (context.attached_app() if context is not None else None)
        if app is None:
            raise RuntimeError("Event listeners can only be set inside a `with gr.Blocks():` context")
        return app

    @property
    def name(self) -> str:
        return self.block_type

    def props(self) -> dict[str, Any]:
        """The props the renderer receives: each key of `Props`, from its attribute."""
        return {key: getattr(self, key) for key in prop_names(type(self).Props)}

    def layout_node(self) -> LayoutNode:
        return {"id": self.id}

    def unique_key(self) -> str | None:
        """The key on the wire: the same in every run of its render, unique in the page."""
        if self.key is None:
            return None
        render_id = self.rendered_in.id if self.rendered_in is not None else None
        return f"{render_id}:{self.key!r}"

    def config(self) -> ComponentConfig:
        config: ComponentConfig = {
            "id": self.id,
            "type": self.block_type,
            "props": self.props(),
            "skip_api": True,
            "component_class_id": type(self).__name__,
            "key": self.unique_key(),
            "api_info": None,
            "example_inputs": None,
        }
        return self.render_fields(config)

    def render_fields(self, config: ComponentConfig) -> ComponentConfig:
        """What the page needs to swap this block in a re-render, when it is in one."""
        if self.rendered_in is not None:
            config["rendered_in"] = self.rendered_in.id
        if self.key is not None:
            config["preserved_by_key"] = self.preserved_by_key
        return config


class BlockContext(Block):
    """A block that holds others: `with gr.Row(): ...`."""

    def __init__(self, **kwargs: Any) -> None:
        self.children: list[Block] = []
        super().__init__(**kwargs)

    def add_child(self, child: Block) -> None:
        child.parent = self
        self.children.append(child)
        app = self.attached_app()
        if app is not None:
            app.register(child)

    def __enter__(self: ContextT) -> ContextT:
        _open_contexts.set((*_open_contexts.get(), self))
        return self

    def __exit__(self, *exc: object) -> None:
        _open_contexts.set(_open_contexts.get()[:-1])

    def layout_node(self) -> LayoutNode:
        return {"id": self.id, "children": [child.layout_node() for child in self.children]}


def event_listener(event: str) -> Callable[..., Any]:
    """A method such as `Textbox.submit(fn, inputs, outputs)` that wires an event."""

    def listen(
        self: Block,
        fn: Callable[..., Any] | Literal["decorator"] | None = "decorator",
        inputs: Any = None,
        outputs: Any = None,
        **options: Any,
    ) -> Any:
        if fn == "decorator":
            # `@btn.click(inputs=..., outputs=...)` above a def, as in Gradio.
            def wire(function: Callable[..., Any]) -> Callable[..., Any]:
                listen(self, function, inputs, outputs, **options)
                return function

            return wire
        return self.app().set_event_trigger([(self, event)], fn, inputs, outputs, **options)

    listen.__name__ = event
    listen.__doc__ = f"Run `fn` on this block's `{event}` event."
    return listen
