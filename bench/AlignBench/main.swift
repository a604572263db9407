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
var expected = 0
for _ in 0..<count {
  // Mix two sentences' halves so lines are unique across the document.
  let a = sentences[Int.random(in: 0..<sentences.count, using: &rng)].split(separator: " ")
  let b = sentences[Int.random(in: 0..<sentences.count, using: &rng)].split(separator: " ")
  let line = (a.prefix(a.count / 2) + b.suffix(b.count / 2)).joined(separator: " ")
  let noisy = line.split(separator: " ").map { word in
    Double.random(in: 0..<1, using: &rng) < 0.15 ? words[Int.random(in: 0..<words.count, using: &rng)] : String(word)
  }.joined(separator: " ")
  let dropH = Double.random(in: 0..<1, using: &rng) < 0.03
  let dropR = !dropH && Double.random(in: 0..<1, using: &rng) < 0.03
  if !dropH { hypothesis.append(noisy) }
  if !dropR { reference.append(line) }
  if !dropH && !dropR { expected += 1 }
}
let start = DispatchTime.now().uptimeNanoseconds
let hypothesisDocument = Document(lines: hypothesis)
let referenceDocument = Document(lines: reference)
let segmented = DispatchTime.now().uptimeNanoseconds
let alignment = Aligner().align(hypothesis: hypothesisDocument, reference: referenceDocument)
let end = DispatchTime.now().uptimeNanoseconds
// Lines were built in order, so a correct 1-1 bead links the k-th kept lines of each side.
let ones = alignment.paragraphBeads.filter { $0.hypothesis.count == 1 && $0.reference.count == 1 }.count
print(
  "\(hypothesis.count) × \(reference.count) lines: segmentation \(Double(segmented - start) / 1e9) s,",
  "alignment \(Double(end - segmented) / 1e9) s; \(alignment.paragraphBeads.count) paragraph beads",
  "(\(ones) 1-1, \(expected) expected links)")
