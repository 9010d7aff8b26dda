import os
from pathlib import Path

import pytest

from generator.errors import BinarySeed, EmptySeed, FrontMatterError, TooLargeSeed
from generator.ingest import read_seed, read_seeds

TEXT = "Headline here\n\nA paragraph of article text that is long enough to be prose in any article.\n"


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def test_front_matter_overrides(tmp_path):
    path = write(tmp_path, "a.md", b"---\ntitle: Fixed title\npublished: 2019-03-01\nauthor: Jane Doe\n---\n" + TEXT.encode())
    seed, notes = read_seed(path, "a.md", 10_000)
    assert seed.override("title") == "Fixed title"
    assert seed.override("published") == "2019-03-01"
    assert seed.override("author") == "Jane Doe"
    assert "---" not in seed.text and not notes


def test_unknown_front_matter_key_and_bad_date_are_reported(tmp_path):
    path = write(tmp_path, "a.md", b"---\ntitel: typo\npublished: last week\n---\n" + TEXT.encode())
    seed, notes = read_seed(path, "a.md", 10_000)
    assert seed.override("published") is None
    assert {n.code for n in notes} == {"W112", "W113"}


def test_malformed_front_matter(tmp_path):
    path = write(tmp_path, "bad.md", b"---\ntitle: [unclosed\n---\n" + TEXT.encode())
    with pytest.raises(FrontMatterError, match="bad.md.*malformed YAML"):
        read_seed(path, "bad.md", 10_000)


@pytest.mark.parametrize("data,error", [(b"", EmptySeed), (b"  \n\n ", EmptySeed),
                                        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, BinarySeed)])
def test_unusable_files(tmp_path, data, error):
    path = write(tmp_path, "x.txt", data)
    with pytest.raises(error):
        read_seed(path, "x.txt", 10_000)


def test_too_large(tmp_path):
    path = write(tmp_path, "big.txt", b"word " * 5000)
    with pytest.raises(TooLargeSeed, match="over the 1,000-byte limit"):
        read_seed(path, "big.txt", 1_000)


def test_other_encoding_is_detected_and_reported(tmp_path):
    text = ("Caf\u00e9 owners\n\nThe caf\u00e9 owners in S\u00e3o Paulo said on Monday that prices \u201crose\u201d sharply "
            "this year.\n")
    path = write(tmp_path, "latin.txt", text.encode("cp1252"))
    seed, notes = read_seed(path, "latin.txt", 10_000)
    assert "café owners" in seed.text and "“rose”" in seed.text
    assert notes and notes[0].code == "W111"


def test_folder_hidden_files_duplicates_and_bad_files(tmp_path):
    write(tmp_path, "a.txt", TEXT.encode())
    write(tmp_path, "A.md", TEXT.encode())
    write(tmp_path, ".hidden.txt", b"\x00\x01")
    write(tmp_path, "empty.txt", b"")
    write(tmp_path, "notes.docx", b"PK")
    seeds, notes = read_seeds(tmp_path, 10_000)
    assert [s.id for s in seeds] == ["A"] or [s.id for s in seeds] == ["a"]
    codes = sorted(n.code for n in notes)
    assert codes == ["E101", "E106", "W110"]
    assert all(".hidden" not in n.file for n in notes)


def test_only_regular_files_inside_the_seeds_folder_are_read(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    secret = write(tmp_path, "secret.txt", b"Secret headline\n\nA private paragraph that must never be read as a seed.\n")
    write(seeds, "good.txt", TEXT.encode())
    (seeds / "outside.txt").symlink_to(secret)
    (seeds / "inside.txt").symlink_to(seeds / "good.txt")
    (seeds / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    os.mkfifo(seeds / "pipe.txt")  # reading it would block the build forever
    (seeds / "folder.md").mkdir()
    found, notes = read_seeds(seeds, 10_000)
    assert sorted(s.source_file for s in found) == ["good.txt", "inside.txt"]
    refused = {n.file: n for n in notes}
    assert {name: refused[name].code for name in ("outside.txt", "dangling.txt", "pipe.txt", "folder.md")} == {
        "outside.txt": "E110", "dangling.txt": "E110", "pipe.txt": "E110", "folder.md": "E110"}
    assert "outside the seeds folder" in refused["outside.txt"].message
    assert all("\n" not in str(n) for n in notes)


@pytest.mark.parametrize("front,code", [
    (b"---\npublished: 2019-02-30\n---\n", "W113"), (b"---\npublished: 2019-13-01\n---\n", "W113"),
    (b"---\ntitle: " + b"9" * 5000 + b"\n---\n", None), (b"---\nurl: javascript:alert(1)\n---\n", "W116"),
    (b"---\n- a list\n- not a mapping\n---\n", "W117"), (b"---\ntitle: never closed\n", "E105"),
    (b"---\na: &a [x, x, x]\nb: &b [*a, *a, *a]\npublished: [*b, *b, *b]\n---\n", "E105"),
])
def test_hostile_front_matter_is_reported_not_raised(tmp_path, front, code):
    path = write(tmp_path, "a.md", front + TEXT.encode())
    try:
        seed, notes = read_seed(path, "a.md", 100_000)
    except FrontMatterError as exc:
        assert code == exc.code == "E105"
        return
    assert [n.code for n in notes] == ([code] if code else [])
    assert seed.override("url") is None and seed.override("published") is None


def test_a_first_line_brace_is_text_not_json_front_matter(tmp_path):
    seed, notes = read_seed(write(tmp_path, "a.md", b"{\n" + TEXT.encode()), "a.md", 10_000)
    assert seed.text.startswith("{") and not notes


WESTERN = "The café in the old town served crème brûlée, and the naïve señor paid in cash, said the owner. " * 3


@pytest.mark.parametrize("data,encoding", [
    (WESTERN.encode("utf-16-le"), "utf-16-le"), (WESTERN.encode("utf-16-be"), "utf-16-be"),
    (WESTERN.encode("utf-32"), "utf-32"), (WESTERN.encode("utf-32-le"), "utf-32-le"),
    (WESTERN.encode("utf-16"), "utf-16"), (WESTERN.encode("latin-1"), "cp1252"), (WESTERN.encode("cp1252"), "cp1252"),
])
def test_encodings_with_and_without_a_byte_order_mark(tmp_path, data, encoding):
    seed, notes = read_seed(write(tmp_path, "a.txt", data), "a.txt", 100_000)
    assert seed.text.strip() == WESTERN.strip()
    assert seed.encoding == encoding


def test_a_few_bad_bytes_keep_a_utf8_file_utf8(tmp_path):
    data = WESTERN.encode("utf-8").replace("crème".encode(), b"cr\xffme", 1)
    seed, notes = read_seed(write(tmp_path, "a.txt", data), "a.txt", 100_000)
    assert seed.encoding == "utf-8" and "brûlée" in seed.text and "cr\ufffdme" in seed.text
    assert [n.code for n in notes] == ["W118"]


def test_front_matter_keys_other_tools_write_are_read(tmp_path):
    path = write(tmp_path, "a.md", b"---\nTitle: Fixed title\ndate: 2019-03-01\noutlet: The Westmark Courier\n"
                                   b"authors: [Jane Roe, Ivo Dane]\n---\n" + TEXT.encode())
    seed, notes = read_seed(path, "a.md", 10_000)
    assert (seed.override("title"), seed.override("published")) == ("Fixed title", "2019-03-01")
    assert seed.override("publisher") == "The Westmark Courier"
    assert seed.override("author") == "Jane Roe, Ivo Dane" and not notes


def test_our_key_wins_over_another_tools_name_for_it(tmp_path):
    path = write(tmp_path, "a.md", b"---\ndate: 2019-03-01\npublished: 2020-01-02\n---\n" + TEXT.encode())
    assert read_seed(path, "a.md", 10_000)[0].override("published") == "2020-01-02"


def test_front_matter_in_a_text_file_is_read(tmp_path):
    path = write(tmp_path, "a.txt", b"---\ntitle: Fixed title\nauthor: Jane Roe\n---\n" + TEXT.encode())
    seed, notes = read_seed(path, "a.txt", 10_000)
    assert seed.override("title") == "Fixed title" and seed.override("author") == "Jane Roe"
    assert "---" not in seed.text and not notes


@pytest.mark.parametrize("block", [b"---\nA rule above a quote: and more\n---\n", b"---\nnot: [closed\n---\n",
                                   b"---\ncolour: red\n---\n", b"---\nnever closed\n"])
def test_a_text_file_block_that_is_not_plainly_front_matter_stays_text(tmp_path, block):
    path = write(tmp_path, "a.txt", block + TEXT.encode())
    seed, notes = read_seed(path, "a.txt", 10_000)
    assert seed.text.startswith("---") and not seed.overrides and not notes
