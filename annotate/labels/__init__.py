"""Votes into labels: agreement between annotators and adjudication to one gold label."""

from annotate._lazy import attach

_NAMES = {
    "AgreementReport": "._agreement",
    "agreement": "._agreement",
    "cohen_kappa": "._agreement",
    "fleiss_kappa": "._agreement",
    "nominal_alpha": "._agreement",
    "percent_agreement": "._agreement",
    "record_agreement": "._record_agreement",
    "record_f1": "._record_agreement",
    "token_alpha": "._token_alpha",
    "Adjudication": "._adjudicate",
    "adjudicate": "._adjudicate",
    "export_queue": "._adjudicate",
}
__all__ = sorted(_NAMES)
__getattr__, __dir__ = attach(__name__, globals(), _NAMES)
