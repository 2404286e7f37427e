"""Run openapi-python-client (pinned 0.29.1) with the committed config and custom templates."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Sequence
from pathlib import Path

from openapi_python_client import Project, __version__ as opc_version
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError, ParseError
from openapi_python_client.strings import PythonIdentifier

from generator.spec import Spec

__all__ = ["OPC_VERSION", "OpcError", "run_opc"]

OPC_VERSION = "0.29.1"
GENERATOR_DIR = Path(__file__).resolve().parent
CONFIG_PATH = GENERATOR_DIR / "opc-config.yaml"
TEMPLATES_DIR = GENERATOR_DIR / "templates" / "opc"


class OpcError(Exception):
    """openapi-python-client failed, or warned (the equivalent of its `--fail-on-warning`)."""


def run_opc(spec: Spec, output_dir: Path) -> None:
    """Generate the low-level client distribution (pyproject.toml, README.md, wushuang_client/) into `output_dir`.

    Runs in-process through OPC's Python API rather than its CLI, because the custom endpoint template needs one
    fact OPC drops while parsing: which operations also answer `text/event-stream` (OPC keeps one content type per
    status). It is handed to the templates as the `event_stream_operations` global. Every error OPC reports,
    warnings included, fails the run, as `--fail-on-warning` does; `--overwrite` is implied (the output folder is
    always fresh).
    """
    if opc_version != OPC_VERSION:
        raise OpcError(
            f"openapi-python-client {OPC_VERSION} is pinned (the custom templates are copies of its own), "
            f"found {opc_version}: re-sync generator/templates/opc/ and update the pin"
        )
    config = Config.from_sources(
        ConfigFile.load_from_path(CONFIG_PATH),
        MetaType.PDM,  # any non-`none` meta writes pyproject.toml; ours is templates/opc/pyproject.toml.jinja
        spec.path,
        "utf-8",
        True,
        output_path=output_dir,
    )
    openapi = GeneratorData.from_dict(spec.document, config=config)
    if isinstance(openapi, GeneratorError):
        raise OpcError(_describe([openapi]))
    project = Project(openapi=openapi, config=config, custom_template_path=TEMPLATES_DIR)
    project.env.globals["event_stream_operations"] = frozenset(
        str(PythonIdentifier(operation_id, prefix="")) for operation_id in spec.event_stream_operation_ids()
    )
    with contextlib.redirect_stdout(io.StringIO()):  # OPC prints "Generating <dir>"
        errors = project.build()
    if errors:
        raise OpcError(_describe(errors))


def _describe(errors: Sequence[GeneratorError]) -> str:
    lines = ["openapi-python-client reported problems (warnings fail the run, as with --fail-on-warning):"]
    for error in errors:
        lines.append(f"  [{error.level.value}] {error.header}")
        if error.detail:
            lines.extend(f"      {line}" for line in str(error.detail).splitlines())
        if isinstance(error, ParseError) and error.data is not None:
            lines.append(f"      at: {error.data.model_dump_json(exclude_unset=True, by_alias=True)[:300]}")
    return "\n".join(lines)
