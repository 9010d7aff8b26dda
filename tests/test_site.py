import os

from generator.site import LOCK, MANIFEST, publish


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
    assert sorted(p.name for p in tmp_path.rglob("*")) == sorted([LOCK, MANIFEST, "x", "y.md"])


def test_own_pages_are_recognised_when_the_record_of_generated_files_is_lost(tmp_path):
    from generator.site import MARK

    page = f"# A page\n{MARK}\n".encode()
    publish(tmp_path, {"a.md": page})
    (tmp_path / MANIFEST).write_text('["a.m')  # a kill while writing it, or a damaged disk
    owned, _, notes = publish(tmp_path, {"a.md": page.replace(b"A page", b"The page")})
    assert owned == ["a.md"] and not notes
    assert (tmp_path / "a.md").read_bytes().startswith(b"# The page")


def test_a_second_build_waits_for_the_first(tmp_path, monkeypatch):
    import fcntl

    import pytest

    from generator import site
    from generator.errors import OutputError

    monkeypatch.setattr(site, "LOCK_WAIT", 0.5)
    with open(tmp_path / LOCK, "a+b") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        with pytest.raises(OutputError, match="another build"):
            publish(tmp_path, {"a.md": b"x"})
    assert publish(tmp_path, {"a.md": b"x"})[0] == ["a.md"]
