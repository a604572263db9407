/// Whitespace as Python's `str.split()` and `str.strip()` define it, which is what sacreBLEU
/// splits and strips on: it includes U+001C–U+001F, U+0085, U+00A0, U+1680, U+2000–U+200A,
/// U+2028, U+2029, U+202F, U+205F and U+3000, but not U+200B (zero width space) or U+FEFF.
public enum Whitespace {
  /// Whether Python's `str.isspace()` is true for this scalar.
  @inlinable
  public static func contains(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F,
      0x205F, 0x3000:
      return true
    default:
      return false
    }
  }

  /// `text` without trailing whitespace, as Python's `rstrip()`.
  public static func rightStripped(_ text: String) -> String {
    let scalars = text.unicodeScalars
    var end = scalars.endIndex
    while end > scalars.startIndex {
      let previous = scalars.index(before: end)
      guard contains(scalars[previous]) else { break }
      end = previous
    }
    return end == scalars.endIndex ? text : String(scalars[..<end])
  }

  /// `text` split on runs of whitespace, empty pieces dropped, as Python's `str.split()`.
  public static func split(_ text: String) -> [Substring] {
    var pieces: [Substring] = []
    let scalars = text.unicodeScalars
    var start: String.UnicodeScalarView.Index? = nil
    var index = scalars.startIndex
    while index < scalars.endIndex {
      if contains(scalars[index]) {
        if let begin = start { pieces.append(Substring(scalars[begin..<index])); start = nil }
      } else if start == nil {
        start = index
      }
      index = scalars.index(after: index)
    }
    if let begin = start { pieces.append(Substring(scalars[begin..<scalars.endIndex])) }
    return pieces
  }
}
