"""gr.DateTime: a date (and time) typed or picked, as Gradio 5's DateTime.

On the wire the value is text ("2024-05-01 12:30:00"); the function receives a
timestamp (float seconds, the default), a datetime, or the text, as `type` says.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from ..blocks_base import event_listener
from ..exceptions import Error
from ..protocol import ComponentProps
from .base import Component

DateTimeType = Literal["timestamp", "datetime", "string"]


class DateTimeProps(ComponentProps):
    include_time: bool
    type: DateTimeType
    timezone: str | None


class DateTime(Component):
    block_type = "datetime"
    Props = DateTimeProps
    payload_types = (str,)
    payload_description = "a date as text, such as 2024-05-01 12:30:00"
    python_type_name = "str"

    def __init__(
        self,
        value: float | str | dt.datetime | None = None,
        *,
        include_time: bool = True,
        type: DateTimeType = "timestamp",
        timezone: str | None = None,
        **kwargs: Any,
    ) -> None:
        if type not in ("timestamp", "datetime", "string"):
            raise ValueError(f"Invalid type: {type}. Must be one of: 'timestamp', 'datetime', 'string'.")
        self.include_time = include_time
        self.type = type
        self.timezone = timezone
        super().__init__(value, **kwargs)

    @property
    def _format(self) -> str:
        return "%Y-%m-%d %H:%M:%S" if self.include_time else "%Y-%m-%d"

    def preprocess(self, payload: str | None) -> float | dt.datetime | str | None:
        if payload is None or payload == "":
            return None
        if self.type == "string" and "now" not in payload:
            return payload
        when = relative_time(payload)
        if when is None:
            try:
                when = dt.datetime.fromisoformat(payload.strip().replace("T", " "))
            except ValueError:
                raise Error(
                    f"Invalid datetime: {payload}. Use the format {self._format}, or `now` / `now - 24h`."
                ) from None
        if self.type == "string":
            return when.strftime(self._format)
        return when if self.type == "datetime" else when.timestamp()

    def postprocess(self, value: float | str | dt.datetime | None) -> str | None:
        if value is None or value == "":
            return None
        if isinstance(value, (int, float)):
            value = dt.datetime.fromtimestamp(value)
        if isinstance(value, dt.datetime):
            return value.strftime(self._format)
        return str(value)

    def api_info(self) -> dict[str, Any]:
        return {"type": "string", "description": f"Formatted as '{self._format}'."}

    def example_payload(self) -> str:
        return "2020-10-01 05:20:15" if self.include_time else "2020-10-01"

    example_value = example_payload

    change = event_listener("change")
    submit = event_listener("submit")


_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}


def relative_time(text: str) -> dt.datetime | None:
    """Gradio's relative dates: `now`, or `now - 15m` (s, m, h or d); None for anything else."""
    import re

    match = re.fullmatch(r"\s*now\s*(?:-\s*(\d+)\s*([smhd]))?\s*", text)
    if match is None:
        return None
    amount, unit = match.groups()
    ago = dt.timedelta(**{_UNITS[unit]: int(amount)}) if amount else dt.timedelta()
    return dt.datetime.now() - ago
