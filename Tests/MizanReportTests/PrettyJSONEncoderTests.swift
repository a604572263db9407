import Foundation
import Mizan
import Testing
@testable import MizanReport

/// `PrettyJSONEncoder` must write exactly what `JSONEncoder` writes with the summary's options:
/// checked against Foundation itself on the committed seed evaluation, on batches, and on values
/// chosen to hit every escape, number form and empty container.
@Suite struct PrettyJSONEncoderTests {
  @Test func summaryEqualsJSONEncoderOnTheSeedCorpus() throws {
    var input = try DocumentInput(corpusFolder: CommittedReportTests.root.appendingPathComponent("Corpora/asean-2025-07").path)
    input.hypothesis.path = "Corpora/asean-2025-07/hypothesis.txt"
    var options = Evaluator.Options()
    options.confidenceResamples = 200
    let evaluation = try Evaluator(options: options).evaluate([input, input])
    #expect(try SummaryJSON.encoded(evaluation) == SummaryJSON.foundationEncoded(evaluation))
  }

  @Test(arguments: [ReportFixtures.arabic, ReportFixtures.batch, ReportFixtures.injection])
  func summaryEqualsJSONEncoder(_ evaluation: Evaluation) throws {
    #expect(try SummaryJSON.encoded(evaluation) == SummaryJSON.foundationEncoded(evaluation))
  }

  @Test func emptyBatchAndHostileTextEqualJSONEncoder() throws {
    var empty = ReportFixtures.batch
    empty.documents = []
    #expect(try SummaryJSON.encoded(empty) == SummaryJSON.foundationEncoded(empty))

    var hostile = ReportFixtures.batch
    let controls = String(String.UnicodeScalarView((0..<0x20).compactMap(Unicode.Scalar.init)))
    hostile.documents[0].id = "a\"b\\c/d\u{7F}\u{2028}\u{2029}\u{FEFF}\u{1F600}" + controls
    hostile.documents[1].pairs[0].hypothesis = ""
    hostile.documents[1].pairs[0].hypothesisLines = []
    hostile.documents[1].unaligned = []
    hostile.documents[2].pairs[0].sentenceScores = SentenceScores(bleu: .nan, chrF: .infinity, chrFPlusPlus: -.infinity, ter: -0.0)
    hostile.documents[2].pairs[1].similarity = 1e-7
    hostile.mizanVersion = "\n  \"documents\" : [\n\n  ]"
    #expect(try SummaryJSON.encoded(hostile) == SummaryJSON.foundationEncoded(hostile))
  }

  /// Numbers: Swift's shortest round-trip digits, exponents as JSONEncoder writes them.
  @Test func numbersEqualJSONEncoder() throws {
    var generator = SystemRandomNumberGenerator()
    var values: [Double] = [
      0, -0.0, 1, -1, 0.1, 100, 1e15, 1e16, 1e17, 1e21, 1e-4, 1e-5, 1e-7, 123456.789, 2.5e-300,
      .leastNonzeroMagnitude, .greatestFiniteMagnitude, .ulpOfOne, 100.0 / 3, 9007199254740993,
    ]
    for _ in 0..<2000 {
      values.append(Double(bitPattern: generator.next()))
      values.append(Double.random(in: -1000...1000, using: &generator).rounded() / 100)
    }
    let finite = values.filter(\.isFinite)
    let integers: [Int] = [0, -1, .max, .min, 42]
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    #expect(PrettyJSONEncoder.encoded(finite) == Array(try encoder.encode(finite)))
    #expect(PrettyJSONEncoder.encoded(integers) == Array(try encoder.encode(integers)))
  }

  /// What it does not reproduce it declines, so the caller falls back to JSONEncoder.
  @Test func declinesWhatItDoesNotReproduce() {
    #expect(PrettyJSONEncoder.encoded([Date(timeIntervalSince1970: 0)]) == nil)
    #expect(PrettyJSONEncoder.encoded([Float(1.5)]) == nil)
    #expect(PrettyJSONEncoder.encoded(Nested.pair(1, "x")) == nil)
  }

  /// Synthesized Codable of an enum with payloads uses nested containers.
  enum Nested: Encodable { case pair(Int, String) }
}
