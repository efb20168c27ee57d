"""One module per API resource: thin, typed methods over the generated operations."""
