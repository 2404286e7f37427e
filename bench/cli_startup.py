"""Start-up of the command line: the wall time of ``wushuang --help`` and ``wushuang models`` (against the local
server of ``bench/server.py``), next to that of ``python -c "import openai"``, each a fresh process.

``python -m bench.cli_startup [RUNS]`` prints the figures alone; ``python -m bench`` includes them.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from typing import Any

__all__ = ["COMMANDS", "cli_startup", "cli_table", "cli_targets"]

# Label -> the arguments of `python`. The CLI's figures are compared with the first.
COMMANDS: dict[str, list[str]] = {
    'python -c "import openai"': ["-c", "import openai"],
    "wushuang --help": ["-m", "wushuang", "--help"],
    "wushuang models": ["-m", "wushuang", "models"],
}
# Each CLI command at most this share of the time `import openai` takes.
LIMIT = 1 / 3


def _wall(args: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, *args], env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def cli_startup(settings: Any) -> dict[str, Any]:
    """Median wall seconds of each of ``COMMANDS`` over ``settings.import_runs`` interleaved rounds."""
    from bench.run import _env

    server = subprocess.Popen([sys.executable, "-m", "bench.server"], env=_env(), stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        env = {
            **_env(),
            "WUSHUANG_API_KEY": "sk-bench",
            "WUSHUANG_BASE_URL": f"http://127.0.0.1:{int(server.stdout.readline())}",
        }
        runs: dict[str, list[float]] = {label: [] for label in COMMANDS}
        for args in COMMANDS.values():  # untimed: byte code compiled and cached first
            _wall(args, env)
        for _ in range(max(settings.import_runs, 3)):
            for label, args in COMMANDS.items():
                runs[label].append(_wall(args, env))
    finally:
        server.terminate()
        server.wait(timeout=10)
    return {"cli_startup_s": {label: statistics.median(values) for label, values in runs.items()}}


def cli_targets(results: dict[str, Any]) -> list[tuple[str, float, str, float]]:
    """(target, measured ratio, op, limit) of each CLI command against ``import openai``."""
    wall = results["cli_startup_s"]
    baseline, *commands = COMMANDS
    return [(f"`{label}` / `{baseline}`, wall", wall[label] / wall[baseline], "<=", LIMIT) for label in commands]


def cli_table(results: dict[str, Any]) -> list[str]:
    """The Markdown table of the commands' wall times and their ratio to ``import openai``."""
    wall = results["cli_startup_s"]
    baseline = next(iter(COMMANDS))
    lines = [f"| command line start-up, fresh process | wall ms | / `{baseline}` |", "|---|---|---|"]
    for label in COMMANDS:
        lines.append(f"| `{label}` | {wall[label] * 1e3:.1f} | {wall[label] / wall[baseline]:.2f}x |")
    return lines


if __name__ == "__main__":
    import dataclasses

    from bench.run import QUICK

    figures = cli_startup(dataclasses.replace(QUICK, import_runs=int(sys.argv[1]) if len(sys.argv) > 1 else 5))
    print("\n".join(cli_table(figures)))
