"""No module of the package reads a private attribute of another module's objects, except the core's own.

A feature (the batch runner, the Midjourney helpers, downloads, polls) reaches a client through its public
surface (``clock``, ``middleware``, ``download``, ``_core.client.call_operation``), so the core can change inside
without breaking it. An ``x._name`` where ``x`` is not ``self``, ``cls`` or ``super()`` is allowed only when
``_name`` is defined in the same module (a class reading its own kind), or in the few core modules listed.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "wrapper" / "src" / "wushuang"

# module -> why it may read another module's private attributes
ALLOWED = {
    "_core/resource.py": "the base of the generated resources: hands each call to its client's _call",
    "_core/pool.py": "swaps the class of the pool inside httpx's own transport (httpx has no public way)",
}


def _own_names(tree: ast.Module) -> set[str]:
    """The private names a module defines: functions, classes, attributes set on self / cls, class fields."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
            names.add(node.attr)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return names


def _foreign_reads(path: Path, root: Path = PACKAGE) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    own = _own_names(tree)
    reads = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or not node.attr.startswith("_") or node.attr.startswith("__"):
            continue
        owner = node.value
        if isinstance(owner, ast.Name) and owner.id in ("self", "cls"):
            continue
        if isinstance(owner, ast.Call) and isinstance(owner.func, ast.Name) and owner.func.id == "super":
            continue
        if node.attr in own:
            continue
        reads.append(f"{path.relative_to(root)}:{node.lineno}: {ast.unparse(node)}")
    return reads


def test_no_module_reads_another_modules_private_attributes() -> None:
    reads = [
        read
        for path in sorted(PACKAGE.rglob("*.py"))
        if str(path.relative_to(PACKAGE)) not in ALLOWED
        for read in _foreign_reads(path)
    ]
    assert reads == [], "\n".join(reads)


def test_the_check_finds_a_foreign_read(tmp_path: Path) -> None:
    module = tmp_path / "feature.py"
    module.write_text(
        "def run(client):\n    return client._http.send\n\nclass A:\n    def f(self, other):\n"
        "        return self._x, other._y\n    _y = 1\n"
    )
    assert _foreign_reads(module, tmp_path) == ["feature.py:2: client._http"]
