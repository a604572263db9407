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
