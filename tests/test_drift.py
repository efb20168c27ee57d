"""scripts/drift.py: SDK 1.1.1 -> 1.1.3 from the committed typings, and tiny synthetic specs."""

import copy
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))

import drift  # noqa: E402

FIXTURES = REPO / "tests" / "fixtures" / "sdk"


def run(capsys, *argv: str) -> tuple[int, list[str]]:
    code = drift.main(list(argv))
    return code, capsys.readouterr().out.splitlines()


def test_sdk_1_1_1_to_1_1_3(capsys, tmp_path):
    code, lines = run(capsys, "1.1.1", "1.1.3", "--fixtures", str(FIXTURES), "--build-dir", str(tmp_path))
    assert code == 1
    assert "BREAKING  purgeQueue: moved POST /queue/jobs -> DELETE /queue/purge" in lines
    added = [line for line in lines if line.endswith(" added") and ": operation " in line]
    assert len(added) == 17
    assert all(line.startswith("additive  ") for line in added)
    assert "additive  POST /message/{message_id}/pin: operation pinMessage added" in lines
    for field in ("latest_mention_at added (required)", "member_closed_at added", "zohocrm_metadata added"):
        assert f"additive  schema ChatType (response): property {field}" in lines
    assert lines[-1].startswith("drift: ")


def test_identical_specs_report_nothing(capsys):
    spec = str(FIXTURES / "drift" / "base.yaml")
    assert run(capsys, spec, spec) == (0, [])


def test_synthetic_changes(capsys, tmp_path):
    base = yaml.safe_load((FIXTURES / "drift" / "base.yaml").read_text())
    new = copy.deepcopy(base)
    op = new["paths"]["/things/{id}"]["get"]
    op["parameters"][0]["required"] = True  # x-phone header
    op["parameters"][1]["schema"] = {"type": "string"}  # limit: number -> string
    thing = new["components"]["schemas"]["Thing"]
    del thing["properties"]["legacy"]
    thing["properties"]["status"]["enum"].append("archived")
    (tmp_path / "old.yaml").write_text(yaml.safe_dump(base))
    (tmp_path / "new.yaml").write_text(yaml.safe_dump(new))
    code, lines = run(capsys, str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml"))
    assert code == 1
    assert lines == [
        "BREAKING  getThing: header parameter x-phone is now required",
        "BREAKING  getThing query parameter limit: retyped number -> string",
        "BREAKING  schema Thing (response): property legacy removed",
        "additive  schema Thing (response).status: enum value 'archived' added",
        "drift: 3 breaking, 1 additive",
    ]


def test_additive_only_exits_zero(capsys, tmp_path):
    base = yaml.safe_load((FIXTURES / "drift" / "base.yaml").read_text())
    new = copy.deepcopy(base)
    new["components"]["schemas"]["Thing"]["properties"]["color"] = {"type": "string"}
    new["paths"]["/things/{id}"]["get"]["parameters"].append({"name": "q", "in": "query", "schema": {"type": "string"}})
    (tmp_path / "old.yaml").write_text(yaml.safe_dump(base))
    (tmp_path / "new.yaml").write_text(yaml.safe_dump(new))
    code, lines = run(capsys, str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml"))
    assert code == 0
    assert lines == [
        "additive  getThing: query parameter q added",
        "additive  schema Thing (response): property color added",
        "drift: 0 breaking, 2 additive",
    ]
