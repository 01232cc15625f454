"""The status of a project as one PNG a lead can paste into a report."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from annotate._files import write_png
from annotate.studio._status import ProjectStatus

__all__ = ["write_chart"]


def _pyplot() -> Any:
    import matplotlib

    # Agg: no display on servers and CI; set before pyplot is first imported.
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def write_chart(status: ProjectStatus, path: str | Path) -> Path:
    """Draw ``status`` as a PNG: work per annotator (with rule breaks) and agreement per field.

    Parameters
    ----------
    status : ProjectStatus
        What :func:`annotate.studio._status.status` returned.
    path : str or pathlib.Path
        The PNG to write (atomically: a failure leaves no half file).

    Returns
    -------
    pathlib.Path
    """
    path = Path(path)
    plt = _pyplot()
    people = status.annotators
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2))
    names = [a.annotator for a in people]
    done = [a.annotations for a in people]
    broken = [sum(a.violations.values()) for a in people]
    ys = range(len(people))
    left.barh([y + 0.2 for y in ys], done, height=0.4, label="annotations")
    left.barh([y - 0.2 for y in ys], broken, height=0.4, color="tab:red", label="rule breaks")
    left.set_yticks(list(ys), names)
    left.invert_yaxis()
    left.set_xlabel("count")
    # Counts are whole numbers: no 2.5 annotations on the axis.
    left.xaxis.get_major_locator().set_params(integer=True)
    left.set_title("work per annotator")
    if people:
        left.legend(loc="lower right")
    fields = [f.field for f in status.agreement]
    alphas = [f.krippendorff_alpha for f in status.agreement]
    xs = range(len(fields))
    right.bar(list(xs), [a if a is not None else 0.0 for a in alphas], color="tab:green")
    for x, (a, f) in enumerate(zip(alphas, status.agreement, strict=True)):
        text = "n/a" if a is None else f"{a:.2f}"
        right.annotate(
            f"{text}\n({f.items_2plus} item{'' if f.items_2plus == 1 else 's'})",
            (x, max(a or 0.0, 0.0)),
            ha="center",
            va="bottom",
            fontsize=8,
        )
    right.set_xticks(list(xs), fields, rotation=30, ha="right")
    # Alpha runs from below zero (worse than chance) to 1; the room above is for the labels.
    low = min([0.0, *(a for a in alphas if a is not None)])
    right.set_ylim(low - 0.05 if low < 0 else 0, 1.25)
    right.axhline(0, color="black", linewidth=0.6)
    right.set_ylabel("Krippendorff's alpha")
    right.set_title("agreement so far")
    fig.suptitle(
        f"{status.project}: {status.tasks_done}/{status.tasks} tasks done, "
        f"{status.tasks_with_overlap} with {status.overlap}+ annotators, "
        f"review queue {status.review_items}"
    )
    write_png(path, fig)
    return path
