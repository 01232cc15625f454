"""The ``annotate`` command line: a thin layer over the library.

Each command parses its options, calls the library function of the same name once, and
formats the result. Errors the toolkit raises on purpose (``AnnotateError``) are printed
as one message without a traceback and exit with code 2; ``--debug`` shows the traceback.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from annotate.errors import AnnotateError

app = typer.Typer(
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
    Path, typer.Option("--schema", help="Labelling schema (YAML).", show_default=True)
]
DEFAULT_SCHEMA = Path("schemas/news-stance.yaml")


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


def _table(title: str, rows: list[tuple[str, Any]]) -> None:
    table = Table(title=title, show_header=False, title_justify="left")
    table.add_column(style="bold")
    table.add_column()
    for key, value in rows:
        table.add_row(key, str(value))
    out.print(table)


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of articles.")],
    output: Annotated[
        Path, typer.Option("-o", "--output", help="Sentence table (Parquet).")
    ] = Path("build/sentences.parquet"),
    text_column: Annotated[
        str, typer.Option(help="CSV/JSONL column holding the article text.")
    ] = "text",
    id_column: Annotated[
        str | None, typer.Option(help="CSV/JSONL column holding a stable article id.")
    ] = None,
    title_column: Annotated[str | None, typer.Option(help="CSV/JSONL title column.")] = None,
    url_column: Annotated[str | None, typer.Option(help="CSV/JSONL url column.")] = None,
    workers: Annotated[
        int | None, typer.Option(help="Processes to use (default: all cores).")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Split articles into sentences with stable ids, ready to push to Label Studio."""
    from annotate.ingest import ingest as run

    result = run(
        paths,
        output,
        text_column=text_column,
        id_column=id_column,
        title_column=title_column,
        url_column=url_column,
        workers=workers,
        progress=not as_json,
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
            ],
        )
        for skipped in result.skipped:
            where = f"{skipped.path}:{skipped.line}" if skipped.line else str(skipped.path)
            err.print(f"[yellow]skipped[/] {where}: {skipped.reason}")
    if result.skipped:
        # Partial success is still a signal scripts must see.
        raise typer.Exit(1)


def main() -> None:
    """Entry point of the ``annotate`` console script."""
    try:
        app()
    except AnnotateError as exc:
        if _State.debug:
            raise
        err.print(f"[bold red]error:[/] {exc}", highlight=False)
        sys.exit(2)
