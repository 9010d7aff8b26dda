import os

from generator.site import MANIFEST, publish


def test_writes_only_changes_and_removes_stale_files(tmp_path):
    publish(tmp_path, {"a/x.md": b"one", "b.md": b"two"})
    before = os.stat(tmp_path / "b.md").st_mtime_ns
    os.utime(tmp_path / "b.md", ns=(1, 1))
    owned, removed, notes = publish(tmp_path, {"b.md": b"two"})
    assert owned == ["b.md"] and removed == ["a/x.md"] and not notes
    assert os.stat(tmp_path / "b.md").st_mtime_ns == 1  # unchanged content is not rewritten
    assert not (tmp_path / "a").exists()                 # stale generated file and its folder are gone
    assert before


def test_never_overwrites_a_file_it_did_not_write(tmp_path):
    (tmp_path / "about.md").write_text("hand-written")
    owned, _, notes = publish(tmp_path, {"about.md": b"generated"})
    assert (tmp_path / "about.md").read_text() == "hand-written"
    assert owned == [] and notes[0].code == "E201" and "about.md" in notes[0].file
    assert (tmp_path / MANIFEST).exists()


def test_leaves_no_temporary_files(tmp_path):
    publish(tmp_path, {"x/y.md": b"1"})
    assert sorted(p.name for p in tmp_path.rglob("*")) == sorted([MANIFEST, "x", "y.md"])
