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

  /// `text` without leading and trailing whitespace, as `trimmingCharacters(in: .whitespaces)`
  /// gives it (space separators, Zs, tab, and U+200B zero width space, which Foundation's set
  /// keeps from its Unicode 3 days); that call cost 84K instructions a line on Linux.
  static func trimmingWhitespace(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !isTrimmedWhitespace($0) }) else { return "" }
    guard let last = scalars.lastIndex(where: { !isTrimmedWhitespace($0) }) else { return "" }
    if first == scalars.startIndex, last == scalars.index(before: scalars.endIndex) { return text }
    return String(scalars[first...last])
  }

  @inline(__always)
  static func isTrimmedWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x20: return true
    case 0..<0x80: return false
    case 0x200B: return true
    default: return scalar.properties.generalCategory == .spaceSeparator
    }
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
