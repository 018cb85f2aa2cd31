"""REST endpoints (plone.restapi services), one folder per endpoint."""

# Opens the catalogue's vocabularies to anonymous @vocabularies callers (see the module).
from danang.portal.services import vocabularies  # noqa: F401
