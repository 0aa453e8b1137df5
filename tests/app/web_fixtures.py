"""The seeded world and a TestClient on the app, as fixtures for every web and API test.

Registered for the whole suite by `pytest_plugins` in tests/conftest.py; a module that needs
something else defines its own `world` or `client`, which takes precedence.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from app.settings import Settings
from tests.app.web_support import World, build_app, seed_world


@pytest.fixture
def world(settings: Settings) -> World:
    """Two coaches, their learners and tokens, seeded in the test's database."""
    return seed_world(settings)


@pytest.fixture
def client(settings: Settings, world: World) -> Iterator[TestClient]:
    """A client on the app built over the seeded world, its lifespan running."""
    del world  # seeded first, so the app starts on a complete database
    with TestClient(build_app(settings)) as test_client:
        yield test_client
