import Foundation

/// The Arabic code points each normalization step looks at, by Unicode scalar value (never by
/// `Character`: a letter with its vowel marks is one grapheme cluster but several scalars).
enum ArabicScalars {
  /// Harakat, dagger alef and Quranic annotation marks. U+0653–U+0655 (madda, hamza above and
  /// below) are left to the alef step, which drops them only after an alef, because in decomposed
  /// text they carry the hamza of ؤ and ئ too.
  static func isDiacritic(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x064B...0x0652, 0x0656...0x065F, 0x0670, 0x0610...0x061A, 0x06D6...0x06ED: return true
    default: return false
    }
  }

  static let tatweel: Unicode.Scalar = "\u{0640}"
  static let alef: Unicode.Scalar = "\u{0627}"
  static let yaa: Unicode.Scalar = "\u{064A}"
  static let haa: Unicode.Scalar = "\u{0647}"
  static let taaMarbuta: Unicode.Scalar = "\u{0629}"

  /// أ إ آ ٱ (and the rarer wavy-hamza alefs ٲ ٳ), all written ا after the alef step.
  static func isAlefVariant(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673: return true
    default: return false
    }
  }

  /// Madda above, hamza above, hamza below: the combining marks that, after a bare alef, spell
  /// آ أ إ in decomposed text.
  static func isAlefMark(_ scalar: Unicode.Scalar) -> Bool {
    (0x0653...0x0655).contains(scalar.value)
  }

  /// Alef maksura ى and Farsi yeh ی.
  static func isYaaVariant(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value == 0x0649 || scalar.value == 0x06CC
  }

  /// The ASCII digit for an Arabic-Indic or Persian digit.
  static func asciiDigit(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
    switch scalar.value {
    case 0x0660...0x0669: return Unicode.Scalar(scalar.value - 0x0660 + 0x30)
    case 0x06F0...0x06F9: return Unicode.Scalar(scalar.value - 0x06F0 + 0x30)
    default: return nil
    }
  }

  /// The ASCII quote a typographic quote stands for.
  static func asciiQuote(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
    switch scalar.value {
    case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2039, 0x203A, 0x301D, 0x301E, 0x301F,
      0xFF02:
      return "\""
    case 0x2018, 0x2019, 0x201A, 0x201B: return "'"
    default: return nil
    }
  }

  /// Arabic comma, semicolon and question mark: no space belongs before them.
  static func isArabicPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value == 0x060C || scalar.value == 0x061B || scalar.value == 0x061F
  }

  static func isPresentationForm(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0xFB50...0xFDFF, 0xFE70...0xFEFE: return true
    default: return false
    }
  }

  /// The base letters of a presentation form, by compatibility decomposition. The isolated forms
  /// of vowel marks (U+FE70, U+FE72, …) decompose to a space and the mark; the space is dropped
  /// so the mark stays on its letter.
  static func baseLetters(of scalar: Unicode.Scalar) -> [Unicode.Scalar] {
    let decomposed = Array(String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars)
    if decomposed.count == 2, decomposed[0] == " ", decomposed[1].properties.isGraphemeExtend {
      return [decomposed[1]]
    }
    return decomposed.isEmpty ? [scalar] : decomposed
  }
}
