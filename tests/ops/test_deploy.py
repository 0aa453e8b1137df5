"""docker-compose.yml and the Dockerfile, checked without a Docker engine.

The compose file must name the expected services and official images, give every service a
health check, use declared named volumes, and configure the app only with variables Settings
knows, with values that validate and agree with the other services (ports, models, hosts).
The Dockerfile must install the same package (the repository root, every package of it) that
scripts/bootstrap.sh installs for the README, with the same torch and llama.cpp pins.
"""

from __future__ import annotations

import re
import shlex
import tomllib
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest
import yaml
from pydantic import AliasChoices

from app.settings import Settings, load_settings

ROOT = Path(__file__).resolve().parents[2]
IMAGES = {"ollama": "ollama/ollama", "ollama-pull": "ollama/ollama",
          "chroma": "chromadb/chroma", "postgres": "postgres"}


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    return data


def _env(service: dict[str, Any]) -> dict[str, str]:
    env = service.get("environment", {})
    if isinstance(env, list):
        env = dict(item.split("=", 1) for item in env)
    return {key: str(value) for key, value in env.items()}


def _setting_names() -> dict[str, str]:
    """Every environment variable Settings reads, mapped to its field."""
    names = {}
    for field, info in Settings.model_fields.items():
        alias = info.validation_alias
        if isinstance(alias, AliasChoices):
            names.update({str(choice): field for choice in alias.choices})
        else:
            names[f"LODESTAR_{field.upper()}"] = field
    return names


def test_the_services_use_official_images_with_health_checks(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert set(services) == {"ollama", "ollama-pull", "app", "chroma", "postgres"}
    for name, image in IMAGES.items():
        assert services[name]["image"].split(":")[0] == image, name
    assert services["app"]["build"] == "."
    for name, service in services.items():
        check = service.get("healthcheck")
        assert check and check["test"] and not check.get("disable"), f"{name} has no health check"


def test_named_volumes_are_declared_and_mounted(compose: dict[str, Any]) -> None:
    declared = set(compose["volumes"])
    mounted = {name: {v.split(":")[0] for v in service.get("volumes", [])}
               for name, service in compose["services"].items()}
    for name in ("ollama", "chroma", "postgres", "app"):
        assert mounted[name] and mounted[name] <= declared, name
    assert mounted["postgres"] == {"postgres"} and mounted["chroma"] == {"chroma"}


def test_the_app_waits_for_healthy_dependencies(compose: dict[str, Any]) -> None:
    depends = compose["services"]["app"]["depends_on"]
    assert depends["postgres"]["condition"] == "service_healthy"
    assert depends["chroma"]["condition"] == "service_healthy"
    assert depends["ollama-pull"]["condition"] == "service_completed_successfully"
    assert compose["services"]["ollama-pull"]["depends_on"]["ollama"]["condition"] == \
        "service_healthy"


def test_every_app_variable_is_a_setting_and_validates(compose: dict[str, Any]) -> None:
    env = _env(compose["services"]["app"])
    names = _setting_names()
    unknown = [key for key in env if key.startswith("LODESTAR_") or key == "OLLAMA_HOST"
               if key not in names]
    assert unknown == []
    values = {names[key]: value for key, value in env.items() if key in names}
    values["secret_key"] = "x" * 32  # compose reads it from .env
    settings = load_settings(**values)
    assert settings.data_dir == Path("/data")
    assert settings.sqlalchemy_url.startswith("postgresql+psycopg://")


def test_the_app_settings_agree_with_the_other_services(compose: dict[str, Any]) -> None:
    services = compose["services"]
    env = _env(services["app"])
    port = int(env["LODESTAR_PORT"])
    assert any(str(p).split(":")[-1] == str(port) for p in services["app"]["ports"])
    assert f"127.0.0.1:{port}/" in " ".join(services["app"]["healthcheck"]["test"])
    assert env["LODESTAR_HOST"] == "0.0.0.0"
    database = urlparse(env["LODESTAR_DATABASE_URL"])
    postgres = _env(services["postgres"])
    assert database.hostname == "postgres" and database.port == 5432
    assert (database.username, database.password, database.path.lstrip("/")) == (
        postgres["POSTGRES_USER"], postgres["POSTGRES_PASSWORD"], postgres["POSTGRES_DB"])
    chroma = urlparse(env["LODESTAR_CHROMA_URL"])
    assert chroma.hostname == "chroma" and chroma.port == 8000
    assert "/8000" in " ".join(services["chroma"]["healthcheck"]["test"])
    ollama = urlparse(env["OLLAMA_HOST"])
    assert ollama.hostname == "ollama" and ollama.port == 11434
    pull = _env(services["ollama-pull"])
    assert pull["OLLAMA_HOST"] == env["OLLAMA_HOST"]
    for key in ("LODESTAR_OLLAMA_CHAT_MODEL", "LODESTAR_OLLAMA_EMBED_MODEL"):
        assert pull[key] == env[key], key
        assert "$$" + key in " ".join(services["ollama-pull"]["command"])


def _dockerfile_runs() -> list[str]:
    text = (ROOT / "Dockerfile").read_text().replace("\\\n", " ")
    return [line.strip()[4:] for line in text.splitlines() if line.strip().startswith("RUN ")]


def test_the_dockerfile_installs_the_package_the_readme_installs() -> None:
    bootstrap = (ROOT / "scripts" / "bootstrap.sh").read_text()
    assert 'pip install --quiet -e ".' in bootstrap  # the README's scripts/demo.sh -> this
    installs = [shlex.split(run) for run in _dockerfile_runs() if "pip install" in run]
    targets = [args[-1] for args in installs]
    assert any(t == "." or t.startswith(".[") for t in targets), targets
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    packages = project["tool"]["setuptools"]["packages"]["find"]["include"]
    copied = re.findall(r"^COPY (\S+) \./\S+$", (ROOT / "Dockerfile").read_text(), re.M)
    for package in packages:
        assert package.rstrip("*") in copied, f"{package} is not copied into the image"
    torch = next(d for d in project["project"]["dependencies"] if d.startswith("torch"))
    assert any(torch in run for run in _dockerfile_runs())
    llama = re.search(r"^llama_version=(\S+)$", bootstrap, re.M)
    assert llama and f"LLAMA_VERSION={llama.group(1)}" in (ROOT / "Dockerfile").read_text()
    assert "CMD curl -fsS http://127.0.0.1:8000/healthz" in (ROOT / "Dockerfile").read_text()
