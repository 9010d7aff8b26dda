"""A corpus of hostile inputs: payloads placed in headlines, ledes, bodies, every front-matter key,
actors.yml and file names. Each payload that ran would set `window.__pwned`, open a dialog, navigate,
or add an element or attribute the templates did not write."""
from __future__ import annotations

from pathlib import Path

import yaml

PAYLOADS = [
    "<script>window.__pwned='script'</script>",
    "<img src=x onerror=\"window.__pwned='img'\">",
    "<svg onload=alert(1)>",
    "<iframe src=\"javascript:alert(1)\"></iframe>",
    "<a href=\"javascript:window.__pwned='a'\">tap</a>",
    "[click](javascript:window.__pwned='md')",
    "![pic](x\" onerror=\"window.__pwned='mdimg')",
    "<https://example.com/\" onmouseover=\"window.__pwned='auto'>",
    "{: onclick=\"window.__pwned='attr'\" }",
    "{ #injected .evil data-x=1 onmouseover=alert(1) }",
    "[i](#){: autofocus=autofocus onfocus='window.__pwned=1' }",
    "<div markdown=\"1\">**bold** <b onmouseover=alert(1)>x</b></div>",
    "{{ 7*7 }} {% raw %} {# comment #}",
    "&lt;script&gt;alert(1)&lt;/script&gt; &#60;script&#62;alert(1)&#60;/script&#62;",
    "1;url=/elsewhere\" http-equiv=\"refresh\" data-x=\"",
    "\" onfocus=\"window.__pwned='quote'\" autofocus=\"",
    "'><script>window.__pwned='sq'</script>",
    "</title><script>window.__pwned='title'</script>",
    "Talks end \u0080 [i](#){: autofocus=autofocus onfocus='alert(1)' } today",
    "C1 \u0085\u0090\u009f and noncharacters \ufffe\uffff\ufdd0",
    "bidi \u202eevil\u202c \u2066isolate\u2069 zero\u200dwidth\u2060joiner \u061cmark",
    "# Not a heading\n> not a quote\n1. not a list\n---\ntitle: injected",
    "<style>body{display:none}</style><meta http-equiv=\"refresh\" content=\"0;url=/x\">",
]
# Characters that must not reach any page: they hide or reorder text or break YAML.
HIDDEN = "\u0080\u0085\u0090\u009f\ufffe\uffff\ufdd0\u202e\u202c\u2066\u2069\u200d\u2060\u061c"


def article(index: int, payload: str) -> str:
    """A news article that carries the payload in its headline, lede, body and a demand."""
    return (
        f"Council talks {index} {payload} resume in the capital\n\n"
        f"The city council of Utopia met for the {index}th time on Tuesday {payload} and voted to raise bus fares, "
        f"officials said in a statement.\n\n"
        f"Union leaders demanded that the council reverse the decision {payload} before the end of the month, "
        f"Mayor Alma Verde said.\n\n"
        f"The Freedonian transport minister, Carlos Ruiz, urged both sides to meet again {payload} next week "
        f"for the {index}th round.\n"
    )


def front_matter(payload: str) -> str:
    """Every front-matter key the generator reads, and an unknown one, carrying the payload."""
    data = {key: f"{key} {payload}" for key in ("title", "publisher", "author")}
    data.update({"published": payload, "url": "javascript:window.__pwned='url'", f"key {payload}": payload})
    return "---\n" + yaml.safe_dump(data, allow_unicode=True) + "---\n"


def write_corpus(seeds: Path) -> Path:
    """Hostile articles (plain text, Markdown with front matter, hostile file names) and an actors.yml;
    returns the corrections file."""
    seeds.mkdir(parents=True, exist_ok=True)
    for i, payload in enumerate(PAYLOADS):
        (seeds / f"hostile-{i:02d}.txt").write_text(article(i, payload), encoding="utf-8")
        (seeds / f"front-{i:02d}.md").write_text(front_matter(payload) + "\n" + article(50 + i, payload), encoding="utf-8")
    for i, name in enumerate(["<img src=x onerror=alert(1)>", "a\nb\x1b[31mred", "\u202etxt.exe", "{: onclick=alert(1) }"]):
        (seeds / f"{name} {i}.txt").write_text(article(100 + i, name), encoding="utf-8")
    corrections = seeds.parent / "actors.yml"
    payload = PAYLOADS[1] + " " + PAYLOADS[10]
    corrections.write_text(yaml.safe_dump({
        "aliases": {"Alma Verde": f"Alma Verde {payload}"},
        "roles": {"Carlos Ruiz": f"minister {payload}"},
        "affiliations": {"Carlos Ruiz": f"Freedonia {PAYLOADS[14]}"},
        "kinds": {"Utopia": "country"},
    }, allow_unicode=True), encoding="utf-8")
    return corrections
