/// Python's `str.lower()`, which sacreBLEU's `-lc` applies before tokenizing.
///
/// Full Unicode lowercase mappings (U+0130 `İ` becomes `i` + U+0307, as in Python), and Python's
/// one context rule: capital sigma becomes final `ς` when it ends a cased word
/// (CPython's `handle_capital_sigma`). Swift's `lowercased()` is not used because it does not
/// apply the final-sigma rule.
enum PythonLowercase {
  static func lowercased(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      var bytes = Array(text.utf8)
      for index in bytes.indices where bytes[index] >= 0x41 && bytes[index] <= 0x5A {
        bytes[index] |= 0x20
      }
      return String(decoding: bytes, as: UTF8.self)
    }
    let scalars = Array(text.unicodeScalars)
    var output = String.UnicodeScalarView()
    for (index, scalar) in scalars.enumerated() {
      if scalar.value == 0x3A3 {
        output.append(isFinalSigma(at: index, in: scalars) ? "\u{3C2}" : "\u{3C3}")
      } else if scalar.properties.changesWhenLowercased {
        output.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
      } else {
        output.append(scalar)
      }
    }
    return String(output)
  }

  /// Final_Sigma: preceded by a cased letter (skipping case-ignorables) and not followed by one.
  /// The same on scalars, for callers that already hold them (chrF, TER).
  static func lowercased(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var result: [Unicode.Scalar] = []
    result.reserveCapacity(scalars.count)
    for (index, scalar) in scalars.enumerated() {
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
    while before >= 0, scalars[before].properties.isCaseIgnorable { before -= 1 }
    guard before >= 0, scalars[before].properties.isCased else { return false }
    var after = index + 1
    while after < scalars.count, scalars[after].properties.isCaseIgnorable { after += 1 }
    return after == scalars.count || !scalars[after].properties.isCased
  }
}
