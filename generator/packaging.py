"""The packaging files of both distributions, rendered from the spec's `info.version` and one template.

`info.version` in openapi/wushuang.yaml is the one place that sets the version: `wushuang-client` and `wushuang`
are released together under it, and the wrapper requires the client from its own version up to the next
breaking release (the next minor while the major is 0, the next major after that), so a newer compatible client
can be installed under an older wrapper, never an older or incompatible one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from generator.spec import Spec

__all__ = ["DISTRIBUTION_FILES", "client_requirement", "write_distribution_files"]

_TEMPLATE = Path(__file__).resolve().parent / "templates" / "pyproject.toml.jinja"
_REPO_LICENSE = Path(__file__).resolve().parent.parent / "LICENSE"


@dataclass(frozen=True)
class Distribution:
    """What differs between the two distributions' pyproject.toml files (the template holds what is shared)."""

    name: str
    directory: str
    summary: str
    packages: list[str]
    dependencies: list[str]
    optional_dependencies: dict[str, list[str]] = field(default_factory=dict)
    entry_points: dict[str, dict[str, str]] = field(default_factory=dict)
    scripts: dict[str, str] = field(default_factory=dict)


def client_requirement(version: str) -> str:
    """The wrapper's requirement on the low-level client built from the same spec version."""
    match = re.fullmatch(r"(\d+)\.(\d+)\.(\d+)", version)
    if match is None:
        raise ValueError(f"info.version must be MAJOR.MINOR.PATCH (both packages' release version), not {version!r}")
    major, minor = int(match[1]), int(match[2])
    upper = f"{major}.{minor + 1}" if major == 0 else f"{major + 1}"
    return f"wushuang-client>={version},<{upper}"


def distributions(version: str) -> list[Distribution]:
    """Both distributions, the low-level client first (it is built and published first)."""
    return [
        Distribution(
            name="wushuang-client",
            directory="generated_client",
            summary="Low-level client of the 无双 AI relay, generated from its OpenAPI description (httpx + attrs)",
            packages=["wushuang_client"],
            dependencies=["httpx>=0.23.1,<0.29.0", "attrs>=22.2.0"],
        ),
        Distribution(
            name="wushuang",
            directory="wrapper",
            summary="Python SDK for the 无双 AI relay: OpenAI-compatible API, Claude through chat, Midjourney tasks",
            packages=["src/wushuang"],
            dependencies=[
                client_requirement(version),
                "httpx>=0.27,<1",
                # AsyncWushuang's pool (wushuang/_core/pool.py) replaces a private step of httpcore's, written for
                # 1.0.3 to 1.0.9 and checked at run time; httpcore's own pool is kept outside that.
                "httpcore>=1.0.3,<1.1",
                "msgspec>=0.18",
                # The package's public names, listed once in `__init__.pyi` and loaded on first use.
                "lazy-loader>=0.4",
                "typing-extensions>=4.10",
                # The `wushuang` command line only (wushuang/_cli); `import wushuang` never imports it.
                "click>=8.1",
            ],
            optional_dependencies={
                "testing": ["starlette>=0.40", "uvicorn>=0.30", "pyyaml>=6", "jsonschema>=4.20", "pytest>=7"],
                # wushuang.split_grid (Midjourney grids into their four images); imported only when called.
                "images": ["pillow>=10"],
                # wushuang.batch on a Ray cluster (wushuang/batch/_ray.py; async classes in map_batches need Ray 2.32+);
                # the one-machine runner needs none of it.
                "ray": ["ray[data]>=2.32"],
                # Tracing (wushuang/_core/telemetry.py): the API only; the application brings its SDK and exporters.
                "otel": ["opentelemetry-api>=1.27"],
            },
            scripts={"wushuang": "wushuang._cli:main"},
            entry_points={"pytest11": {"wushuang": "wushuang.testing.pytest_plugin"}},
        ),
    ]


# Files this module writes, relative to a root: each distribution's pyproject.toml and LICENSE, and the version.
VERSION_MODULE = Path("wrapper/src/wushuang/_version.py")
DISTRIBUTION_FILES = [
    *(Path(d.directory) / name for d in distributions("0.0.0") for name in ("pyproject.toml", "LICENSE")),
    VERSION_MODULE,
]


def write_distribution_files(spec: Spec, root: Path) -> list[Path]:
    """Write both pyproject.toml files, a copy of LICENSE in each distribution, and the wrapper's version module."""
    template = jinja2.Environment(
        loader=jinja2.FileSystemLoader(_TEMPLATE.parent),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    ).get_template(_TEMPLATE.name)
    written: list[Path] = []
    for distribution in distributions(spec.version):
        directory = root / distribution.directory
        directory.mkdir(parents=True, exist_ok=True)
        pyproject = directory / "pyproject.toml"
        pyproject.write_text(template.render(d=distribution, version=spec.version), encoding="utf-8")
        license_copy = directory / "LICENSE"
        license_copy.write_bytes(_REPO_LICENSE.read_bytes())
        written += [pyproject, license_copy]
    version_module = root / VERSION_MODULE
    version_module.parent.mkdir(parents=True, exist_ok=True)
    version_module.write_text(
        f'"""The release version of both distributions: openapi/wushuang.yaml\'s info.version."""\n\n'
        f'__version__ = "{spec.version}"\n',
        encoding="utf-8",
    )
    return [*written, version_module]
