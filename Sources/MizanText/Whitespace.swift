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

extension Whitespace {
  /// The end of `bytes[start..<end]` without trailing Python whitespace, on valid UTF-8 bytes:
  /// `rightStripped` without building a `String`. A multi-byte space is recognized from its
  /// last bytes back; on valid UTF-8 a lead byte found that way starts the scalar.
  @inlinable
  public static func rightStrippedEnd(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Int {
    var end = end
    while end > start {
      let last = bytes[end - 1]
      if last < 0x80 {
        guard (last >= 0x09 && last <= 0x0D) || (last >= 0x1C && last <= 0x20) else { return end }
        end -= 1
        continue
      }
      // U+0085, U+00A0: C2 85, C2 A0.
      if end - start >= 2, bytes[end - 2] == 0xC2, last == 0x85 || last == 0xA0 {
        end -= 2
        continue
      }
      guard end - start >= 3 else { return end }
      let first = bytes[end - 3]
      let second = bytes[end - 2]
      let isSpace: Bool
      switch first {
      case 0xE1: isSpace = second == 0x9A && last == 0x80  // U+1680
      case 0xE2:  // U+2000–U+200A, U+2028, U+2029, U+202F, U+205F
        isSpace =
          second == 0x80 ? (last <= 0x8A || last == 0xA8 || last == 0xA9 || last == 0xAF)
          : (second == 0x81 && last == 0x9F)
      case 0xE3: isSpace = second == 0x80 && last == 0x80  // U+3000
      default: isSpace = false
      }
      guard isSpace else { return end }
      end -= 3
    }
    return end
  }
}
