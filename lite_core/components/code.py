"""gr.Code: a code editor (CodeMirror 6 in the page), or a read-only view of code."""

from __future__ import annotations

from typing import Any, ClassVar

from ..blocks_base import event_listener
from ..protocol import ComponentProps
from .base import Component

# Gradio 5.45's list (gr.Code.languages), None meaning plain text.
LANGUAGES: list[str | None] = [
    "python",
    "c",
    "cpp",
    "markdown",
    "latex",
    "json",
    "html",
    "css",
    "javascript",
    "jinja2",
    "typescript",
    "yaml",
    "dockerfile",
    "shell",
    "r",
    "sql",
    "sql-msSQL",
    "sql-mySQL",
    "sql-mariaDB",
    "sql-sqlite",
    "sql-cassandra",
    "sql-plSQL",
    "sql-hive",
    "sql-pgSQL",
    "sql-gql",
    "sql-gpSQL",
    "sql-sparkSQL",
    "sql-esper",
    None,
]


class CodeProps(ComponentProps):
    language: str | None
    lines: int
    max_lines: int | None
    wrap_lines: bool
    show_line_numbers: bool
    autocomplete: bool


class Code(Component):
    block_type = "code"
    Props = CodeProps
    payload_types = (str,)
    payload_description = "a string of code"
    python_type_name = "str"
    languages: ClassVar[list[str | None]] = LANGUAGES

    def __init__(
        self,
        value: str | None = None,
        language: str | None = None,
        *,
        every: Any = None,
        inputs: Any = None,
        lines: int = 5,
        max_lines: int | None = None,
        preserved_by_key: list[str] | str | None = "value",
        wrap_lines: bool = False,
        show_line_numbers: bool = True,
        autocomplete: bool = False,
        **kwargs: Any,
    ) -> None:
        # `every`, `inputs` (a callable value's timer and inputs) and `preserved_by_key`
        # (gr.render) are accepted as Gradio's; nothing here uses them yet.
        del every, inputs, preserved_by_key
        if language not in LANGUAGES:
            raise ValueError(f"Language {language} not supported.")
        self.language = language
        self.lines = lines
        self.max_lines = max(lines, max_lines) if max_lines is not None else None
        self.wrap_lines = wrap_lines
        self.show_line_numbers = show_line_numbers
        self.autocomplete = autocomplete
        super().__init__(value, **kwargs)

    def preprocess(self, payload: str | None) -> str | None:
        return payload

    def postprocess(self, value: Any) -> str | None:
        """The code as shown, stripped as Gradio does; a file tuple is refused, as in Gradio 5."""
        if value is None:
            return None
        if isinstance(value, tuple):
            raise ValueError(
                "Code component does not support returning files as tuples anymore. "
                "Please read the file contents and return as str instead."
            )
        return str(value).strip()

    def api_info(self) -> dict[str, Any]:
        return {"type": "string"}

    def example_payload(self) -> str:
        return "print('Hello World')"

    def example_value(self) -> str:
        return "print('Hello World')"

    change = event_listener("change")
    input = event_listener("input")
    focus = event_listener("focus")
    blur = event_listener("blur")
