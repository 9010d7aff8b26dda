"""The only code that reads seed files: bytes -> Seed, or a SeedError saying why not."""
from __future__ import annotations

import codecs
import datetime as dt
import os
import re
import stat
import unicodedata
from pathlib import Path

import yaml
from frontmatter.default_handlers import YAMLHandler
from charset_normalizer import from_bytes

from .errors import (BinarySeed, DuplicateSeed, EmptySeed, FrontMatterError, SeedError,
                     TooLargeSeed, UndecodableSeed)
from .model import OVERRIDE_ALIASES, OVERRIDE_KEYS, Diagnostic, Seed
from .untrusted import TextLoader, printable, visible, web_url

HTML_SUFFIXES = (".html", ".htm")
HTML_MARKUP_FACTOR = 5  # a saved page is mostly markup, scripts and styles: it may be this much larger than its text
SUFFIXES = (".txt", ".md", *HTML_SUFFIXES)
_LINE_SEPARATORS = re.compile(r"[\u2028\u2029\x85]")


def list_seed_files(folder: Path) -> tuple[list[Path], list[Diagnostic]]:
    """Seed files in name order. Hidden files and folders are ignored; other file types are reported.
    Only regular files inside the folder are read: a symbolic link leading outside it, a FIFO, a device
    or a folder named like an article is refused with one line, never opened."""
    if not folder.is_dir():
        raise SeedError(str(folder), "the seeds folder does not exist: create it and put article files in it")
    root = folder.resolve()
    files, notes = [], []
    for where, folders, names in os.walk(folder):  # symbolic links to folders are listed, not entered
        folders[:] = sorted(d for d in folders if not d.startswith((".", "_")))
        for name in sorted(names + [d for d in folders if Path(d).suffix.lower() in SUFFIXES]):
            if name.startswith((".", "_")):
                continue
            path = Path(where) / name
            rel = str(path.relative_to(folder))
            if path.suffix.lower() not in SUFFIXES:
                if not path.is_dir():
                    notes.append(Diagnostic(rel, "W110", f"ignored: only {', '.join(SUFFIXES)} files are read",
                                            "warning"))
                continue
            refused = _refusal(path, root)
            if refused:
                notes.append(Diagnostic(rel, "E110", refused))
            else:
                files.append(path)
    return sorted(files, key=lambda p: p.relative_to(folder).as_posix()), notes


def _refusal(path: Path, root: Path) -> str | None:
    """Why a seed path is not read, or None for a regular file inside the seeds folder."""
    try:
        if path.is_symlink():
            target = path.resolve()
            if not target.exists():
                return "a symbolic link to nothing; restore its target or delete the link"
            if not target.is_relative_to(root):
                return "a symbolic link leading outside the seeds folder; refused: copy the file into the folder"
        mode = path.stat().st_mode
    except (OSError, RuntimeError) as exc:  # RuntimeError: a loop of symbolic links
        return f"cannot be read ({getattr(exc, 'strerror', None) or exc}); check it"
    if stat.S_ISDIR(mode):
        return "a folder named like an article; rename it (articles are files)"
    if not stat.S_ISREG(mode):
        return "not a regular file (a FIFO, a device or a socket); refused: put the article text in a file"
    return None


def read_seed(path: Path, name: str, max_bytes: int) -> tuple[Seed, list[Diagnostic]]:
    """Read one file. Raises a SeedError subclass when the file cannot become an article."""
    size = path.stat().st_size
    if path.suffix.lower() in HTML_SUFFIXES:
        max_bytes *= HTML_MARKUP_FACTOR
    if size > max_bytes:
        raise TooLargeSeed(name, f"file is {size:,} bytes, over the {max_bytes:,}-byte limit for one article; "
                                 "split it or raise max_bytes in the configuration")
    raw = path.read_bytes()
    text, encoding, replaced = decode(raw, name)
    notes = []
    if encoding not in ("utf-8", "ascii"):
        notes.append(Diagnostic(name, "W111", f"not UTF-8; read as {encoding}. Save it as UTF-8 to silence this", "warning"))
    if replaced:
        notes.append(Diagnostic(name, "W118", f"{replaced} bytes are not valid {encoding} and were replaced by \ufffd; "
                                              "check the file", "warning"))
    overrides: tuple[tuple[str, str], ...] = ()
    if path.suffix.lower() in (".md", ".txt"):  # a .txt block is read only when it is plainly front matter
        text, overrides, more = split_front_matter(text, name, strict=path.suffix.lower() == ".md")
        notes.extend(more)
    text = normalize_text(text)
    if not text.strip():
        raise EmptySeed(name, "the file holds no article text; add the text or delete the file")
    return Seed(id=seed_id(path), source_file=name, text=text, overrides=overrides, encoding=encoding,
                html=path.suffix.lower() in HTML_SUFFIXES), notes


def seed_id(path: Path) -> str:
    return path.stem


# Byte order marks, longest first (a UTF-32 LE mark starts with the UTF-16 LE one).
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
BAD_UTF8_SHARE = 0.001     # a UTF-8 file with at most this share of bad bytes (or 3) is read as UTF-8
MAX_CHAOS = 0.2            # charset detection: a reading messier than this is no reading
# Among equally good readings, the encodings news text is most often saved in come first.
PREFERRED = ("cp1252", "latin_1", "iso8859_15", "cp1250", "mac_roman")


def decode(raw: bytes, name: str) -> tuple[str, str, int]:
    """The text, its encoding, and how many bytes that were not valid in it were replaced."""
    if not raw.strip():
        raise EmptySeed(name, "the file is empty; add the article text or delete the file")
    for bom, codec in BOMS:
        if raw.startswith(bom):
            text = raw.decode(codec, errors="replace")
            return text, "utf-8" if codec == "utf-8-sig" else codec, text.count("\ufffd")
    if b"\x00" in raw[:8192]:
        for codec in _wide_codecs(raw[:8192]):
            try:
                text = raw.decode(codec)
            except UnicodeDecodeError:
                continue
            if not _looks_binary(text):
                return text, codec, 0
        raise BinarySeed(name, "the file is binary (it contains NUL bytes), not article text; export it as plain text")
    try:
        return raw.decode("utf-8"), "utf-8", 0
    except UnicodeDecodeError:
        pass
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - raw.count("\ufffd".encode())
    if bad <= max(3, BAD_UTF8_SHARE * len(raw)):
        return text, "utf-8", bad  # a few damaged bytes do not make the whole file another encoding
    return (*_detected(raw, name), 0)


def _wide_codecs(head: bytes) -> list[str]:
    """UTF-32 or UTF-16 without a mark, as the zero bytes tell: in such text the high bytes of most
    characters are zero (every fourth, or every second byte), and the low bytes are not."""
    found = []
    for codec, width, high, low in (("utf-32-le", 4, 3, 0), ("utf-32-be", 4, 0, 3), ("utf-16-le", 2, 1, 0),
                                    ("utf-16-be", 2, 0, 1)):
        groups = [head[i:i + width] for i in range(0, len(head) - width + 1, width)]
        if not groups:
            continue
        share = {place: sum(1 for g in groups if g[place] == 0) / len(groups) for place in (high, low)}
        if share[high] >= (0.95 if width == 4 else 0.3) and share[low] <= 0.05:
            found.append(codec)
    return found


def _detected(raw: bytes, name: str) -> tuple[str, str]:
    """The encoding charset detection finds on the whole file, ties going to the common ones."""
    matches = list(from_bytes(raw, steps=1, chunk_size=max(512, len(raw)), threshold=MAX_CHAOS))
    rank = {codec: i for i, codec in enumerate(PREFERRED)}
    best = min(matches, key=lambda m: (round(m.chaos, 3), -round(m.coherence, 3), rank.get(m.encoding, len(rank)),
                                       m.encoding), default=None)
    if best is None or _looks_binary(str(best)):
        raise UndecodableSeed(name, "the file is neither UTF-8 nor text in any encoding that could be detected; "
                                    "save it as UTF-8 text")
    return str(best), best.encoding


def _looks_binary(text: str) -> bool:
    odd = sum(1 for c in text if unicodedata.category(c) in ("Cc", "Co", "Cn") and c not in "\n\r\t")
    return odd > max(8, len(text) // 100)


def normalize_text(text: str) -> str:
    """NFC, one kind of line break, no tabs or no-break spaces, and nothing hidden (`untrusted.visible`)."""
    text = unicodedata.normalize("NFC", _LINE_SEPARATORS.sub("\n", text.replace("\r\n", "\n").replace("\r", "\n")))
    return visible(text.replace("\u00a0", " ").replace("\t", " "))


def split_front_matter(text: str, name: str, strict: bool = True
                       ) -> tuple[str, tuple[tuple[str, str], ...], list[Diagnostic]]:
    """YAML front matter between two '---' lines at the top of a file, read with `TextLoader`. In a .md
    file (`strict`) a block that is not a mapping (a rule above prose, a list) is kept as article text and
    reported, and a malformed one is an error; in a .txt file only a mapping with a known key is front
    matter, anything else is the text as copied."""
    handler = YAMLHandler()
    if not handler.detect(text):
        return text, (), []
    try:
        block, body = handler.split(text)
    except ValueError:
        if not strict:
            return text, (), []
        raise FrontMatterError(name, "front matter is never closed; end it with a '---' line or remove "
                                     "the first '---' line") from None
    try:
        meta = yaml.load(block, Loader=TextLoader)
    except (yaml.YAMLError, ValueError, RecursionError) as exc:
        if not strict:
            return text, (), []
        where = getattr(exc, "problem_mark", None)
        line = f" near line {where.line + 1}" if where is not None else ""
        raise FrontMatterError(name, f"malformed YAML front matter{line}; fix the block between the '---' lines "
                                     "or remove it") from None
    fields = _fields(meta) if isinstance(meta, dict) else {}
    if not strict and not set(fields) & set(OVERRIDE_KEYS):
        return text, (), []
    if not isinstance(meta, dict):
        note = Diagnostic(name, "W117", "the block between the first two '---' lines is not front matter "
                                        "(key: value lines); it is kept as article text", "warning")
        return text, (), [note]
    notes, overrides = [], []
    unknown = sorted(printable(str(key)) for key in meta if _field(key) not in OVERRIDE_KEYS)
    if unknown:
        notes.append(Diagnostic(name, "W112", f"front matter keys ignored: {', '.join(unknown)} "
                                              f"(known: {', '.join(OVERRIDE_KEYS)})", "warning"))
    for key in OVERRIDE_KEYS:
        value, problem = _override(key, fields.get(key))
        if problem:
            notes.append(Diagnostic(name, problem[0], problem[1], "warning"))
        elif value:
            overrides.append((key, value))
    return body, tuple(overrides), notes


def _fields(meta: dict) -> dict[str, object]:
    """Front-matter values under our names: `date` is `published` unless both are given."""
    fields: dict[str, object] = {}
    for key, value in meta.items():
        field = _field(key)
        if str(key).lower() in OVERRIDE_KEYS or field not in fields:
            fields[field] = value
    return fields


def _field(key: object) -> str:
    """Our name for a front-matter key, whatever its case ("Title", "date")."""
    key = str(key).lower()
    return OVERRIDE_ALIASES.get(key, key)


def _override(key: str, value: object) -> tuple[str | None, tuple[str, str] | None]:
    """A front-matter value as text, or the warning (code, message) that says why it is ignored."""
    if value is None:
        return None, None
    if key == "author" and isinstance(value, list) and all(isinstance(v, str) for v in value):
        value = ", ".join(value)  # "authors: [A, B]"
    if not isinstance(value, (str, bool)):
        return None, ("W114", f"front matter {key!r} must be text; ignored")
    text = " ".join(normalize_text(str(value)).split())
    if key == "published":
        text = _iso_date(text)
        if text is None:
            return None, ("W113", "front matter 'published' is not a date (write YYYY-MM-DD); ignored")
    if key == "url" and text and web_url(text) is None:
        return None, ("W116", "front matter 'url' is not an http(s) address; ignored")
    return text, None


def _iso_date(value: str) -> str | None:
    """YYYY-MM-DD (a time after it is allowed) as an ISO date, or None when it is no real date."""
    try:
        return dt.date.fromisoformat(value.strip()[:10]).isoformat() if len(value.strip()) >= 10 else None
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
