import Foundation
import MizanMetrics
import Testing

/// The options of one chrF fixture, named as in make-chrf-ter-golden.py.
struct CHRFGoldenOptions: Decodable, Sendable {
  var charOrder: Int
  var wordOrder: Int
  var beta: Int
  var lowercase: Bool
  var whitespace: Bool
  var epsSmoothing: Bool
}

@Suite("chrF and chrF++ against sacreBLEU 2.6.0")
struct CHRFTests {
  static let golden = Fixtures.load("chrf-golden.json", as: CHRFGoldenOptions.self)

  static func metric(_ testCase: GoldenCase<CHRFGoldenOptions>) -> CHRF {
    let options = testCase.options
    return CHRF(
      characterOrder: options.charOrder, wordOrder: options.wordOrder, beta: options.beta,
      lowercase: options.lowercase, whitespace: options.whitespace,
      epsSmoothing: options.epsSmoothing, referenceCount: testCase.references.count)
  }

  /// Per-segment statistics of a fixture's inputs.
  static func statistics(_ testCase: GoldenCase<CHRFGoldenOptions>, metric: CHRF) -> [CHRFStatistics] {
    let hypotheses = Fixtures.goldenLines(testCase.hypothesis)
    let references = testCase.references.map(Fixtures.goldenLines)
    return hypotheses.indices.map { index in
      metric.statistics(hypothesis: hypotheses[index], references: references.map { $0[index] })
    }
  }

  @Test func fixturesArePresent() {
    #expect((Self.golden?.cases.count ?? 0) >= 54)
  }

  @Test(arguments: golden?.cases ?? [])
  func corpusScoreMatchesSacreBLEU(_ testCase: GoldenCase<CHRFGoldenOptions>) {
    let chrF = Self.metric(testCase)
    let score = chrF.corpusScore(Self.statistics(testCase, metric: chrF).summed())
    #expect(abs(score.score - testCase.corpus.score) <= 0.0001)
    #expect(score.name == testCase.corpus.name)
    #expect(
      chrF.signature.description
        == Fixtures.expectedSignature(
          testCase.corpus.signature, sacrebleuVersion: Self.golden?.sacrebleuVersion ?? "",
          mizanVersion: MizanVersion.string))
  }

  @Test(arguments: golden?.cases ?? [])
  func sentenceScoresMatchSacreBLEU(_ testCase: GoldenCase<CHRFGoldenOptions>) {
    let chrF = Self.metric(testCase)
    let scores = Self.statistics(testCase, metric: chrF).map { chrF.sentenceScore($0).score }
    #expect(scores.count == testCase.sentence.scores.count)
    for (index, (mine, theirs)) in zip(scores, testCase.sentence.scores).enumerated() {
      #expect(abs(mine - theirs) <= 0.0001, "line \(index + 1)")
    }
    #expect(testCase.sentence.name == chrF.name)
  }

  @Test func identicalSegmentsScoreOneHundred() {
    let chrF = CHRF(wordOrder: 2)
    let statistics = chrF.statistics(hypothesis: "The cat sat.", references: ["The cat sat."])
    #expect(chrF.sentenceScore(statistics).score == 100)
  }

  @Test func namesAndSignatures() {
    #expect(CHRF().name == "chrF2")
    #expect(CHRF(wordOrder: 2).name == "chrF2++")
    #expect(CHRF().signature.description == "nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:\(MizanVersion.string)")
    #expect(
      CHRF(wordOrder: 2, lowercase: true, whitespace: true, epsSmoothing: true, referenceCount: 2)
        .signature.description
        == "nrefs:2|case:lc|eff:no|nc:6|nw:2|space:yes|version:\(MizanVersion.string)")
    #expect(CHRF().higherIsBetter)
  }

  @Test func emptyHypothesisScoresZero() {
    let chrF = CHRF()
    #expect(chrF.sentenceScore(chrF.statistics(hypothesis: "", references: ["a cat"])).score == 0)
    #expect(chrF.sentenceScore(chrF.statistics(hypothesis: "", references: [""])).score == 0)
  }

  /// Code points, not grapheme clusters or canonical equivalence: "e" + U+0301 is two
  /// characters and differs from "é" (sacreBLEU works on Python `str`).
  @Test func countsCodePointsNotCharacters() {
    let chrF = CHRF(characterOrder: 1)
    let statistics = chrF.statistics(hypothesis: "e\u{301}", references: ["\u{E9}"])
    #expect(statistics.orders == [.init(hypothesisNGrams: 2, referenceNGrams: 1, matchingNGrams: 0)])
  }

  /// Python lowercases a word-final capital sigma to ς; Swift's `lowercased()` does not.
  @Test func lowercasesFinalSigmaAsPython() {
    let chrF = CHRF(characterOrder: 1, lowercase: true)
    let statistics = chrF.statistics(hypothesis: "ΟΔΟΣ", references: ["οδος"])
    #expect(statistics.orders.first?.matchingNGrams == 4)
  }

  @Test func statisticsAdd() {
    let chrF = CHRF(wordOrder: 2)
    let first = chrF.statistics(hypothesis: "a b", references: ["a c"])
    let second = chrF.statistics(hypothesis: "d", references: ["d"])
    #expect([first, second].summed() == first + second)
    #expect(CHRFStatistics.zero + first == first)
  }

  /// The parallel batch gives the same statistics as segment-by-segment calls.
  @Test func batchEqualsSegmentBySegment() {
    let chrF = CHRF(wordOrder: 2, lowercase: true)
    let hypotheses = Fixtures.goldenLines("edge.hyp") + Fixtures.goldenLines("seed.hyp")
    let references = zip(
      Fixtures.goldenLines("edge.ref") + Fixtures.goldenLines("seed.ref"),
      Fixtures.goldenLines("edge.ref2") + Fixtures.goldenLines("seed.ref")
    ).map { [$0, $1] }
    let batch = chrF.statistics(hypotheses: hypotheses, references: references)
    let single = zip(hypotheses, references).map { chrF.statistics(hypothesis: $0, references: $1) }
    #expect(batch == single)
    #expect(hypotheses.count == 47)
  }
}
