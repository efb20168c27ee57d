"""Every model of the API (generated from the spec): `from periskope.models import Message`."""

from periskope_api.models import *  # noqa: F403
