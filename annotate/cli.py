"""The ``annotate`` command line: a thin layer over the library.

Each command parses its options, calls the library function of the same name once, and
formats the result. Errors the toolkit raises on purpose (``AnnotateError``) are printed
as one message without a traceback and exit with code 2; ``--debug`` shows the traceback.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from typer.core import TyperGroup

from annotate import _paths
from annotate.errors import AnnotateError, IngestError
from annotate.schema import _bundle as _schema_bundle


class _Group(TyperGroup):
    """Turns the toolkit's errors into one message and exit code 2, in one place."""

    # ctx is click's Context, which recent typer vendors under a private module; click itself
    # is not a dependency, so it is not named here.
    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except AnnotateError as exc:
            if _State.debug:
                raise
            # Escaped: a message is text, and its brackets (`pip install 'annotate[studio]'`)
            # are not markup.
            err.print(f"[bold red]error:[/] {escape(str(exc))}", highlight=False, soft_wrap=True)
            ctx.exit(2)


app = typer.Typer(
    cls=_Group,
    help="Annotate news sentences in Label Studio and publish versioned dataset releases.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
studio_app = typer.Typer(help="Run the embedded local Label Studio server.", no_args_is_help=True)
app.add_typer(studio_app, name="studio")

err = Console(stderr=True)
out = Console()


class _State:
    debug = False


JsonOpt = Annotated[bool, typer.Option("--json", help="Print one JSON summary on stdout.")]
SchemaOpt = Annotated[
    Path,
    typer.Option(
        "--schema", help="Labelling schema: a bundled name or a YAML file.", show_default=True
    ),
]
DEFAULT_SCHEMA = Path(_schema_bundle.DEFAULT_SCHEMA)
ProjectOpt = Annotated[
    str | None, typer.Option("--project", help="Project title (default: the schema name).")
]
AnnotationsOpt = Annotated[
    Path, typer.Option("--annotations", help="Annotation table from `annotate pull`.")
]
SentencesOpt = Annotated[
    Path, typer.Option("--sentences", help="Sentence table from `annotate ingest`.")
]
MinAnnotatorsOpt = Annotated[
    int, typer.Option("--min-annotators", help="Fewest votes for a gold label.")
]
MinAgreementOpt = Annotated[
    float, typer.Option("--min-agreement", help="Smallest winning vote share; below it, review.")
]
AdjudicatorOpt = Annotated[
    list[str] | None,
    typer.Option("--adjudicator", help="Pseudonym whose annotations decide (repeatable)."),
]
PushOpt = Annotated[
    bool, typer.Option("--push", help="Attach them to Label Studio as predictions.")
]
LexiconOpt = Annotated[
    str | None,
    typer.Option(
        "--lexicon",
        "--lexicon-version",
        help="The rules' lexicon: a file from `annotate build-lexicon`, or a shipped version "
        "(default: the newest shipped one).",
    ),
]
AdaptOpt = Annotated[
    bool,
    typer.Option(
        "--adapt/--no-adapt",
        help="Adapt to the sentences given, as one collection, without labels: the rules' vote "
        "counts by how much more it agrees with the model on them than on held-out training "
        "text (10+ sentences of each class; models of format 7). --no-adapt: the model's own.",
    ),
]
# One definition with the demo, which leaves its tables there (annotate/_paths.py).
ANNOTATIONS, SENTENCES = _paths.ANNOTATIONS, _paths.SENTENCES


@app.callback()
def _main(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of errors.")] = False,
) -> None:
    _State.debug = debug


def _jsonable(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {k: _jsonable(v) for k, v in asdict(value).items()}
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, Path):
        return str(value)
    return value


def _emit_json(summary: Any) -> None:
    sys.stdout.write(json.dumps(_jsonable(summary), ensure_ascii=False, sort_keys=True) + "\n")


@contextlib.contextmanager
def _progress(enabled: bool) -> Iterator[Any]:
    """A progress callback (see annotate._progress) drawing rich bars on stderr, or None."""
    if not enabled:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    columns = ("{task.description}", BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as bars:
        stages: dict[str, Any] = {}

        def report(stage: str, advance: int, total: int | None) -> None:
            if stage not in stages:
                stages[stage] = bars.add_task(stage, total=total)
            elif total is not None:
                bars.update(stages[stage], total=total)
            bars.advance(stages[stage], advance)

        yield report


def _table(title: str, rows: list[tuple[str, Any]]) -> None:
    table = Table(title=title, show_header=False, title_justify="left")
    table.add_column(style="bold")
    table.add_column()
    for key, value in rows:
        table.add_row(key, str(value))
    out.print(table)


def _grid(title: str, columns: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    """A titled table with a header: one row per item of a listing."""
    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(column)
    for row in rows:
        table.add_row(*row)
    out.print(table)


def _explain(path: Path, record: int, columns: tuple[Any, ...], as_json: bool) -> None:
    from annotate.corpus._explain import explain as run
    from annotate.corpus._readers import Columns

    decisions = run(path, record=record, columns=Columns(*columns))
    if as_json:
        _emit_json([asdict(d) for d in decisions])
        return
    table = Table(title=f"{path} (article {record})", show_lines=False)
    for name in ("line", "action", "rule", "text"):
        table.add_column(name, overflow="fold")
    for d in decisions:
        table.add_row(str(d.line), d.action, d.rule, d.text)
    out.print(table)


@app.command()
def ingest(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Files or folders of articles.")
    ] = None,
    output: Annotated[
        Path, typer.Option("-o", "--output", help="Sentence table (Parquet).")
    ] = SENTENCES,
    text_column: Annotated[
        str,
        typer.Option(
            help="CSV/TSV/JSON(L) column holding the article text (JSON: a dotted name reaches "
            "into nested objects, fields.bodyText)."
        ),
    ] = "text",
    id_column: Annotated[
        str | None, typer.Option(help="CSV/TSV/JSON(L) column holding a stable article id.")
    ] = None,
    title_column: Annotated[str | None, typer.Option(help="CSV/TSV/JSON(L) title column.")] = None,
    url_column: Annotated[str | None, typer.Option(help="CSV/TSV/JSON(L) url column.")] = None,
    html_column: Annotated[
        str | None,
        typer.Option(
            help="CSV/TSV/JSON(L) column holding a page's HTML, for records with no text."
        ),
    ] = None,
    language: Annotated[
        str | None,
        typer.Option(
            help="Keep only articles whose text is identified as this language (a code: en, de); "
            "the others are skipped with the language found."
        ),
    ] = None,
    workers: Annotated[
        int | None, typer.Option(help="Processes to use (default: all cores).")
    ] = None,
    explain: Annotated[
        Path | None,
        typer.Option(help="Show which rule kept, dropped or joined each line of one article."),
    ] = None,
    record: Annotated[
        int,
        typer.Option(
            help="With --explain: which article of records, web archive pages or feed items."
        ),
    ] = 0,
    as_json: JsonOpt = False,
) -> None:
    """Split articles into sentences with stable ids, ready to push to Label Studio."""
    if explain is not None:
        columns = (text_column, id_column, title_column, url_column, html_column)
        _explain(explain, record, columns, as_json)
        return
    if not paths:
        raise IngestError(
            "no files or folders given", hint="name the articles to ingest, or use --explain FILE"
        )
    from annotate.corpus._ingest import ingest as run

    with _progress(not as_json) as bar:
        result = run(
            paths,
            output,
            text_column=text_column,
            id_column=id_column,
            title_column=title_column,
            url_column=url_column,
            html_column=html_column,
            language=language,
            workers=workers,
            progress=bar,
        )
    if as_json:
        _emit_json(result)
    else:
        _table(
            "ingest",
            [
                ("articles", result.n_articles),
                ("sentences", result.n_sentences),
                ("sentence table", result.sentences_path),
                ("article table", result.articles_path),
                *[(f"dropped {kind}", n) for kind, n in sorted(result.dropped_lines.items())],
                *[(f"passed over: {kind}", n) for kind, n in result.passed_over.items()],
            ],
        )
        for label, items in (("skipped", result.skipped), ("warning", result.warnings)):
            for item in items:
                where = f"{item.path}:{item.line}" if item.line else str(item.path)
                err.print(f"[yellow]{label}[/] {where}: {item.reason}")
    if result.skipped or result.warnings:
        # Partial success is still a signal scripts must see.
        raise typer.Exit(1)


@studio_app.command("up")
def studio_up(
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8080,
    bind: Annotated[
        str,
        typer.Option(
            help="IP address to listen on; anything but loopback opens the server to the "
            "network (0.0.0.0: every interface)."
        ),
    ] = "127.0.0.1",
    database: Annotated[
        str | None,
        typer.Option(
            help="Where Label Studio keeps its data: sqlite (the default) or postgresql (a "
            "private PostgreSQL in .annotate/postgres, started and stopped with it). Chosen "
            "on the first start, kept after."
        ),
    ] = None,
    database_url: Annotated[
        str | None,
        typer.Option(
            help="postgresql://USER:PASSWORD@HOST:PORT/NAME: a PostgreSQL of your own instead "
            "of the private one (with --database postgresql, DATABASE_URL is read too)."
        ),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Start the local Label Studio server (idempotent) and print how to log in."""
    from annotate.studio._local import studio_up as run
    from annotate.studio._server import is_loopback

    if database == "postgresql" and database_url is None:
        database_url = os.environ.get("DATABASE_URL") or None
    status = run(
        port=port,
        bind=bind,
        database=database,
        database_url=database_url,
        log=(lambda _m: None) if as_json else err.print,
    )
    if status.bind and not is_loopback(status.bind):
        err.print(
            f"[bold yellow]warning:[/] Label Studio listens on {status.bind}: it is reachable "
            "from the network, by anyone who can reach this machine",
            highlight=False,
            soft_wrap=True,
        )
    if as_json:
        _emit_json(status)
        return
    verb = "started" if status.started else "already running"
    out.print(f"Label Studio {verb} at [bold]{status.url}[/]")
    out.print(f"database: {_database_line(status)}", highlight=False, soft_wrap=True)
    out.print(
        f"log in as [bold]{status.username}[/]; the password and API token are in "
        f"{status.credentials_file} (readable only by you)"
    )


def _database_line(status: Any) -> str:
    size = status.database_bytes
    measured = f", {size / 1e6:.1f} MB" if size is not None else ""
    return f"{status.database} at {status.database_location}{measured}"


@studio_app.command("down")
def studio_down(as_json: JsonOpt = False) -> None:
    """Stop the local Label Studio server (only if it is still the one `studio up` started)."""
    from annotate.studio._local import studio_down as run

    result = run()
    if as_json:
        _emit_json(result)
    elif result.stopped:
        out.print(f"Label Studio stopped (pid {result.pid})")
    else:
        why = f": {result.note}; no signal sent, state cleared" if result.note else ""
        out.print(f"Label Studio was not running{why}", highlight=False, soft_wrap=True)


@studio_app.command("status")
def studio_status(as_json: JsonOpt = False) -> None:
    """Report whether the local Label Studio server is running."""
    from annotate.studio._local import studio_status as run

    status = run()
    if as_json:
        _emit_json(status)
    else:
        state = f"running at {status.url}" if status.running else "not running"
        out.print(
            f"Label Studio is {state} (data in {status.data_dir})", highlight=False, soft_wrap=True
        )
        out.print(f"database: {_database_line(status)}", highlight=False, soft_wrap=True)
        if status.note:
            out.print(status.note, highlight=False, soft_wrap=True)
    if not status.running:
        raise typer.Exit(1)


@app.command()
def push(
    sentences: Annotated[Path, typer.Argument(help="Sentence table from `annotate ingest`.")],
    schema: SchemaOpt = DEFAULT_SCHEMA,
    project: ProjectOpt = None,
    overlap: Annotated[int, typer.Option(help="Annotators per task, for agreement.")] = 1,
    on_change: Annotated[
        str, typer.Option(help="Changed sentences: keep (report only) or update the task.")
    ] = "keep",
    force: Annotated[
        bool, typer.Option(help="Allow changes that touch existing annotations.")
    ] = False,
    batch_size: Annotated[
        int | None, typer.Option(help="Tasks per import request (default: the library's).")
    ] = None,
    predictions: Annotated[
        Path | None,
        typer.Option(help="Pre-annotations (Parquet/JSONL from `annotate predict`) to attach."),
    ] = None,
    order_by_uncertainty: Annotated[
        bool, typer.Option(help="With predictions, serve the least certain tasks first.")
    ] = True,
    as_json: JsonOpt = False,
) -> None:
    """Create or update the Label Studio project and import new sentences as tasks."""
    from annotate.studio._push import push as run

    with _progress(not as_json) as bar:
        result = run(
            sentences,
            schema=schema,
            project=project,
            overlap=overlap,
            on_change=on_change,  # type: ignore[arg-type]
            force=force,
            batch_size=batch_size,
            predictions=predictions,
            order_by_uncertainty=order_by_uncertainty,
            progress=bar,
        )
    if as_json:
        _emit_json(result)
        return
    _table(
        f"push to {result.project}",
        [
            ("project", result.url),
            ("new tasks", result.new_tasks),
            ("unchanged", result.unchanged),
            ("changed sentences", len(result.changed)),
            ("tasks updated", result.updated_tasks),
            ("duplicate tasks removed", result.duplicates_removed),
            ("label config updated", result.updated_config),
            ("predictions attached", result.predictions),
        ],
    )
    if result.created_project:
        others = ", ".join(repr(t) for t in result.other_projects)
        err.print(
            f"[yellow]created a new project {result.project!r}[/]"
            + (f"; the server's other projects: {others} (--project NAME pushes to one)"
               if others else ""),
            highlight=False,
            soft_wrap=True,
        )  # fmt: skip
    if result.changed and result.updated_tasks == 0:
        err.print(
            f"[yellow]{len(result.changed)} sentences changed since they were pushed[/] "
            f"(first: {', '.join(result.changed[:5])}); their tasks were kept. "
            "Use --on-change update to rewrite them."
        )
    if result.duplicates_annotated:
        err.print(
            f"[yellow]{len(result.duplicates_annotated)} sentences have several tasks that all "
            f"have annotations[/] (first: {', '.join(result.duplicates_annotated[:5])}); all "
            "were kept. Merge them in Label Studio."
        )


@app.command()
def pull(
    project: ProjectOpt = None,
    output: Annotated[
        Path, typer.Option("-o", "--output", help="Annotation table (Parquet).")
    ] = ANNOTATIONS,
    schema: SchemaOpt = DEFAULT_SCHEMA,
    full: Annotated[
        bool, typer.Option(help="Read every task, not only those changed since the last pull.")
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Pull annotations into a validated table, one row per annotation and field."""
    from annotate.studio._pull import pull as run

    with _progress(not as_json) as bar:
        result = run(project, output, schema=schema, full=full, progress=bar)
    if as_json:
        _emit_json({**_jsonable(result), "violation_count": result.violation_count})
        return
    _table(
        f"pull from {result.project}",
        [
            ("project", result.url),
            ("annotation table", result.output),
            ("rows", result.rows),
            ("tasks", result.tasks),
            ("annotations", result.annotations),
            ("cancelled (not labels)", result.cancelled),
            ("drafts / predictions (not labels)", f"{result.drafts} / {result.predictions}"),
            ("annotators", result.annotators),
            ("tasks read", f"{result.fetched} ({'full' if result.full else 'incremental'})"),
            ("deleted tasks dropped", result.deleted),
        ],
    )
    if result.violations:
        table = Table(title="consistency violations per annotator", title_justify="left")
        for column in ("annotator", "rule", "count"):
            table.add_column(column)
        for annotator, rules in sorted(result.violations.items()):
            for rule, count in sorted(rules.items()):
                table.add_row(annotator, rule, str(count))
        out.print(table)
        out.print(f"details: {result.violations_output}")


def _splits(text: str) -> tuple[float, float, float]:
    try:
        parts = tuple(float(x) for x in text.split(","))
    except ValueError:
        parts = ()
    if len(parts) != 3:
        raise typer.BadParameter("give three ratios, e.g. 0.8,0.1,0.1", param_hint="--splits")
    return parts  # type: ignore[return-value]


@app.command()
def release(
    version: Annotated[str, typer.Argument(help="MAJOR.MINOR.PATCH of the new release.")],
    annotations: AnnotationsOpt = ANNOTATIONS,
    sentences: SentencesOpt = SENTENCES,
    schema: SchemaOpt = DEFAULT_SCHEMA,
    output_dir: Annotated[
        Path, typer.Option("-o", "--output-dir", help="Folder of releases.")
    ] = Path("releases"),
    parent: Annotated[
        str | None, typer.Option(help="Previous release (folder or version) to diff against.")
    ] = None,
    text_policy: Annotated[
        str, typer.Option(help="full, or offsets to publish labels without article text.")
    ] = "full",
    splits: Annotated[str, typer.Option(help="Train,validation,test ratios.")] = "0.8,0.1,0.1",
    split_column: Annotated[
        str | None,
        typer.Option(help="Sentence-table column with official train/validation/test splits."),
    ] = None,
    min_annotators: MinAnnotatorsOpt = 1,
    min_agreement: MinAgreementOpt = 0.5,
    adjudicator: AdjudicatorOpt = None,
    license: Annotated[str, typer.Option(help="Licence id for the dataset card.")] = "other",
    suggest: Annotated[
        bool, typer.Option("--suggest", help="Only print the version the diff calls for.")
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Build an immutable, versioned dataset release with card, manifest and changelog."""
    import warnings

    from annotate.dataset import _release as lib

    options: dict[str, Any] = {
        "annotations": annotations,
        "sentences": sentences,
        "schema": schema,
        "text_policy": text_policy,
        "splits": _splits(splits),
        "split_column": split_column,
        "min_annotators": min_annotators,
        "min_agreement": min_agreement,
        "adjudicators": tuple(adjudicator or ()),
        "license": license,
    }
    if suggest:
        if parent is None:
            raise typer.BadParameter("--suggest needs --parent", param_hint="--parent")
        suggested = lib.suggest_version(parent, output_dir=output_dir, **options)
        if as_json:
            _emit_json({"suggested_version": suggested})
        else:
            out.print(suggested)
        return
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", lib.VersionWarning)
        made = lib.release(version, output_dir, parent=parent, **options)
    notes = [str(w.message) for w in caught if issubclass(w.category, lib.VersionWarning)]
    if as_json:
        _emit_json(
            {
                "path": made.path,
                "manifest": made.manifest.to_dict(),
                "manifest_sha256": made.manifest_sha256,
                "suggested_version": made.suggested_version,
                "warnings": notes,
            }
        )
        return
    counts = made.manifest.counts.to_dict()
    _table(
        f"release {version}",
        [("path", made.path), *[(k, v) for k, v in sorted(counts.items())]],
    )
    _print_pin(made.manifest_sha256)
    if made.diff is not None:
        out.print(str(made.diff))
    for note in notes:
        err.print(f"[yellow]warning:[/] {note}")


def _print_pin(sha256: str) -> None:
    # Never wrapped: the hash is meant to be copied whole.
    out.print(f"manifest sha256: {sha256} (pin the release by this hash)", soft_wrap=True)


@app.command()
def diff(
    a: Annotated[Path, typer.Argument(help="Older release folder.")],
    b: Annotated[Path, typer.Argument(help="Newer release folder.")],
    as_json: JsonOpt = False,
) -> None:
    """Show what changed between two releases: sentences, labels per field, schema."""
    from annotate.dataset import diff as run

    change = run(a, b)
    if as_json:
        _emit_json(change.to_dict())
    else:
        out.print(str(change))


@app.command()
def verify(
    release_dir: Annotated[Path, typer.Argument(help="Release folder.")],
    as_json: JsonOpt = False,
) -> None:
    """Recompute every checksum and check the manifest's claims; print its sha256 to pin."""
    from annotate.dataset import verify as run

    manifest = run(release_dir)
    if as_json:
        _emit_json(
            {
                "ok": True,
                "version": manifest.version,
                "files": len(manifest.files),
                "manifest_sha256": manifest.sha256,
            }
        )
    else:
        out.print(
            f"{release_dir}: {len(manifest.files)} files match the manifest, and its "
            "version, row counts, schema and licence match the files"
        )
        _print_pin(manifest.sha256)


@app.command()
def review(
    annotations: AnnotationsOpt = ANNOTATIONS,
    sentences: SentencesOpt = SENTENCES,
    schema: SchemaOpt = DEFAULT_SCHEMA,
    output: Annotated[
        Path, typer.Option("-o", "--output", help="Review queue (.csv or .parquet).")
    ] = Path("build/review_queue.csv"),
    project: ProjectOpt = None,
    min_annotators: MinAnnotatorsOpt = 1,
    min_agreement: MinAgreementOpt = 0.5,
    adjudicator: AdjudicatorOpt = None,
    push: Annotated[
        bool, typer.Option(help="Send the queue to Label Studio as predictions.")
    ] = True,
    as_json: JsonOpt = False,
) -> None:
    """Queue ties and low-agreement items and send them to Label Studio for adjudication."""
    from annotate.studio._review import review as run

    result = run(
        annotations,
        sentences,
        schema=schema,
        output=output,
        project=project,
        min_annotators=min_annotators,
        min_agreement=min_agreement,
        adjudicators=tuple(adjudicator or ()),
        push=push,
    )
    if as_json:
        _emit_json(result)
        return
    _table(
        "review",
        [
            ("queue", result.queue_path),
            ("items", result.items),
            *[(f"  {field}", n) for field, n in result.fields.items()],
            ("tasks sent to Label Studio", result.tasks_sent),
            ("project", result.project_url or "-"),
        ],
    )


@app.command()
def train(
    release_dirs: Annotated[
        list[Path],
        typer.Argument(
            help="Release folder(s) of one schema (releases/<version>).", show_default=False
        ),
    ],
    output: Annotated[Path, typer.Option("-o", "--output", help="Model folder.")] = Path(
        "models/news-stance"
    ),
    field: Annotated[
        list[str] | None, typer.Option(help="Train only this choice field (repeatable).")
    ] = None,
    seed: Annotated[int, typer.Option(help="Random seed.")] = 0,
    metric: Annotated[
        str | None,
        typer.Option(
            help="Model selection metric: macro-f1 or f1:<label> (default: the one the "
            "release declares, else macro-f1)."
        ),
    ] = None,
    lexicon: LexiconOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Train one TF-IDF + linear classifier per choice field; write reports and a model card.

    Several releases of one schema are trained on together: their train splits fit, their
    validation splits select, and each test split is scored on its own.
    """
    from annotate.model._lexicon_file import read_lexicon
    from annotate.model._train import train as run

    rules_lexicon = read_lexicon(lexicon)
    with _progress(not as_json) as bar:
        result = run(
            release_dirs,
            output,
            fields=field,
            seed=seed,
            progress=bar,
            metric=metric,
            lexicon=rules_lexicon,
        )
    if as_json:
        _emit_json(
            {
                "output_dir": result.output_dir,
                "model_version": result.model_version,
                "metrics": result.metrics,
                "warnings": result.warnings,
            }
        )
        return
    _print_metrics(f"trained {result.model_version}", result.metrics)
    out.print(f"report: {result.output_dir / 'report.md'}")
    for warning in result.warnings:
        err.print(f"[yellow]warning:[/] {warning}")


def _print_metrics(title: str, metrics: dict[str, Any], by: str = "selected by") -> None:
    table = Table(title=title, title_justify="left")
    for column in ("field", "test split", by, "score", "macro-F1", "test items"):
        table.add_column(column)
    for name, m in metrics.get("fields", {}).items():
        # evaluate's scores carry no choice (nothing was selected there): the release's metric.
        metric = m.get("choice", {}).get("metric") or m.get("metric")
        pooled = m.get("test", m)
        # Trained on several releases: the pooled test split, then each release's own.
        tests = {"all releases": pooled, **m["tests"]} if m.get("tests") else {"test": pooled}
        for split, test in tests.items():
            table.add_row(
                name, split, metric or "-", *_scores(test, metric), str(test.get("n", ""))
            )
    out.print(table)


def _scores(test: dict[str, Any], metric: str | None) -> tuple[str, str]:
    """The selection metric's score and the macro-F1 of one test split, formatted."""
    from annotate.model._report import metric_score

    macro = test.get("macro_f1")
    score = metric_score(test, metric)
    return ("-" if score is None else f"{score:.3f}", "-" if macro is None else f"{macro:.3f}")


@app.command()
def evaluate(
    model_dir: Annotated[Path, typer.Argument(help="Model folder from `annotate train`.")],
    release_dir: Annotated[Path, typer.Argument(help="Release folder with the same schema.")],
    split: Annotated[str, typer.Option(help="Split to evaluate on.")] = "test",
    adapt: AdaptOpt = True,
    as_json: JsonOpt = False,
) -> None:
    """Evaluate a saved model on a release (same schema)."""
    from annotate.model._predict import evaluate as run

    metrics = run(model_dir, release_dir, split=split, adapt=adapt)
    if as_json:
        _emit_json(metrics)
    else:
        title = f"{metrics['model_version']} on {metrics['release_name']} {metrics['release']}"
        _print_metrics(f"{title} ({split})", metrics, by="metric")
        for name, m in metrics["fields"].items():
            said = _adaptation_said(m.get("adaptation"), "adapted to the split", "not adapted")
            out.print(f"{name}: {said}")


@app.command()
def predict(
    model_dir: Annotated[Path, typer.Argument(help="Model folder from `annotate train`.")],
    sentences: Annotated[Path, typer.Argument(help="Sentence table from `annotate ingest`.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Predictions (Parquet).")] = Path(
        "build/predictions.parquet"
    ),
    push_to_studio: PushOpt = False,
    schema: SchemaOpt = DEFAULT_SCHEMA,
    project: ProjectOpt = None,
    adapt: AdaptOpt = True,
    as_json: JsonOpt = False,
) -> None:
    """Predict every field with scores; --push sends them to Label Studio, least certain first."""
    from annotate.model._predict import predict as run

    path = run(model_dir, sentences, output=output, adapt=adapt)
    _report_predictions("predict", path, sentences, schema, project, push_to_studio, as_json)


def _report_predictions(
    title: str,
    path: Path,
    sentences: Path,
    schema: Path,
    project: str | None,
    push_to_studio: bool,
    as_json: bool,
) -> None:
    """Print what predict/preannotate wrote and, with --push, attach it in Label Studio."""
    from annotate._files import parquet_file

    summary: dict[str, Any] = {"output": path, "sentences": parquet_file(path).metadata.num_rows}
    summary.update(_predicted(path))
    if push_to_studio:
        from annotate.studio._push import push as push_tasks

        with _progress(not as_json) as bar:
            pushed = push_tasks(
                sentences, schema=schema, project=project, predictions=path, progress=bar
            )
        summary.update(pushed=pushed.predictions, project=pushed.url)
    if as_json:
        _emit_json(summary)
    else:
        plain = [(k, v) for k, v in summary.items() if k not in ("labels", "adaptation")]
        _table(title, plain + _predicted_rows(summary))


def _predicted(path: Path) -> dict[str, Any]:
    """Per predicted field, how many sentences got each label (``labels``) and, for a model's
    predictions, what adapting them to the table did (``adaptation``, per field): a label that
    depends on the table it was predicted in must say so where the user reads the result."""
    import pyarrow.parquet as pq

    from annotate.model._predict import predictions_adaptation

    names = pq.read_schema(path).names
    fields = [n for n in names if f"{n}_score" in names]
    table = pq.read_table(path, columns=fields).to_pandas()
    labels = {n: {str(k): int(v) for k, v in table[n].value_counts().items()} for n in fields}
    adaptation = predictions_adaptation(path)
    return {"labels": labels} | ({} if adaptation is None else {"adaptation": adaptation})


def _predicted_rows(summary: dict[str, Any]) -> list[tuple[str, Any]]:
    """The human table's rows of :func:`_predicted`'s part of ``summary``."""
    rows = []
    adaptation = summary.get("adaptation")
    for name, counts in summary["labels"].items():
        rows.append((name, ", ".join(f"{label} {n}" for label, n in counts.items()) or "none"))
        if adaptation is None:
            continue
        rows.append((f"{name} adapted", _adaptation_said(adaptation.get(name), "yes", "no")))
    return rows


def _adaptation_said(step: dict[str, Any] | None, yes: str, no: str) -> str:
    """What adapting did to one field (``Adaptation.as_dict``; None: not asked), in words that
    begin with ``yes`` or ``no``: evaluate and predict say it the same way."""
    if step is None:
        return f"{no} (--no-adapt)"
    if step["applied"]:
        return f"{yes}: {step['changed']} label(s) changed"
    return f"{no}: {step['reason']}"


@app.command()
def preannotate(
    sentences: Annotated[Path, typer.Argument(help="Sentence table from `annotate ingest`.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Predictions (Parquet).")] = Path(
        "build/preannotations.parquet"
    ),
    schema: SchemaOpt = DEFAULT_SCHEMA,
    lexicon: LexiconOpt = None,
    push_to_studio: PushOpt = False,
    project: ProjectOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Cold start: rule-based hedging and attribution predictions from a learned lexicon."""
    from annotate.model._lexicon_file import read_lexicon
    from annotate.model._rules import preannotate as run

    path = run(sentences, schema, version=read_lexicon(lexicon), output=output)
    _report_predictions("preannotate", path, sentences, schema, project, push_to_studio, as_json)


@app.command("build-lexicon")
def build_lexicon(
    output: Annotated[Path, typer.Option("-o", "--output", help="Lexicon file (YAML).")] = Path(
        "lexicon.yaml"
    ),
    without: Annotated[
        list[str] | None,
        typer.Option(
            help="Learn nothing from this corpus (repeatable): conll2010-wikipedia, "
            "conll2010-biological, polnear or factappeal."
        ),
    ] = None,
    version: Annotated[
        str | None, typer.Option(help="Lexicon format version (default: the newest).")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Learn the rules' lexicon from the public corpora's training splits, leaving some out.

    The shipped lexicon has learned from every public corpus; one learned without a corpus is
    the fair rules on its text (pass it to `train --lexicon` and `preannotate --lexicon`).
    """
    from annotate.model._lexicon_file import build_lexicon as run
    from annotate.model._rules import LEXICON_VERSION

    lexicon = run(output, without=without or (), version=version or LEXICON_VERSION)
    summary = {
        "output": output,
        "version": lexicon["version"],
        "learned_from": lexicon.get("learned_from", "every corpus"),
        "hedge_cues": len(lexicon["hedge_cues"]),
        "attribution_cues": len(lexicon["attribution_cues"]),
        "anonymous_source_words": len(lexicon["anonymous_source_words"]),
    }
    if as_json:
        _emit_json(summary)
    else:
        _table("build-lexicon", list(summary.items()))


@app.command("import-corpus")
def import_corpus(
    kind: Annotated[
        str,
        typer.Argument(
            help="conll2010, szeged-bio, factappeal, checkthat-subjectivity or polnear."
        ),
    ],
    path: Annotated[
        Path | None, typer.Argument(help="Corpus folder (default: under the shared data).")
    ] = None,
    output_dir: Annotated[
        Path, typer.Option("-o", "--output-dir", help="Parent folder of releases.")
    ] = Path("releases"),
    subset: Annotated[
        str | None,
        typer.Option(
            help="CoNLL-2010: wikipedia, biological or the <name> of its files; Szeged: "
            "fullpapers, abstracts or all; CheckThat!: the language (en, it, ...)."
        ),
    ] = None,
    version: Annotated[str, typer.Option(help="Release version.")] = "1.0.0",
    limit: Annotated[
        int | None, typer.Option(help="PolNeAR: at most this many articles per split.")
    ] = None,
    cues: Annotated[
        Path | None,
        typer.Option(
            help="CoNLL-2010: a Szeged Uncertainty Corpus file or folder whose cue words "
            "become the hedge_cue spans of the training sentences of the same text."
        ),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Turn a public annotated corpus into a release, keeping its official splits."""
    from annotate.dataset._import import import_corpus as run

    made = run(kind, output_dir, path=path, subset=subset, version=version, limit=limit, cues=cues)
    if as_json:
        _emit_json(
            {"path": made.path, "counts": made.manifest.counts.to_dict(), "import": made.imported}
        )
    else:
        _table(
            f"import-corpus {kind}",
            [
                ("release", made.path),
                *sorted(made.manifest.counts.to_dict().items()),
                *((f"import: {k}", v) for k, v in sorted(made.imported.items())),
            ],
        )


@app.command()
def demo(
    corpus: Annotated[Path, typer.Option(help="Folder of articles and gold labels.")] = Path(
        "corpus"
    ),
    workdir: Annotated[
        Path, typer.Option(help="Folder of the sentence and annotation tables.")
    ] = _paths.SENTENCES.parent,
    releases_dir: Annotated[
        Path, typer.Option("--releases-dir", help="Folder of releases.")
    ] = _paths.RELEASES,
    models_dir: Annotated[Path, typer.Option("--models-dir", help="Folder of models.")] = (
        _paths.MODELS
    ),
    port: Annotated[int, typer.Option(help="Port of the local Label Studio.")] = 8080,
    schema: SchemaOpt = DEFAULT_SCHEMA,
    project: ProjectOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Run the whole loop on the bundled corpus and leave Label Studio running.

    Run again, it reuses what is there: the latest release when the data are the same,
    else a new release after it; nothing made before is deleted or overwritten.
    """
    from annotate._demo import demo as run
    from annotate.studio._local import home_dir

    result = run(
        corpus,
        workdir,
        schema=schema,
        project=project,
        port=port,
        log=(lambda _m: None) if as_json else err.print,
        releases_dir=releases_dir,
        models_dir=models_dir,
    )
    if as_json:
        _emit_json(result)
        return
    _table(
        "demo",
        [
            *result.paths.items(),
            ("project", result.project),
            ("Label Studio", result.project_url),
        ],
    )
    for note in result.notes:
        # Unwrapped: a note names folders and versions the user may want to copy.
        out.print(f"[bold yellow]note:[/] {note}", soft_wrap=True)
    out.print(
        f"Go on annotating project [bold]{result.project}[/] at [bold]{result.project_url}[/] "
        f"(login in {home_dir() / 'credentials.json'}); stop the server with "
        "`annotate studio down`.",
        soft_wrap=True,
    )
    out.print("Next, with your own articles (README: After the demo):")
    for command in result.next_commands:
        out.print(f"  {command}", soft_wrap=True, highlight=False, markup=False)


# --- Project status and the server's projects (issue 13) ---------------------------------


def _share(value: float | None, digits: int = 3) -> str:
    # Undefined (NaN, 0/0) is printed as n/a, never as a made-up 0.000.
    return "n/a" if value is None else f"{value:.{digits}f}"


@app.command()
def status(
    project: ProjectOpt = None,
    annotations: AnnotationsOpt = ANNOTATIONS,
    sentences: Annotated[
        Path | None,
        typer.Option(
            "--sentences",
            help="Sentence table; with it, annotations breaking an error rule are left out "
            f"as the release does (default: {SENTENCES} when it exists).",
        ),
    ] = None,
    schema: SchemaOpt = DEFAULT_SCHEMA,
    min_annotators: MinAnnotatorsOpt = 1,
    min_agreement: MinAgreementOpt = 0.5,
    adjudicator: AdjudicatorOpt = None,
    chart: Annotated[
        Path | None, typer.Option("--chart", help="Also draw the status as a PNG here.")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Show the project at a glance: progress, annotators, agreement so far, review queue."""
    from annotate.studio._status import status as run

    if sentences is None and SENTENCES.is_file():
        sentences = SENTENCES
    result = run(
        project,
        annotations,
        sentences=sentences,
        schema=schema,
        min_annotators=min_annotators,
        min_agreement=min_agreement,
        adjudicators=tuple(adjudicator or ()),
    )
    if chart is not None:
        from annotate.studio._status_chart import write_chart

        write_chart(result, chart)
    if as_json:
        _emit_json(result)
        return
    median = "n/a" if result.median_seconds is None else f"{result.median_seconds:.1f}"
    _table(
        f"status of {result.project}",
        [
            ("project", result.url),
            ("tasks done", f"{result.tasks_done} / {result.tasks}"),
            (f"with {result.overlap}+ annotators", result.tasks_with_overlap),
            ("annotations", result.annotations),
            ("median seconds per task", median),
            ("review queue (sentences)", result.review_items),
            *[(f"  {field}", n) for field, n in result.review_fields.items()],
            ("left out (error rules)", result.rule_errors_excluded),
            ("annotation table", f"{result.annotations_path} (written {result.pulled_at})"),
        ],
    )
    people = Table(title="annotators", title_justify="left")
    for column in ("annotator", "annotations", "cancelled", "median s", "rule breaks"):
        people.add_column(column)
    for a in result.annotators:
        broken = ", ".join(f"{rule} {n}" for rule, n in a.violations.items()) or "-"
        seconds = "n/a" if a.median_seconds is None else f"{a.median_seconds:.1f}"
        people.add_row(a.annotator, str(a.annotations), str(a.cancelled), seconds, broken)
    out.print(people)
    agreed = Table(title="agreement so far", title_justify="left")
    for column in ("field", "alpha", "token alpha", "% agreement", "items with 2+"):
        agreed.add_column(column)
    for f in result.agreement:
        agreed.add_row(
            f.field,
            _share(f.krippendorff_alpha),
            _share(f.token_alpha),
            _share(f.percent_agreement),
            str(f.items_2plus),
        )
    out.print(agreed)
    if result.records_agreement:
        linked = Table(title="records: F1 between annotators", title_justify="left")
        for column in ("record", "exact", "overlap", "items with 2+"):
            linked.add_column(column)
        for r in result.records_agreement:
            linked.add_row(
                r.record,
                _share(r.record_f1_exact),
                _share(r.record_f1_overlap),
                str(r.items_2plus),
            )
        out.print(linked)
    if chart is not None:
        out.print(f"chart: {chart}")
    if result.stale:
        err.print(
            f"[yellow]the server counts {result.server_annotations} annotations, the table "
            f"{result.annotations}[/]: run `annotate pull` for the latest figures",
            highlight=False,
            soft_wrap=True,
        )


@app.command()
def feedback(
    project: ProjectOpt = None,
    annotations: AnnotationsOpt = ANNOTATIONS,
    schema: SchemaOpt = DEFAULT_SCHEMA,
    min_annotators: MinAnnotatorsOpt = 1,
    min_agreement: MinAgreementOpt = 0.5,
    adjudicator: AdjudicatorOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Show rule breaks and disagreements to the annotators, on their tasks in Label Studio."""
    from annotate.studio._feedback import feedback as run

    result = run(
        project,
        annotations,
        schema=schema,
        min_annotators=min_annotators,
        min_agreement=min_agreement,
        adjudicators=tuple(adjudicator or ()),
    )
    if as_json:
        _emit_json(result)
        return
    _table(
        f"feedback to {result.project}",
        [
            ("project", result.url),
            ("tasks sent a message", len(result.sent)),
            ("tasks cleared (resolved)", len(result.cleared)),
            ("tasks already up to date", result.unchanged),
            ("tasks held (still collecting annotations)", len(result.held)),
            *[(f"  rule breaks of {who}", n) for who, n in result.rule_breaks.items()],
            *[(f"  to adjudication: {field}", n) for field, n in result.disagreements.items()],
        ],
    )
    if result.stale:
        err.print(
            "[yellow]the server counts other annotations than the table holds[/]: run "
            "`annotate pull`, then `annotate feedback` again",
            highlight=False,
            soft_wrap=True,
        )


@app.command()
def projects(as_json: JsonOpt = False) -> None:
    """List the Label Studio server's projects: id, title, tasks and annotated tasks."""
    from annotate.studio._project import projects as run

    found = run()
    if as_json:
        _emit_json(found)
        return
    _grid(
        "projects",
        ("id", "title", "tasks", "annotated", "url"),
        [(str(p.id), p.title, str(p.tasks), str(p.annotated), p.url) for p in found],
    )


# --- annotators (issue 13): accounts on the Label Studio server --------------------------
annotators_app = typer.Typer(
    help="Add, list and remove annotators' Label Studio accounts.", no_args_is_help=True
)
app.add_typer(annotators_app, name="annotators")


@annotators_app.command("add")
def annotators_add(
    name: Annotated[str, typer.Argument(help="The annotator's name, as Label Studio shows it.")],
    email: Annotated[
        str | None, typer.Option(help="Their login (default: NAME@annotate.local).")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Create an annotator's account with a random password, shown once and stored nowhere."""
    from annotate.studio._annotators import annotators_add as run

    new = run(name, email=email)
    if as_json:
        _emit_json(
            {**_jsonable(new.annotator), "login_url": new.login_url, "password": new.password}
        )
        return
    a = new.annotator
    out.print(f"Added [bold]{a.name}[/] ({a.pseudonym} in pulls and releases)", highlight=False)
    out.print(f"  log in at {new.login_url}", highlight=False, soft_wrap=True)
    out.print(f"  e-mail    {a.email}", highlight=False)
    out.print(f"  password  {new.password}", highlight=False)
    err.print(
        "Give the password to the annotator now: it is shown only this once and kept nowhere.",
        highlight=False,
    )


@annotators_app.command("list")
def annotators_list(as_json: JsonOpt = False) -> None:
    """List the accounts with their pseudonyms (e-mails on this terminal only)."""
    from annotate.studio._annotators import annotators_list as run

    found = run()
    if as_json:
        _emit_json(found)
        return

    def status(a: Any) -> str:
        return ("lead (you)" if a.you else "active") if a.active else "removed"

    _grid(
        "annotators",
        ("id", "name", "e-mail", "pseudonym", "status"),
        [(str(a.id), a.name, a.email, a.pseudonym, status(a)) for a in found],
    )


@annotators_app.command("remove")
def annotators_remove(
    who: Annotated[str, typer.Argument(help="E-mail, name or pseudonym.")],
    as_json: JsonOpt = False,
) -> None:
    """Remove an annotator's access; their annotations and pseudonym stay."""
    from annotate.studio._annotators import annotators_remove as run

    gone = run(who)
    if as_json:
        _emit_json(gone)
        return
    out.print(
        f"Removed {gone.name or gone.pseudonym}: no more access to the projects; their "
        f"annotations stay, still as {gone.pseudonym}",
        highlight=False,
        soft_wrap=True,
    )


def main() -> None:
    """Entry point of the ``annotate`` console script."""
    app()
