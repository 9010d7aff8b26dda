"""Runs the stages: read -> clean -> extract -> link -> render -> publish.

A bad seed becomes one diagnostic line and the build goes on. Nothing is written
until every page is rendered, and the writer replaces files atomically.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

from . import link, registry
from .budget import budget
from .cache import Cache, key as cache_key, links_key, seed_key
from .clean import boilerplate_lines, clean, short_lines
from .config import Config
from .errors import OutputError, SeedError
from .extract import nlp
from .extract.actors import extract_actors, extract_places
from .extract.demands import extract_demands, may_state_demand, named_parties
from .extract.summary import summarize
from .ingest import read_seeds
from .model import Article, Briefing, BuildResult, Diagnostic, Seed, Story
from .render import Page, Renderer
from .site import MARK, publish
from .slug import slugify, unique_slugs
from .untrusted import escape_hidden

SCHEMA = "briefings/1"
RESERVED = frozenset({"index"})  # page names the site writes itself in every folder


def extract_one(article: Article, doc, config: Config, headline=None) -> Briefing:
    """Per-article extraction: pure functions of the article and the parses of its body and headline."""
    actors = extract_actors(article, doc)
    demands = extract_demands(doc, actors, headline=article.title, headline_doc=headline)
    actors += named_parties(demands, actors, doc.text)
    return Briefing(article=article, slug=slugify(article.id), summary=summarize(article, config.summary_sentences),
                    actors=actors, demands=demands, places=extract_places(doc))


def extract(articles: list[Article], config: Config, store: Cache) -> tuple[list[Briefing], int, list[Diagnostic]]:
    """Extraction with the cache: only articles whose text, settings or pipeline changed are parsed.
    Returns the briefings, how many articles were parsed, and one line for each article that failed."""
    settings = f"summary={config.summary_sentences}"
    digests = [cache_key(article, settings) for article in articles]
    found = {digest: store.get(digest) for digest in digests}
    todo, notes = [], []
    for article, digest in zip(articles, digests):
        if found[digest] is not None:
            continue
        if nlp.too_long(article.text):
            notes.append(Diagnostic(article.source_file, "E103", f"the article text is over {nlp.MAX_CHARS:,} "
                                    "characters, more than the parser reads at once; split it into several files"))
        else:
            todo.append((article, digest))
    docs = nlp.parse((article.text for article, _ in todo), workers=nlp.workers_for(len(todo)))
    # the headlines that may state a demand ("X calls on Y to ...")
    asks = [article.title for article, _ in todo if may_state_demand(article.title)]
    headlines = dict(zip(asks, nlp.parse_headlines(asks)))
    for (article, digest), doc in zip(todo, docs):
        headline = headlines.get(article.title)
        try:
            with budget(config.time_budget, article.source_file, "extracted"):
                found[digest] = extract_one(article, doc, config, headline)
        except SeedError as exc:  # over the time budget
            notes.append(exc.diagnostic())
            continue
        except Exception as exc:  # noqa: BLE001 - one article must never end the build
            notes.append(failure(article.source_file, "extracted", exc))
            continue
        store.put(digest, found[digest])
    return [found[d] for d in digests if found[d] is not None], len(todo), notes


def failure(name: str, stage: str, exc: Exception) -> Diagnostic:
    """One line for an unexpected error on one file: the build goes on without it."""
    return Diagnostic(name, "E120", f"could not be {stage} ({type(exc).__name__}: {str(exc)[:200]}); the other "
                                    "articles are built. This is a bug of the generator: please report it with the file")


def clean_all(seeds: list[Seed], store: Cache, seconds: int = 0) -> tuple[list[Article], list[Diagnostic]]:
    """Clean every seed, reusing the cleaned article when neither the seed nor its recurring lines changed."""
    lines = {seed.id: short_lines(seed) for seed in seeds}
    boilerplate = boilerplate_lines(lines.values())
    articles, notes = [], []
    for seed in seeds:
        digest = seed_key(seed, lines[seed.id] & boilerplate)
        article = store.get_article(digest)
        if article is None:
            try:
                with budget(seconds, seed.source_file, "cleaned"):
                    article = clean(seed, boilerplate)
            except SeedError as exc:
                notes.append(exc.diagnostic())
                continue
            except Exception as exc:  # noqa: BLE001 - one article must never end the build
                notes.append(failure(seed.source_file, "cleaned", exc))
                continue
            store.put_article(digest, article)
        articles.append(article)
    return articles, notes


def run(config: Config, renderer: Renderer | None = None) -> BuildResult:
    """Build every page into `config.out`."""
    corrections = registry.Corrections.load(config.corrections)  # a mistake there fails before any work
    store = Cache(config.cache)
    seeds, notes = read_seeds(config.seeds, config.max_bytes)
    articles, more = clean_all(seeds, store, config.time_budget)
    notes.extend(more)
    articles, more = _distinct(articles)
    notes.extend(more)
    briefings, parsed, more = extract(articles, config, store)
    notes.extend(more)
    kept, notes = keep_previous(config.out, notes, {b.id for b in briefings})
    briefings += kept
    briefings, more = _page_names(briefings)
    notes.extend(more)
    briefings = _unify(briefings, corrections)
    links, stories = _linked(briefings, config.related_count, store)
    story_of = {member: story.id for story in stories for member in story.members}
    briefings = sorted((replace(b, related=links[b.id], story=story_of.get(b.id)) for b in briefings), key=lambda b: b.id)
    pages = render_pages(briefings, stories, renderer or Renderer())
    files = {path: f"{text}\n{MARK}\n".encode("utf-8") for path, text in pages.items()}
    files["briefings.json"] = export(briefings, stories)
    try:
        written, removed, conflicts = publish(config.out, files)
    except OSError as exc:  # a full disk, a read-only folder: one line, and the pages written so far are whole
        raise OutputError(str(exc.filename or config.out), f"cannot be written ({exc.strerror or exc}); free some "
                                                           "space or choose an output folder you can write") from None
    notes.extend(conflicts)
    return BuildResult(tuple(briefings), tuple(notes), tuple(written), tuple(removed), parsed)


def _linked(briefings: list[Briefing], count: int, store: Cache):
    """Related articles and stories: those of the last build when every briefing is as it was then."""
    digest = links_key(briefings, count)
    found = store.get_links(digest)
    if found is None:
        found = link.link(briefings, count)
        store.put_links(digest, *found)
    return found


def keep_previous(out: Path, notes: list[Diagnostic], built: set[str]) -> tuple[list[Briefing], list[Diagnostic]]:
    """A seed that built before and fails now keeps its last good briefing, so links to it keep working."""
    if not any(note.severity == "error" and note.code.startswith("E1") for note in notes):
        return [], notes  # nothing failed: the previous export need not be read
    try:
        previous = json.loads((out / "briefings.json").read_text(encoding="utf-8"))
        by_id = {entry["id"]: entry for entry in previous.get("briefings", [])}
    except (OSError, ValueError, AttributeError, TypeError):
        return [], notes
    kept, result = [], []
    for note in notes:
        seed_id = Path(note.file).stem
        if note.severity == "error" and note.code.startswith("E1") and seed_id in by_id and seed_id not in built:
            try:
                kept.append(Briefing.from_dict(by_id[seed_id]))
            except (KeyError, TypeError, ValueError):
                result.append(note)
                continue
            built.add(seed_id)
            note = Diagnostic(note.file, note.code, note.message + "; the previous version of its briefing is kept",
                              "error")
        result.append(note)
    return kept, result


def _distinct(articles: list[Article]) -> tuple[list[Article], list[Diagnostic]]:
    """Exact copies are skipped; different articles that share a headline are kept and reported."""
    notes, kept, bodies, titles = [], [], {}, {}
    for article in articles:
        key = "\n".join(article.body)
        if key in bodies:
            notes.append(Diagnostic(article.source_file, "E109", f"same article text as {bodies[key]}; skipped. "
                                                                 "Delete one of the two files"))
            continue
        bodies[key] = article.source_file
        title = article.title.casefold()
        if title in titles:
            notes.append(Diagnostic(article.source_file, "W115", f"same headline as {titles[title]}; both are built. "
                                                                 "Set 'title' in front matter to tell them apart",
                                    "warning"))
        titles.setdefault(title, article.source_file)
        kept.append(article)
    return kept, notes


def _page_names(briefings: list[Briefing]) -> tuple[list[Briefing], list[Diagnostic]]:
    """Every briefing its own page: file names that make the same page name ("a_b", "a-b") are told apart
    and reported, and no article takes the name of a page the site writes itself."""
    slugs, met = unique_slugs([b.id for b in briefings], RESERVED)
    files = {b.id: b.article.source_file for b in briefings}
    notes = [Diagnostic(files[name], "W119", f"its page name is also that of {files[keeper]}, so its page is "
                                             f"briefings/{slugs[name]}/; rename one of the files to choose the names",
                        "warning") for name, keeper in met]
    return [replace(b, slug=slugs[b.id]) for b in briefings], notes


def _unify(briefings: list[Briefing], corrections: registry.Corrections) -> list[Briefing]:
    actors = registry.unify({b.id: b.actors for b in briefings}, corrections)
    out = []
    for briefing in briefings:
        names = {}
        for original in briefing.actors:
            for unified in actors[briefing.id]:
                if original.name == unified.name or original.name in unified.aliases:
                    names[original.name] = unified.name
        demands = tuple(replace(d, by=names.get(d.by, d.by), of=names.get(d.of, d.of)) for d in briefing.demands)
        out.append(replace(briefing, actors=actors[briefing.id], demands=demands))
    return out


def render_pages(briefings: list[Briefing], stories: tuple[Story, ...], renderer: Renderer) -> dict[str, str]:
    by_id = {b.id: b for b in briefings}
    pages: list[Page] = [renderer.briefing(b, by_id) for b in briefings]
    pages.append(renderer.briefings_index(briefings))
    pages.extend(renderer.story(story, link.compare([by_id[m] for m in story.members])) for story in stories)
    pages.append(renderer.stories_index(stories, by_id))
    pages.append(renderer.timeline(briefings))
    pages.extend(renderer.demand_pages(briefings))
    appearances = defaultdict(list)
    for briefing in sorted(briefings, key=lambda b: (b.article.published or "", b.id), reverse=True):
        for actor in briefing.actors:
            appearances[actor.id].append((briefing, actor))
    pages.extend(renderer.actor(actor_id, rows) for actor_id, rows in sorted(appearances.items()))
    pages.append(renderer.actors_index(dict(sorted(appearances.items()))))
    return {page.path: page.content for page in pages}


def _public(briefing: dict) -> dict:
    """A briefing as the export shows it: an actor's `home` is a hint the registry has used, not a fact."""
    for actor in briefing["actors"]:
        actor.pop("home", None)
    return briefing


def export(briefings: list[Briefing], stories: tuple[Story, ...] = ()) -> bytes:
    """Compact JSON: json's fast encoder runs only without indentation, and the file is for programs."""
    data = {"schema": SCHEMA, "briefings": [_public(b.to_dict()) for b in briefings],
            "stories": [s.to_dict() for s in stories]}
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (escape_hidden(text) + "\n").encode("utf-8")
