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

  static func areEquivalent(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
    classes.contains { $0.contains(a) && $0.contains(b) }
  }

  static func indelCost(_ scalar: Unicode.Scalar) -> Double {
    weakLetters.contains(scalar) ? 0.5 : 2
  }

  static func substitutionCost(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Double {
    if a == b { return 0 }
    return areEquivalent(a, b) ? 0.5 : 2
  }

  /// The weighted Levenshtein distance between `a` and `b`.
  static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Double {
    var previous = [0.0]
    for scalar in b { previous.append((previous.last ?? 0) + indelCost(scalar)) }
    for x in a {
      var current = [(previous.first ?? 0) + indelCost(x)]
      for (j, y) in b.enumerated() {
        let best = min(
          previous[j] + substitutionCost(x, y), previous[j + 1] + indelCost(x), current[j] + indelCost(y))
        current.append(best)
      }
      previous = current
    }
    return previous.last ?? 0
  }
}
