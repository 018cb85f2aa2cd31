"""The package's layering (docs/architecture.md): imports run downwards, folders form no circle.

A unit is a folder directly under ``danang/portal/`` or a top-level module (``settings.py``).
Every import counts, also the lazy ones inside functions, and relative ones are resolved.
"""

from pathlib import Path

import ast
import pytest

ROOT = Path(__file__).resolve().parents[1] / "src" / "danang.portal" / "danang" / "portal"
PACKAGE = ("danang", "portal")

# Bottom first; a unit may import from its own layer (unless that closes a circle) and below.
LAYERS = (
    # 1. content types, vocabularies, the city's data, uploaded files' checks, shared plumbing
    (
        "content",
        "vocabularies",
        "data",
        "uploads",
        "settings",
        "clock",
        "roles",
        "money",
        "mail",
        "outbox",
        "labels",
        "interfaces",
        "branding",
        "language",
        "publisher",
        "backoff",
        "deployment",
        "public_url",
        "settings_form",
        "background",
        "units",
        "legal",
    ),
    # 2. the domain core: dossiers, deadlines, the catalogue engine, the workflow
    ("dossier", "deadlines", "catalogue", "workflow"),
    # 3. making a dossier and what it uses; signing the documents the portal issues
    ("submission", "forms", "agents", "acknowledgement", "signing", "reorganisation"),
    # 4. features that listen and answer
    ("accounts", "vneid", "lookup", "notifications", "payment", "satisfaction", "ereceipt", "statistics",
     "national"),
    # 5. REST endpoints, catalogue pages, the officials' desk, the request checks in front of them
    ("services", "browser", "desk", "security", "footer", "caching"),
    # 6. installation, upgrades and tooling: the portal's code never imports them
    ("setuphandlers", "upgrades", "cli", "testing", "devtools", "locales"),
)
LAYER_OF = {unit: number for number, units in enumerate(LAYERS, start=1) for unit in units}


def units_on_disk(root=ROOT):
    """Folders holding Python code and top-level modules, but not the package's own __init__."""
    units = set()
    for child in root.iterdir():
        if child.is_dir() and any(child.rglob("*.py")):
            units.add(child.name)
        elif child.suffix == ".py" and child.name != "__init__.py":
            units.add(child.stem)
    return units


def imported_names(path, root=ROOT):
    """(line, dotted name) of every name imported by the module at ``path``, relative ones resolved."""
    relative = path.relative_to(root)
    package = list(PACKAGE) + list(relative.parts[:-1])
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                module = ".".join(base + (node.module.split(".") if node.module else []))
            else:
                module = node.module or ""
            for alias in node.names:
                yield node.lineno, f"{module}.{alias.name}"


def unit_of(relative):
    """The unit of a path relative to the package root (``dossier/create.py`` → ``dossier``)."""
    first = relative.parts[0]
    return first[: -len(".py")] if first.endswith(".py") else first


def folder_imports(root=ROOT):
    """{(importing unit, imported unit): ["file:line name", ...]} across units only."""
    units = units_on_disk(root)
    edges = {}
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root)
        if relative == Path("__init__.py"):
            continue
        source = unit_of(relative)
        for line, name in imported_names(path, root):
            parts = name.split(".")
            if tuple(parts[:2]) != PACKAGE or len(parts) < 3 or parts[2] not in units:
                continue  # outside the package, or the package's own message factory
            target = parts[2]
            if target != source:
                edges.setdefault((source, target), []).append(f"{relative}:{line} imports {name}")
    return edges


def cycles(edges):
    """Strongly connected groups of more than one unit (Tarjan), each sorted."""
    graph = {}
    for source, target in edges:
        graph.setdefault(source, set()).add(target)
        graph.setdefault(target, set())
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(unit):
        index[unit] = low[unit] = len(index)
        stack.append(unit)
        on_stack.add(unit)
        for other in sorted(graph[unit]):
            if other not in index:
                visit(other)
                low[unit] = min(low[unit], low[other])
            elif other in on_stack:
                low[unit] = min(low[unit], index[other])
        if low[unit] == index[unit]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == unit:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for unit in sorted(graph):
        if unit not in index:
            visit(unit)
    return sorted(found)


def upward_imports(edges, layer_of=LAYER_OF):
    """Lines of imports from a higher layer, naming the file and the import."""
    problems = []
    for (source, target), where in sorted(edges.items()):
        if layer_of[target] > layer_of[source]:
            problems.extend(
                f"{line} (layer {layer_of[source]} {source}/ → layer {layer_of[target]} {target}/)"
                for line in where
            )
    return problems


def cycle_report(edges, groups):
    lines = []
    for group in groups:
        lines.append("circle: " + " ↔ ".join(group))
        for (source, target), where in sorted(edges.items()):
            if source in group and target in group:
                lines.extend(f"  {source} → {target}: {line}" for line in where)
    return lines


def test_every_unit_has_a_layer():
    unplaced = sorted(units_on_disk() - set(LAYER_OF))
    assert not unplaced, f"add these folders or modules to LAYERS in tests/test_layers.py: {unplaced}"


def test_each_unit_is_listed_once():
    listed = [unit for units in LAYERS for unit in units]
    assert len(listed) == len(set(listed))


def test_no_import_from_a_higher_layer():
    problems = upward_imports(folder_imports())
    assert not problems, "imports from a higher layer:\n" + "\n".join(problems)


def test_folders_import_each_other_in_no_circle():
    edges = folder_imports()
    report = cycle_report(edges, cycles(edges))
    assert not report, "folders importing each other:\n" + "\n".join(report)


@pytest.fixture
def fake_package(tmp_path):
    """A tiny package tree: ``low/`` and ``high/`` folders and a top-level ``util.py``."""
    root = tmp_path / "danang" / "portal"
    for folder in ("low", "high"):
        (root / folder).mkdir(parents=True)
        (root / folder / "__init__.py").write_text("")
    (root / "__init__.py").write_text("_ = None\n")
    (root / "util.py").write_text("from danang.portal import _\n")
    return root


def test_lazy_and_relative_imports_are_seen(fake_package):
    (fake_package / "high" / "view.py").write_text("from ..low import thing\n")
    (fake_package / "low" / "thing.py").write_text(
        "def later():\n    from danang.portal.high.view import x\n    import danang.portal.util\n"
    )
    edges = folder_imports(fake_package)
    assert edges[("high", "low")] == ["high/view.py:1 imports danang.portal.low.thing"]
    assert edges[("low", "high")] == ["low/thing.py:2 imports danang.portal.high.view.x"]
    assert edges[("low", "util")] == ["low/thing.py:3 imports danang.portal.util"]
    # The package's message factory is no unit: util.py imports nothing.
    assert not [edge for edge in edges if edge[0] == "util"]
    assert cycles(edges) == [["high", "low"]]
    assert upward_imports(edges, {"util": 1, "low": 1, "high": 2}) == [
        "low/thing.py:2 imports danang.portal.high.view.x (layer 1 low/ → layer 2 high/)"
    ]
