"""One typed configuration; `from_mapping` reports every bad key at once."""
from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, Mapping, Optional

from .errors import ConfigError


@dataclass(frozen=True)
class Config:
    seeds: Path = Path("seeds")
    out: Path = Path(".cache/pages")
    cache: Optional[Path] = Path(".cache/briefings")
    corrections: Optional[Path] = Path("actors.yml")
    strict: bool = False
    # a long news article is ~100 kB; larger files are not articles (the parser reads 1,000,000 characters
    # at most, and a longer cleaned text is reported); saved HTML pages may be five times larger
    max_bytes: int = 2_000_000
    # seconds one article may take to be cleaned, and again to be extracted (0: no limit); a 1 MB article
    # takes well under a minute, so a file past it is a case the rules did not foresee
    time_budget: int = 120
    summary_sentences: int = 3
    related_count: int = 5
    site_name: str = "Briefings"

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any], source: str = "configuration") -> "Config":
        known = {f.name: f for f in fields(cls)}
        problems: list[str] = []
        kwargs: dict[str, Any] = {}
        for key, value in values.items():
            if key not in known:
                problems.append(f"unknown key {key!r} (known: {', '.join(sorted(known))})")
                continue
            default = getattr(cls, key)
            try:
                kwargs[key] = _coerce(value, default)
            except (TypeError, ValueError) as exc:
                problems.append(f"{key}: {exc}")
        if "summary_sentences" in kwargs and not 2 <= kwargs["summary_sentences"] <= 5:
            problems.append("summary_sentences: must be between 2 and 5")
        if kwargs.get("max_bytes", 1) <= 0:
            problems.append("max_bytes: must be positive")
        if kwargs.get("time_budget", 0) < 0:
            problems.append("time_budget: must be 0 (no limit) or a number of seconds")
        if problems:
            raise ConfigError(source, "; ".join(problems) + ". Fix these keys and build again.")
        return cls(**kwargs)


def _coerce(value: Any, default: Any) -> Any:
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise TypeError(f"expected true or false, got {value!r}")
        return value
    if isinstance(default, int):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"expected a whole number, got {value!r}")
        return value
    if isinstance(default, Path) or default is None:
        if value is None:
            return None
        if not isinstance(value, (str, Path)):
            raise TypeError(f"expected a path, got {value!r}")
        return Path(value)
    if not isinstance(value, str):
        raise TypeError(f"expected text, got {value!r}")
    return value
