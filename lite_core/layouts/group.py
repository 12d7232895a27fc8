"""gr.Group: its children in one box, without the gaps between blocks."""

from __future__ import annotations

from ..blocks_base import BlockContext


class Group(BlockContext):
    block_type = "group"
