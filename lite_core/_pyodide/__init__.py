"""The only package that touches `js` / `pyodide.ffi`; imported by the worker only."""
