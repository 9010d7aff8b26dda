from generator.extract.summary import summarize
from generator.model import Article


def test_lead_first_and_no_dangling_pronoun_when_better_exists():
    body = (
        "Dock workers at the port of Antwerp began an indefinite strike on Monday over pay and pensions.",
        "They said the walkout would last until their demands were met.",
        "The union demanded a nine percent pay rise and an end to pension cuts for dock workers.",
        "A spokesman for the port authority said talks would resume on Friday.",
    )
    summary = summarize(Article("x", "x.txt", "Antwerp dock workers strike over pay and pensions", body), 3)
    assert 2 <= len(summary) <= 3
    assert summary[0] == body[0]
    assert body[1] not in summary  # opens with an unresolved "They"
    assert body[2] in summary


def test_short_article_gives_what_it_has():
    body = ("Officials in the capital confirmed the agreement late on Sunday evening.",
            "Talks will continue next week in Geneva.")
    assert summarize(Article("x", "x.txt", "Deal", body)) == body
