"""The escape hatch: `client.get/post/patch/put/delete(path, ...)` for an endpoint the client has no method for, with
everything the typed methods get (auth, x-phone, rate budget, retries, typed errors, logging).

    client.get("/chats/919876543210@c.us/audit-logs", query={"limit": 10})          # -> dict
    client.post("/message/send", body={...}, cast_to=periskope_api.models.SendResult)

Retries follow the same at-most-once rule as the typed methods: GET, PUT and DELETE are retried after any failure
that may be transient; POST and PATCH only after failures that prove the server did not act (the connection was never
made, or a 429), unless `idempotent=True` declares that sending twice is harmless.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol, Self, TypeVar, Unpack, overload
from urllib.parse import quote

import httpx

from ._call import Call
from ._errors import APIResponseValidationError, DecodeError, PeriskopeError
from ._resource_base import RequestOptions, async_raw_response, parsed_or_raw, raw_response
from ._response import APIResponse

if TYPE_CHECKING:
    from collections.abc import Awaitable

T = TypeVar("T")

Query = Mapping[str, object] | None
Body = Mapping[str, Any] | list[Any] | None
JSONObject = dict[str, Any]

# The rule of every generated operation (overrides/overlay/60-python-api.yaml): setting a state twice is harmless,
# creating or deleting twice is not (a second DELETE fails and hides the first one's success).
_IDEMPOTENT = {"GET": True, "PUT": True, "PATCH": True, "POST": False, "DELETE": False}
# Kept as they are in a path: unreserved and sub-delimiter characters, ':' and '@' (chat ids), and '%' (already
# percent-encoded input). '?' and '#' are encoded: a query goes in `query=`.
_PATH_SAFE = "/:@!$&'()*+,;=-._~%"


class Model(Protocol):
    """A generated model (periskope_api.models.*): anything with `from_dict`."""

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


M = TypeVar("M", bound=Model)
CastTo = type[Model] | type[JSONObject] | type[list[Any]] | None


def build_call(method: str, path: str, query: Query, body: Body, cast_to: CastTo, idempotent: bool | None) -> Call[Any]:
    """A Call for `method path`, decoding its body as `cast_to`."""
    if not isinstance(path, str) or not path.strip("/ "):
        raise PeriskopeError(f"path must be an API path such as '/chats', got {path!r}")
    if "://" in path or path.startswith("//"):
        raise PeriskopeError(f"path must be relative to the client's base_url (the API key goes only there): {path!r}")
    if idempotent is not None and not isinstance(idempotent, bool):
        raise PeriskopeError(f"idempotent must be True or False, got {idempotent!r}")
    if query is not None and not isinstance(query, Mapping):
        raise PeriskopeError(f"query must be a mapping of parameter names to values, got {type(query).__name__}")
    request: dict[str, Any] = {"method": method, "url": "/" + quote(path.lstrip("/"), safe=_PATH_SAFE)}
    params = {name: _param(value) for name, value in (query or {}).items() if value is not None}
    if params:
        request["params"] = params
    if body is not None:
        request["json"] = body
    safe = _IDEMPOTENT[method] if idempotent is None else idempotent
    return Call(request, _decoder(cast_to), idempotent=safe)


def _param(value: object) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return [_param(item) for item in value]
    return value


def _decoder(cast_to: CastTo) -> Callable[[httpx.Response], Any]:
    if cast_to is None:
        return lambda response: None
    if cast_to is dict or cast_to is list:
        expected: type = cast_to

        def decode_json(response: httpx.Response) -> Any:
            body = _json(response, empty=expected())
            if not isinstance(body, expected):
                raise APIResponseValidationError(
                    _problem(response, f"not a JSON {expected.__name__}"), response=response
                )
            return body

        return decode_json
    from_dict = getattr(cast_to, "from_dict", None)
    if not callable(from_dict):
        raise PeriskopeError(f"cast_to must be dict, list, None or a periskope_api model class, got {cast_to!r}")

    def decode_model(response: httpx.Response) -> Any:
        body = _json(response, empty={})
        if not isinstance(body, Mapping):
            raise APIResponseValidationError(_problem(response, "not a JSON object"), response=response)
        try:
            return from_dict(body)
        except DecodeError as exc:
            raise APIResponseValidationError(_problem(response, str(exc)), response=response) from exc

    return decode_model


def _json(response: httpx.Response, *, empty: object) -> Any:
    if not response.content.strip():
        return empty
    try:
        return json.loads(response.content)
    except ValueError as exc:
        raise APIResponseValidationError(_problem(response, "not JSON"), response=response) from exc


def _problem(response: httpx.Response, detail: str) -> str:
    request = response.request
    return f"{response.status_code} from {request.method} {request.url.path} could not be decoded: {detail}"


class SyncHTTPMethods:
    """`Periskope.get/post/patch/put/delete`: any API path, through the client's full request loop."""

    if TYPE_CHECKING:

        def request(self, call: Call[T], **options: Unpack[RequestOptions]) -> APIResponse[T]: ...

    def _verb(self, method: str, path: str, query: Query, body: Body, cast_to: CastTo, idempotent: bool | None,
              request: RequestOptions) -> Any:  # fmt: skip
        return parsed_or_raw(self.request(build_call(method, path, query, body, cast_to, idempotent), **request))

    @overload
    def get(self, path: str, *, query: Query = None, cast_to: type[M], idempotent: bool | None = None,
            **request: Unpack[RequestOptions]) -> M: ...  # fmt: skip
    @overload
    def get(self, path: str, *, query: Query = None, cast_to: type[JSONObject] = dict,
            idempotent: bool | None = None, **request: Unpack[RequestOptions]) -> JSONObject: ...  # fmt: skip
    def get(self, path: str, *, query: Query = None, cast_to: CastTo = dict, idempotent: bool | None = None,
            **request: Unpack[RequestOptions]) -> Any:  # fmt: skip
        """GET `path` (relative to base_url); the JSON object as a dict, or decoded into `cast_to`."""
        return self._verb("GET", path, query, None, cast_to, idempotent, request)

    @overload
    def post(self, path: str, *, query: Query = None, body: Body = None, cast_to: type[M],
             idempotent: bool | None = None, **request: Unpack[RequestOptions]) -> M: ...  # fmt: skip
    @overload
    def post(self, path: str, *, query: Query = None, body: Body = None, cast_to: type[JSONObject] = dict,
             idempotent: bool | None = None, **request: Unpack[RequestOptions]) -> JSONObject: ...  # fmt: skip
    def post(self, path: str, *, query: Query = None, body: Body = None, cast_to: CastTo = dict,
             idempotent: bool | None = None, **request: Unpack[RequestOptions]) -> Any:  # fmt: skip
        """POST `body` as JSON; retried only when it cannot have reached the server, unless idempotent=True."""
        return self._verb("POST", path, query, body, cast_to, idempotent, request)

    @overload
    def patch(self, path: str, *, query: Query = None, body: Body = None, cast_to: type[M],
              idempotent: bool | None = None, **request: Unpack[RequestOptions]) -> M: ...  # fmt: skip
    @overload
    def patch(self, path: str, *, query: Query = None, body: Body = None, cast_to: type[JSONObject] = dict,
              idempotent: bool | None = None, **request: Unpack[RequestOptions]) -> JSONObject: ...  # fmt: skip
    def patch(self, path: str, *, query: Query = None, body: Body = None, cast_to: CastTo = dict,
              idempotent: bool | None = None, **request: Unpack[RequestOptions]) -> Any:  # fmt: skip
        """PATCH `body` as JSON; retried like GET unless idempotent=False."""
        return self._verb("PATCH", path, query, body, cast_to, idempotent, request)

    @overload
    def put(self, path: str, *, query: Query = None, body: Body = None, cast_to: type[M],
            idempotent: bool | None = None, **request: Unpack[RequestOptions]) -> M: ...  # fmt: skip
    @overload
    def put(self, path: str, *, query: Query = None, body: Body = None, cast_to: type[JSONObject] = dict,
            idempotent: bool | None = None, **request: Unpack[RequestOptions]) -> JSONObject: ...  # fmt: skip
    def put(self, path: str, *, query: Query = None, body: Body = None, cast_to: CastTo = dict,
            idempotent: bool | None = None, **request: Unpack[RequestOptions]) -> Any:  # fmt: skip
        """PUT `body` as JSON; retried like GET unless idempotent=False."""
        return self._verb("PUT", path, query, body, cast_to, idempotent, request)

    @overload
    def delete(self, path: str, *, query: Query = None, body: Body = None, cast_to: type[M],
               idempotent: bool | None = None, **request: Unpack[RequestOptions]) -> M: ...  # fmt: skip
    @overload
    def delete(self, path: str, *, query: Query = None, body: Body = None, cast_to: type[JSONObject] = dict,
               idempotent: bool | None = None, **request: Unpack[RequestOptions]) -> JSONObject: ...  # fmt: skip
    def delete(self, path: str, *, query: Query = None, body: Body = None, cast_to: CastTo = dict,
               idempotent: bool | None = None, **request: Unpack[RequestOptions]) -> Any:  # fmt: skip
        """DELETE `path`; an empty answer (204) is `{}`. Sent at most once, like POST, unless idempotent=True."""
        return self._verb("DELETE", path, query, body, cast_to, idempotent, request)

    @property
    def with_raw_response(self) -> SyncRawHTTPMethods:
        """The same five methods, returning the APIResponse (status, headers, rate limit; `.parse()`)."""
        return SyncRawHTTPMethods(self)


class SyncRawHTTPMethods:
    def __init__(self, client: SyncHTTPMethods) -> None:
        self.get: Callable[..., APIResponse[Any]] = raw_response(client.get)
        self.post: Callable[..., APIResponse[Any]] = raw_response(client.post)
        self.patch: Callable[..., APIResponse[Any]] = raw_response(client.patch)
        self.put: Callable[..., APIResponse[Any]] = raw_response(client.put)
        self.delete: Callable[..., APIResponse[Any]] = raw_response(client.delete)


class AsyncHTTPMethods:
    """`AsyncPeriskope.get/post/patch/put/delete`: the async twins of SyncHTTPMethods."""

    if TYPE_CHECKING:

        async def request(self, call: Call[T], **options: Unpack[RequestOptions]) -> APIResponse[T]: ...

    async def _verb(self, method: str, path: str, query: Query, body: Body, cast_to: CastTo,
                    idempotent: bool | None, request: RequestOptions) -> Any:  # fmt: skip
        return parsed_or_raw(await self.request(build_call(method, path, query, body, cast_to, idempotent), **request))

    @overload
    async def get(self, path: str, *, query: Query = None, cast_to: type[M], idempotent: bool | None = None,
                  **request: Unpack[RequestOptions]) -> M: ...  # fmt: skip
    @overload
    async def get(self, path: str, *, query: Query = None, cast_to: type[JSONObject] = dict,
                  idempotent: bool | None = None, **request: Unpack[RequestOptions]) -> JSONObject: ...  # fmt: skip
    async def get(self, path: str, *, query: Query = None, cast_to: CastTo = dict, idempotent: bool | None = None,
                  **request: Unpack[RequestOptions]) -> Any:  # fmt: skip
        """GET `path`; see Periskope.get."""
        return await self._verb("GET", path, query, None, cast_to, idempotent, request)

    @overload
    async def post(self, path: str, *, query: Query = None, body: Body = None, cast_to: type[M],
                   idempotent: bool | None = None, **request: Unpack[RequestOptions]) -> M: ...  # fmt: skip
    @overload
    async def post(self, path: str, *, query: Query = None, body: Body = None, cast_to: type[JSONObject] = dict,
                   idempotent: bool | None = None, **request: Unpack[RequestOptions]) -> JSONObject: ...  # fmt: skip
    async def post(self, path: str, *, query: Query = None, body: Body = None, cast_to: CastTo = dict,
                   idempotent: bool | None = None, **request: Unpack[RequestOptions]) -> Any:  # fmt: skip
        """POST `body`; see Periskope.post."""
        return await self._verb("POST", path, query, body, cast_to, idempotent, request)

    @overload
    async def patch(self, path: str, *, query: Query = None, body: Body = None, cast_to: type[M],
                    idempotent: bool | None = None, **request: Unpack[RequestOptions]) -> M: ...  # fmt: skip
    @overload
    async def patch(self, path: str, *, query: Query = None, body: Body = None, cast_to: type[JSONObject] = dict,
                    idempotent: bool | None = None, **request: Unpack[RequestOptions]) -> JSONObject: ...  # fmt: skip
    async def patch(self, path: str, *, query: Query = None, body: Body = None, cast_to: CastTo = dict,
                    idempotent: bool | None = None, **request: Unpack[RequestOptions]) -> Any:  # fmt: skip
        """PATCH `body`; see Periskope.patch."""
        return await self._verb("PATCH", path, query, body, cast_to, idempotent, request)

    @overload
    async def put(self, path: str, *, query: Query = None, body: Body = None, cast_to: type[M],
                  idempotent: bool | None = None, **request: Unpack[RequestOptions]) -> M: ...  # fmt: skip
    @overload
    async def put(self, path: str, *, query: Query = None, body: Body = None, cast_to: type[JSONObject] = dict,
                  idempotent: bool | None = None, **request: Unpack[RequestOptions]) -> JSONObject: ...  # fmt: skip
    async def put(self, path: str, *, query: Query = None, body: Body = None, cast_to: CastTo = dict,
                  idempotent: bool | None = None, **request: Unpack[RequestOptions]) -> Any:  # fmt: skip
        """PUT `body`; see Periskope.put."""
        return await self._verb("PUT", path, query, body, cast_to, idempotent, request)

    @overload
    async def delete(self, path: str, *, query: Query = None, body: Body = None, cast_to: type[M],
                     idempotent: bool | None = None, **request: Unpack[RequestOptions]) -> M: ...  # fmt: skip
    @overload
    async def delete(self, path: str, *, query: Query = None, body: Body = None, cast_to: type[JSONObject] = dict,
                     idempotent: bool | None = None, **request: Unpack[RequestOptions]) -> JSONObject: ...  # fmt: skip
    async def delete(self, path: str, *, query: Query = None, body: Body = None, cast_to: CastTo = dict,
                     idempotent: bool | None = None, **request: Unpack[RequestOptions]) -> Any:  # fmt: skip
        """DELETE `path`; see Periskope.delete."""
        return await self._verb("DELETE", path, query, body, cast_to, idempotent, request)

    @property
    def with_raw_response(self) -> AsyncRawHTTPMethods:
        """The same five methods, returning the APIResponse."""
        return AsyncRawHTTPMethods(self)


class AsyncRawHTTPMethods:
    def __init__(self, client: AsyncHTTPMethods) -> None:
        self.get: Callable[..., Awaitable[APIResponse[Any]]] = async_raw_response(client.get)
        self.post: Callable[..., Awaitable[APIResponse[Any]]] = async_raw_response(client.post)
        self.patch: Callable[..., Awaitable[APIResponse[Any]]] = async_raw_response(client.patch)
        self.put: Callable[..., Awaitable[APIResponse[Any]]] = async_raw_response(client.put)
        self.delete: Callable[..., Awaitable[APIResponse[Any]]] = async_raw_response(client.delete)
