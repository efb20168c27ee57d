"""The public resources (client.chats, client.messages, ...) rendered from the patched spec.

Each operation becomes a method of a resource: names, argument renames and flattening, idempotency, pagination and
docstrings come from its `x-periskope-*` extensions (overrides/overlay/60-python-api.yaml) or, where it has none, are
inferred: the resource from the tag, the method from the operationId, idempotency from the HTTP method, pagination
from offset/limit and an envelope with `count` and one array. Types and class names come from openapi-python-client's
own parser, so that they are those of the generated models.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties import (
    AnyProperty,
    BooleanProperty,
    EnumProperty,
    FloatProperty,
    IntProperty,
    ListProperty,
    ModelProperty,
    StringProperty,
)

METHODS = ("get", "put", "post", "delete", "patch")
IDEMPOTENT = {"get", "put", "patch"}  # POST and DELETE are not: a second DELETE fails, and hides the first's success
ERRORS = ("Error",)
TYPING_NAMES = {"Any", "Literal", "Mapping", "Sequence", "None"}


@dataclass
class Argument:
    name: str  # the Python argument
    annotation: str
    default: str | None  # None: required
    keyword: bool
    value: str  # the expression that becomes the wire value


@dataclass
class Operation:
    module: str  # the generated api module: chat.get_chat_by_id
    function: str  # get_chat_by_id
    http: str
    path: str
    resource: str
    method: str
    doc: str
    idempotent: bool
    custom: bool
    arguments: list[Argument]
    call_arguments: list[str]  # of request_kwargs
    returns: str  # the decoded body's type ("None": no body)
    decode: str
    items: str | None = None  # a paginated list: the envelope's array
    item_type: str = ""
    require_any: list[str] = field(default_factory=list)  # a one-of check: at least one of these is given
    ts_method: str = ""  # the official TypeScript SDK's name, for the README's table
    docs_page: str = ""  # an operation added from the docs: its page, for the README's table
    models: set[str] = field(default_factory=set)  # every model its annotations name (imported for type checkers)
    runtime_models: list[str] = field(default_factory=list)  # the ones its request and decoder use (imported on call)


def snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).replace("-", "_").lower()


def pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in snake(name).split("_"))


def _resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        node: Any = spec
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part]
        schema = node
    return schema


def _type_of(prop: Any, models: set[str]) -> tuple[str, str]:  # noqa: PLR0911 - one return per kind
    """(annotation, converter) of a body property or query parameter, inferred from its generated type."""
    if isinstance(prop, ModelProperty):
        models.add(prop.class_info.name)
        return f"{prop.class_info.name} | Mapping[str, Any]", f"model:{prop.class_info.name}"
    if isinstance(prop, EnumProperty):
        models.add(prop.class_info.name)
        return f"{prop.class_info.name} | {prop.value_type.__name__}", f"enum:{prop.class_info.name}"
    if isinstance(prop, ListProperty):
        inner = prop.inner_property
        if isinstance(inner, ModelProperty):
            models.add(inner.class_info.name)
            return f"Sequence[{inner.class_info.name} | Mapping[str, Any]]", f"models:{inner.class_info.name}"
        item, _ = _type_of(inner, models)
        return f"Sequence[{item}]", "list"
    simple = {StringProperty: "str", IntProperty: "int", FloatProperty: "float", BooleanProperty: "bool"}
    for kind, name in simple.items():
        if isinstance(prop, kind):
            return name, "plain"
    if isinstance(prop, AnyProperty):
        return "Any", "plain"
    return prop.get_type_string(no_optional=True).as_unembedded_code(), "plain"


def _value(name: str, convert: str, required: bool) -> str:  # noqa: PLR0911 - one return per kind
    kind, _, cls = convert.partition(":")
    if kind == "path_id":
        return f'non_empty_str("{name}", {name})'
    if kind == "model":
        return f"{'as_model' if required else 'optional_model'}({cls}.from_dict, {name})"
    if kind == "models":
        return f"{'as_model_list' if required else 'optional_model_list'}({cls}.from_dict, {name})"
    if kind == "enum":
        return f"{cls}({name})" if required else f"optional_enum({cls}, {name})"
    if kind == "id":
        return f'non_empty_str("{name}", {name})' if required else f'optional_non_empty_str("{name}", {name})'
    if kind == "plain":
        return name if required else f"omit_if_none({name})"
    if kind == "list":
        return f"list({name})" if required else f"optional_list({name})"
    # a runtime helper of periskope._resource_base by name (comma_list, optional_iso_time...); `helper:label` too
    return f'{kind}("{cls}", {name})' if cls else f"{kind}({name})"


class Renderer:
    """The operations of a patched spec, as the resource template needs them."""

    def __init__(self, spec: dict[str, Any], spec_path: Path, config_path: Path) -> None:
        self.spec = spec
        config = Config.from_sources(
            ConfigFile.load_from_path(config_path), MetaType.NONE, spec_path, "utf-8", False, None
        )
        data = GeneratorData.from_dict(spec, config=config)
        if not isinstance(data, GeneratorData):
            raise SystemExit(f"openapi-python-client cannot parse the spec: {data}")
        self.endpoints = {
            (e.method.lower(), e.path): (tag, e)
            for tag, c in data.endpoint_collections_by_tag.items()
            for e in c.endpoints
        }
        self.model_names = {m.class_info.name for m in (*data.models, *data.enums)}
        design = spec.get("x-periskope-python", {})
        self.resource_names: dict[str, str] = design.get("resources", {})
        self.resource_docs: dict[str, str] = design.get("docs", {})

    def operations(self) -> list[Operation]:
        found = []
        for path, item in self.spec["paths"].items():
            for http in METHODS:
                if http in item:
                    found.append(self.operation(path, http, item[http]))
        return found

    def operation(self, path: str, http: str, raw: dict[str, Any]) -> Operation:  # noqa: PLR0912, PLR0915
        tag_module, endpoint = self.endpoints[(http, path)]
        tag = (raw.get("tags") or ["default"])[0]
        resource = raw.get("x-periskope-resource") or self.resource_names.get(tag) or snake(tag)
        models: set[str] = set()
        overrides: dict[str, dict[str, Any]] = raw.get("x-periskope-arguments") or {}
        arguments: list[Argument] = []
        call: list[str] = []
        response = self._response(endpoint, raw, models)
        paged = self._pagination(endpoint, raw)

        def add(wire: str, python: str, prop: Any, required: bool, where: str) -> str:
            option = overrides.get(wire, {})
            name = option.get("name", python)
            if where == "path":
                annotation, convert = "str", "path_id"
            else:
                annotation, convert = _type_of(prop, models)
                if required and annotation == "str" and name.endswith("_id"):
                    convert = "path_id"  # a required id in a query or a body is checked as a path id is
            if "type" in option:
                annotation = option["type"]
                models.update(set(re.findall(r"\b[A-Z]\w*", annotation)) - TYPING_NAMES)
            convert = option.get("convert", convert)
            default = option.get("default", None if required else "None")
            if default == "None" and not annotation.endswith("| None"):
                annotation += " | None"
            value = _value(name, convert, default != "None")
            arguments.append(Argument(name, annotation, default, where != "path", value))
            return value

        for param in endpoint.path_parameters:
            call.append(add(param.name, param.python_name, param, True, "path"))
        for param in endpoint.query_parameters:
            if paged and param.name in ("offset", "limit"):
                if param.name == "offset":
                    call.append("offset=at.offset_param")
                    for name in ("offset", "limit", "max_items"):
                        arguments.append(Argument(name, "int | None", "None", True, ""))
                else:
                    call.append("limit=omit_if_none(at.limit)")
                continue
            call.append(f"{param.python_name}={add(param.name, param.python_name, param, param.required, 'query')}")
        body = endpoint.bodies[0].prop if endpoint.bodies else None
        if body is not None and not (isinstance(body, AnyProperty) and not body.required):  # {} on a GET: none
            if not isinstance(body, ModelProperty):
                raise SystemExit(f"{http.upper()} {path}: only JSON object bodies are supported")
            models.add(body.class_info.name)
            flatten = set(raw.get("x-periskope-flatten") or [])
            fields = []
            for prop in self._properties(body):
                if prop.name in flatten and isinstance(prop, ModelProperty):
                    models.add(prop.class_info.name)
                    inner = [
                        f"{p.python_name}={add(f'{prop.name}.{p.name}', p.python_name, p, False, 'body')}"
                        for p in self._properties(prop)
                    ]
                    cls, values = prop.class_info.name, ", ".join(inner)
                    # an optional nested object is left out when none of its arguments is given
                    made = f"{cls}({values})" if prop.required else f"nested({cls}, {values})"
                    fields.append(f"{prop.python_name}={made}")
                else:
                    fields.append(f"{prop.python_name}={add(prop.name, prop.python_name, prop, prop.required, 'body')}")
            if body.required:
                call.append(f"body={body.class_info.name}({', '.join(fields)})")
            else:  # an optional body is left out when none of its fields is given
                call.append(f"body=nested({body.class_info.name}, {', '.join(fields)})")
        order: list[str] = raw.get("x-periskope-order") or []
        if order:
            rank = {name: i for i, name in enumerate(order)}
            arguments.sort(key=lambda a: rank.get(a.name, len(rank)))
        arguments.sort(key=lambda a: a.keyword)  # positional ones first (a stable sort)
        idempotent = raw.get("x-periskope-idempotent", http in IDEMPOTENT)
        returns, decode = response
        op = Operation(
            module=tag_module,
            function=endpoint.name,
            http=http,
            path=path,
            resource=resource,
            method=raw.get("x-periskope-method") or snake(raw["operationId"]),
            doc=raw.get("x-periskope-doc") or raw.get("summary") or "",
            idempotent=bool(idempotent),
            custom=bool(raw.get("x-periskope-custom")),
            arguments=arguments,
            call_arguments=call,
            returns=returns,
            decode=decode,
            models=models,
        )
        op.ts_method = raw.get("x-periskope-ts-method", "")
        if raw.get("x-periskope-source") == "docs":
            page = re.search(r"api-reference/([\w/-]+)", raw.get("description", ""))
            op.docs_page = page.group(1) if page else "?"
        if raw.get("x-periskope-require-any"):
            op.require_any = [a.name for a in arguments if a.default == "None" and a.value]
        if paged:
            op.items, op.item_type = paged
            models.add(op.item_type)
        used = set(re.findall(r"\b[A-Z]\w*", " ".join([*call, decode])))
        op.runtime_models = sorted(used & self.model_names)
        return op

    @staticmethod
    def _properties(model: ModelProperty) -> list[Any]:
        props = [*(model.required_properties or []), *(model.optional_properties or [])]
        order = list(model.data.properties or {})
        return sorted(props, key=lambda p: order.index(p.name) if p.name in order else len(order))

    def _success(self, endpoint: Any) -> Any:
        for response in sorted(endpoint.responses, key=lambda r: str(r.status_code.pattern)):
            low, high = response.status_code.range or (0, 0)
            if low >= 200 and high <= 299:
                return response
        return None

    def _response(self, endpoint: Any, raw: dict[str, Any], models: set[str]) -> tuple[str, str]:
        success = self._success(endpoint)
        none = ("None", "no_content")
        if raw.get("x-periskope-result") == "none" or success is None:
            return none
        if raw.get("x-periskope-result") == "bytes":
            return "bytes", "body_bytes"
        prop = success.prop
        parse = f"{endpoint.name}.parse_response"
        if isinstance(prop, ModelProperty):
            models.add(prop.class_info.name)
            return prop.class_info.name, f"decoder({parse}, {prop.class_info.name})"
        if isinstance(prop, ListProperty) and isinstance(prop.inner_property, ModelProperty):
            models.add(prop.inner_property.class_info.name)
            return f"list[{prop.inner_property.class_info.name}]", f"list_decoder({parse})"
        return none

    def _pagination(self, endpoint: Any, raw: dict[str, Any]) -> tuple[str, str] | None:
        setting = raw.get("x-periskope-pagination")
        if setting is False:
            return None
        names = {p.name for p in endpoint.query_parameters}
        success = self._success(endpoint)
        if not {"offset", "limit"} <= names or success is None or not isinstance(success.prop, ModelProperty):
            return None
        arrays = [
            p
            for p in self._properties(success.prop)
            if isinstance(p, ListProperty) and isinstance(p.inner_property, ModelProperty)
        ]
        has_count = any(p.name == "count" for p in self._properties(success.prop))
        if setting and "items" in setting:
            arrays = [p for p in arrays if p.name == setting["items"]]
        elif not has_count or len(arrays) != 1:
            return None
        return arrays[0].python_name, arrays[0].inner_property.class_info.name


def render(spec: dict[str, Any], spec_path: Path, config_path: Path, templates: Path, package: Path) -> list[Path]:
    """Write package/resources/<resource>.py and package/resources/__init__.py; the paths written."""
    renderer = Renderer(spec, spec_path, config_path)
    by_resource: dict[str, list[Operation]] = {}
    for op in renderer.operations():
        by_resource.setdefault(op.resource, []).append(op)
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )

    def class_name(resource: str) -> str:
        """The resource's class: Chats for client.chats (ChatResource where a model is already called Chat)."""
        name = pascal(resource)
        return f"{name}Resource" if name in renderer.model_names else name

    out = package / "resources"
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for resource, ops in sorted(by_resource.items()):
        ops.sort(key=lambda op: (op.method, op.path))
        target = out / f"{resource}.py"
        target.write_text(
            env.get_template("resource.py.jinja").render(
                resource=resource,
                cls=class_name(resource),
                doc=renderer.resource_docs.get(resource, f"client.{resource}"),
                operations=ops,
                models=sorted(set().union(*(op.models for op in ops)) - set(ERRORS)),
            ),
            encoding="utf-8",
        )
        written.append(target)
    init = out / "__init__.py"
    init.write_text(
        env.get_template("resources_init.py.jinja").render(resources=sorted(by_resource), cls=class_name),
        encoding="utf-8",
    )
    written.append(init)
    return written


def readme_tables(spec: dict[str, Any], spec_path: Path, config_path: Path) -> dict[str, str]:
    """The README's mapping tables (TS SDK method -> Python method; operations added from the docs), by name."""
    ops = Renderer(spec, spec_path, config_path).operations()
    sdk = ["| TS SDK (`client.`) | HTTP | path | Python (`client.`) |", "|---|---|---|---|"]
    sdk += [
        f"| `{op.ts_method}` | {op.http.upper()} | `{op.path}` | `{op.resource}.{op.method}` |"
        for op in ops
        if not op.docs_page
    ]
    docs = ["| docs page | HTTP | path | Python (`client.`) |", "|---|---|---|---|"]
    docs += [
        f"| {op.docs_page} | {op.http.upper()} | `{op.path}` | `{op.resource}.{op.method}` |"
        for op in ops
        if op.docs_page
    ]
    return {"sdk": "\n".join(sdk) + "\n", "docs": "\n".join(docs) + "\n"}
