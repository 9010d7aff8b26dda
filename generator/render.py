"""Briefings -> Markdown pages through templates/. Pure; all escaping lives here.

Every value a template prints is escaped unless Python marked it `Safe`: article
text becomes character references for every character Markdown or HTML could
read as syntax, so nothing in an article can add markup or restructure a page.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

import jinja2
import yaml

from .dates import find_dates
from .errors import RenderError
from .link import Comparison, group_demands, oldest_first
from .model import Actor, Briefing, Story
from .slug import slugify
from .untrusted import visible

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
# Characters that form Markdown, HTML or attr_list syntax inside a line; each becomes a character
# reference. Values never contain a line break, so block syntax can only come from their first
# characters ("# ", "> ", "1. ", "- "), which `_LEADING` escapes as well.
_SPECIAL = re.compile(r"[\\`*_{}\[\]<>&|]")
_LEADING = re.compile(r"^(?:[#>+=~:-]|\d+(?=[.)]))")


class Safe(str):
    """Markup built by Python from trusted parts (slugs, relative links, template-made Markdown)."""


def escape(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Safe):
        return value
    text = visible(" ".join(str(value).split()))  # no line breaks: article text never starts a Markdown line
    if _SPECIAL.search(text):  # most values are plain names and dates: skip the substitution
        text = _SPECIAL.sub(_reference, text)
    return _LEADING.sub(_reference, text) if _LEADING.match(text) else text


def _reference(match: re.Match) -> str:
    return "".join(f"&#{ord(c)};" for c in match.group(0))


def front_matter_text(value: object) -> str:
    """A value for generated front matter, as the theme will print it. Material prints `page.meta.title`
    into the page and `page.meta.description` into an attribute without escaping (and `striptags`
    decodes entities), so escaping cannot work there: markup and quote characters become look-alikes.
    Characters YAML refuses are gone (`visible`), and JSON with ASCII escapes is valid YAML that quotes
    everything YAML could misread, so MkDocs always reads back exactly this text (`Renderer._render`
    checks it)."""
    return visible(" ".join(str(value).split())).translate(_LOOK_ALIKES)


_LOOK_ALIKES = str.maketrans({"<": "‹", ">": "›", "&": "＆", '"': "”", "'": "’"})
# libyaml's safe loader where PyYAML was built with it: the same documents, read ten times faster.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# How MkDocs finds a page's front matter (mkdocs.utils.meta); read with YAML's safe loader, as MkDocs does.
_FRONT_MATTER = re.compile(r"\A-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.S)


def read_front_matter(content: str) -> Optional[dict]:
    """The front matter MkDocs will read from a page, or None when it cannot read it."""
    match = _FRONT_MATTER.match(content)
    if not match:
        return None
    try:
        data = yaml.load(match.group(1), Loader=_YAML_LOADER)
    except yaml.YAMLError:
        return None
    return data if isinstance(data, dict) else None


@dataclass(frozen=True)
class Page:
    path: str  # relative to the docs folder, always with '/'
    content: str


class Renderer:
    def __init__(self, templates: Path = TEMPLATES, site_url: Optional[str] = None):
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(templates)), finalize=escape, autoescape=False,
            undefined=jinja2.StrictUndefined, keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True)
        self.env.filters["yaml"] = self._yaml
        self.site_url = (site_url or "").rstrip("/")
        self._front: list[str] = []  # the front-matter values of the page being rendered

    def _yaml(self, value: object) -> Safe:
        text = front_matter_text(value)
        self._front.append(text)
        return Safe(json.dumps(text, ensure_ascii=True))

    def _render(self, name: str, **context) -> str:
        """The page; its front matter must read back as written, or the page would lose it silently and
        show its raw text."""
        self._front = []
        content = self.env.get_template(name).render(**context)
        if self._front:
            meta = read_front_matter(content)
            if meta is None or not Counter(self._front) <= Counter(str(v) for v in meta.values()):
                raise RenderError(name, "the generated front matter does not read back as written; this is a bug "
                                        "of the generator: report it with the article that caused it")
        return content

    # -- pages ---------------------------------------------------------------------------------

    def briefing(self, briefing: Briefing, by_id: dict[str, Briefing]) -> Page:
        a = briefing.article
        related = [(by_id[r.id], r) for r in briefing.related if r.id in by_id]
        content = self._render(
            "briefing.md.j2", b=briefing, a=a,
            meta=meta_line(briefing), permalink=self.permalink(briefing.url),
            actors=[(actor, Safe(actor_anchor(actor)), Safe(f"../actors/{actor.id}.md"), describe_actor(actor))
                    for actor in briefing.actors],
            demands=[(d, Safe(d.id), party_link(d.by, briefing), party_link(d.of, briefing)) for d in briefing.demands],
            related=[(other, Safe(f"{other.slug}.md"), r) for other, r in related],
            story=Safe(f"../stories/{briefing.story}.md") if briefing.story else None,
        )
        return Page(f"briefings/{briefing.slug}.md", content)

    def briefing_list(self, briefings: Iterable[Briefing], prefix: str, limit: Optional[int] = None) -> str:
        """The newest-first table used by the briefings index and (the latest few) the home page."""
        rows = [(b, Safe(f"{prefix}{b.slug}.md")) for b in newest_first(briefings)[:limit]]
        return self._render("briefing_list.md.j2", rows=rows)

    def briefings_index(self, briefings: list[Briefing]) -> Page:
        return Page("briefings/index.md", self._render("briefings_index.md.j2", count=len(briefings),
                                                       table=Safe(self.briefing_list(briefings, ""))))

    def actor(self, actor_id: str, appearances: list[tuple[Briefing, Actor]]) -> Page:
        latest = appearances[0][1]
        rows = [(b, s, Safe(f"../briefings/{b.slug}.md#{actor_anchor(s)}")) for b, s in appearances]
        made = [(b, d, Safe(f"../briefings/{b.slug}.md#{d.id}")) for b, s in appearances
                for d in b.demands if d.by == s.name]
        received = [(b, d, Safe(f"../briefings/{b.slug}.md#{d.id}")) for b, s in appearances
                    for d in b.demands if d.of == s.name]
        seen: dict[tuple, list[str]] = {}
        for b, s in appearances:
            if s.role or (s.affiliation and s.affiliation != s.name):
                seen.setdefault((s.role, s.affiliation), []).append(b.article.published or "undated")
        roles = [(role, affiliation, sorted(dates)) for (role, affiliation), dates in seen.items()]
        roles.sort(key=lambda r: (-len(r[2]), r[0] or "", r[1] or ""))
        together = Counter(other.id for b, _ in appearances for other in b.actors if other.id != actor_id)
        names = {other.id: other.name for b, _ in appearances for other in b.actors}
        company = [(names[i], n, Safe(f"{i}.md")) for i, n in sorted(together.items(), key=lambda x: (-x[1], names[x[0]]))]
        return Page(f"actors/{actor_id}.md", self._render("actor.md.j2", actor=latest, rows=rows, made=made,
                                                          received=received, roles=roles, company=company[:10]))

    def actors_index(self, actors: dict[str, list[tuple[Briefing, Actor]]]) -> Page:
        groups = {}
        for kind in ("person", "country", "organization"):
            items = [(rows[0][1], len(rows), Safe(f"{actor_id}.md")) for actor_id, rows in actors.items()
                     if rows[0][1].kind == kind]
            groups[kind] = sorted(items, key=lambda it: (-it[1], it[0].name))
        return Page("actors/index.md", self._render("actors_index.md.j2", groups=groups))

    def story(self, story: Story, comparison: Comparison) -> Page:
        reports = [(r.briefing, Safe(f"../briefings/{r.briefing.slug}.md"), r.figures,
                    [(d, Safe(f"../briefings/{r.briefing.slug}.md#{d.id}")) for d in r.demands])
                   for r in comparison.reports]
        dates = comparison.dates
        return Page(f"stories/{story.id}.md", self._render(
            "story.md.j2", story=story, headline=comparison.reports[0].briefing.article.title,
            dates=(dates[0], dates[-1]) if len(dates) > 1 else dates, places=comparison.places[:5],
            shared=[(a, Safe(f"../actors/{a.id}.md")) for a in comparison.shared[:12]], reports=reports))

    def stories_index(self, stories: tuple[Story, ...], by_id: dict[str, Briefing]) -> Page:
        rows = []
        for story in stories:
            members = oldest_first(by_id[m] for m in story.members)
            rows.append((members[0].article.title, Safe(f"{story.id}.md"), len(members),
                         sorted({m.article.publisher or "outlet not stated" for m in members})))
        return Page("stories/index.md", self._render("stories_index.md.j2", rows=rows))

    def timeline(self, briefings: list[Briefing]) -> Page:
        """Newest first by publication date, else by the latest full date the text states."""
        entries = []
        for b in briefings:
            date, stated = b.article.published, "published"
            if not date:
                found = find_dates(" ".join(b.article.body))
                date, stated = (max(found), "date in the text") if found else (None, "undated")
            people = [(a, Safe(f"actors/{a.id}.md")) for a in b.actors if a.kind != "country"][:4]
            entries.append((date or "", stated, b, Safe(f"briefings/{b.slug}.md"),
                            Safe(f"stories/{b.story}.md") if b.story else None, people))
        entries.sort(key=lambda e: (e[0], e[2].id), reverse=True)
        return Page("timeline.md", self._render("timeline.md.j2", entries=entries))

    def demand_pages(self, briefings: list[Briefing]) -> list[Page]:
        """One page per addressee (the party that must act), so each page stays readable at scale, and
        an index of addressees. A group's anchor is its first report's id, on its addressee's page."""
        by_addressee: dict[str, list] = {}
        names: dict[str, str] = {}
        ids = {actor.name: actor.id for b in briefings for actor in b.actors}  # unique site-wide, never "unnamed"
        for group in group_demands(briefings):
            key = (ids.get(group.of) or slugify(group.of)) if group.of else "unnamed"
            names[key] = group.of or "No party named"
            dates = sorted(b.article.published for b, _ in group.reports if b.article.published)
            by_addressee.setdefault(key, []).append((
                group, Safe(group.id), [(b, d, Safe(f"../briefings/{b.slug}.md#{d.id}")) for b, d in group.reports],
                sorted({d.by for _, d in group.reports if d.by}),
                sorted({b.article.publisher or b.article.source_file for b, _ in group.reports}),
                dates[0] if dates else None, dates[-1] if dates else None))
        pages = [Page(f"demands/{key}.md", self._render("demands.md.j2", addressee=names[key], rows=rows))
                 for key, rows in sorted(by_addressee.items())]
        index = sorted(((names[k], Safe(f"{k}.md"), len(rows), sum(len(r[2]) for r in rows)) for k, rows in by_addressee.items()),
                       key=lambda item: (-item[3], item[0]))
        pages.append(Page("demands/index.md", self._render("demands_index.md.j2", rows=index)))
        return pages

    def permalink(self, url: str) -> Optional[Safe]:
        """Full address from the configured site_url (trusted configuration, not article text)."""
        return Safe(f"{self.site_url}/{url}") if re.match(r"^https?://[^\s<>()\[\]]+$", self.site_url) else None


def newest_first(briefings: Iterable[Briefing]) -> list[Briefing]:
    """Dated briefings newest first, then undated ones by title; ties broken by id for stable output."""
    items = list(briefings)
    dated = sorted((b for b in items if b.article.published), key=lambda b: (b.article.published, b.id), reverse=True)
    undated = sorted((b for b in items if not b.article.published), key=lambda b: (b.article.title.casefold(), b.id))
    return dated + undated


def meta_line(briefing: Briefing) -> list[tuple[str, str]]:
    a = briefing.article
    return [(label, value) for label, value in (
        ("Published", a.published or "date not stated"), ("Publisher", a.publisher), ("Author", a.author),
        ("Source file", a.source_file)) if value]


def describe_actor(actor: Actor) -> str:
    parts = [actor.kind]
    if actor.role:
        parts.append(actor.role)
    if actor.affiliation and actor.affiliation != actor.name:
        parts.append(actor.affiliation)
    return ", ".join(parts)


def actor_anchor(actor: Actor) -> str:
    return f"actor-{actor.id}"


def party_link(name: Optional[str], briefing: Briefing) -> Optional[tuple[str, Safe]]:
    if name is None:
        return None
    for actor in briefing.actors:
        if actor.name == name:
            return name, Safe(f"#{actor_anchor(actor)}")
    return name, None
