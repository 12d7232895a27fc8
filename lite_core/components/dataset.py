"""gr.Dataset: a table of samples; clicking one sends its index (how examples load)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from ..blocks_base import event_listener
from ..protocol import ComponentProps
from .base import Component


class DatasetProps(ComponentProps):
    components: list[str]
    component_ids: list[int]
    component_props: list[dict[str, Any]]
    headers: list[str]
    samples: list[list[Any]]
    samples_per_page: int
    type: Literal["values", "index", "tuple"]


class Dataset(Component):
    block_type = "dataset"
    Props = DatasetProps
    payload_types = (int,)
    payload_description = "the index of a sample"
    accepts_none = True
    python_type_name = "int"

    def __init__(
        self,
        *,
        components: Sequence[Component],
        samples: Sequence[Sequence[Any]] | None = None,
        headers: list[str] | None = None,
        type: Literal["values", "index", "tuple"] = "values",
        samples_per_page: int = 10,
        label: str | None = "Examples",
        **kwargs: Any,
    ) -> None:
        self.components = list(components)
        self.raw_samples = [list(sample) for sample in samples or []]
        self.type = type
        self.samples_per_page = samples_per_page
        if headers is not None:
            self.headers = headers
        elif all(c.label is None for c in self.components):
            self.headers = []
        else:
            self.headers = [c.label or "" for c in self.components]
        super().__init__(None, label=label, **kwargs)

    @property
    def samples(self) -> list[list[Any]]:
        """Each sample as its components show it (their postprocessed values)."""
        return [
            [component.postprocess(value) for component, value in zip(self.components, sample)]
            for sample in self.raw_samples
        ]

    def validate_payload(self, payload: Any) -> None:
        super().validate_payload(payload)
        if payload is not None and not 0 <= payload < len(self.raw_samples):
            from ..exceptions import InvalidPayload

            raise InvalidPayload(f"has no sample {payload} (it has {len(self.raw_samples)})")

    def preprocess(self, payload: int | None) -> Any:
        if payload is None:
            return None
        if self.type == "index":
            return payload
        if self.type == "tuple":
            return payload, self.raw_samples[payload]
        return self.raw_samples[payload]

    def api_info(self) -> dict[str, Any]:
        return {"type": "integer", "description": "index of selected example"}

    def example_payload(self) -> int:
        return 0

    example_value = example_payload

    @property
    def component_ids(self) -> list[int]:
        return [c.id for c in self.components]

    @property
    def component_props(self) -> list[dict[str, Any]]:
        return [c.props() for c in self.components]

    def props(self) -> dict[str, Any]:
        # The wire names the sample components by type; Python keeps the objects.
        return {**super().props(), "components": [c.block_type for c in self.components]}

    click = event_listener("click")
    select = event_listener("select")
