"""``benchmarks/segment_sample.py``: the hand check's draw shows what ingest makes of each
article (tasks and dropped lines, in the article's order), and two dumps diff by output."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from annotate.corpus._readers import RawArticle

ROOT = Path(__file__).resolve().parents[2]


def _sample() -> ModuleType:
    path = ROOT / "benchmarks" / "segment_sample.py"
    spec = importlib.util.spec_from_file_location("bench_segment_sample", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_sentences_and_dropped_lines_are_shown_in_the_article_order() -> None:
    # FNC-1 body 663's last line, a call to follow the writer, is dropped after the story.
    text = (
        "The report comes one day before Pierson testifies at his committee on Tuesday.\n\n"
        "Follow Neil on Twitter\n\n"
        "Chaffetz said the intrusion was a failure of leadership. Pierson did not answer."
    )
    raw = RawArticle(origin="a.csv", identity="a.csv#1", kind="record", text=text)
    shown = list(_sample().article_lines(raw))
    assert [line.split(" ", 3)[2] for line in shown] == ["S0", "D", "S1", "S2"]
    assert shown[1] == "  D boilerplate: Follow Neil on Twitter"


def test_the_diff_ignores_renumbering_and_shows_changed_outputs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = {"FNC-1 body 1": ["  S0 Caption here.", "  S1 A sentence."], "same": ["  S0 x"]}
    after = {"FNC-1 body 1": ["  D caption: Caption here.", "  S0 A sentence."], "same": ["  S0 x"]}
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    a.write_text(json.dumps(before))
    b.write_text(json.dumps(after))
    _sample().diff(a, b)
    out = capsys.readouterr().out
    assert "-  S Caption here." in out and "+  D caption: Caption here." in out
    # S1 -> S0 is the same output: shown as context, not as a change.
    assert "-  S A sentence." not in out and "+  S A sentence." not in out
    assert "   S A sentence." in out
    assert out.rstrip().endswith("1 of 2 articles changed")
