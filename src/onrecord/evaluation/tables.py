"""Plain-text and JSON views of statement scores: the table ``onrecord evaluate`` prints and
the per-kind numbers of its ``--json`` output and of bench/accuracy.py."""
from __future__ import annotations

from typing import Any, Optional

from onrecord.evaluation.scoring import Scores, f1_of


def _rate(value: float) -> str:
    return f"{value:.3f}"


def format_table(rows: dict[str, Scores], by_kind: Optional[Scores] = None) -> str:
    """A plain-text table: one row per subset, then (optionally) one row per kind."""
    lines = [f"{'':12} {'gold':>5} {'pred':>5}  {'P':>5} {'R':>5} {'F1':>5}   "
             f"{'spk P':>5} {'spk R':>6} {'spk F1':>6}  {'spk acc':>7} {'exact R':>7}"]
    for name, s in rows.items():
        lines.append(f"{name:12} {s.gold:5} {s.pred:5}  {_rate(s.p)} {_rate(s.r)} {_rate(s.f1)}   "
                     f"{_rate(s.spk_p)} {_rate(s.spk_r):>6} {_rate(s.spk_f1):>6}  "
                     f"{_rate(s.spk_acc):>7} {_rate(s.exact_r):>7}")
    if by_kind is not None:
        lines += ["", "by kind: precision over predictions of that kind, recall over gold statements of that kind",
                  f"{'':12} {'gold':>5} {'pred':>5}  {'P':>5} {'R':>5} {'F1':>5}   "
                  f"{'spk P':>5} {'spk R':>6} {'spk F1':>6}"]
        for kind in sorted(set(by_kind.by_predicted_kind) | set(by_kind.by_gold_kind)):
            pred = by_kind.by_predicted_kind.get(kind)
            gold = by_kind.by_gold_kind.get(kind)
            # F1 needs both sides: precision from this kind's predictions, recall from its gold
            f1 = _rate(f1_of(pred.p, gold.r)) if pred is not None and gold is not None else "-"
            spk_f1 = _rate(f1_of(pred.spk_p, gold.spk_r)) if pred is not None and gold is not None else "-"
            cells = [
                f"{kind:12}", f"{gold.gold if gold else '-':>5}", f"{pred.pred if pred else '-':>5} ",
                f"{_rate(pred.p) if pred else '-':>5}", f"{_rate(gold.r) if gold else '-':>5}",
                f"{f1:>5}  ",
                f"{_rate(pred.spk_p) if pred else '-':>5}", f"{_rate(gold.spk_r) if gold else '-':>6}",
                f"{spk_f1:>6}",
            ]
            lines.append(" ".join(cells))
    return "\n".join(lines)


def kind_breakdown(scores: Scores) -> dict[str, dict[str, Any]]:
    """Per-kind numbers: predictions by predicted kind, gold statements by gold kind."""
    out: dict[str, dict[str, Any]] = {}
    for kind, t in scores.by_predicted_kind.items():
        out.setdefault(kind, {}).update(pred=t.pred, p=round(t.p, 3), spk_p=round(t.spk_p, 3))
    for kind, t in scores.by_gold_kind.items():
        out.setdefault(kind, {}).update(gold=t.gold, r=round(t.r, 3), spk_r=round(t.spk_r, 3),
                                        exact_r=round(t.exact_r, 3))
    return dict(sorted(out.items()))
