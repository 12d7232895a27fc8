"""The TypeScript protocol types are generated from lite_core/protocol.py and must match."""

from __future__ import annotations

from build_scripts import gen_protocol


def test_generated_typescript_is_up_to_date() -> None:
    committed = gen_protocol.OUT.read_text()
    assert committed == gen_protocol.render(), f"web/src/protocol.gen.ts is stale: run `{gen_protocol.COMMAND}`"


def test_every_message_shape_is_exported() -> None:
    text = gen_protocol.render()
    for name in ("AppConfig", "ProcessCompletedMessage", "JoinRequest", "ErrorResponse"):
        assert f"export interface {name} " in text
    assert "export type ServerMessage = EstimationMessage | ProcessStartsMessage" in text
