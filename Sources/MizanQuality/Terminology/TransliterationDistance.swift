/// An edit distance for transliterated names in Arabic script, where spellings of one foreign
/// name differ in long-vowel letters (رايابكوف, ريابكوف) and in the letter chosen for a sound
/// Arabic lacks (g: ج غ ك ق; v: ف ڤ; p: ب پ).
///
/// Inserting or deleting a weak letter (ا و ي ى and hamza seats) and swapping letters of one
/// transliteration class cost half; any other edit costs two, so that with the finder's limit of
/// one, two spellings differ by at most two cheap edits and never by a consonant: a prefix ت
/// (تدهور, تتدهور) or a dropped ل (اللقاء, القاء) is grammar or a different word, not spelling.
enum TransliterationDistance {
  /// Letters that render one foreign sound, as Arabic transliteration practice mixes them.
  static let classes: [Set<Unicode.Scalar>] = [
    ["ج", "غ", "ك", "ق", "گ"], ["ت", "ط"], ["س", "ص", "ث"], ["د", "ض", "ذ"], ["ز", "ذ", "ظ"],
    ["ه", "ح", "ة"], ["ي", "ى"], ["ف", "ڤ"], ["ب", "پ"],
  ]

  static let weakLetters: Set<Unicode.Scalar> = ["ا", "و", "ي", "ى", "ء", "ئ", "ؤ"]

  /// For each scalar of the Arabic block (U+0600–U+06FF), a bit per class it belongs to, and
  /// bit 15 when it is a weak letter: the distance's inner loop asks these for every cell, and
  /// a table lookup is far cheaper than probing the sets.
  static let arabicBlockFlags: [UInt16] = {
    var flags = [UInt16](repeating: 0, count: 256)
    for (bit, letters) in classes.enumerated() {
      for letter in letters where (0x600..<0x700).contains(letter.value) { flags[Int(letter.value - 0x600)] |= 1 << bit }
    }
    for letter in weakLetters where (0x600..<0x700).contains(letter.value) { flags[Int(letter.value - 0x600)] |= weakFlag }
    return flags
  }()

  static let weakFlag: UInt16 = 1 << 15

  /// The class bits and weak-letter bit of `scalar`; 0 outside the Arabic block, where no class
  /// or weak letter lies.
  @inline(__always)
  static func flags(_ scalar: Unicode.Scalar) -> UInt16 {
    let offset = scalar.value &- 0x600
    return offset < 256 ? arabicBlockFlags[Int(offset)] : 0
  }

  static func areEquivalent(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
    flags(a) & flags(b) & ~weakFlag != 0
  }

  static func isWeak(_ scalar: Unicode.Scalar) -> Bool {
    flags(scalar) & weakFlag != 0
  }

  static func indelCost(_ scalar: Unicode.Scalar) -> Double {
    isWeak(scalar) ? 0.5 : 2
  }

  static func substitutionCost(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Double {
    if a == b { return 0 }
    return areEquivalent(a, b) ? 0.5 : 2
  }

  /// The weighted Levenshtein distance between `a` and `b`.
  static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Double {
    // Two rows reused for the whole table: the distance is asked for many word pairs.
    var previous = [Double](repeating: 0, count: b.count + 1)
    var current = [Double](repeating: 0, count: b.count + 1)
    for (j, scalar) in b.enumerated() { previous[j + 1] = previous[j] + indelCost(scalar) }
    for x in a {
      let deleteX = indelCost(x)
      current[0] = previous[0] + deleteX
      for (j, y) in b.enumerated() {
        current[j + 1] = min(previous[j] + substitutionCost(x, y), previous[j + 1] + deleteX, current[j] + indelCost(y))
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
