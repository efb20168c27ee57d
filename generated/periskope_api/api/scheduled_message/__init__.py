# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
"""Contains endpoint functions for accessing the API"""
