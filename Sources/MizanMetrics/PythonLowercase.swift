/// Lowercasing as Python's `str.lower()` does it, which is what sacreBLEU's chrF `lowercase`
/// option and TER's default (case-insensitive) mode apply.
///
/// Swift's `String.lowercased()` differs in two ways that change scores: it compares and
/// returns `String` (canonical equivalence, grapheme clusters), and it maps every capital
/// sigma to "σ", where Python maps a word-final one to "ς" (Unicode's Final_Sigma context,
/// CPython `handle_capital_sigma`). This works on code points, as sacreBLEU does.
enum PythonLowercase {
  /// `scalars` lowercased with Python's full case mapping (one code point may become
  /// several, e.g. U+0130 becomes "i" + U+0307).
  static func lowercased(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var result: [Unicode.Scalar] = []
    result.reserveCapacity(scalars.count)
    for index in scalars.indices {
      let scalar = scalars[index]
      let value = scalar.value
      if value < 0x80 {
        // ASCII fast path: only A–Z change.
        if value >= 0x41 && value <= 0x5A, let lower = Unicode.Scalar(value + 0x20) {
          result.append(lower)
        } else {
          result.append(scalar)
        }
      } else if isInUncasedBlock(value) {
        result.append(scalar)
      } else if value == 0x03A3 {
        result.append(isFinalSigma(at: index, in: scalars) ? "\u{03C2}" : "\u{03C3}")
      } else if scalar.properties.changesWhenLowercased {
        result.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
      } else {
        result.append(scalar)
      }
    }
    return result
  }

  /// Blocks with no letter that has a lowercase mapping, checked before asking for Unicode
  /// properties (a table lookup per code point that dominated Arabic text): general
  /// punctuation, Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic and their
  /// extensions, Devanagari to Sinhala, Thai, CJK punctuation, kana and ideographs, Hangul
  /// syllables, and Arabic presentation forms.
  @inline(__always)
  private static func isInUncasedBlock(_ value: UInt32) -> Bool {
    switch value {
    case 0x0590...0x08FF, 0x0900...0x0DFF, 0x0E00...0x0E7F, 0x2000...0x206F, 0x3000...0x9FFF,
      0xAC00...0xD7AF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF:
      return true
    default:
      return false
    }
  }

  /// Unicode's Final_Sigma condition, as CPython tests it: a cased letter before the sigma
  /// (skipping case-ignorable ones) and no cased letter after it (skipping the same).
  private static func isFinalSigma(at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
    var before = index - 1
    while before >= 0 && scalars[before].properties.isCaseIgnorable { before -= 1 }
    guard before >= 0, scalars[before].properties.isCased else { return false }
    var after = index + 1
    while after < scalars.count && scalars[after].properties.isCaseIgnorable { after += 1 }
    return after == scalars.count || !scalars[after].properties.isCased
  }
}
