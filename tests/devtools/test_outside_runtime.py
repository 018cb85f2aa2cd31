"""The sample generator is development tooling: no runtime module imports it."""

import subprocess
import sys

# Import every module of the package but the tooling itself, then list what got imported.
# (pkgutil.walk_packages would import the tooling's package itself to look inside it.)
SCRIPT = """
import importlib, pkgutil, sys
SKIP = ("danang.portal.devtools", "danang.portal.locales")
def import_all(package):
    for module in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
        if module.name not in SKIP:
            imported = importlib.import_module(module.name)
            if module.ispkg:
                import_all(imported)
import_all(importlib.import_module("danang.portal"))
print("\\n".join(sorted(name for name in sys.modules if name.startswith("danang.portal."))))
"""


def test_no_runtime_module_imports_the_sample_generator():
    imported = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True, timeout=300
    ).stdout.split()
    assert "danang.portal.data.loader" in imported
    assert "danang.portal.cli.site" in imported
    assert [name for name in imported if name.startswith("danang.portal.devtools")] == []
