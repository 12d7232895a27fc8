"""Component: the contract every input/output obeys (Gradio 5's, method for method).

- `preprocess(payload)`: wire value -> what the user's function receives.
- `postprocess(value)`: what the function returned -> wire value.
- `validate_payload(payload)`: reject a wire value of the wrong JSON type before
  anything runs (the router answers 422; the app is untouched).
- `api_info()`, `example_payload()`, `example_value()`: for /info and examples.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from ..blocks_base import Block, Key
from ..exceptions import InvalidPayload
from ..protocol import ComponentConfig, ComponentProps, PythonType

_NUMBER = (int, float)


def describe(value: Any) -> str:
    text = repr(value)
    if len(text) > 60:
        text = text[:57] + "..."
    return f"{text} ({type(value).__name__})"


class Component(Block):
    """A block with a value. Its own props: a TypedDict extending ComponentProps, as `Props`."""

    Props: ClassVar[type] = ComponentProps

    # JSON types a payload may have; None is always allowed unless `accepts_none` is False.
    payload_types: ClassVar[tuple[type, ...]] = (object,)
    payload_description: ClassVar[str] = "a value"
    accepts_none: ClassVar[bool] = True
    python_type_name: ClassVar[str] = "Any"
    # Pyodide packages the component needs to process values (loaded at launch); an
    # instance may narrow them to what its `type` needs.
    packages: tuple[str, ...] = ()

    def __init__(
        self,
        value: Any = None,
        *,
        label: str | None = None,
        info: str | None = None,
        show_label: bool | None = None,
        container: bool = True,
        scale: int | None = None,
        min_width: int = 160,
        interactive: bool | None = None,
        visible: bool = True,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        key: Key | None = None,
        preserved_by_key: list[str] | str | None = "value",
        every: Any = None,
        inputs: Any = None,
        **gradio_options: Any,
    ) -> None:
        self.label = label
        self.info = info
        self.show_label = True if show_label is None else show_label  # as Gradio's config says
        self.container = container
        self.scale = scale
        self.min_width = min_width
        self.interactive = interactive
        # A function as the value: it gives the value when the page loads (Gradio's load
        # event), again on each tick of `every` (seconds or a gr.Timer) and each change of
        # `inputs` (then its arguments). The app attaches the event (Blocks.attach_load_events).
        self.load_event_to_attach: tuple[Callable[..., Any], Any, Any] | None = None
        if callable(value):
            fn, value = value, None if inputs else value()
            self.load_event_to_attach = (fn, every, inputs)
        self.initial_value = value
        super().__init__(
            visible=visible,
            elem_id=elem_id,
            elem_classes=elem_classes,
            render=render,
            key=key,
            preserved_by_key=preserved_by_key,
            **gradio_options,
        )

    # --- the contract ---------------------------------------------------------------

    def preprocess(self, payload: Any) -> Any:
        return payload

    def postprocess(self, value: Any) -> Any:
        return value

    def api_info(self) -> dict[str, Any]:
        return {}

    def example_payload(self) -> Any:
        return None

    def example_value(self) -> Any:
        return None

    # --- the session's side (gr.State keeps its value here instead of on the wire) ------

    def read_session(self, payload: Any, state: dict[int, Any]) -> Any:
        """What the function receives; `state` holds the session's values by block id."""
        return self.preprocess(payload)

    def keep_in_session(self, value: Any, state: dict[int, Any]) -> bool:
        """Keep what the function returned in the session instead of sending it."""
        return False

    def validate_payload(self, payload: Any) -> None:
        if payload is None and self.accepts_none:
            return
        # bool is an int in Python, never a number on the wire.
        if isinstance(payload, bool) and bool not in self.payload_types:
            raise InvalidPayload(f"expects {self.payload_description}, got {describe(payload)}")
        if not isinstance(payload, self.payload_types):
            raise InvalidPayload(f"expects {self.payload_description}, got {describe(payload)}")

    def python_type(self) -> PythonType:
        return {"type": self.python_type_name, "description": ""}

    # --- wire config ----------------------------------------------------------------

    @property
    def value(self) -> Any:
        """The initial value as the page shows it (postprocessed), as in Gradio."""
        return self.postprocess(self.initial_value)

    def config(self) -> ComponentConfig:
        config: ComponentConfig = {
            "id": self.id,
            "type": self.block_type,
            "props": self.props(),
            "skip_api": False,
            "component_class_id": type(self).__name__,
            "key": self.unique_key(),
            "api_info": self.api_info(),
            "example_inputs": self.example_payload(),
        }
        return self.render_fields(config)


class FileComponent(Component):
    """A component whose value is one file (Image, Audio): FileData on the wire."""

    # What the API docs call the file, and a sample file's URL (Gradio's examples).
    file_kind: ClassVar[str] = "file"
    example_url: ClassVar[str] = ""

    # --- the session's side (gr.State keeps its value here instead of on the wire) ------

    def read_session(self, payload: Any, state: dict[int, Any]) -> Any:
        """What the function receives; `state` holds the session's values by block id."""
        return self.preprocess(payload)

    def keep_in_session(self, value: Any, state: dict[int, Any]) -> bool:
        """Keep what the function returned in the session instead of sending it."""
        return False

    def validate_payload(self, payload: Any) -> None:
        from .. import files

        if payload is not None:
            files.check_file_payload(payload)

    def api_info(self) -> dict[str, Any]:
        return {
            "type": "object",
            "description": f"{self.file_kind} FileData: {{path, url, orig_name, size, mime_type, meta}}",
        }

    def example_payload(self) -> Any:
        from .. import files

        return files.file_data(url=self.example_url)

    def example_value(self) -> Any:
        return self.example_url
