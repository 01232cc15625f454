"""``annotate review`` shows the adjudicator each annotator's attribution records (issue 16)."""

from __future__ import annotations

from annotate.schema._types import Record, Span
from annotate.studio._review import _values
from tests.unit.release_support import A, B, Table, schema

TEXT = "Officials said the deal is done."


def test_a_competing_annotation_carries_its_records_as_links() -> None:
    t = Table()
    t.add("art-0", A, attribution="named_source", attributions=[((10, 14), (0, 9))])
    t.add("art-0", B, attribution="named_source", attributions=[((10, 14), None)])
    frame = t.frame()
    s = schema()
    a = _values(frame[frame["annotator"] == A], s, TEXT)
    b = _values(frame[frame["annotator"] == B], s, TEXT)
    said, officials = Span(10, 14, "attribution_cue", "said"), Span(0, 9, "source", "Officials")
    assert a["attributions"] == [Record(said, {"source": [officials]})]
    assert b["attributions"] == [Record(said)]
    # The prediction review pushes links the cue to its source, and reads back the same.
    result = s.to_result(a)
    links = [r for r in result if r["type"] == "relation"]
    assert [link["labels"] for link in links] == [["source"]]
    assert s.parse_result(result, TEXT)["attributions"] == a["attributions"]
    assert not [r for r in s.to_result(b) if r["type"] == "relation"]
