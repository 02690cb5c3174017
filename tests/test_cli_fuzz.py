"""The `minutes` command with random argument combinations over random files: whatever it is given, it
ends with a documented exit code and never a Python traceback (hypothesis)."""
from __future__ import annotations

import os
import shutil
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import bangla_minutes.pipeline.dataset.ingest as ingest_module
from bangla_minutes.pipeline.front.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXIT_CODES = {0, 1, 2, 3, 4, 130}  # README; 5 (internal error) is a bug


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    """Kinds of input a person may name: good, broken, odd, missing."""
    folder = tmp_path_factory.mktemp("files")
    sample = sorted((ROOT / "samples" / "text").glob("*.txt"))[0]
    made = {"minutes": folder / "minutes.txt", "empty": folder / "empty.txt", "random": folder / "random.bin",
            "truncated_pdf": folder / "truncated.pdf", "not_docx": folder / "not_word.docx",
            "folder": folder / "a folder", "missing": folder / "missing.txt", "fifo": folder / "fifo",
            "not_a_dataset": folder / "plain", "dataset": folder / "dataset"}
    shutil.copyfile(sample, made["minutes"])
    made["empty"].write_bytes(b"")
    made["random"].write_bytes(os.urandom(3000))
    made["truncated_pdf"].write_bytes((ROOT / "samples" / "pdf" / "fpdf" / f"{sample.stem}.pdf").read_bytes()[:2000])
    with zipfile.ZipFile(made["not_docx"], "w") as archive:
        archive.writestr("word/document.xml", "<w:document>not xml")
    made["folder"].mkdir()
    shutil.copyfile(sample, made["folder"] / sample.name)
    os.mkfifo(made["fifo"])
    made["not_a_dataset"].mkdir()
    return made


PATHS = st.sampled_from(["minutes", "empty", "random", "truncated_pdf", "not_docx", "folder", "missing", "fifo",
                         "not_a_dataset", "dataset"])
COMMANDS = {
    "parse": st.lists(st.sampled_from(["--pretty", "--brief", "--ocr=never", "--ocr=bogus", "--json"]), max_size=2),
    "ingest": st.lists(st.sampled_from(["--jobs=1", "--jobs=0", "--force", "--retry-failed", "--timeout=5",
                                        "--timeout=-1", "--include=*.txt", "--exclude=*.pdf", "--json",
                                        "--executor=dask", "--scheduler=tcp://127.0.0.1:1", "--follow-links",
                                        "--keep-not-minutes"]), max_size=3),
    "stats": st.just([]),
    "export": st.lists(st.sampled_from(["--format=csv", "--format=jsonl", "--format=xml"]), max_size=1),
    "schema": st.just([]),
    "eval": st.lists(st.sampled_from(["--json", "--fields=key", "--fields=nonsense"]), max_size=1),
}


@st.composite
def invocations(draw):
    command = draw(st.sampled_from(sorted(COMMANDS)))
    return command, draw(COMMANDS[command]), draw(st.lists(PATHS, max_size=3))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(invocations())
def test_no_argument_combination_gives_a_traceback(files, tmp_path, monkeypatch, invocation):
    monkeypatch.setattr(ingest_module, "SCHEDULER_TIMEOUT", "1s")
    command, options, names = invocation
    args = [command, *options, *(str(files[name]) for name in names)]
    if command in ("ingest", "export"):
        args += ["--out", str(files["dataset"] if command == "ingest" else tmp_path / "exported")]
    result = CliRunner().invoke(main, args)
    shown = result.output + (result.stderr if result.stderr_bytes is not None else "")
    assert "Traceback" not in shown, (args, shown)
    assert result.exception is None or isinstance(result.exception, SystemExit), (args, repr(result.exception))
    assert result.exit_code in EXIT_CODES, (args, result.exit_code, shown)
