"""Every shape that crosses the wire, in one place.

This module is the single source of truth for the HTTP API (Gradio 5, protocol
"sse_v3"). `web/src/protocol.gen.ts` is generated from it by
`python -m build_scripts.gen_protocol`; a test fails when the two drift.
Fields are snake_case on both sides. Only the standard library is used so that the
module loads unchanged on CPython and in Pyodide.
"""

from __future__ import annotations

from typing import Any, Literal, TypedDict

# --- /config -------------------------------------------------------------------------


class BlockProps(TypedDict):
    """Props every block's renderer receives. Each component and layout declares its own
    props as a TypedDict extending these (its class's `Props`), in its own file; the
    renderer reads them typed from the generated TypeScript."""

    visible: bool
    elem_id: str | None
    elem_classes: list[str]
    name: str


class ComponentProps(BlockProps):
    value: Any
    label: str | None
    info: str | None
    show_label: bool | None
    container: bool
    scale: int | None
    min_width: int
    interactive: bool | None


class _ComponentConfigBase(TypedDict):
    id: int
    type: str
    props: dict[str, Any]
    skip_api: bool
    component_class_id: str
    # Set for a block given a `key=`: in a gr.render, the same key in the next run is the
    # same block (the page keeps its element and the props `preserved_by_key` names).
    key: str | None
    api_info: dict[str, Any] | None
    example_inputs: Any


class ComponentConfig(_ComponentConfigBase, total=False):
    rendered_in: int  # the gr.render (its render_id) whose function built this block
    preserved_by_key: list[str]


class _LayoutNodeBase(TypedDict):
    id: int


class LayoutNode(_LayoutNodeBase, total=False):
    children: list[LayoutNode]


class DependencyTypes(TypedDict):
    generator: bool
    cancel: bool


class DependencyConfig(TypedDict):
    id: int
    targets: list[tuple[int, str]]
    inputs: list[int]
    outputs: list[int]
    backend_fn: bool
    js: str | None
    queue: bool
    api_name: str | None
    scroll_to_output: bool
    show_progress: Literal["full", "minimal", "hidden"]
    trigger_mode: Literal["once", "multiple", "always_last"]
    types: DependencyTypes
    show_api: bool
    trigger_after: int | None
    trigger_only_on_success: bool
    trigger_only_on_failure: bool
    collects_event_data: bool
    cancels: list[int]
    stream_every: float | None
    # Set when a gr.render function set this listener: the render's id (its next run
    # replaces it); render_id: this event runs that render.
    rendered_in: int | None
    render_id: int | None


class PageConfig(TypedDict):
    """One page of a multipage app (`demo.route`): its part of the layout, its blocks and events."""

    layout: LayoutNode
    components: list[int]
    dependencies: list[int]


class ThemeVariables(TypedDict):
    """The app's theme as CSS variables (Gradio's names in snake_case, `block_radius` for
    `--block-radius`): all of them for light mode, and those that differ in dark mode."""

    light: dict[str, str]
    dark: dict[str, str]


class AppConfig(TypedDict):
    version: str
    lite_version: str
    api_prefix: str
    mode: Literal["interface", "blocks"]
    title: str
    protocol: Literal["sse_v3"]
    layout: LayoutNode
    # The app's pages as (path, name), home first, and what each one holds.
    pages: list[list[str]]
    page: dict[str, PageConfig]
    components: list[ComponentConfig]
    dependencies: list[DependencyConfig]
    root: str
    theme: str
    theme_vars: ThemeVariables
    # Blocks(css=, js=, head=): the app's own style sheet (scoped to the app), a JS function
    # run once the app has loaded, and HTML for the page's head.
    css: str | None
    js: str | None
    head: str | None
    dev_mode: bool
    analytics_enabled: bool
    show_error: bool
    # launch(share=True): the page shows a Share link, a permalink with the app's code.
    share: bool
    # launch(show_api=False): no "Use via API" link in the page.
    show_api: bool


# --- files ---------------------------------------------------------------------------


class _FileMetaBase(TypedDict):
    _type: Literal["gradio.FileData"]


class FileMeta(_FileMetaBase, total=False):
    # Only on raw frames (mime_type RAW_FRAME_MIME): the pixels' size and channels per
    # pixel (1 gray, 3 RGB, 4 RGBA), rows top to bottom, 8 bits each.
    width: int
    height: int
    channels: int


class FileData(TypedDict):
    """A file on the wire: `path` in the app's file system, `url` where the page gets it."""

    path: str
    url: str | None
    size: int | None
    orig_name: str | None
    mime_type: str | None
    is_stream: bool
    meta: FileMeta


# --- /gradio_api/info ----------------------------------------------------------------


class PythonType(TypedDict):
    type: str
    description: str


class ApiParameter(TypedDict):
    label: str
    parameter_name: str
    parameter_has_default: bool
    parameter_default: Any
    type: dict[str, Any]
    python_type: PythonType
    component: str
    example_input: Any


class ApiReturn(TypedDict):
    label: str
    type: dict[str, Any]
    python_type: PythonType
    component: str


class EndpointInfo(TypedDict):
    parameters: list[ApiParameter]
    returns: list[ApiReturn]
    show_api: bool
    # The function's docstring, up to its Args/Parameters section.
    description: str


class ApiInfo(TypedDict):
    named_endpoints: dict[str, EndpointInfo]
    unnamed_endpoints: dict[str, EndpointInfo]


# --- /gradio_api/queue/join ----------------------------------------------------------


class JoinRequest(TypedDict):
    data: list[Any]
    fn_index: int
    session_hash: str
    event_data: Any
    trigger_id: int | None


class CancelRequest(TypedDict):
    session_hash: str
    fn_index: int
    event_id: str


class JoinResponse(TypedDict):
    event_id: str


class _Verdict(TypedDict):
    is_valid: bool
    message: str


class InputCheck(_Verdict, total=False):
    """One input's verdict in a 422 from /queue/join or /call, in the shape of Gradio's
    validators, one per input in order: gradio_client raises ValidationError naming each
    failed `parameter_name`, @gradio/client reports the list as a `validation_error`."""

    __type__: Literal["validate"]
    parameter_name: str


class FieldError(TypedDict):
    """A malformed join body, as FastAPI reports a request that fails its schema."""

    type: str
    loc: list[str | int]
    msg: str
    input: Any


class ErrorResponse(TypedDict):
    """Body of every 4xx/5xx answer (FastAPI's shape, so Gradio clients read it): a
    sentence, or for a join the clients could not read as one, a list (see InputCheck)."""

    detail: str | list[InputCheck | FieldError]


# --- /gradio_api/queue/data (SSE, one `data: {json}` per message) --------------------


class EstimationMessage(TypedDict):
    msg: Literal["estimation"]
    event_id: str
    rank: int
    queue_size: int
    rank_eta: float | None


class ProcessStartsMessage(TypedDict):
    msg: Literal["process_starts"]
    event_id: str
    eta: float | None


class RenderConfig(TypedDict):
    """What a gr.render's run built: its container's layout, its blocks (the container
    first) and its listeners. They replace the render's previous ones in the page."""

    render_id: int
    layout: LayoutNode
    components: list[ComponentConfig]
    dependencies: list[DependencyConfig]


class SuccessOutput(TypedDict):
    data: list[Any]
    is_generating: bool
    duration: float
    average_duration: float
    render_config: RenderConfig | None
    # gr.State outputs whose value the event changed: their `change` listeners run next.
    changed_state_ids: list[int]


class GeneratingOutput(TypedDict):
    """The first message of a generator carries full values, later ones edits per output."""

    data: list[Any]
    is_generating: bool


class ProcessGeneratingMessage(TypedDict):
    msg: Literal["process_generating"]
    event_id: str
    output: GeneratingOutput
    success: bool


class ErrorOutput(TypedDict):
    """`error` is the gr.Error message, or None for other exceptions unless show_error."""

    error: str | None
    duration: float | None
    visible: bool
    title: str


class ProcessCompletedMessage(TypedDict):
    msg: Literal["process_completed"]
    event_id: str
    output: SuccessOutput | ErrorOutput
    success: bool
    title: str | None


class LogMessage(TypedDict):
    msg: Literal["log"]
    event_id: str
    log: str
    level: Literal["info", "warning", "success"]
    duration: float | None
    visible: bool
    title: str


class ProgressUnit(TypedDict):
    index: int | None
    length: int | None
    unit: str | None
    progress: float | None
    desc: str | None


class ProgressMessage(TypedDict):
    msg: Literal["progress"]
    event_id: str
    progress_data: list[ProgressUnit]


class HeartbeatMessage(TypedDict):
    msg: Literal["heartbeat"]
    event_id: None


class CloseStreamMessage(TypedDict):
    msg: Literal["close_stream"]
    event_id: None


class UnexpectedErrorMessage(TypedDict):
    msg: Literal["unexpected_error"]
    event_id: str | None
    message: str
    session_not_found: bool
    success: bool


ServerMessage = (
    EstimationMessage
    | ProcessStartsMessage
    | ProcessGeneratingMessage
    | ProcessCompletedMessage
    | LogMessage
    | ProgressMessage
    | HeartbeatMessage
    | CloseStreamMessage
    | UnexpectedErrorMessage
)

API_PREFIX = "/gradio_api"
PROTOCOL: Literal["sse_v3"] = "sse_v3"
# The largest request body (an upload) the app accepts; the page checks it before sending.
MAX_BODY_BYTES = 64 * 1024 * 1024
# A frame of the streaming path: width*height*channels bytes, unencoded (see frames.py).
RAW_FRAME_MIME = "image/x-lite-frame"

# Exported to TypeScript, in this order: interfaces, then union aliases.
TS_INTERFACES = (
    BlockProps,
    ComponentProps,
    ComponentConfig,
    LayoutNode,
    FileMeta,
    FileData,
    DependencyTypes,
    DependencyConfig,
    PageConfig,
    AppConfig,
    PythonType,
    ApiParameter,
    ApiReturn,
    EndpointInfo,
    ApiInfo,
    JoinRequest,
    CancelRequest,
    JoinResponse,
    InputCheck,
    FieldError,
    ErrorResponse,
    EstimationMessage,
    ProcessStartsMessage,
    SuccessOutput,
    GeneratingOutput,
    RenderConfig,
    ProcessGeneratingMessage,
    ErrorOutput,
    ProcessCompletedMessage,
    LogMessage,
    ProgressUnit,
    ProgressMessage,
    HeartbeatMessage,
    CloseStreamMessage,
    UnexpectedErrorMessage,
)
TS_ALIASES = {"ServerMessage": ServerMessage}
TS_CONSTANTS = {
    "API_PREFIX": API_PREFIX,
    "PROTOCOL": PROTOCOL,
    "MAX_BODY_BYTES": MAX_BODY_BYTES,
    "RAW_FRAME_MIME": RAW_FRAME_MIME,
}
