"""The examples in python/README.md and the package docstring run."""

from __future__ import annotations

import doctest
import re

import sipstatus
from conftest import REPO


def _run(text: str, name: str) -> doctest.TestResults:
    test = doctest.DocTestParser().get_doctest(text, {}, name, name, 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    return runner.summarize(verbose=False)


def test_readme_examples():
    readme = (REPO / "python" / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```pycon\n(.*?)```", readme, re.S)
    assert blocks
    results = _run("\n".join(blocks), "python/README.md")
    assert results.attempted >= 5
    assert results.failed == 0


def test_package_docstring_examples():
    results = _run(sipstatus.__doc__ or "", "sipstatus")
    assert results.attempted >= 3
    assert results.failed == 0


def test_every_docstring_example():
    """The examples in the docstrings of the package's functions and classes."""
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    for test in doctest.DocTestFinder().find(sipstatus):
        runner.run(test)
    results = runner.summarize(verbose=False)
    assert results.attempted >= 8
    assert results.failed == 0
