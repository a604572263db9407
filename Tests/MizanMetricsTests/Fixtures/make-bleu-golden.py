#!/usr/bin/env python3
"""Writes the BLEU golden fixtures from sacreBLEU 2.6.0, for Mizan's Swift tests to compare against.

Run with the interpreter that has sacrebleu 2.6.0 and numpy installed:
    /work/sbvenv/bin/python Tests/MizanMetricsTests/Fixtures/make-bleu-golden.py
Deterministic: the same sacreBLEU and numpy give byte-identical files. Writes, next to this script:
  inputs/seed.sys2.hyp, inputs/seed.sys3.hyp, inputs/edge.sys2.hyp
                        perturbed systems for the multi-system and paired tests
  bleu-tokenizers.json  each tokenizer's output for every input line and some probe strings,
                        and Python's str.lower() of every line
  bleu-scores.json      API scores: corpus and sentence statistics and scores for many options
  bleu-cli.json         the exact stdout of the sacrebleu CLI for many option sets
  bleu-resampling.json  numpy default_rng choice()/integers() draws for a few seeds and sizes
Swift tests never run Python; they only read these files.
"""
import json
import os
import pathlib
import subprocess
import sys

import numpy as np
import sacrebleu
from sacrebleu.metrics import BLEU
from sacrebleu.metrics.bleu import _get_tokenizer

assert sacrebleu.__version__ == "2.6.0", sacrebleu.__version__

here = pathlib.Path(__file__).resolve().parent
inputs = here / "inputs"
cli = pathlib.Path(sys.executable).parent / "sacrebleu"


def read_lines(name):
    # Exactly as the sacrebleu CLI reads a file: split on "\n" only, rstrip each line.
    text = (inputs / name).read_text(encoding="utf-8")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.rstrip() for line in lines]


def write_lines(name, lines):
    (inputs / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- perturbed systems
def drop_every_fifth_word(line):
    words = line.split(" ")
    return " ".join(w for i, w in enumerate(words) if i % 5 != 4)


def swap_pairs_every_third_line(lines):
    out = []
    for n, line in enumerate(lines):
        words = line.split(" ")
        if n % 3 == 0:
            for i in range(0, len(words) - 1, 2):
                words[i], words[i + 1] = words[i + 1], words[i]
        out.append(" ".join(words))
    return out


seed_hyp = read_lines("seed.hyp")
edge_hyp = read_lines("edge.hyp")
write_lines("seed.sys2.hyp", [drop_every_fifth_word(line) for line in seed_hyp])
write_lines("seed.sys3.hyp", swap_pairs_every_third_line(seed_hyp))
write_lines("edge.sys2.hyp", [drop_every_fifth_word(line) for line in edge_hyp])

# ---------------------------------------------------------------- tokenizers
probes = [
    "", " ", "a", ".", ",", "-", "a.", ".a", "1.", ".1", "1.5", "a,b", "1,5", "a-b", "1-2", "1 - 2",
    "x..y", "1..2", "a.,b", "3,.4", "end.", "U.S.A.", "e.g.,", "'quoted'", "it's", "--x--",
    "&amp;lt;", "&quot;&quot;", "a&b", "<skipped>x", "tab\there", "  lead and trail  ",
    "\u2000x\u2001y\u2a6dz\u2a6e", "\U00020000\U0002a6d6\U0002f800\U0002f810\u2f81",
    "\u3000full\uff01width\uff10", "\u2014dash\u2013", "\u00bd\u00b2\u2167", "\u00a7\u00b6\u2030",
    "\u0660\u0661\u066b\u066c", "a\u00a0b\u2028c\u0085d\u001ce", "\ufeffbom\u200b",
    "\U0001F600\U0001F44D\U0001F3FD", "(1)[2]{3}", "$5 \u20ac6 \u00a37", "50% 3\u00b0C",
]
input_names = ["seed.hyp", "seed.ref", "edge.hyp", "edge.ref", "edge.ref2"]
all_lines = [line for name in input_names for line in read_lines(name)] + probes

tokenizer_fixture = {"sacrebleu": sacrebleu.__version__, "tokenizers": {}}
for name in ["13a", "intl", "char", "none", "zh"]:
    tok = _get_tokenizer(name)()
    tokenizer_fixture["tokenizers"][name] = [[line, tok(line)] for line in all_lines]
lower_probes = ["ΑΣ ΟΔΟΣ Σ ΣΑ", "İstanbul", "ǅ ß ẞ", "ΌΣΟΣ.", "A\u0345Σ"]
tokenizer_fixture["lower"] = [[line, line.lower()] for line in all_lines + lower_probes]
(here / "bleu-tokenizers.json").write_text(
    json.dumps(tokenizer_fixture, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

# ---------------------------------------------------------------- API scores
corpora = {
    "seed": (["seed.hyp"], ["seed.ref"]),
    "edge": (["edge.hyp"], ["edge.ref"]),
    "edge-2refs": (["edge.hyp"], ["edge.ref", "edge.ref2"]),
}
option_sets = []
for tok in ["13a", "intl", "char", "none", "zh"]:
    option_sets.append({"tokenize": tok})
for method, value in [("exp", None), ("floor", None), ("floor", 0.2), ("add-k", None),
                      ("add-k", 2.0), ("add-k", 0.5), ("none", None)]:
    option_sets.append({"smooth_method": method, "smooth_value": value})
option_sets.append({"lowercase": True})
option_sets.append({"effective_order": True})
option_sets.append({"effective_order": True, "smooth_method": "none"})
option_sets.append({"effective_order": True, "smooth_method": "floor"})
option_sets.append({"lowercase": True, "tokenize": "intl", "smooth_method": "add-k"})


def score_record(score):
    return {
        "score": score.score, "counts": [int(c) for c in score.counts],
        "totals": [int(t) for t in score.totals], "sys_len": score.sys_len,
        "ref_len": score.ref_len, "verbose": score._verbose,
    }


score_cases = []
for corpus, (hyp_files, ref_files) in corpora.items():
    hyps = read_lines(hyp_files[0])
    refs = [read_lines(name) for name in ref_files]
    for options in option_sets:
        bleu = BLEU(**options)
        stats = bleu._extract_corpus_statistics(hyps, refs)
        corpus_score = bleu._aggregate_and_compute(stats)
        sentence_bleu = BLEU(**{**options, "effective_order": True})
        sentences = [score_record(sentence_bleu.sentence_score(h, list(r)))
                     for h, *r in zip(hyps, *refs)]
        score_cases.append({
            "corpus": corpus, "options": options, "signature": bleu.get_signature().format(),
            "statistics": [[int(x) for x in s] for s in stats],
            "corpus_score": score_record(corpus_score),
            "sentence_signature": sentence_bleu.get_signature().format(),
            "sentence_scores": sentences,
        })
(here / "bleu-scores.json").write_text(
    json.dumps({"sacrebleu": sacrebleu.__version__, "cases": score_cases}, ensure_ascii=False,
               indent=1) + "\n", encoding="utf-8")

# ---------------------------------------------------------------- CLI outputs
env = {k: v for k, v in os.environ.items() if not k.startswith("SACREBLEU")}
env["NO_COLOR"] = "1"


def run_cli(refs, hyps, args):
    command = [str(cli), *refs, "-i", *hyps, "-q", *args]
    done = subprocess.run(command, cwd=inputs, env=env, capture_output=True, text=True)
    return {"refs": refs, "hyps": hyps, "args": args, "exit": done.returncode, "stdout": done.stdout}


cli_cases = []
single = [
    [], ["-f", "text"], ["-w", "4"], ["-f", "text", "-w", "4"], ["-b"], ["-b", "-f", "text"],
    ["-lc", "-f", "text"], ["-s", "floor", "-f", "text"], ["-s", "floor", "-sv", "0.2"],
    ["-s", "add-k"], ["-s", "add-k", "-sv", "2", "-f", "text"], ["-s", "none", "-f", "text", "-w", "4"],
    ["--short", "-f", "text"], ["-w", "0", "-f", "text"],
]
single += [["-tok", tok, "-f", fmt] for tok in ["13a", "intl", "char", "none", "zh"] for fmt in ["text", "json"]]
confidence = [["--confidence"], ["--confidence", "-f", "text"], ["--confidence", "-w", "4", "-f", "text"],
              ["--confidence", "-cin", "200", "-w", "3"], ["--confidence", "-b", "-f", "text"],
              ["--confidence", "-s", "add-k", "-sv", "0.5", "-w", "4", "-f", "text"],
              ["--confidence", "-s", "floor", "-w", "4", "-f", "text"],
              ["--confidence", "-s", "none", "-w", "4", "-f", "text"],
              ["--confidence", "-tok", "char", "-w", "4"]]
sentence = [["-sl"], ["-sl", "-w", "4"], ["-sl", "-b"], ["-sl", "-f", "text", "-tok", "intl"],
            ["-sl", "-s", "floor", "-w", "4"], ["-sl", "-s", "none"], ["-sl", "-s", "add-k", "-sv", "0.5"],
            ["-sl", "-lc", "--short"]]
for corpus, (hyp_files, ref_files) in corpora.items():
    for args in single + confidence + sentence:
        cli_cases.append(run_cli(ref_files, hyp_files, args))

multi = [
    (["seed.ref"], ["seed.hyp", "seed.sys2.hyp", "seed.sys3.hyp"]),
    (["edge.ref", "edge.ref2"], ["edge.hyp", "edge.sys2.hyp"]),
]
multi_args = [[], ["-f", "text"], ["-f", "text", "-w", "4"],
              ["--paired-bs"], ["--paired-bs", "-f", "text"], ["--paired-bs", "-f", "text", "-w", "3"],
              ["--paired-bs", "-pbsn", "200", "-f", "text", "-s", "add-k", "-sv", "0.5"],
              ["--paired-ar"], ["--paired-ar", "-f", "text"], ["--paired-ar", "-parn", "500", "-w", "4", "-f", "text"],
              ["--paired-ar", "-parn", "300", "-s", "add-k", "-sv", "0.5", "-w", "4"],
              ["--paired-bs", "-f", "text", "--short", "-tok", "intl", "-lc"]]
for refs, hyps in multi:
    for args in multi_args:
        cli_cases.append(run_cli(refs, hyps, args))
(here / "bleu-cli.json").write_text(
    json.dumps({"sacrebleu": sacrebleu.__version__, "cases": cli_cases}, ensure_ascii=False,
               indent=1) + "\n", encoding="utf-8")

# ---------------------------------------------------------------- resampling draws
draws = []
for seed, count, rows in [(12345, 21, 3), (12345, 26, 2), (1, 5, 4), (0, 3, 5), (42, 1000, 2),
                          (12345, 1, 3), (2**40 + 7, 70000, 1), (12345, 2**31 + 5, 1)]:
    rng = np.random.default_rng(seed)
    choice = rng.choice(count, size=(rows, min(count, 50)), replace=True).tolist()
    rng = np.random.default_rng(seed)
    flips = rng.integers(2, size=(rows, min(count, 70)), dtype=bool).astype(int).tolist()
    draws.append({"seed": seed, "count": count, "rows": rows, "choice": choice, "flips": flips})
# numpy's pairwise float64 sum, for the bootstrap mean
rng = np.random.default_rng(99)
sums = []
for n in [1, 7, 8, 9, 127, 128, 129, 300, 1000, 1001]:
    values = (rng.random(n) * 100).tolist()
    sums.append({"values": values, "sum": float(np.sum(np.array(values))),
                 "mean": float(np.array(values).mean())})
(here / "bleu-resampling.json").write_text(
    json.dumps({"numpy": np.__version__, "draws": draws, "sums": sums}, indent=1) + "\n", encoding="utf-8")
print(f"{len(score_cases)} score cases, {len(cli_cases)} CLI cases")
