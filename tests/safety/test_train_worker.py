"""The validation model's worker process stops when `lodestar safety train` is gone."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# A parent that starts a worker the way `train_adapted` does (spawn), reports its pid and dies
# without stopping it; the worker reports progress the way the validation fit does.
PARENT = """
import multiprocessing, os, sys, time
from concurrent.futures import ProcessPoolExecutor

def work(marker):
    from safety import adapt
    while True:
        adapt._from_worker("epoch 1/2: 1600/22373 rows")
        open(marker, "a").close()
        time.sleep(0.1)

def pid():
    return os.getpid()

if __name__ == "__main__":
    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
    print(pool.submit(pid).result(), flush=True)
    marker = sys.argv[1]
    pool.submit(work, marker)
    deadline = time.monotonic() + 120
    while not os.path.exists(marker) and time.monotonic() < deadline:
        time.sleep(0.05)  # until the worker reports progress
    os._exit(0)  # killed: no executor shutdown, no signal to the worker
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie has exited; only its parent (gone) could reap it.
    status = Path(f"/proc/{pid}/stat")
    return not (status.exists() and status.read_text().split()[2] == "Z")


@pytest.mark.slow
def test_the_validation_worker_exits_when_the_training_command_dies(tmp_path: Path) -> None:
    script, marker = tmp_path / "parent.py", tmp_path / "working"
    script.write_text(PARENT)
    out, err = tmp_path / "stdout", tmp_path / "stderr"
    # Files, not pipes: a surviving worker would hold a pipe open.
    with out.open("w") as stdout, err.open("w") as stderr:
        subprocess.run([sys.executable, str(script), str(marker)], cwd=ROOT, stdout=stdout,
                       stderr=stderr, timeout=180, check=True,
                       env={**os.environ, "PYTHONPATH": str(ROOT)})
    worker = int(out.read_text().split()[0])
    assert marker.exists()
    assert "[validation model] epoch 1/2" in err.read_text()  # it was working before
    deadline = time.monotonic() + 30
    while _alive(worker):
        if time.monotonic() > deadline:
            os.kill(worker, 9)
            pytest.fail("the worker kept training after the training command died")
        time.sleep(0.1)
