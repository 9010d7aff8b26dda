"""Owns the generated files of an output folder.

Writes only what changed (so `mkdocs serve` sees no churn), replaces each file
atomically, removes files it generated before and no longer generates, and never
overwrites a file it did not generate (a hand-written page).
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path, PurePosixPath

from .model import Diagnostic

MANIFEST = ".generated.json"


def publish(out: Path, files: dict[str, bytes]) -> tuple[list[str], list[str], list[Diagnostic]]:
    """Write `files` (relative path -> bytes) under `out`.

    Returns the paths now owned, the paths generated before and removed now, and any conflicts."""
    out.mkdir(parents=True, exist_ok=True)
    owned_before = _read_manifest(out)
    notes: list[Diagnostic] = []
    owned: list[str] = []
    for rel, data in sorted(files.items()):
        target = out / _safe_relative(rel)
        if target.exists() and rel not in owned_before and target.read_bytes() != data:
            notes.append(Diagnostic(str(target), "E201", "a file that the generator did not write is in the way; "
                                                         "move it elsewhere or rename it, then build again"))
            continue
        owned.append(rel)
        if not target.exists() or target.read_bytes() != data:
            write_atomic(target, data)
    removed = sorted(owned_before - set(owned))
    for rel in removed:
        remove(out, rel)
    write_atomic(out / MANIFEST, (json.dumps(sorted(owned), indent=1) + "\n").encode())
    return owned, removed, notes


def remove(root: Path, rel: str) -> None:
    """Delete `root/rel` if it is a file, and the folders it leaves empty."""
    stale = root / _safe_relative(rel)
    if stale.is_file():
        stale.unlink()
        _prune_empty(stale.parent, root)


def write_atomic(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=target.suffix)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _safe_relative(rel: str) -> Path:
    path = PurePosixPath(rel)
    if path.is_absolute() or ".." in path.parts or not path.parts:
        raise ValueError(f"refusing to write outside the output folder: {rel!r}")
    return Path(*path.parts)


def _read_manifest(out: Path) -> set[str]:
    try:
        return set(json.loads((out / MANIFEST).read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return set()


def _prune_empty(folder: Path, root: Path) -> None:
    while folder != root and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
