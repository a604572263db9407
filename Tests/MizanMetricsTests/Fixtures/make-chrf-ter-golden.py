#!/usr/bin/env python3
"""Writes chrf-golden.json and ter-golden.json: sacreBLEU's own chrF, chrF++ and TER scores
on the inputs in inputs/, for every option, at corpus and sentence level.

chrF runs the sacreBLEU command line, so that line reading and rstrip are exactly what a
user of the tool gets; `-w 4` prints four decimals, which the Swift tests compare to 0.0001.

TER on the 3000-word edge line takes minutes per run in Python, and 64 command-line runs
would take hours; so TER runs in-process through sacreBLEU's own `TER` class, reading lines
as the command line does, with `translation_edit_rate` memoized (it is a pure function of two
word lists, so no result changes). Scores are kept at full precision. The command line is
still run on the seed set for every TER option, and must agree to the printed 4 decimals.

Deterministic: run it again and the files are byte-identical.

    /work/sbvenv/bin/python make-chrf-ter-golden.py [chrf|ter]   # default: both
"""
import functools
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


def read_lines(name):
    """Lines as sacreBLEU's command line reads them: split on "\\n" only, each rstrip()ped."""
    with open(inputs / name, encoding="utf-8", newline="\n") as handle:
        return [line.rstrip() for line in handle]


def ter_cases():
    import sacrebleu.metrics.ter as ter_module
    from sacrebleu.metrics import TER

    original = ter_module.translation_edit_rate
    memoized = functools.lru_cache(maxsize=None)(
        lambda hyp, ref: original(list(hyp), list(ref)))
    ter_module.translation_edit_rate = lambda hyp, ref: memoized(tuple(hyp), tuple(ref))

    out = []
    for o in ter_options():
        for set_name, hyp, refs in SETS:
            metric = TER(normalized=o["normalized"], no_punct=o["noPunctuation"],
                         asian_support=o["asianSupport"], case_sensitive=o["caseSensitive"])
            hyps = read_lines(hyp)
            ref_streams = [read_lines(r) for r in refs]
            stats = metric._extract_corpus_statistics(hyps, ref_streams)
            corpus = metric._aggregate_and_compute(stats)
            signature = metric.get_signature().format()
            sentences = [metric._aggregate_and_compute([row]).score for row in stats]
            args = ter_args(o)
            if set_name == "seed":
                cli = corpus_score(hyp, refs, args)
                assert cli["signature"] == signature, (cli, signature)
                assert f"{corpus.score:.4f}" == f"{cli['score']:.4f}", (cli, corpus.score)
                cli_sentences = sentence_scores(hyp, refs, args)["scores"]
                assert [f"{x:.4f}" for x in sentences] == [f"{x:.4f}" for x in cli_sentences]
            out.append({
                "set": set_name,
                "hypothesis": hyp,
                "references": refs,
                "options": o,
                "arguments": args,
                "corpus": {"name": corpus.name, "score": corpus.score, "signature": signature},
                "sentence": {"name": corpus.name, "signature": signature, "scores": sentences},
            })
            print(set_name, " ".join(args), corpus.score, file=sys.stderr)
    ter_module.translation_edit_rate = original
    return out


def write(name, payload):
    text = json.dumps(payload, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
    (here / name).write_text(text, encoding="utf-8")


which = sys.argv[1:] or ["chrf", "ter"]
sacrebleu_version = version()
if "chrf" in which:
    write("chrf-golden.json", {"sacrebleuVersion": sacrebleu_version,
                               "cases": cases(chrf_options, chrf_args)})
if "ter" in which:
    write("ter-golden.json", {"sacrebleuVersion": sacrebleu_version, "cases": ter_cases()})
