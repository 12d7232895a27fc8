"""The `lite` command: author (`dev`), publish (`build`) and outgrow (`serve`) an app.

lite dev app.py      the app in the browser runtime on localhost, re-run on each save
lite build app.py    a static folder (site/) any host serves, nothing fetched elsewhere
lite serve app.py    the app on this machine's Python under uvicorn, same web UI at /
"""

from __future__ import annotations

import argparse
import os
import runpy
import sys
from collections.abc import Sequence
from pathlib import Path

from .version import __version__


def parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="lite", description="Gradio-style apps that run in the browser.")
    parser.add_argument("--version", action="version", version=f"lite {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="{dev,build,serve}")

    def with_app(name: str, text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=text, description=text)
        sub.add_argument("app", type=Path, help="the app's Python file (its folder holds its other files)")
        return sub

    def with_address(sub: argparse.ArgumentParser) -> None:
        # As Gradio's launch(): GRADIO_SERVER_NAME / GRADIO_SERVER_PORT when not given.
        sub.add_argument("--host", help="address to listen on (default $GRADIO_SERVER_NAME or 127.0.0.1)")
        sub.add_argument("--port", type=int, help="port (default $GRADIO_SERVER_PORT or 7860)")

    dev = with_app("dev", "Run the app in the browser runtime on localhost; re-run it when a file is saved.")
    with_address(dev)
    build = with_app("build", "Write a static site (runtime, app files, vendored wheels) for any static host.")
    build.add_argument("--requirements", type=Path, action="append", default=[], metavar="FILE")
    build.add_argument("-o", "--out", type=Path, default=Path("site"), help="output folder (default site/)")
    build.add_argument(
        "--offline",
        action="store_true",
        help="the page registers Lite's service worker: once opened, it reloads offline",
    )
    serve = with_app("serve", "Run the app on this machine's Python under uvicorn, with the same web UI at /.")
    with_address(serve)
    return parser.parse_args(argv)


def address(args: argparse.Namespace) -> tuple[str, int]:
    host = args.host or os.environ.get("GRADIO_SERVER_NAME") or "127.0.0.1"
    port = args.port if args.port is not None else int(os.environ.get("GRADIO_SERVER_PORT") or 7860)
    return host, port


def run_served(app: Path, host: str, port: int) -> None:
    """Run app.py as `python app.py` would, with `import gradio` giving Lite (an explicit
    opt-in: a real Gradio installed beside it is not touched outside this process)."""
    from . import appcontext, gradio_alias
    from .blocks import Blocks

    gradio_alias.install()
    os.environ["GRADIO_SERVER_NAME"], os.environ["GRADIO_SERVER_PORT"] = host, str(port)
    sys.argv = [str(app)]
    sys.path.insert(0, str(app.resolve().parent))
    namespace = runpy.run_path(str(app), run_name="__main__")
    if appcontext.active().launched is None:
        # No launch() in the file (as `gradio app.py` allows): serve its `demo`, else its Blocks.
        demo = namespace.get("demo")
        if not isinstance(demo, Blocks):
            demo = next((v for v in namespace.values() if isinstance(v, Blocks)), None)
        if demo is None:
            raise SystemExit(f"lite serve: {app} made no app (no launch() call and no gr.Blocks named `demo`).")
        demo.launch()


def main(argv: Sequence[str] | None = None) -> None:
    args = parse(sys.argv[1:] if argv is None else argv)
    if not args.app.is_file():
        raise SystemExit(f"lite {args.command}: no such file: {args.app}")
    if args.command == "build":
        from . import site_build

        site_build.build(args.app, args.out, args.requirements, offline=args.offline)
    elif args.command == "dev":
        from . import dev_server

        dev_server.serve(args.app, *address(args))
    else:
        run_served(args.app, *address(args))


if __name__ == "__main__":
    main()
