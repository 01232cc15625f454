"""What annotators see and do, in a real browser against the real Label Studio.

Python Playwright drives Debian's ``chromium`` (no browser is downloaded). An annotator made
with ``annotators_add`` logs in, opens the project and labels tasks the way the guidelines
teach: a hotkey per question, a hotkey then a mouse selection per span, a link from the
cue to its source (click the cue, Alt+R, click the source), Ctrl+Enter to submit. The next
pull must hold exactly those labels and that record. Screenshots of the labelling view go
to ``build/screenshots/`` for people to look at; the seconds each task took go to
``build/screenshots/keyboard_timing.json`` (benchmarks/RESULTS.md records them).
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from annotate.corpus._ingest import ingest
from annotate.model._rules import preannotate
from annotate.schema._records import decoded
from annotate.schema._schema import load_schema
from annotate.schema._types import Record, Span
from annotate.studio._annotators import NewAnnotator, annotators_add
from annotate.studio._client import Client
from annotate.studio._feedback import feedback
from annotate.studio._pull import pull
from annotate.studio._push import push

playwright_api = pytest.importorskip("playwright.sync_api", reason="pip install 'annotate[test]'")

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = load_schema(ROOT / "schemas" / "news-stance.yaml")
SHOTS = ROOT / "build" / "screenshots"
# Three sentences of one shape, so that the same keys label each and the time per task is
# comparable: (source, attribution cue, hedge cue) are the first word, "said" and "could".
ARTICLE = (
    "Talks on the grain deal stall again\n\n"
    "Officials said the talks could resume next week. "
    "Diplomats said a deal could follow within days. "
    "Analysts said prices could fall further.\n"
)
CHOICE_KEYS = {"claim_type": "2", "hedging": "6", "attribution": "0"}
EXPECTED_CHOICES = {
    "claim_type": "prediction",
    "hedging": "hedged",
    "attribution": "anonymous_source",
}
SPAN_KEYS = {"hedge_cue": "c", "source": "s", "attribution_cue": "v"}


# The sentence's text object: the one <Text> inside the view the schema makes prominent.
SENTENCE = ".annotate-sentence .lsf-htx-richtext"


# The arrow of a link drawn over the sentence (a CSS-module class: its prefix is stable).
RELATION = "[class*=relationItem]"


def _link_note(page: Any) -> Any:
    """The note a selected cue shows under the sentence (``_label_config._link_reminders``)."""
    return page.locator(".annotate-link-attributions").get_by_text("Link this cue to")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    chromium = shutil.which("chromium")
    if chromium is None:
        reason = "Debian's chromium is not installed: apt-get install -y chromium (make test)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must run the browser tests: {reason}")
        pytest.skip(reason)
    with playwright_api.sync_playwright() as pw:
        # --no-sandbox: CI runs as root, where chromium refuses its sandbox.
        launched = pw.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def project(client: Client, project_name: str, tmp_path: Path) -> tuple[int, Path]:
    (tmp_path / "talks.txt").write_text(ARTICLE, encoding="utf-8")
    sentences = ingest([tmp_path / "talks.txt"], tmp_path / "sentences.parquet")
    pushed = push(sentences.sentences_path, schema=SCHEMA, project=project_name, client=client)
    return pushed.project_id, sentences.sentences_path


def _log_in(browser: Any, url: str, who: NewAnnotator) -> Any:
    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    page.goto(f"{url}/user/login/")
    page.fill("input[name=email]", who.annotator.email)
    page.fill("input[name=password]", who.password)
    page.click("button[type=submit]")
    page.wait_for_url(lambda u: "/user/login" not in u)
    return page


def _open_labelling(
    page: Any, url: str, project_id: int, first_words: str, query: str = "labeling=1"
) -> None:
    page.goto(f"{url}/projects/{project_id}/data?{query}")
    page.locator(SENTENCE, has_text=first_words).wait_for()
    # The guidelines open by themselves on the first task: read, then close them.
    modal = page.get_by_text("Labeling Instructions")
    if modal.is_visible():
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / "guidelines.png"))
        # The guidelines' examples are bullets and their keys a table with rules.
        looks = page.evaluate(
            """() => {
                const li = document.querySelector('.annotate-guidelines li');
                const td = document.querySelector('.annotate-guidelines td');
                return [getComputedStyle(li).listStyleType, getComputedStyle(td).borderTopWidth];
            }"""
        )
        assert looks == ["disc", "1px"]
        page.keyboard.press("Escape")
        modal.wait_for(state="hidden")


def _select_word(page: Any, word: str) -> None:
    """Drag the mouse over ``word`` in the sentence, as an annotator selects it."""
    box = page.evaluate(
        """([selector, word]) => {
            const root = document.querySelector(selector);
            const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const at = node.data.search(new RegExp('\\\\b' + word + '\\\\b'));
                if (at < 0) continue;
                const range = document.createRange();
                range.setStart(node, at);
                range.setEnd(node, at + word.length);
                const r = range.getBoundingClientRect();
                return {x: r.left, y: r.top, w: r.width, h: r.height};
            }
            return null;
        }""",
        [SENTENCE, word],
    )
    assert box is not None, f"{word!r} is not in the sentence on screen"
    y = box["y"] + box["h"] / 2
    page.mouse.move(box["x"] + 1, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["w"] - 1, y, steps=4)
    page.mouse.up()


def _label_by_keyboard(page: Any, words: dict[str, str]) -> None:
    """Every choice by its hotkey; each span: its hotkey, then select the words; then the
    cue linked to its source, as the note under the sentence says."""
    for key in CHOICE_KEYS.values():
        page.keyboard.press(key)
    for field, key in SPAN_KEYS.items():
        page.keyboard.press(key)  # the label is now active
        _select_word(page, words[field])
        # Label Studio makes the region on mouse-up; wait for it before the next label.
        _region(page, field).wait_for()
        # Unselect the new region, so that the next key starts a span instead of relabelling
        # this one (Label Studio has already switched the label off).
        page.keyboard.press("Escape")
    _link(page, "attribution_cue", "source")


def _region(page: Any, field: str) -> Any:
    return page.locator(f'{SENTENCE} .htx-highlight[data-label$=":{field}"]').first


def _link(page: Any, anchor: str, field: str) -> None:
    """Label Studio's own way to draw a link: click a region to select it (the selected
    cue shows the note saying how to link it), press its relation hotkey (Alt+R, keymap
    ``region:relation``), then click the other region."""
    links = page.locator(RELATION)
    before = links.count()
    _region(page, anchor).click()
    _link_note(page).wait_for(state="visible")
    page.keyboard.press("Alt+r")
    _region(page, field).click()
    # Label Studio draws the link's arrow over the text once the relation exists.
    page.wait_for_function(
        "([sel, n]) => document.querySelectorAll(sel).length > n", arg=[RELATION, before]
    )
    page.keyboard.press("Escape")


def test_an_annotator_labels_by_keyboard_and_the_pull_has_exactly_those_labels(
    browser: Any, client: Client, studio_env: Path, project: tuple[int, Path], tmp_path: Path
) -> None:
    project_id, sentences = project
    who = annotators_add("Bea Browser", email="bea@browser.test", client=client)
    page = _log_in(browser, client.connection.url, who)
    texts = pd.read_parquet(sentences).sort_values("sentence_id")["text"].tolist()
    _open_labelling(page, client.connection.url, project_id, texts[0].split()[0])

    seconds = []
    for i, text in enumerate(texts):
        first = text.split()[0]
        page.locator(SENTENCE, has_text=first).wait_for()
        # From the task on screen to its annotation stored by the server: the keys, the
        # mouse selections and the save (reading time is the annotator's, not measured).
        start = time.perf_counter()
        _label_by_keyboard(page, {"source": first, "attribution_cue": "said", "hedge_cue": "could"})
        if i == 0:
            shot = time.perf_counter()
            SHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SHOTS / "labelling-view.png"), full_page=True)
            start += time.perf_counter() - shot  # not the annotator's time
        with page.expect_response(_is_annotation_saved) as saved:
            page.keyboard.press("Control+Enter")
        assert saved.value.status == 201
        seconds.append(time.perf_counter() - start)
    SHOTS.mkdir(parents=True, exist_ok=True)
    (SHOTS / "keyboard_timing.json").write_text(
        json.dumps({"seconds_per_task": seconds, "median": statistics.median(seconds)}, indent=1)
    )

    title = client.sdk.projects.get(id=project_id).title or ""
    result = pull(title, tmp_path / "annotations.parquet", schema=SCHEMA, client=client)
    assert (result.annotations, result.cancelled, result.drafts) == (len(texts), 0, 0)
    # Every cue linked to its source: no rule broken, record rules included.
    assert result.violations == {}
    table = pd.read_parquet(result.output)
    assert set(table["annotator"]) == {who.annotator.pseudonym}
    by_id = dict(zip(pd.read_parquet(sentences)["sentence_id"], texts, strict=False))
    got = {by_id[sid]: _labels(rows) for sid, rows in table.groupby("sentence_id")}
    assert got == {
        text: {
            **EXPECTED_CHOICES,
            "hedge_cue": [("could", "hedge_cue")],
            "source": [(text.split()[0], "source")],
            "attribution_cue": [("said", "attribution_cue")],
            "content": [],
        }
        for text in texts
    }
    # The link drawn in the browser is the record: said -> the sentence's first word.
    records = {
        by_id[row.sentence_id]: decoded(row.records)
        for row in table[table["field"] == "attribution_cue"].itertuples()
    }
    assert records == {
        text: [
            Record(
                _at(text, "said", "attribution_cue"),
                {"source": [_at(text, text.split()[0], "source")]},
            )
        ]
        for text in texts
    }


def _open_first_as(
    browser: Any, client: Client, project_id: int, sentences: Path, name: str, email: str
) -> Any:
    """A new annotator, logged in, on the labelling page of the first sentence's task."""
    who = annotators_add(name, email=email, client=client)
    page = _log_in(browser, client.connection.url, who)
    first = pd.read_parquet(sentences).sort_values("sentence_id")["text"].iloc[0].split()[0]
    _open_labelling(page, client.connection.url, project_id, first)
    return page


def test_a_broken_rule_shows_its_reminder_and_a_missing_answer_blocks_submit(
    browser: Any, client: Client, studio_env: Path, project: tuple[int, Path]
) -> None:
    project_id, sentences = project
    page = _open_first_as(browser, client, project_id, sentences, "Cy Browser", "cy@browser.test")
    reminder = page.get_by_text("mark every word or phrase that does the hedging")
    assert not reminder.is_visible()

    page.keyboard.press("6")  # hedged, and no hedge cue marked: the rule is broken
    reminder.wait_for(state="visible")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "rule-reminder.png"), full_page=True)
    page.keyboard.press("7")  # not hedged: the rule no longer applies
    reminder.wait_for(state="hidden")

    # Claim type and attribution are required: Ctrl+Enter is refused, with the schema's words.
    page.keyboard.press("Control+Enter")
    page.get_by_text("Choose a value for 'Claim type' before submitting.").wait_for()
    assert client.sdk.projects.get(id=project_id).total_annotations_number in (0, None)


def test_a_selected_cue_shows_how_to_link_it_and_the_no_source_note_after_n(
    browser: Any, client: Client, studio_env: Path, project: tuple[int, Path]
) -> None:
    project_id, sentences = project
    page = _open_first_as(browser, client, project_id, sentences, "Flo Browser", "flo@browser.test")
    no_source = page.locator(".annotate-link-attributions-no-source")
    page.keyboard.press(SPAN_KEYS["attribution_cue"])
    _select_word(page, "said")
    _region(page, "attribution_cue").wait_for()
    page.keyboard.press("Escape")
    assert not _link_note(page).is_visible()  # nothing selected: no note

    _region(page, "attribution_cue").click()  # the cue selected: how to link it
    _link_note(page).wait_for(state="visible")
    assert not no_source.is_visible()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "link-reminder.png"), full_page=True)

    # "No source in the text? Press n": the selected cue is relabelled, and its note now
    # asks only for the content.
    page.keyboard.press("n")
    no_source.get_by_text("No source in the text: link this cue to every Content span").wait_for(
        state="visible"
    )
    assert not _link_note(page).is_visible()
    assert (
        page.locator(f'{SENTENCE} .htx-highlight[data-label$=":attribution_cue_no_source"]').count()
        == 1
    )
    page.screenshot(path=str(SHOTS / "link-reminder-no-source.png"), full_page=True)


def test_the_pre_annotators_links_show_and_an_annotator_accepts_them_by_submitting(
    browser: Any, client: Client, studio_env: Path, project: tuple[int, Path], tmp_path: Path
) -> None:
    project_id, sentences = project
    title = client.sdk.projects.get(id=project_id).title or ""
    proposed = preannotate(sentences, SCHEMA, output=tmp_path / "pre.parquet")
    push(sentences, schema=SCHEMA, project=title, predictions=proposed, client=client)
    who = annotators_add("Gus Browser", email="gus@browser.test", client=client)
    page = _log_in(browser, client.connection.url, who)
    # Uncertainty sampling picks the first task: any of the three sentences.
    _open_labelling(page, client.connection.url, project_id, "")
    # The prediction is the annotator's starting point: its two links (said -> the source,
    # said -> the content) are drawn over the sentence.
    page.wait_for_function("sel => document.querySelectorAll(sel).length === 2", arg=RELATION)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "pre-annotated-links.png"), full_page=True)
    shown = page.locator(SENTENCE).first.inner_text()

    page.keyboard.press(CHOICE_KEYS["claim_type"])  # the one answer the rules do not give
    with page.expect_response(_is_annotation_saved) as saved:
        page.keyboard.press("Control+Enter")
    assert saved.value.status == 201

    result = pull(title, tmp_path / "annotations.parquet", schema=SCHEMA, client=client)
    assert result.violations == {}
    table = pd.read_parquet(result.output)
    (row,) = table[table["field"] == "attribution_cue"].itertuples()
    frame = pd.read_parquet(proposed)
    expected = dict(zip(frame["sentence_id"], frame["attributions"], strict=True))
    assert _text_of(sentences, row.sentence_id).split()[0] in shown  # the task on screen
    # Accepted unchanged: the annotation's records are the proposed ones.
    (record,) = decoded(row.records)
    assert decoded(expected[row.sentence_id]) == [record]
    assert [len(record.spans(role)) for role in ("source", "content")] == [1, 1]


def _text_of(sentences: Path, sentence_id: str) -> str:
    table = pd.read_parquet(sentences)
    return str(table.loc[table["sentence_id"] == sentence_id, "text"].iloc[0])


def test_feedback_shows_on_its_task_only_and_the_fix_made_there_clears_it(
    browser: Any, client: Client, studio_env: Path, project: tuple[int, Path], tmp_path: Path
) -> None:
    project_id, sentences = project
    who = annotators_add("Dee Browser", email="dee@browser.test", client=client)
    texts = pd.read_parquet(sentences).sort_values("sentence_id")["text"].tolist()
    tasks = {t.data["text"]: int(t.id) for t in client.tasks(project_id)}
    # Dee's earlier annotation of the first task: hedged, and no hedge cue marked.
    slip = {"claim_type": "prediction", "hedging": "hedged", "attribution": "unattributed"}
    client.sdk.annotations.create(
        id=tasks[texts[0]],
        result=SCHEMA.to_result(slip | {"hedge_cue": [], "source": [], "attribution_cue": []}),
        completed_by=who.annotator.id,
    )
    title = client.sdk.projects.get(id=project_id).title or ""
    table = tmp_path / "annotations.parquet"
    assert pull(title, table, schema=SCHEMA, client=client).violations == {
        who.annotator.pseudonym: {"hedged-needs-cue": 1}
    }
    assert feedback(title, table, schema=SCHEMA, client=client).sent == [tasks[texts[0]]]

    page = _log_in(browser, client.connection.url, who)
    first = texts[0].split()[0]
    _open_labelling(page, client.connection.url, project_id, first, f"task={tasks[texts[0]]}")
    note = page.locator(".annotate-feedback").get_by_text("hedged-needs-cue")
    note.wait_for(state="visible")
    assert who.annotator.pseudonym in note.inner_text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "feedback.png"), full_page=True)

    # The fix, where the message says: mark the cue, then Update (Ctrl+Enter).
    page.keyboard.press(SPAN_KEYS["hedge_cue"])
    _select_word(page, "could")
    with page.expect_response(_is_annotation_updated) as saved:
        page.keyboard.press("Control+Enter")
    assert saved.value.ok
    assert pull(title, table, schema=SCHEMA, client=client).violations == {}
    assert feedback(title, table, schema=SCHEMA, client=client).cleared == [tasks[texts[0]]]

    # A task with no message shows no feedback box at all, not an empty one.
    second = texts[1].split()[0]
    _open_labelling(page, client.connection.url, project_id, second, f"task={tasks[texts[1]]}")
    box = page.locator(".annotate-feedback").first
    assert box.evaluate("el => el.getBoundingClientRect().height") == 0


def _is_annotation_updated(response: Any) -> bool:
    return response.request.method == "PATCH" and "/annotations/" in response.url


def _is_annotation_saved(response: Any) -> bool:
    return response.request.method == "POST" and "/annotations" in response.url


def _at(text: str, word: str, label: str) -> Span:
    start = text.index(word)
    return Span(start, start + len(word), label, word)


def _labels(rows: pd.DataFrame) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for row in rows.itertuples():
        if SCHEMA.field(row.field).kind == "spans":
            out[row.field] = [(s["text"], s["label"]) for s in row.spans]
        else:
            out[row.field] = row.value
    return out
