"""The only code that reads seed files: bytes -> Seed, or a SeedError saying why not."""
from __future__ import annotations

import codecs
import datetime as dt
import re
import unicodedata
from pathlib import Path

import frontmatter
import yaml
from charset_normalizer import from_bytes

from .errors import (BinarySeed, DuplicateSeed, EmptySeed, FrontMatterError, SeedError,
                     TooLargeSeed, UndecodableSeed)
from .model import OVERRIDE_KEYS, Diagnostic, Seed

HTML_SUFFIXES = (".html", ".htm")
SUFFIXES = (".txt", ".md", *HTML_SUFFIXES)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u200e\u200f\u2028\u2029\ufeff]")


def list_seed_files(folder: Path) -> tuple[list[Path], list[Diagnostic]]:
    """Seed files in name order; hidden files and folders are ignored, other types reported."""
    if not folder.is_dir():
        raise SeedError(str(folder), "the seeds folder does not exist: create it and put article files in it")
    files, notes = [], []
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if any(part.startswith((".", "_")) for part in rel.parts) or not path.is_file():
            continue
        if path.suffix.lower() in SUFFIXES:
            files.append(path)
        else:
            notes.append(Diagnostic(str(rel), "W110", f"ignored: only {', '.join(SUFFIXES)} files are read", "warning"))
    return files, notes


def read_seed(path: Path, name: str, max_bytes: int) -> tuple[Seed, list[Diagnostic]]:
    """Read one file. Raises a SeedError subclass when the file cannot become an article."""
    size = path.stat().st_size
    if size > max_bytes:
        raise TooLargeSeed(name, f"file is {size:,} bytes, over the {max_bytes:,}-byte limit for one article; "
                                 "split it or raise max_bytes in the configuration")
    raw = path.read_bytes()
    text, encoding = decode(raw, name)
    notes = []
    if encoding not in ("utf-8", "ascii"):
        notes.append(Diagnostic(name, "W111", f"not UTF-8; read as {encoding}. Save it as UTF-8 to silence this", "warning"))
    overrides: tuple[tuple[str, str], ...] = ()
    if path.suffix.lower() == ".md":
        text, overrides, more = split_front_matter(text, name)
        notes.extend(more)
    text = normalize_text(text)
    if not text.strip():
        raise EmptySeed(name, "the file holds no article text; add the text or delete the file")
    return Seed(id=seed_id(path), source_file=name, text=text, overrides=overrides, encoding=encoding,
                html=path.suffix.lower() in HTML_SUFFIXES), notes


def seed_id(path: Path) -> str:
    return path.stem


def decode(raw: bytes, name: str) -> tuple[str, str]:
    if not raw.strip():
        raise EmptySeed(name, "the file is empty; add the article text or delete the file")
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            return raw.decode(codec), "utf-8" if codec == "utf-8-sig" else codec
    if b"\x00" in raw[:8192]:
        raise BinarySeed(name, "the file is binary (it contains NUL bytes), not article text; export it as plain text")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(raw).best()
    if best is None or _looks_binary(str(best)):
        raise UndecodableSeed(name, "the file is neither UTF-8 nor text in any encoding that could be detected; "
                                    "save it as UTF-8 text")
    return str(best), best.encoding


def _looks_binary(text: str) -> bool:
    odd = sum(1 for c in text if unicodedata.category(c) in ("Cc", "Co", "Cn") and c not in "\n\r\t")
    return odd > max(8, len(text) // 100)


def normalize_text(text: str) -> str:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\u00a0", " ").replace("\t", " ")
    return _CONTROL.sub("", text)


def split_front_matter(text: str, name: str) -> tuple[str, tuple[tuple[str, str], ...], list[Diagnostic]]:
    try:
        meta, body = frontmatter.parse(text)
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" near line {where.line + 1}" if where is not None else ""
        raise FrontMatterError(name, f"malformed YAML front matter{line}; fix the block between the '---' lines "
                                     "or remove it") from None
    if not isinstance(meta, dict):
        raise FrontMatterError(name, "front matter must be a mapping of keys to values (title: ..., published: ...)")
    notes, overrides = [], []
    unknown = sorted(str(k) for k in meta if k not in OVERRIDE_KEYS)
    if unknown:
        notes.append(Diagnostic(name, "W112", f"front matter keys ignored: {', '.join(unknown)} "
                                              f"(known: {', '.join(OVERRIDE_KEYS)})", "warning"))
    for key in OVERRIDE_KEYS:
        value = meta.get(key)
        if value is None:
            continue
        if key == "published":
            value = _iso_date(value)
            if value is None:
                notes.append(Diagnostic(name, "W113", "front matter 'published' is not a date (write YYYY-MM-DD); "
                                                      "ignored", "warning"))
                continue
        elif not isinstance(value, (str, int, float)):
            notes.append(Diagnostic(name, "W114", f"front matter {key!r} must be text; ignored", "warning"))
            continue
        value = " ".join(normalize_text(str(value)).split())
        if value:
            overrides.append((key, value))
    return body, tuple(overrides), notes


def _iso_date(value: object) -> str | None:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        return None


def read_seeds(folder: Path, max_bytes: int) -> tuple[list[Seed], list[Diagnostic]]:
    """Every readable seed; each unreadable one becomes one diagnostic line."""
    files, notes = list_seed_files(folder)
    seeds: list[Seed] = []
    owners: dict[str, str] = {}
    for path in files:
        name = str(path.relative_to(folder))
        key = seed_id(path).casefold()
        try:
            if key in owners:
                raise DuplicateSeed(name, f"same name as {owners[key]} (ids are file names without the extension); "
                                          "rename one of them")
            seed, more = read_seed(path, name, max_bytes)
        except SeedError as exc:
            notes.append(exc.diagnostic())
            continue
        except OSError as exc:
            notes.append(Diagnostic(name, "E108", f"cannot be read ({exc.strerror}); check its permissions"))
            continue
        owners[key] = name
        seeds.append(seed)
        notes.extend(more)
    return seeds, notes
