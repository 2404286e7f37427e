"""`python -m release build` and `python -m release publish [--repository NAME] [--config-file PATH]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from release import ReleaseError, build, publish


def main(argv: list[str] | None = None) -> int:
    """Run one command; a refused or failed step prints its reason and exits 1."""
    parser = argparse.ArgumentParser(prog="python -m release", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("build", help="build both distributions into dist/ and check them")
    upload = commands.add_parser("publish", help="check, build and upload both distributions")
    upload.add_argument("--repository", help="a repository name of your .pypirc (default: TWINE_REPOSITORY_URL)")
    upload.add_argument("--config-file", type=Path, help="the .pypirc to read (default: ~/.pypirc)")
    arguments = parser.parse_args(argv)
    try:
        if arguments.command == "build":
            built = build()
        else:
            built = publish(repository=arguments.repository, config_file=arguments.config_file)
    except ReleaseError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    verb = "built" if arguments.command == "build" else "published"
    for artifacts in built:
        print(f"{verb} {artifacts.name} {artifacts.version}: {', '.join(path.name for path in artifacts.files)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
