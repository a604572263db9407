/// Light orthographic folding used only inside alignment (similarity and boilerplate rules),
/// never in scores: two editions of the same Arabic text differ in vowel marks, tatweel,
/// hamza-on-alef spelling and final yaa/taa marbuta far more often than in content, and those
/// differences must not make a paragraph look unrelated to its counterpart.
///
/// Folds: Arabic diacritics (U+064B–U+065F, U+0670, Quranic marks U+06D6–U+06ED) and tatweel
/// (U+0640) removed; أ إ آ ٱ → ا; ى → ي; ة → ه; Arabic-Indic and extended digits → ASCII; ASCII
/// letters lowercased (optional, because regular expressions keep their own case).
enum Folding {
  static func fold(_ text: String, lowercase: Bool = true) -> String {
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if let folded = fold(scalar, lowercase: lowercase) { result.append(folded) }
    }
    return String(result)
  }

  /// The folded scalar, or `nil` for a mark that folding drops.
  @inline(__always)
  static func fold(_ scalar: Unicode.Scalar, lowercase: Bool = true) -> Unicode.Scalar? {
    let value = scalar.value
    switch value {
    case 0x41...0x5A: return lowercase ? Unicode.Scalar(UInt8(value + 32)) : scalar
    case 0x064B...0x065F, 0x0670, 0x0640, 0x06D6...0x06ED: return nil
    case 0x0622, 0x0623, 0x0625, 0x0671: return "\u{0627}"
    case 0x0649: return "\u{064A}"
    case 0x0629: return "\u{0647}"
    case 0x0660...0x0669: return Unicode.Scalar(UInt8(value - 0x0660 + 0x30))
    case 0x06F0...0x06F9: return Unicode.Scalar(UInt8(value - 0x06F0 + 0x30))
    default: return scalar
    }
  }

  /// Whether a folded scalar belongs to a word (letter or digit) for n-gram purposes.
  @inline(__always)
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    switch value {
    case 0x30...0x39, 0x61...0x7A, 0x41...0x5A: return true
    case 0x0621...0x064A, 0x0671...0x06D3: return true
    case 0..<0x80: return false
    default: return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
  }
}
