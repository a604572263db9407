#!/usr/bin/env python3
"""Writes chrf-golden.json and ter-golden.json: sacreBLEU's own chrF, chrF++ and TER scores
on the inputs in inputs/, for every option, at corpus and sentence level.

Runs the sacreBLEU command line (not the Python API) so that line reading and rstrip are
exactly what a user of the tool gets; `-w 4` prints four decimals, which the Swift tests
compare to 0.0001. Deterministic: run it again and the files are byte-identical.

    /work/sbvenv/bin/python make-chrf-ter-golden.py   # needs sacrebleu 2.6.0 on PATH or in the venv
"""
import itertools
import json
import pathlib
import shutil
import subprocess
import sys

here = pathlib.Path(__file__).resolve().parent
inputs = here / "inputs"
sacrebleu = shutil.which("sacrebleu") or str(pathlib.Path(sys.executable).parent / "sacrebleu")

# (name, hypothesis file, reference files)
SETS = [
    ("seed", "seed.hyp", ["seed.ref"]),
    ("edge", "edge.hyp", ["edge.ref"]),
    ("edge-2refs", "edge.hyp", ["edge.ref", "edge.ref2"]),
]


def run(args):
    result = subprocess.run(
        [sacrebleu, *args, "-w", "4"], cwd=inputs, capture_output=True, text=True, check=True
    )
    return result.stdout


def version():
    return run(["--version"]).split()[-1]


def corpus_score(hyp, refs, metric_args):
    out = json.loads(run([*refs, "-i", hyp, "-f", "json", *metric_args]))
    return {"name": out["name"], "score": out["score"], "signature": out["signature"]}


def sentence_scores(hyp, refs, metric_args):
    names, signatures, scores = set(), set(), []
    for line in run([*refs, "-i", hyp, "-sl", *metric_args]).splitlines():
        head, number = line.rsplit(" = ", 1)
        name, signature = head.split("|", 1)
        names.add(name)
        signatures.add(signature)
        scores.append(float(number))
    assert len(names) == 1 and len(signatures) == 1, (names, signatures)
    return {"name": names.pop(), "signature": signatures.pop(), "scores": scores}


def chrf_options():
    for word_order, lowercase, whitespace, eps in itertools.product(
        [0, 2], [False, True], [False, True], [False, True]
    ):
        yield {"charOrder": 6, "wordOrder": word_order, "beta": 2, "lowercase": lowercase,
               "whitespace": whitespace, "epsSmoothing": eps}
    # A few non-default orders and betas, which change the name and the signature.
    yield {"charOrder": 4, "wordOrder": 1, "beta": 1, "lowercase": False,
           "whitespace": False, "epsSmoothing": False}
    yield {"charOrder": 6, "wordOrder": 2, "beta": 3, "lowercase": True,
           "whitespace": False, "epsSmoothing": True}


def chrf_args(o):
    args = ["-m", "chrf", "--chrf-char-order", str(o["charOrder"]),
            "--chrf-word-order", str(o["wordOrder"]), "--chrf-beta", str(o["beta"])]
    if o["lowercase"]:
        args.append("--chrf-lowercase")
    if o["whitespace"]:
        args.append("--chrf-whitespace")
    if o["epsSmoothing"]:
        args.append("--chrf-eps-smoothing")
    return args


def ter_options():
    for normalized, no_punct, asian, case_sensitive in itertools.product([False, True], repeat=4):
        yield {"normalized": normalized, "noPunctuation": no_punct, "asianSupport": asian,
               "caseSensitive": case_sensitive}


def ter_args(o):
    args = ["-m", "ter"]
    if o["normalized"]:
        args.append("--ter-normalized")
    if o["noPunctuation"]:
        args.append("--ter-no-punct")
    if o["asianSupport"]:
        args.append("--ter-asian-support")
    if o["caseSensitive"]:
        args.append("--ter-case-sensitive")
    return args


def cases(options, to_args):
    out = []
    for options_row in options():
        for set_name, hyp, refs in SETS:
            args = to_args(options_row)
            out.append({
                "set": set_name,
                "hypothesis": hyp,
                "references": refs,
                "options": options_row,
                "arguments": args,
                "corpus": corpus_score(hyp, refs, args),
                "sentence": sentence_scores(hyp, refs, args),
            })
            print(set_name, " ".join(args), out[-1]["corpus"]["score"], file=sys.stderr)
    return out


def write(name, payload):
    text = json.dumps(payload, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
    (here / name).write_text(text, encoding="utf-8")


sacrebleu_version = version()
write("chrf-golden.json", {"sacrebleuVersion": sacrebleu_version,
                           "cases": cases(chrf_options, chrf_args)})
write("ter-golden.json", {"sacrebleuVersion": sacrebleu_version,
                          "cases": cases(ter_options, ter_args)})
