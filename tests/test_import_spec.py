"""scripts/import_spec on the committed SDK typings (tests/fixtures/sdk/<version>) and the vendored docs; no network.

Needs node and `npm ci` in scripts/import_spec (typescript, yaml, openapi-typescript).
"""

import hashlib
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from openapi_spec_validator import validate
from repo_copy import copy_repository

REPO = Path(__file__).resolve().parents[1]
IMPORTER = REPO / "scripts" / "import_spec" / "import_spec.py"
FIDELITY = REPO / "scripts" / "import_spec" / "fidelity.py"
FIXTURES = REPO / "tests" / "fixtures" / "sdk"
CLIENT_TYPES = Path("@periskope/periskope-client/dist/types/types.d.ts")


def run_importer(input_dir: Path, out_dir: Path, *extra: str, importer: Path = IMPORTER) -> subprocess.CompletedProcess:
    return subprocess.run(
        [
            sys.executable,
            str(importer),
            "--input-dir",
            str(input_dir),
            "--out",
            str(out_dir / "spec.yaml"),
            "--lock",
            str(out_dir / "spec.lock.json"),
            *extra,
        ],
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("import_spec")
    proc = run_importer(FIXTURES / "1.1.3", out)
    assert proc.returncode == 0, proc.stderr
    return out


@pytest.fixture(scope="module")
def spec(built) -> dict:
    return yaml.safe_load((built / "spec.yaml").read_text(encoding="utf-8"))


def operation_ids(spec: dict) -> list:
    return [op["operationId"] for item in spec["paths"].values() for k, op in item.items() if k != "parameters"]


def test_rebuild_is_byte_identical(built, tmp_path):
    proc = run_importer(FIXTURES / "1.1.3", tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "spec.yaml").read_bytes() == (built / "spec.yaml").read_bytes()


def test_has_all_70_sdk_operations(spec):
    ids = operation_ids(spec)
    assert len(ids) == len(set(ids)) == 70
    sdk_refs = set(re.findall(r"operations\['(\w+)'\]", (FIXTURES / "1.1.3" / CLIENT_TYPES).read_text()))
    assert len(sdk_refs) == 70
    assert sdk_refs <= set(ids)


def test_lock_records_inputs_and_output(built, spec):
    lock = json.loads((built / "spec.lock.json").read_text())
    assert lock["sdk_version"] == "1.1.3" and lock["types_version"] == "0.6.397"
    assert lock["sdk_integrity"].startswith("sha512-") and lock["types_integrity"].startswith("sha512-")
    assert lock["sha256"] == hashlib.sha256((built / "spec.yaml").read_bytes()).hexdigest()
    assert lock["operation_count"] == 70


def test_spec_validates_and_has_fixed_parts(spec):
    validate(spec)
    assert spec["openapi"] == "3.0.3"
    assert spec["servers"] == [{"url": "https://api.periskope.app/v1"}]
    assert spec["components"]["securitySchemes"]["bearerAuth"] == {"type": "http", "scheme": "bearer"}
    assert len(spec["tags"]) == 12 and {"name": "knowledgeBase"} in spec["tags"]


def test_seed_docs_block_is_merged(spec):
    item = spec["paths"]["/message/{message_id}"]
    op = item["get"]
    assert op["operationId"] == "getMessage" and op["tags"] == ["message"]
    media = op["responses"]["200"]["content"]["application/json"]
    assert media["schema"] == {"$ref": "#/components/schemas/MessageType"}  # SDK keeps the schema
    assert media["examples"]["200 OK"]["value"]["ack"] == "3"  # docs add the example
    assert op["responses"]["200"]["headers"]["X-Powered-By"]["schema"]["example"] == "Express"
    assert item["parameters"][0]["schema"]["example"].startswith("true_919537851844@c.us_")


def test_type_mapping_samples(spec):
    schemas = spec["components"]["schemas"]
    message = schemas["MessageType"]["properties"]
    assert message["ack"] == {"type": "string", "nullable": True}
    assert message["delivery_info"] == {"allOf": [{"$ref": "#/components/schemas/DeliveryInfoType"}], "nullable": True}
    assert message["message_type"]["enum"] == sorted(message["message_type"]["enum"])
    assert "Tables_tbl_org_members" in schemas
    # `@g.us` inside a description is not a JSDoc tag
    chat_id = spec["paths"]["/chats/{chat_id}"]["parameters"][0]
    assert "@g.us" in chat_id["description"]


def test_fidelity_gate_passes_with_known_mismatches(built):
    proc = subprocess.run(
        [sys.executable, str(FIDELITY), str(built / "spec.yaml"), "--input-dir", str(FIXTURES / "1.1.3")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "65/70 operations identical, 5 mismatches (0 not in" in proc.stdout


def test_fidelity_gate_fails_on_a_new_mismatch(built, tmp_path):
    (tmp_path / "expected.json").write_text(json.dumps({"markRead": "x"}))
    proc = subprocess.run(
        [
            sys.executable,
            str(FIDELITY),
            str(built / "spec.yaml"),
            "--input-dir",
            str(FIXTURES / "1.1.3"),
            "--expected",
            str(tmp_path / "expected.json"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1
    assert "NEW mismatch createNote" in proc.stdout


@pytest.mark.parametrize(
    "file, old, new, message",
    [
        (CLIENT_TYPES, "json': ContactType;", "json': NoSuchType;", "unresolved type reference NoSuchType"),
        (CLIENT_TYPES, "get: operations['getContacts'];", "get?: never;", "getContacts is not referenced from paths"),
        # a type-fest without Merge: the @periskope/types models silently become `any` in other tools
        (Path("type-fest/index.d.ts"), "export type {Merge}", "// ", "unresolved type MessageType (resolves to any)"),
    ],
)
def test_broken_input_fails_loudly(tmp_path, file, old, new, message):
    broken = tmp_path / "sdk"
    shutil.copytree(FIXTURES / "1.1.3", broken)
    source = broken / file
    assert old in source.read_text()
    source.write_text(source.read_text().replace(old, new, 1))
    proc = run_importer(broken, tmp_path)
    assert proc.returncode == 2
    assert message in proc.stderr and "FAILED" in proc.stderr
    assert not (tmp_path / "spec.yaml").exists()


def test_operation_count_may_not_drop(tmp_path):
    (tmp_path / "spec.lock.json").write_text(json.dumps({"operation_count": 70}))
    proc = run_importer(FIXTURES / "1.1.1", tmp_path)
    assert proc.returncode == 2
    assert "operation count dropped: 70 -> 53" in proc.stderr
    proc = run_importer(FIXTURES / "1.1.1", tmp_path, "--allow-op-drop")
    assert proc.returncode == 0, proc.stderr
    assert json.loads((tmp_path / "spec.lock.json").read_text())["operation_count"] == 53


def test_the_committed_spec_is_the_importers_output(built) -> None:
    """openapi/periskope.yaml is never hand-edited: the pinned SDK (1.1.3) and the docs block rebuild it exactly."""
    assert (built / "spec.yaml").read_bytes() == (REPO / "openapi" / "periskope.yaml").read_bytes()
    committed = json.loads((REPO / "openapi" / "periskope.lock.json").read_text(encoding="utf-8"))
    assert committed["sha256"] == hashlib.sha256((REPO / "openapi" / "periskope.yaml").read_bytes()).hexdigest()
    assert committed["sdk_version"] == "1.1.3"


def test_a_copy_of_the_repository_alone_reproduces_the_committed_spec(tmp_path) -> None:
    """Nothing outside the repository is an input: a copy of it elsewhere rebuilds openapi/periskope.yaml exactly."""
    repo = copy_repository(tmp_path / "repo")
    importer = repo / "scripts" / "import_spec" / "import_spec.py"
    proc = run_importer(repo / "tests/fixtures/sdk/1.1.3", tmp_path, importer=importer)
    assert proc.returncode == 0, proc.stderr
    assert f"merged docs block from {repo}/openapi/docs/" in proc.stderr
    assert (tmp_path / "spec.yaml").read_bytes() == (REPO / "openapi" / "periskope.yaml").read_bytes()
    lock = json.loads((tmp_path / "spec.lock.json").read_text())
    committed = json.loads((REPO / "openapi" / "periskope.lock.json").read_text())
    assert lock == committed  # versions, integrities, the docs pages' digests, the output's digest


@pytest.mark.parametrize(
    "make_input, message",
    [
        (lambda tmp: ["--docs", str(tmp / "nowhere")], "docs dir {tmp}/nowhere not found"),
        (lambda tmp: ["--docs", str(tmp)], "docs dir {tmp} has no ```yaml METHOD /path block"),
    ],
)
def test_a_missing_docs_input_fails_loudly(tmp_path, make_input, message) -> None:
    (tmp_path / "page.md").write_text("# a page without an OpenAPI block\n")
    proc = run_importer(FIXTURES / "1.1.3", tmp_path, *make_input(tmp_path))
    assert proc.returncode == 2
    assert f"import_spec: FAILED: {message.format(tmp=tmp_path)}" in proc.stderr
    assert not (tmp_path / "spec.yaml").exists()


def test_a_missing_sdk_input_fails_loudly(tmp_path) -> None:
    proc = run_importer(tmp_path / "1.9.9", tmp_path)
    assert proc.returncode == 2
    assert f"SDK input {tmp_path}/1.9.9 has no @periskope/periskope-client/package.json" in proc.stderr
