import Testing
@testable import MizanQuality

/// The seed corpus (asean-2025-07) with the gold alignment, figures hand-checked.
@Suite struct TerminologyCheckerTests {
  let document = "asean-2025-07"

  func seed() throws -> (pairs: [TextPair], unaligned: [TextLine]) {
    try SeedCorpus.pairs(document: document)
  }

  func withGlossary() throws -> TerminologyReport {
    let (pairs, unaligned) = try seed()
    let glossary = try Glossary(tsvContentsOf: SeedCorpus.path("glossary.tsv"))
    return TerminologyChecker(glossary: glossary).check(pairs: pairs, unalignedHypothesis: unaligned)
  }

  @Test func termAccuracyOnTheSeedCorpus() throws {
    // Hand tally, per aligned pair (hyp line/ref line): glossary terms the reference writes with
    // an approved rendering, ✓ when the hypothesis writes an approved rendering too.
    //   5/13  Lavrov ✓ (سيرجي لافروف), Rubio ✓ (ماركو روبيو), ASEAN ✗ (ref رابطة دول جنوب شرق آسيا,
    //         hyp "وزراء الخارجية الآسيويين" = Asian), Kuala Lumpur ✗ (hyp كوالا لامبور)    2/4
    //   9/17  Rubio ✓                                                                      1/1
    //  13/23  Lavrov ✓, Kremlin ✓, Putin ✓, Trump ✓ (hyp ترامب), ASEAN ✓ (الآسيان)         5/5
    //  15/25  frank ✗ (ref وصريحاً, hyp وفرنكًا)                                            0/1
    //  19/37  Ryabkov ✗ (ref سيرغي ريابكوف, hyp سيرجي رايابكوف)                             0/1
    //  21/39  Ryabkov ✓                                                                    1/1
    //  23/41  Rubio ✓                                                                      1/1
    //  27/47  Rubio ✓, Wang Yi ✓, Kuala Lumpur ✗                                           2/3
    //  35/49  East Asia Summit ✓, ASEAN ✓ (ref لرابطة … (آسيان) counts once)               2/2
    //  37/51  tariffs ✓ (ref رسوم جمركية, hyp التعريفات)                                    1/1
    //  41/57  Rubio ✓, Trump ✓ (لترامب), tariffs ✗ (ref للرسوم الجمركية, hyp التعريفة:
    //         the singular is not in the glossary)                                        2/3
    //  43/59  tariffs ✓, ASEAN ✓ (hyp دول آسيان)                                            2/2
    //  47/65  ASEAN ✓                                                                      1/1
    //  1/3, 7/15, 11/21, 17/29, 25/43, 39/55, 45/63, 49/67: no glossary term in the reference.
    //  Total 20 of 26.
    let accuracy = try #require(try withGlossary().batch.accuracy)
    #expect(accuracy.expected == 26)
    #expect(accuracy.rendered == 20)
    #expect(accuracy.misses.map { "\($0.hypothesisLine)/\($0.referenceLine) \($0.source)" } == [
      "5/13 ASEAN", "5/13 Kuala Lumpur", "15/25 frank (candid)", "19/37 Sergei Ryabkov",
      "27/47 Kuala Lumpur", "41/57 tariffs",
    ])
    #expect(accuracy.misses[2].forbiddenText == "وفرنكًا")
  }

  @Test func forbiddenRenderingsOnTheSeedCorpus() throws {
    let forbidden = try withGlossary().batch.forbidden
    #expect(forbidden.map(\.occurrence) == [
      Occurrence(document: document, line: 5, start: 134, end: 146, text: "كوالا لامبور"),
      Occurrence(document: document, line: 15, start: 76, end: 83, text: "وفرنكًا"),
      Occurrence(document: document, line: 19, start: 37, end: 45, text: "رايابكوف"),
      Occurrence(document: document, line: 27, start: 97, end: 109, text: "كوالا لامبور"),
    ])
    #expect(forbidden[1].source == "frank (candid)")
    #expect(forbidden[1].rendering == "فرنك")
    #expect(forbidden[1].approved == ["صريح"])
  }

  @Test func consistencyOnTheSeedCorpus() throws {
    let consistency = try #require(try withGlossary().batch.consistency)
    // All 13 glossary terms occur in the hypothesis. Used more than once: Lavrov (سيرجي لافروف,
    // لافروف ×2: one form and its short form), Rubio, Ryabkov (رايابكوف, ريابكوف), Trump,
    // Kuala Lumpur (كوالا لامبور ×2), ASEAN (آسيان with or without ال ×6), tariffs (التعريفات ×2).
    #expect(consistency.termsUsed == 13)
    #expect(consistency.termsUsedMoreThanOnce == 7)
    #expect(consistency.termsRenderedOneWay == 6)
    let lavrov = consistency.terms.first { $0.source == "Sergei Lavrov" }
    #expect(lavrov?.renderings.map(\.form) == ["سيرجي لافروف"])
    #expect(lavrov?.renderings.first?.occurrences.map(\.line) == [5, 13, 13])
  }

  @Test func ryabkovIsOneInconsistencyWithTheGlossary() throws {
    let inconsistencies = try withGlossary().batch.inconsistencies
    #expect(inconsistencies.count == 1)
    #expect(inconsistencies.first?.term == "Sergei Ryabkov")
    #expect(inconsistencies.first?.basis == .glossary)
    #expect(inconsistencies.first?.renderings.map(\.form) == ["رايابكوف", "ريابكوف"])
    #expect(inconsistencies.first?.renderings.flatMap(\.occurrences) == [
      Occurrence(document: document, line: 19, start: 37, end: 45, text: "رايابكوف"),
      Occurrence(document: document, line: 21, start: 5, end: 12, text: "ريابكوف"),
    ])
  }

  @Test func ryabkovIsOneInconsistencyWithoutTheGlossary() throws {
    let (pairs, unaligned) = try seed()
    let report = TerminologyChecker(glossary: nil).check(pairs: pairs, unalignedHypothesis: unaligned)
    #expect(report.batch.accuracy == nil)
    #expect(report.batch.forbidden == [])
    #expect(report.batch.inconsistencies == [
      Inconsistency(
        term: "ريابكوف", basis: .spelling,
        renderings: [
          RenderingUse(form: "ريابكوف", occurrences: [Occurrence(document: document, line: 21, start: 5, end: 12, text: "ريابكوف")]),
          RenderingUse(form: "رايابكوف", occurrences: [Occurrence(document: document, line: 19, start: 37, end: 45, text: "رايابكوف")]),
        ])
    ])
  }

  @Test func spellingVariantsOnTheSeedCorpus() throws {
    // Exactly the two hand-found variants; no grammatical look-alikes (تدهور/تتدهور,
    // المسؤولون/المسؤولين), and not سيرجي/سيرغي, which the reference itself spells both ways.
    let variants = try withGlossary().batch.variants
    #expect(variants.map(\.referenceForm) == ["كوالالمبور", "ريابكوف"])
    #expect(variants.map { $0.hypothesisForms.map(\.form) } == [["كوالا لامبور"], ["ريابكوف", "رايابكوف"]])
    #expect(variants.map(\.referenceCount) == [2, 2])
  }

  @Test func documentFiguresAndBatchAgreeForOneDocument() throws {
    let report = try withGlossary()
    #expect(report.documents.map(\.document) == [document])
    #expect(report.documents.first?.figures == report.batch)
  }

  @Test func batchSumsAccuracyAndSpansDocuments() throws {
    let (pairs, unaligned) = try seed()
    let glossary = try Glossary(tsvContentsOf: SeedCorpus.path("glossary.tsv"))
    // The same story twice under two names: accuracy sums, Ryabkov is one batch inconsistency.
    let copy = pairs.map { pair -> TextPair in
      var pair = pair
      pair.document = "copy"
      return pair
    }
    let report = TerminologyChecker(glossary: glossary).check(pairs: pairs + copy, unalignedHypothesis: unaligned)
    #expect(report.documents.map(\.document) == [document, "copy"])
    #expect(report.batch.accuracy?.expected == 52)
    #expect(report.batch.accuracy?.rendered == 40)
    #expect(report.batch.forbidden.count == 8)
    #expect(report.batch.inconsistencies.map(\.term) == ["Sergei Ryabkov"])
    #expect(report.batch.inconsistencies.first?.renderings.map { $0.occurrences.count } == [2, 2])
  }
}
