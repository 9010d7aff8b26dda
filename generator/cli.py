"""`python -m generator build --seeds DIR --out DIR`: the same build MkDocs runs, for any folder."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import build, registry
from .config import Config
from .errors import BriefingError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("build", help="build briefing pages and briefings.json from a folder of articles")
    run.add_argument("--seeds", type=Path, default=Path("seeds"), help="folder of .txt/.md articles (default: seeds)")
    run.add_argument("--out", type=Path, default=Path(".cache/pages"),
                     help="folder the pages are written to (default: .cache/pages, where the MkDocs plugin writes them; "
                          "never docs/, which MkDocs reads as hand-written pages)")
    run.add_argument("--corrections", type=Path, default=Path("actors.yml"),
                     help="YAML file of actor corrections applied on every build (default: actors.yml)")
    run.add_argument("--cache", type=Path, default=Path(".cache/briefings"),
                     help="folder of the per-article extraction cache; safe to move or delete (default: .cache/briefings)")
    run.add_argument("--no-cache", action="store_true", help="extract every article again and store nothing")
    run.add_argument("--strict", action="store_true", help="exit with status 1 when any file was reported")
    run.add_argument("--time-budget", type=int, default=Config.time_budget, metavar="SECONDS",
                     help="seconds one article may take to be cleaned, and again to be extracted; a file past it is "
                          f"reported and skipped (0: no limit; default: {Config.time_budget})")
    run.add_argument("--write-registry", type=Path, metavar="FILE",
                     help="also write the actor registry the build inferred, as a corrections file to start from")
    args = parser.parse_args(argv)
    try:
        config = Config(seeds=args.seeds, out=args.out, corrections=args.corrections, strict=args.strict,
                        cache=None if args.no_cache else args.cache, time_budget=max(0, args.time_budget))
        result = build.run(config)
    except BriefingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for note in result.diagnostics:
        print(note, file=sys.stderr)
    if args.write_registry:
        args.write_registry.write_text(registry.registry_yaml({b.id: b.actors for b in result.briefings}),
                                       encoding="utf-8")
    print(f"built {len(result.briefings)} briefings into {config.out} "
          f"({sum(n.severity == 'error' for n in result.diagnostics)} files skipped)", file=sys.stderr)
    if config.strict and result.diagnostics:
        print("strict mode: failing because files were reported above", file=sys.stderr)
        return 1
    return 0
