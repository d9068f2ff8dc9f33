"""Fits the stance model on the cases export.ts wrote, says how it does on what it was not fitted on, and writes
the weights src/ingest/stages/stance-model.ts reads.

The evaluation holds out one group at a time and fits on the rest: each written set (one round of engineers writing
blind) in turn, and the public development articles in four folds by article. For each held-out group it prints
the share of cases coded right by the model alone, as shipped (the model's stance where it is at least
MIN_PROBABILITY sure, else the rules'), and by the rules alone. The shipped model is then fitted on every case.

scikit-learn's LogisticRegression (lbfgs, multinomial) does the fitting: a well-kept, exact implementation, where a
hand-written trainer in TypeScript would be one more thing to get right. Only fitting needs Python; using the model
needs only the weights file.

Usage: pip install -r bench/ingest/stance-model/requirements.txt; npm run train:stance
"""

import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

HERE = Path(__file__).resolve().parent
CASES = HERE / "cache" / "cases.jsonl"
WEIGHTS = HERE.parents[2] / "src" / "ingest" / "stages" / "stance-weights.json"
# Inverse strength of the L2 penalty; 0.3-1.0 did alike held out.
C = 0.5
DEV_FOLDS = 4
# Below this the model leaves the rules' stance: held out, the model alone codes the written sets best but the
# development part a little worse than the rules. The threshold is the lowest at which the shipped model is no worse
# than the rules on the development part held out (bench/ingest/README.md, "Fifteenth round").
MIN_PROBABILITY = 0.6
# Weights this small change no probability in the second decimal; dropping them keeps the file small.
PRUNE_BELOW = 0.005


def fold_of(group: str) -> str:
    if group.startswith("dev:"):
        digest = int(hashlib.md5(group.encode()).hexdigest(), 16)
        return f"dev fold {digest % DEV_FOLDS + 1}"
    return group


def fit(cases):
    vectorizer = DictVectorizer()
    features = vectorizer.fit_transform([c["features"] for c in cases])
    model = LogisticRegression(C=C, max_iter=5000).fit(features, [c["gold"] for c in cases])
    return vectorizer, model


def held_out(cases):
    folds = defaultdict(list)
    for c in cases:
        folds[fold_of(c["group"])].append(c)
    rows = []
    for name in sorted(folds, key=lambda n: (n.startswith("dev"), len(n), n)):
        if name == "synthetic":
            continue  # its articles test the rules' patterns one by one; it is training data only
        test = folds[name]
        vectorizer, model = fit([c for c in cases if fold_of(c["group"]) != name])
        right = shipped = 0
        for c, p in zip(test, model.predict_proba(vectorizer.transform([c["features"] for c in test]))):
            best = p.argmax()
            right += model.classes_[best] == c["gold"]
            shipped += (model.classes_[best] if p[best] >= MIN_PROBABILITY else c["rule"]) == c["gold"]
        rules = sum(c["rule"] == c["gold"] for c in test)
        rows.append((name, len(test), right, shipped, rules))
    return rows


def main():
    cases = [json.loads(line) for line in CASES.read_text().splitlines() if line]
    print(f"{len(cases)} cases")
    print("held out                 cases  model  shipped  rules")
    totals = defaultdict(lambda: [0, 0, 0, 0])
    for name, n, right, shipped, rules in held_out(cases):
        print(f"{name:<24} {n:>5}  {right / n:.3f}  {shipped / n:.3f}    {rules / n:.3f}")
        key = "development (all folds)" if name.startswith("dev") else "written (all sets)"
        for i, v in enumerate((n, right, shipped, rules)):
            totals[key][i] += v
    for key, (n, right, shipped, rules) in totals.items():
        print(f"{key:<24} {n:>5}  {right / n:.3f}  {shipped / n:.3f}    {rules / n:.3f}")

    vectorizer, model = fit(cases)
    classes = list(model.classes_)
    kept, weights = [], []
    for name, column in sorted(vectorizer.vocabulary_.items()):
        row = [float(model.coef_[k][column]) for k in range(len(classes))]
        if max(abs(w) for w in row) < PRUNE_BELOW:
            continue
        kept.append(name)
        weights.extend(round(w, 4) for w in row)
    WEIGHTS.write_text(
        json.dumps(
            {
                "about": "Stance model weights: multinomial logistic regression fitted by bench/ingest/stance-model/train.py "
                f"on {len(cases)} annotated cases (written, synthetic and public development corpora); see stages/stance-model.ts.",
                "minProbability": MIN_PROBABILITY,
                "classes": classes,
                "intercept": [round(float(b), 4) for b in model.intercept_],
                "features": kept,
                "weights": weights,
            },
            separators=(",", ":"),
        )
        + "\n"
    )
    print(f"{len(kept)} of {len(vectorizer.vocabulary_)} features kept -> {WEIGHTS}")


if __name__ == "__main__":
    sys.exit(main())
