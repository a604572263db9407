import Foundation
import Testing

@testable import MizanMetrics

/// bleu-scores.json: sacreBLEU's API statistics and scores for many option sets.
struct BLEUScoreFixture: Decodable {
  struct Options: Decodable {
    var tokenize: String?
    var smooth_method: String?
    var smooth_value: Double?
    var lowercase: Bool?
    var effective_order: Bool?
  }
  struct ScoreRecord: Decodable {
    var score: Double
    var sys_len: Int
    var ref_len: Int
    var verbose: String
  }
  struct Case: Decodable {
    var corpus: String
    var options: Options
    var signature: String
    var statistics: [[Int]]
    var corpus_score: ScoreRecord
    var sentence_signature: String
    var sentence_scores: [ScoreRecord]
  }
  var cases: [Case]

  /// The input files of each corpus name: hypotheses, then references.
  static let corpora: [String: (String, [String])] = [
    "seed": ("seed.hyp", ["seed.ref"]),
    "edge": ("edge.hyp", ["edge.ref"]),
    "edge-2refs": ("edge.hyp", ["edge.ref", "edge.ref2"]),
  ]
}

/// sacreBLEU's version in its signatures, which Mizan replaces by its own.
func mizanSignature(_ sacreBLEU: String) -> String {
  sacreBLEU.replacingOccurrences(of: "version:2.6.0", with: "version:\(MizanVersion.string)")
    .replacingOccurrences(of: "v:2.6.0", with: "v:\(MizanVersion.string)")
    .replacingOccurrences(of: "\"version\": \"2.6.0\"", with: "\"version\": \"\(MizanVersion.string)\"")
}

extension BLEU {
  init(fixture options: BLEUScoreFixture.Options, referenceCount: Int) throws {
    try self.init(
      tokenizer: options.tokenize ?? "13a", lowercase: options.lowercase ?? false,
      smoothing: Smoothing(method: options.smooth_method ?? "exp", value: options.smooth_value),
      effectiveOrder: options.effective_order ?? false, referenceCount: referenceCount)
  }
}

@Suite("BLEU")
struct BLEUTests {
  @Test("statistics, corpus and sentence scores equal sacreBLEU 2.6.0's for every option set")
  func matchesSacreBLEU() throws {
    let fixture = try Fixtures.decode(BLEUScoreFixture.self, from: "bleu-scores.json")
    #expect(fixture.cases.count == 51)
    var checkedSentences = 0
    for test in fixture.cases {
      let (hypothesisFile, referenceFiles) = try #require(BLEUScoreFixture.corpora[test.corpus])
      let hypotheses = try Fixtures.lines(hypothesisFile)
      let references = try referenceFiles.map(Fixtures.lines)
      let bleu = try BLEU(fixture: test.options, referenceCount: references.count)
      let label = "\(test.corpus) \(test.signature)"
      #expect(bleu.signature.description == mizanSignature(test.signature), "\(label)")
      #expect(bleu.sentenceLevelSignature.description == mizanSignature(test.sentence_signature))

      let statistics = hypotheses.indices.map { line in
        bleu.statistics(hypothesis: hypotheses[line], references: references.map { $0[line] })
      }
      let flat = statistics.map { s in
        [s.hypothesisLength, s.referenceLength] + (0..<4).map { s.matches[$0] }
          + (0..<4).map { s.totals[$0] }
      }
      #expect(flat == test.statistics, "\(label)")

      let corpus = bleu.corpusScore(statistics.summed())
      #expect(abs(corpus.score - test.corpus_score.score) < 1e-9, "\(label)")
      #expect(corpus.verbose == test.corpus_score.verbose, "\(label)")

      for (segment, expected) in zip(statistics, test.sentence_scores) {
        let sentence = bleu.sentenceScore(segment)
        #expect(abs(sentence.score - expected.score) < 1e-9, "\(label)")
        #expect(sentence.verbose == expected.verbose, "\(label)")
        checkedSentences += 1
      }
    }
    #expect(checkedSentences > 1000)
  }

  @Test func perfectMatchScores100() {
    let bleu = BLEU()
    let stats = bleu.statistics(hypothesis: "The cat sat on the mat.", references: ["The cat sat on the mat."])
    #expect(stats == BLEUStatistics(hypothesisLength: 7, referenceLength: 7, matches: [7, 6, 5, 4], totals: [7, 6, 5, 4]))
    #expect(bleu.corpusScore(stats).score == 100.00000000000004)  // as sacreBLEU: exp(log(100))
    #expect(bleu.corpusScore(stats).verbose
      == "100.0/100.0/100.0/100.0 (BP = 1.000 ratio = 1.000 hyp_len = 7 ref_len = 7)")
  }

  @Test func closestReferenceLengthPrefersTheShorterOnATie() {
    #expect(NGramCounter.closestLength(to: 5, [7, 3, 9]) == 3)
    #expect(NGramCounter.closestLength(to: 5, [6, 4]) == 4)
    #expect(NGramCounter.closestLength(to: 5, [8, 6]) == 6)
  }

  @Test func tokensAreComparedByCodePointsNotCanonicalEquivalence() {
    // "é" precomposed and "e" + combining acute are equal Swift Strings but different tokens.
    let stats = BLEU().statistics(hypothesis: "caf\u{E9}", references: ["cafe\u{301}"])
    #expect(stats.matches == .zero)
  }

  @Test func emptyHypothesisScoresZero() {
    let bleu = BLEU()
    let stats = bleu.statistics(hypothesis: "", references: ["The cat sat on the mat."])
    #expect(bleu.corpusScore(stats).score == 0)
    #expect(bleu.corpusScore(stats).verbose == "0.0/0.0/0.0/0.0 (BP = 0.000 ratio = 0.000 hyp_len = 0 ref_len = 7)")
  }

  @Test func smoothingNamesAndSignatures() throws {
    #expect(try BLEU.Smoothing(method: "floor").signature == "floor[0.10]")
    #expect(try BLEU.Smoothing(method: "add-k", value: 2).signature == "add-k[2.00]")
    #expect(try BLEU.Smoothing(method: "exp", value: 3).signature == "exp")
    #expect(throws: MetricsError(.unknownSmoothing("nist"))) { try BLEU.Smoothing(method: "nist") }
    #expect(BLEU().signature.description == "nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:0.1.0")
  }

  @Test func statisticsAdd() {
    let a = BLEUStatistics(hypothesisLength: 3, referenceLength: 4, matches: [3, 1, 0, 0], totals: [3, 2, 1, 0])
    #expect(a + .zero == a)
    #expect([a, a].summed() == BLEUStatistics(hypothesisLength: 6, referenceLength: 8, matches: [6, 2, 0, 0], totals: [6, 4, 2, 0]))
  }
}
