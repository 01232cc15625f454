"""Label Studio: the local server, pushing sentences as tasks, pulling annotations, review,
feedback to annotators and gold labels.
"""

from annotate._lazy import attach

_NAMES = {
    "StudioStatus": "._local",
    "StudioStopped": "._local",
    "connect": "._local",
    "home_dir": "._local",
    "studio_down": "._local",
    "studio_status": "._local",
    "studio_up": "._local",
    "Annotator": "._annotators",
    "NewAnnotator": "._annotators",
    "annotators_add": "._annotators",
    "annotators_list": "._annotators",
    "annotators_remove": "._annotators",
    "PushResult": "._push",
    "push": "._push",
    "PullResult": "._pull",
    "pull": "._pull",
    "ReviewResult": "._review",
    "review": "._review",
    "to_predictions": "._predictions",
    "AnnotatorStatus": "._status",
    "FieldAgreement": "._status",
    "ProjectStatus": "._status",
    "status": "._status",
    "FeedbackResult": "._feedback",
    "feedback": "._feedback",
    "ProjectInfo": "._project",
    "projects": "._project",
    "GoldImport": "._gold",
    "import_gold": "._gold",
    "load_gold": "._gold",
}
__all__ = sorted(_NAMES)
__getattr__, __dir__ = attach(__name__, globals(), _NAMES)
