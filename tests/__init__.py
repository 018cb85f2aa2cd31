"""The test suite (a package, so that the shared fixtures import as ``tests.fixtures``)."""
