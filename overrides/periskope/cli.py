"""The `periskope` command: every method of every resource of the client, as `periskope <resource> <method>`.

    periskope messages get true_919537851844@c.us_3EB0...
    periskope messages send --chat "+91 98765 43210" --text "Hello" --wait
    periskope chats list --limit 50 --all
    periskope chats get 919876543210@c.us

Configured by PERISKOPE_API_KEY, PERISKOPE_PHONE and PERISKOPE_BASE_URL (`--phone`, `--base-url` win). Commands are
found by introspection: each resource attribute of `Periskope(...)` is a command, each public method a subcommand,
its required positional parameters positional arguments and its other parameters `--flags` (converted per the
annotation: ints, floats, `--flag/--no-flag` for booleans, choices for literals and enums, JSON for objects, several
values for lists). So a resource added to the client appears here without a change.

Output is JSON on stdout: one object for a single result (the model's `to_dict()`); for a list method the first page
as `{"items": [...], "count": N}` (N: the total the server reports, else the number of items), or with `--all` one
object per line across every page. Operations without a result print nothing. Errors are one line on stderr; the exit
code says what failed: 2 usage or configuration, 3 authentication or permission (401, 403), 4 not found (404),
5 rate limited (429), 6 network (connection, timeout), 1 any other API error. Control characters from the server
(terminal escape sequences) never reach the terminal raw: JSON escapes them, and error lines show them escaped.
"""

from __future__ import annotations

import argparse
import dataclasses
import enum
import functools
import inspect
import json
import os
import re
import sys
import types
import typing
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from typing import IO, Any, Literal, NamedTuple
from uuid import UUID

from periskope_api import models

from . import ids
from ._client import Periskope
from ._errors import (
    APIConnectionError,
    APIError,
    AuthenticationError,
    NotFoundError,
    PeriskopeError,
    PermissionDeniedError,
    RateLimitError,
    redact,
)
from ._pagination import SyncPage
from ._resource_base import SyncResource
from ._version import __version__

__all__ = ["EXIT_API", "EXIT_AUTH", "EXIT_NETWORK", "EXIT_NOT_FOUND", "EXIT_RATE_LIMIT", "EXIT_USAGE", "main"]

EXIT_OK = 0
EXIT_API = 1
EXIT_USAGE = 2
EXIT_AUTH = 3
EXIT_NOT_FOUND = 4
EXIT_RATE_LIMIT = 5
EXIT_NETWORK = 6
EXIT_INTERRUPTED = 130

# Friendlier spellings of common parameters: `--chat` for chat_id, `--text` for a message's text.
ALIASES: Mapping[str, Sequence[str]] = {"chat_id": ("--chat",), "message": ("--text",)}
# Parameters that take a chat id: a bare phone number is turned into one (`+91 98765 43210` -> 919876543210@c.us).
CHAT_ID_PARAMETERS = frozenset({"chat_id", "chat_ids", "forward_chat_ids"})
# resolve() takes the error of a failed send: there is none on a command line (send --wait reports the outcome)
HIDDEN_METHODS = frozenset({"with_raw_response", "with_streaming_response", "resolve"})

_DISCOVERY_KEY = "cli-discovery-placeholder"  # builds a client to introspect; it never sends a request
_DISCOVERY_PHONE = "phone-discovery"


class Command(NamedTuple):
    """What a leaf parser runs: the path to the method (resource names, then the method name) and its parameters."""

    path: tuple[str, ...]
    parameters: tuple[Parameter, ...]
    pages: bool  # returns a SyncPage: --all is offered
    waits: Parameter | None  # returns a handle with .wait(): --wait is offered; its parameters as --wait-<name>
    wait_parameters: tuple[Parameter, ...]


class Parameter(NamedTuple):
    name: str
    dest: str
    positional: bool
    keyword: bool  # passed by keyword (else by position)


class _Parser(argparse.ArgumentParser):
    """Usage errors as one line on stderr (with where to find help), exit 2."""

    def error(self, message: str) -> typing.NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {' '.join(message.split())} (see {self.prog} --help)\n")


# Discovery ------------------------------------------------------------------------------------------------------------


def resources(obj: object) -> Iterator[tuple[str, SyncResource]]:
    """The public resource attributes of a client (or of a resource: nested resources), sorted by name: instance
    attributes, and class attributes (properties, lazy descriptors) that give a resource."""
    names = {name for name in (*vars(obj), *dir(type(obj))) if not name.startswith("_") and name not in HIDDEN_METHODS}
    for name in sorted(names):
        static = inspect.getattr_static(obj, name, None)
        if inspect.isfunction(static) or isinstance(static, (staticmethod, classmethod)):
            continue
        value = getattr(obj, name, None)
        if isinstance(value, SyncResource):
            yield name, value


def methods(resource: SyncResource) -> Iterator[tuple[str, Callable[..., Any]]]:
    """The public methods of a resource (not properties such as with_raw_response), sorted by name."""
    for name in sorted(dir(type(resource))):
        if name.startswith("_") or name in HIDDEN_METHODS:
            continue
        if inspect.isfunction(inspect.getattr_static(type(resource), name, None)):
            yield name, getattr(resource, name)


def _hints(function: Callable[..., Any]) -> dict[str, Any]:
    """The annotations of `function`, each resolved if it can be (some name types imported only for type checkers:
    the models, looked up in periskope_api.models); the others stay strings."""
    try:
        return typing.get_type_hints(function)
    except Exception:
        pass
    namespace = {**_models(), **vars(sys.modules[function.__module__])}
    hints: dict[str, Any] = {}
    for name, annotation in getattr(function, "__annotations__", {}).items():
        try:
            hints[name] = typing.get_type_hints(_Annotated(annotation), namespace)["value"]
        except Exception:
            hints[name] = annotation
    return hints


@functools.cache
def _models() -> dict[str, Any]:
    """Every model and enum by name (the generated resources import theirs for type checkers only)."""
    return {name: getattr(models, name) for name in models.__all__}


class _Annotated:
    """An object whose one annotation is `annotation`, for typing.get_type_hints to resolve alone."""

    def __init__(self, annotation: Any) -> None:
        self.__annotations__ = {"value": annotation}


# Annotations -> argparse ----------------------------------------------------------------------------------------------


def _options(annotation: Any) -> dict[str, Any]:  # noqa: PLR0911 - one return per kind of annotation
    """argparse keyword arguments (type, choices, nargs, action) for a parameter annotated `annotation`."""
    annotation = _without_none(annotation)
    if isinstance(annotation, str):  # an unresolved hint
        return _options_from_text(annotation)
    origin = typing.get_origin(annotation)
    if annotation is bool:
        return {"action": argparse.BooleanOptionalAction}
    if annotation is int:
        return {"type": int, "metavar": "N"}
    if annotation is float:
        return {"type": float, "metavar": "NUMBER"}
    if origin is Literal:
        values = typing.get_args(annotation)
        return {"choices": values, "type": type(values[0])} if values else {}
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return {"type": _enum_value(annotation), "metavar": "{" + ",".join(m.name.lower() for m in annotation) + "}"}
    if origin in (types.UnionType, typing.Union):
        members = typing.get_args(annotation)
        if str in members or any(m in (date, datetime) for m in members):
            return {}  # str | Sequence[str] (labels) and str | date: the string as it is
        if any(_is_object(m) for m in members):
            return {"type": _json_value, "metavar": "JSON"}
        return _options(members[0])
    if _is_sequence(annotation):
        args = typing.get_args(annotation)
        item = _options(args[0]) if args else {}
        if "type" in item and item["type"] is _json_value:
            return item  # a list of objects: one JSON array
        return {**item, "nargs": "+"}
    if _is_object(annotation):
        return {"type": _json_value, "metavar": "JSON"}
    return {}


def _options_from_text(text: str) -> dict[str, Any]:
    text = text.replace(" ", "")
    simple: dict[str, dict[str, Any]] = {"int": {"type": int, "metavar": "N"}, "float": {"type": float}, "bool": {}}
    for name, options in simple.items():
        if text in (name, f"{name}|None", f"None|{name}", f"Optional[{name}]"):
            return {"action": argparse.BooleanOptionalAction} if name == "bool" else options
    if text.startswith(("Sequence[", "list[")) and text.endswith(("[str]", "[str]|None")):
        return {"nargs": "+"}
    if text.startswith(("Mapping", "dict")) or "Mapping[" in text:
        return {"type": _json_value, "metavar": "JSON"}
    return {}


def _without_none(annotation: Any) -> Any:
    if typing.get_origin(annotation) in (types.UnionType, typing.Union):
        members = tuple(m for m in typing.get_args(annotation) if m is not type(None))
        if len(members) == 1:
            return members[0]
        if len(members) < len(typing.get_args(annotation)):
            return typing.Union[members]  # noqa: UP007 - built from a tuple
    return annotation


def _is_sequence(annotation: Any) -> bool:
    origin = typing.get_origin(annotation) or annotation
    return isinstance(origin, type) and origin in (list, tuple, Sequence, set, frozenset)


def _is_object(annotation: Any) -> bool:
    origin = typing.get_origin(annotation) or annotation
    if origin in (dict, Mapping) or (isinstance(origin, type) and issubclass(origin, Mapping)):
        return True
    return isinstance(annotation, type) and hasattr(annotation, "from_dict")  # a generated model


def _json_value(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not JSON: {text!r} ({exc})") from None


def _enum_value(cls: type[enum.Enum]) -> Callable[[str], enum.Enum]:
    def convert(text: str) -> enum.Enum:
        for member in cls:
            if text.upper() == member.name or text == str(member.value):
                return member
        names = ", ".join(m.name.lower() for m in cls)
        raise argparse.ArgumentTypeError(f"{text!r} is not one of {names}")

    convert.__name__ = cls.__name__
    return convert


def _chat_id(text: str) -> str:
    """A chat id as it is, or a phone number turned into one."""
    if "@" in text:
        return text
    try:
        return ids.chat_id(text)
    except ids.InvalidIdError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _flag_names(name: str, taken: set[str]) -> list[str]:
    names = [f"--{name.replace('_', '-')}", *ALIASES.get(name, ())]
    return [n for n in names if n not in taken]


def _help(param: inspect.Parameter) -> str | None:
    if param.default is param.empty:
        return "required"
    if param.default is None:
        return None
    shown = param.default.name.lower() if isinstance(param.default, enum.Enum) else param.default
    return f"default: {shown}"


def _add_parameters(
    parser: argparse.ArgumentParser, function: Callable[..., Any], *, prefix: str, flag_prefix: str = ""
) -> tuple[Parameter, ...]:
    """An argument for each parameter of `function` (not self, not **options); what main() passes back."""
    hints = _hints(function)
    added: list[Parameter] = []
    taken = {s for action in parser._actions for s in action.option_strings}
    for param in inspect.signature(function).parameters.values():
        if param.kind in (param.VAR_KEYWORD, param.VAR_POSITIONAL) or param.name in ("self", "cls"):
            continue
        options = _options(hints.get(param.name, param.annotation))
        if param.name in CHAT_ID_PARAMETERS and options.get("type") in (None, str):
            options = {**options, "type": _chat_id}
        dest = f"{prefix}{param.name}"
        required = param.default is param.empty
        positional = required and param.kind in (param.POSITIONAL_ONLY, param.POSITIONAL_OR_KEYWORD) and not flag_prefix
        if "metavar" not in options and "choices" not in options and options.get("action") is None:
            options["metavar"] = param.name.upper()
        if positional:
            parser.add_argument(dest, **options)
        else:
            names = _flag_names(flag_prefix + param.name, taken)
            if not names:
                continue  # every spelling is taken by a global option: the global one wins
            taken.update(names)
            default = None if required or param.default is None else argparse.SUPPRESS
            parser.add_argument(*names, dest=dest, required=required, default=default, help=_help(param), **options)
        added.append(Parameter(param.name, dest, positional, param.kind is not param.POSITIONAL_ONLY))
    return tuple(added)


# The parser -----------------------------------------------------------------------------------------------------------


def _global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """Options every command takes, before or after the command words."""
    default: Any = argparse.SUPPRESS if suppress else None
    parser.add_argument("--phone", default=default, help="x-phone: 919876543210 or phone-... (PERISKOPE_PHONE)")
    parser.add_argument("--base-url", default=default, help="the API's base URL (PERISKOPE_BASE_URL)")
    parser.add_argument("--timeout", type=float, default=default, metavar="SECONDS", help="deadline of a call")
    parser.add_argument("--max-retries", type=int, default=default, metavar="N", help="retries of a failed request")


def build_parser(client: Periskope) -> argparse.ArgumentParser:
    """The parser of every command, discovered from `client`'s resources."""
    parser = _Parser(
        prog="periskope",
        description="The Periskope API from the command line. JSON on stdout; errors on stderr.",
        epilog="Environment: PERISKOPE_API_KEY (required), PERISKOPE_PHONE, PERISKOPE_BASE_URL, PERISKOPE_LOG=debug.",
    )
    parser.add_argument("--version", action="version", version=f"periskope {__version__}")
    _global_options(parser, suppress=False)
    common = _Parser(add_help=False)
    _global_options(common, suppress=True)
    _add_resources(parser, client, (), common)
    return parser


def summary(doc: str) -> str | None:
    """A command's one-line help: the whole first paragraph of its docstring, never cut at a line break."""
    return " ".join(doc.split("\n\n", 1)[0].split()) or None


def _add_resources(
    parser: argparse.ArgumentParser, obj: object, path: tuple[str, ...], common: argparse.ArgumentParser
) -> None:
    found = list(resources(obj))
    if not found:
        return
    sub = parser.add_subparsers(title="resources" if not path else "commands", metavar="RESOURCE")
    sub.required = True
    for name, resource in found:
        module = sys.modules.get(type(resource).__module__)
        doc = inspect.getdoc(type(resource)) or (module.__doc__ if module else None) or ""
        resource_parser = sub.add_parser(name, help=summary(doc), description=doc or None)
        _add_methods(resource_parser, resource, (*path, name), common)


def _add_methods(
    parser: argparse.ArgumentParser, resource: SyncResource, path: tuple[str, ...], common: argparse.ArgumentParser
) -> None:
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")
    sub.required = True
    for name, method in methods(resource):
        doc = inspect.getdoc(method) or ""
        aliases = [name.replace("_", "-")] if "_" in name else []
        shown = summary(doc) or f"{' '.join((*path, name))} (undocumented)"
        leaf = sub.add_parser(name, aliases=aliases, parents=[common], help=shown, description=doc or None)
        try:
            leaf.set_defaults(command=_add_command(leaf, method, (*path, name)))
        except (argparse.ArgumentError, TypeError, ValueError) as exc:  # a signature the CLI cannot express
            leaf.set_defaults(command=None, unsupported=f"{' '.join((*path, name))} is not available here: {exc}")
    for name, nested in resources(resource):  # a resource inside a resource: client.groups.members
        nested_parser = sub.add_parser(name, help=f"{name} commands")
        _add_methods(nested_parser, nested, (*path, name), common)


def _add_command(leaf: argparse.ArgumentParser, method: Callable[..., Any], path: tuple[str, ...]) -> Command:
    returns = _hints(method).get("return")
    parameters = _add_parameters(leaf, method, prefix="arg_")
    taken = {s for action in leaf._actions for s in action.option_strings}
    pages = _returns_pages(returns, path[-1]) and "--all" not in taken
    if pages:
        leaf.add_argument("--all", action="store_true", help="every item of every page, one JSON object a line")
    waits: Parameter | None = None
    wait_parameters: tuple[Parameter, ...] = ()
    wait = getattr(returns, "wait", None)
    if callable(wait) and "--wait" not in taken:
        leaf.add_argument("--wait", action="store_true", help="then wait until it is delivered (see --wait-*)")
        waits = Parameter("wait", "wait", positional=False, keyword=False)
        wait_parameters = _add_parameters(leaf, wait, prefix="wait_", flag_prefix="wait_")
    return Command(path, parameters, pages, waits, wait_parameters)


def _returns_pages(returns: Any, name: str) -> bool:
    if returns is None:
        return name.startswith("list")
    if isinstance(returns, str):
        return returns.startswith("SyncPage")
    origin = typing.get_origin(returns) or returns
    return isinstance(origin, type) and issubclass(origin, SyncPage)


def _discovery_client() -> Periskope:
    """A client to introspect (explicit arguments, so that no environment setting can make it fail)."""
    return Periskope(api_key=_DISCOVERY_KEY, phone=_DISCOVERY_PHONE, base_url="http://127.0.0.1:9", rate_budget=False)


# Running --------------------------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    """Run the command in `argv` (default: sys.argv[1:]); the exit code."""
    args_list = sys.argv[1:] if argv is None else list(argv)
    api_key = os.environ.get("PERISKOPE_API_KEY") or ""
    try:
        with _discovery_client() as discovery:
            parser = build_parser(discovery)
        try:
            args = parser.parse_args(args_list)
        except SystemExit as exit_:  # --help, --version (0) or a usage error (2, already printed)
            return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
        return _run(args, api_key)
    except KeyboardInterrupt:
        _fail("interrupted", api_key)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `| head`: stop quietly
        _quiet_stdout()
        return EXIT_OK
    except PeriskopeError as exc:
        code = exit_code(exc)
        _fail(_describe(exc), api_key)
        return code


_EXIT_CODES: tuple[tuple[type[PeriskopeError] | tuple[type[PeriskopeError], ...], int], ...] = (
    ((AuthenticationError, PermissionDeniedError), EXIT_AUTH),
    (NotFoundError, EXIT_NOT_FOUND),
    (RateLimitError, EXIT_RATE_LIMIT),
    (APIConnectionError, EXIT_NETWORK),
    (APIError, EXIT_API),
    (ids.InvalidIdError, EXIT_USAGE),
)


def exit_code(error: PeriskopeError) -> int:
    """The exit code of an error (see the module docstring)."""
    for kinds, code in _EXIT_CODES:
        if isinstance(error, kinds):
            return code
    if type(error) is PeriskopeError:
        return EXIT_USAGE  # a bad argument or configuration, found before any request
    return EXIT_API


def _describe(error: PeriskopeError) -> str:
    text = str(error)
    if isinstance(error, APIConnectionError) and error.__cause__ is not None and str(error.__cause__):
        text = f"{text} ({error.__cause__})"  # what the network said: refused, reset, timed out
    if isinstance(error, RateLimitError) and error.reset is not None:
        text = f"{text} (resets at {error.reset.isoformat()})"
    trace = getattr(error, "trace_id", None)
    return f"{text} [trace {trace}]" if trace else text


def _run(args: argparse.Namespace, api_key: str) -> int:
    command: Command | None = args.command
    if command is None:
        _fail(args.unsupported, api_key)
        return EXIT_USAGE
    options = {
        name: value
        for name, value in (("timeout", args.timeout), ("max_retries", args.max_retries))
        if value is not None
    }
    if not api_key:
        _fail("no API key: set the PERISKOPE_API_KEY environment variable (Periskope console > Settings > API)", "")
        return EXIT_USAGE
    with Periskope(api_key, phone=args.phone, base_url=args.base_url, **options) as client:
        target: Any = client
        for name in command.path:
            target = getattr(target, name)
        positional = [getattr(args, p.dest) for p in command.parameters if not p.keyword]
        keywords = {p.name: getattr(args, p.dest) for p in command.parameters if p.keyword and hasattr(args, p.dest)}
        result = target(*positional, **keywords)
        if command.waits is not None and args.wait:
            wait_options = {p.name: getattr(args, p.dest) for p in command.wait_parameters if hasattr(args, p.dest)}
            result = result.wait(**{k: v for k, v in wait_options.items() if v is not None})
        out = sys.stdout
        if isinstance(result, SyncPage):
            if command.pages and args.all:
                for item in result:
                    _print(item, out)
            else:
                count = result.count if result.count is not None else len(result.items)
                _print({"items": [to_json(item) for item in result.items], "count": count}, out)
        elif result is not None:
            _print(result, out)
    return EXIT_OK


def _print(value: object, out: IO[str]) -> None:
    text = json.dumps(to_json(value), ensure_ascii=False, default=_json_default)
    out.write(_C1_CONTROLS.sub(lambda m: f"\\u{ord(m[0]):04x}", text) + "\n")  # json escapes C0 itself
    out.flush()


_C1_CONTROLS = re.compile("[\x7f-\x9f]")  # DEL and the 8-bit controls (0x9b is CSI, like ESC [)
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")


def to_json(value: object) -> Any:
    """A result as JSON-ready data: models through `to_dict()`; a handle (a sent message) as its result."""
    if hasattr(value, "to_dict") and callable(value.to_dict):
        return to_json(value.to_dict())
    result = getattr(value, "result", None)
    if result is not None and hasattr(result, "to_dict"):
        return to_json(result.to_dict())
    if isinstance(value, Mapping):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return to_json(dataclasses.asdict(value))
    return value


def _json_default(value: object) -> Any:
    """What json.dumps cannot write itself: datetimes, enums, ids."""
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (UUID, Decimal)):
        return str(value)
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=str)
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return str(value)


def _fail(message: str, api_key: str) -> None:
    """One line on stderr: never the API key (in any escaped form), no raw control characters."""
    line = " ".join(message.split())
    for form in {api_key, repr(api_key)[1:-1], json.dumps(api_key)[1:-1], api_key.strip()} - {""}:
        line = redact(line, form)
    line = _CONTROLS.sub(lambda m: f"\\x{ord(m[0]):02x}", line)
    print(f"periskope: error: {line}", file=sys.stderr)


def _quiet_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


if __name__ == "__main__":
    sys.exit(main())
