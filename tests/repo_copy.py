"""A temporary copy of the repository alone (the files git would commit), for tests of the build scripts.

Nothing outside the copy is an input: only the installed tools (the venv, the importer's node_modules) are linked in.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TOOLS = (".venv", "node_modules", "scripts/import_spec/node_modules")


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True).stdout


def copy_repository(dest: Path) -> Path:
    """Copy the tracked and untracked-but-not-ignored files (working-tree contents) into dest; commit them there."""
    files = git(REPO, "ls-files", "-z", "--cached", "--others", "--exclude-standard").split("\0")
    for name in filter(None, files):
        source = REPO / name
        if source.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / name)
    for tool in TOOLS:
        if (REPO / tool).exists():
            (dest / tool).symlink_to(REPO / tool)
    git(dest, "init", "-q")
    commit(dest, "copy")
    return dest


def commit(repo: Path, message: str) -> None:
    git(repo, "add", "-A")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@localhost", "commit", "-q", "--allow-empty", "-m", message)
