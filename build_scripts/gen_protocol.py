"""Generate web/src/protocol.gen.ts from lite_core/protocol.py.

Usage: python -m build_scripts.gen_protocol          (writes the file)
       python -m build_scripts.gen_protocol --check  (exit 1 when it is stale)
"""

from __future__ import annotations

import json
import sys
import types
import typing
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin

from lite_core import protocol

OUT = Path(__file__).resolve().parent.parent / "web" / "src" / "protocol.gen.ts"
COMMAND = "python -m build_scripts.gen_protocol"
_NAMES = {id(t): t.__name__ for t in protocol.TS_INTERFACES}
_NAMES.update({id(alias): name for name, alias in protocol.TS_ALIASES.items()})
_SCALARS = {str: "string", int: "number", float: "number", bool: "boolean", type(None): "null"}


def ts_type(tp: Any) -> str:
    if id(tp) in _NAMES:
        return _NAMES[id(tp)]
    if tp is Any:
        return "unknown"
    if tp in _SCALARS:
        return _SCALARS[tp]
    origin, args = get_origin(tp), get_args(tp)
    if origin is Literal:
        return " | ".join(json.dumps(a) for a in args)
    if origin in (Union, types.UnionType):
        return " | ".join(dict.fromkeys(ts_type(a) for a in args))  # int | float: one `number`
    if origin is list:
        inner = ts_type(args[0])
        return f"({inner})[]" if "|" in inner else f"{inner}[]"
    if origin is tuple:
        return "[" + ", ".join(ts_type(a) for a in args) + "]"
    if origin is dict:
        return f"Record<{ts_type(args[0])}, {ts_type(args[1])}>"
    if typing.is_typeddict(tp):
        # A component's own option shapes (ImageEditor's brush) are written inline.
        fields = (f"{name}: {ts_type(hint)}" for name, hint in typing.get_type_hints(tp).items())
        return "{ " + "; ".join(fields) + " }"
    raise TypeError(f"no TypeScript form for {tp!r}")


def ts_interface(td: Any) -> str:
    hints = typing.get_type_hints(td)
    lines = [f"export interface {td.__name__} {{"]
    for name, tp in hints.items():
        optional = "?" if name in td.__optional_keys__ else ""
        lines.append(f"  {name}{optional}: {ts_type(tp)};")
    lines.append("}")
    return "\n".join(lines)


def block_props() -> list[type]:
    """Each component's and layout's own props TypedDict, as declared beside its class."""
    import lite_core
    from lite_core.blocks_base import Block

    # Blocks are imported on first use: every public name, asked for (lite_core.__all__).
    exported = [getattr(lite_core, name) for name in lite_core.__all__]
    classes = [c for c in exported if isinstance(c, type) and issubclass(c, Block)]
    own = {c.Props for c in classes} - {protocol.BlockProps, protocol.ComponentProps}
    return sorted(own, key=lambda td: td.__name__)


def ts_props_interface(td: Any) -> str:
    """`interface XProps extends ComponentProps`: only its own keys are listed."""
    base = (
        protocol.ComponentProps
        if protocol.ComponentProps.__annotations__.keys() <= td.__annotations__.keys()
        else protocol.BlockProps
    )
    hints = typing.get_type_hints(td)
    lines = [f"export interface {td.__name__} extends {base.__name__} {{"]
    for name, tp in hints.items():
        if name not in base.__annotations__:
            lines.append(f"  {name}: {ts_type(tp)};")
    lines.append("}")
    return "\n".join(lines)


def render() -> str:
    parts = [
        f"// Generated from lite_core/protocol.py by `{COMMAND}`. Do not edit.",
        "",
    ]
    for name, value in protocol.TS_CONSTANTS.items():
        parts.append(f"export const {name} = {json.dumps(value)} as const;")
    parts.append("")
    parts.extend(ts_interface(td) + "\n" for td in protocol.TS_INTERFACES)
    parts.append("// Each component's and layout's props, declared beside its Python class.\n")
    parts.extend(ts_props_interface(td) + "\n" for td in block_props())
    for name, alias in protocol.TS_ALIASES.items():
        members = " | ".join(ts_type(a) for a in get_args(alias))
        parts.append(f"export type {name} = {members};")
    return "\n".join(parts) + "\n"


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        if OUT.read_text() != text:
            print(f"{OUT} is stale: run `{COMMAND}`", file=sys.stderr)
            return 1
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
