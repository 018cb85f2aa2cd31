"""The dossier tests' fixtures are the shared ones (tests/fixtures/): ``services`` (the test
catalogue, tests/fixtures/workflow.py) and the ``dossier_server`` layer (tests/fixtures/layers.py),
which the e-receipt server layer builds on."""
