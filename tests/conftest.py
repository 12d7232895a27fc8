from __future__ import annotations

from collections.abc import Iterator

import pytest

import lite_core as gr
from lite_core.routing import App

from .asgi_client import Client


def greet(name: str, intensity: float) -> str:
    return "Hello, " + name + "!" * int(intensity)


@pytest.fixture
def quickstart() -> gr.Interface:
    return gr.Interface(fn=greet, inputs=["text", "slider"], outputs=["text"])


@pytest.fixture
def client(quickstart: gr.Interface) -> Iterator[Client]:
    c = Client(App(quickstart))
    yield c
    c.close()
