"""Golden end-to-end test over seeds/: the whole export is compared with tests/golden/briefings.json.

After an intended change, regenerate with `pytest tests/test_golden.py --update-golden` and review the
diff of tests/golden/ like any other change. tests/golden/expectations.yaml holds must-have and
must-not-have strings per seed (trafilatura's evaluation gate): they guard cleaning even when the
golden file is regenerated.
"""
import json
from pathlib import Path

import yaml

GOLDEN = Path(__file__).parent / "golden"


def test_export_matches_golden(seed_build, request):
    result, out = seed_build
    actual = (out / "briefings.json").read_text(encoding="utf-8")
    path = GOLDEN / "briefings.json"
    if request.config.getoption("--update-golden"):  # indented, so the reviewed diff is readable
        path.write_text(json.dumps(json.loads(actual), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert json.loads(actual) == json.loads(path.read_text(encoding="utf-8"))


def test_must_have_and_must_not_have(seed_build):
    result, out = seed_build
    by_id = {b.id: b for b in result.briefings}
    expectations = yaml.safe_load((GOLDEN / "expectations.yaml").read_text(encoding="utf-8"))
    for seed_id, expect in expectations.items():
        briefing = by_id[seed_id]
        body = "\n".join(briefing.article.body)
        summary = " ".join(briefing.summary)
        assert briefing.article.title == expect["title"], seed_id
        assert briefing.article.published == expect.get("published"), seed_id
        for text in expect.get("must_have", []):
            assert text in body, (seed_id, text)
        for text in expect.get("must_not_have", []):
            assert text not in body and text not in summary, (seed_id, text)
        assert 2 <= len(briefing.summary) <= 5


def test_export_shape_and_urls(seed_build):
    result, out = seed_build
    data = json.loads((out / "briefings.json").read_text(encoding="utf-8"))
    assert data["schema"] == "briefings/1"
    for entry in data["briefings"]:
        assert entry["url"] == f"briefings/{entry['id'].replace('_', '-')}/"
        assert (out / entry["url"].rstrip("/")).with_suffix(".md").is_file()
        assert {a["kind"] for a in entry["actors"]} <= {"person", "country", "organization"}
        names = {a["name"] for a in entry["actors"]}
        assert all(d["by"] in names | {None} and d["of"] in names | {None} for d in entry["demands"])
        assert all(len(d["text"]) <= 200 for d in entry["demands"])
        assert [r["id"] for r in entry["related"]] and entry["id"] not in [r["id"] for r in entry["related"]]
