"""2. Decode a 2000-message page into typed models, then read every field once.

The page is the documented `200 OK` example of GET /message/{message_id}, 2000 times, with varied message ids,
acks ("0".."4" and "-1", strings as the API sends them) and timestamps (two ISO forms, seconds and milliseconds;
the receipt times as epoch milliseconds). The third form the API sends, `2024-05-13 11:19:34+00`, is left out:
pydantic's AwareDatetime rejects it, so with it the baseline would not decode the page at all.

Variants, interleaved round by round in one process (gc.collect() before each, GC on):
  json.loads      json.loads(blob)
  ours            json.loads(blob) -> [Message.from_dict(d) ...] -> every field read
  pydantic        TypeAdapter(list[Message]).validate_json(blob) -> every field read, with pydantic v2 models that
                  datamodel-code-generator makes from generated/openapi.yaml (--strict-nullable; timestamps are
                  AwareDatetime, ack is an IntEnum) into build/bench/pd_models.py
"""

from __future__ import annotations

import copy
import datetime as dt
import enum
import hashlib
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import BUILD, SPEC, Row, emit, interleaved, median, ms, print_table, seed_example

PAGE_SIZE, ROUNDS = 2000, 11
ACKS = ["0", "1", "2", "3", "4", "-1"]
T0 = dt.datetime(2025, 1, 27, 8, 48, 24, tzinfo=dt.UTC)


def build_page(n: int = PAGE_SIZE) -> list[dict[str, Any]]:
    seed = seed_example()
    page = []
    for i in range(n):
        m = copy.deepcopy(seed)
        unique = f"3EB0{i:036X}"
        m["message_id"] = f"true_919537851844@c.us_{unique}"
        m["unique_id"] = unique
        m["id"]["id"] = unique
        m["id"]["serialized"] = m["message_id"]
        m["ack"] = ACKS[i % len(ACKS)]
        sent = T0 + dt.timedelta(seconds=37 * i)
        m["timestamp"] = sent.isoformat() if i % 2 else sent.isoformat(timespec="milliseconds")
        m["updated_at"] = (sent + dt.timedelta(seconds=5, milliseconds=i % 1000)).isoformat(timespec="milliseconds")
        epoch_ms = int(sent.timestamp() * 1000)
        m["delivery_info"]["delivered"] = {"919537851844@c.us": epoch_ms + 900 + i % 97}
        m["delivery_info"]["read"] = {"919537851844@c.us": epoch_ms + 1400 + i % 89}
        for reaction in m["reactions"]:
            reaction["message_id"] = m["message_id"]
            reaction["timestamp"] = (sent + dt.timedelta(seconds=60)).isoformat(timespec="milliseconds")
            reaction["ack"] = i % 4
        page.append(m)
    return page


def pydantic_models() -> Any:
    """build/bench/pd_models.py from the patched spec, regenerated when the spec changes."""
    BUILD.mkdir(parents=True, exist_ok=True)
    out = BUILD / "pd_models.py"
    stamp = BUILD / "pd_models.sha256"
    digest = hashlib.sha256(SPEC.read_bytes()).hexdigest()
    if not out.exists() or not stamp.exists() or stamp.read_text() != digest:
        codegen = Path(sys.executable).with_name("datamodel-codegen")
        subprocess.run(
            [str(codegen), "--input", str(SPEC), "--input-file-type", "openapi",
             "--output-model-type", "pydantic_v2.BaseModel", "--target-python-version", "3.11",
             "--strict-nullable", "--disable-timestamp", "--formatters", "black", "isort", "--output", str(out)],
            check=True, capture_output=True,
        )  # fmt: skip
        stamp.write_text(digest)
    spec = importlib.util.spec_from_file_location("pd_models", out)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["pd_models"] = module
    spec.loader.exec_module(module)
    return module


def pydantic_message(module: Any) -> Any:
    """The pydantic class of GET /message/{message_id}'s 200 body: named after its schema, as the generator does."""
    import yaml

    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    content = spec["paths"]["/message/{message_id}"]["get"]["responses"]["200"]["content"]["application/json"]
    return getattr(module, content["schema"]["$ref"].rsplit("/", 1)[1])


_FIELDS: dict[type, tuple[str, ...]] = {}


def _fields_of(cls: type) -> tuple[str, ...]:
    import attrs
    import pydantic

    if attrs.has(cls):  # the public fields (not the private record of which keys were absent)
        return tuple(f.name for f in attrs.fields(cls) if not f.name.startswith("_"))
    if isinstance(cls, type) and issubclass(cls, pydantic.BaseModel):
        return tuple(cls.model_fields)
    return ()


def touch(value: Any) -> None:
    """Read every field of a model tree once (attrs models and pydantic models alike)."""
    cls = type(value)
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = _fields_of(cls)
    if names:
        for name in names:
            touch(getattr(value, name))
    elif cls is list:
        for item in value:
            touch(item)
    elif cls is dict:
        for item in value.values():
            touch(item)


def check_typed(message: Any) -> None:
    assert isinstance(message.timestamp, dt.datetime) and message.timestamp.tzinfo is not None, message.timestamp
    assert isinstance(message.updated_at, dt.datetime)
    assert isinstance(message.ack, enum.IntEnum), message.ack
    assert isinstance(message.reactions[0].timestamp, dt.datetime)
    delivered = message.delivery_info.delivered
    times = getattr(delivered, "additional_properties", None) or delivered.root
    assert all(isinstance(t, dt.datetime) for t in times.values())


def main() -> list[Row]:
    from pydantic import TypeAdapter

    from periskope import Message

    page = build_page()
    blob = json.dumps(page).encode()
    pd = pydantic_models()
    adapter = TypeAdapter(list[pydantic_message(pd)])

    def ours() -> list[Message]:
        models = [Message.from_dict(d) for d in json.loads(blob)]
        touch(models)
        return models

    def pydantic() -> Any:
        models = adapter.validate_json(blob)
        touch(models)
        return models

    # both decode the whole page, typed
    for models in (ours(), pydantic()):
        assert len(models) == PAGE_SIZE
        for m in models[:10]:
            check_typed(m)
    times = interleaved({"json.loads": lambda: json.loads(blob), "ours": ours, "pydantic": pydantic}, ROUNDS)
    base, mine, pyd = times["json.loads"], times["ours"], times["pydantic"]
    vs_json = median([o / b for o, b in zip(mine, base, strict=True)])
    vs_pyd = median([o / b for o, b in zip(mine, pyd, strict=True)])
    pyd_vs_json = median([p / b for p, b in zip(pyd, base, strict=True)])
    size = f"{len(blob) / 1e6:.2f} MB"
    return [
        Row("decode 2000-msg page vs json.loads (floor)", ms(median(mine)), ms(median(base)), f"{vs_json:.2f}x",
            "<=2.0x", "yes" if vs_json <= 2.0 else "NO",
            f"{size}; ours = json.loads + Message.from_dict + every field read; {ROUNDS} rounds, median of "
            f"per-round ratios; pydantic validate_json is {pyd_vs_json:.2f}x json.loads"),
        Row("decode 2000-msg page vs pydantic validate_json", ms(median(mine)), ms(median(pyd)), f"{vs_pyd:.2f}x",
            "<=1.0x", "yes" if vs_pyd <= 1.0 else "NO",
            "pydantic 2.14.4 models from datamodel-codegen 0.89.0 --strict-nullable; every field read in both"),
    ]  # fmt: skip


if __name__ == "__main__":
    rows = main()
    print_table(rows)
    emit(rows)
