import Testing

@testable import MizanQuality

@Suite struct ArabicStemsTests {
  func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

  /// Consonants by hand: ط and ظ are led by ت and د (their classes' first letters), ه by ة,
  /// and the weak ا and و drop out. Every class letter lies in the Arabic block, which the
  /// leader table covers.
  @Test func consonantsFoldTransliterationClassesAndDropWeakLetters() {
    func consonants(_ word: String) -> String {
      String(String.UnicodeScalarView(ArabicStems.consonants(scalars(word))))
    }
    #expect(consonants("طاظ") == "تد")
    #expect(consonants("تتدهور") == "تتدةر")
    #expect(consonants("abc") == "abc")
    #expect(ArabicStems.classLeader.keys.allSatisfy { (0x600..<0x700).contains($0.value) })
  }

  /// Stems and skeletons by hand, as sets (they come in no particular order, each once):
  /// والكتاب without و and وال; يتركان has the stems يتركان and يترك (dual ان off), and its
  /// forms without the prefix ي or the ending ن, weak letters (ا ي) dropped, leave ترك and تركن.
  @Test func stemsAndSkeletonsAreDistinctForms() {
    let stems = ArabicStems.stems(of: scalars("والكتاب"))
    #expect(Set(stems) == Set(["والكتاب", "الكتاب", "كتاب"].map(scalars)))
    #expect(stems.count == Set(stems).count)
    let skeletons = ArabicStems.skeletons(of: scalars("يتركان"))
    #expect(Set(skeletons) == Set(["ترك", "تركن"].map(scalars)))
    #expect(skeletons.count == Set(skeletons).count)
  }
}
