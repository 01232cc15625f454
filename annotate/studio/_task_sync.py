"""One task per sentence on the server, and a local task map that agrees with it.

Two pushes that run at once (from one folder or from two machines) can each find a
sentence missing and both import it: no check made before an import closes that window,
since Label Studio has no unique key on task data. So the server is the truth, and a push
repairs what such a race leaves: it lists the project, keeps one task per sentence (the
one with annotations, else the oldest) and deletes the other copies, never one that has an
annotation. The rule picks the same survivor whoever applies it, so two pushes repairing
at once agree. Then the local map is rebuilt from what the server holds.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from annotate.studio._client import Client
from annotate.studio._task_map import TaskMap

__all__ = [
    "Repair",
    "ServerTask",
    "Watch",
    "as_expected",
    "catch_up",
    "plan_repair",
    "reconcile",
    "server_task",
]

# Id ranges of a push's own imports that ``catch_up`` leaves out; past this many (only
# when several pushes interleave) they are merged into one, which may hide another push's
# tasks from that check, but never from ``as_expected`` at the end.
_MAX_RANGES = 20


@dataclass(frozen=True)
class ServerTask:
    """What push needs to know of one task on the server."""

    sentence_id: str
    task_id: int
    text_sha256: str | None
    annotated: bool = False


@dataclass
class Repair:
    """What one reconciliation with the server found and did."""

    deleted: int = 0
    # Sentences with several copies that all have annotations: kept, for a person to merge.
    annotated_copies: list[str] = field(default_factory=list)
    highest_id: int = 0


def server_task(task: Any) -> ServerTask | None:
    """The task as push sees it, or None for a task that no push made (no sentence id)."""
    data = task.data or {}
    if "sentence_id" not in data:
        return None
    # A skipped annotation is still an annotator's work on that copy.
    done = (task.total_annotations or 0) + (getattr(task, "cancelled_annotations", 0) or 0)
    sha = data.get("text_sha256")
    return ServerTask(str(data["sentence_id"]), int(task.id), sha, done > 0)


def plan_repair(
    tasks: Iterable[ServerTask],
) -> tuple[dict[str, ServerTask], list[int], list[str]]:
    """Choose one task per sentence: ``(kept, task ids to delete, annotated copies)``.

    The task kept is the one with annotations, else the oldest (lowest id). When several
    copies have annotations all of them stay (deleting any would lose work) and the
    sentence is listed; ``kept`` then names the oldest annotated copy.
    """
    copies: dict[str, list[ServerTask]] = defaultdict(list)
    for task in tasks:
        copies[task.sentence_id].append(task)
    kept: dict[str, ServerTask] = {}
    delete: list[int] = []
    conflicts: list[str] = []
    for sid, group in copies.items():
        group.sort(key=lambda t: t.task_id)
        annotated = [t for t in group if t.annotated]
        survivors = annotated or group[:1]
        kept[sid] = survivors[0]
        delete.extend(t.task_id for t in group if t not in survivors)
        if len(annotated) > 1:
            conflicts.append(sid)
    return kept, sorted(delete), sorted(conflicts)


def confirmed(client: Client, tasks: list[ServerTask]) -> list[ServerTask]:
    """``tasks``, each copy of a sentence held more than once marked annotated when the
    server lists an annotation on it, whatever the task's counters say.

    The listing's ``total_annotations`` is a counter the server keeps beside the
    annotations, and once (in CI, on a loaded machine) it read 0 for a copy annotated just
    before: the repair then planned to delete that copy and the delete's own "no annotation"
    filter, on the same counter, let it go. Asking for the annotations themselves costs one
    request per copy, and copies are rare (a race between two pushes).
    """
    copies = Counter(t.sentence_id for t in tasks)
    return [
        t
        if t.annotated or copies[t.sentence_id] < 2
        else replace(t, annotated=client.has_annotations(t.task_id))
        for t in tasks
    ]


def reconcile(client: Client, project_id: int, task_map: TaskMap) -> Repair:
    """Repair duplicate tasks in the project and rebuild ``task_map`` from the server."""
    tasks: list[ServerTask] = []
    untracked = 0
    highest = 0
    for raw in client.tasks(project_id):
        highest = max(highest, int(raw.id))
        task = server_task(raw)
        if task is None:
            untracked += 1
        else:
            tasks.append(task)
    kept, delete, conflicts = plan_repair(confirmed(client, tasks))
    # The server re-checks "no annotation" as it deletes, so an annotation made since
    # the listing above keeps its task; the next push then sees the count differ and
    # reconciles again.
    client.delete_unannotated_tasks(project_id, delete)
    # Counted on the server, not from the plan: a copy annotated since the listing (or whose
    # annotation count the server had not updated yet) is still there, and was not removed.
    survived = len(list(client.tasks(project_id, ids=delete))) if delete else 0
    # Copies kept for their annotations stay on the server beside the mapped one.
    extra = len(tasks) - len(delete) - len(kept)
    task_map.replace_all(
        ((t.sentence_id, t.task_id, t.text_sha256) for t in kept.values()),
        untracked=untracked + extra,
    )
    task_map.dirty = False
    return Repair(deleted=len(delete) - survived, annotated_copies=conflicts, highest_id=highest)


@dataclass
class Watch:
    """What one push knows of the tasks created while it runs."""

    seen: int  # every task above this id was made since the push last looked
    ours: list[tuple[int, int, int]] = field(default_factory=list)  # (first, last, count)
    suspect: bool = False  # a second task of one sentence was seen

    def add_ours(self, ids: list[int]) -> None:
        first, last = min(ids), max(ids)
        if self.ours and self.ours[-1][1] + 1 == first:
            prev = self.ours.pop()
            first, count = prev[0], prev[2] + len(ids)
        else:
            count = len(ids)
        self.ours.append((first, last, count))


def catch_up(
    client: Client,
    project_id: int,
    known: dict[str, tuple[int, str | None]],
    task_map: TaskMap,
    watch: Watch,
) -> None:
    """Learn the tasks others created since this push last looked (usually none: one
    request that returns nothing), so that a batch skips sentences they imported."""
    if len(watch.ours) > _MAX_RANGES:
        watch.ours[:] = [(watch.ours[0][0], watch.ours[-1][1], sum(n for *_, n in watch.ours))]
    learned = []
    skip = [(first, last) for first, last, _ in watch.ours]
    for raw in client.tasks(project_id, after_id=watch.seen, skip=skip):
        watch.seen = max(watch.seen, int(raw.id))
        task = server_task(raw)
        if task is None:
            continue
        mine = known.get(task.sentence_id)
        if mine is None:
            known[task.sentence_id] = (task.task_id, task.text_sha256)
            learned.append((task.sentence_id, task.task_id, task.text_sha256))
        elif mine[0] != task.task_id:
            watch.suspect = True  # a second copy of a sentence: repair at the end
    task_map.add(learned)


def as_expected(client: Client, project_id: int, task_map: TaskMap, watch: Watch) -> bool:
    """Whether the project holds exactly the tasks this push knows of, by counts alone.

    Any difference (another push's tasks, or our own deleted by its repair) sends the push
    to a full reconciliation; when nobody else was at work these few count requests are
    all it costs.
    """
    if client.count_tasks(project_id) != len(task_map) + task_map.untracked:
        return False
    return all(
        client.count_tasks(project_id, id_range=(first, last)) == count
        for first, last, count in watch.ours
    )
