"""Fixtures for the sandbox tests, loaded with ``pytest_plugins = ["sandbox_fixtures"]``.

tests/conftest.py belongs to the whole suite, so the sandbox's own fixtures live here: one
server for the session, reset to fresh demo data before each test (a reset costs a couple of
milliseconds, a new server a tenth of a second), an httpx client for it, logged-in headers for
both marketplaces, and `spec` for checking answers against the plentymarkets OpenAPI subset
copied to tests/data, made strict: every property the spec lists must be present.

Test modules reach the helpers through fixtures only (importing this module directly would
keep pytest from rewriting its asserts); they import names for type hints under TYPE_CHECKING.
"""

from __future__ import annotations

import copy
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from openapi_schema_validator import OAS30Validator
from PIL import Image

from imagedeck.sandbox.server import SandboxServer

SPEC_PATH = Path(__file__).parent / "data" / "plentymarkets-images.openapi.json"


@pytest.fixture(scope="session")
def shared_server() -> Iterator[SandboxServer]:
    """One server for all sandbox tests; `server` resets it before each test."""
    with SandboxServer() as server:
        yield server


@pytest.fixture
def server(shared_server: SandboxServer) -> SandboxServer:
    """The module's server with fresh demo data, no tokens, faults off."""
    shared_server.reset()
    return shared_server


@pytest.fixture(scope="session")
def shared_client(shared_server: SandboxServer) -> Iterator[httpx.Client]:
    """One client per module: building one costs tens of milliseconds (its SSL context)."""
    # The timeout only guards against a hang; at a load of 12 on two cores a bulk listing's
    # answer was seen to take over 10 s.
    with httpx.Client(base_url=shared_server.base_url, timeout=60) as client:
        yield client


@pytest.fixture
def http(server: SandboxServer, shared_client: httpx.Client) -> httpx.Client:
    """A client of the freshly reset server."""
    return shared_client


@pytest.fixture
def plenty(http: httpx.Client) -> dict[str, str]:
    """Authorization headers of a logged-in plentymarkets demo user."""
    return plenty_headers(http)


@pytest.fixture
def as24(http: httpx.Client) -> dict[str, str]:
    """Version and Authorization headers for AutoScout24 (client-credentials token)."""
    return as24_headers(http)


def plenty_headers(client: httpx.Client) -> dict[str, str]:
    """Log in as the demo user; the Authorization header."""
    answer = client.post("/rest/login", json={"username": "demo", "password": "demo"})
    assert answer.status_code == 200, answer.text
    return {"Authorization": f"Bearer {answer.json()['accessToken']}"}


def as24_headers(client: httpx.Client) -> dict[str, str]:
    """A client-credentials token (sandbox extra) plus the mandatory version header."""
    form = {"grant_type": "client_credentials", "client_id": "demo", "client_secret": "demo"}
    answer = client.post("/auth/oauth/v2/token", data=form)
    assert answer.status_code == 200, answer.text
    return {"X-AS24-Version": "1.1", "Authorization": f"Bearer {answer.json()['access_token']}"}


@pytest.fixture(scope="session")
def spec() -> SpecCheck:
    return SpecCheck(SPEC_PATH)


@pytest.fixture
def make_picture():
    """make_picture(kind="JPEG", size=(320, 240), colour=...) -> bytes of a real image file."""
    return picture_bytes


class SpecCheck:
    """Validates answers against the OpenAPI subset, with every listed property required."""

    def __init__(self, path: Path) -> None:
        self.spec = copy.deepcopy(json.loads(path.read_text(encoding="utf-8")))
        for schema in self.spec["components"]["schemas"].values():
            if "properties" in schema:
                schema["required"] = sorted(schema["properties"])

    def _check(self, schema: dict[str, Any], instance: Any) -> None:
        OAS30Validator({**schema, "components": self.spec["components"]}).validate(instance)

    def route(self, path: str, method: str, instance: Any) -> None:
        """`instance` is what the spec's 200 answer of `method path` describes."""
        content = self.spec["paths"][path][method]["responses"]["200"]["content"]
        self._check(content["*/*"]["schema"], instance)

    def each(self, path: str, method: str, instances: list[Any]) -> None:
        """Each element is the spec's 200 answer (where the spec says one object, real
        answers are lists: availabilities and variation_images)."""
        assert isinstance(instances, list)
        for instance in instances:
            self.route(path, method, instance)

    def component(self, name: str, instance: Any) -> None:
        self._check({"$ref": f"#/components/schemas/{name}"}, instance)

    def image(self, instance: Any) -> None:
        """An ItemImage plus its embedded names and availabilities."""
        self.component("ItemImage", instance)
        for name in instance["names"]:
            self.component("ItemImageName", name)
        for availability in instance["availabilities"]:
            self.component("ItemImageAvailability", availability)


def picture_bytes(kind: str = "JPEG", size: tuple[int, int] = (320, 240), colour=(200, 40, 40)):
    """A small real image file made on the spot (tests must not need files outside the repo)."""
    out = io.BytesIO()
    mode = "RGBA" if kind == "PNG" else "RGB"
    Image.new(mode, size, colour).save(out, kind)
    return out.getvalue()
