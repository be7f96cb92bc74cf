"""Scoring extraction against gold data: readers of gold formats, scorers and their tables.

``gold`` reads PolNeAR and onrecord gold and the prediction JSONL; ``scoring`` matches
predictions to gold statements and counts the scores; ``tables`` formats them. ``events``
scores the event coder on PLOVER, CAMEO and NGEC data. The commands that run them live in
``onrecord.cli.evaluate``; the bench scripts call them too, through the names below.
"""
from onrecord.evaluation.gold import (
    EvaluationError,
    GoldArticle,
    GoldStatement,
    article_key,
    keyed_articles,
    load_gold,
    load_predictions,
    read_brat_attributions,
    read_polnear_split,
)
from onrecord.evaluation.scoring import SUBSETS, Problem, Scores, Tally, normalize_name, score, speaker_is_right
from onrecord.evaluation.tables import format_table, kind_breakdown

__all__ = [
    "SUBSETS",
    "EvaluationError",
    "GoldArticle",
    "GoldStatement",
    "Problem",
    "Scores",
    "Tally",
    "article_key",
    "format_table",
    "keyed_articles",
    "kind_breakdown",
    "load_gold",
    "load_predictions",
    "normalize_name",
    "read_brat_attributions",
    "read_polnear_split",
    "score",
    "speaker_is_right",
]
