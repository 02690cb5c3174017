"""`minutes parse` on good and bad input: records on stdout, one clear line per bad file, exit codes."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

MINUTES = str(Path(sys.executable).with_name("minutes"))
SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "text"

NEWS = ("ঢাকা, ১২ মার্চ — দেশের উত্তরাঞ্চলে টানা বৃষ্টিতে নদীর পানি বিপদসীমার ওপর দিয়ে প্রবাহিত হচ্ছে। আবহাওয়া অধিদপ্তর "
        "জানিয়েছে, আগামী দুই দিন ভারী বৃষ্টির সম্ভাবনা রয়েছে। স্থানীয় বাসিন্দারা নিরাপদ আশ্রয়ে সরে যাচ্ছেন।\n") * 5
ENGLISH = "The committee met on 12 March 2023 to review the annual budget. Several members were absent.\n" * 5


def run(*args, timeout=120, **kw):
    return subprocess.run([MINUTES, *map(str, args)], capture_output=True, text=True, timeout=timeout, **kw)


def one_sample() -> Path:
    return sorted(SAMPLES.glob("*.txt"))[0]


def test_one_file_one_record():
    result = run("parse", one_sample())
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["schema_version"] == "1" and len(record["doc_id"]) == 64


def test_several_files_json_lines_and_pretty():
    files = sorted(SAMPLES.glob("*.txt"))[:3]
    result = run("parse", *files)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.strip().splitlines()) == 3
    pretty = run("parse", "--pretty", files[0])
    assert pretty.stdout.startswith("{\n  ")


@pytest.mark.parametrize("name,content", [
    ("empty.txt", b""),
    ("garbage.bin", os.urandom(4096) + b"\x00\x01\x02"),
])
def test_unreadable_file_gives_one_line_and_exit_1(tmp_path, name, content):
    bad = tmp_path / name
    bad.write_bytes(content)
    result = run("parse", bad, one_sample())
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(bad) in lines[0], result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stdout.strip().splitlines()) == 1  # the good file still gives its record


def test_missing_file_is_a_usage_error(tmp_path):
    assert run("parse", tmp_path / "nope.txt").returncode in (1, 2)
    assert run("parse").returncode == 2


def test_utf16_file_is_read(tmp_path):
    text = one_sample().read_text(encoding="utf-8")
    f = tmp_path / "utf16.txt"
    f.write_bytes(text.encode("utf-16"))
    result = run("parse", f)
    assert result.returncode == 0, result.stderr
    expected = json.loads(run("parse", one_sample()).stdout)
    got = json.loads(result.stdout)
    assert got["chair"] == expected["chair"] and got["memo"] == expected["memo"]


@pytest.mark.parametrize("text", [NEWS, ENGLISH])
def test_text_that_is_not_minutes_gets_a_warning(tmp_path, text):
    f = tmp_path / "other.txt"
    f.write_text(text, encoding="utf-8")
    result = run("parse", f)
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert "not_minutes" in [w["code"] for w in record["warnings"]]
    assert record["agenda"] == [] and not any(key.startswith("agenda") for key in record["evidence"])


def test_fifty_megabyte_text_does_not_break(tmp_path):
    f = tmp_path / "big.txt"
    chunk = one_sample().read_bytes()
    with open(f, "wb") as out:
        for _ in range(50_000_000 // len(chunk) + 1):
            out.write(chunk)
    result = run("parse", "--brief", f)
    assert result.returncode in (0, 1)
    assert "Traceback" not in result.stderr
    if result.returncode == 1:
        assert str(f) in result.stderr


def test_eval_of_an_empty_folder_is_an_error_not_a_pass(tmp_path):
    result = run("eval", tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip().endswith("no document was scored (no expected record with a document of the same name)")
    assert result.stdout == ""


def test_eval_names_each_miss_with_expected_and_got(tmp_path):
    expected = tmp_path / "expected"
    expected.mkdir()
    sample = one_sample()
    record = json.loads((SAMPLES.parent / "expected" / f"{sample.stem}.json").read_text(encoding="utf-8"))
    record["title"] = "অন্য কোনো সভার কার্যবিবরণী"
    (expected / f"{sample.stem}.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    result = run("eval", expected, sample)
    assert result.returncode == 1
    assert f"{sample.stem}: 1 field(s) missed" in result.stdout
    assert '  title: expected "অন্য কোনো সভার কার্যবিবরণী", got "' in result.stdout
    assert result.stdout.startswith("Columns: n is the number of documents")


def test_a_folder_a_pipe_or_a_missing_file_is_one_line_each_and_the_others_print(tmp_path):
    os.mkfifo(tmp_path / "pipe")  # opening it would wait for a writer forever
    bad = [tmp_path / "pipe", tmp_path, tmp_path / "missing.txt"]
    result = run("parse", "--brief", *bad, one_sample(), timeout=60)
    assert result.returncode == 1
    assert [line.split(": ")[1] for line in result.stderr.splitlines()] == [str(p) for p in bad]
    assert len(result.stdout.splitlines()) == 1  # the good file still gives its record


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_an_unreadable_file_is_exit_1_not_a_usage_error(tmp_path):
    locked = tmp_path / "locked.txt"
    locked.write_text("x")
    locked.chmod(0)
    result = run("parse", locked, one_sample())
    assert result.returncode == 1 and str(locked) in result.stderr
    assert len(result.stdout.splitlines()) == 1


@pytest.mark.parametrize("command", [["stats"], ["export", "--format", "csv", "--out", "exported"]])
def test_a_folder_that_is_no_dataset_is_one_line_and_exit_1(tmp_path, command):
    result = run(*command[:1], tmp_path, *command[1:], cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr == f"minutes: {tmp_path}: no dataset here (run `minutes ingest ... --out {tmp_path}` first)\n"


def test_no_dask_scheduler_is_one_line_and_exit_4(tmp_path):
    result = run("ingest", SAMPLES, "--out", tmp_path / "out", "--executor", "dask", "--scheduler", "tcp://127.0.0.1:1")
    assert result.returncode == 4 and "Traceback" not in result.stderr
    assert result.stderr.splitlines()[-1].startswith("minutes: tcp://127.0.0.1:1: no Dask scheduler answers")


def test_a_pdf_without_pages_says_so_after_a_broken_one(tmp_path):
    """PDFium's last error is stale for a page-less PDF: it said 'PDFium: Success'."""
    import pypdfium2

    broken, empty = tmp_path / "broken.pdf", tmp_path / "no_pages.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + bytes(range(256)))
    pypdfium2.PdfDocument.new().save(empty)
    result = run("parse", broken, empty)
    assert result.returncode == 1
    assert result.stderr.splitlines()[1] == f"minutes: {empty}: PDF has no pages"
