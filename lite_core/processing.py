"""Run one event: preprocess the inputs, call the user's function, postprocess the outputs."""

from __future__ import annotations

import asyncio
import contextvars
import copy
import functools
import inspect
import sys
from collections.abc import AsyncIterator, Iterator, Sequence
from typing import Any

from . import event
from .blocks_base import Block
from .components.base import Component
from .dependency import Dependency
from .updates import Processed, is_update, skip, update

# Pyodide has no threads: a sync function runs on the event loop there. On CPython it
# runs in a worker thread so that a slow function does not stall other sessions.
_HAS_THREADS = sys.platform != "emscripten"


async def call_fn(dependency: Dependency, args: Sequence[Any]) -> Any:
    fn = dependency.fn
    assert fn is not None
    if inspect.iscoroutinefunction(fn):
        return await fn(*args)
    if _HAS_THREADS:
        # The thread gets this event's context (gr.Info needs to know its event).
        call = functools.partial(contextvars.copy_context().run, fn, *args)
        return await asyncio.get_running_loop().run_in_executor(None, call)
    return fn(*args)


def split_outputs(dependency: Dependency, result: Any) -> list[Any]:
    """The function's return value as one value per output component."""
    count = len(dependency.outputs)
    if count == 0:
        return []
    if isinstance(result, dict) and result and all(isinstance(key, Block) for key in result):
        return _by_component(dependency, result)
    if count == 1:
        return [result]
    if not isinstance(result, (tuple, list)) or len(result) != count:
        returned = len(result) if isinstance(result, (tuple, list)) else 1
        raise ValueError(
            f"A function ({dependency.name}) didn't return the right number of output values "
            f"(needed: {count}, returned: {returned})."
        )
    return list(result)


def _by_component(dependency: Dependency, result: dict[Block, Any]) -> list[Any]:
    """`return {box: "text"}` (Gradio's dict form): outputs left out keep what they show."""
    for component in result:
        if component not in dependency.outputs:
            raise ValueError(f"Returned component {component} not specified as output of function ({dependency.name}).")
    return [result[block] if block in result else skip() for block in dependency.outputs]


def as_update(returned: Block) -> dict[str, Any]:
    """A component the function returned (`return gr.Timer(active=False)`), as Gradio reads
    it: an update of the props its constructor was given, and of those it sets differently
    from a fresh one of its kind."""
    try:
        fresh = type(returned)(render=False)
    except TypeError:  # a kind that needs arguments (Dataset): every prop is sent
        return update(**returned.props())
    before = fresh.props()
    given = returned.given_arguments
    props = {k: v for k, v in returned.props().items() if k != "value" and (k in given or differs(before.get(k), v))}
    value = getattr(returned, "initial_value", None)
    if "value" in given or differs(value, getattr(fresh, "initial_value", None)):
        props["value"] = value
    return update(**props)


def differs(a: Any, b: Any) -> bool:
    """a != b, for values without one truth value too (a DataFrame, an array)."""
    try:
        return bool(a != b)
    except (TypeError, ValueError):
        return a is not b


def write_output(block: Block, value: Any, state: dict[int, Any]) -> Any:
    if isinstance(value, Block):
        value = as_update(value)
    if is_update(value) and len(value) == 1:
        return value  # gr.skip(): nothing changes, not even a State
    if not isinstance(block, Component):
        # A layout shows no value: only its props (visible, open, selected...) change.
        if not is_update(value):
            raise ValueError(f"A {type(block).__name__} output takes gr.update(...) or a {type(block).__name__}(...)")
        return value
    if block.keep_in_session(value, state):
        return None
    if isinstance(value, Processed):
        return value.wire
    if is_update(value):
        # Props go to the page as they are; a value in the update is processed as usual.
        return {**value, "value": block.postprocess(value["value"])} if "value" in value else value
    return block.postprocess(value)


def read_inputs(dependency: Dependency, payloads: Sequence[Any], state: dict[int, Any]) -> list[Any]:
    if not dependency.preprocess:
        args = list(payloads)
    else:
        args = [block.read_session(payload, state) for block, payload in zip(dependency.inputs, payloads)]
    if dependency.inputs_as_dict:
        args = [dict(zip(dependency.inputs, args))]
    # Parameters annotated gr.SelectData (and kin) get what the page said about the event.
    running = event.current()
    inserted: list[tuple[int, Any]] = [
        (position, kind(running.target if running else None, running.data if running else None))
        for position, kind in dependency.event_parameters
    ]
    inserted += [
        (position, None if position in dependency.oauth_parameters or not running else running.request)
        for position in dependency.request_parameters
    ]
    for position, value in sorted(inserted, key=lambda pair: pair[0]):
        args.insert(position, value)
    return args


async def run_dependency(dependency: Dependency, payloads: Sequence[Any], state: dict[int, Any]) -> list[Any]:
    """The wire values of the outputs for the wire values of the inputs.

    `state` holds the session's gr.State values by block id; it is read and updated.
    """
    args = read_inputs(dependency, payloads, state)
    result = await call_fn(dependency, args)
    if dependency.api_only:
        return [result]  # gr.api: JSON in, JSON out, no components
    values = split_outputs(dependency, result)
    return [write_output(block, value, state) for block, value in zip(dependency.outputs, values)]


def _step(iterator: Iterator[Any]) -> tuple[bool, Any]:
    # StopIteration cannot cross an executor's future: report the end as a flag.
    try:
        return False, next(iterator)
    except StopIteration:
        return True, None


async def iterate_fn(dependency: Dependency, args: Sequence[Any]) -> AsyncIterator[Any]:
    """Each value a generator function yields, as soon as it yields it."""
    fn = dependency.fn
    assert fn is not None
    if inspect.isasyncgenfunction(fn):
        async for value in fn(*args):
            yield value
        return
    iterator = fn(*args)
    loop = asyncio.get_running_loop()
    while True:
        if _HAS_THREADS:
            step = functools.partial(contextvars.copy_context().run, _step, iterator)
            done, value = await loop.run_in_executor(None, step)
        else:
            done, value = _step(iterator)
        if done:
            return
        yield value
        # Let the stream send this value before the generator runs on (it may block).
        await asyncio.sleep(0)


async def iterate_dependency(
    dependency: Dependency, payloads: Sequence[Any], state: dict[int, Any]
) -> AsyncIterator[list[Any]]:
    """The outputs' wire values after each yield of a generator function."""
    args = read_inputs(dependency, payloads, state)
    async for result in iterate_fn(dependency, args):
        values = split_outputs(dependency, result)
        yield [write_output(block, value, state) for block, value in zip(dependency.outputs, values)]


def watch_states(dependency: Dependency, state: dict[int, Any]) -> dict[int, Any]:
    """A copy of the session values of the event's gr.State outputs, before it runs (a
    function may change a value in place and return the same object)."""
    return {block.id: _copy(state[block.id]) for block in dependency.outputs if block.id in state}


def changed_states(dependency: Dependency, before: dict[int, Any], state: dict[int, Any]) -> list[int]:
    """The gr.State outputs whose value differs from `before`: their change events fire."""
    changed = []
    for block in dependency.outputs:
        if block.id not in state or block.block_type != "state":
            continue
        # A State the session never held had its initial value.
        if differs(before.get(block.id, block.initial_value), state[block.id]):
            changed.append(block.id)
    return changed


def _copy(value: Any) -> Any:
    try:
        return copy.deepcopy(value)
    except Exception:  # noqa: BLE001 - a value that cannot be copied is compared as it is
        return value
