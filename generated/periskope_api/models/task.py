# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import (
    DecodePathError,
    absent_keys,
    as_int,
    bad_value,
    decode_error,
    from_json,
    model_repr,
    parse_timestamp,
    to_json,
    wrong_type,
)

from ..models.task_kind import TaskKind
from ..models.task_status import TaskStatus

if TYPE_CHECKING:
    from ..models.task_association import TaskAssociation
    from ..models.task_completion import TaskCompletion


# The wire key of every declared field -> its attribute.
_FIELDS: dict[str, str] = {
    "task_id": "task_id",
    "title": "title",
    "type": "type_",
    "status": "status",
    "priority": "priority",
    "assignee": "assignee",
    "created_by": "created_by",
    "last_updated_by": "last_updated_by",
    "created_at": "created_at",
    "last_updated_at": "last_updated_at",
    "due_date": "due_date",
    "remind_at": "remind_at",
    "notes": "notes",
    "chat_id": "chat_id",
    "association": "association",
    "completed_metadata": "completed_metadata",
}
_WIRE_KEYS = frozenset(_FIELDS)


@_attrs_define
class Task:
    """A task. `association` depends on `type`."""

    task_id: str | None = None
    title: str | None = None
    type_: TaskKind | None = None
    status: TaskStatus | None = None
    priority: int | None = None
    """ 1, 2 or 3. """
    assignee: str | None = None
    created_by: str | None = None
    last_updated_by: str | None = None
    created_at: datetime.datetime | None = None
    last_updated_at: datetime.datetime | None = None
    due_date: datetime.datetime | None = None
    remind_at: datetime.datetime | None = None
    notes: str | None = None
    chat_id: str | None = None
    association: TaskAssociation | None = None
    completed_metadata: TaskCompletion | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: AbstractSet[str] = _attrs_field(init=False, default=_WIRE_KEYS, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data: what came in, with declared types in their wire form."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        absent = self._absent
        task_id = self.task_id
        if task_id is not None:
            field_dict["task_id"] = task_id
        elif "task_id" not in absent:
            field_dict["task_id"] = None
        title = self.title
        if title is not None:
            field_dict["title"] = title
        elif "title" not in absent:
            field_dict["title"] = None
        type_ = self.type_
        if type_ is not None:
            field_dict["type"] = type_.value
        elif "type" not in absent:
            field_dict["type"] = None
        status = self.status
        if status is not None:
            field_dict["status"] = status.value
        elif "status" not in absent:
            field_dict["status"] = None
        priority = self.priority
        if priority is not None:
            field_dict["priority"] = priority
        elif "priority" not in absent:
            field_dict["priority"] = None
        assignee = self.assignee
        if assignee is not None:
            field_dict["assignee"] = assignee
        elif "assignee" not in absent:
            field_dict["assignee"] = None
        created_by = self.created_by
        if created_by is not None:
            field_dict["created_by"] = created_by
        elif "created_by" not in absent:
            field_dict["created_by"] = None
        last_updated_by = self.last_updated_by
        if last_updated_by is not None:
            field_dict["last_updated_by"] = last_updated_by
        elif "last_updated_by" not in absent:
            field_dict["last_updated_by"] = None
        created_at = self.created_at
        if created_at is not None:
            field_dict["created_at"] = created_at.isoformat()
        elif "created_at" not in absent:
            field_dict["created_at"] = None
        last_updated_at = self.last_updated_at
        if last_updated_at is not None:
            field_dict["last_updated_at"] = last_updated_at.isoformat()
        elif "last_updated_at" not in absent:
            field_dict["last_updated_at"] = None
        due_date = self.due_date
        if due_date is not None:
            field_dict["due_date"] = due_date.isoformat()
        elif "due_date" not in absent:
            field_dict["due_date"] = None
        remind_at = self.remind_at
        if remind_at is not None:
            field_dict["remind_at"] = remind_at.isoformat()
        elif "remind_at" not in absent:
            field_dict["remind_at"] = None
        notes = self.notes
        if notes is not None:
            field_dict["notes"] = notes
        elif "notes" not in absent:
            field_dict["notes"] = None
        chat_id = self.chat_id
        if chat_id is not None:
            field_dict["chat_id"] = chat_id
        elif "chat_id" not in absent:
            field_dict["chat_id"] = None
        association = self.association
        if association is not None:
            field_dict["association"] = association.to_dict()
        elif "association" not in absent:
            field_dict["association"] = None
        completed_metadata = self.completed_metadata
        if completed_metadata is not None:
            field_dict["completed_metadata"] = completed_metadata.to_dict()
        elif "completed_metadata" not in absent:
            field_dict["completed_metadata"] = None
        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a compact JSON string."""
        return to_json(self.to_dict())

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object; a value that does not fit its declared type raises DecodeError naming the path."""
        try:
            return cls._from_dict(src_dict)
        except DecodePathError as exc:
            raise exc.within_model("Task") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("Task", exc) from exc

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Decode a raw JSON body."""
        return from_json(cls.from_dict, data, "Task")

    @classmethod
    def _from_dict(cls, d: Mapping[str, Any]) -> Self:
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise wrong_type("", d, "an object")
        get = d.get
        task_id = get("task_id")
        if task_id is not None:
            if not isinstance(task_id, str):
                raise wrong_type("task_id", task_id, "str")

        title = get("title")
        if title is not None:
            if not isinstance(title, str):
                raise wrong_type("title", title, "str")

        type_ = get("type")
        if type_ is not None:
            try:
                type_ = TaskKind.decode(type_)
            except (TypeError, ValueError):
                raise bad_value("type", type_, "TaskKind") from None

        status = get("status")
        if status is not None:
            try:
                status = TaskStatus.decode(status)
            except (TypeError, ValueError):
                raise bad_value("status", status, "TaskStatus") from None

        priority = get("priority")
        if priority is not None:
            if priority.__class__ is not int:
                priority = as_int(priority, "priority")

        assignee = get("assignee")
        if assignee is not None:
            if not isinstance(assignee, str):
                raise wrong_type("assignee", assignee, "str")

        created_by = get("created_by")
        if created_by is not None:
            if not isinstance(created_by, str):
                raise wrong_type("created_by", created_by, "str")

        last_updated_by = get("last_updated_by")
        if last_updated_by is not None:
            if not isinstance(last_updated_by, str):
                raise wrong_type("last_updated_by", last_updated_by, "str")

        created_at = get("created_at")
        if created_at is not None:
            try:
                created_at = parse_timestamp(created_at)
            except (TypeError, ValueError):
                raise bad_value("created_at", created_at, "a timestamp") from None

        last_updated_at = get("last_updated_at")
        if last_updated_at is not None:
            try:
                last_updated_at = parse_timestamp(last_updated_at)
            except (TypeError, ValueError):
                raise bad_value("last_updated_at", last_updated_at, "a timestamp") from None

        due_date = get("due_date")
        if due_date is not None:
            try:
                due_date = parse_timestamp(due_date)
            except (TypeError, ValueError):
                raise bad_value("due_date", due_date, "a timestamp") from None

        remind_at = get("remind_at")
        if remind_at is not None:
            try:
                remind_at = parse_timestamp(remind_at)
            except (TypeError, ValueError):
                raise bad_value("remind_at", remind_at, "a timestamp") from None

        notes = get("notes")
        if notes is not None:
            if not isinstance(notes, str):
                raise wrong_type("notes", notes, "str")

        chat_id = get("chat_id")
        if chat_id is not None:
            if not isinstance(chat_id, str):
                raise wrong_type("chat_id", chat_id, "str")

        association = get("association")
        if association is not None:
            try:
                association = TaskAssociation._from_dict(association)
            except DecodePathError as exc:
                raise exc.at("association") from None

        completed_metadata = get("completed_metadata")
        if completed_metadata is not None:
            try:
                completed_metadata = TaskCompletion._from_dict(completed_metadata)
            except DecodePathError as exc:
                raise exc.at("completed_metadata") from None

        task = cls(
            task_id,
            title,
            type_,
            status,
            priority,
            assignee,
            created_by,
            last_updated_by,
            created_at,
            last_updated_at,
            due_date,
            remind_at,
            notes,
            chat_id,
            association,
            completed_metadata,
        )
        task._absent = absent_keys(_WIRE_KEYS, d)
        task.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return task

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.task_association import TaskAssociation  # noqa: E402
from ..models.task_completion import TaskCompletion  # noqa: E402
