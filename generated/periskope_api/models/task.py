# Generated from openapi/periskope.yaml by `make generate` (overrides/ shapes it). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from periskope._wire import DecodeError, decode_error, parse_timestamp

from ..models.task_kind import TaskKind
from ..models.task_status import TaskStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_association import TaskAssociation
    from ..models.task_completion import TaskCompletion


T = TypeVar("T", bound="Task")


_WIRE_KEYS = frozenset(
    (
        "task_id",
        "title",
        "type",
        "status",
        "priority",
        "assignee",
        "created_by",
        "last_updated_by",
        "created_at",
        "last_updated_at",
        "due_date",
        "remind_at",
        "notes",
        "chat_id",
        "association",
        "completed_metadata",
    )
)


@_attrs_define
class Task:
    """A task. `association` depends on `type`."""

    task_id: str | Unset = UNSET
    title: str | Unset = UNSET
    type_: None | TaskKind | Unset = UNSET
    status: None | TaskStatus | Unset = UNSET
    priority: int | Unset = UNSET
    """ 1, 2 or 3. """
    assignee: None | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_updated_by: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    last_updated_at: datetime.datetime | Unset = UNSET
    due_date: datetime.datetime | None | Unset = UNSET
    remind_at: datetime.datetime | None | Unset = UNSET
    notes: None | str | Unset = UNSET
    chat_id: str | Unset = UNSET
    association: None | TaskAssociation | Unset = UNSET
    completed_metadata: None | TaskCompletion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        title = self.title

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, TaskKind):
            type_ = self.type_.value
        else:
            type_ = self.type_

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, TaskStatus):
            status = self.status.value
        else:
            status = self.status

        priority = self.priority

        assignee: None | str | Unset
        if isinstance(self.assignee, Unset):
            assignee = UNSET
        else:
            assignee = self.assignee

        created_by = self.created_by

        last_updated_by = self.last_updated_by

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        last_updated_at: str | Unset = UNSET
        if not isinstance(self.last_updated_at, Unset):
            last_updated_at = self.last_updated_at.isoformat()

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.datetime):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        remind_at: None | str | Unset
        if isinstance(self.remind_at, Unset):
            remind_at = UNSET
        elif isinstance(self.remind_at, datetime.datetime):
            remind_at = self.remind_at.isoformat()
        else:
            remind_at = self.remind_at

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        chat_id = self.chat_id

        association: dict[str, Any] | None | Unset
        if isinstance(self.association, Unset):
            association = UNSET
        elif isinstance(self.association, TaskAssociation):
            association = self.association.to_dict()
        else:
            association = self.association

        completed_metadata: dict[str, Any] | None | Unset
        if isinstance(self.completed_metadata, Unset):
            completed_metadata = UNSET
        elif isinstance(self.completed_metadata, TaskCompletion):
            completed_metadata = self.completed_metadata.to_dict()
        else:
            completed_metadata = self.completed_metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if priority is not UNSET:
            field_dict["priority"] = priority
        if assignee is not UNSET:
            field_dict["assignee"] = assignee
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if last_updated_by is not UNSET:
            field_dict["last_updated_by"] = last_updated_by
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if last_updated_at is not UNSET:
            field_dict["last_updated_at"] = last_updated_at
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if remind_at is not UNSET:
            field_dict["remind_at"] = remind_at
        if notes is not UNSET:
            field_dict["notes"] = notes
        if chat_id is not UNSET:
            field_dict["chat_id"] = chat_id
        if association is not UNSET:
            field_dict["association"] = association
        if completed_metadata is not UNSET:
            field_dict["completed_metadata"] = completed_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError(f"Task: expected an object, got {type(src_dict).__name__}")
        try:
            return cls._from_dict(src_dict)
        except DecodeError as exc:
            raise exc.within("Task") from None
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
            raise decode_error("Task", exc) from exc

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        task_id = get("task_id", UNSET)

        title = get("title", UNSET)

        _type_ = get("type", UNSET)
        type_: None | TaskKind | Unset
        if _type_ is None or _type_ is UNSET:
            type_ = _type_
        else:
            if not (isinstance(_type_, str)):
                raise TypeError(f"type: unexpected {type(_type_).__name__}")
            type_type_1 = TaskKind.decode(_type_)

            type_ = type_type_1

        _status = get("status", UNSET)
        status: None | TaskStatus | Unset
        if _status is None or _status is UNSET:
            status = _status
        else:
            if not (isinstance(_status, str)):
                raise TypeError(f"status: unexpected {type(_status).__name__}")
            status_type_1 = TaskStatus.decode(_status)

            status = status_type_1

        priority = get("priority", UNSET)

        assignee = get("assignee", UNSET)

        created_by = get("created_by", UNSET)

        last_updated_by = get("last_updated_by", UNSET)

        _created_at = get("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_timestamp(_created_at)

        _last_updated_at = get("last_updated_at", UNSET)
        last_updated_at: datetime.datetime | Unset
        if isinstance(_last_updated_at, Unset):
            last_updated_at = UNSET
        else:
            last_updated_at = parse_timestamp(_last_updated_at)

        _due_date = get("due_date", UNSET)
        due_date: datetime.datetime | None | Unset
        if _due_date is None or _due_date is UNSET:
            due_date = _due_date
        else:
            if not (isinstance(_due_date, (str, int, float))):
                raise TypeError(f"due_date: unexpected {type(_due_date).__name__}")
            due_date_type_0 = parse_timestamp(_due_date)

            due_date = due_date_type_0

        _remind_at = get("remind_at", UNSET)
        remind_at: datetime.datetime | None | Unset
        if _remind_at is None or _remind_at is UNSET:
            remind_at = _remind_at
        else:
            if not (isinstance(_remind_at, (str, int, float))):
                raise TypeError(f"remind_at: unexpected {type(_remind_at).__name__}")
            remind_at_type_0 = parse_timestamp(_remind_at)

            remind_at = remind_at_type_0

        notes = get("notes", UNSET)

        chat_id = get("chat_id", UNSET)

        _association = get("association", UNSET)
        association: None | TaskAssociation | Unset
        if _association is None or _association is UNSET:
            association = _association
        else:
            if not (isinstance(_association, dict)):
                raise TypeError(f"association: unexpected {type(_association).__name__}")
            association_type_1 = TaskAssociation.from_dict(_association)

            association = association_type_1

        _completed_metadata = get("completed_metadata", UNSET)
        completed_metadata: None | TaskCompletion | Unset
        if _completed_metadata is None or _completed_metadata is UNSET:
            completed_metadata = _completed_metadata
        else:
            if not (isinstance(_completed_metadata, dict)):
                raise TypeError(f"completed_metadata: unexpected {type(_completed_metadata).__name__}")
            completed_metadata_type_1 = TaskCompletion.from_dict(_completed_metadata)

            completed_metadata = completed_metadata_type_1

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

        task.additional_properties = (
            {} if d.keys() <= _WIRE_KEYS else {k: v for k, v in d.items() if k not in _WIRE_KEYS}
        )
        return task

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
