import Foundation
import MizanMetrics
import Testing

/// The options of one TER fixture, named as in make-chrf-ter-golden.py.
struct TERGoldenOptions: Decodable, Sendable {
  var normalized: Bool
  var noPunctuation: Bool
  var asianSupport: Bool
  var caseSensitive: Bool
}

@Suite("TER against sacreBLEU 2.6.0")
struct TERTests {
  static let golden = Fixtures.load("ter-golden.json", as: TERGoldenOptions.self)

  static func metric(_ testCase: GoldenCase<TERGoldenOptions>) -> TER {
    let options = testCase.options
    return TER(
      normalized: options.normalized, noPunctuation: options.noPunctuation,
      asianSupport: options.asianSupport, caseSensitive: options.caseSensitive,
      referenceCount: testCase.references.count)
  }

  static func statistics(_ testCase: GoldenCase<TERGoldenOptions>, metric: TER) -> [TERStatistics] {
    let hypotheses = Fixtures.goldenLines(testCase.hypothesis)
    let references = testCase.references.map(Fixtures.goldenLines)
    return hypotheses.indices.map { index in
      metric.statistics(hypothesis: hypotheses[index], references: references.map { $0[index] })
    }
  }

  @Test func fixturesArePresent() {
    #expect((Self.golden?.cases.count ?? 0) >= 48)
  }

  @Test(arguments: golden?.cases ?? [])
  func scoresMatchSacreBLEU(_ testCase: GoldenCase<TERGoldenOptions>) {
    let ter = Self.metric(testCase)
    let statistics = Self.statistics(testCase, metric: ter)
    let corpus = ter.corpusScore(statistics.summed())
    #expect(abs(corpus.score - testCase.corpus.score) <= 0.0001)
    #expect(corpus.name == testCase.corpus.name)
    #expect(
      ter.signature.description
        == Fixtures.expectedSignature(
          testCase.corpus.signature, sacrebleuVersion: Self.golden?.sacrebleuVersion ?? "",
          mizanVersion: MizanVersion.string))
    let sentences = statistics.map { ter.sentenceScore($0).score }
    #expect(sentences.count == testCase.sentence.scores.count)
    for (index, (mine, theirs)) in zip(sentences, testCase.sentence.scores).enumerated() {
      #expect(abs(mine - theirs) <= 0.0001, "line \(index + 1)")
    }
  }

  /// Moving "on the mat" to the front is one shift: 1 edit over 6 reference words.
  @Test func oneBlockShiftIsOneEdit() {
    let ter = TER()
    let statistics = ter.statistics(
      hypothesis: "the cat sat on the mat", references: ["on the mat the cat sat"])
    #expect(statistics == TERStatistics(edits: 1, referenceLength: 6))
    #expect(abs(ter.sentenceScore(statistics).score - 100.0 / 6) < 1e-9)
  }

  @Test func emptySidesScoreAsSacreBLEU() {
    let ter = TER()
    #expect(ter.sentenceScore(ter.statistics(hypothesis: "", references: [""])).score == 0)
    #expect(ter.sentenceScore(ter.statistics(hypothesis: "a b", references: [""])).score == 100)
    #expect(ter.statistics(hypothesis: "", references: ["a b c"]) == TERStatistics(edits: 3, referenceLength: 3))
  }

  /// The closest reference's edits, divided by the mean length of all references.
  @Test func multipleReferencesUseBestEditsAndMeanLength() {
    let ter = TER()
    let statistics = ter.statistics(hypothesis: "a b c", references: ["a b c d", "x"])
    #expect(statistics == TERStatistics(edits: 1, referenceLength: 2.5))
  }

  @Test func nameSignatureAndDirection() {
    #expect(TER().name == "TER")
    #expect(!TER().higherIsBetter)
    #expect(TER().signature.description == "nrefs:1|case:lc|tok:tercom|norm:no|punct:yes|asian:no|version:\(MizanVersion.string)")
    #expect(
      TER(normalized: true, noPunctuation: true, asianSupport: true, caseSensitive: true, referenceCount: 2)
        .signature.description
        == "nrefs:2|case:mixed|tok:tercom|norm:yes|punct:no|asian:yes|version:\(MizanVersion.string)")
  }

  @Test func normalizationSplitsPunctuationAndUnescapes() {
    let ter = TER(normalized: true)
    let statistics = ter.statistics(hypothesis: "&quot;Hi&quot;, John's (cat).", references: ["\" hi \" , john 's ( cat ) ."])
    #expect(statistics.edits == 0)
  }

  /// The parallel batch gives the same statistics as segment-by-segment calls.
  @Test func batchEqualsSegmentBySegment() {
    let ter = TER(normalized: true)
    let hypotheses = Fixtures.goldenLines("seed.hyp") + Fixtures.goldenLines("edge.hyp").dropLast()
    let references = zip(
      Fixtures.goldenLines("seed.ref") + Fixtures.goldenLines("edge.ref").dropLast(),
      Fixtures.goldenLines("seed.ref") + Fixtures.goldenLines("edge.ref2").dropLast()
    ).map { [$0, $1] }
    let batch = ter.statistics(hypotheses: hypotheses, references: references)
    let single = zip(hypotheses, references).map { ter.statistics(hypothesis: $0, references: $1) }
    #expect(batch == single)
  }
}
