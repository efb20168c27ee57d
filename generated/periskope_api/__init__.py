# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
"""A client library for accessing Periskope API"""

import periskope  # noqa: F401
