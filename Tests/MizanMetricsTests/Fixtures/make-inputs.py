#!/usr/bin/env python3
"""Writes the line-aligned inputs that the metric fixtures are computed on.

Deterministic: run it again and the files are byte-identical. Two sets:
  seed.*  the seed corpus's gold-aligned paragraph pairs (Corpora/asean-2025-07/alignment.gold.tsv)
  edge.*  hand-written edge cases: empty and punctuation-only lines, numbers with separators,
          URLs and e-mails, CJK, Greek, emoji with skin tones, combining marks and Arabic
          diacritics, Arabic-Indic digits, curly and angle quotes, tabs, zero-width and no-break
          spaces, a line of several thousand words; with a second reference (edge.ref2).
"""
import pathlib
import random

here = pathlib.Path(__file__).resolve().parent
root = here.parents[2]
corpus = root / "Corpora" / "asean-2025-07"
out = here / "inputs"
out.mkdir(exist_ok=True)


def lines_of(path):
    return path.read_text(encoding="utf-8").split("\n")


hyp_lines = lines_of(corpus / "hypothesis.txt")
ref_lines = lines_of(corpus / "reference.txt")
seed_hyp, seed_ref = [], []
for row in lines_of(corpus / "alignment.gold.tsv"):
    if not row or row.startswith("#") or row.startswith("hyp\t"):
        continue
    hyp, ref, _ = row.split("\t")
    if hyp == "-" or ref == "-":
        continue
    seed_hyp.append(" ".join(hyp_lines[int(n) - 1] for n in hyp.split(",")))
    seed_ref.append(" ".join(ref_lines[int(n) - 1] for n in ref.split(",")))

rng = random.Random(20250701)
words = " ".join(seed_ref).split()
long_ref = " ".join(rng.choice(words) for _ in range(3000))
long_hyp = " ".join(w if rng.random() > 0.2 else rng.choice(words) for w in long_ref.split())

# (hypothesis, reference, second reference)
edge = [
    ("", "", ""),
    ("", "The cat sat on the mat.", "A cat was on the mat."),
    ("The cat sat on the mat.", "", "The cat sat on the mat."),
    ("...!?", "?!...", "..."),
    ("It cost $1,234.56 on 3.5.2025 -- about 12-15%.", "It cost $1,234.56 on 3/5/2025, about 12–15 %.", "The price: 1.234,56 USD."),
    ("See https://example.com/a?b=c&d=e or mail me@example.org.", "Visit https://example.com/a?b=c&amp;d=e or write to me@example.org!", "See example.com."),
    ("我们今天去北京。天气很好！", "我们明天去北京，天气很好。", "今天我们去北京。"),
    ("Η γάτα κάθεται στο χαλί.", "Η γάτα κάθισε στο χαλί!", "Μια γάτα στο χαλί."),
    ("Great job 👍🏽👩🏾‍💻 team!", "Great work 👍🏽 team 👩🏾‍💻!", "Good job team!"),
    ("Cafe\u0301 na\u00efve re\u0301sume\u0301", "Café naïve résumé", "Cafe naive resume"),
    ("وقالت وزارة الخارجية إنّ الدبلوماسيين عقدوا \"تبادلًا جوهريًا\"", "وقالت وزارة الخارجية إن الدبلوماسيين أجروا «تبادلاً موضوعياً وصريحاً»", "قالت الوزارة إن اللقاء كان صريحًا"),
    ("في ٣ يوليو ٢٠٢٥ قال ١٢٣٫٥", "في 3 يوليو 2025 قال 123.5", "في ۳ يوليو"),
    ("“Quoted” ‘text’ «angle» ‹single›", "\"Quoted\" 'text' <<angle>> <single>", "“Quoted” text"),
    ("tab\tseparated\twords", "tab separated words", "tab\tseparated words"),
    ("zero\u200bwidth no\u00a0break\u202fnarrow", "zero width no break narrow", "zero\u200bwidth"),
    ("a\u2028b\u0085c\u001fd", "a b c d", "abcd"),
    ("UPPER lower MiXeD", "upper LOWER mixed", "Upper Lower Mixed"),
    ("The U.S. Dr. Smith paid 3.50 dollars, i.e. cheap.", "Dr. Smith of the U.S. paid $3.50, i.e., cheaply.", "Smith paid."),
    ("a b c d e f g h", "a b c d e f g h", "h g f e d c b a"),
    ("x", "x y z", "x"),
    ("one two three four five six seven", "seven six five four three two one", "one two three"),
    ("mixed عربي and English في جملة", "mixed English and عربي في الجملة", "English"),
    ("ـكتابـة مـد", "كتابة مد", "كتابه"),
    ("&quot;escaped&quot; &lt;b&gt; &amp;", "\"escaped\" <b> &", "escaped"),
    ("hyphen-ated words co-operate 2-3", "hyphenated words cooperate 2 - 3", "co-operate"),
    (long_hyp, long_ref, long_ref[: len(long_ref) // 2]),
]


def write(name, rows):
    # Tabs stay inside a line; only "\n" separates lines.
    (out / name).write_text("\n".join(rows) + "\n", encoding="utf-8")


write("seed.hyp", seed_hyp)
write("seed.ref", seed_ref)
write("edge.hyp", [e[0] for e in edge])
write("edge.ref", [e[1] for e in edge])
write("edge.ref2", [e[2] for e in edge])
print(f"seed: {len(seed_hyp)} pairs, edge: {len(edge)} triples -> {out}")
