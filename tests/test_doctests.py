"""Every docstring example of the package runs (found by their ``>>>`` prompts, so new ones are
included); examples that need a Plone site are written as plain code blocks instead."""

from pathlib import Path

import danang.portal
import doctest
import importlib
import pytest

PACKAGE = Path(danang.portal.__path__[0])


def modules_with_examples():
    for path in sorted(PACKAGE.rglob("*.py")):
        if ">>>" in path.read_text(encoding="utf-8"):
            dotted = ".".join(("danang", "portal", *path.relative_to(PACKAGE).with_suffix("").parts))
            yield dotted


@pytest.mark.parametrize("dotted", modules_with_examples())
def test_docstring_examples(dotted):
    module = importlib.import_module(dotted)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0
    assert result.failed == 0
