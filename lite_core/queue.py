"""The event queue behind /queue/join and /queue/data (Gradio's sse_v3 protocol).

Each session has one message queue. `join` validates a request and starts its event;
the session's SSE stream delivers the event's messages and closes once no event of
the session is pending. Messages are awaited, not polled, so a result leaves as soon
as it exists.
"""

from __future__ import annotations

import asyncio
import time
import traceback
import os
from collections.abc import AsyncIterator
from typing import Any

from .blocks import Blocks
from .dependency import Dependency
from .exceptions import Error, InvalidPayload
from .http import HTTPError
from .processing import run_dependency
from .protocol import ProcessCompletedMessage, ServerMessage

HEARTBEAT_SECONDS = 15
# Sessions whose gr.State values are kept; the oldest is dropped past this.
MAX_STATE_SESSIONS = 10_000


class Session:
    def __init__(self) -> None:
        self.messages: asyncio.Queue[ServerMessage] = asyncio.Queue()
        self.pending: set[str] = set()


def parse_join(blocks: Blocks, body: Any) -> tuple[str, Dependency, list[Any]]:
    """(session_hash, dependency, data) from a join body, or a 4xx saying what is wrong."""
    if not isinstance(body, dict):
        raise HTTPError(422, "Request body must be a JSON object.")
    session_hash = body.get("session_hash")
    if session_hash is None:
        raise HTTPError(400, "Session hash not found.")
    if not isinstance(session_hash, str):
        raise HTTPError(422, "`session_hash` must be a string.")
    fn_index = body.get("fn_index")
    if not isinstance(fn_index, int) or isinstance(fn_index, bool):
        raise HTTPError(422, "`fn_index` must be an integer.")
    if not 0 <= fn_index < len(blocks.fns) or blocks.fns[fn_index].fn is None:
        raise HTTPError(422, f"No Python event with fn_index {fn_index}.")
    dependency = blocks.fns[fn_index]
    data = body.get("data")
    if not isinstance(data, list):
        raise HTTPError(422, "`data` must be a list with one value per input.")
    check_inputs(dependency, data)
    return session_hash, dependency, data


def check_inputs(dependency: Dependency, data: list[Any]) -> None:
    endpoint = f"/{dependency.api_name}" if dependency.api_name else f"fn_index {dependency.id}"
    expected = len(dependency.inputs)
    if len(data) != expected:
        raise HTTPError(422, f"{endpoint} expects {expected} input values, got {len(data)}.")
    for position, (block, payload) in enumerate(zip(dependency.inputs, data), start=1):
        try:
            block.validate_payload(payload)
        except InvalidPayload as e:
            name = f"{block.label}, {type(block).__name__}" if block.label else type(block).__name__
            raise HTTPError(422, f"Input {position} of {endpoint} ({name}) {e}") from None


class EventQueue:
    def __init__(self, blocks: Blocks) -> None:
        self.blocks = blocks
        self.sessions: dict[str, Session] = {}
        self.states: dict[str, dict[int, Any]] = {}
        self._running: set[asyncio.Future[None]] = set()

    def join(self, body: Any) -> str:
        session_hash, dependency, data = parse_join(self.blocks, body)
        session = self.sessions.setdefault(session_hash, Session())
        event_id = os.urandom(16).hex()  # uuid's import costs more than it gives
        session.pending.add(event_id)
        state = self._state(session_hash)
        task = asyncio.ensure_future(self._process(session, event_id, dependency, data, state))
        self._running.add(task)
        task.add_done_callback(self._running.discard)
        return event_id

    def _state(self, session_hash: str) -> dict[int, Any]:
        state = self.states.pop(session_hash, None)
        if state is None:
            state = {}
            if len(self.states) >= MAX_STATE_SESSIONS:
                del self.states[next(iter(self.states))]
        self.states[session_hash] = state  # most recently used last
        return state

    async def _process(
        self, session: Session, event_id: str, dependency: Dependency, data: list[Any], state: dict[int, Any]
    ) -> None:
        put = session.messages.put_nowait
        put({"msg": "estimation", "event_id": event_id, "rank": 0, "queue_size": len(self._running), "rank_eta": None})
        put({"msg": "process_starts", "event_id": event_id, "eta": None})
        put(await self._completed(event_id, dependency, data, state))

    async def _completed(
        self, event_id: str, dependency: Dependency, data: list[Any], state: dict[int, Any]
    ) -> ProcessCompletedMessage:
        start = time.perf_counter()
        try:
            outputs = await run_dependency(dependency, data, state)
        except Error as e:
            if e.print_exception:
                traceback.print_exc()
            return {
                "msg": "process_completed",
                "event_id": event_id,
                "success": False,
                "title": e.title,
                "output": {"error": e.message, "duration": e.duration, "visible": e.visible, "title": e.title},
            }
        except Exception as e:
            traceback.print_exc()
            error = f"{type(e).__name__}: {e}" if self.blocks.show_error else None
            return {
                "msg": "process_completed",
                "event_id": event_id,
                "success": False,
                "title": None,
                "output": {"error": error, "duration": None, "visible": True, "title": "Error"},
            }
        duration = time.perf_counter() - start
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
                "render_config": None,
                "changed_state_ids": [],
            },
        }

    def open_stream(self, session_hash: str | None) -> Session:
        session = self.sessions.get(session_hash or "")
        if session is None:
            raise HTTPError(404, "Session not found.")
        return session

    async def stream(self, session_hash: str, session: Session) -> AsyncIterator[ServerMessage]:
        while True:
            try:
                message = await asyncio.wait_for(session.messages.get(), HEARTBEAT_SECONDS)
            except asyncio.TimeoutError:
                yield {"msg": "heartbeat", "event_id": None}
                continue
            yield message
            if message["msg"] != "process_completed":
                continue
            session.pending.discard(message["event_id"])
            if not session.pending:
                if self.sessions.get(session_hash) is session:
                    del self.sessions[session_hash]
                yield {"msg": "close_stream", "event_id": None}
                return
