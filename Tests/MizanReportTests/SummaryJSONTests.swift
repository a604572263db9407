import Foundation
import Testing
@testable import MizanReport

@Suite struct SummaryJSONTests {
  @Test func isVersionedAndRoundTrips() throws {
    let text = try SummaryJSON.encoded(ReportFixtures.arabic)
    #expect(text.contains("\"schema\" : 1"))
    #expect(text.hasSuffix("}\n"))
    #expect(try SummaryJSON.decoded(text) == ReportFixtures.arabic)
  }

  @Test func keysAreSortedAndArabicIsNotEscaped() throws {
    let text = try SummaryJSON.encoded(ReportFixtures.arabic)
    let documents = try #require(text.range(of: "\"documents\""))
    let mizanVersion = try #require(text.range(of: "\"mizanVersion\""))
    let schema = try #require(text.range(of: "\"schema\""))
    #expect(documents.lowerBound < mizanVersion.lowerBound)
    #expect(mizanVersion.lowerBound < schema.lowerBound)
    #expect(text.contains("فريق التحرير"))
    #expect(text.contains("Corpora/asean-2025-07/hypothesis.txt"))
  }

  @Test func nonFiniteNumbersDoNotFail() throws {
    var evaluation = ReportFixtures.arabic
    evaluation.documents[0].pairs[0].sentenceScores.ter = .infinity
    evaluation.documents[0].pairs[1].sentenceScores.bleu = .nan
    let text = try SummaryJSON.encoded(evaluation)
    #expect(text.contains("\"ter\" : \"inf\""))
    #expect(text.contains("\"bleu\" : \"nan\""))
  }
}
