"""Release hygiene: versions visible at runtime and on the wire, changelog, and the built distributions
(twine check, sdist contents, metadata, a wheel installed alone in a fresh venv)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tarfile
import zipfile
from email.parser import Parser
from pathlib import Path
from typing import Any

import pytest
from conftest import SEED_ID, Recorder, call

import periskope

REPO = Path(__file__).resolve().parents[1]


def test_package_and_upstream_versions_are_visible_at_runtime() -> None:
    lock = json.loads((REPO / "openapi" / "periskope.lock.json").read_text())
    assert lock["sdk_version"] == periskope.UPSTREAM_SDK_VERSION  # update-spec rewrites both together
    assert re.fullmatch(r"\d+\.\d+\.\d+", periskope.__version__)


async def test_the_user_agent_names_both_versions(make_client: Any) -> None:
    recorder = Recorder()
    await call(make_client(recorder).messages.get(SEED_ID))
    agent = recorder.requests[0].headers["user-agent"]
    assert agent == f"periskope-python/{periskope.__version__} periskope-client/{periskope.UPSTREAM_SDK_VERSION}"


def test_the_changelog_has_an_unreleased_section_and_the_current_version() -> None:
    changelog = (REPO / "CHANGELOG.md").read_text()
    assert "\n## [Unreleased]\n" in changelog
    assert re.search(rf"^## \[{re.escape(periskope.__version__)}\] - \d{{4}}-\d\d-\d\d$", changelog, re.M)


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    build = [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(REPO)]
    proc = subprocess.run(build, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return out


def test_twine_check_passes(dist) -> None:
    twine = [sys.executable, "-m", "twine", "check", "--strict", *map(str, sorted(dist.iterdir()))]
    proc = subprocess.run(twine, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.count("PASSED") == 2


def test_the_sdist_holds_the_packages_and_the_release_files_only(dist) -> None:
    (sdist,) = dist.glob("*.tar.gz")
    with tarfile.open(sdist) as tar:
        names = {name.split("/", 1)[1] for name in tar.getnames() if "/" in name}
    top = {name.split("/")[0] for name in names}
    expected = {"overrides", "generated", "README.md", "LICENSE", "CHANGELOG.md", "pyproject.toml", "PKG-INFO"}
    assert top == expected | {".gitignore"}  # hatchling always adds it
    # the overlaid spec rides along: the wheel built from the sdist ships it as periskope/testing/openapi.yaml
    assert {name.split("/")[1] for name in names if "/" in name} == {"periskope", "periskope_api", "openapi.yaml"}
    assert not [name for name in names if "__pycache__" in name or "/tests/" in name or name.endswith(".pyc")]


def test_the_wheel_metadata(dist) -> None:
    (wheel,) = dist.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        metadata = Parser().parsestr(archive.read(f"periskope-{periskope.__version__}.dist-info/METADATA").decode())
        assert f"periskope-{periskope.__version__}.dist-info/licenses/LICENSE" in archive.namelist()
        assert {name.split("/")[0] for name in archive.namelist()} == {
            "periskope",
            "periskope_api",
            f"periskope-{periskope.__version__}.dist-info",
        }
    assert metadata["License-Expression"] == "MIT"
    classifiers = metadata.get_all("Classifier")
    for version in ("3.11", "3.12", "3.13"):
        assert f"Programming Language :: Python :: {version}" in classifiers
    assert "Typing :: Typed" in classifiers
    urls = dict(url.split(", ", 1) for url in metadata.get_all("Project-URL"))
    assert {"Homepage", "Repository", "Changelog", "Issues"} <= set(urls)


def test_the_wheel_installs_alone_in_a_fresh_venv(dist, tmp_path) -> None:
    """Only the runtime dependencies come along; `import periskope` and the CLI work."""
    (wheel,) = dist.glob("*.whl")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "--disable-pip-version-check", "--quiet"]
    subprocess.run([*pip, "install", str(wheel)], check=True, capture_output=True)
    installed = subprocess.run([*pip[:-1], "list", "--format=json"], check=True, capture_output=True, text=True).stdout
    names = {package["name"].lower().replace("_", "-") for package in json.loads(installed)}
    assert {"periskope", "attrs", "httpx", "python-dateutil"} <= names
    dev_only = {"pytest", "mypy", "ruff", "respx", "hypothesis", "griffe", "pyyaml", "python-socketio", "jinja2"}
    assert not names & dev_only
    script = "import periskope; print(periskope.__version__, periskope.UPSTREAM_SDK_VERSION)"
    out = subprocess.run([str(venv / "bin" / "python"), "-c", script], check=True, capture_output=True, text=True)
    assert out.stdout.split() == [periskope.__version__, periskope.UPSTREAM_SDK_VERSION]
    cli = subprocess.run([str(venv / "bin" / "periskope"), "--help"], capture_output=True, text=True, check=False)
    assert cli.returncode == 0, cli.stderr
    assert cli.stdout.startswith("usage: periskope")
