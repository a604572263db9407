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

  /// Whether `bytes` is well-formed UTF-8 without NUL bytes. Whole 8-byte words of ASCII and
  /// two-byte sequences are accepted at once (`simplePrefix`), which is most of a Latin, Arabic,
  /// Cyrillic or Greek file; other sequences, and those across words, take the byte loop.
  static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let count = bytes.count
    var index = 0
    while index < count {
      if index + 8 <= count {
        let simple = simplePrefix(ByteWord.load(base, at: index))
        if simple > 0 {
          index += simple
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
      guard let (length, low, high) = sequence(lead: lead) else { return false }
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

  /// How many of eight bytes are known well-formed from them alone, if all are nonzero ASCII
  /// bytes and complete two-byte sequences (lead C2…DF, then a continuation byte): 8, or 7
  /// when the last byte starts a sequence that the next bytes must complete (half the time in
  /// Arabic text); otherwise 0, and the byte loop decides.
  @inline(__always)
  static func simplePrefix(_ word: UInt64) -> Int {
    // Bits 6 and 5 of every byte, moved to its bit 7.
    let bit6 = (word << 1) & ByteWord.highBits
    let bit5 = (word << 2) & ByteWord.highBits
    let high = word & ByteWord.highBits
    let continuation = high & ~bit6  // 10xxxxxx
    let lead = high & bit6 & ~bit5  // 110xxxxx
    let longLead = high & bit6 & bit5  // 111xxxxx: three- and four-byte leads, invalid bytes
    // Per byte, bit 7 set if any of the masked bits is: adding 0x7F to at most 0x7F carries
    // into bit 7 exactly when the byte is nonzero, and never into the next byte.
    func nonzero(_ bits: UInt64) -> UInt64 { (bits &+ 0x7F7F_7F7F_7F7F_7F7F) & ByteWord.highBits }
    let overlong = lead & ~nonzero(word & 0x1E1E_1E1E_1E1E_1E1E)  // C0, C1
    let nul = ~(high | nonzero(word & 0x7F7F_7F7F_7F7F_7F7F)) & ByteWord.highBits
    let errors = longLead | overlong | nul
    let last: UInt64 = 0x80 << 56
    // Each lead is followed by a continuation and each continuation follows a lead: none
    // without its lead in the first byte; the last byte, unless a continuation, is left over.
    guard errors & ~last == 0 && lead << 8 == continuation else { return 0 }
    return (errors | lead) & last == 0 ? 8 : 7
  }

  /// The length of the sequence `lead` starts and the range its second byte must lie in
  /// (Unicode 15, table 3-7; later bytes are always 80...BF); nil for a byte that cannot lead.
  @inline(__always)
  static func sequence(lead: UInt8) -> (length: Int, low: UInt8, high: UInt8)? {
    switch lead {
    case 0xC2...0xDF: return (2, 0x80, 0xBF)
    case 0xE0: return (3, 0xA0, 0xBF)
    case 0xE1...0xEC, 0xEE...0xEF: return (3, 0x80, 0xBF)
    case 0xED: return (3, 0x80, 0x9F)
    case 0xF0: return (4, 0x90, 0xBF)
    case 0xF1...0xF3: return (4, 0x80, 0xBF)
    case 0xF4: return (4, 0x80, 0x8F)
    default: return nil
    }
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
      guard let (length, low, high) = sequence(lead: lead) else {
        throw TextError(path: path, code: .invalidUTF8, line: line, byteOffset: index - base)
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
