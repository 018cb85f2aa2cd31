"""The suite's shared fixtures, as pytest plugins in tests/fixtures/ (see its __init__.py)."""

pytest_plugins = [
    "pytest_plone",
    "tests.fixtures.layers",
    "tests.fixtures.chromium",
    "tests.fixtures.mail",
    "tests.fixtures.workflow",
    "tests.fixtures.deployment",
    "tests.fixtures.payment_live",
    "tests.fixtures.ereceipt_data",
    "tests.fixtures.tsa",
    "tests.fixtures.oidc_provider",
    "tests.fixtures.national",
    "tests.fixtures.reorganisation",
    "tests.fixtures.api_server",
]
