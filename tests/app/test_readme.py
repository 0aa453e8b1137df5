"""The README keeps its promises: every setting documented, the two commands wired to CI."""

from __future__ import annotations

import re
from pathlib import Path

from app.settings import Settings, settings_table

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text()


def test_configuration_table_matches_the_settings() -> None:
    block = re.search(
        r"<!-- settings-table:start -->\n(.*?)\n<!-- settings-table:end -->", README, re.S
    )
    assert block is not None
    assert block.group(1) == settings_table(), "run: python -m app.settings and paste the table"
    for name in Settings.model_fields:
        assert f"LODESTAR_{name.upper()}" in block.group(1)


def test_ci_runs_exactly_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text()
    assert "```bash\nscripts/test.sh\n```" in README
    assert re.search(r"^exec scripts/test\.sh$", ci, re.M)
    assert "LODESTAR_TEST_POSTGRES_URL" in ci


def test_run_command_is_documented_and_executable() -> None:
    assert "```bash\nscripts/demo.sh\n```" in README
    for script in ("demo.sh", "test.sh", "bootstrap.sh"):
        assert (ROOT / "scripts" / script).stat().st_mode & 0o111
