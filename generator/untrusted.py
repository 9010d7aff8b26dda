"""Characters of untrusted text (articles, front matter, actors.yml, file names) that are never shown.

Three uses, one table each:
- `visible`: text shown on a page or written into generated front matter loses control characters,
  Unicode format characters (bidi overrides and isolates, zero-width joiners and spaces, the Arabic
  letter mark) and noncharacters. They make a headline display differently from what it says, and YAML
  refuses C1 controls and noncharacters, which made MkDocs drop a page's front matter.
- `printable`: a name or key in a one-line message keeps every character but shows the invisible
  ones as escapes, so a file name with a newline or an ANSI sequence cannot split the line or drive
  the terminal.
- `web_url`: a URL is kept only with an http(s) scheme and a host.

`TextLoader` reads YAML from such files (front matter, actors.yml) safely.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Optional
from urllib.parse import urlsplit

import yaml

# Unicode categories never shown: controls (Cc), format characters (Cf), unassigned code points and
# noncharacters (Cn), surrogates (Cs). Line breaks and tabs are layout, kept where text keeps lines.
HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cn", "Cs"})
LAYOUT = frozenset("\n\t")
WEB_SCHEMES = frozenset({"http", "https"})
_UNSAFE_IN_URL = re.compile(r"[\s<>\"'`\\]")
# Hidden characters by code point (the categories of HIDDEN_CATEGORIES outside the ASCII controls, which
# JSON escapes itself): C1 controls, format characters, noncharacters.
_HIDDEN_IN_JSON = re.compile("[\x7f-\x9f\xad\u0600-\u0605\u061c\u06dd\u070f\u180e\u200b-\u200f\u202a-\u202e"
                             "\u2060-\u206f\ufdd0-\ufdef\ufeff\ufff9-\ufffb\ufffe\uffff]+")


_NOT_PRINTABLE_ASCII = re.compile(r"[^\x20-\x7e]")


@lru_cache(maxsize=4096)
def _hidden(character: str) -> bool:
    return character not in LAYOUT and unicodedata.category(character) in HIDDEN_CATEGORIES


def visible(text: str) -> str:
    """The text without characters that are invisible, reorder text or that YAML refuses."""
    if text.isascii() and text.isprintable():
        return text  # the common case: nothing to remove
    # each distinct character outside printable ASCII is judged once, not once per occurrence
    hidden = [ord(c) for c in set(_NOT_PRINTABLE_ASCII.findall(text)) if _hidden(c)]
    return text.translate(dict.fromkeys(hidden)) if hidden else text


def printable(text: str) -> str:
    """The text on one line for a message: hidden characters as escapes (\\n, \\x1b, \\u202e)."""
    if text.isprintable():
        return text
    return "".join(c.encode("unicode_escape").decode("ascii") if _hidden(c) or c in LAYOUT else c for c in text)


def escape_hidden(json_text: str) -> str:
    """JSON text with every hidden character written as a \\u escape: the same data when read, but a file
    name with a bidi override (the only such text left after `visible`) cannot reorder the file's lines."""
    if json_text.isascii():
        return json_text
    return _HIDDEN_IN_JSON.sub(lambda m: "".join(f"\\u{ord(c):04x}" for c in m.group(0)), json_text)


def web_url(value: str) -> Optional[str]:
    """The URL if it is an http(s) address with a host, else None (javascript:, data:, file: ...)."""
    url = value.strip()
    if _UNSAFE_IN_URL.search(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in WEB_SCHEMES and parts.hostname else None


class TextLoader(yaml.SafeLoader):
    """YAML's safe loader for untrusted files, with two more limits: no aliases (a few hundred bytes of
    nested aliases expand into gigabytes) and every scalar but true/false/null read as text (an impossible
    date or a 5,000-digit number would raise instead of being reported as a wrong value)."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            raise yaml.composer.ComposerError(None, None, "aliases (*name) are not allowed here",
                                              self.peek_event().start_mark)
        return super().compose_node(parent, index)


_TYPED = {"tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float"}
TextLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag not in _TYPED]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}
