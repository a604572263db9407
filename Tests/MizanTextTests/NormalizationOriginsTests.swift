import Testing
@testable import MizanText

/// Spans in normalized text map back to the scalars the user wrote.
@Suite struct NormalizationOriginsTests {
  @Test func removedMarksBelongToTheLetterBeforeThem() {
    // و ف ر ن ك ً ا: the fathatan (original offset 5) is dropped and joins ك (offset 4).
    let traced = NormalizationProfile.matching.normalizeTracingOrigins("وفرنكًا")
    #expect(traced.string == "وفرنكا")
    #expect(traced.origins == [0..<1, 1..<2, 2..<3, 3..<4, 4..<6, 6..<7])
    #expect(traced.originalRange(of: 1..<6) == 1..<7)
    #expect(traced.originalRange(of: 1..<5) == 1..<6)
  }

  @Test func ligatureLettersShareTheirOrigin() {
    let traced = NormalizationProfile.matching.normalizeTracingOrigins("ب\u{FEFB}د")
    #expect(traced.string == "بلاد")
    #expect(traced.origins == [0..<1, 1..<2, 1..<2, 2..<3])
    #expect(traced.originalRange(of: 1..<2) == 1..<2)
  }

  @Test func removedSpacesBeforePunctuationHaveNoOrigin() {
    let traced = NormalizationProfile.arabic.normalizeTracingOrigins("نعم ، لا")
    #expect(traced.string == "نعم، لا")
    #expect(traced.origins == [0..<1, 1..<2, 2..<3, 4..<5, 5..<6, 6..<7, 7..<8])
    #expect(traced.originalRange(of: 0..<4) == 0..<5)
  }
}
