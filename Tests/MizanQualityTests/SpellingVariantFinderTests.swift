import Foundation
import Testing
@testable import MizanQuality

/// One test per rule of SpellingVariantFinder (docs/terminology.md, "Spelling variants").
@Suite struct SpellingVariantFinderTests {
  let finder = SpellingVariantFinder()

  func forms(hypothesis: [String], reference: [String]) -> [[String]] {
    let lines = hypothesis.enumerated().map { TextLine(document: "d", text: $1, line: $0 + 1) }
    return finder.variants(hypothesis: lines, reference: reference).map { [$0.referenceForm] + $0.hypothesisForms.map(\.form) }
  }

  @Test func weakLetterInsertionIsAVariant() {
    #expect(forms(hypothesis: ["قال رايابكوف"], reference: ["قال ريابكوف"]) == [["ريابكوف", "رايابكوف"]])
  }

  @Test func transliterationLettersAreAVariant() {
    // g as غ or ج.
    #expect(forms(hypothesis: ["قال سيرجي"], reference: ["قال سيرغي"]) == [["سيرغي", "سيرجي"]])
  }

  @Test func spacesDoNotMatter() {
    #expect(forms(hypothesis: ["في كوالا لامبور"], reference: ["في كوالالمبور"]) == [["كوالالمبور", "كوالا لامبور"]])
    // Joined words need four letters each: الى تركيز is two words, not a spelling of التركيز.
    #expect(forms(hypothesis: ["التركيز"], reference: ["الى تركيز"]) == [])
  }

  @Test func diacriticsAndAlefFormsAreNotVariants() {
    #expect(forms(hypothesis: ["تبادلًا أوكرانيا"], reference: ["تبادلاً اوكرانيا"]) == [])
  }

  @Test func affixesAndGrammarAreNotVariants() {
    // Different ending, attached particle, verb prefix, a consonant dropped.
    #expect(forms(hypothesis: ["المسؤولين وريابكوف تتدهور القاء"], reference: ["المسؤولون ريابكوف تدهور اللقاء"]) == [])
  }

  @Test func shortWordsAreIgnored() {
    #expect(forms(hypothesis: ["بوتن"], reference: ["بوتين"]) == [])
  }

  @Test func theReferenceMustUseOneForm() {
    #expect(forms(hypothesis: ["سيرجاي"], reference: ["سيرجي", "سيرغي"]) == [])
  }

  @Test func occurrencesPointAtTheOriginal() {
    let lines = [TextLine(document: "d", text: "وقال نائب الوزير سيرجي رايابكوف:", line: 19)]
    let variant = finder.variants(hypothesis: lines, reference: ["ريابكوف"]).first
    #expect(variant?.hypothesisForms.first?.occurrences == [Occurrence(document: "d", line: 19, start: 23, end: 31, text: "رايابكوف")])
  }

  @Test func resultsRoundTripThroughJSON() throws {
    let (pairs, unaligned) = try SeedCorpus.pairs()
    let glossary = try Glossary(tsvContentsOf: SeedCorpus.path("glossary.tsv"))
    let report = TerminologyChecker(glossary: glossary).check(pairs: pairs, unalignedHypothesis: unaligned)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let data = try encoder.encode(report)
    #expect(try JSONDecoder().decode(TerminologyReport.self, from: data) == report)
    #expect(try encoder.encode(report) == data)
  }
}
