"""Run an app's entrypoint file as `__main__` and explain its failures to the author."""

from __future__ import annotations

from pyodide.code import eval_code_async

from lite_core.appcontext import active
from lite_core.tracebacks import user_traceback


def missing_module_hint(name: str) -> str:
    return (
        f"`{name}` is not available in the browser. Lite's runtime has Python's standard library, "
        "`gradio` itself, and loads numpy, Pillow, pandas, matplotlib, scikit-learn and the other "
        "packages of Pyodide when the app imports them; list other packages in <gradio-requirements>."
    )


async def run_entrypoint(path: str) -> str | None:
    """None once the code called `demo.launch()`; else what went wrong, for the page."""
    with open(path) as f:
        source = f.read()
    try:
        await eval_code_async(source, {"__name__": "__main__", "__file__": path}, filename=path)
    except ModuleNotFoundError as e:
        return user_traceback(e, path) + "\n\n" + missing_module_hint(e.name or "")
    except BaseException as e:  # noqa: BLE001 - any failure of the author's code is shown to them
        return user_traceback(e, path)
    if active().launched is None:
        return "The app did not start: call `demo.launch()` at the end of the code."
    return None
