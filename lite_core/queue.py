"""The event queue behind /queue/join and /queue/data (Gradio's sse_v3 protocol).

Each session has one message queue. `join` validates a request and starts its event;
the session's SSE stream delivers the event's messages and closes once no event of
the session is pending. Messages are awaited, not polled, so a result leaves as soon
as it exists.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import time
import traceback
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from . import cooperative, event, renderable, storage
from .dependency import Dependency
from .diff import diff
from .exceptions import Error, InvalidPayload
from .files import with_root
from .http import HTTPError
from .processing import changed_states, iterate_dependency, run_dependency, watch_states
from .protocol import InputCheck, ProcessCompletedMessage, ProcessGeneratingMessage, RenderConfig, ServerMessage
from .renderable import SessionGraph
from .request import Request

if TYPE_CHECKING:  # for annotations only: Blocks sits above the router that serves it
    from .blocks import Blocks

HEARTBEAT_SECONDS = 15
# How long a generator's first value waits for a stream to listen (see Session.deliver).
STREAM_GRACE_SECONDS = 2.0
# Sessions kept (with their gr.State values); the least recently used idle one goes past this.
MAX_SESSIONS = 10_000


class Session:
    """One page's session: its message queue, its running events, its gr.State values,
    and what its gr.render functions built."""

    def __init__(self, blocks: Blocks) -> None:
        # Each message with the future its sender may await until the stream sent it.
        self.messages: asyncio.Queue[tuple[ServerMessage, asyncio.Future[None] | None]] = asyncio.Queue()
        self.pending: set[str] = set()
        self.listening = asyncio.Event()
        # gr.State values by block id, kept from one event of the session to the next.
        self.state: dict[int, Any] = {}
        self.graph = SessionGraph(blocks)

    def put(self, message: ServerMessage) -> None:
        self.messages.put_nowait((message, None))

    async def deliver(self, message: ServerMessage) -> None:
        """Queue `message` and, while a stream listens, wait until it has been sent.

        A generator that blocks between yields (time.sleep in the browser, which has no
        threads) would otherwise starve the stream, and its values would arrive in bursts;
        a fast one would queue values without bound. The page opens its stream right
        after joining: a short wait for it lets the first value go out at once too.
        """
        if not self.listening.is_set():
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self.listening.wait(), STREAM_GRACE_SECONDS)
        sent = asyncio.get_running_loop().create_future()
        self.messages.put_nowait((message, sent))
        while self.listening.is_set() and not sent.done():
            await asyncio.wait({sent}, timeout=0.5)


def field_error(field: str, message: str, value: Any) -> HTTPError:
    """A 422 for a malformed join body, in FastAPI's shape as Gradio answers one."""
    return HTTPError(422, [{"type": "value_error", "loc": ["body", field], "msg": message, "input": value}])


def parse_join(graph: SessionGraph, body: Any) -> tuple[str, Dependency, list[Any]]:
    """(session_hash, dependency, data) from a join body, or a 4xx saying what is wrong;
    `graph` has the session's events (the app's and its renders')."""
    if not isinstance(body, dict):
        raise HTTPError(
            422, [{"type": "dict_type", "loc": ["body"], "msg": "Request body must be a JSON object.", "input": body}]
        )
    session_hash = body.get("session_hash")
    if session_hash is None:
        raise HTTPError(400, "Session hash not found.")
    if not isinstance(session_hash, str):
        raise field_error("session_hash", "`session_hash` must be a string.", session_hash)
    fn_index = body.get("fn_index")
    if not isinstance(fn_index, int) or isinstance(fn_index, bool):
        raise field_error("fn_index", "`fn_index` must be an integer.", fn_index)
    dependency = graph.dependency(fn_index)
    if dependency is None or dependency.fn is None:
        raise field_error("fn_index", f"No Python event with fn_index {fn_index}.", fn_index)
    data = body.get("data")
    if not isinstance(data, list):
        raise field_error("data", "`data` must be a list with one value per input.", data)
    check_inputs(dependency, data)
    return session_hash, dependency, data


def check_inputs(dependency: Dependency, data: list[Any]) -> None:
    """A 422 unless `data` has a valid value for each input; its detail has one verdict
    per input (protocol.InputCheck), so that each client names the parameters at fault."""
    endpoint = f"/{dependency.api_name}" if dependency.api_name else f"fn_index {dependency.id}"
    expected = len(dependency.inputs)
    if dependency.api_only:
        return  # gr.api: the function's own parameters decide what it takes
    if len(data) != expected:
        raise field_error("data", f"{endpoint} expects {expected} input values, got {len(data)}.", data)
    failures: dict[int, str] = {}
    for index, (block, payload) in enumerate(zip(dependency.inputs, data)):
        try:
            block.validate_payload(payload)
        except InvalidPayload as e:
            name = f"{block.label}, {type(block).__name__}" if block.label else type(block).__name__
            failures[index] = f"Input {index + 1} of {endpoint} ({name}) {e}"
    if not failures:
        return
    from .api_info import function_parameters  # only for a refusal: /info's module loads late

    names = [name for name, _, _ in function_parameters(dependency.fn)]
    verdicts: list[InputCheck] = [
        {
            "__type__": "validate",
            "is_valid": False,
            "message": failures[index],
            "parameter_name": names[index] if index < len(names) else f"parameter_{index}",
        }
        if index in failures
        else {"is_valid": True, "message": ""}
        for index in range(expected)
    ]
    raise HTTPError(422, verdicts)


def generating(event_id: str, previous: list[Any], values: list[Any]) -> ProcessGeneratingMessage:
    """Full values for a generator's first yield, then only the edits per output."""
    data = [diff(old, new) for old, new in zip(previous, values)] if previous else values
    return {
        "msg": "process_generating",
        "event_id": event_id,
        "success": True,
        "output": {"data": data, "is_generating": True},
    }


def completed(
    event_id: str,
    dependency: Dependency,
    outputs: list[Any],
    duration: float,
    render_config: RenderConfig | None = None,
    changed_state_ids: list[int] | None = None,
) -> ProcessCompletedMessage:
    dependency.durations.append(duration)
    del dependency.durations[:-100]
    return {
        "msg": "process_completed",
        "event_id": event_id,
        "success": True,
        "title": None,
        "output": {
            "data": outputs,
            "is_generating": False,
            "duration": duration,
            "average_duration": sum(dependency.durations) / len(dependency.durations),
            "render_config": render_config,
            "changed_state_ids": changed_state_ids or [],
        },
    }


def new_event_id() -> str:
    return os.urandom(16).hex()  # uuid's import costs more than it gives


class EventQueue:
    def __init__(self, blocks: Blocks) -> None:
        self.blocks = blocks
        # Most recently used last.
        self.sessions: dict[str, Session] = {}
        self._running: set[asyncio.Future[None]] = set()
        self._tasks: dict[str, asyncio.Future[None]] = {}

    def join(
        self, body: Any, headers: dict[str, str] | None = None, root: str = "", event_id: str | None = None
    ) -> str:
        """Start the event a join body asks for; its id (`event_id` when given). Files in
        its outputs get URLs under `root` (see files.with_root)."""
        known = self.sessions.get(str(body.get("session_hash"))) if isinstance(body, dict) else None
        graph = known.graph if known is not None else SessionGraph(self.blocks)
        session_hash, dependency, data = parse_join(graph, body)
        session = self._session(session_hash)
        event_id = event_id or new_event_id()
        session.pending.add(event_id)
        trigger = body.get("trigger_id")
        target = session.graph.block(trigger) if isinstance(trigger, int) else None
        about = (body.get("event_data"), target, Request(headers, session_hash))
        run = self._process(
            session, event_id, dependency, data, session.state, about, root, bool(body.get("simple_format"))
        )
        task = asyncio.ensure_future(run)
        self._running.add(task)
        self._tasks[event_id] = task
        task.add_done_callback(self._running.discard)
        task.add_done_callback(lambda _: self._tasks.pop(event_id, None))
        return event_id

    def _session(self, session_hash: str) -> Session:
        session = self.sessions.pop(session_hash, None)
        if session is None:
            session = Session(self.blocks)
            if len(self.sessions) >= MAX_SESSIONS:
                idle = next((h for h, s in self.sessions.items() if not s.pending), next(iter(self.sessions)))
                del self.sessions[idle]
        self.sessions[session_hash] = session
        return session

    async def _process(
        self,
        session: Session,
        event_id: str,
        dependency: Dependency,
        data: list[Any],
        state: dict[int, Any],
        about: tuple[Any, Any, Any] = (None, None, None),
        root: str = "",
        simple_format: bool = False,
    ) -> None:
        """Run one event; `about` is what the page said of it (event_data) and its target.
        A generator's values go as edits of the last, or whole in `simple_format` (/call)."""
        put = session.put
        put({"msg": "estimation", "event_id": event_id, "rank": 0, "queue_size": len(self._running), "rank_eta": None})
        put({"msg": "process_starts", "event_id": event_id, "eta": None})
        # Images a stream or a generator returns go to the page as raw frames.
        streams = any(name == "stream" for _, name in dependency.targets)
        event.begin(event_id, put, dependency.is_generator or streams, *about)
        renderable.use_graph(session.graph)
        watched = watch_states(dependency, state)
        start = time.perf_counter()
        try:
            if dependency.is_generator:
                outputs: list[Any] = []
                async for values in iterate_dependency(dependency, data, state):
                    values = with_root(values, root)
                    await session.deliver(generating(event_id, [] if simple_format else outputs, values))
                    outputs = values
            else:
                outputs = with_root(await run_dependency(dependency, data, state), root)
        except (asyncio.CancelledError, KeyboardInterrupt):
            # Stopped: the outputs keep what they show (an empty `data` changes nothing).
            # KeyboardInterrupt is how the page stops a loop that never awaits (Stop, in a
            # cross-origin isolated page): it must end this event, never the event loop.
            put(completed(event_id, dependency, [], time.perf_counter() - start))
            return
        except Exception as e:  # noqa: BLE001 - every failure of user code becomes a message
            put(self._failed(event_id, e))
            return
        render_config = None
        if dependency.renderable is not None:
            outputs = [*outputs, None]  # the render's container: what changed is in render_config
            render_config = with_root(session.graph.render_config(dependency.renderable), root)
        changed = changed_states(dependency, watched, state)
        put(completed(event_id, dependency, outputs, time.perf_counter() - start, render_config, changed))
        # Files the function wrote in the app's folder outlast the page, like flagged rows.
        storage.changed(later=True)

    def _failed(self, event_id: str, error: Exception) -> ProcessCompletedMessage:
        message: str | None
        if isinstance(error, Error):
            if error.print_exception:
                traceback.print_exception(error)
            title, message, duration, visible = error.title, error.message, error.duration, error.visible
        else:
            traceback.print_exception(error)
            title, duration, visible = "Error", None, True
            message = f"{type(error).__name__}: {error}" if self.blocks.show_error else None
        return {
            "msg": "process_completed",
            "event_id": event_id,
            "success": False,
            "title": title if isinstance(error, Error) else None,
            "output": {"error": message, "duration": duration, "visible": visible, "title": title},
        }

    def cancel(self, body: Any) -> None:
        if not isinstance(body, dict) or not isinstance(body.get("event_id"), str):
            raise HTTPError(422, "Request body must be a JSON object with an `event_id`.")
        task = self._tasks.get(body["event_id"])
        if task is not None:
            task.cancel()
            cooperative.interrupt(task)  # a sync function asleep in it stops now

    def stop_all(self) -> None:
        """End every running event (the app is leaving the page)."""
        for task in list(self._tasks.values()):
            task.cancel()
            cooperative.interrupt(task)

    def open_stream(self, session_hash: str | None) -> Session:
        session = self.sessions.get(session_hash or "")
        if session is None or not (session.pending or session.messages.qsize()):
            raise HTTPError(404, "Session not found.")
        return session

    async def stream(self, session: Session) -> AsyncIterator[ServerMessage]:
        session.listening.set()
        try:
            while True:
                try:
                    # A message already waiting goes out without a trip through the loop.
                    message, sent = session.messages.get_nowait()
                except asyncio.QueueEmpty:
                    try:
                        message, sent = await asyncio.wait_for(session.messages.get(), HEARTBEAT_SECONDS)
                    except asyncio.TimeoutError:
                        yield {"msg": "heartbeat", "event_id": None}
                        continue
                yield message
                if sent is not None and not sent.done():
                    sent.set_result(None)
                if message["msg"] != "process_completed":
                    continue
                session.pending.discard(message["event_id"])
                if not session.pending:
                    # The session stays (its gr.State values); its next join opens a new stream.
                    yield {"msg": "close_stream", "event_id": None}
                    return
        finally:
            session.listening.clear()
