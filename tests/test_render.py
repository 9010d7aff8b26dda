import markdown
import yaml

from generator.model import Actor, Article, Briefing, Demand
from generator.render import Renderer, escape

HOSTILE = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "# Heading", "[x](javascript:alert(1))",
           "{: onclick=alert(1) }", "**bold** _it_", "| a | b |", "&lt;b&gt;", "`code`", "> quote", "1. item",
           "---", "\"quoted' text\"", "a\nb\n\n# c", "<http://x.test>", "![i](x.png)", "[x]: http://x.test",
           "- item", "+ item", "=====", "2) item", "text  \n# trailing", "*", "a <!-- c --> b", "&#60;script&#62;"]


def convert(text: str) -> str:
    return markdown.Markdown(extensions=["attr_list", "tables", "toc"]).convert(text)


def test_escape_leaves_no_markup():
    for text in HOSTILE:
        for line in (f"- {escape(text)}", escape(text), f"| {escape(text)} | x |\n| --- | --- |\n| y | z |"):
            html = convert(line)
            for tag in ("<ul>", "<li>", "</li>", "</ul>", "<p>", "</p>", "<table>", "</table>", "<thead>", "</thead>",
                        "<tbody>", "</tbody>", "<tr>", "</tr>", "<th>", "</th>", "<td>", "</td>"):
                html = html.replace(tag, "")
            assert "<" not in html, (text, line, html)


def test_escaped_text_reads_as_written():
    import html as html_lib

    for text in HOSTILE:
        rendered = convert(escape(text)).removeprefix("<p>").removesuffix("</p>")
        assert html_lib.unescape(rendered) == " ".join(text.split()), (text, rendered)


def briefing(title="<script>window.pwned=1</script> T", body="Body <b>text</b> & more."):
    article = Article(id="x", source_file="x.txt", title=title, body=(body,), published="2020-01-02")
    actor = Actor("jane-doe", "Jane <Doe>", "person", "Minister", "Ruritania", ("Doe",), 2)
    demand = Demand("d-1234567890", "Jane <Doe>", None, "stop *this*", "She said: stop *this*.", "demand")
    return Briefing(article=article, slug="x", summary=("One.", "Two."), actors=(actor,), demands=(demand,))


def test_briefing_page_escapes_article_text_everywhere():
    page = Renderer().briefing(briefing(), {})
    front, body = page.content.split("---\n", 2)[1:]
    assert yaml.safe_load(front)["title"] == "‹script›window.pwned=1‹/script› T"
    html = convert(body)
    assert "<script" not in html and "<b>" not in html and "<Doe>" not in html
    assert 'id="actor-jane-doe"' in html and 'id="d-1234567890"' in html


def test_briefing_page_sections():
    content = Renderer(site_url="https://example.org/site/").briefing(briefing(title="T"), {}).content
    for heading in ("## Summary", "## Actors", "## Demands", "## Related articles", "## Article text", "## Cite this"):
        assert heading in content
    assert "https://example.org/site/briefings/x/" in content
