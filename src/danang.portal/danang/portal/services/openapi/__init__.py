"""``GET <site>/@openapi``: the OpenAPI 3.1 document of the portal's endpoints (openapi.json)."""
