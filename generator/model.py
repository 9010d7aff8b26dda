"""The data that flows through the stages: Seed -> Article -> Briefing.

All models are frozen so a stage cannot change what an earlier stage produced;
`Briefing.to_dict` is the one place that knows the `briefings/1` export shape.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from .untrusted import printable

# Front-matter keys a user may set to correct what extraction finds.
OVERRIDE_KEYS = ("title", "published", "publisher", "author", "url")
# Front-matter keys other tools write (Jekyll, Hugo, Pelican, note-taking exports) for the same fields.
OVERRIDE_ALIASES = {"date": "published", "headline": "title", "outlet": "publisher", "source": "publisher",
                    "publication": "publisher", "site_name": "publisher", "byline": "author", "authors": "author",
                    "link": "url", "source_url": "url"}


@dataclass(frozen=True)
class Seed:
    """One input file, decoded. `overrides` come from YAML front matter."""

    id: str
    source_file: str
    text: str
    overrides: tuple[tuple[str, str], ...] = ()
    encoding: str = "utf-8"
    html: bool = False  # a saved web page (.html, .htm): its text is markup

    def override(self, key: str) -> Optional[str]:
        return dict(self.overrides).get(key)


@dataclass(frozen=True)
class Article:
    """A cleaned article: metadata plus the article's own paragraphs."""

    id: str
    source_file: str
    title: str
    body: tuple[str, ...]
    published: Optional[str] = None
    publisher: Optional[str] = None
    author: Optional[str] = None
    url: Optional[str] = None
    dateline: Optional[str] = None  # where the report was filed, from a dateline cleaning took off the lede
    standfirst: tuple[str, ...] = ()  # the paragraphs between headline and byline that sum the story up

    @property
    def text(self) -> tuple[str, ...]:
        """The paragraphs extraction reads: the standfirst names parties and asks the body may not repeat."""
        return self.standfirst + self.body


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    kind: str  # person | country | organization
    role: Optional[str] = None
    affiliation: Optional[str] = None
    aliases: tuple[str, ...] = ()
    mentions: int = 0
    # for an office holder whose state the text does not give: the others named in the same sentences
    listed_with: tuple[str, ...] = ()
    # for an office of state whose state the text does not give: the state the article is about (the
    # registry uses it last, after every stated side in the collection)
    home: Optional[str] = None

    def to_dict(self) -> dict:
        return {
            "id": self.id, "name": self.name, "kind": self.kind, "role": self.role,
            "affiliation": self.affiliation, "aliases": list(self.aliases), "mentions": self.mentions,
            "listed_with": list(self.listed_with), "home": self.home,
        }


@dataclass(frozen=True)
class Demand:
    id: str
    by: Optional[str]
    of: Optional[str]
    text: str
    evidence: str
    type: str = "demand"  # demand | appeal | proposal | warning

    def to_dict(self) -> dict:
        return {"id": self.id, "by": self.by, "of": self.of, "text": self.text,
                "evidence": self.evidence, "type": self.type}


@dataclass(frozen=True)
class Related:
    id: str
    score: float
    why: str

    def to_dict(self) -> dict:
        return {"id": self.id, "score": self.score, "why": self.why}


@dataclass(frozen=True)
class Story:
    """Articles that report the same event. `id` is the page name of its first report (oldest by
    publication date, then by id), so it stays put when later reports join."""

    id: str
    members: tuple[str, ...]
    why: str

    def to_dict(self) -> dict:
        return {"id": self.id, "members": list(self.members), "why": self.why}


@dataclass(frozen=True)
class Briefing:
    article: Article
    slug: str
    summary: tuple[str, ...]
    actors: tuple[Actor, ...] = ()
    demands: tuple[Demand, ...] = ()
    related: tuple[Related, ...] = ()
    story: Optional[str] = None
    places: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return self.article.id

    @property
    def url(self) -> str:
        return f"briefings/{self.slug}/"

    @classmethod
    def from_dict(cls, data: dict) -> "Briefing":
        """The inverse of `to_dict` (related articles aside, which every build links anew): reads cache
        entries and the last good version of an article that now fails."""
        article = Article(id=data["id"], source_file=data["source_file"], title=data["title"],
                          body=tuple(data["body"]), published=data.get("published"), publisher=data.get("publisher"),
                          author=data.get("author"), url=data.get("source_url"),
                          dateline=data.get("dateline"), standfirst=tuple(data.get("standfirst", ())))
        return cls(
            article=article, slug=data["url"].removeprefix("briefings/").strip("/"), summary=tuple(data["summary"]),
            actors=tuple(Actor(**{**a, "aliases": tuple(a["aliases"]), "listed_with": tuple(a.get("listed_with", ()))})
                         for a in data["actors"]),
            demands=tuple(Demand(**d) for d in data["demands"]), story=data.get("story"),
            places=tuple(data.get("places", ())))

    def to_dict(self) -> dict:
        a = self.article
        return {
            "id": a.id, "source_file": a.source_file, "url": self.url, "title": a.title,
            "published": a.published, "publisher": a.publisher, "author": a.author,
            "source_url": a.url, "dateline": a.dateline, "summary": list(self.summary),
            "standfirst": list(a.standfirst), "body": list(a.body),
            "actors": [x.to_dict() for x in self.actors],
            "demands": [x.to_dict() for x in self.demands],
            "related": [x.to_dict() for x in self.related],
            "story": self.story, "places": list(self.places),
        }


@dataclass(frozen=True)
class Diagnostic:
    """One line of build output about one file. `error` means the file was not built."""

    file: str
    code: str
    message: str
    severity: str = "error"  # error | warning | info

    def __str__(self) -> str:
        """One line, whatever the file name or the message quotes (newlines and escapes shown as escapes)."""
        return printable(f"{self.file}: {self.severity} {self.code}: {self.message}")


@dataclass(frozen=True)
class BuildResult:
    briefings: tuple[Briefing, ...]
    diagnostics: tuple[Diagnostic, ...] = field(default=())
    written: tuple[str, ...] = ()  # site-relative paths of every generated file
    removed: tuple[str, ...] = ()  # generated by the previous build, not by this one
    parsed: int = 0                # articles parsed by this build (the others came from the cache)
