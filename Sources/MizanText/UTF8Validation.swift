/// Checks UTF-8 byte by byte so that an error can say where the first bad byte is; Swift's own
/// decoding would silently substitute U+FFFD. Follows the well-formed table of Unicode 15,
/// section 3.9 (no overlongs, no surrogates, nothing above U+10FFFF).
///
/// `isValid` is the fast yes/no answer (eight ASCII bytes at a time); `check` finds the place of
/// the first error, and runs its slow loop only when there is one.
enum UTF8Validation {
  static func check(_ bytes: ArraySlice<UInt8>, path: String) throws(TextError) {
    if bytes.withUnsafeBufferPointer({ isValid($0) }) { return }
    try locateError(bytes, path: path)
  }

  /// Whether `bytes` is well-formed UTF-8 without NUL bytes. Whole 8-byte words of ASCII are
  /// accepted at once (about 1 ns a word), which is most of a Latin or markup-heavy file;
  /// multi-byte sequences take the byte loop.
  static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let count = bytes.count
    var index = 0
    while index < count {
      // Fast path: a word with no high bit and no zero byte.
      if index + 8 <= count {
        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
        let high: UInt64 = 0x8080_8080_8080_8080
        let hasZero = (word &- 0x0101_0101_0101_0101) & ~word & high
        if word & high == 0 && hasZero == 0 {
          index += 8
          continue
        }
      }
      let lead = base[index]
      if lead < 0x80 {
        if lead == 0 { return false }
        index += 1
        continue
      }
      // Two-byte sequences (Arabic, Cyrillic, Greek, Latin accents) without the table below.
      if lead >= 0xC2 && lead <= 0xDF && index + 1 < count && base[index + 1] & 0xC0 == 0x80 {
        index += 2
        continue
      }
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      let length: Int
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0: length = 3; low = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: length = 3; high = 0x9F
      case 0xF0: length = 4; low = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4: length = 4; high = 0x8F
      default: return false
      }
      // Bounds: every read below is at index + 1 ..< index + length, checked here.
      guard index + length <= count else { return false }
      let second = base[index + 1]
      guard second >= low && second <= high else { return false }
      if length > 2 {
        guard base[index + 2] & 0xC0 == 0x80 else { return false }
        if length > 3 { guard base[index + 3] & 0xC0 == 0x80 else { return false } }
      }
      index += length
    }
    return true
  }

  /// The error `check` reports: the first invalid byte, with its line and offset.
  private static func locateError(_ bytes: ArraySlice<UInt8>, path: String) throws(TextError) {
    var line = 1
    var index = bytes.startIndex
    let base = bytes.startIndex
    while index < bytes.endIndex {
      let lead = bytes[index]
      if lead < 0x80 {
        if lead == 0 { throw TextError(path: path, code: .nulByte, line: line, byteOffset: index - base) }
        if lead == 0x0A { line += 1 }
        // A lone CR ends a line too; CRLF is counted once, at its LF.
        if lead == 0x0D, index + 1 == bytes.endIndex || bytes[index + 1] != 0x0A { line += 1 }
        index += 1
        continue
      }
      let length: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0: length = 3; low = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: length = 3; high = 0x9F
      case 0xF0: length = 4; low = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4: length = 4; high = 0x8F
      default: throw TextError(path: path, code: .invalidUTF8, line: line, byteOffset: index - base)
      }
      for offset in 1..<length {
        let position = index + offset
        let byte: UInt8? = position < bytes.endIndex ? bytes[position] : nil
        let range: ClosedRange<UInt8> = offset == 1 ? low...high : 0x80...0xBF
        guard let byte, range.contains(byte) else {
          throw TextError(path: path, code: .invalidUTF8, line: line, byteOffset: index - base)
        }
      }
      index += length
    }
  }
}
