"""MkDocs hook: writes the API reference pages (docs/reference/*.md) from what the package exports, at build time.

Nothing is hard-coded but the two package names: the clients are the top-level classes with resource namespaces,
the resources are the classes behind those namespaces (wherever they are defined), the errors are the exported
classes named *Error. mkdocstrings then renders each from its docstrings and signatures.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files

sys.path.insert(0, str(Path(__file__).resolve().parent))

import api_diff


def pages(root: Path) -> dict[str, str]:
    packages = api_diff.load(root)
    exported = {
        name: member
        for name, member in packages["periskope"].members.items()
        if member.is_public and not name.startswith("_")
    }
    classes = {}
    for name, member in exported.items():
        try:
            if member.is_class:
                classes[name] = member
        except api_diff.griffe.AliasResolutionError:
            continue
    clients = {name: cls for name, cls in classes.items() if api_diff.namespaces(cls)}
    errors = sorted(name for name in classes if name.endswith("Error"))
    others = sorted(name for name in classes if name not in clients and name not in errors)
    resources = {
        label: obj
        for label, obj in api_diff.roots(packages).items()
        if label.count(".") == 1 and label.split(".")[0] in clients
    }

    def directive(obj: Any, heading: str | None = None) -> str:
        options = f'\n    options:\n      heading: "{heading}"' if heading else ""
        return f"::: {obj.final_target.path if obj.is_alias else obj.path}{options}\n"

    return {
        "reference/clients.md": "# Clients\n\n"
        + "\n".join(directive(clients[name]) for name in sorted(clients))
        + "\n## Other public classes\n\n"
        + "\n".join(directive(classes[name]) for name in others),
        "reference/resources.md": "# Resources\n\nWhat `client.<name>` gives, for each client.\n\n"
        + "\n".join(
            directive(obj, f"client.{label.split('.')[1]} ({label.split('.')[0]})")
            for label, obj in sorted(resources.items())
        ),
        "reference/models.md": "# Models and enums\n\nGenerated from the spec; import them from `periskope.models`.\n\n"
        + "::: periskope_api.models\n    options:\n      show_root_heading: false\n      show_signature: false\n"
        + '      filters: ["!^_", "!^(to_dict|from_dict|additional_keys)$"]\n',
        "reference/errors.md": "# Errors\n\n" + "\n".join(directive(classes[name]) for name in errors),
        "reference/webhooks.md": "# Webhooks\n\n::: periskope.webhooks\n",
    }


def on_files(files: Files, config: Any) -> Files:
    root = Path(config["config_file_path"]).resolve().parent
    for uri, content in pages(root).items():
        files.append(File.generated(config, uri, content=content))
    return files
