import Testing
@testable import MizanQuality

/// One test per matching rule of docs/terminology.md.
@Suite struct TermMatcherTests {
  let matcher = TermMatcher(
    glossary: Glossary(entries: [
      GlossaryEntry(source: "frank (candid)", approved: ["صريح"], forbidden: ["فرنك"], kind: .falseFriend),
      GlossaryEntry(source: "Kremlin", approved: ["الكرملين"], kind: .organization),
      GlossaryEntry(source: "ASEAN", approved: ["آسيان", "رابطة دول جنوب شرق آسيا"], kind: .organization),
      GlossaryEntry(source: "Sergei Ryabkov", approved: ["سيرغي ريابكوف", "ريابكوف"], forbidden: ["رايابكوف"], kind: .name),
      GlossaryEntry(source: "Kuala Lumpur", approved: ["كوالالمبور"], forbidden: ["كوالا لامبور"], kind: .place),
      GlossaryEntry(source: "summit", approved: ["قمة"]),
    ]))

  func found(_ text: String) -> [String] {
    matcher.matches(in: text).map { "\($0.status == .forbidden ? "!" : "")\($0.source)=\($0.text)" }
  }

  /// Words are runs of letters, marks and digits (Arabic-Indic too); the table that answers
  /// for the first 0x700 scalars agrees with the Unicode properties it was made from, and past
  /// it the properties are asked directly (ڤ, 𝟙).
  @Test func wordsAreLettersMarksAndDigits() {
    let words = ArabicWords.words(of: "قالَ: ٣ كتب،و(x) ڤ-𝟙", profile: .matching)
    #expect(words.map { String(String.UnicodeScalarView($0)) } == ["قال", "٣", "كتب", "و", "x", "ڤ", "𝟙"])
    for value in UInt32(0)..<0x900 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      #expect(ArabicWords.isWordScalar(scalar) == ArabicWords.hasWordProperties(scalar), "\(value)")
    }
  }

  @Test func diacriticsAndAlefFormsDoNotMatter() {
    #expect(found("صَرِيح") == ["frank (candid)=صَرِيح"])
    #expect(found("أسيان") == ["ASEAN=أسيان"])
  }

  @Test func proclitics() {
    #expect(found("وصريح فصريح بالكرملين وبالكرملين كالكرملين") == [
      "frank (candid)=وصريح", "frank (candid)=فصريح", "Kremlin=بالكرملين", "Kremlin=وبالكرملين",
      "Kremlin=كالكرملين",
    ])
    // ل + ال is written لل; an article-bearing proclitic supplies the rendering's own ال.
    #expect(found("للكرملين وللكرملين الآسيان والآسيان") == [
      "Kremlin=للكرملين", "Kremlin=وللكرملين", "ASEAN=الآسيان", "ASEAN=والآسيان",
    ])
    #expect(found("لرابطة دول جنوب شرق آسيا") == ["ASEAN=لرابطة دول جنوب شرق آسيا"])
  }

  @Test func suffixes() {
    // Tanween alef (ًا after diacritics go), feminine, pronouns, dual and plural.
    #expect(found("وصريحاً صريحًا صريحة صريحه صريحهم صريحان صريحين صريحون صريحات") == [
      "frank (candid)=وصريحاً", "frank (candid)=صريحًا", "frank (candid)=صريحة", "frank (candid)=صريحه",
      "frank (candid)=صريحهم", "frank (candid)=صريحان", "frank (candid)=صريحين", "frank (candid)=صريحون",
      "frank (candid)=صريحات",
    ])
    // Taa marbuta turns into ت before a pronoun and gives way to ات.
    #expect(found("قمتها قمات قمتان") == ["summit=قمتها", "summit=قمات", "summit=قمتان"])
  }

  @Test func wholeWordsOnly() {
    // مصريح, صريحيات and الكرملينية are other words; فرنكفورت is not the false friend فرنك.
    #expect(found("مصريح صريحيات فرنكفورت الكرملينية") == [])
  }

  @Test func multiWordRenderingsNeedSingleSpaces() {
    #expect(found("في كوالا لامبور") == ["!Kuala Lumpur=كوالا لامبور"])
    #expect(found("كوالا  لامبور") == [])
    #expect(found("كوالا، لامبور") == [])
    // Endings go on the last word only.
    #expect(found("سيرغي ريابكوفا") == ["Sergei Ryabkov=سيرغي ريابكوفا"])
  }

  @Test func longestMatchWins() {
    #expect(found("قال سيرغي ريابكوف ثم ريابكوف") == ["Sergei Ryabkov=سيرغي ريابكوف", "Sergei Ryabkov=ريابكوف"])
  }

  @Test func spansPointAtTheOriginalScalars() {
    // وقالت … "تبادلًا جوهريًا وفرنكًا": the match covers و, the letters and the fathatan.
    let line = "عقدوا “تبادلًا جوهريًا وفرنكًا” للآراء"
    let match = matcher.matches(in: line)
    #expect(match.count == 1)
    #expect(match.first?.start == 23)
    #expect(match.first?.end == 30)
    #expect(match.first?.text == "وفرنكًا")
    #expect(match.first?.status == .forbidden)
    #expect(match.first?.rendering == "فرنك")
  }
}
