__version__ = "0.1.0"

# The @periskope/periskope-client release the spec was imported from (openapi/periskope.lock.json);
# `make update-spec` rewrites this line.
UPSTREAM_SDK_VERSION = "1.1.3"

USER_AGENT = f"periskope-python/{__version__} periskope-client/{UPSTREAM_SDK_VERSION}"
