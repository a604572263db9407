// Times the aligner on a synthetic pair of 10,000-line documents built from the seed corpus:
// each line one sentence, the hypothesis a noisy copy, 3% of lines dropped on each side.
// Build and run with bench/align.sh (release, outside the package so no target is added).
import Dispatch
import Foundation
import MizanAlign
import MizanText

struct SplitMix64: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
  print("usage: align-bench CORPUS_FOLDER [LINES]")
  exit(2)
}
let count = arguments.count > 2 ? Int(arguments[2]) ?? 10_000 : 10_000
let source = Document(file: try TextFile(contentsOf: arguments[1] + "/reference.txt"))
let sentences = source.sentences.map(\.text).filter { $0.unicodeScalars.count > 40 }
let words = sentences.flatMap { $0.split(separator: " ").map(String.init) }
var rng = SplitMix64(state: 42)
var hypothesis: [String] = []
var reference: [String] = []
var expected: [(Int, Int)] = []
for _ in 0..<count {
  // 12-20 corpus words at random: unique lines with the trigram statistics of real Arabic.
  let length = Int.random(in: 12...20, using: &rng)
  let line = (0..<length).map { _ in words[Int.random(in: 0..<words.count, using: &rng)] }.joined(separator: " ") + "."
  let noisy = line.split(separator: " ").map { word in
    Double.random(in: 0..<1, using: &rng) < 0.15 ? words[Int.random(in: 0..<words.count, using: &rng)] : String(word)
  }.joined(separator: " ")
  let dropH = Double.random(in: 0..<1, using: &rng) < 0.03
  let dropR = !dropH && Double.random(in: 0..<1, using: &rng) < 0.03
  if !dropH { hypothesis.append(noisy) }
  if !dropR { reference.append(line) }
  if !dropH && !dropR { expected.append((hypothesis.count, reference.count)) }
}
let start = DispatchTime.now().uptimeNanoseconds
let hypothesisDocument = Document(lines: hypothesis)
let referenceDocument = Document(lines: reference)
let segmented = DispatchTime.now().uptimeNanoseconds
let alignment = Aligner().align(hypothesis: hypothesisDocument, reference: referenceDocument)
let end = DispatchTime.now().uptimeNanoseconds
let gold = expected.map { AlignmentLink(hypothesis: [$0.0], reference: [$0.1]) }
let score = AlignmentScorer.score(predicted: alignment.paragraphBeads.map(\.lineLink), gold: gold)
print(
  "\(hypothesis.count) × \(reference.count) lines: segmentation \(Double(segmented - start) / 1e9) s,",
  "alignment \(Double(end - segmented) / 1e9) s; \(alignment.paragraphBeads.count) beads,",
  "strict F1 \(score.strict.f1) against \(gold.count) known links")
